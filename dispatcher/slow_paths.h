// What the dispatch loop's opcode handlers call out of line: making functions, raising and
// matching exceptions, unpacking, imports. Nothing here is on a hot path; run_loop (dispatch.cpp)
// keeps the fast paths inline and calls these for the rest. Each function returns Null / false
// / -1 with the exception pending on failure, as everywhere in the runtime.
#pragma once
#include <string>

#include "runtime/vm.h"

namespace eddy {

struct Frame;
struct Code;
struct Exception;

// MAKE_FUNCTION: a function of `code` closing over f's globals and builtins.
Value make_function(Thread& t, Frame* f, Code* code);
// A function running `code` in `globals` (MAKE_FUNCTION's, or the one module-level code runs in).
Value new_function(Thread& t, Code* code, Dict* globals, Dict* builtins);
// Links e.__context__ to the exception being handled, as raising does (without making a cycle).
void set_context(Thread& t, Exception* e);
// "__main__.f()" or "len()": how CPython names a callable in call-site error messages.
std::string function_str(Thread& t, const Value& callee);
// What `raise X` was given, as an exception instance (a class is called).
Value instantiate_exception(Thread& t, const Value& v);
// Whether exc matches an except clause's class or tuple of classes: 1, 0, or -1 (TypeError).
int exception_matches(Thread& t, const Value& exc, const Value& spec);
// UNPACK_SEQUENCE / UNPACK_EX: pushes the items (last first) at sp, advancing it.
bool unpack(Thread& t, const Value& seq, int before, int after, bool has_star, Value*& sp);
// IMPORT_NAME: the module (or the top package, without a fromlist), `level` dots relative.
Value do_import(Thread& t, Frame* f, Str* name, const Value& fromlist, int64_t level);
// IMPORT_FROM and IMPORT_STAR.
Value import_from(Thread& t, const Value& mod, Str* name);
bool import_star(Thread& t, const Value& mod, Dict* dst);
// WITH_EXIT / WITH_EXCEPT_START: a context manager's bound __exit__ called with args[1..3]
// (args[0] is free for the receiver). A method written in script gets a frame, returned in
// *frame for the loop to enter (so the tasklet can switch inside it softly); anything else is
// called here, its result in *result.
bool start_exit_call(Thread& t, const Value& exit, Value* args, Frame** frame, Value* result);
// RAISE_VARARGS: leaves the exception to raise pending.
void raise_varargs(Thread& t, int argc, Value exc, Value cause);

}  // namespace eddy
