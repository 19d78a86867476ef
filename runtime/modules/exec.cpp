// The builtins that run source text given at run time: compile(), exec() and eval().
//
// Source is compiled like a module (filename "<string>" unless compile() names one) and run on
// the calling thread's dispatcher, nested like a class body. Namespaces follow CPython:
//  - no globals: the caller's globals, and the caller's locals (a function's locals are a
//    snapshot dict, so assignments made by exec() do not reach the function's variables);
//  - globals only: that dict is both namespaces; `__builtins__` is added to it when missing;
//  - globals and locals: names the code binds at its top level go to `locals`.
#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/frontend/compiler.h"
#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

// Source text from a str argument (eval() also strips leading spaces and tabs, as CPython does).
bool source_text(Thread& t, const char* fname, const Value& v, bool strip, std::string* out) {
  if (!is_str(v)) {
    t.raise(t.vm.types.TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return false;
  }
  std::string_view s = as_str(v)->s;
  if (s.find('\0') != std::string_view::npos) {
    t.raise(t.vm.types.SyntaxError, "source code string cannot contain null bytes");
    return false;
  }
  if (strip)
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  *out = std::string(s);
  return true;
}

// A code object for exec()/eval()'s first argument.
Value code_of(Thread& t, const char* fname, const Value& src, CompileMode mode) {
  if (is_kind(src, Kind::Code)) return src;
  std::string text;
  if (!source_text(t, fname, src, mode == CompileMode::Eval, &text)) return Value();
  return compile_source(t, text, "<string>", mode);
}

Value run_in(Thread& t, const char* fname, Value* args, int nargs, Tuple* kw, CompileMode mode) {
  Value a[3];
  if (!parse_args(t, fname, args, nargs, kw, {"source", "globals", "locals"}, 1, a)) return Value();
  Value globals = a[1], locals = a[2];
  if (globals.is_none()) globals = Value();
  if (locals.is_none()) locals = Value();
  if (globals && !is_dict(globals))
    return t.raise(t.vm.types.TypeError, mode == CompileMode::Eval
                                             ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                             : "exec() globals must be a dict, not %s",
                   type_name(t, globals));
  if (locals && !is_dict(locals))
    return t.raise(t.vm.types.TypeError, "locals must be a mapping");
  if (!globals) {
    Frame* f = t.ctx.frame;
    if (!f) return t.raise(t.vm.types.SystemError, "%s(): no current frame", fname);
    globals = Value::borrow(f->globals());
    if (!locals) {
      locals = frame_locals(t, f);
      if (!locals) return Value();
    }
  }
  Dict* g = as_dict(globals);
  if (!g->get_str(t.vm.names.__builtins__))
    g->set_str(t.vm.names.__builtins__, Value::borrow(t.vm.builtins));
  Value code = code_of(t, fname, a[0], mode);
  if (!code) return Value();
  Value r = run_module_code(t, static_cast<Code*>(code.obj()), g, false,
                            locals ? as_dict(locals) : nullptr);
  if (!r) return Value();
  return mode == CompileMode::Eval ? r : Value::none();
}

Value b_exec(Thread& t, Value* args, int nargs, Tuple* kw) {
  return run_in(t, "exec", args, nargs, kw, CompileMode::Module);
}

Value b_eval(Thread& t, Value* args, int nargs, Tuple* kw) {
  return run_in(t, "eval", args, nargs, kw, CompileMode::Eval);
}

// compile(source, filename, mode): mode is 'exec', 'eval' or 'single'.
Value b_compile(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[6];
  if (!parse_args(t, "compile", args, nargs, kw,
                  {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3, a))
    return Value();
  if (!is_str(a[1]))
    return t.raise(t.vm.types.TypeError, "compile() argument 'filename' must be str, not %s",
                   type_name(t, a[1]));
  if (!is_str(a[2]))
    return t.raise(t.vm.types.TypeError, "compile() argument 'mode' must be str, not %s",
                   type_name(t, a[2]));
  const std::string& m = as_str(a[2])->s;
  CompileMode mode;
  if (m == "exec") {
    mode = CompileMode::Module;
  } else if (m == "eval") {
    mode = CompileMode::Eval;
  } else if (m == "single") {
    mode = CompileMode::Interactive;
  } else {
    return t.raise(t.vm.types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (is_kind(a[0], Kind::Code)) return a[0];
  std::string text;
  if (!source_text(t, "compile", a[0], mode == CompileMode::Eval, &text)) return Value();
  return compile_source(t, text, as_str(a[1])->s, mode);
}

}  // namespace

void add_exec_builtins(Runtime& vm, Dict* builtins) {
  add_function(vm, builtins, "exec", b_exec);
  add_function(vm, builtins, "eval", b_eval);
  add_function(vm, builtins, "compile", b_compile);
}

}  // namespace eddy
