// Helpers shared by the files of the object protocol (ops.cpp, repr.cpp, attributes.cpp).
#pragma once
#include "runtime/objects/classes.h"
#include "runtime/ops.h"

namespace eddy {

inline bool is_heap_object(const Value& v) { return v.is_obj() && v.obj()->type->heap; }
inline bool is_heap_type(const Value& v) {
  return is_kind(v, Kind::Type) && static_cast<Type*>(v.obj())->heap;
}

// Calls obj's special method `name` (defined by a class in script) with the given arguments.
// Sets *found; returns Null with *found set when the call failed.
inline Value try_special(Thread& t, const Value& obj, Str* name, Value* args, int nargs, bool* found) {
  Value m = lookup_special(obj, name);
  *found = bool(m);
  if (!m) return Value();
  return call_special(t, m, obj, args, nargs);
}

}  // namespace eddy
