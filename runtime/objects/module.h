// Modules: a named dict of globals. Script modules come from .py files on sys.path; native
// modules are registered from C++ (Runtime::native_modules) and filled by an init function.
#pragma once
#include "runtime/object.h"

namespace eddy {

struct Module : GcObject {
  Dict* dict = nullptr;
  Module(Type* t) : GcObject(Kind::Module, t) {}
};
Module* module_alloc(Thread& t, Str* name);
inline bool is_module(const Value& v) { return is_kind(v, Kind::Module); }

void init_module_type(Thread& t);
}  // namespace eddy
