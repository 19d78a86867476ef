// Channels. See channel.h for the invariants and tasklets/scheduler.h for switching.
#include "channels/channel.h"

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
#include "tasklets/stackless.h"

namespace eddy {

// The channel callback, if set: cb(channel, tasklet, sending, willblock).
static bool notify(Thread& t, Scheduler& s, Channel* ch, Tasklet* task, int dir, bool willblock) {
  if (s.in_callback) {
    t.raise(t.vm.types.RuntimeError, "Recursive channel call due to callbacks!");
    return false;
  }
  s.in_callback = true;
  Value args[4] = {Value::borrow(ch), Value::borrow(task), Value::boolean(dir > 0), Value::boolean(willblock)};
  Value r = call(t, s.channel_callback, args, 4);
  s.in_callback = false;
  return bool(r);
}

// send (dir +1, value) and receive (dir -1): Stackless's generic_channel_action.
Value channel_action(Thread& t, Channel* ch, int dir, Value value, bool soft) {
  Scheduler& s = scheduler(t);
  Tasklet* cur = s.current;
  bool cando = dir > 0 ? ch->balance < 0 : ch->balance > 0;
  bool switches = !cando || ch->schedule_all || ch->preference == -dir;
  if (switches && s.switch_trap) return t.raise(t.vm.types.RuntimeError, "switch_trap");
  // A waiter of another OS thread: it becomes runnable in its own thread (which is woken), and
  // the current tasklet goes on - no switch (Stackless's interthread rule).
  bool interthread = cando && __builtin_expect(ch->head->thread != &t, 0);
  if (interthread && (!ch->head->thread || !ch->head->thread->sched))
    return t.raise(t.vm.types.RuntimeError, "the tasklet's thread has ended");
  Value saved = std::move(cur->tempval);
  cur->tempval = std::move(value);
  if (has_callback(s.channel_callback) && !notify(t, s, ch, cur, dir, !cando)) {
    cur->tempval = std::move(saved);
    return Value();
  }
  Value r;
  if (cando) {
    // The waiter moves from the channel's queue to the ring, with the queue's reference.
    auto* target = static_cast<Tasklet*>(channel_remove(ch, ch->head).release());
    swap(cur->tempval, target->tempval);
    Tasklet* switchto;
    if (interthread) {
      Thread* owner = target->thread;
      ring_adopt(*owner->sched, target);
      wake_thread(*owner);
      switchto = cur;
    } else if (ch->schedule_all) {
      ring_adopt(s, target);  // last
      switchto = cur->next;
    } else if (ch->preference == -dir) {
      s.current = cur->next;  // insert right after cur: it runs now, cur goes on later
      ring_adopt(s, target);
      s.current = cur;
      switchto = target;
      s.no_soft_irq = true;  // a soft interrupt does not disturb this order
    } else {
      ring_adopt(s, target);
      switchto = cur;
      s.no_soft_irq = true;
    }
    r = schedule_task(s, cur, switchto, soft);
  } else {
    if (cur->tflags & kTaskletBlockTrap) {
      cur->tempval = std::move(saved);
      return t.raise(t.vm.types.RuntimeError, "this tasklet does not like to be blocked.");
    }
    if (ch->closing) {
      cur->tempval = std::move(saved);
      return t.raise(t.vm.types.ValueError, "Send/receive operation on a closed channel");
    }
    // cur moves from the ring to the channel's queue, with the ring's reference.
    channel_adopt(ch, static_cast<Tasklet*>(ring_remove(s, cur).release()), dir);
    r = schedule_task(s, cur, s.current, soft);
  }
  return r;
}

namespace {

Channel* self_channel(Value* args) { return static_cast<Channel*>(args[0].obj()); }

void channel_traverse(Object* o, void (*visit)(Object*, void*), void* arg) {
  for (Tasklet* w = static_cast<Channel*>(o)->head; w; w = w->next) visit(w, arg);
}

// Releasing a channel releases its waiters (which are killed if nothing else holds them).
void channel_clear(Object* o) {
  auto* ch = static_cast<Channel*>(o);
  while (ch->head) Value ref = channel_remove(ch, ch->head);
}

void channel_destroy(Object* o) {
  channel_clear(o);
  delete static_cast<Channel*>(o);
}

Object* channel_alloc(Thread& t, Type* type) { return new Channel(type); }

Value ch_send(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "send", kw)) return Value();
  bool soft = std::exchange(t.soft_call, false);
  if (nargs != 2 && !check_nargs(t, "send", nargs - 1, 1, 1)) return Value();
  return channel_action(t, self_channel(args), 1, args[1], soft);
}

Value ch_receive(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "receive", kw)) return Value();
  bool soft = std::exchange(t.soft_call, false);
  if (nargs != 1 && !check_nargs(t, "receive", nargs - 1, 0, 0)) return Value();
  return channel_action(t, self_channel(args), -1, Value::none(), soft);
}

// send_exception(cls, *args): the receiver raises cls(*args).
Value ch_send_exception(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "send_exception", kw)) return Value();
  bool soft = std::exchange(t.soft_call, false);
  if (nargs < 2) return t.raise(t.vm.types.TypeError, "send_exception() takes at least 1 argument");
  Value exc = call(t, args[1], args + 2, nargs - 2);
  if (!exc) return Value();
  if (!is_exception(exc))
    return t.raise(t.vm.types.TypeError, "exceptions must derive from BaseException");
  return channel_action(t, self_channel(args), 1, make_bomb(scheduler(t), exc), soft);
}

// send_throw(exc, val=None, tb=None): raise semantics, the traceback kept.
Value ch_send_throw(Thread& t, Value* args, int nargs, Tuple* kw) {
  bool soft = std::exchange(t.soft_call, false);
  Value a[3];
  if (!parse_args(t, "send_throw", args + 1, nargs - 1, kw, {"exc", "val", "tb"}, 1, a)) return Value();
  Value exc = exception_from_throw_args(t, a[0], a[1], a[2]);
  if (!exc) return Value();
  return channel_action(t, self_channel(args), 1, make_bomb(scheduler(t), exc), soft);
}

Value ch_send_sequence(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (kw && !no_kwargs(t, "send_sequence", kw)) return Value();
  t.soft_call = false;  // it goes on sending after each switch: never soft
  if (!check_nargs(t, "send_sequence", nargs - 1, 1, 1)) return Value();
  Value it = get_iter(t, args[1]);
  if (!it) return Value();
  int64_t n = 0;
  while (Value v = iter_next(t, it)) {
    if (!channel_action(t, self_channel(args), 1, std::move(v), false)) return Value();
    ++n;
  }
  if (t.has_pending()) return Value();
  return Value::integer(n);
}

Value ch_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "__iter__", kw)) || !check_nargs(t, "__iter__", nargs - 1, 0, 0)) return Value();
  return args[0];
}

Value ch_next(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "__next__", kw)) || !check_nargs(t, "__next__", nargs - 1, 0, 0)) return Value();
  bool soft = std::exchange(t.soft_call, false);
  Channel* ch = self_channel(args);
  if (ch->closing && ch->balance <= 0) return t.raise_value(new_exception(t, t.vm.types.StopIteration, Value()));
  return channel_action(t, ch, -1, Value::none(), soft);
}

Value ch_close(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "close", kw)) || !check_nargs(t, "close", nargs - 1, 0, 0)) return Value();
  self_channel(args)->closing = true;
  return Value::none();
}

Value ch_open(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "open", kw)) || !check_nargs(t, "open", nargs - 1, 0, 0)) return Value();
  self_channel(args)->closing = false;
  return Value::none();
}

Value ch_init(Thread& t, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "channel", kw)) || !check_nargs(t, "channel", nargs - 1, 0, 0)) return Value();
  return Value::none();
}

Value ch_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if ((kw && !no_kwargs(t, "channel", kw)) || !check_nargs(t, "channel", nargs, 0, 0)) return Value();
  return Value::steal(new Channel(type));
}

Value get_balance(Thread& t, Value* a, int, Tuple*) { return Value::integer(self_channel(a)->balance); }
Value get_closing(Thread& t, Value* a, int, Tuple*) { return Value::boolean(self_channel(a)->closing); }
Value get_closed(Thread& t, Value* a, int, Tuple*) {
  Channel* ch = self_channel(a);
  return Value::boolean(ch->closing && ch->balance == 0);
}
Value get_queue(Thread& t, Value* a, int, Tuple*) {
  Channel* ch = self_channel(a);
  return ch->head ? Value::borrow(ch->head) : Value::none();
}
Value get_preference(Thread& t, Value* a, int, Tuple*) { return Value::integer(self_channel(a)->preference); }
Value set_preference(Thread& t, Value* a, int, Tuple*) {
  if (!a[1].is_int() && !a[1].is_bool())
    return t.raise(t.vm.types.TypeError, "preference must be set to an integer");
  int64_t v = a[1].as_int();
  self_channel(a)->preference = int8_t(v < 0 ? -1 : v > 0 ? 1 : 0);
  return Value::none();
}
Value get_schedule_all(Thread& t, Value* a, int, Tuple*) { return Value::integer(self_channel(a)->schedule_all); }
Value set_schedule_all(Thread& t, Value* a, int, Tuple*) {
  if (!a[1].is_int() && !a[1].is_bool())
    return t.raise(t.vm.types.TypeError, "schedule_all must be set to an integer");
  self_channel(a)->schedule_all = a[1].as_int() != 0;
  return Value::none();
}

}  // namespace

const NativeOps kChannelOps = {channel_alloc, channel_traverse, channel_clear, nullptr, channel_destroy,
                               nullptr};

void init_channel_type(Thread& t, Scheduler& s, Type* type) {
  Runtime& vm = t.vm;
  type->native_ops = &kChannelOps;
  type->construct = ch_construct;
  add_switching_methods(vm, type, {
      {"__init__", ch_init, false},     {"send", ch_send, true},
      {"receive", ch_receive, true},    {"send_exception", ch_send_exception, true},
      {"send_throw", ch_send_throw, true}, {"send_sequence", ch_send_sequence, false},
      {"__iter__", ch_iter, false},     {"__next__", ch_next, true},
      {"close", ch_close, false},       {"open", ch_open, false},
  });
  static_cast<NativeFunction*>(type->dict->get_str(vm.intern("send")).obj())->fast = FastNative::kChannelSend;
  static_cast<NativeFunction*>(type->dict->get_str(vm.intern("receive")).obj())->fast = FastNative::kChannelReceive;
  add_native_property(vm, type, "balance", get_balance, nullptr);
  add_native_property(vm, type, "closing", get_closing, nullptr);
  add_native_property(vm, type, "closed", get_closed, nullptr);
  add_native_property(vm, type, "queue", get_queue, nullptr);
  add_native_property(vm, type, "preference", get_preference, set_preference);
  add_native_property(vm, type, "schedule_all", get_schedule_all, set_schedule_all);
}

}  // namespace eddy
