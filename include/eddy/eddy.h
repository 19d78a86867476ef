// eddy's embedding API: the only header an embedder includes.
//
// A VM is one self-contained interpreter: its own types, modules and threads; several can live in
// one process. Nothing here throws: failures come back as a Result holding the script's
// formatted traceback.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace eddy {

struct Runtime;

/// What running some script code came to.
struct Result {
  /// True when the code ran to completion without an uncaught exception.
  bool ok = true;
  /// The process exit status a command-line host should use: 0 on success, 1 for an uncaught
  /// exception, or the code given to SystemExit / sys.exit().
  int exit_code = 0;
  /// For an uncaught exception: the CPython-style traceback text ("Traceback (most recent call
  /// last): ..."), or what SystemExit asked to print. Empty otherwise.
  std::string error;
};

/// One interpreter.
class VM {
 public:
  VM();
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  /// Runs the file at `path` as the __main__ module.
  Result exec_file(const std::string& path);
  /// Runs source text as the __main__ module; `filename` appears in tracebacks.
  Result exec_string(std::string_view source, const std::string& filename = "<string>");
  /// Imports module `name` from the search path and runs it as __main__ (like `python -m`).
  Result run_module(const std::string& name);

  /// Sets sys.argv.
  void set_argv(const std::vector<std::string>& argv);
  /// Appends a directory to sys.path (where `import` looks for .py files).
  void add_search_path(const std::string& dir);
  /// Prepends a directory to sys.path.
  void prepend_search_path(const std::string& dir);

  /// Asks the running script to raise KeyboardInterrupt at its next interrupt check (a backward
  /// jump, call or return). Async-signal-safe: a SIGINT handler may call it.
  void request_interrupt();

  /// The directory of eddy's standard library written in eddy (lib/).
  static std::string library_dir();
  /// eddy's version, e.g. "0.1.0".
  static const char* version();

  /// The interpreter internals, for eddy's own tools and tests.
  Runtime& runtime() { return *rt_; }

 private:
  std::unique_ptr<Runtime> rt_;
};

}  // namespace eddy
