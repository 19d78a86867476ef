// Generators. See generator.h for the invariants.
#include "runtime/objects/generator.h"

#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "dispatcher/opcodes.h"
#include "runtime/objects/function.h"
#include "runtime/native.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/threads.h"

namespace eddy {

Value new_generator(Thread& t, Frame* frame) {
  auto* g = new Generator(t.vm.types.generator);
  g->frame = frame;
  if (!gc_is_tracked(frame)) gc_track(frame);  // a suspended frame: the collector examines it
  g->name = frame->func->name;
  g->qualname = frame->func->qualname;
  g->exc_state = Value::none();
  return Value::steal(g);
}

namespace {
void finish(Generator* gen) {
  Frame* f = gen->frame;
  gen->frame = nullptr;
  if (f) Value::decref(f);
}

// The iterator a suspended frame delegates to with `yield from` (its value-stack top), or null.
// The compiler emits `yield from` as SEND; YIELD_VALUE; JUMP back to the SEND, so a frame stopped
// right after such a YIELD_VALUE is inside one.
Value* yield_from_target(Frame* f) {
  const std::vector<uint32_t>& c = f->code->code;
  if (f->ip == 0 || f->ip >= c.size() || f->stack_depth == 0) return nullptr;
  if (instr_op(c[f->ip - 1]) != OP_YIELD_VALUE) return nullptr;
  Opcode op = instr_op(c[f->ip]);
  if (op != OP_JUMP && op != OP_JUMP_BACKWARD) return nullptr;
  uint32_t target = instr_arg(c[f->ip]);
  if (target >= c.size() || instr_op(c[target]) != OP_SEND) return nullptr;
  return &f->stack_base()[f->stack_depth - 1];
}

// gen.throw(exc) / gen.close() on a generator suspended in `yield from`: the exception goes to
// the delegate first (PEP 380). Yielded: the delegate yielded *out, which the outer generator
// yields in turn. Returned: the delegate finished with *out, the value of the `yield from`.
// Error: the exception now pending (the delegate's, or exc itself) is raised in the outer frame.
GenResult throw_into_delegate(Thread& t, const Value& yf, Value exc, Value* out) {
  if (exc.obj()->type->is_subtype(t.vm.types.GeneratorExit)) {
    // Close the delegate, then raise GeneratorExit at the outer suspension point.
    bool ok = true;
    if (is_kind(yf, Kind::Generator)) {
      ok = gen_close(t, static_cast<Generator*>(yf.obj()));
    } else {
      Value close = get_attr(t, yf, t.vm.intern("close"));
      if (close) ok = bool(call(t, close, nullptr, 0));
      else if (t.pending_is(t.vm.types.AttributeError)) t.clear_pending();
      else ok = false;
    }
    if (ok) t.pending = std::move(exc);
    return GenResult::Error;
  }
  if (is_kind(yf, Kind::Generator))
    return gen_send(t, static_cast<Generator*>(yf.obj()), Value::none(), out, std::move(exc));
  Value thrower = get_attr(t, yf, t.vm.intern("throw"));
  if (!thrower) {
    if (!t.pending_is(t.vm.types.AttributeError)) return GenResult::Error;
    t.pending = std::move(exc);
    return GenResult::Error;
  }
  Value r = call1(t, thrower, exc);
  if (r) {
    *out = std::move(r);
    return GenResult::Yielded;
  }
  if (!t.pending_is(t.vm.types.StopIteration)) return GenResult::Error;
  Value stop = t.take_pending();
  Tuple* args = as_tuple(static_cast<Exception*>(stop.obj())->args);
  *out = args->size ? (*args)[0] : Value::none();
  return GenResult::Returned;
}
}  // namespace

GenResult gen_send(Thread& t, Generator* gen, Value value, Value* out, Value exc) {
  if (gen->running) {
    t.raise(t.vm.types.ValueError, "generator already executing");
    return GenResult::Error;
  }
  if (!gen->frame) {
    if (exc) {
      t.raise_value(exc);
      return GenResult::Error;
    }
    *out = Value::none();
    t.raise_value(new_exception(t, t.vm.types.StopIteration, Value()));
    return GenResult::Error;
  }
  if (!gen->started && !exc && !value.is_none()) {
    t.raise(t.vm.types.TypeError, "can't send non-None value to a just-started generator");
    return GenResult::Error;
  }
  NativeRecursion guard(t, " while resuming a generator");
  if (guard.failed) return GenResult::Error;
  Frame* f = gen->frame;
  bool push_value = gen->started && !exc;
  if (exc && gen->started) {
    if (Value* slot = yield_from_target(f)) {
      Value yf = *slot;
      gen->running = true;
      GenResult r = throw_into_delegate(t, yf, std::move(exc), out);
      gen->running = false;
      if (r == GenResult::Yielded) return r;
      if (r == GenResult::Returned) {
        // Resume after the `yield from` with its value in place of the delegate.
        *slot = std::move(*out);
        f->ip = instr_arg(f->code->code[instr_arg(f->code->code[f->ip])]);
      } else {
        exc = t.take_pending();
      }
    }
  }
  if (push_value) {
    // The sent value is the result of the YIELD_VALUE the frame stopped at.
    Value* sp = f->stack_base() + f->stack_depth;
    new (sp) Value(std::move(value));
    ++f->stack_depth;
  }
  if (exc) {
    t.pending = std::move(exc);
    f->fflags |= kFrameThrow;
  }
  gen->started = true;
  gen->running = true;
  Value caller_exc = t.ctx.handled;
  if (!gen->exc_state.is_none()) t.ctx.handled = gen->exc_state;
  Value::incref(f);  // the context's reference while it runs
  f->fflags |= kFrameEntry | kFrameRunning;
  f->back = nullptr;
  bool pushed = push_frame_for_native(t, f);
  Value r;
  if (pushed) {
    ++t.ctx.nesting_level;
    t.yielded = false;
    r = run_loop(t);
    --t.ctx.nesting_level;
    nested_dispatch_returned(t);
  }
  gen->running = false;
  f->fflags &= uint16_t(~kFrameRunning);
  gen->exc_state = t.ctx.handled.same(caller_exc) ? Value::none() : t.ctx.handled;
  t.ctx.handled = caller_exc;
  if (r && t.yielded) {
    t.yielded = false;
    *out = std::move(r);
    return GenResult::Yielded;
  }
  finish(gen);
  if (r) {
    *out = std::move(r);
    return GenResult::Returned;
  }
  // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
  if (t.pending_is(t.vm.types.StopIteration)) {
    Value cause = t.take_pending();
    Value err = new_exception_msg(t, t.vm.types.RuntimeError, "generator raised StopIteration");
    auto* e = static_cast<Exception*>(err.obj());
    e->cause = cause;
    e->context = cause;
    e->suppress_context = true;
    t.raise_value(err);
  }
  return GenResult::Error;
}

bool gen_close(Thread& t, Generator* gen) {
  if (!gen->frame) return true;
  if (!gen->started) {
    finish(gen);
    return true;
  }
  Value out;
  Value exit = new_exception(t, t.vm.types.GeneratorExit, Value());
  GenResult r = gen_send(t, gen, Value::none(), &out, exit);
  if (r == GenResult::Yielded) {
    t.raise(t.vm.types.RuntimeError, "generator ignored GeneratorExit");
    return false;
  }
  if (r == GenResult::Error) {
    if (t.pending_is(t.vm.types.GeneratorExit) || t.pending_is(t.vm.types.StopIteration)) {
      t.clear_pending();
      return true;
    }
    return false;
  }
  return true;
}

void generator_free(Generator* gen) {
  // Dropping a suspended generator closes it, so its finally blocks run.
  if (gen->frame && gen->started && !gen->running && !(gen->flags & kFlagFinalized)) {
    Runtime* vm = gen->type->vm;
    if (vm->main_thread) {
      Thread& t = current_thread(*vm);
      Value saved = t.take_pending();
      gen->refcnt = 1;
      if (!gen_close(t, gen)) t.clear_pending();
      t.pending = std::move(saved);
    }
  }
  finish(gen);
  delete gen;
}

namespace {

Generator* self_gen(const Value& v) { return static_cast<Generator*>(v.obj()); }

Value result_of(Thread& t, GenResult r, Value out) {
  if (r == GenResult::Yielded) return out;
  if (r == GenResult::Returned) {
    Value args = out.is_none() ? Value() : new_tuple(t.vm, {out});
    return t.raise_value(new_exception(t, t.vm.types.StopIteration, args));
  }
  return Value();
}

Value gen_send_method(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "send", nargs - 1, 1, 1)) return Value();
  Value out;
  GenResult r = gen_send(t, self_gen(args[0]), args[1], &out);
  return result_of(t, r, std::move(out));
}

Value gen_next_method(Thread& t, Value* args, int nargs, Tuple*) {
  Value out;
  GenResult r = gen_send(t, self_gen(args[0]), Value::none(), &out);
  return result_of(t, r, std::move(out));
}

Value gen_throw_method(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "throw", nargs - 1, 1, 3)) return Value();
  Value exc = args[1];
  if (is_kind(exc, Kind::Type) && static_cast<Type*>(exc.obj())->is_subtype(t.vm.types.BaseException)) {
    Value a = nargs > 2 && !args[2].is_none() ? new_tuple(t.vm, {args[2]}) : Value();
    exc = call(t, exc, a ? as_tuple(a)->items() : nullptr, a ? 1 : 0);
    if (!exc) return Value();
  } else if (!is_exception(exc)) {
    return t.raise(t.vm.types.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                   type_name(t, exc));
  }
  Value out;
  GenResult r = gen_send(t, self_gen(args[0]), Value::none(), &out, exc);
  return result_of(t, r, std::move(out));
}

Value gen_close_method(Thread& t, Value* args, int nargs, Tuple*) {
  if (!gen_close(t, self_gen(args[0]))) return Value();
  return Value::none();
}

Value gen_iter_method(Thread& t, Value* args, int nargs, Tuple*) { return args[0]; }

}  // namespace

void init_generator_type(Thread& t) {
  Runtime& vm = t.vm;
  Type* ty = vm.types.generator;
  add_method(vm, ty, "send", gen_send_method);
  add_method(vm, ty, "throw", gen_throw_method);
  add_method(vm, ty, "close", gen_close_method);
  add_method(vm, ty, "__next__", gen_next_method);
  add_method(vm, ty, "__iter__", gen_iter_method);
}

}  // namespace eddy
