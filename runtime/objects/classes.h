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

// type(name, bases, namespace): makes a class. Null with an exception pending on error.
Value type_new(Thread& t, Str* name, const Value& bases, Dict* ns);
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

void init_class_types(Thread& t);

}  // namespace eddy
