// The scheduler: the run queue, switching, ending, blocking. See scheduler.h for the invariants.
#include "tasklets/scheduler.h"

#include <algorithm>

#include "channels/channel.h"
#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "platform/clock.h"
#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/threads.h"
#include "tasklets/stackless.h"
#include "tasklets/switch.h"

namespace eddy {

namespace {

constexpr size_t kFiberStackSize = size_t(512) << 10;
constexpr size_t kFiberStackMargin = size_t(160) << 10;  // RecursionError before the guard page
constexpr size_t kGuardedStacks = 8192;

// What a tasklet's interrupted call returns when it resumes: its tempval (reset to None), or
// the bomb in it raised.
Value claim(Scheduler& s, Tasklet* task) {
  Value v = std::move(task->tempval);
  task->tempval = Value::none();
  if (is_bomb(s, v)) {
    s.t.raise_value((*as_tuple(v))[0]);
    return Value();
  }
  return v;
}

}  // namespace

// deliver's general case (tasklets/switch.h): a tasklet starting, preempted, suspended in a
// generic call (whose slots are dropped after the switch: they may be the last references to
// objects whose destructors run script code), or with a bomb to raise.
void deliver_slow(Scheduler& s, Tasklet* next) {
  Frame* f = s.t.ctx.frame;
  bool started = next->tflags & kTaskletStarted;
  if (!started) {  // the bottom frame starts at its first instruction
    next->tflags |= kTaskletStarted;
    s.t.ctx.recursion_depth = 1;
  }
  if (!started || (f->fflags & kFramePreempted)) {  // not suspended in a call: nothing to push
    if (is_bomb(s, next->tempval)) f->fflags |= kFrameBomb;
    return;
  }
  Value* top = f->stack_base() + f->stack_depth;
  if (uint32_t n = f->call_slots) {
    f->call_slots = 0;
    f->stack_depth -= n;
    for (; n > 0; --n) {
      Value& slot = *--top;  // left Null, as every slot above the stack height
      if (!slot.is_obj()) slot = Value();
      else if (slot.obj()->refcnt == 1) s.release_after_switch.push_back(std::move(slot));
      else --slot.release()->refcnt;
    }
  }
  if (is_bomb(s, next->tempval)) {
    f->fflags |= kFrameBomb;
    return;
  }
  new (top) Value(std::move(next->tempval));
  next->tempval = Value::none();
  ++f->stack_depth;
}

void release_all_after_switch(Scheduler& s) {
  while (!s.release_after_switch.empty()) {
    Value v = std::move(s.release_after_switch.back());
    s.release_after_switch.pop_back();
  }
}

namespace {

void generic_fiber_entry(void* arg);

// A fiber for running tasklets that have no C stack of their own.
platform::Fiber take_idle_fiber(Scheduler& s) {
  if (!s.idle.empty()) {
    platform::Fiber f = std::move(*s.idle.back());
    s.idle.pop_back();
    return f;
  }
  // Guard pages for the first stacks only: each costs a kernel memory mapping (Linux allows
  // ~65,000 per process), and the C stack limit check (Thread::stack_limit, kFiberStackMargin
  // before the end) already stops native recursion in time.
  platform::FiberStack stack = platform::stack_allocate(kFiberStackSize, s.stacks.size() < kGuardedStacks);
  if (!stack.base) {
    std::fprintf(stderr, "eddy: out of memory for a tasklet stack\n");
    std::abort();
  }
  s.stacks.push_back(stack);
  return platform::fiber_new(stack, generic_fiber_entry, &s);
}

// Back on this C stack after a hard switch: either prev itself was resumed, or this was an idle
// fiber put to work running the (soft) current tasklet.
Value resumed(Scheduler& s, Tasklet* prev) {
  release_after_switch(s);
  if (s.resume_soft) {
    s.resume_soft = false;
    s.t.soft_switched = true;
    return Value::none();
  }
  return claim(s, prev);
}

// Switches the C stack to `target`; the one we leave is kept in *save.
void switch_stacks(Scheduler& s, platform::Fiber* save, platform::Fiber& target, char* target_limit) {
  save->stack = s.running_stack;
  s.running_stack = target.stack;
  s.t.stack_limit = target_limit;
  platform::fiber_switch(save, target);
}

// The C stack side of a hard switch (the contexts are exchanged already): next resumes inside
// the native call it is suspended in, or runs in an idle fiber; the C stack being left is kept
// by prev (keep_stack) or becomes idle.
__attribute__((noinline)) Value hard_transfer(Scheduler& s, Tasklet* prev, Tasklet* next, bool keep_stack) {
  Thread& t = s.t;
  platform::Fiber target;
  char* limit;
  if (next->hard) {
    target = std::move(next->hard->fiber);
    limit = next->hard->stack_limit;
    next->hard.reset();
    s.resume_soft = false;
  } else {
    deliver(s, next);
    target = take_idle_fiber(s);
    limit = target.stack.base + kFiberStackMargin;
    s.resume_soft = true;
  }
  platform::Fiber* save;
  if (keep_stack) {
    prev->hard = std::make_unique<HardState>();
    prev->hard->stack_limit = t.stack_limit;
    save = &prev->hard->fiber;
  } else {
    s.idle.push_back(std::make_unique<platform::Fiber>());
    save = s.idle.back().get();
  }
  switch_stacks(s, save, target, limit);
  return resumed(s, prev);
}

// The switch proper, after the queues are set: see the invariants in scheduler.h.
Value transfer(Scheduler& s, Tasklet* prev, Tasklet* next, bool soft) {
  Thread& t = s.t;
  bool finished = t.ctx.frame == nullptr && prev != s.main;
  bool keep_stack = !finished && (!soft || t.ctx.nesting_level > 0 || prev == s.main);
  switch_contexts(s, prev, next);
  if (next->hard || keep_stack) return hard_transfer(s, prev, next, keep_stack);
  finish_soft_switch(s, next);
  return Value::none();
}

// An idle fiber's life: a dispatch loop serving whichever tasklet is current, until shutdown.
void generic_fiber_entry(void* arg) {
  auto* s = static_cast<Scheduler*>(arg);
  release_after_switch(*s);
  s->resume_soft = false;
  run_loop(s->t);  // returns only at shutdown (an empty context)
  platform::Fiber dead;
  platform::Fiber back = std::move(s->quit_to);
  platform::fiber_switch(&dead, back);
}

}  // namespace

namespace {

// What a tasklet holds: its tempval and its suspended frames (exec_context_traverse). The
// collector reads the same through tasklet_exec_state, without a call per reference.
void tasklet_traverse(Object* o, void (*visit)(Object*, void*), void* arg) {
  auto* task = static_cast<Tasklet*>(o);
  auto report = [visit, arg](Object* r) { visit(r, arg); };
  if (task->tempval.is_obj()) report(task->tempval.obj());
  exec_context_traverse(task->ctx, report);
}

ExecContext* tasklet_exec_state(Object* o, Value** value) {
  auto* task = static_cast<Tasklet*>(o);
  *value = &task->tempval;
  return &task->ctx;
}

void tasklet_clear(Object* o) {
  auto* task = static_cast<Tasklet*>(o);
  task->tempval = Value::none();
}

void tasklet_destroy(Object* o) {
  auto* task = static_cast<Tasklet*>(o);
  if (task->ctx.frame) Value::decref(task->ctx.frame);
  task->ctx.frame = nullptr;
  delete task;
}

Object* tasklet_alloc(Thread& t, Type* type) { return new Tasklet(type, &t); }

}  // namespace

bool tasklet_finalize(Object* o);  // stackless_module.cpp: a live tasklet is killed
void tasklet_finalize_garbage(Thread& t, Object* o);

const NativeOps kTaskletOps = {tasklet_alloc,    tasklet_traverse, tasklet_clear,
                               tasklet_finalize, tasklet_destroy,  tasklet_finalize_garbage,
                               tasklet_exec_state};

Tasklet* as_tasklet(const Value& v) { return static_cast<Tasklet*>(v.obj()); }

bool is_tasklet(Thread& t, const Value& v) {
  return is_kind(v, Kind::Native) && v.obj()->type->native_ops == &kTaskletOps;
}

void make_runnable(Scheduler& s, Tasklet* task) {
  if (task->blocked) ring_adopt(s, static_cast<Tasklet*>(channel_remove(task->channel, task).release()));
  else if (!task->next) ring_insert(s, task);
}

Value make_bomb(Scheduler& s, Value exc) {
  Value b = new_tuple(s.t.vm, {std::move(exc)});
  b.obj()->type = s.bomb_type;
  return b;
}

Tasklet* wakeup_target(Scheduler& s) { return s.watchdogs.empty() ? s.main : s.watchdogs.back(); }

namespace {
__attribute__((noinline)) void run_schedule_callback(Scheduler& s, Tasklet* prev, Tasklet* next) {
  Thread& t = s.t;
  s.in_callback = true;
  Value args[2] = {tasklet_alive(s, prev) ? Value::borrow(prev) : Value::none(), Value::borrow(next)};
  Value r = call(t, s.schedule_callback, args, 2);
  s.in_callback = false;
  if (!r) {
    Value exc = t.take_pending();
    std::string text = "Error in scheduling callback\n" + format_exception(t, exc);
    write_to_stderr(t, text);
  }
}
}  // namespace

// Whether the watchdog may interrupt `task` at the thread's nesting level.
bool nesting_ok(Scheduler& s, Tasklet* task) {
  int level = s.t.ctx.nesting_level - (task == s.main ? 1 : 0);  // main's own bottom is native
  return level <= 0 || (task->tflags & kTaskletIgnoreNesting) || (s.runflags & kRunIgnoreNesting);
}

// A soft interrupt (run(soft=True)) pending on prev takes effect at its voluntary switch: the
// watchdog runs instead of next (which goes on after it), or the flag passes to next.
void schedule_soft_irq(Scheduler& s, Tasklet* prev, Tasklet*& next, bool not_now) {
  Tasklet* watchdog = s.timer_watchdog ? s.timer_watchdog : s.main;
  prev->tflags &= uint16_t(~kTaskletPendingIrq);
  if (watchdog->next) return;  // not floating: probably an exception on its way to it
  if (prev == watchdog || next == watchdog) return;
  if (not_now || !nesting_ok(s, prev)) {
    next->tflags |= kTaskletPendingIrq;
    return;
  }
  if (s.interrupted) Value::decref(s.interrupted);
  s.interrupted = next;
  Value::incref(next);
  Tasklet* head = s.current;  // the watchdog goes in just before next
  s.current = next;
  ring_insert(s, watchdog);
  s.current = head;
  next = watchdog;
}

bool schedule_elsewhere(Thread& t, Tasklet* task) {
  Thread* owner = task->thread;
  if (!owner || !owner->sched) {
    t.raise(t.vm.types.RuntimeError, "the tasklet's thread has ended");
    return false;
  }
  if (task != owner->sched->running) make_runnable(*owner->sched, task);
  wake_thread(*owner);
  return true;
}

Value schedule_task(Scheduler& s, Tasklet* prev, Tasklet* next, bool soft) {
  if (__builtin_expect(!s.timers.empty(), 0)) pump_timers(s);
  if (!next) return schedule_block(s, prev, soft);
  if (__builtin_expect(next->thread != &s.t, 0)) {
    // A tasklet of another thread becomes runnable there (that thread is woken); prev goes on.
    if (!schedule_elsewhere(s.t, next)) return Value();
    next = prev;
  }
  if (s.switch_trap && prev != next) return s.t.raise(s.t.vm.types.RuntimeError, "switch_trap");
  make_runnable(s, next);  // (switching to a blocked tasklet takes it off its channel)
  bool no_soft_irq = std::exchange(s.no_soft_irq, false);
  if (__builtin_expect(prev->tflags & kTaskletPendingIrq, 0) && (s.runflags & kRunSoft))
    schedule_soft_irq(s, prev, next, no_soft_irq);
  if (prev == next) {
    s.current = prev;
    s.running = prev;
    return claim(s, prev);
  }
  if (has_callback(s.schedule_callback) && !s.in_callback) run_schedule_callback(s, prev, next);
  return transfer(s, prev, next, soft);
}

namespace {

bool timer_later(const Timer& a, const Timer& b) {
  return a.deadline > b.deadline || (a.deadline == b.deadline && a.seq > b.seq);
}

// `task` becomes runnable (off its channel, if blocked) and raises `exc` when it resumes.
void wake_with_exception(Scheduler& s, Tasklet* task, Value exc) {
  make_runnable(s, task);
  s.release_after_switch.push_back(std::exchange(task->tempval, make_bomb(s, std::move(exc))));
}

}  // namespace

Value receive_with_timeout(Scheduler& s, Channel* ch, double seconds, Value on_timeout, bool soft) {
  Tasklet* cur = s.current;
  if (ch->balance <= 0) {  // it will wait: arm the timer
    ++cur->wait_serial;
    Value::incref(cur);
    Value::incref(ch);
    s.timers.push_back(Timer{platform::monotonic_time() + seconds, s.timer_seq++, cur, ch, cur->wait_serial,
                             std::move(on_timeout)});
    std::push_heap(s.timers.begin(), s.timers.end(), timer_later);
    }
  return channel_action(s.t, ch, -1, Value::none(), soft);
}

namespace {

// Whether the wait a timer was armed for is still going on.
bool timer_live(const Timer& tm) {
  return tm.task->blocked && tm.task->channel == tm.chan && tm.task->wait_serial == tm.wait_serial;
}

// Takes the earliest timer off the heap; fires it if its wait is still going on.
void pop_timer(Scheduler& s, bool fire) {
  std::pop_heap(s.timers.begin(), s.timers.end(), timer_later);
  Timer tm = std::move(s.timers.back());
  s.timers.pop_back();
  Tasklet* task = tm.task;
  if (fire && timer_live(tm)) {
    ring_adopt(s, static_cast<Tasklet*>(channel_remove(tm.chan, task).release()));
    s.release_after_switch.push_back(std::exchange(task->tempval, std::move(tm.value)));
  }
  // (References go after the switch: they may be the last ones, and destructors run script.)
  s.release_after_switch.push_back(Value::steal(task));
  s.release_after_switch.push_back(Value::steal(tm.chan));
}

}  // namespace

void pump_timers(Scheduler& s) {
  double now = platform::monotonic_time();
  while (!s.timers.empty() && s.timers.front().deadline <= now) pop_timer(s, true);
}

void clear_timers(Scheduler& s) {
  std::vector<Timer> timers = std::move(s.timers);
  s.timers.clear();
  for (Timer& tm : timers) {
    Value::decref(tm.task);
    Value::decref(tm.chan);
  }
}

// Nothing runnable: the thread waits in the OS (without the GIL) while something can still
// give it work - a timer that will come due, or another thread that can still run (and insert a
// tasklet here, waking it) - instead of deadlocking. Returns with something runnable, or when
// nothing can come (then the caller revives the watchdog or reports the deadlock). Without
// timers, a watchdog waiting in run() is revived at once (Stackless's rule) unless run() was
// called with threadblock. (A Ctrl-C wakes the wait: KeyboardInterrupt goes where an error would.)
void wait_for_work(Scheduler& s) {
  Thread& t = s.t;
  while (!s.current) {
    while (!s.timers.empty() && !timer_live(s.timers.front())) pop_timer(s, false);
    bool timers = !s.timers.empty();
    if (!timers) {
      Tasklet* wakeup = wakeup_target(s);
      bool revive = !(s.runflags & kRunThreadblock) && !wakeup->next && !wakeup->blocked && tasklet_alive(s, wakeup);
      if (revive || !other_threads_runnable(t)) return;
    }
    wait_for_wake(t, timers ? s.timers.front().deadline : -1.0);
    if (t.interrupt.load(std::memory_order_relaxed) & kInterruptKeyboard) {
      t.interrupt.fetch_and(~uint32_t(kInterruptKeyboard));
      wake_with_exception(s, wakeup_target(s), new_exception(t, t.vm.types.KeyboardInterrupt, Value()));
      return;
    }
    pump_timers(s);
  }
}

Value schedule_block(Scheduler& s, Tasklet* prev, bool soft) {
  Thread& t = s.t;
  wait_for_work(s);
  if (s.current) return schedule_task(s, prev, s.current, soft);
  Tasklet* wakeup = wakeup_target(s);
  if (!wakeup->next && !wakeup->blocked && tasklet_alive(s, wakeup)) {
    // The watchdog (or main) waits in run(), paused: it wakes. A bomb in prev goes with it.
    if (is_bomb(s, prev->tempval) && wakeup != prev) {
      wakeup->tempval = std::move(prev->tempval);
      prev->tempval = Value::none();
    }
    return schedule_task(s, prev, wakeup, soft);
  }
  prev->tempval = make_bomb(s, new_exception(t, t.vm.types.RuntimeError,
                                             new_tuple(t.vm, {new_str(t.vm, "Deadlock: the last runnable tasklet cannot be blocked.")})));
  return schedule_task(s, prev, prev, soft);
}

void tasklet_end(Thread& t, Value result) {
  Scheduler& s = scheduler(t);
  Tasklet* task = s.running;
  Value bomb;
  if (!result) {
    Value exc = t.take_pending();
    Type* et = type_of(t, exc);
    if (et->is_subtype(t.vm.types.TaskletExit)) {
      result = Value::none();
    } else if (et->is_subtype(t.vm.types.SystemExit)) {
      bomb = exc;  // a real SystemExit ends the program: main gets it
    } else if (has_callback(s.error_handler)) {
      Value args[3] = {Value::borrow(et), exc,
                       is_exception(exc) ? static_cast<Exception*>(exc.obj())->traceback : Value::none()};
      if (args[2].is_null()) args[2] = Value::none();
      Value r = call(t, s.error_handler, args, 3);
      if (r) result = Value::none();
      else bomb = t.take_pending();
    } else {
      bomb = exc;
    }
  }
  task->tempval = result ? result : Value::none();
  t.ctx.handled = Value::none();
  Value ref = ring_remove(s, task);
  if (!s.current && !bomb) wait_for_work(s);  // sleepers or other threads may still give it work
  Tasklet* next = s.current;
  if (!next) {
    Tasklet* wakeup = wakeup_target(s);
    if (wakeup->blocked && !bomb) {
      bomb = new_exception(t, t.vm.types.RuntimeError,
                           new_tuple(t.vm, {new_str(t.vm, wakeup->blocked < 0
                                                           ? "the main tasklet is receiving without a sender available."
                                                           : "the main tasklet is sending without a receiver available.")}));
    }
    next = wakeup;
  }
  if (bomb) {
    next = wakeup_target(s);
    next->tempval = make_bomb(s, std::move(bomb));
  }
  s.release_after_switch.push_back(std::move(ref));
  Value r = schedule_task(s, task, next, true);
  if (!r && t.has_pending()) {
    // The switch itself failed (switch_trap): the error goes to main.
    Value exc = t.take_pending();
    Tasklet* m = s.main;
    m->tempval = make_bomb(s, std::move(exc));
    s.switch_trap = 0;
    refresh_extras(s);
    schedule_task(s, task, m, true);
  }
  t.soft_switched = false;
}

bool watchdog_expired(Thread& t) {
  Scheduler& s = scheduler(t);
  Tasklet* cur = s.running;
  if (!s.timer_watchdog) {
    t.ticks_left = Thread::kTicksUnarmed;
    return true;
  }
  // Deferred (Stackless's interrupt_timeout_return): the interrupt stays pending on the tasklet.
  if ((s.runflags & kRunSoft) || (cur->tflags & kTaskletAtomic) || s.in_callback || !nesting_ok(s, cur) ||
      s.switch_trap) {
    t.ticks_left = s.timeslice;
    cur->tflags |= kTaskletPendingIrq;
    return true;
  }
  cur->tflags &= uint16_t(~kTaskletPendingIrq);
  if (s.interrupted) Value::decref(s.interrupted);
  s.interrupted = cur;
  Value::incref(cur);
  // The victim stays in the run queue (run() takes it out); the watchdog runs.
  bool soft = t.ctx.nesting_level == 0 && cur != s.main;
  if (soft) t.ctx.frame->fflags |= kFramePreempted;
  Value r = schedule_task(s, cur, s.timer_watchdog, soft);
  if (!r && soft) t.ctx.frame->fflags &= uint16_t(~kFramePreempted);  // no switch after all
  return bool(r);
}

void check_pending_irq(Scheduler& s) {
  Tasklet* cur = s.running;
  if (!(cur->tflags & kTaskletPendingIrq) || (s.runflags & kRunSoft) || !s.timer_watchdog) return;
  if ((cur->tflags & kTaskletAtomic) || !nesting_ok(s, cur)) return;
  s.t.ticks_left = 1;  // the interrupt fires at the next safe point
  cur->tflags &= uint16_t(~kTaskletPendingIrq);
}

void tasklet_raise_bomb(Thread& t) {
  Scheduler& s = scheduler(t);
  Value v = claim(s, s.current);
  if (v) t.raise(t.vm.types.SystemError, "a frame marked to raise had no bomb");
}

Frame* tasklet_bottom_frame(Thread& t, Scheduler& s, const Value& func, Value* args, int nargs, Tuple* kwnames) {
  if (is_function(func) && !(static_cast<Function*>(func.obj())->code->flags & kCodeGenerator)) {
    // A script function: the arguments go straight into its frame.
    if (Frame* f = frame_for_call(t, static_cast<Function*>(func.obj()), args, nargs, kwnames)) {
      f->fflags |= kFrameTaskletBottom;
      return f;
    }
    t.clear_pending();  // bad arguments: raised when the tasklet runs, as in Stackless
  }
  // Anything else runs as __tasklet_call__(func, args, kwargs).
  Value kwargs = new_dict(t.vm);
  int nkw = kwnames ? int(kwnames->size) : 0;
  for (int i = 0; i < nkw; ++i) as_dict(kwargs)->set(t, (*kwnames)[i], args[nargs + i]);
  Value wrapped[3] = {func, new_tuple(t.vm, args, nargs), std::move(kwargs)};
  Frame* f = frame_for_call(t, static_cast<Function*>(s.tasklet_entry.obj()), wrapped, 3, nullptr);
  if (f) f->fflags |= kFrameTaskletBottom;
  return f;
}

}  // namespace eddy
