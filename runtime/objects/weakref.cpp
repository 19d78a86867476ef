// Weak references and the _weakref module. See weakref.h for the invariants.
#include "runtime/objects/weakref.h"

#include <algorithm>
#include <cstdio>

#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/module.h"
#include "runtime/modules/modules.h"
#include "runtime/ops.h"

namespace eddy {

bool weakref_supported(const Object* o) {
  switch (o->kind) {
    case Kind::Type: case Kind::Function: case Kind::NativeFunction: case Kind::BoundMethod:
    case Kind::Set: case Kind::Generator: case Kind::Code: case Kind::Module:
    case Kind::Native:  // tasklets, channels, locks (as in Stackless and CPython)
      return true;
    default:
      break;
  }
  const Type* type = o->type;
  if (!type->heap) return false;
  // A class whose every script-defined class has __slots__ without '__weakref__' has none.
  for (const Type* k : type->mro) {
    if (!k->heap) break;
    if (!k->slots) return true;
    Tuple* names = as_tuple(k->slots);
    for (int64_t i = 0; i < names->size; ++i)
      if (as_str(names->items()[i])->s == "__weakref__") return true;
  }
  return false;
}

Value weakref_new(Thread& t, const Value& obj, const Value& callback, bool proxy) {
  Runtime& vm = t.vm;
  if (!obj.is_obj() || !weakref_supported(obj.obj()))
    return t.raise(vm.types.TypeError, "cannot create weak reference to '%s' object",
                   type_name(t, obj));
  Object* o = obj.obj();
  bool plain = callback.is_null() || callback.is_none();
  std::vector<WeakRef*>& refs = vm.weakrefs[o];
  if (plain) {
    // Like CPython, a plain reference (no callback) is shared.
    for (WeakRef* w : refs)
      if (w->callback.is_null() && w->is_proxy() == proxy) return Value::borrow(w);
  }
  auto* w = new WeakRef(proxy ? vm.types.weakproxy : vm.types.weakref);
  if (proxy) w->small = 1;
  w->referent = o;
  if (!plain) w->callback = callback;
  refs.push_back(w);
  o->flags |= kFlagWeakReferenced;
  return Value::steal(w);
}

Value proxy_target(Thread& t, const Value& proxy) {
  auto* w = static_cast<WeakRef*>(proxy.obj());
  if (!w->referent)
    return t.raise(t.vm.types.ReferenceError, "weakly-referenced object no longer exists");
  return Value::borrow(w->referent);
}

Value weakref_get(const WeakRef* w) {
  if (!w->referent) return Value::none();
  return Value::borrow(w->referent);
}

void weakref_free(WeakRef* w) {
  if (Object* o = w->referent) {
    Runtime& vm = *w->type->vm;
    auto it = vm.weakrefs.find(o);
    if (it != vm.weakrefs.end()) {
      auto& refs = it->second;
      refs.erase(std::remove(refs.begin(), refs.end(), w), refs.end());
      if (refs.empty()) {
        vm.weakrefs.erase(it);
        o->flags &= uint8_t(~kFlagWeakReferenced);
      }
    }
    w->referent = nullptr;
  }
  delete w;
}

void weakrefs_clear(Runtime& vm, Object* o, std::vector<std::pair<Value, Value>>* callbacks) {
  o->flags &= uint8_t(~kFlagWeakReferenced);
  auto it = vm.weakrefs.find(o);
  if (it == vm.weakrefs.end()) return;
  std::vector<WeakRef*> refs = std::move(it->second);
  vm.weakrefs.erase(it);
  for (WeakRef* w : refs) w->referent = nullptr;
  // Callbacks run newest first, as in CPython.
  for (auto r = refs.rbegin(); r != refs.rend(); ++r) {
    WeakRef* w = *r;
    if (w->callback.is_null() || w->refcnt == 0) continue;
    callbacks->emplace_back(Value::borrow(w), std::move(w->callback));
  }
}

void weakrefs_call(Thread& t, std::vector<std::pair<Value, Value>>& callbacks) {
  if (callbacks.empty()) return;
  Value saved = t.take_pending();
  for (auto& [ref, cb] : callbacks) {
    Value r = call1(t, cb, ref);
    if (!r) report_unraisable(t, cb);
  }
  callbacks.clear();
  t.pending = std::move(saved);
}

int64_t weakref_count(Runtime& vm, const Object* o) {
  if (!(o->flags & kFlagWeakReferenced)) return 0;
  auto it = vm.weakrefs.find(const_cast<Object*>(o));
  return it == vm.weakrefs.end() ? 0 : int64_t(it->second.size());
}

void report_unraisable(Thread& t, const Value& where) {
  Value exc = t.take_pending();
  std::string text = "Exception ignored in: ";
  std::string what;
  if (!repr_into(t, where, what)) {
    t.clear_pending();
    what = "<object repr() failed>";
  }
  text += what + "\n";
  if (exc) text += format_exception(t, exc);
  t.clear_pending();
  fflush(stdout);
  fputs(text.c_str(), stderr);
}

namespace {

Value ref_construct(Thread& t, Type*, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(t, "ref", kwnames) || !check_nargs(t, "__new__", nargs, 1, 2)) return Value();
  return weakref_new(t, args[0], nargs > 1 ? args[1] : Value(), false);
}

Value proxy_fn(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(t, "proxy", kwnames) || !check_nargs(t, "proxy", nargs, 1, 2)) return Value();
  return weakref_new(t, args[0], nargs > 1 ? args[1] : Value(), true);
}

Value getweakrefcount(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(t, "getweakrefcount", kwnames) ||
      !check_nargs(t, "getweakrefcount", nargs, 1, 1))
    return Value();
  return Value::integer(args[0].is_obj() ? weakref_count(t.vm, args[0].obj()) : 0);
}

Value getweakrefs(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(t, "getweakrefs", kwnames) || !check_nargs(t, "getweakrefs", nargs, 1, 1))
    return Value();
  std::vector<Value> out;
  if (args[0].is_obj() && (args[0].obj()->flags & kFlagWeakReferenced))
    for (WeakRef* w : t.vm.weakrefs[args[0].obj()]) out.push_back(Value::borrow(w));
  return new_list(t.vm, std::move(out));
}


}  // namespace

void init_weakref_types(Thread& t) {
  Runtime& vm = t.vm;
  vm.types.weakref->construct = ref_construct;
}

void init_weakref_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  d->set_str(vm.intern("ref"), Value::borrow(vm.types.weakref));
  d->set_str(vm.intern("ReferenceType"), Value::borrow(vm.types.weakref));
  d->set_str(vm.intern("ProxyType"), Value::borrow(vm.types.weakproxy));
  add_functions(vm, d, {
      {"proxy", proxy_fn},
      {"getweakrefcount", getweakrefcount},
      {"getweakrefs", getweakrefs},
  });
}

}  // namespace eddy
