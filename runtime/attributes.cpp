// The object protocol, part 2: attributes. Look-up, binding and assignment of attributes on
// builtin objects, modules, types, instances of script classes and super objects, with the
// descriptor rules (property, staticmethod, classmethod). See ops.h for the conventions.
#include "runtime/ops.h"
#include <cmath>
#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/native.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/module.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/weakref.h"
#include "runtime/ops_internal.h"

namespace eddy {

// ---------------------------------------------------------------- attributes

// Looks `name` up along the type's MRO.
Value type_lookup(Type* type, Str* name) {
  Runtime& vm = *type->vm;
  uintptr_t key = reinterpret_cast<uintptr_t>(name);
  Value v;
  if (attr_cache_get(vm, type, key, &v)) return v;
  for (Type* t : type->mro) {
    if (!t->dict) continue;
    v = t->dict->get_str(name);
    if (v) break;
  }
  attr_cache_put(vm, type, key, v);
  return v;
}

namespace {

// Attributes computed from the object's plain fields.
Value special_attr(Thread& t, const Value& obj, Str* name, bool* found) {
  *found = true;
  const std::string& n = name->s;
  Runtime& vm = t.vm;
  if (obj.is_int() || obj.is_bool() || is_bigint(obj)) {
    if (n == "real" || n == "numerator") {
      if (is_bigint(obj) && obj.obj()->type->heap) return int_from_mpz(t, static_cast<BigInt*>(obj.obj())->z);
      return obj.is_bool() ? Value::integer(obj.as_int()) : obj;
    }
    if (n == "imag") return Value::integer(0);
    if (n == "denominator") return Value::integer(1);
  } else if (obj.is_float()) {
    if (n == "real") return obj;
    if (n == "imag") return Value::real(0.0);
  }
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->kind) {
      case Kind::Module: {
        Dict* md = static_cast<Module*>(o)->dict;
        Value v = md->get_str(name);
        if (v) return v;
        if (n == "__dict__") return Value::borrow(md);
        if (n != "__class__") {  // a module-level __getattr__ (PEP 562)
          Value hook = md->get_str(vm.dunders.__getattr__);
          if (hook) {
            Value arg = Value::borrow(name);
            return call(t, hook, &arg, 1);
          }
        }
        break;
      }
      case Kind::Type: {
        auto* ty = static_cast<Type*>(o);
        Value v = type_lookup(ty, name);
        if (v) return is_kind(v, Kind::Descriptor) ? bind_class_attribute(t, v, Value(), ty) : v;
        if (n == "__dict__" && ty->dict) return Value::borrow(ty->dict);
        if (n == "__name__" || n == "__qualname__") return new_str(vm, ty->name);
        if (n == "__module__") return new_str(vm, "builtins");
        if (n == "__doc__") return Value::none();
        if (n == "__mro__") {
          std::vector<Value> m;
          for (Type* x : ty->mro) m.push_back(Value::borrow(x));
          return new_tuple(vm, m.data(), int64_t(m.size()));
        }
        if (n == "__bases__") {
          if (!ty->base) return vm.empty_tuple;
          return new_tuple(vm, {Value::borrow(ty->base)});
        }
        if (n == "__base__") return ty->base ? Value::borrow(ty->base) : Value::none();
        if (Value m = type_lookup(ty->type, name)) return bind_class_attribute(t, m, obj, ty->type);
        break;
      }
      case Kind::Function: {
        auto* f = static_cast<Function*>(o);
        if (f->dict && is_dict(f->dict)) {
          Value v = as_dict(f->dict)->get_str(name);
          if (v) return v;
        }
        if (n == "__name__") return f->name;
        if (n == "__qualname__") return f->qualname;
        if (n == "__module__") return f->module;
        if (n == "__doc__") return f->doc;
        if (n == "__defaults__") return f->defaults ? f->defaults : Value::none();
        if (n == "__kwdefaults__") return f->kwdefaults ? f->kwdefaults : Value::none();
        if (n == "__annotations__") {
          if (!f->annotations) f->annotations = new_dict(vm);
          return f->annotations;
        }
        if (n == "__code__") return Value::borrow(f->code);
        if (n == "__globals__") return Value::borrow(f->globals);
        if (n == "__closure__") return f->closure ? f->closure : Value::none();
        if (n == "__dict__") {
          if (!f->dict) f->dict = new_dict(vm);
          return f->dict;
        }
        break;
      }
      case Kind::NativeFunction: {
        auto* nf = static_cast<NativeFunction*>(o);
        if (n == "__name__" || n == "__qualname__") return new_str(vm, nf->name);
        if (n == "__self__") return nf->self ? nf->self : Value::none();
        if (n == "__doc__") return Value::none();
        if (n == "__module__") return new_str(vm, "builtins");
        break;
      }
      case Kind::BoundMethod: {
        auto* m = static_cast<BoundMethod*>(o);
        if (n == "__self__") return m->self;
        if (n == "__func__") return m->func;
        if (n == "__class__") break;
        // Anything else is the function's (CPython's method objects forward attributes).
        return get_attr(t, m->func, name);
      }
      case Kind::Exception: {
        auto* e = static_cast<Exception*>(o);
        if (e->dict) {
          Value v = as_dict(e->dict)->get_str(name);
          if (v) return v;
        }
        if (n == "args") return e->args;
        if (n == "__traceback__") return e->traceback;
        if (n == "__cause__") return e->cause;
        if (n == "__context__") return e->context;
        if (n == "__suppress_context__") return Value::boolean(e->suppress_context);
        if (n == "__dict__") {
          if (!e->dict) e->dict = new_dict(vm);
          return e->dict;
        }
        break;
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        if (n == "start") return Value::integer(r->start);
        if (n == "stop") return Value::integer(r->stop);
        if (n == "step") return Value::integer(r->step);
        break;
      }
      case Kind::Slice: {
        auto* s = static_cast<Slice*>(o);
        if (n == "start") return s->start;
        if (n == "stop") return s->stop;
        if (n == "step") return s->step;
        break;
      }
      case Kind::Code: {
        auto* c = static_cast<Code*>(o);
        if (n == "co_name") return new_str(vm, c->name);
        if (n == "co_filename") return new_str(vm, c->filename);
        if (n == "co_firstlineno") return Value::integer(c->firstlineno);
        if (n == "co_argcount") return Value::integer(c->argcount);
        if (n == "co_varnames") return new_tuple(vm, c->varnames.data(), int64_t(c->varnames.size()));
        break;
      }
      case Kind::Traceback: {
        auto* tb = static_cast<Traceback*>(o);
        if (n == "tb_next") return tb->next ? tb->next : Value::none();
        if (n == "tb_lineno") return Value::integer(tb->lineno);
        if (n == "tb_frame") return Value::borrow(tb->frame);
        break;
      }
      case Kind::Generator: {
        auto* g = static_cast<Generator*>(o);
        if (n == "__name__") return g->name;
        if (n == "__qualname__") return g->qualname;
        if (n == "gi_running") return Value::boolean(g->running);
        if (n == "gi_frame") return g->frame ? Value::borrow(g->frame) : Value::none();
        if (n == "gi_code") return g->frame ? Value::borrow(g->frame->code) : Value::none();
        break;
      }
      case Kind::Tuple:
        if (o->type == vm.types.union_type && n == "__args__") {
          auto* u = static_cast<Tuple*>(o);
          return new_tuple(vm, u->items(), u->size);
        }
        break;
      case Kind::Cell: {
        if (n != "cell_contents") break;
        Value v = static_cast<Cell*>(o)->value;
        return v ? v : t.raise(vm.types.ValueError, "Cell is empty");
      }
      case Kind::WeakRef: {
        auto* w = static_cast<WeakRef*>(o);
        if (n == "__callback__") return w->callback ? w->callback : Value::none();
        break;
      }
      case Kind::Frame: {
        auto* f = static_cast<Frame*>(o);
        if (n == "f_code") return Value::borrow(f->code);
        if (n == "f_lineno") return Value::integer(f->line());
        if (n == "f_back") return f->back ? Value::borrow(f->back) : Value::none();
        if (n == "f_globals") return Value::borrow(f->globals());
        break;
      }
      default:
        break;
    }
  }
  if (n == "__class__") return Value::borrow(type_of(t, obj));
  *found = false;
  return Value();
}

Value attribute_error(Thread& t, const Value& obj, Str* name) {
  if (is_module(obj)) {
    Value mn = static_cast<Module*>(obj.obj())->dict->get_str(t.vm.names.__name__);
    return t.raise(t.vm.types.AttributeError, "module '%s' has no attribute '%s'",
                   mn && is_str(mn) ? as_str(mn)->s.c_str() : "?", name->s.c_str());
  }
  if (is_kind(obj, Kind::Type))
    return t.raise(t.vm.types.AttributeError, "type object '%s' has no attribute '%s'",
                   static_cast<Type*>(obj.obj())->name.c_str(), name->s.c_str());
  return t.raise(t.vm.types.AttributeError, "'%s' object has no attribute '%s'", type_name(t, obj),
                 name->s.c_str());
}

bool is_method_descriptor(const Value& v) {
  if (is_function(v)) return true;
  if (is_kind(v, Kind::NativeFunction)) {
    auto* n = static_cast<NativeFunction*>(v.obj());
    return n->owner != nullptr && n->self.is_null();
  }
  return false;
}

}  // namespace

Value type_lookup_method(Type* type, Str* name) {
  Value m = type_lookup(type, name);
  return m && is_method_descriptor(m) ? m : Value();
}

namespace {

bool slots_allow(Type* type, Str* name, bool* restricted);

// Attribute look-up on an instance of a class defined in script: object.__getattribute__, then
// (when `hooks`) the class's __getattr__ for a missing name.
Value generic_getattr(Thread& t, const Value& obj, Str* name, bool* is_method, bool hooks) {
  Type* type = obj.obj()->type;
  Value cls_attr = type_lookup(type, name);
  if (cls_attr.is_obj() && cls_attr.obj()->kind != Kind::Function && is_data_descriptor(cls_attr))
    return bind_class_attribute(t, cls_attr, obj, type);  // a data descriptor wins
  if (obj.obj()->kind == Kind::UserInstance) {
    Value v = instance_attr_get(static_cast<UserInstance*>(obj.obj()), name);
    if (v) return v;
  } else if (Dict* d = instance_dict(t, obj, false)) {
    Value v = d->get_str(name);
    if (v) return v;
  }
  if (obj.obj()->kind != Kind::UserInstance) {  // an exception's fields, an int's .real, ...
    bool found;
    Value v = special_attr(t, obj, name, &found);
    if (found || t.has_pending()) return v;
  }
  if (cls_attr) {
    if (is_method_descriptor(cls_attr)) {
      *is_method = true;
      return cls_attr;
    }
    return bind_class_attribute(t, cls_attr, obj, type);
  }
  if (name->s == "__dict__") {
    bool restricted;
    slots_allow(type, name, &restricted);
    if (!restricted) {  // (instances of classes whose every level has __slots__ have no dict)
      Dict* d = instance_dict(t, obj, true);
      if (d) return Value::borrow(d);
    }
  }
  if (name->s == "__class__") return Value::borrow(type);
  Value ga = hooks && (type_hooks(type) & kHookGetattr) ? lookup_special(obj, t.vm.dunders.__getattr__) : Value();
  if (ga) {
    Value n = Value::borrow(name);
    return call_special(t, ga, obj, &n, 1);
  }
  return t.raise(t.vm.types.AttributeError, "'%s' object has no attribute '%s'", type->name.c_str(),
                 name->s.c_str());
}

// The same with a __getattribute__ defined in script, which replaces the generic look-up (and
// falls back on __getattr__ when it raises AttributeError).
Value instance_getattr(Thread& t, const Value& obj, Str* name, bool* is_method) {
  if (!(type_hooks(obj.obj()->type) & kHookGetattribute)) return generic_getattr(t, obj, name, is_method, true);
  Value hook = lookup_special(obj, t.vm.dunders.__getattribute__);
  Value arg = Value::borrow(name);
  Value r = call_special(t, hook, obj, &arg, 1);
  if (r || !t.pending_is(t.vm.types.AttributeError)) return r;
  Value ga = lookup_special(obj, t.vm.dunders.__getattr__);
  if (!ga) return r;
  t.clear_pending();
  return call_special(t, ga, obj, &arg, 1);
}

// Attribute look-up on a class defined in script.
Value class_getattr(Thread& t, Type* ty, Str* name) {
  // A metaclass defined in script: its properties win, its other attributes come last.
  Type* meta = ty->type;
  Value meta_attr = meta->heap ? type_lookup(meta, name) : Value();
  Value self = Value::borrow(ty);
  if (is_kind(meta_attr, Kind::Descriptor) &&
      static_cast<Descriptor*>(meta_attr.obj())->dkind() == DescriptorKind::Property)
    return bind_class_attribute(t, meta_attr, self, meta);
  Value v = type_lookup(ty, name);
  if (v) return bind_class_attribute(t, v, Value(), ty);
  if (meta_attr) return bind_class_attribute(t, meta_attr, self, meta);
  const std::string& n = name->s;
  if (n == "__name__") return new_str(t.vm, ty->name);
  if (n == "__qualname__") return new_str(t.vm, ty->qual());
  if (n == "__dict__") return Value::borrow(ty->dict);
  if (n == "__class__") return Value::borrow(ty->type);
  if (n == "__mro__") {
    std::vector<Value> m;
    for (Type* x : ty->mro) m.push_back(Value::borrow(x));
    return new_tuple(t.vm, m.data(), int64_t(m.size()));
  }
  if (n == "__bases__") {
    std::vector<Value> b;
    for (Type* x : ty->bases) b.push_back(Value::borrow(x));
    return new_tuple(t.vm, b.data(), int64_t(b.size()));
  }
  if (n == "__base__") return ty->base ? Value::borrow(ty->base) : Value::none();
  if (!meta->heap) {  // type's own methods: mro(), __subclasses__()
    Value m = type_lookup(meta, name);
    if (m) return bind_class_attribute(t, m, self, meta);
  } else {
    Value ga = heap_type_lookup(meta, t.vm.dunders.__getattr__);
    if (ga) {
      Value arg = Value::borrow(name);
      return call_special(t, ga, self, &arg, 1);
    }
  }
  return t.raise(t.vm.types.AttributeError, "type object '%s' has no attribute '%s'", ty->name.c_str(),
                 n.c_str());
}

Value super_getattr(Thread& t, Super* s, Str* name) {
  Type* start = static_cast<Type*>(s->start.obj());
  // super(C, cls) with cls a subclass of C: class-level binding; otherwise obj is an instance
  // (possibly a class that is an instance of the metaclass C).
  bool obj_is_type = is_kind(s->obj, Kind::Type) && static_cast<Type*>(s->obj.obj())->is_subtype(start);
  Type* objtype = obj_is_type ? static_cast<Type*>(s->obj.obj()) : type_of(t, s->obj);
  auto& mro = objtype->mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != start) ++i;
  for (++i; i < mro.size(); ++i) {
    if (!mro[i]->dict) continue;
    Value v = mro[i]->dict->get_str(name);
    if (!v) continue;
    if (obj_is_type) return bind_class_attribute(t, v, Value(), objtype);
    return bind_class_attribute(t, v, s->obj, objtype);
  }
  return t.raise(t.vm.types.AttributeError, "'super' object has no attribute '%s'", name->s.c_str());
}

// The names a class with __slots__ allows on its instances, or false when unrestricted.
bool slots_allow(Type* type, Str* name, bool* restricted) {
  *restricted = false;
  for (Type* k : type->mro) {
    if (!k->heap) break;
    if (k->slots.is_null()) return true;  // a class without __slots__ gives instances a dict
  }
  *restricted = true;
  for (Type* k : type->mro) {
    if (!k->heap) break;
    Tuple* names = as_tuple(k->slots);
    for (int64_t i = 0; i < names->size; ++i)
      if (as_str((*names)[i])->s == name->s) return true;
  }
  return false;
}

bool instance_setattr(Thread& t, const Value& obj, Str* name, Value v, bool del, bool hooks = true) {
  Type* type = obj.obj()->type;
  Value hook = hooks && (type_hooks(type) & (del ? kHookDelattr : kHookSetattr))
                   ? lookup_special(obj, del ? t.vm.dunders.__delattr__ : t.vm.dunders.__setattr__)
                   : Value();
  if (hook) {
    Value args[2] = {Value::borrow(name), std::move(v)};
    return bool(call_special(t, hook, obj, args, del ? 1 : 2));
  }
  Value cls_attr = type_lookup(type, name);
  if (cls_attr.is_obj() && cls_attr.obj()->type->heap && cls_attr.obj()->kind != Kind::Type) {
    // A data descriptor defined in script: __set__(obj, value) / __delete__(obj).
    Value hook = lookup_special(cls_attr, del ? t.vm.dunders.__delete__ : t.vm.dunders.__set__);
    if (hook) {
      Value args[2] = {obj, std::move(v)};
      return bool(call_special(t, hook, cls_attr, args, del ? 1 : 2));
    }
    if (lookup_special(cls_attr, del ? t.vm.dunders.__set__ : t.vm.dunders.__delete__)) {
      t.raise(t.vm.types.AttributeError, del ? "__delete__" : "__set__");
      return false;
    }
  }
  if (is_kind(cls_attr, Kind::Descriptor) &&
      static_cast<Descriptor*>(cls_attr.obj())->dkind() == DescriptorKind::Property) {
    auto* d = static_cast<Descriptor*>(cls_attr.obj());
    const Value& fn = del ? d->fdel : d->fset;
    if (fn.is_none() || fn.is_null()) {
      t.raise(t.vm.types.AttributeError, "property '%s' of '%s' object has no %s", name->s.c_str(),
              type->name.c_str(), del ? "deleter" : "setter");
      return false;
    }
    return del ? bool(call1(t, fn, obj)) : bool(call2(t, fn, obj, std::move(v)));
  }
  if (obj.obj()->kind == Kind::Exception) {
    const std::string& n = name->s;
    if (n == "__cause__" || n == "__context__" || n == "__traceback__" || n == "__suppress_context__" || n == "args")
      return false;  // handled by the builtin exception path (caller falls through)
  }
  bool restricted;
  if (!slots_allow(type, name, &restricted)) {
    t.raise(t.vm.types.AttributeError, "'%s' object has no attribute '%s'", type->name.c_str(), name->s.c_str());
    return false;
  }
  if (obj.obj()->kind == Kind::UserInstance) {
    if (!instance_attr_set(t, static_cast<UserInstance*>(obj.obj()), name, std::move(v))) {
      t.raise(t.vm.types.AttributeError, "'%s' object has no attribute '%s'", type->name.c_str(), name->s.c_str());
      return false;
    }
    return true;
  }
  Dict* d = instance_dict(t, obj, !del);
  if (del) {
    if (!d || d->find_str(name) < 0) {
      t.raise(t.vm.types.AttributeError, "'%s' object has no attribute '%s'", type->name.c_str(), name->s.c_str());
      return false;
    }
    d->del(t, Value::borrow(name));
    return true;
  }
  d->set_str(name, std::move(v));
  return true;
}

}  // namespace

Value get_method(Thread& t, const Value& obj, Str* name, bool* is_method) {
  *is_method = false;
  if (obj.is_obj()) {
    Object* o = obj.obj();
    if (o->kind == Kind::Super) return super_getattr(t, static_cast<Super*>(o), name);
    if (o->kind == Kind::WeakRef && static_cast<WeakRef*>(o)->is_proxy()) {
      Value target = proxy_target(t, obj);
      return target ? get_method(t, target, name, is_method) : Value();
    }
    if (is_heap_type(obj)) return class_getattr(t, static_cast<Type*>(o), name);
    if (o->type->heap) return instance_getattr(t, obj, name, is_method);
    if (o->kind == Kind::Native) {
      // A tasklet or channel: everything is on its type (methods and properties).
      Value m = type_lookup(o->type, name);
      if (m && is_method_descriptor(m)) {
        *is_method = true;
        return m;
      }
    }
    if (o->kind == Kind::Descriptor) {
      auto* d = static_cast<Descriptor*>(o);
      if (name->s == "fget" || name->s == "__func__") return d->fget;
      if (name->s == "fset") return d->fset;
      if (name->s == "fdel") return d->fdel;
      if (name->s == "__doc__") return d->doc ? d->doc : Value::none();
    }
  }
  bool found;
  Value v = special_attr(t, obj, name, &found);
  if (found || t.has_pending()) return v;
  Type* type = type_of(t, obj);
  Value m = type_lookup(type, name);
  if (m) {
    if (is_method_descriptor(m)) {
      *is_method = true;
      return m;
    }
    if (is_kind(m, Kind::Descriptor)) return bind_class_attribute(t, m, obj, type);  // classmethod
    return m;
  }
  return attribute_error(t, obj, name);
}

namespace {
// A method found by get_method, bound to obj.
Value bind_found_method(Thread& t, const Value& obj, Value v) {
  if (is_function(v)) return new_bound_method(t.vm, std::move(v), obj);
  auto* n = static_cast<NativeFunction*>(v.obj());
  return bind_native(t.vm, n, obj);
}
}  // namespace

// Assigning to a class's attribute: __name__ and __qualname__ live on the type, the rest in its
// namespace.
static bool type_set_attr(Thread& t, Type* ty, Str* name, Value v) {
  bool is_name = name->s == "__name__";
  if (is_name || name->s == "__qualname__") {
    if (!is_str(v))
      return t.raise(t.vm.types.TypeError, "can only assign string to %s.%s, not '%s'", ty->name.c_str(),
                      name->s.c_str(), type_name(t, v)), false;
    std::string s = as_str(v)->s;
    if (is_name) {
      if (ty->qualname.empty()) ty->qualname = ty->name;
      ty->name = s;
    } else {
      ty->qualname = s;
    }
    return true;
  }
  ty->dict->set_str(name, std::move(v));
  return true;
}

bool generic_set_attr(Thread& t, const Value& obj, Str* name, Value v) {
  if (is_heap_object(obj) && !is_kind(obj, Kind::Type) && !is_kind(obj, Kind::Exception))
    return instance_setattr(t, obj, name, std::move(v), !v, false);
  if (is_heap_type(obj)) {  // type.__setattr__: the class namespace, past a metaclass's hook
    Dict* td = static_cast<Type*>(obj.obj())->dict;
    if (v) return type_set_attr(t, static_cast<Type*>(obj.obj()), name, std::move(v));
    if (td->find_str(name) < 0) {
      t.raise(t.vm.types.AttributeError, "type object '%s' has no attribute '%s'",
              static_cast<Type*>(obj.obj())->name.c_str(), name->s.c_str());
      return false;
    }
    td->del(t, Value::borrow(name));
    return true;
  }
  return v ? set_attr(t, obj, name, std::move(v)) : del_attr(t, obj, name);
}

Value generic_get_attr(Thread& t, const Value& obj, Str* name) {
  if (!is_heap_object(obj) || is_kind(obj, Kind::Type)) return get_attr(t, obj, name);
  bool is_method = false;
  Value v = generic_getattr(t, obj, name, &is_method, false);
  if (!v || !is_method) return v;
  return bind_found_method(t, obj, std::move(v));
}

Value get_attr(Thread& t, const Value& obj, Str* name) {
  bool is_method;
  Value v = get_method(t, obj, name, &is_method);
  if (!v || !is_method) return v;
  if (is_function(v)) return new_bound_method(t.vm, std::move(v), obj);
  auto* n = static_cast<NativeFunction*>(v.obj());
  return bind_native(t.vm, n, obj);
}

bool set_attr(Thread& t, const Value& obj, Str* name, Value v) {
  if (is_kind(obj, Kind::WeakRef) && static_cast<WeakRef*>(obj.obj())->is_proxy()) {
    Value target = proxy_target(t, obj);
    return target && set_attr(t, target, name, std::move(v));
  }
  if (is_kind(obj, Kind::Native) && !obj.obj()->type->heap) {
    // A tasklet or channel: its type's properties (tempval, preference, ...).
    Value cls_attr = type_lookup(obj.obj()->type, name);
    if (is_kind(cls_attr, Kind::Descriptor) &&
        static_cast<Descriptor*>(cls_attr.obj())->dkind() == DescriptorKind::Property)
      return instance_setattr(t, obj, name, std::move(v), false, false);
  }
  if (is_heap_object(obj) && !is_kind(obj, Kind::Type)) {
    bool exc = obj.obj()->kind == Kind::Exception;
    Value keep = v;
    bool ok = instance_setattr(t, obj, name, std::move(v), false);
    if (ok || t.has_pending() || !exc) return ok;
    v = std::move(keep);  // an exception's builtin field: fall through to the builtin path
  }
  if (is_heap_type(obj)) {
    Type* meta = obj.obj()->type;
    if (meta->heap && (type_hooks(meta) & kHookSetattr)) {  // a metaclass's __setattr__
      Value hook = heap_type_lookup(meta, t.vm.dunders.__setattr__);
      Value args[2] = {Value::borrow(name), std::move(v)};
      return bool(call_special(t, hook, obj, args, 2));
    }
    return type_set_attr(t, static_cast<Type*>(obj.obj()), name, std::move(v));
  }
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->kind) {
      case Kind::Module:
        static_cast<Module*>(o)->dict->set_str(name, std::move(v));
        return true;
      case Kind::Function: {
        auto* f = static_cast<Function*>(o);
        const std::string& n = name->s;
        if (n == "__name__") {
          if (!is_str(v)) {
            t.raise(t.vm.types.TypeError, "__name__ must be set to a string object");
            return false;
          }
          f->name = std::move(v);
          return true;
        }
        if (n == "__qualname__") {
          f->qualname = std::move(v);
          return true;
        }
        if (n == "__doc__") {
          f->doc = std::move(v);
          return true;
        }
        if (n == "__module__") {
          f->module = std::move(v);
          return true;
        }
        if (n == "__defaults__") {
          f->defaults = v.is_none() ? Value() : std::move(v);
          return true;
        }
        if (n == "__annotations__") {
          if (!is_dict(v)) {
            t.raise(t.vm.types.TypeError, "__annotations__ must be set to a dict object");
            return false;
          }
          f->annotations = std::move(v);
          return true;
        }
        if (!f->dict) f->dict = new_dict(t.vm);
        as_dict(f->dict)->set_str(name, std::move(v));
        return true;
      }
      case Kind::Exception: {
        auto* e = static_cast<Exception*>(o);
        const std::string& n = name->s;
        if (n == "__cause__") {
          e->cause = std::move(v);
          e->suppress_context = true;
          return true;
        }
        if (n == "__context__") {
          e->context = std::move(v);
          return true;
        }
        if (n == "__traceback__") {
          e->traceback = std::move(v);
          return true;
        }
        if (n == "__suppress_context__") {
          int r = truthy(t, v);
          if (r < 0) return false;
          e->suppress_context = r;
          return true;
        }
        if (n == "args") {
          std::vector<Value> items;
          if (!collect_iterable(t, v, items)) return false;
          e->args = new_tuple(t.vm, items.data(), int64_t(items.size()));
          return true;
        }
        if (!e->dict) e->dict = new_dict(t.vm);
        as_dict(e->dict)->set_str(name, std::move(v));
        return true;
      }
      case Kind::Type:
        t.raise(t.vm.types.TypeError,
                "cannot set '%s' attribute of immutable type '%s'", name->s.c_str(),
                static_cast<Type*>(o)->name.c_str());
        return false;
      default:
        break;
    }
  }
  bool is_method;
  Value existing = get_method(t, obj, name, &is_method);
  if (existing) {
    t.raise(t.vm.types.AttributeError, "'%s' object attribute '%s' is read-only",
            type_name(t, obj), name->s.c_str());
    return false;
  }
  t.clear_pending();
  t.raise(t.vm.types.AttributeError, "'%s' object has no attribute '%s'", type_name(t, obj),
          name->s.c_str());
  return false;
}

bool del_attr(Thread& t, const Value& obj, Str* name) {
  if (is_kind(obj, Kind::WeakRef) && static_cast<WeakRef*>(obj.obj())->is_proxy()) {
    Value target = proxy_target(t, obj);
    return target && del_attr(t, target, name);
  }
  if (is_heap_object(obj) && obj.obj()->kind == Kind::UserInstance)
    return instance_setattr(t, obj, name, Value(), true);
  if (is_heap_type(obj)) {
    Type* meta = obj.obj()->type;
    if (meta->heap && (type_hooks(meta) & kHookDelattr)) {  // a metaclass's __delattr__
      Value hook = heap_type_lookup(meta, t.vm.dunders.__delattr__);
      Value arg = Value::borrow(name);
      return bool(call_special(t, hook, obj, &arg, 1));
    }
    Dict* td = static_cast<Type*>(obj.obj())->dict;
    if (td->find_str(name) >= 0) {
      td->del(t, Value::borrow(name));
      return true;
    }
  }
  Dict* d = nullptr;
  if (is_heap_object(obj)) d = instance_dict(t, obj, false);
  if (is_module(obj)) d = static_cast<Module*>(obj.obj())->dict;
  if (is_function(obj) && static_cast<Function*>(obj.obj())->dict)
    d = as_dict(static_cast<Function*>(obj.obj())->dict);
  if (is_exception(obj) && static_cast<Exception*>(obj.obj())->dict)
    d = as_dict(static_cast<Exception*>(obj.obj())->dict);
  if (d) {
    int r = d->del(t, Value::borrow(name));
    if (r < 0) return false;
    if (r > 0) return true;
  }
  attribute_error(t, obj, name);
  return false;
}

}  // namespace eddy
