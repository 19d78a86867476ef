// The cycle collector. See gc.h for the invariants; the algorithm is CPython's:
//  1. gc_refs = refcount for every object of the generations being collected;
//  2. subtract every reference one of them holds to another: what is left counts references
//     from outside the set (native code, the running frames, untracked and older objects);
//  3. everything reachable from an object with outside references is alive; the rest is garbage;
//  4. weakrefs, finalizers, resurrection, then clear the garbage's references.
// While steps 1-3 run (no script code can run then) gc_refs is kept in the object's gc_node.prev.
#include "runtime/gc.h"

#include <cstdio>

#include "dispatcher/frame.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/module.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/weakref.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

GcHeap::GcHeap() {
  static constexpr int64_t kThresholds[3] = {700, 10, 10};  // CPython's defaults
  for (int i = 0; i < 3; ++i) {
    gen[i].head.prev = gen[i].head.next = &gen[i].head;
    gen[i].threshold = kThresholds[i];
  }
}

void GcHeap::request() {
  if (!enabled || collecting || requested || gen[0].threshold <= 0 || !interrupt) return;
  requested = true;
  interrupt->fetch_or(kInterruptBit);
}

bool gc_is_container_kind(Kind k) {
  switch (k) {
    case Kind::Tuple: case Kind::List: case Kind::Dict: case Kind::Set: case Kind::Function:
    case Kind::Cell: case Kind::NativeFunction: case Kind::BoundMethod: case Kind::Module:
    case Kind::Exception: case Kind::Frame: case Kind::Traceback: case Kind::Iterator:
    case Kind::UserInstance: case Kind::Descriptor: case Kind::Super: case Kind::Generator:
    case Kind::Type: case Kind::WeakRef: case Kind::Native:
      return true;
    default:
      return false;
  }
}

namespace {

// ---------------------------------------------------------------- traverse and clear

template <class Visit>
inline void visit_value(const Value& v, Visit& visit) {
  if (v.is_obj()) visit(v.obj());
}

// Mirrors destroy_now() in object.cpp: each reference reported here is one the object owns.
template <class Visit>
void traverse(Object* o, Visit& visit) {
  if (o->type->heap) visit(o->type);  // instances own their class (classes their metaclass)
  if (o->flags & kFlagExtraDict) visit(o->type->vm->extra_dicts[o].obj());
  switch (o->kind) {
    case Kind::Tuple: {
      auto* tp = static_cast<Tuple*>(o);
      for (int64_t i = 0; i < tp->size; ++i) visit_value(tp->items()[i], visit);
      break;
    }
    case Kind::List: {
      auto* l = static_cast<List*>(o);
      for (const Value& v : l->items) visit_value(v, visit);
      visit_value(l->attrs, visit);
      break;
    }
    case Kind::Dict: {
      auto* d = static_cast<Dict*>(o);
      for (const DictEntry& e : d->entries) {
        visit_value(e.key, visit);
        visit_value(e.value, visit);
      }
      visit_value(d->attrs, visit);
      break;
    }
    case Kind::Set:
      for (const SetEntry& e : static_cast<Set*>(o)->table) visit_value(e.key, visit);
      break;
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      if (f->globals) visit(f->globals);
      if (f->builtins) visit(f->builtins);
      visit_value(f->defaults, visit);
      visit_value(f->kwdefaults, visit);
      visit_value(f->closure, visit);
      visit_value(f->name, visit);
      visit_value(f->qualname, visit);
      visit_value(f->module, visit);
      visit_value(f->doc, visit);
      visit_value(f->dict, visit);
      visit_value(f->annotations, visit);
      break;
    }
    case Kind::Cell:
      visit_value(static_cast<Cell*>(o)->value, visit);
      break;
    case Kind::NativeFunction:
      visit_value(static_cast<NativeFunction*>(o)->self, visit);
      break;
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      visit_value(m->func, visit);
      visit_value(m->self, visit);
      break;
    }
    case Kind::Module:
      if (auto* d = static_cast<Module*>(o)->dict) visit(d);
      break;
    case Kind::Exception: {
      auto* e = static_cast<Exception*>(o);
      visit_value(e->args, visit);
      visit_value(e->traceback, visit);
      visit_value(e->cause, visit);
      visit_value(e->context, visit);
      visit_value(e->dict, visit);
      break;
    }
    case Kind::Traceback: {
      auto* tb = static_cast<Traceback*>(o);
      visit_value(tb->next, visit);
      if (tb->frame) visit(tb->frame);
      break;
    }
    case Kind::Frame: {
      auto* f = static_cast<Frame*>(o);
      if (f->fflags & kFrameRunning) break;  // its references live on the dispatcher's registers
      visit(f->func);
      if (f->locals) visit(f->locals);
      if (f->back) visit(f->back);
      Value* slots = f->slots();
      for (int i = 0; i < f->nslots; ++i) visit_value(slots[i], visit);
      break;
    }
    case Kind::Iterator: {
      auto* it = static_cast<Iterator*>(o);
      visit_value(it->src, visit);
      visit_value(it->func, visit);
      visit_value(it->extra, visit);
      break;
    }
    case Kind::UserInstance: {
      auto* u = static_cast<UserInstance*>(o);
      visit_value(u->dict, visit);
      for (uint32_t i = 0; i < u->capacity; ++i) visit_value(u->values()[i], visit);
      break;
    }
    case Kind::Descriptor: {
      auto* d = static_cast<Descriptor*>(o);
      visit_value(d->fget, visit);
      visit_value(d->fset, visit);
      visit_value(d->fdel, visit);
      visit_value(d->doc, visit);
      break;
    }
    case Kind::Super: {
      auto* s = static_cast<Super*>(o);
      visit_value(s->start, visit);
      visit_value(s->obj, visit);
      break;
    }
    case Kind::Generator: {
      auto* g = static_cast<Generator*>(o);
      if (g->frame) visit(g->frame);
      visit_value(g->name, visit);
      visit_value(g->qualname, visit);
      visit_value(g->exc_state, visit);
      break;
    }
    case Kind::Type: {
      auto* ty = static_cast<Type*>(o);
      if (!ty->heap) break;
      if (ty->dict) visit(ty->dict);
      for (Type* b : ty->bases)
        if (b->heap) visit(b);
      visit_value(ty->slots, visit);
      break;
    }
    case Kind::WeakRef:
      visit_value(static_cast<WeakRef*>(o)->callback, visit);
      break;
    case Kind::Native: {
      const NativeOps* ops = o->type->native_ops;
      if (ops->exec_state) {  // a tasklet: read here, without a call per reference
        Value* value;
        const ExecContext* c = ops->exec_state(o, &value);
        visit_value(*value, visit);
        exec_context_traverse(*c, visit);
        break;
      }
      ops->traverse(o, [](Object* ref, void* arg) { (*static_cast<Visit*>(arg))(ref); }, &visit);
      break;
    }
    default:
      break;
  }
}

// Drops the references of a garbage object so that reference counting can free the cycle
// (CPython's tp_clear). Only runs after the finalizers; nothing will use these objects again.
void clear_references(Object* o) {
  if (o->flags & kFlagExtraDict) drop_extra_dict(o);
  switch (o->kind) {
    case Kind::Tuple: {
      auto* tp = static_cast<Tuple*>(o);
      for (int64_t i = 0; i < tp->size; ++i) tp->items()[i] = Value::none();
      break;
    }
    case Kind::List: {
      auto* l = static_cast<List*>(o);
      std::vector<Value> items = std::move(l->items);
      l->items.clear();
      l->attrs.clear();
      break;
    }
    case Kind::Dict: {
      auto* d = static_cast<Dict*>(o);
      d->clear();
      d->attrs.clear();
      break;
    }
    case Kind::Set:
      static_cast<Set*>(o)->clear();
      break;
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      f->defaults.clear();
      f->kwdefaults.clear();
      f->closure.clear();
      f->dict.clear();
      f->annotations.clear();
      f->module = Value::none();
      f->doc = Value::none();
      break;
    }
    case Kind::Cell:
      static_cast<Cell*>(o)->value.clear();
      break;
    case Kind::NativeFunction:
      static_cast<NativeFunction*>(o)->self.clear();
      break;
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      m->self = Value::none();
      break;
    }
    case Kind::Exception: {
      auto* e = static_cast<Exception*>(o);
      e->traceback = Value::none();
      e->cause = Value::none();
      e->context = Value::none();
      e->dict.clear();
      break;
    }
    case Kind::Traceback:
      static_cast<Traceback*>(o)->next.clear();
      break;
    case Kind::Frame: {
      auto* f = static_cast<Frame*>(o);
      if (f->fflags & kFrameRunning) break;
      Value* slots = f->slots();
      for (int i = 0; i < f->nslots; ++i) slots[i].clear();
      f->stack_depth = 0;
      if (Frame* back = f->back) {
        f->back = nullptr;
        Value::decref(back);
      }
      break;
    }
    case Kind::Iterator: {
      auto* it = static_cast<Iterator*>(o);
      it->func.clear();
      it->extra.clear();
      break;
    }
    case Kind::UserInstance: {
      auto* u = static_cast<UserInstance*>(o);
      u->dict.clear();
      for (uint32_t i = 0; i < u->capacity; ++i) u->values()[i].clear();
      break;
    }
    case Kind::Descriptor: {
      auto* d = static_cast<Descriptor*>(o);
      d->fget.clear();
      d->fset.clear();
      d->fdel.clear();
      break;
    }
    case Kind::Super: {
      auto* s = static_cast<Super*>(o);
      s->obj.clear();
      break;
    }
    case Kind::Generator: {
      auto* g = static_cast<Generator*>(o);
      if (g->frame && !g->running) {
        Frame* f = g->frame;
        g->frame = nullptr;
        Value::decref(f);
      }
      g->exc_state = Value::none();
      break;
    }
    case Kind::Type: {
      auto* ty = static_cast<Type*>(o);
      if (ty->heap && ty->dict) ty->dict->clear();
      break;
    }
    case Kind::WeakRef:
      static_cast<WeakRef*>(o)->callback.clear();
      break;
    case Kind::Native:
      o->type->native_ops->clear(o);
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------- reachability

constexpr int64_t kSetAside = INT64_MIN;  // gc_refs of an object tentatively unreachable

void reset_list(GcNode* head) { head->prev = head->next = head; }

// Moves every object of `from` to the end of `to`.
void splice(GcNode* from, GcNode* to) {
  if (from->next == from) return;
  GcNode* first = from->next;
  GcNode* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  reset_list(from);
}

bool holds_containers(Object* o);

// Splits `young` into what is reachable from outside it (stays, in order) and what is not
// (moved to `unreachable`, still flagged kFlagGcCollecting). `bias` is subtracted from every
// refcount first: references the collector itself holds. Three passes over the list, as in
// CPython: count, subtract internal references, then one walk that propagates reachability and
// relinks; the first two are one walk when `all_tracked` (the list holds every tracked object).
// Returns the number of reachable objects.
int64_t split_unreachable(GcNode* young, GcNode* unreachable, int64_t bias, bool untrack_atomic,
                          bool all_tracked) {
  // Tuples and dicts that hold nothing trackable leave the lists for good (CPython's untracking
  // optimization).
  auto atomic = [untrack_atomic](GcObject* o) {
    return untrack_atomic && (o->kind == Kind::Tuple || o->kind == Kind::Dict) && !o->type->heap &&
           !holds_containers(o);
  };
  if (all_tracked) {
    // 1+2 in one walk, when every tracked object is examined (a full collection): "examined" is
    // then "tracked", so an object's count is set when first met - as the walk reaches it, or as
    // an object before it references it. The list is singly linked meanwhile (prev links hold
    // counts); the head's prev link is set to the last node kept at the end.
    auto subtract = [bias](Object* r) {
      if (!(r->flags & kFlagGcTracked)) return;
      GcNode& g = static_cast<GcObject*>(r)->gc_node;
      if (!(r->flags & kFlagGcCollecting)) {
        r->flags |= kFlagGcCollecting;
        g.gc_refs = int64_t(r->refcnt) - bias;
      }
      --g.gc_refs;
    };
    GcNode* kept = young;
    for (GcNode* n = young->next; n != young;) {
      GcNode* next = n->next;
      GcObject* o = gc_object_of(n);
      if (atomic(o)) {
        kept->next = next;
        n->prev = n->next = nullptr;
        o->flags &= uint8_t(~(kFlagGcTracked | kFlagGcCollecting));
      } else {
        if (!(o->flags & kFlagGcCollecting)) {
          o->flags |= kFlagGcCollecting;
          n->gc_refs = int64_t(o->refcnt) - bias;
        }
        traverse(o, subtract);
        kept = n;
      }
      n = next;
    }
    young->prev = kept;
  } else {
    // 1. gc_refs = refcount (the list's prev links are rebuilt in pass 3).
    for (GcNode* n = young->next; n != young;) {
      GcNode* next = n->next;
      GcObject* o = gc_object_of(n);
      if (atomic(o)) {
        n->prev->next = next;  // prev links are still intact up to here
        next->prev = n->prev;
        n->prev = n->next = nullptr;
        o->flags &= uint8_t(~kFlagGcTracked);
      } else {
        o->flags |= kFlagGcCollecting;
        n->gc_refs = int64_t(o->refcnt) - bias;  // the next object keeps its prev link until then
      }
      n = next;
    }
    // 2. Subtract the references the examined objects hold to each other.
    auto subtract = [](Object* r) {
      if (r->flags & kFlagGcCollecting) --static_cast<GcObject*>(r)->gc_node.gc_refs;
    };
    for (GcNode* n = young->next; n != young; n = n->next) traverse(gc_object_of(n), subtract);
  }
  // 3. Everything reachable from an object with outside references is alive (CPython's
  //    move_unreachable), in one walk along the list: an object with outside references, or
  //    reached from one, stays - its prev link restored, its flag cleared - and marks what it
  //    references (gc_refs 1); an object with none is set aside, and goes back to the end of the
  //    list (where the walk gets to it) if an object walked later reaches it. While the walk runs
  //    the list is singly linked: prev links hold gc_refs, or the kept node before once restored
  //    (a pointer: positive, as every count of a reachable object).
  std::vector<GcNode*> aside;
  GcNode* tail = young->prev;  // the list's last node (the head's own prev link is intact)
  auto reach = [&](Object* r) {
    if (!(r->flags & kFlagGcCollecting)) return;
    GcNode& g = static_cast<GcObject*>(r)->gc_node;
    if (g.gc_refs == kSetAside) {
      g.next = young;
      tail->next = &g;
      tail = &g;
      g.gc_refs = 1;
    } else if (g.gc_refs <= 0) {
      g.gc_refs = 1;
    }
  };
  int64_t reachable = 0;
  GcNode* kept = young;  // the last node kept: kept->next is the walk's position
  for (GcNode* n = young->next; n != young;) {
    if (n->gc_refs > 0) {
      GcObject* o = gc_object_of(n);
      traverse(o, reach);  // (may append to the list: n->next is read after)
      o->flags &= uint8_t(~kFlagGcCollecting);
      n->prev = kept;
      kept = n;
      ++reachable;
      n = n->next;
    } else {
      GcNode* next = n->next;
      kept->next = next;
      if (tail == n) tail = kept;
      n->gc_refs = kSetAside;
      aside.push_back(n);
      n = next;
    }
  }
  kept->next = young;
  young->prev = kept;
  // 4. What is still set aside is unreachable.
  for (GcNode* n : aside)
    if (n->gc_refs == kSetAside) gc_link(unreachable, n);
  return reachable;
}

bool holds_containers(Object* o) {
  bool found = false;
  auto check = [&found](Object* r) {
    if (!found && gc_may_be_tracked(r)) found = true;
  };
  traverse(o, check);
  return found;
}

// An object whose finalizer has not run yet, if it has one: instances of classes with __del__
// and suspended generators (closing them runs their finally blocks).
bool needs_finalizer(Object* o) {
  if (o->flags & kFlagFinalized) return false;
  if (o->kind == Kind::Generator) {
    auto* g = static_cast<Generator*>(o);
    return g->frame && g->started && !g->running;
  }
  if (o->kind == Kind::Native && o->type->native_ops->finalize_garbage) return true;
  return gc_find_del(o);
}

void run_gc_callbacks(Thread& t, const char* phase, int generation, int64_t collected) {
  GcModuleState& st = t.vm.gc_state;
  if (!is_list(st.callbacks) || as_list(st.callbacks)->items.empty()) return;
  Value info = Value::steal(dict_alloc(t.vm));
  Dict* d = as_dict(info);
  d->set_str(t.vm.intern("generation"), Value::integer(generation));
  d->set_str(t.vm.intern("collected"), Value::integer(collected));
  d->set_str(t.vm.intern("uncollectable"), Value::integer(0));
  std::vector<Value> cbs = as_list(st.callbacks)->items;
  Value ph = new_str(t.vm, phase);
  for (const Value& cb : cbs) {
    Value r = call2(t, cb, ph, info);
    if (!r) report_unraisable(t, cb);
  }
}

}  // namespace

bool gc_find_del(Object* o, Value* out) {
  if (o->kind == Kind::Type || !o->type->heap) return false;
  Value del = heap_type_lookup(o->type, o->type->vm->dunders.__del__);
  if (!del) return false;
  if (out) *out = std::move(del);
  return true;
}

void gc_run_del(Thread& t, Object* o) {
  Value del;
  if (!gc_find_del(o, &del)) return;
  Value saved = t.take_pending();
  {
    Value self = Value::borrow(o);
    Value r = call1(t, del, self);
    if (!r) report_unraisable(t, del);
  }
  t.pending = std::move(saved);
}

void gc_referents(Object* o, void (*visit)(Object*, void*), void* arg) {
  auto v = [&](Object* r) { visit(r, arg); };
  traverse(o, v);
}

void gc_objects(Runtime& vm, int generation, std::vector<Object*>& out) {
  for (int g = 0; g < 3; ++g) {
    if (generation >= 0 && g != generation) continue;
    GcNode* head = &vm.gc.gen[g].head;
    for (GcNode* n = head->next; n != head; n = n->next) out.push_back(gc_object_of(n));
  }
}

// ---------------------------------------------------------------- collecting

int64_t gc_collect(Thread& t, int generation) {
  Runtime& vm = t.vm;
  GcHeap& h = vm.gc;
  if (h.collecting) return 0;
  if (generation < 0) generation = 0;
  if (generation > 2) generation = 2;
  h.collecting = true;
  Value saved_pending = t.take_pending();
  run_gc_callbacks(t, "start", generation, 0);

  // The objects examined: generations 0..generation. Survivors move to the next generation;
  // the garbage goes to a list of its own (still tracked, so that freeing an object unlinks it
  // as usual).
  GcNode young;
  reset_list(&young);
  for (int g = 0; g <= generation; ++g) splice(&h.gen[g].head, &young);
  GcNode garbage_head;
  reset_list(&garbage_head);
  int64_t survivors = split_unreachable(&young, &garbage_head, 0, true, generation == 2);
  int older = generation < 2 ? generation + 1 : 2;
  splice(&young, &h.gen[older].head);
  if (generation == 1) h.long_lived_pending += survivors;
  if (generation == 2) {
    h.long_lived_pending = 0;
    h.long_lived_total = survivors;
  }
  for (int g = 0; g <= generation; ++g) h.gen[g].count = 0;
  if (generation < 2) ++h.gen[generation + 1].count;

  std::vector<GcObject*> garbage;
  for (GcNode* n = garbage_head.next; n != &garbage_head; n = n->next)
    garbage.push_back(gc_object_of(n));
  int64_t found = int64_t(garbage.size());
  if (!garbage.empty()) {
    // Hold the garbage: nothing is freed until its references are cleared below.
    std::vector<Value> held;
    held.reserve(garbage.size());
    for (GcObject* o : garbage) held.push_back(Value::borrow(o));

    // Weak references to garbage die first; callbacks of weakrefs outside the garbage run.
    std::vector<std::pair<Value, Value>> callbacks;
    for (GcObject* o : garbage)
      if (o->flags & kFlagWeakReferenced) weakrefs_clear(vm, o, &callbacks);
    {
      size_t kept = 0;
      for (auto& cb : callbacks)
        if (!(cb.first.obj()->flags & kFlagGcCollecting)) callbacks[kept++] = std::move(cb);
      callbacks.resize(kept);
    }
    bool ran_code = !callbacks.empty();
    weakrefs_call(t, callbacks);

    // Finalizers, each at most once in an object's life.
    for (GcObject* o : garbage) {
      if (!needs_finalizer(o)) continue;
      o->flags |= kFlagFinalized;
      ran_code = true;
      if (o->kind == Kind::Generator) {
        if (!gen_close(t, static_cast<Generator*>(o))) report_unraisable(t, Value::borrow(o));
      } else if (o->kind == Kind::Native && o->type->native_ops->finalize_garbage) {
        o->type->native_ops->finalize_garbage(t, o);
      } else {
        gc_run_del(t, o);
      }
    }

    // Script code may have stored references to some of the garbage: those objects, and all
    // they reach, are alive again.
    if (ran_code) {
      GcNode alive;
      reset_list(&alive);
      splice(&garbage_head, &alive);
      found -= split_unreachable(&alive, &garbage_head, 1, false, false);
      splice(&alive, &h.gen[2].head);
      garbage.clear();
      for (GcNode* n = garbage_head.next; n != &garbage_head; n = n->next)
        garbage.push_back(gc_object_of(n));
    }

    GcModuleState& st = vm.gc_state;
    if ((st.debug & kGcDebugSaveAll) && is_list(st.garbage)) {
      for (GcObject* o : garbage) as_list(st.garbage)->items.push_back(Value::borrow(o));
    } else {
      for (GcObject* o : garbage) clear_references(o);
    }
    held.clear();  // frees the cycles
    // Whatever survived (held by something untracked, or saved) joins the old generation.
    for (GcNode* n = garbage_head.next; n != &garbage_head; n = n->next)
      gc_object_of(n)->flags &= uint8_t(~kFlagGcCollecting);
    splice(&garbage_head, &h.gen[2].head);
  }
  ++vm.gc_state.stats[generation].collections;
  vm.gc_state.stats[generation].collected += found;
  run_gc_callbacks(t, "stop", generation, found);
  if (!t.has_pending()) t.pending = std::move(saved_pending);
  h.collecting = false;
  return found;
}

void gc_collect_automatic(Thread& t) {
  GcHeap& h = t.vm.gc;
  h.requested = false;
  if (!h.enabled || h.collecting) return;
  // The oldest generation whose count passed its threshold (CPython's rule), with the
  // full-collection damping: only once the objects that survived into the old generation since
  // the last full collection number half of those it kept. (CPython waits for a quarter; on a
  // program that builds a million live objects, half does 40% less full-collection work, and
  // cyclic garbage that reached the old generation still waits at most 1.5x the live size.)
  for (int g = 2; g >= 0; --g) {
    if (h.gen[g].count <= h.gen[g].threshold) continue;
    if (g == 2 && h.long_lived_pending < h.long_lived_total / 2) continue;
    gc_collect(t, g);
    return;
  }
}

void gc_teardown(Thread& t) {
  GcHeap& h = t.vm.gc;
  h.enabled = false;
  GcModuleState& st = t.vm.gc_state;
  st.debug = 0;
  st.callbacks = Value();
  if (is_list(st.garbage)) as_list(st.garbage)->items.clear();
  st.garbage = Value();
  gc_collect(t, 2);
}

}  // namespace eddy
