// The `eddy` command-line program: run a file, -c code, -m module, or an interactive REPL.
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "dispatcher/dispatch.h"
#include "eddy/eddy.h"
#include "runtime/frontend/compiler.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/vm.h"

#ifdef EDDY_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

namespace {

// The one process-wide pointer: a signal handler cannot be handed a context any other way.
eddy::VM* g_vm = nullptr;

void on_sigint(int) {
  if (g_vm) g_vm->request_interrupt();
}

void install_sigint() {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
}

const char* kUsage =
    "usage: eddy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd   program passed in as string (terminates option list)\n"
    "  -m mod   run library module as a script (terminates option list)\n"
    "  -h, --help     print this help message and exit\n"
    "  -V, --version  print the eddy version number and exit\n"
    "  file     program read from script file\n"
    "  -        program read from stdin (default; interactive mode if a tty)\n"
    "  arg ...  arguments passed to program in sys.argv[1:]\n"
    "Environment:\n"
    "  EDDYPATH  ':'-separated list of directories prefixed to the module search path\n";

std::string dir_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

int finish(const eddy::Result& r) {
  fflush(stdout);
  if (!r.error.empty()) fwrite(r.error.data(), 1, r.error.size(), stderr);
  return r.exit_code;
}

// ---- the REPL ----

bool read_line(const char* prompt, std::string* out) {
#ifdef EDDY_HAVE_LIBEDIT
  if (isatty(0)) {
    char* line = readline(prompt);
    if (!line) return false;
    *out = line;
    if (*line) add_history(line);
    free(line);
    return true;
  }
#endif
  fputs(prompt, stdout);
  fflush(stdout);
  std::string s;
  int c;
  bool any = false;
  while ((c = fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') break;
    s += char(c);
  }
  if (!any) return false;
  *out = s;
  return true;
}

int repl(eddy::VM& vm) {
  using namespace eddy;
  Runtime& rt = vm.runtime();
  Thread& t = *rt.main_thread;
  printf("eddy %s (a Stackless-style Python 3 subset)\nType \"exit()\" or Ctrl-D to leave.\n",
         eddy::VM::version());
  Module* main = module_alloc(t, rt.intern("__main__"));
  Value mv = Value::steal(main);
  main->dict->set_str(rt.names.__builtins__, Value::borrow(rt.builtins));
  rt.modules->set_str(rt.intern("__main__"), mv);
#ifdef EDDY_HAVE_LIBEDIT
  std::string history;
  if (const char* home = getenv("HOME")) history = std::string(home) + "/.eddy_history";
  if (!history.empty()) read_history(history.c_str());
#endif
  int status = 0;
  while (true) {
    std::string source, line;
    if (!read_line(">>> ", &line)) {
      printf("\n");
      break;
    }
    source = line + "\n";
    // A compound statement (its first line ends with ':') is finished by an empty line, as in
    // CPython's REPL; anything else runs as soon as it is complete.
    size_t last = line.find_last_not_of(" \t");
    bool compound = last != std::string::npos && line[last] == ':';
    bool done = false;
    while (!done) {
      bool incomplete = false;
      Value code = compile_source(t, source, "<stdin>", CompileMode::Interactive, &incomplete);
      if ((!code && incomplete) || (code && compound && !line.empty())) {
        t.clear_pending();
        if (!read_line("... ", &line)) {
          done = true;
          break;
        }
        source += line + "\n";
        continue;
      }
      done = true;
      if (!code) {
        fputs(format_exception_only(t, t.pending).c_str(), stderr);
        t.clear_pending();
        break;
      }
      Value r = run_module_code(t, static_cast<Code*>(code.obj()), main->dict, true);
      fflush(stdout);
      if (!r) {
        Value exc = t.take_pending();
        if (is_exception(exc) && exc.obj()->type->is_subtype(rt.types.SystemExit)) {
          Value c = exception_attr(t, static_cast<Exception*>(exc.obj()), "code");
          status = c && c.is_int() ? int(c.as_int()) : 0;
#ifdef EDDY_HAVE_LIBEDIT
          if (!history.empty()) write_history(history.c_str());
#endif
          return status;
        }
        fputs(format_exception(t, exc).c_str(), stderr);
      }
    }
  }
#ifdef EDDY_HAVE_LIBEDIT
  if (!history.empty()) write_history(history.c_str());
#endif
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  enum { File, Command, Module, Stdin } mode = Stdin;
  std::string target;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      fputs(kUsage, stdout);
      return 0;
    }
    if (a == "-V" || a == "--version") {
      printf("eddy %s\n", eddy::VM::version());
      return 0;
    }
    if (a == "-c" || a == "-m") {
      if (i + 1 >= args.size()) {
        fprintf(stderr, "Argument expected for the %s option\n%s", a.c_str(), kUsage);
        return 2;
      }
      mode = a == "-c" ? Command : Module;
      target = args[++i];
      ++i;
      break;
    }
    if (a == "-") {
      mode = Stdin;
      ++i;
      break;
    }
    if (a.size() > 1 && a[0] == '-') {
      fprintf(stderr, "Unknown option: %s\n%s", a.c_str(), kUsage);
      return 2;
    }
    mode = File;
    target = a;
    ++i;
    break;
  }
  std::vector<std::string> rest(args.begin() + long(i), args.end());

  eddy::VM vm;
  g_vm = &vm;
  install_sigint();
  if (const char* extra = getenv("EDDYPATH")) {
    std::string s = extra;
    std::vector<std::string> dirs;
    size_t pos = 0;
    while (pos <= s.size()) {
      size_t colon = s.find(':', pos);
      std::string d = s.substr(pos, colon == std::string::npos ? std::string::npos : colon - pos);
      if (!d.empty()) dirs.push_back(d);
      if (colon == std::string::npos) break;
      pos = colon + 1;
    }
    for (auto it = dirs.rbegin(); it != dirs.rend(); ++it) vm.prepend_search_path(*it);
  }

  std::vector<std::string> sys_argv;
  int status;
  switch (mode) {
    case File: {
      sys_argv.push_back(target);
      sys_argv.insert(sys_argv.end(), rest.begin(), rest.end());
      vm.set_argv(sys_argv);
      std::string d = dir_of(target);
      vm.prepend_search_path(d.empty() ? "" : d);
      status = finish(vm.exec_file(target));
      break;
    }
    case Command:
      sys_argv.push_back("-c");
      sys_argv.insert(sys_argv.end(), rest.begin(), rest.end());
      vm.set_argv(sys_argv);
      vm.prepend_search_path("");
      status = finish(vm.exec_string(target, "<string>"));
      break;
    case Module:
      sys_argv.push_back(target);
      sys_argv.insert(sys_argv.end(), rest.begin(), rest.end());
      vm.set_argv(sys_argv);
      vm.prepend_search_path("");
      status = finish(vm.run_module(target));
      break;
    case Stdin:
    default:
      sys_argv.push_back(rest.empty() && args.empty() ? "" : "-");
      sys_argv.insert(sys_argv.end(), rest.begin(), rest.end());
      vm.set_argv(sys_argv);
      vm.prepend_search_path("");
      if (isatty(0)) {
        status = repl(vm);
      } else {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        status = finish(vm.exec_string(ss.str(), "<stdin>"));
      }
      break;
  }
  fflush(stdout);
  g_vm = nullptr;
  return status;
}
