// The gc module: CPython's interface to the cycle collector (runtime/gc.h).
#include "runtime/gc.h"

#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

Value gc_collect_fn(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  Value gen;
  if (!parse_args(t, "collect", args, nargs, kwnames, {"generation"}, 0, &gen)) return Value();
  int64_t g = 2;
  if (gen && !arg_int(t, gen, &g)) return Value();
  if (g < 0 || g > 2) return t.raise(t.vm.types.ValueError, "invalid generation");
  int64_t n = gc_collect(t, int(g));
  if (t.has_pending()) return Value();
  return Value::integer(n);
}

Value gc_enable(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "enable", nargs, 0, 0)) return Value();
  t.vm.gc.enabled = true;
  return Value::none();
}

Value gc_disable(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "disable", nargs, 0, 0)) return Value();
  t.vm.gc.enabled = false;
  return Value::none();
}

Value gc_isenabled(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "isenabled", nargs, 0, 0)) return Value();
  return Value::boolean(t.vm.gc.enabled);
}

Value gc_get_threshold(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "get_threshold", nargs, 0, 0)) return Value();
  GcHeap& h = t.vm.gc;
  return new_tuple(t.vm, {Value::integer(h.gen[0].threshold), Value::integer(h.gen[1].threshold),
                          Value::integer(h.gen[2].threshold)});
}

Value gc_set_threshold(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(t, "set_threshold", kwnames) || !check_nargs(t, "set_threshold", nargs, 1, 3))
    return Value();
  int64_t v[3];
  for (int i = 0; i < nargs; ++i)
    if (!arg_int(t, args[i], &v[i])) return Value();
  for (int i = 0; i < nargs; ++i) t.vm.gc.gen[i].threshold = v[i];
  return Value::none();
}

Value gc_get_count(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "get_count", nargs, 0, 0)) return Value();
  GcHeap& h = t.vm.gc;
  return new_tuple(t.vm, {Value::integer(h.gen[0].count), Value::integer(h.gen[1].count),
                          Value::integer(h.gen[2].count)});
}

Value gc_get_objects(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  Value gen;
  if (!parse_args(t, "get_objects", args, nargs, kwnames, {"generation"}, 0, &gen))
    return Value();
  int64_t g = -1;
  if (gen && !gen.is_none()) {
    if (!arg_int(t, gen, &g)) return Value();
    if (g >= 3)
      return t.raise(t.vm.types.ValueError, "generation parameter must be less than the number of available generations (3)");
    if (g < 0) return t.raise(t.vm.types.ValueError, "generation parameter cannot be negative");
  }
  std::vector<Object*> objs;
  gc_objects(t.vm, int(g), objs);
  std::vector<Value> out;
  out.reserve(objs.size());
  for (Object* o : objs) out.push_back(Value::borrow(o));
  return new_list(t.vm, std::move(out));
}

Value gc_is_tracked_fn(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "is_tracked", nargs, 1, 1)) return Value();
  return Value::boolean(args[0].is_obj() && gc_is_tracked(args[0].obj()));
}

Value gc_is_finalized(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "is_finalized", nargs, 1, 1)) return Value();
  return Value::boolean(args[0].is_obj() && (args[0].obj()->flags & kFlagFinalized));
}

void collect_referent(Object* r, void* arg) {
  static_cast<std::vector<Value>*>(arg)->push_back(Value::borrow(r));
}

Value gc_get_referents(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(t, "get_referents", kwnames)) return Value();
  std::vector<Value> out;
  for (int i = 0; i < nargs; ++i)
    if (args[i].is_obj() && gc_is_container_kind(args[i].obj()->kind))
      gc_referents(args[i].obj(), collect_referent, &out);
  return new_list(t.vm, std::move(out));
}

Value gc_get_referrers(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  if (!no_kwargs(t, "get_referrers", kwnames)) return Value();
  std::vector<Object*> objs;
  gc_objects(t.vm, -1, objs);
  std::vector<Value> out;
  struct Search {
    Value* targets;
    int n;
    bool found;
  };
  for (Object* o : objs) {
    Search s{args, nargs, false};
    gc_referents(o, [](Object* r, void* arg) {
      auto* s = static_cast<Search*>(arg);
      for (int i = 0; i < s->n; ++i)
        if (s->targets[i].is_obj() && s->targets[i].obj() == r) s->found = true;
    }, &s);
    if (s.found) out.push_back(Value::borrow(o));
  }
  return new_list(t.vm, std::move(out));
}

Value gc_set_debug(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "set_debug", nargs, 1, 1)) return Value();
  int64_t flags;
  if (!arg_int(t, args[0], &flags)) return Value();
  t.vm.gc_state.debug = int(flags);
  return Value::none();
}

Value gc_get_debug(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "get_debug", nargs, 0, 0)) return Value();
  return Value::integer(t.vm.gc_state.debug);
}

Value gc_get_stats(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "get_stats", nargs, 0, 0)) return Value();
  std::vector<Value> out;
  for (int g = 0; g < 3; ++g) {
    Value d = new_dict(t.vm);
    const GcModuleState::Stats& s = t.vm.gc_state.stats[g];
    as_dict(d)->set_str(t.vm.intern("collections"), Value::integer(s.collections));
    as_dict(d)->set_str(t.vm.intern("collected"), Value::integer(s.collected));
    as_dict(d)->set_str(t.vm.intern("uncollectable"), Value::integer(0));
    out.push_back(std::move(d));
  }
  return new_list(t.vm, std::move(out));
}

Value gc_freeze_count(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "get_freeze_count", nargs, 0, 0)) return Value();
  return Value::integer(0);
}

}  // namespace

void init_gc_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  add_functions(vm, d, {
      {"collect", gc_collect_fn},
      {"enable", gc_enable},
      {"disable", gc_disable},
      {"isenabled", gc_isenabled},
      {"get_threshold", gc_get_threshold},
      {"set_threshold", gc_set_threshold},
      {"get_count", gc_get_count},
      {"get_objects", gc_get_objects},
      {"is_tracked", gc_is_tracked_fn},
      {"is_finalized", gc_is_finalized},
      {"get_referents", gc_get_referents},
      {"get_referrers", gc_get_referrers},
      {"set_debug", gc_set_debug},
      {"get_debug", gc_get_debug},
      {"get_stats", gc_get_stats},
      {"get_freeze_count", gc_freeze_count},
  });
  GcModuleState& st = vm.gc_state;
  if (!st.garbage) st.garbage = new_list(vm);
  if (!st.callbacks) st.callbacks = new_list(vm);
  d->set_str(vm.intern("garbage"), st.garbage);
  d->set_str(vm.intern("callbacks"), st.callbacks);
  static const struct {
    const char* name;
    int value;
  } kDebug[] = {{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
                {"DEBUG_SAVEALL", kGcDebugSaveAll}, {"DEBUG_LEAK", 38}};
  for (const auto& c : kDebug) d->set_str(vm.intern(c.name), Value::integer(c.value));
}

}  // namespace eddy
