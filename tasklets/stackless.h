// The native `_stackless` module (lib/stackless.py builds `stackless` on it): the tasklet type,
// the module functions, and helpers the channel type shares.
#pragma once
#include <initializer_list>

#include "runtime/native.h"
#include "runtime/object.h"
#include "runtime/objects/module.h"
#include "runtime/vm.h"

namespace eddy {

void init_stackless_module(Thread& t, Module* m);

// `raise`-style arguments (a class or an instance, an optional value and traceback) as an
// exception instance; Null with TypeError pending.
Value exception_from_throw_args(Thread& t, const Value& exc, const Value& val, const Value& tb);
// A native method or function; may_switch marks one that may switch tasklets, which the dispatch
// loop then calls with Thread::soft_call set (tasklets/scheduler.h).
struct SwitchingDef {
  const char* name;
  NativeFn fn;
  bool may_switch;
};
// Adds methods to a builtin type's dict, or functions to a module's dict.
void add_switching_methods(Runtime& vm, Type* type, std::initializer_list<SwitchingDef> defs);
void add_switching_functions(Runtime& vm, Dict* d, std::initializer_list<SwitchingDef> defs);
// A property of a builtin type computed by natives: get(self), set(self, value) (or none).
void add_native_property(Runtime& vm, Type* type, const char* name, NativeFn get, NativeFn set);

}  // namespace eddy
