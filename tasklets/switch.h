// The soft switch, inline: the scheduler's transfer() uses it, and so do the dispatch loop's
// fast paths (channels/channel.h, channel_fast_action), which check first that nothing else
// is involved. See scheduler.h for the invariants it keeps.
#pragma once
#include "dispatcher/frame.h"
#include "tasklets/scheduler.h"

namespace eddy {

// A switch's exchange of execution states: the running one (the thread's) goes to prev, whose
// own is empty, and next's becomes the running one, leaving next's empty. Field by field: the
// context owns its frame chain, and swapping needs no reference counting.
EDDY_INLINE void exchange_contexts(ExecContext& running, ExecContext& prev, ExecContext& next) {
  prev.frame = running.frame;
  running.frame = next.frame;
  next.frame = nullptr;
  // The handled exceptions move the same way. The running tasklet's own slot holds no object
  // (None or Null: it was emptied when it came in), so it is overwritten without a release.
  new (&prev.handled) Value(std::move(running.handled));
  new (&running.handled) Value(std::move(next.handled));
  new (&next.handled) Value(Value::none());
  prev.recursion_depth = running.recursion_depth;
  running.recursion_depth = next.recursion_depth;
  next.recursion_depth = 0;
  prev.nesting_level = running.nesting_level;
  running.nesting_level = next.nesting_level;
  next.nesting_level = 0;
}

// next's execution state becomes the running one (prev's goes to prev), with a new timeslice.
EDDY_INLINE void switch_contexts(Scheduler& s, Tasklet* prev, Tasklet* next) {
  Thread& t = s.t;
  exchange_contexts(t.ctx, prev->ctx, next->ctx);
  s.current = next;
  s.running = next;
  if (s.timer_watchdog && !(s.runflags & kRunTotalTimeout)) t.ticks_left = s.timeslice;
}

void deliver_slow(Scheduler& s, Tasklet* next);

// Makes next's frames (now the running ones) ready to run in a dispatch loop. Commonly next is
// suspended in a call that left nothing on its frame: the call's result (next's tempval) is
// pushed on its innermost frame. Otherwise deliver_slow: the bottom frame of a tasklet that has
// not started yet begins at its first instruction; a preempted frame resumes with nothing pushed;
// the slots of the call next is suspended in (Frame::call_slots) are dropped; a bomb in tempval
// marks the frame to raise it.
EDDY_INLINE void deliver(Scheduler& s, Tasklet* next) {
  Frame* f = s.t.ctx.frame;
  if (__builtin_expect(!(next->tflags & kTaskletStarted) || f->call_slots || (f->fflags & kFramePreempted) ||
                           is_bomb(s, next->tempval),
                       0)) {
    deliver_slow(s, next);
    return;
  }
  new (f->stack_base() + f->stack_depth) Value(std::move(next->tempval));
  next->tempval = Value::none();
  ++f->stack_depth;
}

// References a switch let go of are dropped after it, in the context of the tasklet switched to
// (their destructors may run script code, even switch again).
void release_all_after_switch(Scheduler& s);
EDDY_INLINE void release_after_switch(Scheduler& s) {
  if (!s.release_after_switch.empty()) release_all_after_switch(s);
}

// After a soft switch's exchange: the dispatch loop goes on with next's frames. (The flag is set
// after the releases: destructors they run use nested dispatch loops, which must not take it for
// theirs.)
EDDY_INLINE void finish_soft_switch(Scheduler& s, Tasklet* next) {
  deliver(s, next);
  release_after_switch(s);
  s.t.soft_switched = true;
}

// The plain soft switch on its own, for the dispatch loop's fast paths, which have checked that
// it applies: prev is the running tasklet, at nesting level 0 and not main, already placed; next
// is of this thread, in the ring and without a C stack of its own; no schedule callback,
// switch_trap or pending interrupt is involved. The caller goes on with t.ctx's frames (it sets
// no Thread::soft_switched: it is the loop itself).
EDDY_INLINE void soft_switch(Scheduler& s, Tasklet* prev, Tasklet* next) {
  switch_contexts(s, prev, next);
  deliver(s, next);
  release_after_switch(s);
}

}  // namespace eddy
