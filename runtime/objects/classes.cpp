// Classes defined in script. See classes.h for the invariants.
#include "runtime/objects/classes.h"

#include <algorithm>

#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/memory.h"
#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/module.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

// ---------------------------------------------------------------- the MRO

namespace {

// C3 linearization: the class, then a merge of its bases' MROs and the bases list.
bool c3_mro(Type* cls, const std::vector<Type*>& bases, std::vector<Type*>* out) {
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  out->clear();
  out->push_back(cls);
  while (true) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) return true;
    Type* candidate = nullptr;
    for (auto& s : seqs) {
      Type* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs)
        if (std::find(other.begin() + 1, other.end(), head) != other.end()) in_tail = true;
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (!candidate) return false;
    out->push_back(candidate);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
  }
}

bool is_subclassable(Runtime& vm, Type* b) {
  Types& ty = vm.types;
  return b->heap || b == ty.object || b->is_exception || b == ty.dict || b == ty.list ||
         b == ty.str || b == ty.tuple || b == ty.set || b == ty.frozenset || b == ty.type ||
         b == ty.int_ || b == ty.property || b == ty.staticmethod || b == ty.classmethod ||
         (b->native_ops && b->native_ops->alloc);
}

// The builtin layout a class's instances have: a plain instance, an exception, or the layout of
// the builtin container or string type it derives from.
Kind layout_of(Runtime& vm, Type* type) {
  Types& ty = vm.types;
  for (Type* k : type->mro) {
    if (k == ty.dict) return Kind::Dict;
    if (k == ty.list) return Kind::List;
    if (k == ty.str) return Kind::Str;
    if (k == ty.tuple) return Kind::Tuple;
    if (k == ty.set || k == ty.frozenset) return Kind::Set;
    if (k == ty.type) return Kind::Type;  // a metaclass: its instances are classes
    if (k == ty.int_) return Kind::BigInt;  // whatever the value (see value.h)
    if (k == ty.property || k == ty.staticmethod || k == ty.classmethod) return Kind::Descriptor;
    if (k->is_exception) return Kind::Exception;
    if (k->native_ops) return Kind::Native;  // tasklet, channel
  }
  return Kind::UserInstance;
}

// The builtin type a class derives its layout from (object for plain classes).
Type* builtin_base(Type* type) {
  for (Type* k : type->mro)
    if (!k->heap) return k;
  return type;
}

// A copy of the exact builtin value v (a str, int, tuple or frozenset) whose type is the subclass
// `type`; the copy holds a reference to its class.
Value retype_immutable(Thread& t, const Value& v, Type* type) {
  Object* made = nullptr;
  if (is_str(v)) {
    made = new Str(type, as_str(v)->s);
  } else if (v.is_int() || is_bigint(v)) {
    auto* b = new BigInt(type);
    int_to_mpz(v, b->z);
    made = b;
  } else if (is_tuple(v)) {
    Tuple* src = as_tuple(v);
    Tuple* tup = tuple_alloc(t.vm, src->size);
    for (int64_t i = 0; i < src->size; ++i) tup->items()[i] = src->items()[i];
    tup->type = type;
    made = tup;
  } else {
    Set* src = as_set(v);
    Set* s = new Set(type);
    s->flags |= src->flags & kFlagFrozen;
    for (const SetEntry& e : src->table)
      if (!e.key.is_null()) s->add_known(e.hash, e.key);
    made = s;
  }
  Value::incref(type);
  return Value::steal(made);
}

}  // namespace

// ---------------------------------------------------------------- instances

UserInstance* user_instance_alloc(Type* type) {
  uint32_t cap = uint32_t(std::max<size_t>(type->shared_keys.size(), 2));
  void* mem = memory::allocate(sizeof(UserInstance) + cap * sizeof(Value));
  auto* u = new (mem) UserInstance(type, cap);
  for (uint32_t i = 0; i < cap; ++i) new (&u->values()[i]) Value();
  return u;
}

void user_instance_free(UserInstance* u) {
  uint32_t cap = u->capacity;
  for (uint32_t i = 0; i < cap; ++i) u->values()[i].~Value();
  u->dict.~Value();
  memory::deallocate(static_cast<void*>(u), sizeof(UserInstance) + cap * sizeof(Value));
}

namespace {

// Moves the inline values into a dict (in key order, which is their insertion order).
Dict* materialize(Thread& t, UserInstance* u) {
  if (u->dict) return as_dict(u->dict);
  Value d = new_dict(t.vm);
  const auto& keys = u->type->shared_keys;
  for (uint32_t i = u->type->nslot_keys; i < u->capacity; ++i) {
    Value& v = u->values()[i];
    if (v) as_dict(d)->set_str(keys[i], std::move(v));
  }
  u->dict = std::move(d);
  return as_dict(u->dict);
}

}  // namespace

int attr_cache_index(Type* type, Str* name, bool store) {
  if (type_hooks(type) & (store ? kHookSetattr : kHookGetattribute)) return -1;
  if (type_lookup(type, name)) return -1;
  return shared_key_index(type, name);
}

Value instance_attr_get(UserInstance* u, Str* name) {
  int i = shared_key_index(u->type, name);
  if (u->dict && (i < 0 || uint32_t(i) >= u->type->nslot_keys)) return as_dict(u->dict)->get_str(name);
  if (i < 0 || uint32_t(i) >= u->capacity) return Value();
  return u->values()[i];
}

bool instance_attr_set(Thread& t, UserInstance* u, Str* name, Value v) {
  int slot = shared_key_index(u->type, name);
  if (slot >= 0 && uint32_t(slot) < u->type->nslot_keys && uint32_t(slot) < u->capacity) {
    Value& cell = u->values()[slot];  // a __slots__ attribute: always inline
    if (!v) {
      if (!cell) return false;
      cell.clear();
      return true;
    }
    cell = std::move(v);
    return true;
  }
  if (!u->dict) {
    Type* type = u->type;
    int i = shared_key_index(type, name);
    if (i < 0 && v && type->shared_keys.size() < kMaxSharedKeys + type->nslot_keys) {
      type->shared_keys.push_back(name);
      i = int(type->shared_keys.size() - 1);
      ++t.vm.class_epoch;  // cached "no instance attribute `name`" answers become stale
    }
    if (i >= 0 && uint32_t(i) < u->capacity) {
      Value* vals = u->values();
      if (!v) {  // delete
        if (!vals[i]) return false;
        vals[i].clear();
        return true;
      }
      if (instance_can_store_inline(u, uint32_t(i))) {
        vals[i] = std::move(v);
        return true;
      }
    } else if (!v) {
      return false;
    }
  }
  Dict* d = materialize(t, u);
  if (!v) {
    if (d->find_str(name) < 0) return false;
    d->del(t, Value::borrow(name));
    return true;
  }
  d->set_str(name, std::move(v));
  return true;
}

Dict* instance_dict(Thread& t, const Value& obj, bool create) {
  if (!obj.is_obj()) return nullptr;
  Object* o = obj.obj();
  Value* slot = nullptr;
  if (o->kind == Kind::UserInstance)
    return materialize(t, static_cast<UserInstance*>(o));
  else if (o->kind == Kind::Exception)
    slot = &static_cast<Exception*>(o)->dict;
  else if (o->kind == Kind::Dict && o->type->heap)
    slot = &static_cast<Dict*>(o)->attrs;
  else if (o->kind == Kind::List && o->type->heap)
    slot = &static_cast<List*>(o)->attrs;
  else if ((o->kind == Kind::Str || o->kind == Kind::Tuple || o->kind == Kind::Set ||
            o->kind == Kind::BigInt || o->kind == Kind::Descriptor || o->kind == Kind::Native) &&
           o->type->heap) {
    if (!(o->flags & kFlagExtraDict) && !create) return nullptr;
    slot = &t.vm.extra_dicts[o];
    o->flags |= kFlagExtraDict;
  }
  if (!slot) return nullptr;
  if (slot->is_null()) {
    if (!create) return nullptr;
    *slot = new_dict(t.vm);
  }
  return as_dict(*slot);
}

uint8_t compute_type_hooks(Type* type) {
  Dunders& d = type->vm->dunders;
  uint8_t h = 0;
  if (heap_type_lookup(type, d.__getattribute__)) h |= kHookGetattribute;
  if (heap_type_lookup(type, d.__getattr__)) h |= kHookGetattr;
  if (heap_type_lookup(type, d.__setattr__)) h |= kHookSetattr;
  if (heap_type_lookup(type, d.__delattr__)) h |= kHookDelattr;
  type->hooks = h;
  type->hooks_epoch = type->vm->class_epoch;
  return h;
}

Value lookup_native_special(const Value& obj, Str* name) {
  if (!is_kind(obj, Kind::Native)) return Value();
  return type_lookup(obj.obj()->type, name);
}

Value lookup_special(const Value& obj, Str* name) {
  if (!obj.is_obj()) return Value();
  return heap_type_lookup(obj.obj()->type, name);
}

Value heap_type_lookup(Type* type, Str* name) {
  if (!type->heap) return Value();
  Runtime& vm = *type->vm;
  uintptr_t key = reinterpret_cast<uintptr_t>(name) | 1;
  Value v;
  if (attr_cache_get(vm, type, key, &v)) return v;
  for (Type* k : type->mro) {
    if (!k->heap) break;  // builtin behaviour is the protocol's own native path
    v = k->dict->get_str(name);
    if (v) break;
  }
  attr_cache_put(vm, type, key, v);
  return v;
}

Value call_special(Thread& t, const Value& method, const Value& obj, Value* args, int nargs) {
  Value buf[4];
  buf[0] = obj;
  for (int i = 0; i < nargs && i < 3; ++i) buf[i + 1] = args[i];
  if (is_kind(method, Kind::Descriptor)) {
    auto* d = static_cast<Descriptor*>(method.obj());
    if (d->dkind() == DescriptorKind::StaticMethod) return call(t, d->fget, buf + 1, nargs);
    if (d->dkind() == DescriptorKind::ClassMethod) {
      buf[0] = Value::borrow(obj.obj()->type);
      return call(t, d->fget, buf, nargs + 1);
    }
  }
  return call(t, method, buf, nargs + 1);
}

Value bind_class_attribute(Thread& t, const Value& attr, const Value& obj, Type* type) {
  if (is_kind(attr, Kind::Descriptor) && attr.obj()->type->heap) {
    // A subclass of property/staticmethod/classmethod that defines __get__ in script.
    Value get = lookup_special(attr, t.vm.dunders.__get__);
    if (get) {
      Value a[2] = {obj ? obj : Value::none(), Value::borrow(type)};
      return call_special(t, get, attr, a, 2);
    }
  }
  if (is_function(attr)) {
    if (obj) return new_bound_method(t.vm, attr, obj);
    return attr;
  }
  if (is_kind(attr, Kind::Descriptor)) {
    auto* d = static_cast<Descriptor*>(attr.obj());
    switch (d->dkind()) {
      case DescriptorKind::StaticMethod:
        return d->fget;
      case DescriptorKind::ClassMethod:
        return new_bound_method(t.vm, d->fget, Value::borrow(type));
      case DescriptorKind::Property:
        if (!obj) return attr;
        if (d->fget.is_none() || d->fget.is_null())
          return t.raise(t.vm.types.AttributeError, "property object has no getter");
        return call1(t, d->fget, obj);
    }
  }
  if (obj && is_kind(attr, Kind::NativeFunction)) {
    auto* n = static_cast<NativeFunction*>(attr.obj());
    if (n->owner && n->self.is_null()) return bind_native(t.vm, n, obj);
  }
  if (attr.is_obj() && attr.obj()->type->heap && attr.obj()->kind != Kind::Type) {
    // A descriptor defined in script: attr.__get__(instance or None, owner).
    Value get = lookup_special(attr, t.vm.dunders.__get__);
    if (get) {
      Value a[2] = {obj ? obj : Value::none(), Value::borrow(type)};
      return call_special(t, get, attr, a, 2);
    }
  }
  return attr;
}

bool is_data_descriptor(const Value& attr) {
  if (!attr.is_obj() || attr.obj()->kind == Kind::Type) return false;
  if (attr.obj()->kind == Kind::Descriptor)
    return static_cast<Descriptor*>(attr.obj())->dkind() == DescriptorKind::Property;
  if (!attr.obj()->type->heap) return false;
  Dunders& d = attr.obj()->type->vm->dunders;
  return lookup_special(attr, d.__set__) || lookup_special(attr, d.__delete__);
}

// ---------------------------------------------------------------- making classes

namespace {

Value user_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames);

Value instance_new(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames = nullptr) {
  Value obj;
  if (type->instance_kind == Kind::Type) {
    // type.__new__(metaclass, name, bases, namespace, **kwargs): a class whose type is `type`.
    return type_new_from_args(t, type, args, nargs, kwnames);
  } else if (type->is_exception) {
    obj = new_exception(t, type, new_tuple(t.vm, args, nargs));
  } else if (type->instance_kind == Kind::Dict) {
    obj = Value::steal(new Dict(type));
    Value::incref(type);
  } else if (type->instance_kind == Kind::List) {
    obj = Value::steal(new List(type));
    Value::incref(type);
  } else if (type->instance_kind == Kind::Set && builtin_base(type) == t.vm.types.set) {
    obj = Value::steal(new Set(type));  // filled by set.__init__, as a list or dict is
    Value::incref(type);
  } else if (type->instance_kind == Kind::Native) {
    Type* base = builtin_base(type);
    Object* o = base->native_ops->alloc(t, type);
    if (!o) return Value();
    obj = Value::steal(o);
    Value::incref(type);
  } else if (type->instance_kind == Kind::Descriptor) {
    // A subclass of property, staticmethod or classmethod: made by the base, then retyped.
    Type* base = builtin_base(type);
    obj = base->construct(t, base, args, nargs, kwnames);
    if (!obj) return Value();
    obj.obj()->type = type;
    Value::incref(type);
  } else if (type->instance_kind != Kind::UserInstance) {
    // str, tuple, frozenset: the value is made from the arguments, as their __new__ does.
    Type* base = builtin_base(type);
    Value v = base->construct(t, base, args, nargs, nullptr);
    if (!v) return Value();
    obj = retype_immutable(t, v, type);
  } else {
    obj = Value::steal(user_instance_alloc(type));
    Value::incref(type);  // instances keep their class alive (see destroy_object)
  }
  return obj;
}

Value user_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kwnames) {
  int nkw = kwnames ? int(kwnames->size) : 0;
  // __new__, if a class in the MRO defines one in script.
  Value obj;
  Value new_fn = heap_type_lookup(type, t.vm.dunders.__new__);
  if (new_fn) {
    PrefixedArgs buf(Value::borrow(type), args, nargs + nkw);
    Value fn = is_kind(new_fn, Kind::Descriptor) ? static_cast<Descriptor*>(new_fn.obj())->fget : new_fn;
    obj = call(t, fn, buf.data(), nargs + 1, kwnames);
    if (!obj) return Value();
    if (!is_instance(t, obj, type)) return obj;  // __new__ returned something else: no __init__
  } else {
    obj = instance_new(t, type, args, nargs, kwnames);
    if (!obj) return Value();
  }
  Value init = heap_type_lookup(type, t.vm.names.__init__);
  if (init) {
    PrefixedArgs buf(obj, args, nargs + nkw);
    Value r = call(t, init, buf.data(), nargs + 1, kwnames);
    if (!r) return Value();
    if (!r.is_none())
      return t.raise(t.vm.types.TypeError, "__init__() should return None, not '%s'", type_name(t, r));
  } else if (type->instance_kind == Kind::Dict || type->instance_kind == Kind::List ||
             type->instance_kind == Kind::Native ||
             (type->instance_kind == Kind::Set && !(obj.obj()->flags & kFlagFrozen))) {
    // No __init__ in script: the builtin one fills the new dict, list, set or tasklet.
    Value builtin_init = type_lookup_method(type, t.vm.names.__init__);
    PrefixedArgs buf(obj, args, nargs + nkw);
    if (builtin_init && !call(t, builtin_init, buf.data(), nargs + 1, kwnames)) return Value();
  } else if ((nargs || nkw) && !new_fn && type->instance_kind == Kind::UserInstance) {
    return t.raise(t.vm.types.TypeError, "%s() takes no arguments", type->name.c_str());
  }
  return obj;
}

}  // namespace

Type* winning_metaclass(Thread& t, Type* meta, const Value& bases) {
  Type* winner = meta;
  if (!is_tuple(bases)) return winner;
  Tuple* tup = as_tuple(bases);
  for (int64_t i = 0; i < tup->size; ++i) {
    Type* bm = type_of(t, (*tup)[i]);
    if (winner->is_subtype(bm)) continue;
    if (bm->is_subtype(winner)) {
      winner = bm;
      continue;
    }
    t.raise(t.vm.types.TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

namespace {

// After a class is made: what type.__new__ does with the namespace's special entries.
bool finish_class(Thread& t, Type* type, const Value* kwvalues, Tuple* kwnames) {
  Runtime& vm = t.vm;
  Dict* ns = type->dict;
  // __init_subclass__ and __class_getitem__ are class methods without saying so.
  for (Str* key : {vm.dunders.__init_subclass__, vm.dunders.__class_getitem__}) {
    Value f = ns->get_str(key);
    if (f && is_function(f)) {
      auto* d = new Descriptor(vm.types.classmethod, DescriptorKind::ClassMethod);
      d->fget = f;
      ns->set_str(key, Value::steal(d));
    }
  }
  // __set_name__(owner, name) on every attribute that has one (descriptors learn their name).
  Value self = Value::borrow(type);
  Str* set_name = vm.dunders.__set_name__;
  DictEntries entries = ns->entries;
  for (auto& e : entries) {
    if (e.key.is_null() || !e.value.is_obj() || !e.value.obj()->type->heap) continue;
    Value hook = lookup_special(e.value, set_name);
    if (!hook) continue;
    Value args[2] = {self, e.key};
    if (!call_special(t, hook, e.value, args, 2)) return false;
  }
  // The nearest base's __init_subclass__(**kwargs).
  int nkw = kwnames ? int(kwnames->size) : 0;
  Str* init_sub = vm.dunders.__init_subclass__;
  for (size_t i = 1; i < type->mro.size(); ++i) {
    Type* k = type->mro[i];
    if (!k->heap) break;
    Value hook = k->dict->get_str(init_sub);
    if (!hook) continue;
    Value bound = bind_class_attribute(t, hook, Value(), type);
    if (!bound) return false;
    std::vector<Value> args(kwvalues, kwvalues + nkw);
    return bool(call(t, bound, args.data(), 0, kwnames));
  }
  if (nkw) {  // object.__init_subclass__ takes no keyword arguments
    t.raise(vm.types.TypeError, "%s.__init_subclass__() takes no keyword arguments", type->name.c_str());
    return false;
  }
  return true;
}

}  // namespace

Value type_new_from_args(Thread& t, Type* metatype, Value* args, int nargs, Tuple* kwnames) {
  Runtime& vm = t.vm;
  if (nargs != 3) return t.raise(vm.types.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", nargs);
  if (!is_str(args[0])) return t.raise(vm.types.TypeError, "type.__new__() argument 1 must be str, not %s", type_name(t, args[0]));
  if (!is_tuple(args[1])) return t.raise(vm.types.TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(t, args[1]));
  if (!is_dict(args[2])) return t.raise(vm.types.TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(t, args[2]));
  Value ns = new_dict(vm);
  if (!dict_update(t, as_dict(ns), args[2])) return Value();
  if (!as_dict(ns)->get_str(vm.names.__module__)) {
    Frame* f = t.ctx.frame;
    Value m = f ? f->globals()->get_str(vm.names.__name__) : Value();
    if (m) as_dict(ns)->set_str(vm.names.__module__, m);
  }
  Value cell = as_dict(ns)->get_str(vm.dunders.__classcell__);
  if (cell) as_dict(ns)->del(t, Value::borrow(vm.dunders.__classcell__));
  Type* meta = winning_metaclass(t, metatype, args[1]);
  if (!meta) return Value();
  Value cls = type_new(t, meta, as_str(args[0]), args[1], as_dict(ns), args + 3, kwnames);
  if (cls && cell && is_kind(cell, Kind::Cell)) static_cast<Cell*>(cell.obj())->value = cls;
  return cls;
}

Value type_new(Thread& t, Type* metatype, Str* name, const Value& bases_v, Dict* ns,
               const Value* kwvalues, Tuple* kwnames) {
  Runtime& vm = t.vm;
  std::vector<Type*> bases;
  if (is_tuple(bases_v)) {
    Tuple* tup = as_tuple(bases_v);
    for (int64_t i = 0; i < tup->size; ++i) {
      const Value& b = (*tup)[i];
      if (!is_kind(b, Kind::Type))
        return t.raise(vm.types.TypeError, "bases must be types");
      Type* bt = static_cast<Type*>(b.obj());
      if (!is_subclassable(vm, bt)) {
        if (bt == vm.types.float_)
          return t.raise(vm.types.NotImplementedError,
                         "eddy does not support subclassing the builtin type 'float' yet");
        return t.raise(vm.types.TypeError, "type '%s' is not an acceptable base type",
                       bt->name.c_str());
      }
      if (std::find(bases.begin(), bases.end(), bt) != bases.end())
        return t.raise(vm.types.TypeError, "duplicate base class %s", bt->name.c_str());
      bases.push_back(bt);
    }
  }
  if (bases.empty()) bases.push_back(vm.types.object);
  auto* type = new Type(&vm, metatype, name->s);
  Value result = Value::steal(type);
  if (metatype->heap) Value::incref(metatype);  // a class holds its metaclass, as instances do
  type->heap = true;
  vm.heap_types.insert(type);
  gc_track(type);
  type->bases = bases;
  for (Type* b : bases)
    if (b->heap) Value::incref(b);
  type->base = bases[0];
  Value::incref(ns);
  type->dict = ns;  // set before anything can fail: destroying the type releases it
  if (Value q = ns->get_str(vm.names.__qualname__)) {  // kept on the type, as CPython does
    if (!is_str(q))
      return t.raise(vm.types.TypeError, "type __qualname__ must be a str, not %s", type_name(t, q));
    type->qualname = as_str(q)->s;
    ns->del(t, Value::borrow(vm.names.__qualname__));
  }
  ns->flags |= kFlagClassDict;
  ++vm.class_epoch;
  if (!c3_mro(type, bases, &type->mro)) {
    std::string names;
    for (Type* b : bases) names += (names.empty() ? "" : ", ") + b->name;
    return t.raise(vm.types.TypeError,
                   "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                   names.c_str());
  }
  for (Type* k : type->mro) {
    if (k->is_exception) type->is_exception = true;
  }
  type->instance_kind = layout_of(vm, type);
  if (type->instance_kind == Kind::Native) type->native_ops = builtin_base(type)->native_ops;
  int layouts = 0;
  for (Type* b : bases) {
    Kind k = layout_of(vm, b);
    if (k != Kind::UserInstance) ++layouts;
    if (k != Kind::UserInstance && k != type->instance_kind) layouts = 99;
  }
  if (layouts == 99)
    return t.raise(vm.types.TypeError, "multiple bases have instance lay-out conflict");
  type->construct = user_construct;
  if (!ns->get_str(vm.names.__doc__)) ns->set_str(vm.names.__doc__, Value::none());
  // Defining __eq__ without __hash__ makes instances unhashable: __hash__ = None, as CPython.
  if (ns->get_str(vm.dunders.__eq__) && !ns->get_str(vm.dunders.__hash__))
    ns->set_str(vm.dunders.__hash__, Value::none());
  // __slots__: the instance may only have these attributes.
  Value slots = ns->get_str(vm.dunders.__slots__);
  if (slots) {
    std::vector<Value> names;
    if (is_str(slots)) {
      names.push_back(slots);
    } else if (!collect_iterable(t, slots, names)) {
      return Value();
    }
    for (auto& n : names)
      if (!is_str(n)) return t.raise(vm.types.TypeError, "__slots__ items must be strings, not '%s'", type_name(t, n));
    for (auto& n : names) {
      if (ns->get_str(as_str(n)))
        return t.raise(vm.types.ValueError, "'%s' in __slots__ conflicts with class variable",
                       as_str(n)->s.c_str());
    }
    type->slots = new_tuple(vm, names.data(), int64_t(names.size()));
  }
  // The slot names of the whole MRO, bases' first, lead the shared keys (see classes.h).
  for (auto it = type->mro.rbegin(); it != type->mro.rend(); ++it) {
    Type* k = *it;
    if (!k->heap || !k->slots) continue;
    Tuple* names = as_tuple(k->slots);
    for (int64_t i = 0; i < names->size; ++i) {
      Str* n = vm.intern(as_str((*names)[i])->s);
      if (n->s == "__dict__" || n->s == "__weakref__") continue;
      if (shared_key_index(type, n) < 0) type->shared_keys.push_back(n);
    }
  }
  type->nslot_keys = uint32_t(type->shared_keys.size());
  if (!finish_class(t, type, kwvalues, kwnames)) return Value();
  return result;
}

// ---------------------------------------------------------------- builtins

namespace {

// __build_class__(body, name, *bases, metaclass=None, **kwargs): finds the metaclass, prepares
// the namespace (metaclass.__prepare__), runs the class body in it, calls the metaclass and fills
// the body's __class__ cell with the class made.
Value b_build_class(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  Runtime& vm = t.vm;
  int nkw = kwnames ? int(kwnames->size) : 0;
  if (nargs < 2 || !is_function(args[0]) || !is_str(args[1]))
    return t.raise(vm.types.TypeError, "__build_class__: need a function and a name");
  Value meta;
  std::vector<Value> call_args(args + 1, args + nargs);  // name, *bases, then keyword values
  std::vector<Value> names;
  for (int i = 0; i < nkw; ++i) {
    if (as_str((*kwnames)[i])->s == "metaclass") {
      meta = args[nargs + i];
      continue;
    }
    names.push_back((*kwnames)[i]);
  }
  Value bases = new_tuple(vm, args + 2, nargs - 2);
  Value orig_bases;
  {
    // PEP 560: a base that is not a class may stand for others (its __mro_entries__).
    std::vector<Value> resolved;
    bool changed = false;
    for (int i = 2; i < nargs; ++i) {
      const Value& b = args[i];
      if (!is_kind(b, Kind::Type)) {
        Value entries_fn = get_attr(t, b, vm.intern("__mro_entries__"));
        if (entries_fn) {
          Value entries = call1(t, entries_fn, bases);
          if (!entries) return Value();
          if (!is_tuple(entries))
            return t.raise(vm.types.TypeError, "__mro_entries__ must return a tuple");
          for (int64_t k = 0; k < as_tuple(entries)->size; ++k) resolved.push_back((*as_tuple(entries))[k]);
          changed = true;
          continue;
        }
        if (!t.pending_is(vm.types.AttributeError)) return Value();
        t.clear_pending();
      }
      resolved.push_back(b);
    }
    if (changed) {
      orig_bases = bases;
      bases = new_tuple(vm, resolved.data(), int64_t(resolved.size()));
    }
  }
  call_args.erase(call_args.begin() + 1, call_args.end());
  call_args.push_back(bases);
  Value kw = names.empty() ? Value() : new_tuple(vm, names.data(), int64_t(names.size()));
  if (!meta || is_kind(meta, Kind::Type)) {
    Type* winner = winning_metaclass(t, meta ? static_cast<Type*>(meta.obj()) : vm.types.type, bases);
    if (!winner) return Value();
    meta = Value::borrow(winner);
  }
  Value ns;
  if (meta.same(Value::borrow(vm.types.type))) {
    ns = new_dict(vm);
  } else {
    Value prepare = get_attr(t, meta, vm.dunders.__prepare__);
    if (!prepare) {
      if (!t.pending_is(vm.types.AttributeError)) return Value();
      t.clear_pending();
      ns = new_dict(vm);
    } else {
      std::vector<Value> pargs = call_args;
      for (int i = 0; i < nkw; ++i)
        if (as_str((*kwnames)[i])->s != "metaclass") pargs.push_back(args[nargs + i]);
      ns = call(t, prepare, pargs.data(), 2, kw ? as_tuple(kw) : nullptr);
      if (!ns) return Value();
      if (!is_dict(ns))
        return t.raise(vm.types.TypeError, "%s.__prepare__() must return a mapping, not %s",
                       is_kind(meta, Kind::Type) ? static_cast<Type*>(meta.obj())->name.c_str() : "<metaclass>",
                       type_name(t, ns));
    }
  }
  if (orig_bases) as_dict(ns)->set_str(vm.intern("__orig_bases__"), orig_bases);
  Value r = run_class_body(t, static_cast<Function*>(args[0].obj()), as_dict(ns));
  if (!r) return Value();
  Value cell = as_dict(ns)->get_str(vm.dunders.__classcell__);
  if (cell) as_dict(ns)->del(t, Value::borrow(vm.dunders.__classcell__));
  for (int i = 0; i < nkw; ++i)
    if (as_str((*kwnames)[i])->s != "metaclass") call_args.push_back(args[nargs + i]);
  Value cls;
  if (meta.same(Value::borrow(vm.types.type))) {
    cls = type_new(t, vm.types.type, as_str(args[1]), bases, as_dict(ns), call_args.data() + 2,
                   kw ? as_tuple(kw) : nullptr);
  } else {
    call_args.insert(call_args.begin() + 2, ns);
    cls = call(t, meta, call_args.data(), 3, kw ? as_tuple(kw) : nullptr);
  }
  if (!cls) return Value();
  if (cell && is_kind(cell, Kind::Cell)) static_cast<Cell*>(cell.obj())->value = cls;
  return cls;
}

// A property without an explicit doc takes its getter's docstring.
static Value accessor_doc(Thread& t, Value fget) {
  Value doc = get_attr(t, fget, t.vm.names.__doc__);
  if (!doc) {
    t.clear_pending();
    return Value::none();
  }
  return doc;
}

Value descriptor_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  DescriptorKind k = type == t.vm.types.property       ? DescriptorKind::Property
                     : type == t.vm.types.staticmethod ? DescriptorKind::StaticMethod
                                                       : DescriptorKind::ClassMethod;
  auto* d = new Descriptor(type, k);
  Value result = Value::steal(d);
  if (k == DescriptorKind::Property) {
    Value a[4];
    if (!parse_args(t, "property", args, nargs, kw, {"fget", "fset", "fdel", "doc"}, 0, a)) return Value();
    d->fget = a[0] ? a[0] : Value::none();
    d->fset = a[1] ? a[1] : Value::none();
    d->fdel = a[2] ? a[2] : Value::none();
    d->doc = a[3] ? a[3] : Value::none();
    if (d->doc.is_none() && !d->fget.is_none()) d->doc = accessor_doc(t, d->fget);
  } else {
    if (!check_nargs(t, type->name.c_str(), nargs, 1, 1)) return Value();
    d->fget = args[0];
  }
  return result;
}

// property.setter/getter/deleter: a copy of the property with one accessor replaced.
Value property_with(Thread& t, Value* args, int nargs, int which) {
  if (!check_nargs(t, which == 0 ? "getter" : which == 1 ? "setter" : "deleter", nargs - 1, 1, 1)) return Value();
  auto* src = static_cast<Descriptor*>(args[0].obj());
  auto* d = new Descriptor(t.vm.types.property, DescriptorKind::Property);
  Value result = Value::steal(d);
  d->fget = which == 0 ? args[1] : src->fget;
  d->fset = which == 1 ? args[1] : src->fset;
  d->fdel = which == 2 ? args[1] : src->fdel;
  d->doc = src->doc;
  if (which == 0) {  // a new getter brings its docstring, as in CPython
    Value doc = accessor_doc(t, args[1]);
    if (!doc.is_none()) d->doc = doc;
  }
  return result;
}
Value property_getter(Thread& t, Value* a, int n, Tuple*) { return property_with(t, a, n, 0); }

// __get__(self, obj, type=None) of functions, property, staticmethod and classmethod: the
// descriptor protocol called explicitly (the attribute look-up binds them natively).
Value descriptor_get(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__get__", nargs - 1, 1, 2)) return Value();
  const Value& obj = args[1];
  Type* owner = nargs > 2 && is_kind(args[2], Kind::Type) ? static_cast<Type*>(args[2].obj())
                                                            : type_of(t, obj);
  if (obj.is_none() && nargs > 2) {
    if (is_kind(args[0], Kind::Descriptor) &&
        static_cast<Descriptor*>(args[0].obj())->dkind() != DescriptorKind::Property)
      return bind_class_attribute(t, args[0], Value(), owner);
    return args[0];
  }
  return bind_class_attribute(t, args[0], obj, owner);
}

// property.__set__(obj, value) / __delete__(obj).
Value property_set(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__set__", nargs - 1, 2, 2)) return Value();
  auto* d = static_cast<Descriptor*>(args[0].obj());
  if (d->fset.is_none() || d->fset.is_null()) return t.raise(t.vm.types.AttributeError, "can't set attribute");
  return call2(t, d->fset, args[1], args[2]) ? Value::none() : Value();
}
Value property_delete(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__delete__", nargs - 1, 1, 1)) return Value();
  auto* d = static_cast<Descriptor*>(args[0].obj());
  if (d->fdel.is_none() || d->fdel.is_null()) return t.raise(t.vm.types.AttributeError, "can't delete attribute");
  return call1(t, d->fdel, args[1]) ? Value::none() : Value();
}
Value property_setter(Thread& t, Value* a, int n, Tuple*) { return property_with(t, a, n, 1); }
Value property_deleter(Thread& t, Value* a, int n, Tuple*) { return property_with(t, a, n, 2); }

// super() and super(type, obj).
Value super_construct(Thread& t, Type*, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "super", kw) || !check_nargs(t, "super", nargs, 0, 2)) return Value();
  Value start, obj;
  if (nargs == 2) {
    start = args[0];
    obj = args[1];
  } else if (nargs == 0) {
    // The zero-argument form reads the calling frame: its __class__ cell and first argument.
    Frame* f = t.ctx.frame;
    if (!f || (f->fflags & kFrameModule)) return t.raise(t.vm.types.RuntimeError, "super(): no arguments");
    Code* co = f->code;
    for (int i = 0; i < co->nfrees; ++i)
      if (as_str(co->freevars[size_t(i)])->s == "__class__")
        start = static_cast<Cell*>(f->cells()[co->ncells + i].obj())->value;
    if (!start) return t.raise(t.vm.types.RuntimeError, "super(): __class__ cell not found");
    if (co->argcount == 0 && !(co->flags & kCodeVarargs))
      return t.raise(t.vm.types.RuntimeError, "super(): no arguments");
    obj = f->slots()[0];
    for (int i = 0; i < co->ncells; ++i)
      if (co->cell_from_arg[size_t(i)] == 0) obj = static_cast<Cell*>(f->cells()[i].obj())->value;
    if (!obj) return t.raise(t.vm.types.RuntimeError, "super(): arg[0] deleted");
  } else {
    return t.raise(t.vm.types.NotImplementedError, "eddy does not support unbound super objects");
  }
  if (!is_kind(start, Kind::Type))
    return t.raise(t.vm.types.TypeError, "super() argument 1 must be a type, not %s", type_name(t, start));
  Type* st = static_cast<Type*>(start.obj());
  bool ok = (is_kind(obj, Kind::Type) && static_cast<Type*>(obj.obj())->is_subtype(st)) ||
            is_instance(t, obj, st);
  if (!ok) return t.raise(t.vm.types.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  auto* s = new Super(t.vm.types.super);
  s->start = start;
  s->obj = obj;
  return Value::steal(s);
}

// object's own methods, reachable through super() and explicit calls.
Value object_init(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (nargs > 1 || (kw && kw->size))
    return t.raise(t.vm.types.TypeError,
                   "object.__init__() takes exactly one argument (the instance to initialize)");
  return Value::none();
}

Value object_new(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (nargs < 1 || !is_kind(args[0], Kind::Type))
    return t.raise(t.vm.types.TypeError, "object.__new__(X): X is not a type object");
  Type* type = static_cast<Type*>(args[0].obj());
  if (!type->heap) return call(t, args[0], nullptr, 0);
  return instance_new(t, type, args + 1, nargs - 1);
}

// str.__new__(cls, ...), tuple.__new__, ...: bound to the builtin type (args[0]); makes an
// instance of cls, which must be that type or a subclass of it.
Value builtin_new(Thread& t, Value* args, int nargs, Tuple* kw) {
  Type* base = static_cast<Type*>(args[0].obj());
  const char* bn = base->name.c_str();
  if (nargs < 2) return t.raise(t.vm.types.TypeError, "%s.__new__(): not enough arguments", bn);
  if (!is_kind(args[1], Kind::Type))
    return t.raise(t.vm.types.TypeError, "%s.__new__(X): X is not a type object (%s)", bn,
                   type_name(t, args[1]));
  Type* cls = static_cast<Type*>(args[1].obj());
  if (!cls->is_subtype(base))
    return t.raise(t.vm.types.TypeError, "%s.__new__(%s): %s is not a subtype of %s", bn,
                   cls->name.c_str(), cls->name.c_str(), bn);
  if (!cls->heap) return cls->construct(t, cls, args + 2, nargs - 2, kw);
  if (builtin_base(cls) != base)
    return t.raise(t.vm.types.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", bn,
                   cls->name.c_str(), builtin_base(cls)->name.c_str());
  return instance_new(t, cls, args + 2, nargs - 2, kw);
}

// str.__repr__, list.__repr__, ...: the builtin repr, also for instances of subclasses.
Value builtin_type_repr(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__repr__", nargs - 1, 0, 0)) return Value();
  std::string out;
  if (!builtin_repr_into(t, args[0], out)) return Value();
  return new_str(t.vm, std::move(out));
}

// type's own methods, reached from metaclasses through super() and explicit calls.
Value type_call(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (nargs < 1 || !is_kind(args[0], Kind::Type))
    return t.raise(t.vm.types.TypeError, "descriptor '__call__' requires a 'type' object");
  auto* ty = static_cast<Type*>(args[0].obj());
  if (!ty->construct) return t.raise(t.vm.types.TypeError, "cannot create '%s' instances", ty->name.c_str());
  return ty->construct(t, ty, args + 1, nargs - 1, kw);
}

Value type_init(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (nargs != 2 && nargs != 4)
    return t.raise(t.vm.types.TypeError, "type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

Value type_prepare(Thread& t, Value* args, int nargs, Tuple* kw) { return new_dict(t.vm); }

// object.__init_subclass__(cls): a class method that accepts no arguments.
Value object_init_subclass(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && kw->size) || nargs > 1) {
    const char* name = nargs && is_kind(args[0], Kind::Type) ? static_cast<Type*>(args[0].obj())->name.c_str() : "object";
    if (kw && kw->size) return t.raise(t.vm.types.TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
    return t.raise(t.vm.types.TypeError, "%s.__init_subclass__() takes no arguments (%d given)", name, nargs - 1);
  }
  return Value::none();
}

// The container protocol of builtin types as methods (list.__len__, dict.__getitem__, ...):
// what hasattr(x, "__iter__") sees, and what super().__getitem__ in a subclass reaches. They run
// the builtin behaviour, never the subclass's override.
Value builtin_len(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__len__", nargs - 1, 0, 0)) return Value();
  int64_t n = length(t, args[0], true);
  return n < 0 ? Value() : Value::integer(n);
}
Value builtin_getitem(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__getitem__", nargs - 1, 1, 1)) return Value();
  return get_item(t, args[0], args[1], true);
}
Value builtin_setitem(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__setitem__", nargs - 1, 2, 2)) return Value();
  return set_item(t, args[0], args[1], args[2], true) ? Value::none() : Value();
}
Value builtin_delitem(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__delitem__", nargs - 1, 1, 1)) return Value();
  return del_item(t, args[0], args[1], true) ? Value::none() : Value();
}
Value builtin_contains(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__contains__", nargs - 1, 1, 1)) return Value();
  int r = contains(t, args[0], args[1], true);
  return r < 0 ? Value() : Value::boolean(r);
}
Value builtin_iter(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__iter__", nargs - 1, 0, 0)) return Value();
  return get_iter(t, args[0], true);
}

Value object_repr(Thread& t, Value* args, int nargs, Tuple*) {
  Type* type = type_of(t, args[0]);
  std::string module = "builtins";
  if (type->heap) {
    Value m = type->dict->get_str(t.vm.names.__module__);
    if (m && is_str(m)) module = as_str(m)->s;
  }
  const std::string& qual = type->qual();
  return new_str(t.vm, strfmt("<%s.%s object at %p>", module.c_str(), qual.c_str(),
                              args[0].is_obj() ? static_cast<void*>(args[0].obj()) : nullptr));
}

Value object_str(Thread& t, Value* args, int nargs, Tuple*) { return repr(t, args[0]); }

Value object_eq(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__eq__", nargs - 1, 1, 1)) return Value();
  return args[0].same(args[1]) ? Value::boolean(true) : t.vm.not_implemented;
}

Value object_ne(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__ne__", nargs - 1, 1, 1)) return Value();
  int r = equals(t, args[0], args[1]);
  if (r < 0) return Value();
  return Value::boolean(!r);
}

Value object_hash(Thread& t, Value* args, int nargs, Tuple*) {
  uint64_t y = uint64_t(reinterpret_cast<uintptr_t>(args[0].is_obj() ? args[0].obj() : nullptr));
  y = (y >> 4) | (y << 60);
  return Value::integer(int64_t(y >> 1));
}

Value object_setattr(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__setattr__", nargs - 1, 2, 2)) return Value();
  if (!is_str(args[1])) return t.raise(t.vm.types.TypeError, "attribute name must be string");
  if (!generic_set_attr(t, args[0], t.vm.intern(as_str(args[1])->s), args[2])) return Value();
  return Value::none();
}

Value object_delattr(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__delattr__", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1])) return t.raise(t.vm.types.TypeError, "attribute name must be string");
  if (!generic_set_attr(t, args[0], t.vm.intern(as_str(args[1])->s), Value())) return Value();
  return Value::none();
}

Value object_getattribute(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__getattribute__", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1])) return t.raise(t.vm.types.TypeError, "attribute name must be string");
  return generic_get_attr(t, args[0], t.vm.intern(as_str(args[1])->s));
}

Value exception_init(Thread& t, Value* args, int nargs, Tuple*) {
  if (is_kind(args[0], Kind::Exception))
    static_cast<Exception*>(args[0].obj())->args = new_tuple(t.vm, args + 1, nargs - 1);
  return Value::none();
}

// object.__subclasshook__(subclass): "no opinion", which lets issubclass() decide normally.
Value object_subclasshook(Thread& t, Value*, int, Tuple*) { return t.vm.not_implemented; }

// `X | Y` of types (PEP 604): a types.UnionType, a tuple of the distinct member types that
// isinstance() and issubclass() accept like a tuple. None stands for NoneType.
Value type_or(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__or__", nargs - 1, 1, 1)) return Value();
  return type_union(t, args[0], args[1]);
}

}  // namespace

Value type_union(Thread& t, const Value& a, const Value& b) {
  const Value args[2] = {a, b};
  std::vector<Value> members;
  for (int side = 0; side < 2; ++side) {
    const Value& v = args[side];
    if (v.is_none()) {
      members.push_back(Value::borrow(t.vm.types.none));
    } else if (is_kind(v, Kind::Type)) {
      members.push_back(v);
    } else if (is_kind(v, Kind::Tuple) && v.obj()->type == t.vm.types.union_type) {
      Tuple* u = as_tuple(v);
      for (int64_t i = 0; i < u->size; ++i) members.push_back((*u)[i]);
    } else {
      return t.vm.not_implemented;
    }
  }
  std::vector<Value> unique;
  for (auto& m : members) {
    bool seen = false;
    for (auto& u : unique) seen = seen || u.same(m);
    if (!seen) unique.push_back(m);
  }
  if (unique.size() == 1) return unique[0];
  Value r = new_tuple(t.vm, unique.data(), int64_t(unique.size()));
  r.obj()->type = t.vm.types.union_type;
  return r;
}

namespace {

Value type_ror(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "__ror__", nargs - 1, 1, 1)) return Value();
  return type_union(t, args[1], args[0]);
}

// type.mro(): the linearization, as a list (what __mro__ holds).
Value type_mro(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "mro", nargs - 1, 0, 0)) return Value();
  if (!is_kind(args[0], Kind::Type)) return t.raise(t.vm.types.TypeError, "descriptor 'mro' requires a 'type' object");
  std::vector<Value> items;
  for (Type* x : static_cast<Type*>(args[0].obj())->mro) items.push_back(Value::borrow(x));
  return new_list(t.vm, std::move(items));
}

// type.__subclasses__(): the live direct subclasses, oldest first (CPython's order).
Value type_subclasses(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__subclasses__", nargs - 1, 0, 0)) return Value();
  if (!is_kind(args[0], Kind::Type))
    return t.raise(t.vm.types.TypeError, "descriptor '__subclasses__' requires a 'type' object");
  auto* self = static_cast<Type*>(args[0].obj());
  std::vector<Type*> found;
  auto consider = [&](Type* ty) {
    const std::vector<Type*>& bases = ty->heap ? ty->bases : std::vector<Type*>{ty->base};
    if (std::find(bases.begin(), bases.end(), self) != bases.end()) found.push_back(ty);
  };
  for (Type* ty : t.vm.all_types) consider(ty);
  for (Type* ty : t.vm.heap_types) consider(ty);
  std::sort(found.begin(), found.end(), [](Type* a, Type* b) { return a->serial < b->serial; });
  std::vector<Value> items;
  for (Type* ty : found) items.push_back(Value::borrow(ty));
  return new_list(t.vm, std::move(items));
}

}  // namespace

void init_class_types(Thread& t) {
  Runtime& vm = t.vm;
  for (Type* ty : {vm.types.property, vm.types.staticmethod, vm.types.classmethod})
    ty->construct = descriptor_construct;
  vm.types.super->construct = super_construct;
  add_method(vm, vm.types.property, "getter", property_getter);
  for (Type* ty : {vm.types.property, vm.types.staticmethod, vm.types.classmethod, vm.types.function})
    add_method(vm, ty, "__get__", descriptor_get);
  add_method(vm, vm.types.property, "__set__", property_set);
  add_method(vm, vm.types.property, "__delete__", property_delete);
  add_method(vm, vm.types.property, "setter", property_setter);
  add_method(vm, vm.types.property, "deleter", property_deleter);
  add_method(vm, vm.types.object, "__init__", object_init);
  add_method(vm, vm.types.object, "__repr__", object_repr);
  add_method(vm, vm.types.object, "__str__", object_str);
  add_method(vm, vm.types.object, "__eq__", object_eq);
  add_method(vm, vm.types.object, "__ne__", object_ne);
  add_method(vm, vm.types.object, "__hash__", object_hash);
  add_method(vm, vm.types.object, "__setattr__", object_setattr);
  add_method(vm, vm.types.object, "__delattr__", object_delattr);
  add_method(vm, vm.types.object, "__getattribute__", object_getattribute);
  vm.types.object->dict->set_str(vm.dunders.__new__, new_native(vm, "__new__", object_new));
  for (Type* ty : {vm.types.str, vm.types.tuple, vm.types.frozenset, vm.types.set, vm.types.list,
                   vm.types.dict, vm.types.int_, vm.types.float_})
    ty->dict->set_str(vm.dunders.__new__, new_native(vm, "__new__", builtin_new, Value::borrow(ty)));
  for (Type* ty : {vm.types.str, vm.types.tuple, vm.types.frozenset, vm.types.set, vm.types.list,
                   vm.types.dict, vm.types.int_, vm.types.float_, vm.types.bool_, vm.types.type})
    add_method(vm, ty, "__repr__", builtin_type_repr);
  vm.types.type->dict->set_str(vm.dunders.__new__,
                               new_native(vm, "__new__", builtin_new, Value::borrow(vm.types.type)));
  add_method(vm, vm.types.type, "__call__", type_call);
  for (Type* ty : {vm.types.str, vm.types.tuple, vm.types.list, vm.types.dict, vm.types.set,
                   vm.types.frozenset, vm.types.range}) {
    add_method(vm, ty, "__len__", builtin_len);
    add_method(vm, ty, "__contains__", builtin_contains);
    add_method(vm, ty, "__iter__", builtin_iter);
    if (ty != vm.types.set && ty != vm.types.frozenset) add_method(vm, ty, "__getitem__", builtin_getitem);
  }
  for (Type* ty : {vm.types.list, vm.types.dict, vm.types.set})  // unhashable, as in CPython
    ty->dict->set_str(vm.dunders.__hash__, Value::none());
  for (Type* ty : {vm.types.list, vm.types.dict}) {
    add_method(vm, ty, "__setitem__", builtin_setitem);
    add_method(vm, ty, "__delitem__", builtin_delitem);
  }
  add_classmethod(vm, vm.types.object, "__init_subclass__", object_init_subclass);
  add_classmethod(vm, vm.types.object, "__subclasshook__", object_subclasshook);
  add_method(vm, vm.types.type, "__init__", type_init);
  add_method(vm, vm.types.type, "mro", type_mro);
  add_method(vm, vm.types.type, "__or__", type_or);
  add_method(vm, vm.types.type, "__ror__", type_ror);
  add_method(vm, vm.types.union_type, "__or__", type_or);
  add_method(vm, vm.types.union_type, "__ror__", type_ror);
  add_method(vm, vm.types.type, "__subclasses__", type_subclasses);
  vm.types.type->dict->set_str(vm.dunders.__prepare__, new_native(vm, "__prepare__", type_prepare));
  add_method(vm, vm.types.BaseException, "__init__", exception_init);
  Dict* b = vm.builtins ? vm.builtins->dict : nullptr;
  if (b) add_function(vm, b, "__build_class__", b_build_class);
}

}  // namespace eddy
