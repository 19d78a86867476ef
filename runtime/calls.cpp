// The object protocol, part 4: calls. call() is how native code calls anything callable - a
// script function (through a nested dispatch), a native, a bound method, an instance with
// __call__, a type, a tasklet. See ops.h for the conventions.
#include "runtime/ops.h"

#include "runtime/ops_internal.h"

#include "dispatcher/dispatch.h"
#include "runtime/native.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/weakref.h"

namespace eddy {

bool is_callable(const Value& v) {
  if (!v.is_obj()) return false;
  switch (v.obj()->kind) {
    case Kind::Function:
    case Kind::NativeFunction:
    case Kind::BoundMethod:
      return true;
    case Kind::Type:
      return static_cast<Type*>(v.obj())->construct != nullptr;
    case Kind::UserInstance:
      return bool(lookup_special(v, v.obj()->type->vm->dunders.__call__));
    case Kind::Native:  // a tasklet
      return bool(lookup_native_special(v, v.obj()->type->vm->dunders.__call__));
    default:
      return false;
  }
}

namespace {
// Runs `fn(buf, nargs + 1)` where buf is the arguments with `self` in front.
template <class F>
Value with_self(const Value& self, Value* args, int nargs, Tuple* kwnames, F fn) {
  PrefixedArgs buf(self, args, nargs + (kwnames ? int(kwnames->size) : 0));
  return fn(buf.data(), nargs + 1);
}
}  // namespace

Value check_receiver(Thread& t, NativeFunction* n, Value* args, int nargs) {
  if (n->owner && nargs > 0 && !is_instance(t, args[0], n->owner) && !(n->owner == t.vm.types.type))
    return t.raise(t.vm.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                   n->name, n->owner->tp_name().c_str(), type_name(t, args[0]));
  if (n->owner && nargs == 0)
    return t.raise(t.vm.types.TypeError, "unbound method %s.%s() needs an argument", n->owner->name.c_str(),
                   n->name);
  return Value::none();
}

Value call_switching_native(Thread& t, NativeFunction* n, Value* args, int nargs, Tuple* kwnames) {
  Value r;
  if (!n->self.is_null()) {
    Value self = n->self;
    r = with_self(self, args, nargs, kwnames, [&](Value* buf, int n_) {
      t.soft_call = true;
      return n->fn(t, buf, n_, kwnames);
    });
  } else {
    t.soft_call = true;
    r = n->fn(t, args, nargs, kwnames);
  }
  t.soft_call = false;
  return r;
}

Value call(Thread& t, const Value& callable, Value* args, int nargs, Tuple* kwnames) {
  if (callable.is_obj()) {
    Object* o = callable.obj();
    switch (o->kind) {
      case Kind::Function:
        return call_function(t, static_cast<Function*>(o), args, nargs, kwnames);
      case Kind::NativeFunction: {
        auto* n = static_cast<NativeFunction*>(o);
        if (!n->self.is_null()) {
          Value self = n->self;
          Value keep = callable;
          return with_self(self, args, nargs, kwnames, [&](Value* buf, int n_) {
            return n->fn(t, buf, n_, kwnames);
          });
        }
        if (!check_receiver(t, n, args, nargs)) return Value();
        Value r = n->fn(t, args, nargs, kwnames);
        return r;
      }
      case Kind::BoundMethod: {
        auto* m = static_cast<BoundMethod*>(o);
        Value func = m->func, self = m->self;
        return with_self(self, args, nargs, kwnames, [&](Value* buf, int n_) {
          return call(t, func, buf, n_, kwnames);
        });
      }
      case Kind::UserInstance:
      case Kind::Native: {
        Value m = o->kind == Kind::Native ? lookup_native_special(callable, t.vm.dunders.__call__)
                                          : lookup_special(callable, t.vm.dunders.__call__);
        if (!m) break;
        // (__call__ may itself be an instance with a __call__, and so on: no end in sight.)
        NativeRecursion guard(t, " while calling a Python object");
        if (guard.failed) return Value();
        Value self = callable;
        return with_self(self, args, nargs, kwnames, [&](Value* buf, int n_) {
          return call(t, m, buf, n_, kwnames);
        });
      }
      case Kind::WeakRef: {
        auto* w = static_cast<WeakRef*>(o);
        if (w->is_proxy()) {
          Value target = proxy_target(t, callable);
          return target ? call(t, target, args, nargs, kwnames) : Value();
        }
        if (!no_kwargs(t, "weakref", kwnames) || !check_nargs(t, "weakref", nargs, 0, 0))
          return Value();
        return weakref_get(w);
      }
      case Kind::Type: {
        auto* ty = static_cast<Type*>(o);
        if (ty->type->heap) {  // a metaclass defined in script may define __call__
          Value m = heap_type_lookup(ty->type, t.vm.dunders.__call__);
          if (m) {
            return with_self(callable, args, nargs, kwnames, [&](Value* buf, int n_) {
              return call(t, m, buf, n_, kwnames);
            });
          }
        }
        if (ty->construct) return ty->construct(t, ty, args, nargs, kwnames);
        return t.raise(t.vm.types.TypeError, "cannot create '%s' instances", ty->name.c_str());
      }
      default:
        break;
    }
  }
  return t.raise(t.vm.types.TypeError, "'%s' object is not callable", type_name(t, callable));
}

Value call0(Thread& t, const Value& callable) { return call(t, callable, nullptr, 0); }
Value call1(Thread& t, const Value& callable, Value a) { return call(t, callable, &a, 1); }
Value call2(Thread& t, const Value& callable, Value a, Value b) {
  Value args[2] = {std::move(a), std::move(b)};
  return call(t, callable, args, 2);
}

bool is_instance(Thread& t, const Value& v, Type* type) { return type_of(t, v)->is_subtype(type); }

}  // namespace eddy
