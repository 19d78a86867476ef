// The dispatcher's entry points for native code.
//
// The dispatch loop (dispatch.cpp) runs the frame chain of the current ExecContext. Script calls
// inside it push frames and continue the loop (no C recursion). Native code that needs to call
// script code (a key function for sorted(), an import, the embedding API) uses the functions
// here: each pushes an entry frame and runs a *nested* dispatch until that frame returns,
// raising the context's nesting_level while it does (invariant 1). May switch.
#pragma once
#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

struct Frame;
struct Code;
struct Function;

// Runs the context's frame chain until the innermost entry frame (kFrameEntry) returns; the
// result, or Null with the exception pending. May switch.
Value run_loop(Thread& t);
// Pushes `fr` (a reference the caller gives up) as the innermost frame of the context; false
// with RecursionError pending (and the reference released) when the limit is reached.
bool push_frame_for_native(Thread& t, Frame* fr);
// To call after such a nested run_loop returned and the nesting level dropped again: a watchdog
// interrupt deferred by the nesting may fire now (tasklets/scheduler.h).
void nested_dispatch_returned(Thread& t);
// Binds arguments to a new frame for f (Python's full binding rules and error messages).
// Returns null with an exception pending on error.
Frame* frame_for_call(Thread& t, Function* f, Value* args, int nargs, Tuple* kwnames);
// Like frame_for_call, but may move the arguments out of `args` (the dispatcher's stack).
Frame* frame_for_call_moving(Thread& t, Function* f, Value* args, int nargs, Tuple* kwnames);
// Calls a script function from native code. May switch.
Value call_function(Thread& t, Function* f, Value* args, int nargs, Tuple* kwnames);
// Runs a class body function with `ns` as its locals dict (the class namespace). May switch.
Value run_class_body(Thread& t, Function* f, Dict* ns);
// Runs module-level code with `ns` as globals and locals. May switch.
Value run_module_code(Thread& t, Code* code, Dict* ns, bool repl_echo = false,
                      Dict* locals = nullptr);  // exec(code, globals, locals): a separate namespace

}  // namespace eddy
