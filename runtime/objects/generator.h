// Generators: a suspended heap frame plus its state.
//
// Invariants:
//  - The generator holds the only lasting reference to its frame. While it runs, the frame is
//    also the innermost frame of the thread's context (an entry frame: resuming is a nested
//    dispatch for now; making it stackless is part of the tasklet issue).
//  - A frame suspended at YIELD_VALUE resumes with the sent value pushed on its stack.
//  - `exc_state` is the exception the generator was handling when it yielded; sys.exc_info()
//    inside the generator sees it again when it resumes, and the caller never sees it.
#pragma once
#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

struct Frame;

struct Generator : GcObject {
  Frame* frame = nullptr;  // strong; null once finished
  Value name, qualname;
  Value exc_state;
  bool started = false, running = false;
  Generator(Type* t) : GcObject(Kind::Generator, t) {}
};

// Wraps a freshly bound frame (whose code is a generator) into a generator; takes the frame.
Value new_generator(Thread& t, Frame* frame);

enum class GenResult { Yielded, Returned, Error };
// Resumes `gen` with `value` (or raises `exc` into it when exc is set). *out receives the yielded
// or returned value. May switch.
GenResult gen_send(Thread& t, Generator* gen, Value value, Value* out, Value exc = Value());
// gen.close(): GeneratorExit at the suspension point. False with an exception pending on error.
bool gen_close(Thread& t, Generator* gen);
void generator_free(Generator* gen);

void init_generator_type(Thread& t);

}  // namespace eddy
