// Destruction and the type of any value. See object.h for the invariants.
#include "runtime/object.h"

#include "dispatcher/frame.h"
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
#include "runtime/gc.h"
#include "runtime/ops.h"
#include "runtime/threads.h"
#include "runtime/objects/bytes.h"
#include "runtime/vm.h"

#include <cstdio>

namespace eddy {

// Runs when the last reference to `o` goes. Destroying an object may drop the last reference
// to others (a list's items), which recurses; a long chain of single references (a linked list
// of a million nodes) would therefore recurse a million times on the C stack. Like CPython's
// "trashcan", deep destruction is deferred onto a queue and drained iteratively.
namespace {
struct DestroyQueue {
  int depth = 0;
  std::vector<Object*> pending;
};
thread_local DestroyQueue destroy_queue;  // per OS thread, not per Runtime: it only ever holds
                                          // objects between one call and its return

void destroy_now(Object* o) {
  switch (o->kind) {
    case Kind::Type: {
      auto* ty = static_cast<Type*>(o);
      if (ty->heap) {
        ty->vm->heap_types.erase(ty);
        if (ty->dict) Value::decref(ty->dict);
        for (Type* b : ty->bases)
          if (b->heap) Value::decref(b);
      }
      delete ty;
      break;
    }
    case Kind::Str:
      delete static_cast<Str*>(o);
      break;
    case Kind::BigInt:
      delete static_cast<BigInt*>(o);
      break;
    case Kind::Tuple:
      tuple_free(static_cast<Tuple*>(o));
      break;
    case Kind::List:
      delete static_cast<List*>(o);
      break;
    case Kind::Dict:
      delete static_cast<Dict*>(o);
      break;
    case Kind::Set:
      delete static_cast<Set*>(o);
      break;
    case Kind::Range:
      delete static_cast<Range*>(o);
      break;
    case Kind::Slice:
      delete static_cast<Slice*>(o);
      break;
    case Kind::Code:
      delete static_cast<Code*>(o);
      break;
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      Value::decref(f->code);
      Value::decref(f->globals);
      Value::decref(f->builtins);
      delete f;
      break;
    }
    case Kind::Cell:
      delete static_cast<Cell*>(o);
      break;
    case Kind::NativeFunction:
      delete static_cast<NativeFunction*>(o);
      break;
    case Kind::BoundMethod:
      delete static_cast<BoundMethod*>(o);
      break;
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      Value::decref(m->dict);
      delete m;
      break;
    }
    case Kind::Exception:
      delete static_cast<Exception*>(o);
      break;
    case Kind::Frame:
      frame_free(static_cast<Frame*>(o));
      break;
    case Kind::Traceback: {
      auto* tb = static_cast<Traceback*>(o);
      Value::decref(tb->frame);
      delete tb;
      break;
    }
    case Kind::Iterator:
      delete static_cast<Iterator*>(o);
      break;
    case Kind::Instance:
      delete o;
      break;
    case Kind::UserInstance:
      user_instance_free(static_cast<UserInstance*>(o));
      break;
    case Kind::Descriptor:
      delete static_cast<Descriptor*>(o);
      break;
    case Kind::Super:
      delete static_cast<Super*>(o);
      break;
    case Kind::Generator:
      generator_free(static_cast<Generator*>(o));
      break;
    case Kind::WeakRef:
      weakref_free(static_cast<WeakRef*>(o));
      break;
    case Kind::Bytes:
      delete static_cast<Bytes*>(o);
      break;
    case Kind::Native:
      o->type->native_ops->destroy(o);
      break;
  }
}

// Runs obj.__del__() for an object whose last reference just went, once in its life (PEP 442).
// Returns false if the method resurrected the object (stored a new reference to it), which then
// must not be freed.
bool run_finalizer(Object* o) {
  Runtime& vm = *o->type->vm;
  if (!vm.main_thread || !gc_find_del(o)) return true;
  o->flags |= kFlagFinalized;
  o->refcnt = 1;  // alive again for the duration of the call
  gc_run_del(current_thread(vm), o);
  if (--o->refcnt != 0) return false;  // resurrected
  return true;
}

// Weak references to a dying object are cleared, then their callbacks run.
void clear_weakrefs(Object* o) {
  Runtime& vm = *o->type->vm;
  std::vector<std::pair<Value, Value>> callbacks;
  weakrefs_clear(vm, o, &callbacks);
  if (!callbacks.empty() && vm.main_thread) weakrefs_call(current_thread(vm), callbacks);
}
}  // namespace

void drop_extra_dict(Object* o) {
  auto& table = o->type->vm->extra_dicts;
  auto it = table.find(o);
  Value dict = std::move(it->second);  // released after the entry is gone
  table.erase(it);
  o->flags &= uint8_t(~kFlagExtraDict);
}

void destroy_object(Object* o) {
  Type* type = o->type;
  bool heap_type = type && type->heap;
  if (heap_type && o->kind != Kind::Type && !(o->flags & kFlagFinalized)) {
    if (!run_finalizer(o)) return;
  }
  if (o->kind == Kind::Native && type->native_ops->finalize && !type->native_ops->finalize(o))
    return;
  if (o->flags & kFlagGcTracked) gc_untrack(static_cast<GcObject*>(o));
  if (o->flags & kFlagWeakReferenced) clear_weakrefs(o);
  if (o->flags & kFlagExtraDict) drop_extra_dict(o);
  DestroyQueue& q = destroy_queue;
  if (q.depth > 50) {
    q.pending.push_back(o);
    return;
  }
  // (A queued object releases its class reference when it is destroyed below.)
  ++q.depth;
  destroy_now(o);
  if (heap_type) Value::decref(type);  // an instance's reference to its class
  if (q.depth == 1) {
    while (!q.pending.empty()) {
      Object* next = q.pending.back();
      q.pending.pop_back();
      Type* nt = next->type;
      bool nheap = nt && nt->heap;  // (a class's metaclass, when defined in script)
      destroy_now(next);
      if (nheap) Value::decref(nt);
    }
  }
  --q.depth;
}

Type::Type(Runtime* owner, Type* metatype, std::string n)
    : GcObject(Kind::Type, metatype, false), vm(owner), gc(&owner->gc), name(std::move(n)),
      serial(++owner->type_serial) {}

bool is_exact_kind(const Value& v, Kind k) { return is_kind(v, k) && !v.obj()->type->heap; }

Type* type_of(Thread& t, const Value& v) {
  Types& ty = t.vm.types;
  switch (v.tag()) {
    case Tag::None:
      return ty.none;
    case Tag::Bool:
      return ty.bool_;
    case Tag::Int:
      return ty.int_;
    case Tag::Float:
      return ty.float_;
    case Tag::Obj:
      return v.obj()->type;
    case Tag::Null:
      break;
  }
  return ty.none;
}

}  // namespace eddy
