// The `_stackless` module: the tasklet type and the scheduling functions (scheduler.h), plus the
// channel type (channels/channel.h). lib/stackless.py adds the module properties and `atomic`.
#include "tasklets/stackless.h"


#include <algorithm>

#include "channels/channel.h"
#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/threads.h"
#include "tasklets/scheduler.h"

namespace eddy {

void SchedulerDeleter::operator()(Scheduler* s) const {
  if (!s) return;
  for (Tasklet* w : s->watchdogs) Value::decref(w);
  s->watchdogs.clear();
  if (s->interrupted) Value::decref(s->interrupted);
  clear_timers(*s);
  s->release_after_switch.clear();
  s->idle.clear();
  for (auto& stack : s->stacks) platform::stack_free(stack);
  if (s->main) {
    if (s->main->next) Value steal = ring_remove(*s, s->main);
    Value::decref(s->main);
  }
  delete s;
}

Value exception_from_throw_args(Thread& t, const Value& exc, const Value& val, const Value& tb) {
  Value e;
  bool has_val = val && !val.is_none();
  if (is_kind(exc, Kind::Type) && static_cast<Type*>(exc.obj())->is_subtype(t.vm.types.BaseException)) {
    if (has_val && is_exception(val) && type_of(t, val)->is_subtype(static_cast<Type*>(exc.obj()))) {
      e = val;
    } else if (has_val && is_tuple(val)) {
      e = call(t, exc, as_tuple(val)->items(), int(as_tuple(val)->size));
    } else {
      Value a = val;
      e = call(t, exc, has_val ? &a : nullptr, has_val ? 1 : 0);
    }
    if (!e) return Value();
  } else if (is_exception(exc)) {
    if (has_val) return t.raise(t.vm.types.TypeError, "instance exception may not have a separate value");
    e = exc;
  } else {
    return t.raise(t.vm.types.TypeError,
                   "exceptions must be classes, or instances, not %s", type_name(t, exc));
  }
  if (tb && !tb.is_none()) {
    if (!is_kind(tb, Kind::Traceback)) return t.raise(t.vm.types.TypeError, "throw() third argument must be a traceback object");
    static_cast<Exception*>(e.obj())->traceback = tb;
  }
  return e;
}

void add_switching_methods(Runtime& vm, Type* type, std::initializer_list<SwitchingDef> defs) {
  for (const SwitchingDef& def : defs) {
    add_method(vm, type, def.name, def.fn);
    Value m = type->dict->get_str(vm.intern(def.name));
    static_cast<NativeFunction*>(m.obj())->may_switch = def.may_switch;
    if (def.may_switch && type->native_call == def.fn) type->native_call = nullptr;
  }
}

void add_switching_functions(Runtime& vm, Dict* d, std::initializer_list<SwitchingDef> defs) {
  for (const SwitchingDef& def : defs) {
    Value f = new_native(vm, def.name, def.fn);
    static_cast<NativeFunction*>(f.obj())->may_switch = def.may_switch;
    d->set_str(vm.intern(def.name), std::move(f));
  }
}

void add_native_property(Runtime& vm, Type* type, const char* name, NativeFn get, NativeFn set) {
  auto* d = new Descriptor(vm.types.property, DescriptorKind::Property);
  Value holder = Value::steal(d);
  d->fget = new_native(vm, name, get);
  d->fset = set ? new_native(vm, name, set) : Value::none();
  d->fdel = Value::none();
  d->doc = Value::none();
  type->dict->flags |= kFlagClassDict;
  type->dict->set_str(vm.intern(name), std::move(holder));
}

namespace {

Tasklet* self_tasklet(Value* args) { return static_cast<Tasklet*>(args[0].obj()); }


// Scheduled: in the run queue or blocked in a channel's queue.
bool in_queue(Tasklet* task) { return task->next != nullptr || task->blocked != 0; }

// A tasklet of another OS thread (or of one that ended) cannot be scheduled from here yet.
bool foreign(Thread& t, Tasklet* task) {
  if (task->thread == &t) return false;
  t.raise(t.vm.types.RuntimeError, "the tasklet belongs to another thread (not supported yet)");
  return true;
}

// switch_trap, checked before any queue changes (so that a refused switch changes nothing).
bool switch_allowed(Thread& t, Scheduler& s, Tasklet* target) {
  if (!s.switch_trap || target == s.running) return true;
  t.raise(t.vm.types.RuntimeError, "switch_trap");
  return false;
}

// ---------------------------------------------------------------- dropping a live tasklet

// Kills `task` from wherever the runtime finds it must go (its last reference dropped, or the
// collector found it in garbage): its finally blocks run now, outside the caller's flow, so any
// exception in flight is kept aside and errors are only reported. False: nothing to kill.
bool kill_outside(Thread& t, Tasklet* task, const char* why) {
  if (!t.sched) return false;
  Scheduler& s = *t.sched;
  if (!task->ctx.frame || task == s.running || (task->tflags & kTaskletMain) || s.shutting_down) return false;
  Value pending = t.take_pending();
  bool soft = std::exchange(t.soft_call, false);
  if (!(task->tflags & kTaskletStarted)) {  // never ran: nothing to unwind
    if (task->next && !task->blocked) Value ref = ring_remove(s, task);
    Value::decref(task->ctx.frame);
    task->ctx.frame = nullptr;
  } else {
    task->tempval = make_bomb(s, new_exception(t, t.vm.types.TaskletExit, Value()));
    Value r = schedule_task(s, s.running, task, false);  // takes it off a channel if blocked
    if (!r) {
      Value exc = t.take_pending();
      write_to_stderr(t, std::string("Exception ignored while killing a ") + why + " tasklet:\n" +
                             format_exception(t, exc));
    }
  }
  t.soft_call = soft;
  if (pending) t.pending = std::move(pending);
  return true;
}

// A tasklet whose last reference goes while it is alive is killed (held alive meanwhile) - by
// its own thread: one of another thread (or of a thread that ended) is left alone.
bool finalize(Object* o) {
  auto* task = static_cast<Tasklet*>(o);
  if (!task->thread || task->thread != &current_thread(task->type->vm[0])) return true;
  o->refcnt = 1;
  kill_outside(*task->thread, task, "released");
  return --o->refcnt == 0;
}

// The cycle collector found a tasklet in garbage: killed before the cycle is cleared (by its
// own thread only, as above).
void kill_garbage(Thread& t, Object* o) {
  if (static_cast<Tasklet*>(o)->thread != &t) return;
  Value keep = Value::borrow(o);
  kill_outside(t, static_cast<Tasklet*>(o), "collected");
}

}  // namespace

bool tasklet_finalize(Object* o) { return finalize(o); }
void tasklet_finalize_garbage(Thread& t, Object* o) { kill_garbage(t, o); }

namespace {

// ---------------------------------------------------------------- the tasklet type

void install_bottom_frame(Tasklet* task, Frame* f);

// (args: a tuple or None, kwargs: a dict or None - do_bind checks.)
bool bind_frame(Thread& t, Scheduler& s, Tasklet* task, const Value& args, const Value& kwargs) {
  Value a = args && !args.is_none() ? args : t.vm.empty_tuple;
  // As a call: the positional arguments, then the keyword values named by a tuple.
  Tuple* pos = as_tuple(a);
  std::vector<Value> buf(pos->items(), pos->items() + pos->size);
  Value names;
  if (kwargs && !kwargs.is_none() && as_dict(kwargs)->used > 0) {
    std::vector<Value> keys;
    for (auto& e : as_dict(kwargs)->entries) {
      if (e.key.is_null()) continue;
      keys.push_back(e.key);
      buf.push_back(e.value);
    }
    names = new_tuple(t.vm, keys.data(), int64_t(keys.size()));
  }
  Frame* f = tasklet_bottom_frame(t, s, task->tempval, buf.data(), int(pos->size), names ? as_tuple(names) : nullptr);
  if (!f) return false;
  install_bottom_frame(task, f);
  return true;
}

// The tasklet's (new) bottom frame: alive, paused, not started.
void install_bottom_frame(Tasklet* task, Frame* f) {
  if (task->ctx.frame) Value::decref(task->ctx.frame);
  task->ctx = ExecContext{};
  task->ctx.handled = Value::none();
  task->ctx.frame = f;
  task->ctx.recursion_depth = 0;  // 1 once it starts running (deliver)
  task->tflags &= uint16_t(~kTaskletStarted);
  task->tempval = Value::none();
}

// As in Stackless, the bound callable waits in tempval until setup() turns it into the bottom
// frame (tempval is None again then): bind(func) shows it there, bind(None, args) calls it.
Value do_bind(Thread& t, Tasklet* task, const Value& func, const Value& args, const Value& kwargs) {
  Scheduler& s = scheduler(t);
  if (func && !func.is_none() && !is_callable(func))
    return t.raise(t.vm.types.TypeError, "tasklet function must be a callable or None");
  if (args && !args.is_none() && !is_tuple(args))
    return t.raise(t.vm.types.TypeError, "tasklet args must be a tuple or None");
  if (kwargs && !kwargs.is_none() && !is_dict(kwargs))
    return t.raise(t.vm.types.TypeError, "tasklet kwargs must be a dictionary or None");
  if (task == s.running) return t.raise(t.vm.types.RuntimeError, "can't (re)bind the current tasklet");
  if (in_queue(task)) return t.raise(t.vm.types.RuntimeError, "tasklet is scheduled");
  bool is_main = task->tflags & kTaskletMain;
  // A main tasklet's native bottom (the call that runs its thread's code) is not C state in
  // Stackless's sense (nesting_level does not count it): unbinding it gets its own message.
  if (task->hard && (!is_main || task->ctx.nesting_level > 1))
    return t.raise(t.vm.types.RuntimeError, "tasklet has C state on its stack");
  bool has_args = (args && !args.is_none()) || (kwargs && !kwargs.is_none());
  bool no_func = !func || func.is_none();
  if (!has_args && is_main) return t.raise(t.vm.types.RuntimeError, "can't unbind the main tasklet");
  if (is_main)  // (its frames run on its thread's own stack: eddy cannot give it new ones)
    return t.raise(t.vm.types.RuntimeError, "can't rebind the main tasklet");
  // Every bind drops the frames the tasklet had, without running finally blocks.
  if (task->ctx.frame) Value::decref(task->ctx.frame);
  task->ctx.frame = nullptr;
  task->ctx.recursion_depth = 0;
  task->tflags &= uint16_t(~kTaskletStarted);
  if (!has_args) {  // bind(func), or unbind with bind(None)
    task->tempval = no_func ? Value::none() : func;
    return Value::borrow(task);
  }
  Value old;
  if (!no_func) old = std::exchange(task->tempval, func);
  if (!task->tempval || task->tempval.is_none()) {
    if (old) task->tempval = std::move(old);
    return t.raise(t.vm.types.RuntimeError, "the tasklet was not bound to a function");
  }
  if (!bind_frame(t, s, task, args, kwargs)) {
    if (old) task->tempval = std::move(old);
    return Value();
  }
  return Value::borrow(task);
}

Value tasklet_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (nargs == 1 && (!kw || kw->size == 0) && is_function(args[0])) {
    // tasklet(func), the common case: a new tasklet is not running, queued or holding C state,
    // so binding is just this.
    auto* task = new Tasklet(type, &t);
    task->tempval = args[0];
    return Value::steal(task);
  }
  Value a[3];
  if (!parse_args(t, "tasklet", args, nargs, kw, {"func", "args", "kwargs"}, 0, a)) return Value();
  Value self = Value::steal(new Tasklet(type, &t));
  if (a[0] && !do_bind(t, as_tasklet(self), a[0], a[1], a[2])) return Value();
  return self;
}

Value t_init(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(t, "tasklet", args + 1, nargs - 1, kw, {"func", "args", "kwargs"}, 0, a)) return Value();
  if (a[0] && !a[0].is_none() && !do_bind(t, self_tasklet(args), a[0], a[1], a[2])) return Value();
  return Value::none();
}

Value t_bind(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(t, "bind", args + 1, nargs - 1, kw, {"func", "args", "kwargs"}, 0, a)) return Value();
  return do_bind(t, self_tasklet(args), a[0] ? a[0] : Value::none(), a[1], a[2]);
}

Value t_setup(Thread& t, Value* args, int nargs, Tuple* kw) {
  Scheduler& s = scheduler(t);
  Tasklet* task = self_tasklet(args);
  if (tasklet_alive(s, task)) return t.raise(t.vm.types.RuntimeError, "tasklet is alive");
  if (!task->tempval || task->tempval.is_none())  // (the bound callable waits there)
    return t.raise(t.vm.types.RuntimeError, "the tasklet was not bound to a function");
  if (task->thread != &t && task->thread && task->thread->sched &&
      tasklet_alive(*task->thread->sched, task))
    return t.raise(t.vm.types.RuntimeError, "the tasklet belongs to another thread (not supported yet)");
  task->thread = &t;  // a tasklet that is not alive starts in the thread that sets it up
  Frame* f = tasklet_bottom_frame(t, s, task->tempval, args + 1, nargs - 1, kw);
  if (!f) return Value();
  install_bottom_frame(task, f);
  ring_insert(s, task);
  return args[0];
}

Value t_insert(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "insert", kw)) return Value();
  if (!check_nargs(t, "insert", nargs - 1, 0, 0)) return Value();
  Scheduler& s = scheduler(t);
  Tasklet* task = self_tasklet(args);
  if (task->blocked) return t.raise(t.vm.types.RuntimeError, "You cannot run a blocked tasklet");
  if (task->thread != &t) {  // queued in its own thread, which is woken
    if (!task->thread || !task->thread->sched || !task->ctx.frame)
      return t.raise(t.vm.types.RuntimeError, "You cannot run an unbound(dead) tasklet");
    return schedule_elsewhere(t, task) ? args[0] : Value();
  }
  if (!tasklet_alive(s, task)) return t.raise(t.vm.types.RuntimeError, "You cannot run an unbound(dead) tasklet");
  if (!in_queue(task)) ring_insert(s, task);
  return args[0];
}

Value t_remove(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "remove", kw)) return Value();
  if (!check_nargs(t, "remove", nargs - 1, 0, 0)) return Value();
  Scheduler& s = scheduler(t);
  Tasklet* task = self_tasklet(args);
  if (!task->thread && !in_queue(task)) return args[0];  // its thread ended: in no queue
  if (foreign(t, task)) return Value();
  if (task->blocked) return t.raise(t.vm.types.RuntimeError, "You cannot remove a blocked tasklet.");
  if (task == s.running) return t.raise(t.vm.types.RuntimeError, "The current tasklet cannot be removed.");
  if (in_queue(task)) Value ref = ring_remove(s, task);
  return args[0];
}

// run() and switch(): to `task` now; with `pause` the caller leaves the run queue.
Value run_or_switch(Thread& t, Tasklet* task, bool pause, bool soft) {
  Scheduler& s = scheduler(t);
  if (task->thread != &t) {  // it runs in its own thread; the caller goes on
    if (task->blocked) return t.raise(t.vm.types.RuntimeError, "You cannot run a blocked tasklet");
    if (!task->thread || !task->thread->sched || !task->ctx.frame)
      return t.raise(t.vm.types.RuntimeError, "You cannot run an unbound(dead) tasklet");
    return schedule_elsewhere(t, task) ? Value::none() : Value();
  }
  if (task->blocked) return t.raise(t.vm.types.RuntimeError, "You cannot run a blocked tasklet");
  if (!tasklet_alive(s, task)) return t.raise(t.vm.types.RuntimeError, "You cannot run an unbound(dead) tasklet");
  Tasklet* cur = s.current;
  if (task == cur) return Value::none();
  if (!switch_allowed(t, s, task)) return Value();
  if (!in_queue(task)) ring_insert(s, task);
  if (pause) s.release_after_switch.push_back(ring_remove(s, cur));
  return schedule_task(s, cur, task, soft);
}

Value t_run(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "run", kw)) return Value();
  bool soft = std::exchange(t.soft_call, false);
  if (!check_nargs(t, "run", nargs - 1, 0, 0)) return Value();
  return run_or_switch(t, self_tasklet(args), false, soft);
}

Value t_switch(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "switch", kw)) return Value();
  bool soft = std::exchange(t.soft_call, false);
  if (!check_nargs(t, "switch", nargs - 1, 0, 0)) return Value();
  return run_or_switch(t, self_tasklet(args), true, soft);
}

// throw(exc, val, tb, pending) and kill(pending): deliver an exception to `task`.
Value throw_to(Thread& t, Tasklet* task, Value exc, bool pending, bool soft) {
  Scheduler& s = scheduler(t);
  if (!task->thread && task->ctx.frame)  // its thread ended (bind_thread() would revive it)
    return t.raise(t.vm.types.RuntimeError, "tasklet has no thread");
  if (task->thread != &t) {  // raised when it next runs, in its own thread
    if (!task->thread || !task->thread->sched || !task->ctx.frame) {
      if (type_of(t, exc)->is_subtype(t.vm.types.TaskletExit)) return Value::none();
      return t.raise(t.vm.types.RuntimeError, "You cannot throw to a dead tasklet");
    }
    task->tempval = make_bomb(s, std::move(exc));
    return schedule_elsewhere(t, task) ? Value::none() : Value();
  }
  if (!tasklet_alive(s, task)) {
    if (type_of(t, exc)->is_subtype(t.vm.types.TaskletExit)) return Value::none();
    return t.raise(t.vm.types.RuntimeError, "You cannot throw to a dead tasklet");
  }
  if (task == s.running) return t.raise_value(exc);
  if (!pending && !switch_allowed(t, s, task)) return Value();
  if (!(task->tflags & kTaskletStarted) && type_of(t, exc)->is_subtype(t.vm.types.TaskletExit)) {
    // Killing a tasklet that never ran: it just dies.
    if (in_queue(task) && !task->blocked) Value ref = ring_remove(s, task);
    Value::decref(task->ctx.frame);
    task->ctx.frame = nullptr;
    return Value::none();
  }
  task->tempval = make_bomb(s, std::move(exc));
  if (pending) {
    make_runnable(s, task);
    return Value::none();
  }
  Value r = schedule_task(s, s.current, task, soft);
  if (!r || t.soft_switched) return r;
  return Value::none();
}

Value t_throw(Thread& t, Value* args, int nargs, Tuple* kw) {
  bool soft = std::exchange(t.soft_call, false);
  Value a[4];
  if (!parse_args(t, "throw", args + 1, nargs - 1, kw, {"exc", "val", "tb", "pending"}, 0, a)) return Value();
  if (!a[0]) return t.raise(t.vm.types.TypeError, "throw() missing required argument 'exc' (pos 1)");
  Value exc = exception_from_throw_args(t, a[0], a[1], a[2]);
  if (!exc) return Value();
  bool pending = a[3] && truthy(t, a[3]) == 1;
  return throw_to(t, self_tasklet(args), std::move(exc), pending, soft);
}

Value t_kill(Thread& t, Value* args, int nargs, Tuple* kw) {
  bool soft = std::exchange(t.soft_call, false);
  Value a[1];
  if (!parse_args(t, "kill", args + 1, nargs - 1, kw, {"pending"}, 0, a)) return Value();
  Value exc = new_exception(t, t.vm.types.TaskletExit, Value());
  bool pending = a[0] && truthy(t, a[0]) == 1;
  Tasklet* task = self_tasklet(args);
  if (!task->thread && task->ctx.frame) {
    // Its thread ended: as Stackless, which does not move a tasklet to another thread behind
    // one's back, the frames are dropped (no finally blocks run) and it leaves its channel.
    if (task->blocked) Value ref = channel_remove(task->channel, task);
    if (!task->hard) {  // (a C stack's frames stay with it: that stack never runs again)
      Value::decref(task->ctx.frame);
      task->ctx.frame = nullptr;
    }
    return Value::none();
  }
  return throw_to(t, task, std::move(exc), pending, soft);
}

Value t_raise_exception(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "raise_exception", kw)) return Value();
  bool soft = std::exchange(t.soft_call, false);
  if (nargs < 2) return t.raise(t.vm.types.TypeError, "raise_exception() takes at least 1 argument");
  Value exc = call(t, args[1], args + 2, nargs - 2);
  if (!exc) return Value();
  if (!is_exception(exc)) return t.raise(t.vm.types.TypeError, "exceptions must derive from BaseException");
  return throw_to(t, self_tasklet(args), std::move(exc), false, soft);
}

Value flag_setter(Thread& t, Value* args, int nargs, const char* name, uint16_t flag) {
  if (!check_nargs(t, name, nargs - 1, 1, 1)) return Value();
  if (!args[1].is_int() && !args[1].is_bool()) return t.raise(t.vm.types.TypeError, "an integer is required");
  Tasklet* task = self_tasklet(args);
  bool old = task->tflags & flag;
  if (args[1].as_int()) task->tflags |= flag;
  else task->tflags &= uint16_t(~flag);
  return Value::boolean(old);
}
// After set_atomic(False) or set_ignore_nesting(True) on the running tasklet, an interrupt the
// flag deferred fires.
Value flag_setter_then_check_irq(Thread& t, Value* a, int n, const char* name, uint16_t flag) {
  Value old = flag_setter(t, a, n, name, flag);
  if (old && t.sched && self_tasklet(a) == t.sched->running) check_pending_irq(*t.sched);
  return old;
}
Value t_set_atomic(Thread& t, Value* a, int n, Tuple* kw) {
  if (kw && !no_kwargs(t, "set_atomic", kw)) return Value();
  return flag_setter_then_check_irq(t, a, n, "set_atomic", kTaskletAtomic);
}
Value t_set_ignore_nesting(Thread& t, Value* a, int n, Tuple* kw) {
  if (kw && !no_kwargs(t, "set_ignore_nesting", kw)) return Value();
  return flag_setter_then_check_irq(t, a, n, "set_ignore_nesting", kTaskletIgnoreNesting);
}

// bind_thread(thread_id=None): the tasklet now belongs to that thread (the current one by
// default). Only a tasklet that is not running, not queued and has no C stack of its own moves.
// stackless.atomic(): `with` it, the current tasklet is atomic (set_atomic(True) on entry, the
// old flag back on exit). Native: it guards every lock's critical section.
struct AtomicGuard : GcObject {
  std::vector<bool> saved;  // one per active `with` (the same object may be entered again)
  explicit AtomicGuard(Type* type) : GcObject(Kind::Native, type) {}
};
Object* atomic_alloc(Thread& t, Type* type) {
  auto* g = new AtomicGuard(type);
  gc_untrack(g);
  return g;
}
void atomic_destroy(Object* o) { delete static_cast<AtomicGuard*>(o); }
const NativeOps kAtomicOps = {atomic_alloc, traverse_nothing, clear_nothing, nullptr, atomic_destroy, nullptr};

Value atomic_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "atomic", kw)) || !check_nargs(t, "atomic", nargs, 0, 0)) return Value();
  return Value::steal(atomic_alloc(t, type));
}
Value atomic_enter(Thread& t, Value* args, int nargs, Tuple*) {
  Tasklet* cur = scheduler(t).running;
  static_cast<AtomicGuard*>(args[0].obj())->saved.push_back(cur->tflags & kTaskletAtomic);
  cur->tflags |= kTaskletAtomic;
  return args[0];
}
Value atomic_exit(Thread& t, Value* args, int nargs, Tuple*) {
  auto* g = static_cast<AtomicGuard*>(args[0].obj());
  bool old = false;
  if (!g->saved.empty()) {
    old = g->saved.back();
    g->saved.pop_back();
  }
  Scheduler& s = scheduler(t);
  if (!old) {
    s.running->tflags &= uint16_t(~kTaskletAtomic);
    check_pending_irq(s);
  }
  return Value::boolean(false);
}

// A thread argument as Stackless reads one: an int, -1 for the current thread, else the
// identifier of a live script thread (not found: get_thread_info's RuntimeError, or
// bind_thread's ValueError). Null with the error raised.
Thread* thread_arg(Thread& t, const char* fname, const Value& id, bool info) {
  if (!id.is_int()) {
    t.raise(t.vm.types.TypeError, "%s() argument 1 must be int, not %s", fname,
            id.is_none() ? "None" : type_name(t, id));
    return nullptr;
  }
  if (id.as_int() == -1) return &t;
  if (id.as_int() < 0) {
    t.raise(t.vm.types.OverflowError, "can't convert negative value to unsigned int");
    return nullptr;
  }
  for (Thread* x : t.vm.threads)
    if (x->ident == id.as_int()) return x;
  if (info) t.raise(t.vm.types.RuntimeError, "Thread id not found");
  else t.raise(t.vm.types.ValueError, "bad thread");
  return nullptr;
}

Value t_bind_thread(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "bind_thread", kw)) return Value();
  if (!check_nargs(t, "bind_thread", nargs - 1, 0, 1)) return Value();
  bool to_current = nargs == 1 || (args[1].is_int() && args[1].as_int() == -1);
  Tasklet* task = self_tasklet(args);
  if (to_current && task->thread == &t) return Value::none();  // already there
  Thread* th = to_current ? &t : thread_arg(t, "bind_thread", args[1], false);
  if (!th) return Value();
  bool running = task->thread && task->thread->sched && task == task->thread->sched->running;
  if ((task->next || running) && !task->blocked)
    return t.raise(t.vm.types.RuntimeError, "can't (re)bind a runnable tasklet");
  if (task->hard) return t.raise(t.vm.types.RuntimeError, "tasklet has C state on its stack");
  task->thread = th;  // (a blocked one is woken there: channels read the waiter's thread)
  return Value::none();
}

// Attributes.
const ExecContext& context_of(Thread& t, Tasklet* task) {
  return task == scheduler(t).running ? t.ctx : task->ctx;
}
Value g_alive(Thread& t, Value* a, int, Tuple*) {
  Tasklet* task = self_tasklet(a);
  return Value::boolean(task->thread && tasklet_alive(scheduler(t), task));  // (detached: not alive)
}
Value g_paused(Thread& t, Value* a, int, Tuple*) {
  Tasklet* task = self_tasklet(a);
  return Value::boolean(task->thread && tasklet_alive(scheduler(t), task) && !in_queue(task));
}
Value g_blocked(Thread& t, Value* a, int, Tuple*) { return Value::boolean(self_tasklet(a)->blocked != 0); }
Value g_scheduled(Thread& t, Value* a, int, Tuple*) { return Value::boolean(in_queue(self_tasklet(a))); }
Value g_restorable(Thread& t, Value* a, int, Tuple*) {
  Tasklet* task = self_tasklet(a);
  const ExecContext& c = context_of(t, task);
  return Value::boolean(tasklet_alive(scheduler(t), task) && c.nesting_level == 0 && !task->hard &&
                        !(task->tflags & kTaskletMain));
}
Value g_atomic(Thread& t, Value* a, int, Tuple*) { return Value::boolean(self_tasklet(a)->tflags & kTaskletAtomic); }
Value g_ignore_nesting(Thread& t, Value* a, int, Tuple*) {
  return Value::boolean(self_tasklet(a)->tflags & kTaskletIgnoreNesting);
}
Value g_block_trap(Thread& t, Value* a, int, Tuple*) {
  return Value::boolean(self_tasklet(a)->tflags & kTaskletBlockTrap);
}
Value s_block_trap(Thread& t, Value* a, int, Tuple*) {
  int r = truthy(t, a[1]);
  if (r < 0) return Value();
  if (r) self_tasklet(a)->tflags |= kTaskletBlockTrap;
  else self_tasklet(a)->tflags &= uint16_t(~kTaskletBlockTrap);
  return Value::none();
}
Value g_is_main(Thread& t, Value* a, int, Tuple*) { return Value::boolean(self_tasklet(a)->tflags & kTaskletMain); }
Value g_is_current(Thread& t, Value* a, int, Tuple*) { return Value::boolean(self_tasklet(a) == scheduler(t).running); }
Value g_frame(Thread& t, Value* a, int, Tuple*) {
  Tasklet* task = self_tasklet(a);
  const ExecContext& c = context_of(t, task);
  if (!c.frame || !(task->tflags & kTaskletStarted)) return Value::none();
  return Value::borrow(c.frame);
}
Value g_tempval(Thread& t, Value* a, int, Tuple*) { return self_tasklet(a)->tempval; }
Value s_tempval(Thread& t, Value* a, int, Tuple*) {
  self_tasklet(a)->tempval = a[1];
  return Value::none();
}
Value g_next(Thread& t, Value* a, int, Tuple*) {
  Tasklet* n = self_tasklet(a)->next;
  return n ? Value::borrow(n) : Value::none();
}
Value g_prev(Thread& t, Value* a, int, Tuple*) {
  Tasklet* p = self_tasklet(a)->prev;
  return p ? Value::borrow(p) : Value::none();
}
Value g_recursion_depth(Thread& t, Value* a, int, Tuple*) {
  Tasklet* task = self_tasklet(a);
  if (!(task->tflags & kTaskletStarted)) return Value::integer(0);
  return Value::integer(context_of(t, task).recursion_depth);
}
Value g_nesting_level(Thread& t, Value* a, int, Tuple*) {
  // A thread's main tasklet starts inside the native call that runs its code (the program, a
  // thread's target): as in Stackless, that level does not count.
  Tasklet* task = self_tasklet(a);
  int level = context_of(t, task).nesting_level;
  if (task->tflags & kTaskletMain) level = std::max(0, level - 1);
  return Value::integer(level);
}
Value g_thread_id(Thread& t, Value* a, int, Tuple*) {
  Tasklet* task = self_tasklet(a);
  return Value::integer(task->thread ? task->thread->ident : -1);  // -1: its thread has ended
}
Value g_channel(Thread& t, Value* a, int, Tuple*) {
  Channel* ch = self_tasklet(a)->channel;
  return ch ? Value::borrow(ch) : Value::none();
}

// ---------------------------------------------------------------- module functions

// The tasklet whose code is running (also inside a schedule callback, which runs in the tasklet
// being left).
Value m_getcurrent(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "getcurrent", kw)) || !check_nargs(t, "getcurrent", nargs, 0, 0)) return Value();
  return Value::borrow(scheduler(t).running);
}
Value m_getmain(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "getmain", kw)) || !check_nargs(t, "getmain", nargs, 0, 0)) return Value();
  return Value::borrow(scheduler(t).main);
}
Value m_getruncount(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "getruncount", kw)) || !check_nargs(t, "getruncount", nargs, 0, 0)) return Value();
  return Value::integer(scheduler(t).runcount);
}
Value m_getcurrentid(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "getcurrentid", kw)) || !check_nargs(t, "getcurrentid", nargs, 0, 0)) return Value();
  Scheduler& s = scheduler(t);
  if (s.running == s.main) return Value::integer(t.ident);
  return Value::integer(int64_t(reinterpret_cast<uintptr_t>(s.running)));
}

Value m_schedule(Thread& t, Value* args, int nargs, Tuple* kw) {
  bool soft = std::exchange(t.soft_call, false);
  Value a[1];
  if (!parse_args(t, "schedule", args, nargs, kw, {"retval"}, 0, a)) return Value();
  Scheduler& s = scheduler(t);
  Tasklet* cur = s.current;
  cur->tempval = a[0] ? a[0] : Value::borrow(cur);
  return schedule_task(s, cur, cur->next, soft);
}

Value m_schedule_remove(Thread& t, Value* args, int nargs, Tuple* kw) {
  bool soft = std::exchange(t.soft_call, false);
  Value a[1];
  if (!parse_args(t, "schedule_remove", args, nargs, kw, {"retval"}, 0, a)) return Value();
  Scheduler& s = scheduler(t);
  Tasklet* cur = s.current;
  if (cur->next != cur && !switch_allowed(t, s, cur->next)) return Value();
  cur->tempval = a[0] ? a[0] : Value::borrow(cur);
  s.release_after_switch.push_back(ring_remove(s, cur));
  return schedule_task(s, cur, s.current, soft);  // nothing left: schedule_block
}

// run(): the caller waits (as a watchdog, out of the run queue) until the queue is empty or an
// error arrives. It keeps its C stack, so it can clean up after itself when it wakes.
// A watchdog leaves the list (Stackless's pop_watchdog); the armed timer goes with its owner.
Tasklet* pop_watchdog(Scheduler& s) {
  Tasklet* w = s.watchdogs.back();
  s.watchdogs.pop_back();
  if (w == s.timer_watchdog) s.timer_watchdog = nullptr;
  return w;  // the list's reference
}

// run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=False): the
// caller waits on the watchdog list while the run queue runs (scheduler.h; Stackless's
// PyStackless_RunWatchdogEx).
Value m_run(Thread& t, Value* args, int nargs, Tuple* kw) {
  t.soft_call = false;
  Value a[5];
  if (!parse_args(t, "run", args, nargs, kw, {"timeout", "threadblock", "soft", "ignore_nesting", "totaltimeout"},
                  0, a))
    return Value();
  int64_t v[5] = {0, 0, 0, 0, 0};
  for (int i = 0; i < 5; ++i) {
    if (!a[i]) continue;
    if (!a[i].is_int() && !a[i].is_bool())
      return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, a[i]));
    v[i] = a[i].as_int();
  }
  uint8_t flags = uint8_t((v[1] ? kRunThreadblock : 0) | (v[2] ? kRunSoft : 0) | (v[3] ? kRunIgnoreNesting : 0) |
                          (v[4] ? kRunTotalTimeout : 0));
  Scheduler& s = scheduler(t);
  Tasklet* cur = s.current;
  if (s.runcount <= 1) return Value::none();
  if (!switch_allowed(t, s, cur->next)) return Value();
  // "First timeout wins": only the first run() with a timeout arms it.
  bool timer = v[0] > 0 && !s.timer_watchdog;
  Value::incref(cur);
  s.watchdogs.push_back(cur);
  int64_t old_timeslice = s.timeslice, old_ticks = t.ticks_left;
  uint8_t old_runflags = s.runflags;
  if (timer) {
    s.timer_watchdog = cur;
    s.timeslice = v[0];
    s.runflags = flags;
    t.ticks_left = v[0];
  }
  Value ring_ref = ring_remove(s, cur);
  Value r = schedule_task(s, cur, s.current, false);
  // Awake: pop the watchdogs down to ours, deeper ones back into the run queue (unless they
  // were scheduled meanwhile), and disarm our timer. (Popped by a deeper one first: we were
  // made runnable by it, and our timer is gone already.)
  if (std::find(s.watchdogs.begin(), s.watchdogs.end(), cur) != s.watchdogs.end()) {
    while (!s.watchdogs.empty()) {
      Tasklet* popped = pop_watchdog(s);
      if (!in_queue(popped) && tasklet_alive(s, popped)) ring_insert(s, popped);
      Value::decref(popped);
      if (popped == cur) break;
    }
    if (timer) {
      s.timeslice = old_timeslice;
      s.runflags = old_runflags;
      t.ticks_left = old_ticks;
    }
  }
  if (!in_queue(cur)) ring_insert(s, cur);
  // An interrupt: a hard one returns its victim, out of the run queue (paused); a soft one
  // leaves it queued.
  Value victim = s.interrupted ? Value::steal(s.interrupted) : Value();
  s.interrupted = nullptr;
  if (!r) return Value();
  if (victim && !(flags & kRunSoft)) {
    Tasklet* vt = as_tasklet(victim);
    if (vt->next && !vt->blocked) Value ref = ring_remove(s, vt);
    return victim;
  }
  return Value::none();
}

// Seconds for a timed wait: an int or a float, not negative.
bool parse_seconds(Thread& t, const Value& v, const char* what, double* out) {
  if (!seconds_arg(t, v, out)) return false;
  if (*out < 0 || *out != *out) {
    t.raise(t.vm.types.ValueError, "%s must be non-negative", what);
    return false;
  }
  return true;
}

// time.sleep(seconds) once the scheduler exists: only the calling tasklet waits (on a channel
// of its own, with a timer); the thread sleeps in the OS only when nothing else can run.
Value tasklet_sleep(Thread& t, double seconds) {
  bool soft = std::exchange(t.soft_call, false);
  Scheduler& s = scheduler(t);
  Value ch = Value::steal(new Channel(s.channel_type));
  return receive_with_timeout(s, static_cast<Channel*>(ch.obj()), seconds, Value::none(), soft);
}

// _stackless.receive_timeout(channel, timeout, default=None): channel.receive(), but after
// `timeout` seconds without a sender it returns `default` instead.
Value m_receive_timeout(Thread& t, Value* args, int nargs, Tuple* kw) {
  bool soft = std::exchange(t.soft_call, false);
  Value a[3];
  if (!parse_args(t, "receive_timeout", args, nargs, kw, {"channel", "timeout", "default"}, 2, a)) return Value();
  if (!is_channel(a[0])) return t.raise(t.vm.types.TypeError, "receive_timeout() needs a channel");
  double seconds;
  if (!parse_seconds(t, a[1], "timeout", &seconds)) return Value();
  return receive_with_timeout(scheduler(t), static_cast<Channel*>(a[0].obj()), seconds,
                              a[2] ? a[2] : Value::none(), soft);
}

// _stackless._test_nostacklesscall(func, *args, **kw), as Stackless's test hook: calls
// func(*args, **kw) from native code, nested on the C stack, so a switch inside it is a hard
// switch. func None returns args. post_callback=cb calls cb(result, 0, 0, **kw) afterwards
// (the two flags: the call was not stackless); set_try_stackless= is accepted and ignored.
Value m_test_nostacklesscall(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (nargs < 1) return t.raise(t.vm.types.IndexError, "tuple index out of range");
  int nkw = kw ? int(kw->size) : 0;
  std::vector<Value> rest(args + 1, args + nargs);
  std::vector<Value> names;
  Value post;
  for (int i = 0; i < nkw; ++i) {
    const std::string& name = as_str(kw->items()[i])->s;
    if (name == "post_callback") post = args[nargs + i];
    else if (name != "set_try_stackless") {
      names.push_back(kw->items()[i]);
      rest.push_back(args[nargs + i]);
    }
  }
  Value kwnames = names.empty() ? Value() : new_tuple(t.vm, names.data(), int64_t(names.size()));
  Tuple* kn = kwnames ? as_tuple(kwnames) : nullptr;
  int npos = nargs - 1;
  Value result = args[0].is_none() ? new_tuple(t.vm, rest.data(), npos)
                                   : call(t, args[0], rest.data(), npos, kn);
  if (!result || !post) return result;
  std::vector<Value> cb_args = {result, Value::integer(0), Value::integer(0)};
  cb_args.insert(cb_args.end(), rest.begin() + npos, rest.end());
  return call(t, post, cb_args.data(), 3, kn);
}

Value m_switch_trap(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "switch_trap", kw)) return Value();
  if (!check_nargs(t, "switch_trap", nargs, 1, 1)) return Value();
  if (!args[0].is_int()) return t.raise(t.vm.types.TypeError, "an integer is required");
  Scheduler& s = scheduler(t);
  int old = s.switch_trap;
  s.switch_trap += int(args[0].as_int());
  refresh_extras(s);
  return Value::integer(old);
}

Value set_callback(Thread& t, Value* args, int nargs, Value& slot, const char* name, const char* what) {
  if (!check_nargs(t, name, nargs, 1, 1)) return Value();
  if (!args[0].is_none() && !is_callable(args[0]))
    return t.raise(t.vm.types.TypeError, "%s must be callable", what);
  Value old = slot ? slot : Value::none();
  slot = args[0].is_none() ? Value() : args[0];
  refresh_extras(scheduler(t));
  return old;
}
Value m_set_schedule_callback(Thread& t, Value* a, int n, Tuple* kw) {
  if (kw && !no_kwargs(t, "set_schedule_callback", kw)) return Value();
  return set_callback(t, a, n, scheduler(t).schedule_callback, "set_schedule_callback", "schedule callback");
}
Value m_get_schedule_callback(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "get_schedule_callback", kw)) || !check_nargs(t, "get_schedule_callback", nargs, 0, 0)) return Value();
  Value& v = scheduler(t).schedule_callback;
  return v ? v : Value::none();
}
Value m_set_channel_callback(Thread& t, Value* a, int n, Tuple* kw) {
  if (kw && !no_kwargs(t, "set_channel_callback", kw)) return Value();
  return set_callback(t, a, n, scheduler(t).channel_callback, "set_channel_callback", "channel callback");
}
Value m_get_channel_callback(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "get_channel_callback", kw)) || !check_nargs(t, "get_channel_callback", nargs, 0, 0)) return Value();
  Value& v = scheduler(t).channel_callback;
  return v ? v : Value::none();
}
Value m_set_error_handler(Thread& t, Value* a, int n, Tuple* kw) {
  if (kw && !no_kwargs(t, "set_error_handler", kw)) return Value();
  return set_callback(t, a, n, scheduler(t).error_handler, "set_error_handler", "error handler");
}

// get_thread_info(thread_id=None, flags=0): (main, current, runcount); flag bit 31 appends the
// watchdog list as Stackless's test suite reads it: [the armed watchdog or None, run() callers...].
Value m_get_thread_info(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "get_thread_info", kw)) return Value();
  if (!check_nargs(t, "get_thread_info", nargs, 0, 2)) return Value();
  Thread* th = nargs >= 1 ? thread_arg(t, "get_thread_info", args[0], true) : &t;
  if (!th) return Value();
  if (nargs == 2 && !args[1].is_int()) return t.raise(t.vm.types.TypeError, "an integer is required");
  std::vector<Value> info;
  if (th != &t && !th->sched) {  // a thread that has not used tasklets yet
    info = {Value::none(), Value::none(), Value::integer(0)};
  } else {
    Scheduler& s = scheduler(*th);
    info = {Value::borrow(s.main), Value::borrow(s.running), Value::integer(s.runcount)};
    if (nargs == 2 && (args[1].as_int() & (int64_t(1) << 31))) {
      std::vector<Value> list = {s.timer_watchdog ? Value::borrow(s.timer_watchdog) : Value::none()};
      for (Tasklet* w : s.watchdogs) list.push_back(Value::borrow(w));
      info.push_back(new_list(t.vm, std::move(list)));
    }
  }
  return new_tuple(t.vm, info.data(), int64_t(info.size()));
}

// The identifiers of the threads running script code, main first.
Value m_threads(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "_threads", kw)) || !check_nargs(t, "_threads", nargs, 0, 0)) return Value();
  std::vector<Value> ids;
  for (Thread* x : t.vm.threads) ids.push_back(Value::integer(x->ident));
  return new_list(t.vm, std::move(ids));
}

// Every live tasklet that `keep` accepts (each one is tracked by the collector: its
// generation lists find them all, in any thread).
template <typename Pred>
std::vector<Value> tasklets_where(Runtime& vm, Pred keep) {
  std::vector<Value> found;
  for (auto& gen : vm.gc.gen)
    for (GcNode* n = gen.head.next; n != &gen.head; n = n->next) {
      GcObject* o = gc_object_of(n);
      if (o->kind == Kind::Native && o->type->native_ops == &kTaskletOps && keep(static_cast<Tasklet*>(o)))
        found.push_back(Value::borrow(o));
    }
  return found;
}

// Whether eddy was built with assertions (a debug build), as Stackless's getdebug().
Value m_getdebug(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "getdebug", kw)) || !check_nargs(t, "getdebug", nargs, 0, 0)) return Value();
#ifdef NDEBUG
  return Value::boolean(false);
#else
  return Value::boolean(true);
#endif
}

// The tasklets suspended with native frames on a C stack of their own (any thread), as
// Stackless's getuncollectables(): killing them is what frees those stacks.
Value m_getuncollectables(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "getuncollectables", kw)) || !check_nargs(t, "getuncollectables", nargs, 0, 0))
    return Value();
  return new_list(t.vm, tasklets_where(t.vm, [](Tasklet* task) {
    return task->hard && !(task->tflags & kTaskletMain);
  }));
}

Value m_enable_softswitch(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "enable_softswitch", kw)) || !check_nargs(t, "enable_softswitch", nargs, 1, 1)) return Value();
  return Value::boolean(true);
}

void shutdown_thread(Thread& t, bool only_c_state);

// A script thread ends (runtime/threads.cpp), as in Stackless: its tasklets with C state (a C
// stack of their own) are killed; the others are detached - out of its run queue, thread_id
// -1, not alive - and one that bind_thread() moves to a live thread can run again there.
void thread_exit(Thread& t) {
  if (!t.sched) return;
  shutdown_thread(t, true);
  Scheduler& s = *t.sched;
  std::vector<Value> detached = tasklets_where(t.vm, [&](Tasklet* task) { return task->thread == &t; });
  for (auto& v : detached) {
    Tasklet* task = as_tasklet(v);
    if (task->next && !task->blocked && task != s.main) Value ref = ring_remove(s, task);
    task->thread = nullptr;
  }
}

void shutdown(Thread& t) { shutdown_thread(t, false); }

// At VM shutdown: kill what is still alive (finally blocks run), then end the idle fibers.
void shutdown_thread(Thread& t, bool only_c_state) {
  if (!t.sched) return;
  Scheduler& s = *t.sched;
  for (int round = 0; round < 4; ++round) {
    std::vector<Value> victims = tasklets_where(t.vm, [&](Tasklet* task) {
      return task->ctx.frame && task != s.running && task->thread == &t && (!only_c_state || task->hard);
    });
    if (victims.empty()) break;
    for (auto& v : victims) {
      Tasklet* task = as_tasklet(v);
      if (!tasklet_alive(s, task) || task == s.running) continue;
      Value r = throw_to(t, task, new_exception(t, t.vm.types.TaskletExit, Value()), false, false);
      if (!r) t.clear_pending();
    }
  }
  s.shutting_down = true;
  clear_timers(s);
  // Idle fibers: each one's dispatch loop returns on an empty context and switches back here.
  while (!s.idle.empty()) {
    platform::Fiber f = std::move(*s.idle.back());
    s.idle.pop_back();
    ExecContext saved;
    ExecContext& live = t.ctx;
    saved.frame = live.frame;
    live.frame = nullptr;
    saved.handled = std::move(live.handled);
    saved.recursion_depth = live.recursion_depth;
    saved.nesting_level = live.nesting_level;
    live.handled = Value::none();
    live.recursion_depth = live.nesting_level = 0;
    char* limit = t.stack_limit;
    platform::FiberStack here = s.running_stack;
    s.resume_soft = true;
    s.quit_to.stack = here;
    s.running_stack = f.stack;
    platform::fiber_switch(&s.quit_to, f);
    s.running_stack = here;
    t.stack_limit = limit;
    live.frame = saved.frame;
    live.handled = std::move(saved.handled);
    live.recursion_depth = saved.recursion_depth;
    live.nesting_level = saved.nesting_level;
    t.soft_switched = false;
  }
}

const char* kEntrySource =
    "def __tasklet_call__(f, a, k):\n"
    "    return f(*a, **k)\n";

}  // namespace

void init_stackless_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  Type* tasklet = make_module_type(vm, "_stackless", "tasklet", Kind::Native, &kTaskletOps, tasklet_construct);
  Type* channel = make_module_type(vm, "_stackless", "channel", Kind::Native, nullptr, nullptr);
  Type* bomb = make_module_type(vm, "_stackless", "bomb", Kind::Tuple, nullptr, nullptr);
  vm.tasklet_types.tasklet = tasklet;
  vm.tasklet_types.channel = channel;
  vm.tasklet_types.bomb = bomb;
  Scheduler* s = &scheduler(t);  // this thread's (created with the types; the entry comes below)
  init_channel_type(t, *s, channel);

  add_switching_methods(vm, tasklet, {
      {"__init__", t_init, false},        {"bind", t_bind, false},
      {"setup", t_setup, false},          {"__call__", t_setup, false},
      {"insert", t_insert, false},        {"remove", t_remove, false},
      {"run", t_run, true},               {"switch", t_switch, true},
      {"kill", t_kill, true},             {"throw", t_throw, true},
      {"raise_exception", t_raise_exception, true}, {"set_atomic", t_set_atomic, false},
      {"set_ignore_nesting", t_set_ignore_nesting, false}, {"bind_thread", t_bind_thread, false},
  });
  add_native_property(vm, tasklet, "alive", g_alive, nullptr);
  add_native_property(vm, tasklet, "paused", g_paused, nullptr);
  add_native_property(vm, tasklet, "blocked", g_blocked, nullptr);
  add_native_property(vm, tasklet, "scheduled", g_scheduled, nullptr);
  add_native_property(vm, tasklet, "restorable", g_restorable, nullptr);
  add_native_property(vm, tasklet, "atomic", g_atomic, nullptr);
  add_native_property(vm, tasklet, "ignore_nesting", g_ignore_nesting, nullptr);
  add_native_property(vm, tasklet, "block_trap", g_block_trap, s_block_trap);
  add_native_property(vm, tasklet, "is_main", g_is_main, nullptr);
  add_native_property(vm, tasklet, "is_current", g_is_current, nullptr);
  add_native_property(vm, tasklet, "frame", g_frame, nullptr);
  add_native_property(vm, tasklet, "tempval", g_tempval, s_tempval);
  add_native_property(vm, tasklet, "next", g_next, nullptr);
  add_native_property(vm, tasklet, "prev", g_prev, nullptr);
  add_native_property(vm, tasklet, "recursion_depth", g_recursion_depth, nullptr);
  add_native_property(vm, tasklet, "nesting_level", g_nesting_level, nullptr);
  add_native_property(vm, tasklet, "thread_id", g_thread_id, nullptr);
  add_native_property(vm, tasklet, "channel", g_channel, nullptr);


  d->set_str(vm.intern("tasklet"), Value::borrow(tasklet));
  d->set_str(vm.intern("channel"), Value::borrow(channel));
  d->set_str(vm.intern("bomb"), Value::borrow(bomb));
  d->set_str(vm.intern("TaskletExit"), Value::borrow(vm.types.TaskletExit));
  add_switching_functions(vm, d, {
      {"getcurrent", m_getcurrent, false},   {"getmain", m_getmain, false},
      {"getruncount", m_getruncount, false}, {"getcurrentid", m_getcurrentid, false},
      {"schedule", m_schedule, true},        {"schedule_remove", m_schedule_remove, true},
      {"run", m_run, false},                 {"switch_trap", m_switch_trap, false},
      {"set_schedule_callback", m_set_schedule_callback, false},
      {"get_schedule_callback", m_get_schedule_callback, false},
      {"set_channel_callback", m_set_channel_callback, false},
      {"get_channel_callback", m_get_channel_callback, false},
      {"set_error_handler", m_set_error_handler, false},
      {"get_thread_info", m_get_thread_info, false}, {"_threads", m_threads, false},
      {"enable_softswitch", m_enable_softswitch, false},
      {"receive_timeout", m_receive_timeout, true},
      {"_test_nostacklesscall", m_test_nostacklesscall, false},
      {"getdebug", m_getdebug, false},       {"getuncollectables", m_getuncollectables, false},
  });

  Value helper = vm.run_source(t, kEntrySource, "<stackless>", "_stackless_entry");
  if (helper)
    s->tasklet_entry = vm.tasklet_types.entry =
        static_cast<Module*>(helper.obj())->dict->get_str(vm.intern("__tasklet_call__"));
  Type* atomic = make_module_type(vm, "_stackless", "atomic", Kind::Native, &kAtomicOps, atomic_construct);
  add_method(vm, atomic, "__enter__", atomic_enter);
  add_method(vm, atomic, "__exit__", atomic_exit);
  d->set_str(vm.intern("atomic"), Value::borrow(atomic));
  vm.shutdown_tasklets = shutdown;
  vm.tasklet_sleep = tasklet_sleep;
  vm.switch_inhibited = [](Thread& th) { return th.sched && (th.sched->running->tflags & kTaskletAtomic) != 0; };
  vm.thread_exit_tasklets = thread_exit;
}

// A thread's scheduler, its main tasklet the code running now.
Scheduler& create_scheduler(Thread& t) {
  auto& types = t.vm.tasklet_types;
  auto* s = new Scheduler(t);
  t.sched.reset(s);
  s->running_stack = platform::thread_stack();
  s->tasklet_type = types.tasklet;
  s->channel_type = types.channel;
  s->bomb_type = types.bomb;
  s->tasklet_entry = types.entry;
  s->main = new Tasklet(types.tasklet, &t);
  s->main->tflags = kTaskletMain | kTaskletStarted;
  ring_insert(*s, s->main);  // the ring's reference; s->main keeps its own
  s->running = s->main;
  return *s;
}

}  // namespace eddy
