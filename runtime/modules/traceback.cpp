// _traceback: the native half of lib/traceback.py. The exception line ("Type: message", and the
// source excerpt of a SyntaxError) is formatted by the same code that prints uncaught
// exceptions, so both always agree.
#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"

namespace eddy {

namespace {

Value tb_format_exception_only(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "format_exception_only", nargs, 1, 1)) return Value();
  return new_str(t.vm, format_exception_only(t, args[0]));
}

}  // namespace

void init_traceback_module(Thread& t, Module* m) {
  add_functions(t.vm, m->dict, {{"format_exception_only", tb_format_exception_only}});
}

}  // namespace eddy
