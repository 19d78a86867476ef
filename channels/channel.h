// Channels: synchronous hand-off of values between tasklets (Stackless's `channel`).
//
// Invariants:
//  - A channel's wait queue holds the tasklets blocked on it, all in one direction: balance > 0
//    counts waiting senders, balance < 0 waiting receivers. The queue is linked through the
//    tasklets' next/prev fields (a blocked tasklet is in no run queue) and holds one reference
//    to each member.
//  - A waiting sender's value is its tempval; a receiver gets the value in its tempval when a
//    sender arrives. A value in transit is never held only by a C++ local across a switch.
#pragma once
#include "runtime/object.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm.h"
#include "tasklets/switch.h"

namespace eddy {

struct Channel : GcObject {
  Tasklet* head = nullptr;  // the first waiter
  Tasklet* tail = nullptr;
  int64_t balance = 0;
  int8_t preference = -1;   // -1 prefer the receiver, 1 the sender, 0 neither
  bool schedule_all = false;
  bool closing = false;
  explicit Channel(Type* t) : GcObject(Kind::Native, t) {}
};

extern const NativeOps kChannelOps;
inline bool is_channel(const Value& v) {
  return is_kind(v, Kind::Native) && v.obj()->type->native_ops == &kChannelOps;
}

// Appends task (blocked in direction dir: +1 send, -1 receive) to the wait queue, which takes
// over the caller's reference; channel_remove unlinks it and returns the queue's reference.
inline void channel_adopt(Channel* ch, Tasklet* task, int dir) {
  task->next = nullptr;
  task->prev = ch->tail;
  if (ch->tail) ch->tail->next = task;
  else ch->head = task;
  ch->tail = task;
  task->channel = ch;
  task->blocked = int8_t(dir);
  ch->balance += dir;
}

inline Value channel_remove(Channel* ch, Tasklet* task) {
  if (task->prev) task->prev->next = task->next;
  else ch->head = task->next;
  if (task->next) task->next->prev = task->prev;
  else ch->tail = task->prev;
  ch->balance -= task->blocked;
  task->next = task->prev = nullptr;
  task->channel = nullptr;
  task->blocked = 0;
  ++task->wait_serial;  // the wait is over: a timer armed for it is stale
  return Value::steal(task);
}

// A send (dir +1, with value) or receive (dir -1) by the current tasklet: Stackless's
// generic_channel_action, with its exact scheduling for each preference. `soft` as for
// schedule_task. Returns the received value (or None for a send), Null with an exception pending.
Value channel_action(Thread& t, Channel* ch, int dir, Value value, bool soft);

// The dispatch loop's inline channel.send (dir +1; *payload is moved from when the send goes
// ahead) and channel.receive (dir -1): the common cases of channel_action, with the same effects,
// without the generic native call. The caller has saved its frame complete without the call's
// slots. Declines, doing nothing - the caller then takes the generic path - unless the action is
// on the current thread's tasklets, with no callback, switch_trap or pending interrupt, no
// schedule_all, and any switch it makes is soft. (Due timers fire, as at every switch.)
// kDone: *result is the call's result (Null with an exception pending); kSwitched: the running
// tasklet was switched out softly, and the loop goes on with t.ctx's frames.
enum class FastAction : uint8_t { kDeclined, kDone, kSwitched };
EDDY_INLINE FastAction channel_fast_action(Thread& t, Channel* ch, int dir, Value* payload, Value* result) {
  if (__builtin_expect(!t.sched, 0)) return FastAction::kDeclined;
  Scheduler& s = *t.sched;
  Tasklet* cur = s.current;
  if (s.extras || (cur->tflags & kTaskletPendingIrq) || !cur->tempval.is_none() || ch->schedule_all)
    return FastAction::kDeclined;
  bool soft = t.ctx.nesting_level == 0 && cur != s.main;  // cur may be switched out softly
  bool cando = dir > 0 ? ch->balance < 0 : ch->balance > 0;
  if (cando) {
    Tasklet* target = ch->head;
    bool now = ch->preference == -dir;  // the waiter runs now, right after cur in the ring
    if (target->thread != &t || (now && (!soft || target->hard))) return FastAction::kDeclined;
    target = static_cast<Tasklet*>(channel_remove(ch, target).release());
    // The two exchange values, as channel_action's swap of their tempvals (cur's is None).
    Value got = std::exchange(target->tempval, dir > 0 ? std::move(*payload) : Value::none());
    if (now) {
      cur->tempval = std::move(got);  // delivered when cur resumes
      s.current = cur->next;
      ring_adopt(s, target);
      if (__builtin_expect(!s.timers.empty(), 0)) pump_timers(s);
      soft_switch(s, cur, target);
      return FastAction::kSwitched;
    }
    ring_adopt(s, target);  // at the end of the ring; cur goes on
    if (__builtin_expect(!s.timers.empty(), 0)) pump_timers(s);
    if (is_bomb(s, got)) {
      t.raise_value((*as_tuple(got))[0]);
      got = Value();
    }
    *result = std::move(got);
    return FastAction::kDone;
  }
  // cur blocks: the next in the ring runs.
  Tasklet* next = cur->next;
  if (!soft || next == cur || next->hard || (cur->tflags & kTaskletBlockTrap) || ch->closing)
    return FastAction::kDeclined;
  if (dir > 0) cur->tempval = std::move(*payload);
  channel_adopt(ch, static_cast<Tasklet*>(ring_remove(s, cur).release()), dir);
  if (__builtin_expect(!s.timers.empty(), 0)) pump_timers(s);
  soft_switch(s, cur, next);
  return FastAction::kSwitched;
}

// The `channel` type's methods and attributes, installed by the stackless module.
void init_channel_type(Thread& t, Scheduler& s, Type* type);

}  // namespace eddy
