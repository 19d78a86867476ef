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
#include "runtime/vm.h"

namespace eddy {

struct Tasklet;
struct Scheduler;

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
void channel_adopt(Channel* ch, Tasklet* task, int dir);
Value channel_remove(Channel* ch, Tasklet* task);

// A send (dir +1, with value) or receive (dir -1) by the current tasklet: Stackless's
// generic_channel_action, with its exact scheduling for each preference. `soft` as for
// schedule_task. Returns the received value (or None for a send), Null with an exception pending.
Value channel_action(Thread& t, Channel* ch, int dir, Value value, bool soft);

// The `channel` type's methods and attributes, installed by the stackless module.
void init_channel_type(Thread& t, Scheduler& s, Type* type);

}  // namespace eddy
