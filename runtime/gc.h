// The cycle collector: reference counting frees everything except garbage cycles; this finds
// and frees those, the way CPython's gc module does.
//
// Invariants:
//  - An object that can refer to other objects derives from GcObject (object.h). While tracked it
//    is linked into one of three generation lists of its Runtime's GcHeap; untracked objects are
//    simply never examined (a reference from one counts as an outside reference, which is always
//    safe: the worst an untracked container can do is keep a cycle alive).
//  - gc_traverse() reports exactly the references an object owns (each counted in the referent's
//    refcount). Reporting fewer only makes the collector conservative; reporting one that is not
//    counted would free live objects, so every traverse case mirrors its kind's destroy code.
//  - A collection only starts at a safe point: gc.collect(), or the dispatcher's interrupt check
//    once generation 0 has grown past its threshold (gc_track sets an interrupt bit). So native
//    code never sees a collection in the middle of building an object.
//  - What is tracked: every GcObject kind from its creation, except dicts (tracked when a value
//    that may hold references goes in, like CPython), frames (tracked when they outlive their run:
//    a generator's frame, or one a traceback keeps) and builtin types (never). A collection
//    untracks tuples and dicts that hold only atomic values, as CPython's does.
//  - Unreachable objects are handled as PEP 442 says: weak references to them are cleared (and
//    the callbacks of weakrefs that survive are called), then each finalizer (__del__, a suspended
//    generator's close) runs once, ever; objects a finalizer resurrected survive; the rest have
//    their references cleared, which lets reference counting free them.
#pragma once
#include "runtime/object.h"
#include "runtime/value.h"

namespace eddy {

class Thread;
struct Runtime;
struct Dict;

// Kinds whose objects may hold references (the GcObject kinds).
bool gc_is_container_kind(Kind k);

// Whether putting `v` into an untracked dict must start tracking the dict.
inline bool gc_may_be_tracked(const Object* o) {
  if (o->kind == Kind::Tuple) return gc_is_tracked(o);
  return gc_is_container_kind(o->kind);
}
inline bool gc_may_be_tracked(const Value& v) { return v.is_obj() && gc_may_be_tracked(v.obj()); }

// Called by every dict insertion.
inline void gc_dict_note_insert(GcObject* d, const Value& v) {
  if (!gc_is_tracked(d) && gc_may_be_tracked(v)) gc_track(d);
}

// Runs a full or partial collection (generation 0, 1 or 2 and everything younger). Returns the
// number of unreachable objects found. May run script code (finalizers, weakref callbacks, the
// gc.callbacks list); errors they raise are printed and ignored. The pending exception of `t` is
// preserved.
int64_t gc_collect(Thread& t, int generation);
// The automatic collection the dispatcher runs when the interrupt bit is set.
void gc_collect_automatic(Thread& t);

// Calls visit(Object*) for each reference `o` owns (see the invariant above).
void gc_referents(Object* o, void (*visit)(Object* referent, void* arg), void* arg);

// Every tracked object of the runtime (gc.get_objects), optionally one generation only.
void gc_objects(Runtime& vm, int generation, std::vector<Object*>& out);

// The __del__ method of o's class (a class defined in script), or false.
bool gc_find_del(Object* o, Value* out = nullptr);
// Calls o.__del__() on a live object; an error is reported as "Exception ignored in" and cleared.
// The pending exception of `t` is preserved.
void gc_run_del(Thread& t, Object* o);

// At VM teardown, after the namespaces are cleared: collect what is left.
void gc_teardown(Thread& t);

// gc.callbacks and gc.garbage (lists owned by the gc module, registered here when it is imported),
// and the debug flags (gc.DEBUG_SAVEALL keeps garbage in gc.garbage instead of freeing it).
struct GcModuleState {
  Value callbacks;
  Value garbage;
  int debug = 0;
  struct Stats {
    int64_t collections = 0, collected = 0;
  } stats[3];
};
constexpr int kGcDebugSaveAll = 32;

}  // namespace eddy
