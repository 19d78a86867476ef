// The embedding API (include/eddy/eddy.h), implemented over the runtime. This is the boundary
// where script exceptions become Results.
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "eddy/eddy.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

VM::VM() : rt_(std::make_unique<Runtime>()) { add_search_path(library_dir()); }
VM::~VM() = default;

std::string VM::library_dir() { return EDDY_LIB_DIR; }
const char* VM::version() { return EDDY_VERSION; }

namespace {

// Turns the pending exception into a Result, the way CPython's top level does: SystemExit sets
// the exit status, anything else prints a traceback and exits 1.
Result take_error(Thread& t) {
  Result r;
  r.ok = false;
  Value exc = t.take_pending();
  if (is_exception(exc) && exc.obj()->type->is_subtype(t.vm.types.SystemExit)) {
    auto* e = static_cast<Exception*>(exc.obj());
    Value code = exception_attr(t, e, "code");
    if (!code || code.is_none()) {
      r.exit_code = 0;
    } else if (code.is_int() || code.is_bool()) {
      r.exit_code = int(code.as_int() & 0xff);
    } else {
      std::string s;
      if (!str_into(t, code, s)) t.clear_pending();
      r.error = s + "\n";
      r.exit_code = 1;
    }
    return r;
  }
  r.exit_code = 1;
  r.error = format_exception(t, exc);
  t.clear_pending();
  return r;
}

}  // namespace

Result VM::exec_string(std::string_view source, const std::string& filename) {
  Thread& t = *rt_->main_thread;
  Value m = rt_->run_source(t, source, filename, "__main__");
  if (!m) return take_error(t);
  return Result{};
}

namespace {

// os.path.abspath: the script's code and __file__ carry an absolute path, as in CPython 3.9+.
std::string absolute_path(const std::string& path) {
  std::string full = path;
  if (full.empty() || full[0] != '/') {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return path;
    full = std::string(buf) + "/" + path;
  }
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= full.size()) {
    size_t j = full.find('/', i);
    if (j == std::string::npos) j = full.size();
    std::string part = full.substr(i, j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    i = j + 1;
  }
  std::string out;
  for (auto& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

}  // namespace

Result VM::exec_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Result r;
    r.ok = false;
    r.exit_code = 2;
    r.error = "eddy: can't open file '" + path + "': [Errno 2] No such file or directory\n";
    return r;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return exec_string(ss.str(), absolute_path(path));
}

Result VM::run_module(const std::string& name) {
  Thread& t = *rt_->main_thread;
  // Find the file the way import does, then run it under the name __main__.
  Value path = rt_->sys->dict->get_str(rt_->intern("path"));
  std::string rel = name;
  for (char& c : rel)
    if (c == '.') c = '/';
  if (path && is_list(path)) {
    for (auto& d : as_list(path)->items) {
      if (!is_str(d)) continue;
      std::string dir = as_str(d)->s.empty() ? "." : as_str(d)->s;
      for (std::string candidate : {dir + "/" + rel + ".py", dir + "/" + rel + "/__main__.py"}) {
        std::ifstream in(candidate);
        if (in) {
          // sys.argv[0] becomes the module's path, as with `python -m`.
          Value argv = rt_->sys->dict->get_str(rt_->intern("argv"));
          if (argv && is_list(argv) && !as_list(argv)->items.empty())
            as_list(argv)->items[0] = new_str(*rt_, candidate);
          return exec_file(candidate);
        }
      }
    }
  }
  (void)t;
  Result r;
  r.ok = false;
  r.exit_code = 1;
  r.error = "eddy: No module named " + name + "\n";
  return r;
}

void VM::set_argv(const std::vector<std::string>& argv) {
  std::vector<Value> items;
  for (auto& a : argv) items.push_back(new_str(*rt_, a));
  rt_->sys->dict->set_str(rt_->intern("argv"), new_list(*rt_, std::move(items)));
}

void VM::add_search_path(const std::string& dir) {
  Value path = rt_->sys->dict->get_str(rt_->intern("path"));
  if (path && is_list(path)) as_list(path)->items.push_back(new_str(*rt_, dir));
}

void VM::prepend_search_path(const std::string& dir) {
  Value path = rt_->sys->dict->get_str(rt_->intern("path"));
  if (path && is_list(path)) {
    auto& items = as_list(path)->items;
    items.insert(items.begin(), new_str(*rt_, dir));
  }
}

void VM::request_interrupt() { rt_->main_thread->interrupt.fetch_or(kInterruptKeyboard); }

}  // namespace eddy
