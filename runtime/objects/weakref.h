// Weak references: weakref.ref (and the _weakref module the lib/weakref.py package builds on).
//
// Invariants:
//  - A WeakRef does not own its referent. The Runtime's `weakrefs` table maps each weakly
//    referenced object to its live WeakRefs, and the object carries kFlagWeakReferenced so that
//    destroy_object() (or the cycle collector) finds them when it dies.
//  - When the referent dies, every WeakRef to it is cleared (calling it returns None) before
//    any callback runs; each callback runs once, with the WeakRef as its argument, and is
//    dropped. A WeakRef that dies first never calls its callback.
//  - Only the objects CPython allows can be weakly referenced (instances of classes defined in
//    script, functions, methods, classes, sets, generators, code and modules); anything else
//    raises TypeError("cannot create weak reference to 'list' object").
#pragma once
#include <vector>

#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

struct WeakRef : GcObject {
  Object* referent = nullptr;  // not owned; null once the referent died
  Value callback;              // Null when there is none (or after it ran)
  int64_t hash = -1;
  WeakRef(Type* t) : GcObject(Kind::WeakRef, t) {}
  bool is_proxy() const { return small != 0; }
};

bool weakref_supported(const Object* o);
// weakref.ref(obj, callback) (or a proxy when `proxy`). Null with an exception pending on error.
Value weakref_new(Thread& t, const Value& obj, const Value& callback, bool proxy);
// A proxy's referent, or Null with ReferenceError pending when it died.
Value proxy_target(Thread& t, const Value& proxy);
// The referent as a new reference, or None when it died.
Value weakref_get(const WeakRef* w);
// Detaches `w` from its referent (the WeakRef is being destroyed).
void weakref_free(WeakRef* w);
// `o` is dying: clears every WeakRef to it and moves out the ones whose callbacks must run
// into `callbacks` (as (weakref, callback) pairs). Never runs script code.
void weakrefs_clear(Runtime& vm, Object* o, std::vector<std::pair<Value, Value>>* callbacks);
// Runs callbacks collected by weakrefs_clear; errors are printed as "Exception ignored in".
void weakrefs_call(Thread& t, std::vector<std::pair<Value, Value>>& callbacks);
int64_t weakref_count(Runtime& vm, const Object* o);

// Prints "Exception ignored in: <repr of where>" and the pending exception's traceback to
// stderr, as CPython reports an error nobody can catch, and clears it.
void report_unraisable(Thread& t, const Value& where);

void init_weakref_types(Thread& t);

}  // namespace eddy
