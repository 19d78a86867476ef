// Objects: the heap half of the value representation.
//
// Invariants:
//  - Every heap object starts with the same 16-byte header: refcount, kind, flags, type. There is
//    no vtable: `kind` says which C++ struct the object is (so native code can test "is this a
//    list?" with one compare, also for instances of script subclasses of list later), and
//    `type` is its script-level type, which belongs to the Runtime that made the object.
//  - Types and interned strings belong to one Runtime; nothing here is process-global, so several VMs
//    can live in one process (ARCHITECTURE invariant 7).
//  - Destruction is deterministic: the last decref runs destroy_object(), which switches on kind.
//  - Objects that can hold references to other objects derive from GcObject and, while tracked,
//    sit in one of the cycle collector's generation lists (runtime/gc.h keeps those invariants).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/memory.h"
#include "runtime/value.h"

namespace eddy {

class Thread;
struct ExecContext;
struct Runtime;
struct Type;
struct Str;
struct Tuple;
struct Dict;

// One entry per C++ object layout. Keep destroy_object() in object.cpp in step.
enum class Kind : uint8_t {
  Type,
  Str,
  BigInt,
  Tuple,
  List,
  Dict,
  Set,
  Range,
  Slice,
  Code,
  Function,
  Cell,
  NativeFunction,
  BoundMethod,
  Module,
  Exception,
  Frame,
  Traceback,
  Iterator,  // every builtin iterator (see objects/iterators.h), distinguished by IterKind
  Instance,      // a plain object with no attributes: object(), NotImplemented, sys.stdout
  UserInstance,  // an instance of a class defined in script (objects/classes.h)
  Descriptor,    // property, staticmethod, classmethod (objects/classes.h)
  Super,         // the object super() returns
  Generator,     // objects/generator.h
  WeakRef,       // weakref.ref and proxies (objects/weakref.h)
  Bytes,         // bytes and bytearray (objects/bytes.h)
  Native,        // an object of a folder above runtime/ (tasklet, channel): its Type's NativeOps
};

// What the runtime does to a Kind::Native object, supplied by the folder that defines it, so
// that runtime/ needs no knowledge of tasklets or channels.
struct NativeOps {
  // A new instance of `type` (the type itself or a script subclass of it), fields at their
  // defaults; __init__ does the rest. Null with an exception pending on failure.
  Object* (*alloc)(Thread& t, Type* type);
  // Reports each object `o` holds a reference to (for the cycle collector).
  void (*traverse)(Object* o, void (*visit)(Object* ref, void* arg), void* arg);
  // Drops the references `o` holds (the collector breaking a garbage cycle).
  void (*clear)(Object* o);
  // Runs first when the last reference to `o` goes; false if it resurrected `o` (the count is
  // back above zero), which then is not freed. (A tasklet dropped while alive is killed here.)
  bool (*finalize)(Object* o);
  // Frees `o`.
  void (*destroy)(Object* o);
  // Optional: runs when the cycle collector finds `o` in garbage, before it clears the cycle
  // (as __del__ does; a garbage tasklet that is alive is killed here). Null: none.
  void (*finalize_garbage)(Thread& t, Object* o);
  // Optional, the collector's fast path for an object that holds a suspended execution (a
  // tasklet): its references are exactly those of the returned state (exec_context_traverse,
  // dispatcher/frame.h) and the one Value stored in *value. `traverse` must report the same.
  ExecContext* (*exec_state)(Object* o, Value** value) = nullptr;
};

enum ObjFlags : uint8_t {
  kFlagFrozen = 1,         // a frozenset (Kind::Set)
  kFlagInterned = 2,       // an interned Str
  kFlagGcTracked = 4,      // a GcObject linked into a generation list
  kFlagGcCollecting = 8,   // in the set the running collection examines
  kFlagFinalized = 16,     // __del__ (or a generator's close) already ran: never again (PEP 442)
  kFlagWeakReferenced = 32,  // weak references to it exist (runtime/objects/weakref.h)
  kFlagClassDict = 64,     // a Dict that is a type's namespace: changing it invalidates the
                           // runtime's attribute cache (see Runtime::class_epoch)
  kFlagExtraDict = 128,    // an instance of a script subclass of str/tuple/set/frozenset with
                           // an attribute dict in Runtime::extra_dicts
};

struct Object : RefCounted {
  Kind kind;
  uint8_t flags = 0;
  uint16_t small = 0;  // a few bits of per-kind data (e.g. IterKind)
  Type* type;

  Object(Kind k, Type* t) : kind(k), type(t) {}
  Object(const Object&) = delete;
  // Objects come from the small-object allocator (runtime/memory.h). `delete` on the object's
  // own struct type passes the right size back.
  static void* operator new(size_t n) { return memory::allocate(n); }
  static void* operator new(size_t, void* where) { return where; }
  static void operator delete(void* p, size_t n) { memory::deallocate(p, n); }
  Object& operator=(const Object&) = delete;
};

static_assert(sizeof(Object) == 16, "object header is 16 bytes");

// ---- kind tests on Values ----
inline bool is_kind(const Value& v, Kind k) { return v.is_obj() && v.obj()->kind == k; }
// The layout k with a builtin type: not an instance of a script subclass of str, tuple, ...
bool is_exact_kind(const Value& v, Kind k);
template <class T>
T* as(const Value& v) {
  return static_cast<T*>(v.obj());
}

// A native function's signature. `args` holds nargs positional values followed by one value per
// name in `kwnames` (nullptr when there are no keyword arguments). Returns Null with an exception
// pending on `t` on error. May run script code and therefore may switch (nested dispatch).
using NativeFn = Value (*)(Thread& t, Value* args, int nargs, Tuple* kwnames);

// ---- the cycle collector's view of objects (see runtime/gc.h) ----
struct GcNode {
  union {
    GcNode* prev = nullptr;
    int64_t gc_refs;  // only while a collection examines the object (runtime/gc.cpp)
  };
  GcNode* next = nullptr;
};

// Per-Runtime collector state: three generations of tracked objects, like CPython's.
struct GcHeap {
  static constexpr uint32_t kInterruptBit = 1u << 2;  // InterruptBits::kInterruptGc (vm.h)
  struct Generation {
    GcNode head;  // circular list of the generation's objects
    int64_t count = 0;  // gen 0: allocations minus frees; older: collections of the younger
    int64_t threshold = 0;
  };
  Generation gen[3];
  int64_t long_lived_total = 0, long_lived_pending = 0;
  bool enabled = true;
  bool collecting = false;
  bool requested = false;  // the interrupt bit is set; the dispatcher will collect soon
  std::atomic<uint32_t>* interrupt = nullptr;  // the word of the thread that collects
  GcHeap();
  GcHeap(const GcHeap&) = delete;
  GcHeap& operator=(const GcHeap&) = delete;
  void request();  // asks the dispatcher for an automatic collection at its next check
};

struct GcObject : Object {
  GcNode gc_node;
  // Tracks the object at once unless `track` is false (dicts start untracked and are tracked
  // when a container goes in; frames when they outlive their activation; classes explicitly).
  inline GcObject(Kind k, Type* t, bool track = true);
};

inline GcObject* gc_object_of(GcNode* n) {
  return reinterpret_cast<GcObject*>(reinterpret_cast<char*>(n) - sizeof(Object));
}

inline void gc_link(GcNode* head, GcNode* n) {
  n->prev = head->prev;
  n->next = head;
  head->prev->next = n;
  head->prev = n;
}

inline void gc_unlink(GcNode* n) {
  n->prev->next = n->next;
  n->next->prev = n->prev;
  n->prev = n->next = nullptr;
}

// A script-level type. Builtin types are made by the Runtime at start-up; classes defined in script
// arrive with the class issue and use the same struct.
struct Type : GcObject {
  Runtime* vm;                        // the Runtime that owns this type (and so every instance)
  GcHeap* gc;                         // vm's collector (reached from every object through its type)
  std::string name;
  Type* base = nullptr;          // the first base (single inheritance for builtins)
  std::vector<Type*> mro;        // this type first, `object` last
  Dict* dict = nullptr;          // methods and class attributes
  Kind instance_kind = Kind::Instance;
  bool is_exception = false;
  bool is_iterator = false;  // a builtin iterator type (objects/iterators.h)
  // A class defined in script: reference counted like any object (its instances hold a
  // reference), with its own bases and namespace dict. Builtin types live as long as the VM.
  bool heap = false;
  std::vector<Type*> bases;      // heap types: the bases, strong references when heap
  Value slots;                   // heap types with __slots__: a tuple of the allowed names
  // Heap types: the attribute names instances store inline (objects/classes.h), interned.
  std::vector<Str*> shared_keys;
  // The first nslot_keys shared keys are the __slots__ names of the MRO: their values always stay
  // inline (never in the instance's dict, as CPython keeps slots out of __dict__).
  uint32_t nslot_keys = 0;
  // Heap types: which attribute hooks (TypeHooks) the MRO defines in script, valid while
  // hooks_epoch equals the Runtime's class_epoch (see type_hooks in classes.h).
  uint64_t hooks_epoch = 0;
  uint8_t hooks = 0;
  uint64_t serial = 0;  // creation order, for __subclasses__()
  std::string qualname;  // heap types: __qualname__ when it differs from name (kept out of dict)
  const NativeOps* native_ops = nullptr;  // Kind::Native instances
  // Builtin types of modules other than builtins: "module.name", CPython's tp_name, which error
  // messages and repr show (e.g. '_stackless.tasklet').
  std::string dotted_name;
  const std::string& qual() const { return qualname.empty() ? name : qualname; }
  const std::string& tp_name() const { return dotted_name.empty() ? name : dotted_name; }

  // Constructor: the type called as a function, e.g. int("3"). Receives the type itself so one
  // native can serve a type and its subclasses.
  Value (*construct)(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) = nullptr;
  // A builtin type's native __call__ that does not switch tasklets: the dispatch loop calls an
  // exact instance (Kind::Native) with it directly, as (instance, args...), without looking
  // __call__ up. (Instances of subclasses defined in script may override it: they look it up.)
  NativeFn native_call = nullptr;

  Type(Runtime* owner, Type* metatype, std::string n);  // untracked: see type_new
  bool is_subtype(const Type* other) const {
    for (const Type* t : mro)
      if (t == other) return true;
    return false;
  }
};

// Starts tracking `o` in generation 0 (its fields must already be valid references or null).
inline void gc_track(GcObject* o) {
  GcHeap* h = o->type->gc;
  gc_link(&h->gen[0].head, &o->gc_node);
  o->flags |= kFlagGcTracked;
  if (++h->gen[0].count > h->gen[0].threshold) h->request();
}
inline void gc_untrack(GcObject* o) {
  GcHeap* h = o->type->gc;
  gc_unlink(&o->gc_node);
  o->flags &= uint8_t(~kFlagGcTracked);
  if (h->gen[0].count > 0) --h->gen[0].count;
}
inline bool gc_is_tracked(const Object* o) { return o->flags & kFlagGcTracked; }

inline GcObject::GcObject(Kind k, Type* t, bool track) : Object(k, t) {
  if (track) gc_track(this);
}

// Releases the attribute dict an object with kFlagExtraDict keeps in Runtime::extra_dicts.
void drop_extra_dict(Object* o);

// Script-visible type of any value, including unboxed ones.
Type* type_of(Thread& t, const Value& v);

}  // namespace eddy
