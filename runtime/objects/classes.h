// Classes defined in script: heap types, their instances, descriptors (property, staticmethod,
// classmethod), super(), and the special-method ("dunder") look-ups the object protocol uses.
//
// Invariants:
//  - A class is a Type with `heap` set. It holds its namespace dict and its bases strongly, and
//    every instance holds one reference to its class (dropped by destroy_object), so a class
//    lives as long as anything made from it.
//  - An instance of a plain class is a UserInstance (a header plus an attribute dict made on
//    first use); an instance of an exception class is an Exception, whose dict holds its
//    attributes, so raise/except treat both alike.
//  - Special methods are looked up on the type only (never in the instance dict), as in CPython.
//  - A metaclass is a class deriving from `type`; its instances are classes (Kind::Type) whose
//    `type` field is the metaclass, holding a reference to it like any instance.
#pragma once
#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

struct UserInstance : GcObject {
  Value dict;  // Dict, created on first attribute store
  UserInstance(Type* t) : GcObject(Kind::UserInstance, t) {}
};

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
