// Tasklets and the per-thread scheduler: the run queue, soft and hard switching, how tasklets
// end, blocking and deadlock. The `stackless` module (stackless_module.cpp) and channels
// (channels/) are built on the operations declared here. Semantics: Stackless Python 3
// (../shared/spec/stackless-api.md).
//
// Invariants:
//  - A tasklet's execution state is an ExecContext (frame chain, handled exception, recursion
//    depth, nesting level). The running tasklet's lives in Thread::ctx; every other tasklet keeps
//    its own in Tasklet::ctx. A tasklet is alive while it is running or has frames.
//  - The run queue is a ring of tasklets linked by next/prev; Scheduler::current is the running
//    tasklet, the ring's head. A blocked tasklet is instead linked into its channel's wait
//    queue (same links); a tasklet in neither has next == nullptr ("floating": paused, a
//    watchdog inside run(), or dead). Each queue holds one reference to each member.
//  - A switch moves the running ExecContext into the tasklet being left and loads the next one.
//    It is *soft* when the tasklet being left has no native frames of its own (nesting level 0)
//    and the switch was asked for by a native called directly from the dispatch loop
//    (Thread::soft_call): the loop then simply continues with the new frame chain
//    (Thread::soft_switched). Otherwise it is *hard*: the tasklet keeps its C stack as a
//    suspended fiber (Tasklet::hard) and resumes inside the native call it made.
//  - Every C stack that is not the running one is either a tasklet's suspended fiber (resumed
//    only by switching to that tasklet) or an idle fiber: suspended at nesting level 0 in a
//    dispatch loop that serves no tasklet in particular, reused to run the frames of a tasklet
//    without a C stack. The thread's own stack belongs to the main tasklet, whose bottom frames
//    are native entries (its nesting level is never 0), so main always switches hard.
//  - A tasklet that is resumed softly finds the result of the call it blocked in pushed on its
//    innermost frame's value stack, or its frame marked kFrameBomb to raise the bomb in its
//    tempval. A tasklet's bottom frame (kFrameTaskletBottom) ends the tasklet when it returns
//    or lets an exception out: tasklet_end() then switches to the next one.
//  - The watchdog (run(timeout)): Thread::ticks_left is the armed run()'s remaining budget - the
//    current tasklet's timeslice, reset at every switch, or the whole run's with totaltimeout.
//    When it runs out the dispatch loop calls watchdog_expired() at a *safe point*: a backward
//    jump or a new frame's first instruction, where the frame is complete at an instruction
//    boundary (ip: the instruction to run next). A tasklet interrupted softly (a soft switch from
//    there) has its frame marked kFramePreempted: it resumes with nothing pushed, and a bomb it
//    gets meanwhile is raised at that instruction.
//  - Values in transit (a channel's payload, a tempval, a bomb) live in tasklet fields, never
//    only in C++ locals across a switch; references released by a switch are dropped after it
//    (in the context of the tasklet switched to), so destructors that run script code and
//    switch again cannot lose them.
#pragma once
#include <memory>
#include <vector>

#include "platform/fiber.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

struct Channel;

enum TaskletFlags : uint16_t {
  kTaskletMain = 1,
  kTaskletAtomic = 2,
  kTaskletIgnoreNesting = 4,
  kTaskletBlockTrap = 8,
  kTaskletStarted = 16,  // its frames have begun running (`frame` is no longer None)
  kTaskletPendingIrq = 32,  // the watchdog's interrupt was deferred (atomic, nesting, soft mode)
};

// run()'s flags (Stackless's runflags).
enum RunFlags : uint8_t {
  kRunThreadblock = 1,
  kRunSoft = 2,
  kRunIgnoreNesting = 4,
  kRunTotalTimeout = 8,
};

// A tasklet suspended with native frames of its own: its C stack.
struct HardState {
  platform::Fiber fiber;
  char* stack_limit = nullptr;
};

struct Tasklet : GcObject {
  ExecContext ctx;           // its execution state while it is not running
  // The value in transit; a bomb raises when the tasklet resumes. Between bind() and setup() it
  // holds the bound callable (as in Stackless).
  Value tempval;
  Tasklet* next = nullptr;   // run-queue ring or channel wait queue (see the invariants)
  Tasklet* prev = nullptr;
  Channel* channel = nullptr;  // the channel it is blocked on
  int8_t blocked = 0;          // +1 blocked sending, -1 receiving, 0 not blocked
  uint16_t tflags = 0;
  // Counts its waits (see Timer; 32 bits, beside the flags: the tasklet fits 128 bytes - a timer
  // would mistake a later wait for its own only after exactly 2^32 waits on the same channel).
  uint32_t wait_serial = 0;
  std::unique_ptr<HardState> hard;
  Thread* thread;
  Tasklet(Type* t, Thread* th) : GcObject(Kind::Native, t), thread(th) { tempval = Value::none(); }
};

// A timed wait: when `deadline` (monotonic seconds) passes, `task` - if it still waits on `chan`
// in the same wait (`wait_serial`) - is taken off the channel and made runnable, its wait
// returning `value`. time.sleep is such a wait on a channel of its own.
struct Timer {
  double deadline;
  uint64_t seq;  // arming order: equal deadlines fire first armed, first fired
  Tasklet* task;  // strong
  Channel* chan;  // strong
  uint32_t wait_serial;
  Value value;
};

struct Scheduler {
  explicit Scheduler(Thread& th) : t(th) {}
  Thread& t;
  Tasklet* main = nullptr;     // strong
  Tasklet* current = nullptr;  // the ring's head: the running tasklet, except during a switch
  Tasklet* running = nullptr;  // the tasklet whose state is in Thread::ctx
  int64_t runcount = 0;        // tasklets in the ring
  // run() callers, innermost last (strong).
  std::vector<Tasklet*> watchdogs;
  // The watchdog whose timeout is armed (Stackless's watchdogs[0]: the first run() with a timeout
  // - "first timeout wins"), its timeout in ticks and flags, and the tasklet its last interrupt
  // took the thread from (strong), for that run() to return.
  Tasklet* timer_watchdog = nullptr;
  int64_t timeslice = 0;
  uint8_t runflags = 0;
  Tasklet* interrupted = nullptr;
  bool no_soft_irq = false;  // set by a channel action for its own switch: no soft interrupt
  // Timed waits, a min-heap on (deadline, seq). While any is armed, every switch fires those
  // due, and a thread with nothing runnable sleeps until the earliest instead of deadlocking.
  std::vector<Timer> timers;
  uint64_t timer_seq = 0;
  std::vector<std::unique_ptr<platform::Fiber>> idle;  // idle fibers (see the invariants)
  std::vector<platform::FiberStack> stacks;            // every fiber stack, freed at the end
  platform::FiberStack running_stack;                  // the C stack running now
  bool resume_soft = false;  // set by a switcher that resumes an idle fiber
  platform::Fiber quit_to;   // shutdown: where an idle fiber goes when its loop ends
  bool shutting_down = false;
  std::vector<Value> release_after_switch;
  int switch_trap = 0;
  // Set while a channel or schedule callback or switch_trap makes switching more than the plain
  // soft switch of the fast paths (tasklets/switch.h); refresh_extras() keeps it.
  bool extras = false;
  bool in_callback = false;
  Type* tasklet_type = nullptr;
  Type* channel_type = nullptr;
  Type* bomb_type = nullptr;
  Value tasklet_entry;  // __tasklet_call__(f, a, k): runs a non-script callable as a tasklet
  Value schedule_callback, channel_callback, error_handler;
};

extern const NativeOps kTaskletOps;

// The thread's scheduler, created (with its main tasklet) by the _stackless module.
// Each thread gets its own (with its main tasklet) when it first uses tasklets.
Scheduler& create_scheduler(Thread& t);
inline Scheduler& scheduler(Thread& t) { return __builtin_expect(t.sched != nullptr, 1) ? *t.sched : create_scheduler(t); }
// Whether a stackless.run(timeout) is armed on t's thread.
inline bool watchdog_armed(Thread& t) { return t.sched && t.sched->timer_watchdog; }
// Whether a callback slot (schedule, channel, error handler) holds a callable.
inline bool has_callback(const Value& v) { return v && !v.is_none(); }
// Recomputes Scheduler::extras: call after changing what it sums up.
inline void refresh_extras(Scheduler& s) {
  s.extras = has_callback(s.channel_callback) || has_callback(s.schedule_callback) || s.switch_trap;
}
Tasklet* as_tasklet(const Value& v);
bool is_tasklet(Thread& t, const Value& v);
inline bool tasklet_alive(Scheduler& s, Tasklet* task) { return task == s.running || task->ctx.frame; }

// Ring operations. ring_insert appends (before current) taking a reference, ring_adopt the same
// handing over the caller's; ring_remove unlinks and returns the ring's reference.
inline void ring_adopt(Scheduler& s, Tasklet* task) {
  if (!s.current) {
    task->next = task->prev = task;
    s.current = task;
  } else {
    Tasklet* last = s.current->prev;
    task->prev = last;
    task->next = s.current;
    last->next = task;
    s.current->prev = task;
  }
  ++s.runcount;
}
inline void ring_insert(Scheduler& s, Tasklet* task) {
  Value::incref(task);
  ring_adopt(s, task);
}
inline Value ring_remove(Scheduler& s, Tasklet* task) {
  if (task->next == task) {
    s.current = nullptr;
  } else {
    task->prev->next = task->next;
    task->next->prev = task->prev;
    if (s.current == task) s.current = task->next;
  }
  task->next = task->prev = nullptr;
  --s.runcount;
  return Value::steal(task);
}
// Puts `task` in s's run queue if it is not there: off its channel (with the channel queue's
// reference) if it was blocked. (Not for the running tasklet.)
void make_runnable(Scheduler& s, Tasklet* task);

// A bomb: an exception in transit, raised by whoever receives it.
Value make_bomb(Scheduler& s, Value exc);
inline bool is_bomb(Scheduler& s, const Value& v) { return is_kind(v, Kind::Tuple) && v.obj()->type == s.bomb_type; }

// Switches from prev (the running tasklet, already placed: in the ring, in a channel's wait
// queue, or floating) to next (nullptr: the queue is empty, see schedule_block). Returns what
// prev's call returns: prev's claimed tempval once prev runs again (Null with the exception
// pending for a bomb) - or, after a soft switch, at once with Thread::soft_switched set.
// `soft`: the caller is a native called directly by the dispatch loop.
Value schedule_task(Scheduler& s, Tasklet* prev, Tasklet* next, bool soft);
// What happens when the running tasklet cannot go on and nothing else is runnable: the
// innermost watchdog (or main) is revived if it waits in run(), else Deadlock.
Value schedule_block(Scheduler& s, Tasklet* prev, bool soft);
// The innermost watchdog, or main.
Tasklet* wakeup_target(Scheduler& s);
// Makes `task`, of another OS thread, runnable there (off its channel if blocked) and wakes that
// thread. False with RuntimeError pending if its thread has ended.
bool schedule_elsewhere(Thread& t, Tasklet* task);

// Blocks the current tasklet receiving on `ch`, as a channel receive, but for at most `seconds`:
// then the wait returns `on_timeout`. (time.sleep: a channel nobody sends on.) `soft` as for
// schedule_task.
Value receive_with_timeout(Scheduler& s, Channel* ch, double seconds, Value on_timeout, bool soft);
// Fires the timers that are due (their tasklets go to the end of the run queue).
void pump_timers(Scheduler& s);
// Drops every armed timer (VM shutdown).
void clear_timers(Scheduler& s);

// Called by the dispatch loop when the running tasklet's bottom frame returned `result` (Null:
// an exception is pending): ends the tasklet and switches to the next (softly; the loop then
// runs the frame chain in t.ctx).
void tasklet_end(Thread& t, Value result);
// Called by the dispatch loop for a frame marked kFrameBomb: raises the current tasklet's bomb.
void tasklet_raise_bomb(Thread& t);

// Called by the dispatch loop at a safe point (see the invariants) when the armed watchdog's
// budget ran out, the frame saved: interrupts the current tasklet - switching to the watchdog,
// softly (Thread::soft_switched; the frame is marked kFramePreempted) or hard (returning when
// the tasklet is resumed) - or defers the interrupt. False with an exception pending.
bool watchdog_expired(Thread& t);
// A deferred interrupt fires now if nothing defers it any more (after set_atomic(False),
// set_ignore_nesting(True), or when a nested dispatch returns).
void check_pending_irq(Scheduler& s);
// After a nested dispatch returned (the nesting level dropped): a deferred interrupt may fire.
inline void nesting_dropped(Thread& t) {
  if (watchdog_armed(t) && (t.sched->running->tflags & kTaskletPendingIrq)) check_pending_irq(*t.sched);
}

// The tasklet's bottom frame for calling func with the call's arguments (nargs positional, then
// the values of kwnames); null with an exception pending.
Frame* tasklet_bottom_frame(Thread& t, Scheduler& s, const Value& func, Value* args, int nargs, Tuple* kwnames);

}  // namespace eddy
