// The native `_stackless` module (lib/stackless.py builds `stackless` on it): the tasklet type,
// the module functions, and helpers the channel type shares.
#pragma once
#include "runtime/object.h"
#include "runtime/objects/module.h"
#include "runtime/vm.h"

namespace eddy {

void init_stackless_module(Thread& t, Module* m);

// `raise`-style arguments (a class or an instance, an optional value and traceback) as an
// exception instance; Null with TypeError pending.
Value exception_from_throw_args(Thread& t, const Value& exc, const Value& val, const Value& tb);
// Marks the method `name` of a builtin type as one that may switch tasklets, so that the
// dispatch loop calls it with Thread::soft_call set.
void mark_may_switch(Runtime& vm, Type* type, const char* name);
// A property of a builtin type computed by natives: get(self), set(self, value) (or none).
void add_native_property(Runtime& vm, Type* type, const char* name, NativeFn get, NativeFn set);
// Writes text to sys.stderr (for errors that cannot propagate: callbacks, dropped tasklets).
void write_to_stderr(Thread& t, const std::string& text);

}  // namespace eddy
