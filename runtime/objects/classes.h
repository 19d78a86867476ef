// Classes defined in script: heap types, their instances, descriptors (property, staticmethod,
// classmethod), super(), and the special-method ("dunder") look-ups the object protocol uses.
//
// Invariants:
//  - A class is a Type with `heap` set. It holds its namespace dict and its bases strongly, and
//    every instance holds one reference to its class (dropped by destroy_object), so a class
//    lives as long as anything made from it.
//  - An instance of a plain class is a UserInstance: a header plus its attribute values stored
//    inline (CPython 3.11's "shared keys"). The class keeps the attribute names its instances
//    have used, in first-use order (Type::shared_keys, append-only, at most kMaxSharedKeys); an
//    instance's values[i] is the attribute shared_keys[i], or Null when the instance lacks it.
//    An instance keeps its values inline while its attributes appear in shared-key order (each
//    new attribute's index is above every present one, so key order is its insertion order)
//    and fit its capacity (fixed when it is allocated). Anything else - an out-of-order or
//    extra attribute, a request for __dict__ - moves the attributes into a real dict
//    (`dict` set, values all Null), which is authoritative from then on. The exception: the
//    first Type::nslot_keys shared keys are __slots__ names (of this class or its bases), whose
//    values stay inline whether or not there is a dict, in any order.
//  - An instance of an exception class is an Exception, whose dict holds its attributes, so
//    raise/except treat both alike.
//  - Special methods are looked up on the type only (never in the instance dict), as in CPython.
//  - A metaclass is a class deriving from `type`; its instances are classes (Kind::Type) whose
//    `type` field is the metaclass, holding a reference to it like any instance.
#pragma once
#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

constexpr size_t kMaxSharedKeys = 30;

struct UserInstance : GcObject {
  Value dict;             // the attribute dict once materialized (then `values` are all Null)
  uint32_t capacity = 0;  // inline value slots
  Value* values() { return reinterpret_cast<Value*>(this + 1); }
  UserInstance(Type* t, uint32_t cap) : GcObject(Kind::UserInstance, t), capacity(cap) {}
};
static_assert(sizeof(UserInstance) % alignof(Value) == 0);

// A new instance of the class `type` (the caller has added the instance's reference to type).
UserInstance* user_instance_alloc(Type* type);
void user_instance_free(UserInstance* u);
// The instance's attribute `name`, or Null. Never raises.
Value instance_attr_get(UserInstance* u, Str* name);
// Sets or (v Null) deletes the instance's attribute; deleting returns false if it was absent.
// `name` must be interned.
bool instance_attr_set(Thread& t, UserInstance* u, Str* name, Value v);
// The dispatcher's inline caches for attribute access on instances (LOAD_ATTR, STORE_ATTR,
// LOAD_METHOD) remember (type, class_epoch, shared-key index); an entry is valid while no class
// namespace changes. attr_cache_index gives the index a load (or a store) of `name` may use:
// the type has no __getattribute__ (or __setattr__) and no class attribute `name` (so no
// descriptor decides the access), or -1.
int attr_cache_index(Type* type, Str* name, bool store);

// True when a store to inline slot i keeps the instance's values in order: the slot is set
// already, or every slot after it is empty (see the invariants above).
inline bool instance_can_store_inline(UserInstance* u, uint32_t i) {
  if (i < u->type->nslot_keys) return true;
  Value* vals = u->values();
  if (vals[i]) return true;
  for (uint32_t j = i + 1; j < u->capacity; ++j)
    if (vals[j]) return false;
  return true;
}

// The index of `name` in type's shared keys, or -1.
inline int shared_key_index(const Type* type, const Str* name) {
  const auto& keys = type->shared_keys;
  for (size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == name) return int(i);
  return -1;
}

// `a | b` where a or b is a class, None or a union: a types.UnionType (or NotImplemented).
Value type_union(Thread& t, const Value& a, const Value& b);

enum class DescriptorKind : uint16_t { Property, StaticMethod, ClassMethod };

struct Descriptor : GcObject {
  Value fget, fset, fdel, doc;  // property; staticmethod/classmethod keep their function in fget
  Descriptor(Type* t, DescriptorKind k) : GcObject(Kind::Descriptor, t) { small = uint16_t(k); }
  DescriptorKind dkind() const { return DescriptorKind(small); }
};

struct Super : GcObject {
  Value start;  // look-ups begin after this class in the MRO
  Value obj;    // the instance (or class) methods bind to
  Super(Type* t) : GcObject(Kind::Super, t) {}
};

// Makes a class whose type is `metatype` (type, or a metaclass defined in script) from its name,
// bases and namespace (taken over, not copied), then runs the class-creation hooks (implicit
// class methods, __set_name__, the bases' __init_subclass__ with the keyword arguments). Null
// with an exception pending on error.
Value type_new(Thread& t, Type* metatype, Str* name, const Value& bases, Dict* ns,
               const Value* kwvalues = nullptr, Tuple* kwnames = nullptr);
// type.__new__(metatype, name, bases, namespace, **kwargs) with its checks: copies the namespace,
// fills __module__/__qualname__, and uses the most derived metaclass of metatype and the bases'.
Value type_new_from_args(Thread& t, Type* metatype, Value* args, int nargs, Tuple* kwnames);
// The most derived of `meta` and the bases' metaclasses; null with TypeError on a conflict.
Type* winning_metaclass(Thread& t, Type* meta, const Value& bases);
// Attribute hooks a class defined in script may define; instance attribute access checks these
// bits instead of looking each name up.
enum TypeHooks : uint8_t {
  kHookGetattribute = 1,
  kHookGetattr = 2,
  kHookSetattr = 4,
  kHookDelattr = 8,
};
uint8_t compute_type_hooks(Type* type);
inline uint8_t type_hooks(Type* type) {
  if (type->hooks_epoch != type->vm->class_epoch) return compute_type_hooks(type);
  return type->hooks;
}

// The instance dict of obj (UserInstance or Exception), made on demand, or null if it has none.
Dict* instance_dict(Thread& t, const Value& obj, bool create);
// A special method of obj's class, if the class is a heap type and defines (or inherits from
// another heap type) `name`; Null otherwise. Never raises.
Value lookup_special(const Value& obj, Str* name);
// The same for a tasklet or channel (Kind::Native, or a script subclass of one), whose builtin
// types keep the protocol methods they support (__call__, __iter__, __next__) in their dicts;
// the whole MRO is searched. Null for anything else.
Value lookup_native_special(const Value& obj, Str* name);
// The same look-up by type: along the MRO's classes defined in script only.
Value heap_type_lookup(Type* type, Str* name);
// Calls a special method found by lookup_special with obj as the first argument. May switch.
Value call_special(Thread& t, const Value& method, const Value& obj, Value* args, int nargs);
// Descriptor protocol for a class attribute found on `type` while looking up an attribute of
// `obj` (an instance, or null when looking up on the class itself).
Value bind_class_attribute(Thread& t, const Value& attr, const Value& obj, Type* type);

// A property, or an object whose class defines __set__ or __delete__: it takes precedence over
// the instance dict.
bool is_data_descriptor(const Value& attr);

void init_class_types(Thread& t);

}  // namespace eddy
