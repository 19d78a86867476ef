// The dispatch loop.
//
// Invariants (ARCHITECTURE invariants 1, 4, 6):
//  - run_loop() executes the frame chain of t.ctx from its innermost frame. A script-to-script
//    call pushes a frame and continues the loop; a return pops one and continues. The C stack
//    does not grow with script recursion.
//  - The loop returns when a frame marked kFrameEntry returns or lets an exception escape: that
//    frame was pushed by native code (call_function, run_module_code), which gets the result.
//  - Stack slots at or above the stack pointer are always Null, so pushing writes without
//    releasing anything, and popping moves out (leaving Null).
//  - Errors: an operation that fails leaves the exception pending on the thread and the loop
//    jumps to `error`, which records a traceback entry and unwinds to the innermost handler in
//    the code's exception table, frame by frame. No C++ exception passes through here.
//  - Each dispatch decrements a tick counter; the counter and the thread's interrupt word are
//    checked only at backward jumps, calls and returns (CHECK_INTERRUPT).
#include <cstdio>
#include <new>

#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "dispatcher/opcodes.h"
#include "dispatcher/slow_paths.h"
#include "runtime/gc.h"
#include "runtime/match.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/module.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/threads.h"
#include "channels/channel.h"
#include "tasklets/scheduler.h"

namespace eddy {

namespace {

// The compiler sizes `caches` for every code object that has cached instructions.
inline InlineCache* cache_for(Code* co, ptrdiff_t at) { return &co->caches[size_t(at)]; }

// LOAD_METHOD's cache (shared with LOAD_GLOBAL_METHOD), one of three kinds:
//  - a method of a builtin type (whose method table never changes): key = the Type*, value = the
//    method;
//  - a method of a class defined in script: key = the Type*, key2 = the class epoch, method (not
//    owned), index = the name's shared-key index, valid while no instance attribute shadows it;
//  - an attribute of a module (of the builtin module type): key = the module dict's version
//    (unique within the runtime), key2 = kModuleAttr, index = the entry.
constexpr uint64_t kModuleAttr = ~uint64_t(0);

inline bool builtin_method_cached(const InlineCache* c, const Object* o) {
  return c->key == uint64_t(reinterpret_cast<uintptr_t>(o->type)) && c->value && o->kind != Kind::UserInstance;
}

inline bool user_method_cached(const InlineCache* c, UserInstance* u, uint64_t class_epoch) {
  return c->key == uint64_t(reinterpret_cast<uintptr_t>(u->type)) && c->key2 == class_epoch && c->method &&
         !u->dict && (uint64_t(c->index) >= u->capacity || !u->values()[c->index]);
}

inline bool module_attr_cached(const InlineCache* c, const Object* o) {
  return c->key2 == kModuleAttr && o->kind == Kind::Module &&
         c->key == static_cast<const Module*>(o)->dict->version;
}

// Value::clear, always inline (GCC calls it out of line in the loop's call clean-up otherwise).
inline __attribute__((always_inline)) void release_slot(Value& v) {
  if (v.is_obj()) {
    Object* o = v.release();
    Value::decref(o);
  } else {
    v = Value();
  }
}

// Pushes `fr` as the innermost frame of the context. Takes over the caller's reference to fr.
inline __attribute__((always_inline)) bool push_frame(Thread& t, Frame* fr) {
  if (t.ctx.recursion_depth >= t.vm.recursion_limit) {
    Value::decref(fr);
    t.raise(t.vm.types.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  ++t.ctx.recursion_depth;
  fr->back = t.ctx.frame;  // the context's reference moves into fr
  t.ctx.frame = fr;
  return true;
}

// Pops the innermost frame; the context takes back the reference to its caller.
inline __attribute__((always_inline)) void pop_frame(Thread& t) {
  Frame* f = t.ctx.frame;
  t.ctx.frame = f->back;
  f->back = nullptr;
  --t.ctx.recursion_depth;
  if (--f->refcnt == 0) {
    frame_free(f);  // usually: nothing else (a generator, a traceback) holds it
  } else if (!gc_is_tracked(f)) {
    gc_track(f);  // it outlives its run: from now on the collector examines it
  }
}

// Handles a set interrupt bit or an exhausted tick budget. False with an exception pending.
// The loop's tick count is in t.ticks_left meanwhile.
bool handle_interrupt(Thread& t) {
  uint32_t bits = t.interrupt.load(std::memory_order_relaxed);
  // An armed watchdog's spent budget waits for the next safe point (CHECK_PREEMPT).
  if (t.ticks_left <= 0 && !watchdog_armed(t)) t.ticks_left = Thread::kTicksUnarmed;
  if (bits & kInterruptGc) {
    t.interrupt.fetch_and(~uint32_t(kInterruptGc));
    gc_collect_automatic(t);
    if (t.has_pending()) return false;
  }
  if (bits & kInterruptGilDrop) yield_gil(t);  // another thread waited a switch interval
  if (bits & kInterruptKeyboard) {
    t.interrupt.fetch_and(~uint32_t(kInterruptKeyboard));
    t.raise_value(new_exception(t, t.vm.types.KeyboardInterrupt, Value()));
    return false;
  }
  return true;
}

}  // namespace

bool push_frame_for_native(Thread& t, Frame* fr) { return push_frame(t, fr); }

void nested_dispatch_returned(Thread& t) { nesting_dropped(t); }

// Runs the context's frame chain until the innermost entry frame returns. May switch.
Value run_loop(Thread& t) {
#define EDDY_LABEL(name, effect) &&op_##name,
  static const void* const targets[256] = {EDDY_OPCODES(EDDY_LABEL)};
#undef EDDY_LABEL

  Frame* f;
  Code* co;
  const uint32_t* code;
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
  // A placement hint (GNU local register variable; the value is kept either way): in a function
  // this large GCC's allocator may leave ip on the stack, costing a load and a store per
  // instruction (+4.6% instructions on a plain loop, measured with callgrind).
  register const uint32_t* ip asm("r15");
  register Value* sp asm("r14");
#else
  const uint32_t* ip;
  Value* sp;
#endif
  Value* locals;
  const Value* consts;
  // The instruction budget (vm.h), counted here and stored back in the Thread when this loop
  // returns or checks it; reloaded after anything that may have switched tasklets (a switch
  // starts a new timeslice). (A nested loop counts from the last stored value.)
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
  register int64_t ticks asm("r13") = t.ticks_left;
#else
  int64_t ticks = t.ticks_left;
#endif
  uint32_t w;
  // Call set-up, shared by the CALL family (declared here: labels jump into the call code).
  int call_nargs = 0;
  Value* call_args = nullptr;
  Value* call_base = nullptr;
  Tuple* call_kw = nullptr;
  bool call_on_receiver = false;  // CALL_METHOD of a method LOAD_METHOD found on the receiver's type
  Value kw_holder;
  Value callee_holder;
  Function* call_fn = nullptr;  // CALL family: a script function, kept alive by its stack slot
  Frame* new_frame = nullptr;   // CALL family: the callee's bound frame, about to run

#define LOAD_FRAME()                                  \
  do {                                                \
    f = t.ctx.frame;                                  \
    co = f->code;                                     \
    code = co->code.data();                           \
    ip = code + f->ip;                                \
    locals = f->slots();                              \
    sp = f->stack_base() + f->stack_depth;            \
    consts = co->consts.data();                       \
  } while (0)
#define SAVE_FRAME()                                            \
  do {                                                          \
    f->ip = uint32_t(ip - code);                                \
    f->stack_depth = uint32_t(sp - f->stack_base());            \
  } while (0)
// DISPATCH leaves the handler with an ordinary goto, so the destructors of the handler's local
// Values run (GCC runs none for a computed goto that leaves a scope). FAST_DISPATCH jumps
// straight to the next handler; use it only where every local is a reference, a raw pointer or
// a moved-from (Null) Value.
#define DISPATCH() goto dispatch
// FAST_DISPATCH jumps through a computed goto, which runs no C++ destructors: every Value
// local to a handler must be moved from or cleared before it.
#define FAST_DISPATCH()         \
  do {                          \
    --ticks;                    \
    w = *ip;                    \
    ++ip;                       \
    goto* targets[w & 0xff];    \
  } while (0)
#define ARG (w >> 8)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define POP() (std::move(*--sp))
#define PUSH(v) (new (sp++) Value(v))
#define CHECK_INTERRUPT()                                                           \
  do {                                                                              \
    if (__builtin_expect(ticks <= 0 || t.interrupt.load(std::memory_order_relaxed), 0)) { \
      SAVE_FRAME();                                                                 \
      t.ticks_left = ticks;                                                         \
      bool ok = handle_interrupt(t);                                                \
      ticks = t.ticks_left;                                                         \
      if (!ok) goto error;                                                          \
    }                                                                               \
  } while (0)
// CHECK_INTERRUPT at a safe point for the watchdog (tasklets/scheduler.h): with the frame saved
// to resume at instruction `resume_at`, a spent budget may interrupt the tasklet here.
#define CHECK_PREEMPT(resume_at)                                                    \
  do {                                                                              \
    if (__builtin_expect(ticks <= 0 || t.interrupt.load(std::memory_order_relaxed), 0)) { \
      SAVE_FRAME();                                                                 \
      t.ticks_left = ticks;                                                         \
      bool ok = handle_interrupt(t);                                                \
      ticks = t.ticks_left;                                                         \
      if (!ok) goto error;                                                          \
      if (ticks <= 0) {                                                             \
        f->ip = (resume_at);                                                        \
        if (!watchdog_expired(t)) goto error;                                       \
        ticks = t.ticks_left;                                                       \
        if (t.soft_switched) {                                                      \
          t.soft_switched = false;                                                  \
          goto resume_current;                                                      \
        }                                                                           \
      }                                                                             \
    }                                                                               \
  } while (0)

  LOAD_FRAME();
  if (f->fflags & kFrameThrow) {  // generator.throw(): raise at the suspension point
    f->fflags &= uint16_t(~kFrameThrow);
    goto error;
  }
  goto resume_frame;  // a tasklet's frame started on a new fiber: it may have a bomb to raise
dispatch:
  FAST_DISPATCH();

op_NOP:
  FAST_DISPATCH();
op_POP_TOP:
  (--sp)->clear();
  FAST_DISPATCH();
op_COPY: {
  Value v = sp[-int(ARG)];
  PUSH(std::move(v));
  FAST_DISPATCH();
}
op_SWAP: {
  std::swap(sp[-1], sp[-int(ARG)]);
  FAST_DISPATCH();
}
op_LOAD_CONST:
  PUSH(consts[ARG]);
  FAST_DISPATCH();
op_LOAD_FAST: {
  const Value& v = locals[ARG];
  if (__builtin_expect(v.is_null(), 0)) {
    t.raise(t.vm.types.UnboundLocalError,
            "cannot access local variable '%s' where it is not associated with a value",
            as_str(co->varnames[ARG])->s.c_str());
    goto error;
  }
  PUSH(v);
  FAST_DISPATCH();
}
op_STORE_FAST: {
  // The value moves into the slot (no self-assignment check), then the old one is let go of.
  Value& slot = locals[ARG];
  bool had_object = slot.is_obj();
  Object* old = slot.obj();
  new (&slot) Value(std::move(*--sp));
  if (had_object) Value::decref(old);
  FAST_DISPATCH();
}
op_DELETE_FAST:
  if (locals[ARG].is_null()) {
    t.raise(t.vm.types.UnboundLocalError,
            "cannot access local variable '%s' where it is not associated with a value",
            as_str(co->varnames[ARG])->s.c_str());
    goto error;
  }
  locals[ARG] = Value();
  DISPATCH();
op_LOAD_DEREF: {
  auto* cell = static_cast<Cell*>(f->cells()[ARG].obj());
  if (cell->value.is_null()) {
    if (int(ARG) < co->ncells)
      t.raise(t.vm.types.UnboundLocalError,
              "cannot access local variable '%s' where it is not associated with a value",
              as_str(co->cellvars[ARG])->s.c_str());
    else
      t.raise(t.vm.types.NameError,
              "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
              as_str(co->freevars[ARG - uint32_t(co->ncells)])->s.c_str());
    goto error;
  }
  PUSH(cell->value);
  FAST_DISPATCH();
}
op_STORE_DEREF:
  static_cast<Cell*>(f->cells()[ARG].obj())->value = POP();
  FAST_DISPATCH();
op_DELETE_DEREF: {
  auto* cell = static_cast<Cell*>(f->cells()[ARG].obj());
  if (cell->value.is_null()) {
    t.raise(t.vm.types.UnboundLocalError,
            "cannot access local variable '%s' where it is not associated with a value",
            as_str(int(ARG) < co->ncells ? co->cellvars[ARG] : co->freevars[ARG - uint32_t(co->ncells)])->s.c_str());
    goto error;
  }
  cell->value = Value();
  DISPATCH();
}
op_LOAD_CLOSURE:
  PUSH(f->cells()[ARG]);
  FAST_DISPATCH();
op_LOAD_GLOBAL: {
  // Cached: (globals version[, builtins version]) -> entry index. A hit costs two compares.
  InlineCache* c = cache_for(co, ip - code - 1);
  if (c->key == f->globals()->version) {
    if (c->key2 == 0) {
      PUSH(f->globals()->entries[size_t(c->index)].value);
      FAST_DISPATCH();
    }
    if (c->key2 == f->builtins()->version) {
      PUSH(f->builtins()->entries[size_t(c->index)].value);
      FAST_DISPATCH();
    }
  }
  Str* name = as_str(co->names[ARG]);
  int64_t ix = f->globals()->find_str(name);
  if (ix >= 0) {
    c->key = f->globals()->version;
    c->key2 = 0;
    c->index = ix;
    PUSH(f->globals()->entries[size_t(ix)].value);
    FAST_DISPATCH();
  }
  ix = f->builtins()->find_str(name);
  if (ix >= 0) {
    c->key = f->globals()->version;
    c->key2 = f->builtins()->version;
    c->index = ix;
    PUSH(f->builtins()->entries[size_t(ix)].value);
    FAST_DISPATCH();
  }
  t.raise(t.vm.types.NameError, "name '%s' is not defined", name->s.c_str());
  goto error;
}
op_LOAD_GLOBAL_METHOD: {
  // `name.method` with a global `name` (compiler_assemble.cpp): when the global's cache and the
  // next word's LOAD_METHOD cache both hit, both loads at once (counted as two instructions);
  // otherwise this is LOAD_GLOBAL, and the LOAD_METHOD word runs next.
  InlineCache* c = cache_for(co, ip - code - 1);
  if (c->key == f->globals()->version && c->key2 == 0) {
    const Value& o = f->globals()->entries[size_t(c->index)].value;
    if (o.is_obj()) {
      Object* obj = o.obj();
      InlineCache* mc = c + 1;  // the LOAD_METHOD word's
      if (builtin_method_cached(mc, obj)) {
        PUSH(Value::borrow(mc->value.obj()));  // (both known to be objects: no tag checks)
        PUSH(Value::borrow(obj));
        ++ip;
        --ticks;
        FAST_DISPATCH();
      }
      if (module_attr_cached(mc, obj)) {
        PUSH(Value());
        PUSH(static_cast<Module*>(obj)->dict->entries[size_t(mc->index)].value);
        ++ip;
        --ticks;
        FAST_DISPATCH();
      }
      if (obj->kind == Kind::UserInstance &&
          user_method_cached(mc, static_cast<UserInstance*>(obj), t.vm.class_epoch)) {
        PUSH(Value::borrow(mc->method));
        PUSH(Value::borrow(obj));
        ++ip;
        --ticks;
        FAST_DISPATCH();
      }
    }
  }
  goto op_LOAD_GLOBAL;
}
op_STORE_GLOBAL:
  f->globals()->set_str(as_str(co->names[ARG]), POP());
  DISPATCH();
op_DELETE_GLOBAL: {
  Str* name = as_str(co->names[ARG]);
  if (f->globals()->find_str(name) < 0) {
    t.raise(t.vm.types.NameError, "name '%s' is not defined", name->s.c_str());
    goto error;
  }
  f->globals()->del(t, co->names[ARG]);
  DISPATCH();
}
op_LOAD_NAME: {
  Str* name = as_str(co->names[ARG]);
  Value v;
  if (f->locals) v = f->locals->get_str(name);
  if (!v) v = f->globals()->get_str(name);
  if (!v) v = f->builtins()->get_str(name);
  if (!v) {
    t.raise(t.vm.types.NameError, "name '%s' is not defined", name->s.c_str());
    goto error;
  }
  PUSH(std::move(v));
  DISPATCH();
}
op_STORE_NAME:
  (f->locals ? f->locals : f->globals())->set_str(as_str(co->names[ARG]), POP());
  DISPATCH();
op_DELETE_NAME: {
  Dict* d = f->locals ? f->locals : f->globals();
  Str* name = as_str(co->names[ARG]);
  if (d->find_str(name) < 0) {
    t.raise(t.vm.types.NameError, "name '%s' is not defined", name->s.c_str());
    goto error;
  }
  d->del(t, co->names[ARG]);
  DISPATCH();
}
op_LOAD_ATTR: {
  // An instance attribute stored inline: cached per instruction as (type, class epoch, index).
  InlineCache* c = nullptr;
  if (is_kind(TOP(), Kind::UserInstance)) {
    auto* u = static_cast<UserInstance*>(TOP().obj());
    c = cache_for(co, ip - code - 1);
    if (c->key == uint64_t(reinterpret_cast<uintptr_t>(u->type)) && c->key2 == t.vm.class_epoch &&
        !u->dict && uint64_t(c->index) < u->capacity && u->values()[c->index]) {
      Value v = u->values()[c->index];
      TOP() = std::move(v);
      FAST_DISPATCH();
    }
  }
  Value obj = POP();
  SAVE_FRAME();
  Value v = get_attr(t, obj, as_str(co->names[ARG]));
  if (!v) goto error;
  if (c) {
    auto* u = static_cast<UserInstance*>(obj.obj());
    int i = u->dict ? -1 : attr_cache_index(u->type, as_str(co->names[ARG]), false);
    if (i >= 0 && uint32_t(i) < u->capacity && u->values()[i].same(v)) {
      c->key = uint64_t(reinterpret_cast<uintptr_t>(u->type));
      c->key2 = t.vm.class_epoch;
      c->index = i;
    }
  }
  PUSH(std::move(v));
  DISPATCH();
}
op_STORE_ATTR: {
  InlineCache* c = nullptr;
  if (is_kind(TOP(), Kind::UserInstance)) {
    auto* u = static_cast<UserInstance*>(TOP().obj());
    c = cache_for(co, ip - code - 1);
    if (c->key == uint64_t(reinterpret_cast<uintptr_t>(u->type)) && c->key2 == t.vm.class_epoch &&
        !u->dict && uint64_t(c->index) < u->capacity && instance_can_store_inline(u, uint32_t(c->index))) {
      // (A computed goto runs no destructors: release explicitly, old value last.)
      Value old = std::move(u->values()[c->index]);
      u->values()[c->index] = std::move(sp[-2]);
      sp -= 2;
      sp[1].clear();  // the instance
      old.clear();
      FAST_DISPATCH();
    }
  }
  Value obj = POP();
  Value v = POP();
  SAVE_FRAME();
  if (!set_attr(t, obj, as_str(co->names[ARG]), std::move(v))) goto error;
  if (c) {
    auto* u = static_cast<UserInstance*>(obj.obj());
    int i = u->dict ? -1 : attr_cache_index(u->type, as_str(co->names[ARG]), true);
    if (i >= 0 && uint32_t(i) < u->capacity && u->values()[i]) {
      c->key = uint64_t(reinterpret_cast<uintptr_t>(u->type));
      c->key2 = t.vm.class_epoch;
      c->index = i;
    }
  }
  DISPATCH();
}
op_DELETE_ATTR: {
  Value obj = POP();
  SAVE_FRAME();
  if (!del_attr(t, obj, as_str(co->names[ARG]))) goto error;
  DISPATCH();
}
op_LOAD_METHOD: {
  // Cached per instruction. Instances of builtin types, whose method tables never change:
  // Type* -> method. Instances of classes defined in script: (type, class epoch, the name's
  // shared-key index or -1) -> function, valid while no instance attribute shadows it.
  // (Modules, types, functions and exceptions carry their own attributes.)
  InlineCache* instance_cache = nullptr;
  {
    Value& o = TOP();
    if (is_kind(o, Kind::UserInstance)) {
      auto* u = static_cast<UserInstance*>(o.obj());
      instance_cache = cache_for(co, ip - code - 1);
      if (user_method_cached(instance_cache, u, t.vm.class_epoch)) {
        Value self = std::move(o);
        sp[-1] = Value::borrow(instance_cache->method);
        PUSH(std::move(self));
        FAST_DISPATCH();
      }
    } else if (o.is_obj()) {
      Kind k = o.obj()->kind;
      InlineCache* c = cache_for(co, ip - code - 1);
      if (builtin_method_cached(c, o.obj())) {
        Value self = std::move(o);
        sp[-1] = c->value;
        PUSH(std::move(self));
        FAST_DISPATCH();
      }
      if (module_attr_cached(c, o.obj())) {
        // Read before the module is let go of (the slot may hold its last reference).
        Value attr = static_cast<Module*>(o.obj())->dict->entries[size_t(c->index)].value;
        sp[-1] = Value();
        PUSH(std::move(attr));
        FAST_DISPATCH();
      }
      if ((k == Kind::Str || k == Kind::List || k == Kind::Dict || k == Kind::Set || k == Kind::Tuple ||
           k == Kind::Native) &&
          !o.obj()->type->heap) {  // only builtin types: their method tables never change
        Value m = type_lookup_method(o.obj()->type, as_str(co->names[ARG]));
        if (m) {
          c->key = uint64_t(reinterpret_cast<uintptr_t>(o.obj()->type));
          c->key2 = 0;
          c->value = m;
          Value self = std::move(o);
          sp[-1] = std::move(m);
          PUSH(std::move(self));
          DISPATCH();
        }
      }
    }
  }
  Value obj = POP();
  SAVE_FRAME();
  bool is_method;
  Str* name = as_str(co->names[ARG]);
  Value m = get_method(t, obj, name, &is_method);
  if (!m) goto error;
  if (is_method) {
    auto* u = static_cast<UserInstance*>(obj.obj());
    if (instance_cache && !u->dict && !(type_hooks(u->type) & kHookGetattribute)) {
      instance_cache->key = uint64_t(reinterpret_cast<uintptr_t>(u->type));
      instance_cache->key2 = t.vm.class_epoch;
      instance_cache->index = shared_key_index(u->type, name);
      instance_cache->method = m.is_obj() ? m.obj() : nullptr;
      instance_cache->value = Value();
    }
    PUSH(std::move(m));
    PUSH(std::move(obj));
  } else {
    if (is_kind(obj, Kind::Module) && !obj.obj()->type->heap) {
      // A builtin module's attribute is its dict's entry (attributes.cpp, special_attr).
      Dict* md = static_cast<Module*>(obj.obj())->dict;
      int64_t ix = md->find_str(name);
      if (ix >= 0) {
        InlineCache* c = cache_for(co, ip - code - 1);
        c->key = md->version;
        c->key2 = kModuleAttr;
        c->index = ix;
        c->value = Value();
        c->method = nullptr;
      }
    }
    PUSH(Value());
    PUSH(std::move(m));
  }
  DISPATCH();
}
op_BINARY_OP: {
  Value& a = sp[-2];
  Value& b = sp[-1];
  uint32_t op = ARG & 15;
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int(), r;
    if (op == uint32_t(BinOp::Add) && !__builtin_add_overflow(x, y, &r)) {
      --sp;
      sp[-1] = Value::integer(r);
      FAST_DISPATCH();
    }
    if (op == uint32_t(BinOp::Sub) && !__builtin_sub_overflow(x, y, &r)) {
      --sp;
      sp[-1] = Value::integer(r);
      FAST_DISPATCH();
    }
    if (op == uint32_t(BinOp::Mul) && !__builtin_mul_overflow(x, y, &r)) {
      --sp;
      sp[-1] = Value::integer(r);
      FAST_DISPATCH();
    }
    if ((op == uint32_t(BinOp::Mod) || op == uint32_t(BinOp::FloorDiv)) && y > 0) {
      // Python rounds toward negative infinity; for a positive divisor that is a fix-up of C's.
      int64_t q = x / y, m = x % y;
      if (m < 0) {
        m += y;
        --q;
      }
      --sp;
      sp[-1] = Value::integer(op == uint32_t(BinOp::Mod) ? m : q);
      FAST_DISPATCH();
    }
  } else if (a.is_float() && b.is_float() && op <= uint32_t(BinOp::Mul)) {
    double x = a.as_float(), y = b.as_float();
    double r = op == uint32_t(BinOp::Add) ? x + y : op == uint32_t(BinOp::Sub) ? x - y : x * y;
    --sp;
    sp[-1] = Value::real(r);
    FAST_DISPATCH();
  }
  SAVE_FRAME();
  Value r = binary_op(t, BinOp(op), a, b, (ARG & 16) != 0);
  *--sp = Value();
  if (!r) goto error;
  sp[-1] = std::move(r);
  DISPATCH();
}
op_UNARY_NEGATIVE: {
  SAVE_FRAME();
  Value r = negate(t, TOP());
  if (!r) goto error;
  TOP() = std::move(r);
  DISPATCH();
}
op_UNARY_POSITIVE: {
  SAVE_FRAME();
  Value r = positive(t, TOP());
  if (!r) goto error;
  TOP() = std::move(r);
  DISPATCH();
}
op_UNARY_INVERT: {
  SAVE_FRAME();
  Value r = invert(t, TOP());
  if (!r) goto error;
  TOP() = std::move(r);
  DISPATCH();
}
op_UNARY_NOT: {
  SAVE_FRAME();
  int r = truthy(t, TOP());
  if (r < 0) goto error;
  TOP() = Value::boolean(!r);
  DISPATCH();
}
op_COMPARE_OP: {
  Value& a = sp[-2];
  Value& b = sp[-1];
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    bool r;
    switch (CmpOp(ARG)) {
      case CmpOp::Lt: r = x < y; break;
      case CmpOp::Le: r = x <= y; break;
      case CmpOp::Eq: r = x == y; break;
      case CmpOp::Ne: r = x != y; break;
      case CmpOp::Gt: r = x > y; break;
      default: r = x >= y; break;
    }
    // Fused with a following conditional jump: no bool is pushed and popped.
    Opcode next = instr_op(*ip);
    if (next == OP_POP_JUMP_IF_FALSE || next == OP_POP_JUMP_IF_TRUE) {
      sp -= 2;  // two ints: nothing to release
      new (sp) Value();
      new (sp + 1) Value();
      uint32_t target = instr_arg(*ip);
      ++ip;
      --ticks;
      if (r == (next == OP_POP_JUMP_IF_TRUE)) ip = code + target;
      FAST_DISPATCH();
    }
    --sp;
    sp[-1] = Value::boolean(r);
    FAST_DISPATCH();
  }
  SAVE_FRAME();
  Value r = compare(t, a, b, CmpOp(ARG));
  *--sp = Value();
  if (!r) goto error;
  sp[-1] = std::move(r);
  DISPATCH();
}
op_IS_OP: {
  bool r = sp[-2].same(sp[-1]) != (ARG != 0);
  *--sp = Value();
  sp[-1] = Value::boolean(r);
  FAST_DISPATCH();
}
op_CONTAINS_OP: {
  SAVE_FRAME();
  int r = contains(t, sp[-1], sp[-2]);
  *--sp = Value();
  if (r < 0) goto error;
  sp[-1] = Value::boolean((r != 0) != (ARG != 0));
  DISPATCH();
}
op_BINARY_SUBSCR: {
  Value& c = sp[-2];
  Value& k = sp[-1];
  if (is_list(c) && k.is_int() && !c.obj()->type->heap) {
    auto& items = as_list(c)->items;
    int64_t i = k.as_int();
    if (i < 0) i += int64_t(items.size());
    if (i >= 0 && i < int64_t(items.size())) {
      Value v = items[size_t(i)];
      *--sp = Value();
      sp[-1] = std::move(v);
      FAST_DISPATCH();  // v is Null now
    }
  }
  if (is_dict(c) && is_str(k) && !c.obj()->type->heap) {
    int64_t ix = as_dict(c)->find_str(as_str(k));
    if (ix >= 0) {
      Value v = as_dict(c)->entries[size_t(ix)].value;
      *--sp = Value();
      sp[-1] = std::move(v);
      FAST_DISPATCH();  // v is Null now
    }
  }
  SAVE_FRAME();
  Value r = get_item(t, c, k);
  *--sp = Value();
  if (!r) goto error;
  sp[-1] = std::move(r);
  DISPATCH();
}
op_STORE_SUBSCR: {
  Value key = POP();
  Value container = POP();
  Value v = POP();
  if (is_list(container) && key.is_int() && !container.obj()->type->heap) {
    auto& items = as_list(container)->items;
    int64_t i = key.as_int();
    if (i < 0) i += int64_t(items.size());
    if (i >= 0 && i < int64_t(items.size())) {
      std::swap(items[size_t(i)], v);
      DISPATCH();
    }
  }
  SAVE_FRAME();
  if (!set_item(t, container, key, std::move(v))) goto error;
  DISPATCH();
}
op_DELETE_SUBSCR: {
  Value key = POP();
  Value container = POP();
  SAVE_FRAME();
  if (!del_item(t, container, key)) goto error;
  DISPATCH();
}
op_BUILD_SLICE: {
  Value step = ARG == 3 ? POP() : Value::none();
  Value stop = POP();
  Value start = POP();
  PUSH(new_slice(t, std::move(start), std::move(stop), std::move(step)));
  DISPATCH();
}
op_BUILD_TUPLE: {
  int n = int(ARG);
  Tuple* tup = tuple_alloc(t.vm, n);
  for (int i = n - 1; i >= 0; --i) (*tup)[i] = POP();
  new (sp++) Value(Value::steal(tup));
  DISPATCH();
}
op_BUILD_LIST: {
  int n = int(ARG);
  std::vector<Value> items(static_cast<size_t>(n));
  for (int i = n - 1; i >= 0; --i) items[size_t(i)] = POP();
  PUSH(new_list(t.vm, std::move(items)));
  DISPATCH();
}
op_BUILD_SET: {
  int n = int(ARG);
  Value s = new_set(t, false);
  SAVE_FRAME();
  bool ok = true;
  for (int i = n; i >= 1; --i)
    if (ok && as_set(s)->add(t, sp[-i]) < 0) ok = false;
  for (int i = 0; i < n; ++i) *--sp = Value();
  if (!ok) goto error;
  PUSH(std::move(s));
  DISPATCH();
}
op_BUILD_MAP: {
  int n = int(ARG);
  Value d = new_dict(t.vm);
  as_dict(d)->reserve(size_t(n));
  SAVE_FRAME();
  bool ok = true;
  for (int i = 2 * n; i >= 2 && ok; i -= 2)
    if (as_dict(d)->set(t, sp[-i], std::move(sp[-i + 1])) < 0) ok = false;
  for (int i = 0; i < 2 * n; ++i) (--sp)->clear();
  if (!ok) goto error;
  PUSH(std::move(d));
  DISPATCH();
}
op_LIST_APPEND: {
  Value v = POP();
  as_list(sp[-int(ARG)])->items.push_back(std::move(v));
  DISPATCH();
}
op_SET_ADD: {
  Value v = POP();
  SAVE_FRAME();
  if (as_set(sp[-int(ARG)])->add(t, v) < 0) goto error;
  DISPATCH();
}
op_MAP_ADD: {
  Value v = POP();
  Value k = POP();
  SAVE_FRAME();
  if (as_dict(sp[-int(ARG)])->set(t, k, std::move(v)) < 0) goto error;
  DISPATCH();
}
op_LIST_EXTEND: {
  Value src = POP();
  SAVE_FRAME();
  std::vector<Value> items;
  uint32_t depth = ARG & 0xff;
  if (!is_list(src) && !is_tuple(src) && !is_kind(src, Kind::Iterator) && !is_str(src) &&
      !is_dict(src) && !is_set(src) && !is_kind(src, Kind::Range) &&
      !is_kind(src, Kind::Generator) &&
      !(src.is_obj() && src.obj()->type->heap &&
        (lookup_special(src, t.vm.dunders.__iter__) || lookup_special(src, t.vm.dunders.__getitem__)))) {
    if (ARG & 0x100)  // building call arguments: the callable sits below the list
      t.raise(t.vm.types.TypeError, "%s argument after * must be an iterable, not %s",
              function_str(t, sp[-int(depth) - 1]).c_str(), type_name(t, src));
    else
      t.raise(t.vm.types.TypeError, "Value after * must be an iterable, not %s", type_name(t, src));
    goto error;
  }
  if (!collect_iterable(t, src, items)) goto error;
  auto& dst = as_list(sp[-int(depth)])->items;
  for (auto& v : items) dst.push_back(std::move(v));
  DISPATCH();
}
op_SET_UPDATE: {
  Value src = POP();
  SAVE_FRAME();
  if (!set_update(t, as_set(sp[-int(ARG)]), src)) goto error;
  DISPATCH();
}
op_DICT_UPDATE: {
  Value src = POP();
  SAVE_FRAME();
  if (!is_dict(src)) {
    t.raise(t.vm.types.TypeError, "'%s' object is not a mapping", type_name(t, src));
    goto error;
  }
  if (!dict_update(t, as_dict(sp[-int(ARG)]), src)) goto error;
  DISPATCH();
}
op_DICT_MERGE: {
  Value src = POP();
  SAVE_FRAME();
  Dict* dst = as_dict(sp[-int(ARG)]);
  // The callable sits below the args tuple and this dict: [callable args dict].
  std::string fname = function_str(t, sp[-int(ARG) - 2]);
  if (!is_dict(src)) {
    t.raise(t.vm.types.TypeError, "%s argument after ** must be a mapping, not %s", fname.c_str(),
            type_name(t, src));
    goto error;
  }
  for (auto& e : DictEntries(as_dict(src)->entries)) {
    if (e.key.is_null()) continue;
    if (!is_str(e.key)) {
      t.raise(t.vm.types.TypeError, "keywords must be strings");
      goto error;
    }
    if (dst->find_str(as_str(e.key)) >= 0) {
      t.raise(t.vm.types.TypeError, "%s got multiple values for keyword argument '%s'", fname.c_str(),
              as_str(e.key)->s.c_str());
      goto error;
    }
    dst->set_str(as_str(e.key), e.value);
  }
  DISPATCH();
}
op_LIST_TO_TUPLE: {
  auto& items = as_list(TOP())->items;
  Value tup = new_tuple(t.vm, items.data(), int64_t(items.size()));
  TOP() = std::move(tup);
  DISPATCH();
}
op_BUILD_STRING: {
  int n = int(ARG);
  std::string out;
  for (int i = n; i >= 1; --i) out += as_str(sp[-i])->s;
  for (int i = 0; i < n; ++i) *--sp = Value();
  PUSH(new_str(t.vm, std::move(out)));
  DISPATCH();
}
op_FORMAT_VALUE: {
  Value spec = (ARG & 4) ? POP() : Value();
  Value v = POP();
  SAVE_FRAME();
  uint32_t conv = ARG & 3;
  if (conv == 1) v = to_str(t, v);
  else if (conv == 2) v = repr(t, v);
  else if (conv == 3) v = ascii(t, v);
  if (!v) goto error;
  Value r = (spec || !is_str(v)) ? format_value(t, v, spec ? std::string_view(as_str(spec)->s) : std::string_view()) : v;
  if (!r) goto error;
  PUSH(std::move(r));
  DISPATCH();
}
op_UNPACK_SEQUENCE: {
  Value seq = POP();
  SAVE_FRAME();
  Value* top = sp;
  bool ok = unpack(t, seq, int(ARG), 0, false, top);
  sp = top;
  if (!ok) goto error;
  DISPATCH();
}
op_UNPACK_EX: {
  Value seq = POP();
  SAVE_FRAME();
  Value* top = sp;
  bool ok = unpack(t, seq, int(ARG & 0xff), int(ARG >> 8), true, top);
  sp = top;
  if (!ok) goto error;
  DISPATCH();
}
op_JUMP:
  ip = code + ARG;
  FAST_DISPATCH();
op_JUMP_BACKWARD:
  // Checked before jumping: an exception raised here is raised at this instruction, and an
  // interrupted tasklet resumes by running it again.
  CHECK_PREEMPT(uint32_t(ip - code) - 1);
  ip = code + ARG;
  FAST_DISPATCH();
op_POP_JUMP_IF_FALSE: {
  if (TOP().is_bool()) {
    bool b = TOP().as_bool();
    *--sp = Value();
    if (!b) ip = code + ARG;
    FAST_DISPATCH();
  }
  Value v = POP();
  SAVE_FRAME();
  int r = truthy(t, v);
  if (r < 0) goto error;
  if (!r) ip = code + ARG;
  DISPATCH();
}
op_POP_JUMP_IF_TRUE: {
  if (TOP().is_bool()) {
    bool b = TOP().as_bool();
    *--sp = Value();
    if (b) ip = code + ARG;
    FAST_DISPATCH();
  }
  Value v = POP();
  SAVE_FRAME();
  int r = truthy(t, v);
  if (r < 0) goto error;
  if (r) ip = code + ARG;
  DISPATCH();
}
op_JUMP_IF_FALSE_OR_POP: {
  SAVE_FRAME();
  int r = truthy(t, TOP());
  if (r < 0) goto error;
  if (!r)
    ip = code + ARG;
  else
    *--sp = Value();
  DISPATCH();
}
op_JUMP_IF_TRUE_OR_POP: {
  SAVE_FRAME();
  int r = truthy(t, TOP());
  if (r < 0) goto error;
  if (r)
    ip = code + ARG;
  else
    *--sp = Value();
  DISPATCH();
}
op_GET_ITER: {
  SAVE_FRAME();
  Value it = get_iter(t, TOP());
  if (!it) goto error;
  TOP() = std::move(it);
  DISPATCH();
}
op_FOR_ITER: {
  Value& itv = TOP();
  if (is_kind(itv, Kind::Iterator)) {
    auto* it = static_cast<Iterator*>(itv.obj());
    if (it->ikind() == IterKind::Range && it->type->is_iterator) {
      if (it->stop > 0) {
        --it->stop;
        PUSH(Value::integer(it->pos));
        it->pos += it->step;
        FAST_DISPATCH();
      }
      *--sp = Value();
      ip = code + ARG;
      FAST_DISPATCH();
    }
    if (it->ikind() == IterKind::Seq && is_list(it->src) && it->type->is_iterator) {
      auto& items = as_list(it->src)->items;
      if (size_t(it->pos) < items.size()) {
        PUSH(items[size_t(it->pos++)]);
        FAST_DISPATCH();
      }
      *--sp = Value();
      ip = code + ARG;
      FAST_DISPATCH();
    }
  }
  SAVE_FRAME();
  Value v = iter_next(t, itv);
  if (v) {
    PUSH(std::move(v));
    DISPATCH();
  }
  if (t.has_pending()) goto error;
  *--sp = Value();
  ip = code + ARG;
  DISPATCH();
}

  // ---- calls ----
  {
op_CALL:
    call_nargs = int(ARG);
    call_args = sp - call_nargs;
    call_base = call_args - 1;
    call_kw = nullptr;
    call_on_receiver = false;
    if (is_function(*call_base)) {
      // The fast path: no counted copy of the callee; its stack slot keeps it alive. (The
      // interrupt check comes with the new frame, at enter_frame.)
      SAVE_FRAME();
      call_fn = static_cast<Function*>(call_base->obj());
      goto call_script;
    }
    if (call_base->is_obj()) {
      // A class with a builtin metaclass (its constructor) or an instance of a builtin type with
      // a native __call__ (a tasklet's setup): called directly, the callee kept alive by its
      // slot (neither may switch softly, so the slots stay until the call returns).
      Object* callee = call_base->obj();
      Value r;
      if (callee->kind == Kind::Type && !callee->type->heap && static_cast<Type*>(callee)->construct) {
        SAVE_FRAME();
        t.ticks_left = ticks;
        r = static_cast<Type*>(callee)->construct(t, static_cast<Type*>(callee), call_args, call_nargs, nullptr);
      } else if (callee->kind == Kind::Native && callee->type->native_call) {
        SAVE_FRAME();
        t.ticks_left = ticks;
        r = callee->type->native_call(t, call_base, call_nargs + 1, nullptr);
      } else {
        goto generic_call;
      }
      ticks = t.ticks_left;
      while (sp > call_base) release_slot(*--sp);
      if (!r) goto error;
      PUSH(std::move(r));
      FAST_DISPATCH();
    }
  generic_call:
    callee_holder = *call_base;
    goto do_call;
op_CALL_METHOD: {
    Value* base = sp - (int(ARG) + 2);  // the method (Null: a plain callable follows), self, args
    if (base->is_obj() && base->obj()->kind == Kind::NativeFunction &&
        static_cast<NativeFunction*>(base->obj())->fast != FastNative::kNone) {
      // channel.send / channel.receive, run inline when the common case applies (channel.h). When
      // the callee and the channel are held elsewhere too, as they nearly always are, the call's
      // slots let go of them first (no destructor can run), so that the frame is complete without
      // them should the action switch; the payload moves on with the action.
      auto* n = static_cast<NativeFunction*>(base->obj());
      bool send = n->fast == FastNative::kChannelSend;
      if (int(ARG) == int(send) && is_channel(base[1]) && n->refcnt > 1 && base[1].obj()->refcnt > 1) {
        auto* chan = static_cast<Channel*>(base[1].obj());
        --n->refcnt;
        --chan->refcnt;
        (void)base[0].release();
        (void)base[1].release();
        f->ip = uint32_t(ip - code);
        f->stack_depth = uint32_t(base - f->stack_base());
        t.ticks_left = ticks;
        Value r;
        FastAction done = send ? channel_fast_action(t, chan, 1, base + 2, &r)
                               : channel_fast_action(t, chan, -1, nullptr, &r);
        if (done == FastAction::kSwitched) goto resume_current;
        if (__builtin_expect(done == FastAction::kDone, 1)) {
          sp = base;
          if (!r) goto error;
          PUSH(std::move(r));
          FAST_DISPATCH();
        }
        base[0] = Value::borrow(n);  // declined: the generic call, as it was
        base[1] = Value::borrow(chan);
      }
    }
    call_nargs = int(ARG);
    call_args = sp - call_nargs;
    call_base = base;
    call_kw = nullptr;
    if (call_base->is_null()) {
      callee_holder = call_base[1];
      call_on_receiver = false;
    } else {
      callee_holder = call_base[0];
      call_args = call_base + 1;
      ++call_nargs;
      call_on_receiver = true;
    }
    goto do_call;
  }
op_CALL_KW:
    kw_holder = POP();
    call_kw = as_tuple(kw_holder);
    call_nargs = int(ARG) - int(call_kw->size);
    call_args = sp - int(ARG);
    call_base = call_args - 1;
    call_on_receiver = false;
    callee_holder = *call_base;
    goto do_call;

  call_script: {
    // A script function: bind the arguments (moving them) into a new frame, then run it in this
    // loop, or wrap it in a generator. call_fn stays alive through callee_holder or its slot.
    new_frame = frame_for_call_moving(t, call_fn, call_args, call_nargs, call_kw);
    while (sp > call_base) (--sp)->clear();
    kw_holder.clear();
    callee_holder.clear();
    if (!new_frame) goto error;
    // falls through
  }
  enter_frame: {
    // new_frame is bound: run it in this loop, or hand it to a generator (shared with CALL_EX).
    if (new_frame->code->flags & kCodeGenerator) {
      PUSH(new_generator(t, new_frame));
      DISPATCH();
    }
    f->stack_depth = uint32_t(sp - f->stack_base());
    if (!push_frame(t, new_frame)) goto error;
    LOAD_FRAME();
    CHECK_PREEMPT(0);
    FAST_DISPATCH();
  }

  do_call: {
    SAVE_FRAME();
    if (is_function(callee_holder)) {
      call_fn = static_cast<Function*>(callee_holder.obj());
      goto call_script;  // checks for interrupts at enter_frame
    }
    CHECK_INTERRUPT();
    Value r;
    if (is_kind(callee_holder, Kind::NativeFunction) &&
        static_cast<NativeFunction*>(callee_holder.obj())->may_switch && sp - call_base <= UINT16_MAX) {
      // A native that may switch tasklets. Its call's slots stay on the frame, counted in the
      // frame's stack: if this tasklet is switched out softly, the frame is complete (ip, stack)
      // while it is away, and the slots are dropped when the call's result is delivered to it
      // - possibly before this native returns (tasklets/scheduler.h).
      auto* n = static_cast<NativeFunction*>(callee_holder.obj());
      if (!call_on_receiver && n->self.is_null() && !check_receiver(t, n, call_args, call_nargs)) goto error;
      f->call_slots = uint16_t(sp - call_base);
      t.ticks_left = ticks;  // (what is left of the budget goes on, unless the switch starts a new slice)
      r = call_switching_native(t, n, call_args, call_nargs, call_kw);
      if (t.soft_switched) {
        t.soft_switched = false;
        goto resume_current;
      }
      ticks = t.ticks_left;
      f->call_slots = 0;
      while (sp > call_base) (--sp)->clear();
      kw_holder = Value();
      callee_holder = Value();
      if (!r) goto error;
      PUSH(std::move(r));
      DISPATCH();
    }
    if (is_kind(callee_holder, Kind::Native) && callee_holder.obj()->type->native_call) {
      // An instance of a builtin type with a native __call__ (a tasklet's setup): called with
      // the callee's own slot as its first argument (call_args[-1] is always the callee).
      t.ticks_left = ticks;
      r = callee_holder.obj()->type->native_call(t, call_args - 1, call_nargs + 1, call_kw);
    } else if (is_kind(callee_holder, Kind::Type) && !callee_holder.obj()->type->heap &&
               static_cast<Type*>(callee_holder.obj())->construct) {
      // A class whose metaclass is builtin: its constructor (as call() would).
      t.ticks_left = ticks;
      auto* ty = static_cast<Type*>(callee_holder.obj());
      r = ty->construct(t, ty, call_args, call_nargs, call_kw);
    } else if (call_on_receiver && is_kind(callee_holder, Kind::NativeFunction) &&
        static_cast<NativeFunction*>(callee_holder.obj())->self.is_null() &&
        static_cast<NativeFunction*>(callee_holder.obj())->owner) {
      // A method found on the receiver's type by LOAD_METHOD: the receiver is known to fit.
      t.ticks_left = ticks;  // script code it runs counts against the same budget
      r = static_cast<NativeFunction*>(callee_holder.obj())->fn(t, call_args, call_nargs, call_kw);
    } else {
      t.ticks_left = ticks;
      r = call(t, callee_holder, call_args, call_nargs, call_kw);
    }
    ticks = t.ticks_left;
    while (sp > call_base) release_slot(*--sp);
    kw_holder = Value();
    callee_holder = Value();
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }

op_CALL_EX: {
    Value kwargs = (ARG & 1) ? POP() : Value();
    Value args = POP();
    Value callee = POP();
    SAVE_FRAME();
    CHECK_INTERRUPT();
    if (!is_tuple(args)) {
      std::vector<Value> items;
      if (!collect_iterable(t, args, items)) goto error;
      args = new_tuple(t.vm, items.data(), int64_t(items.size()));
    }
    Tuple* a = as_tuple(args);
    std::vector<Value> buf(a->items(), a->items() + a->size);
    Value names;
    if (kwargs && as_dict(kwargs)->used > 0) {
      Dict* d = as_dict(kwargs);
      std::vector<Value> keys;
      for (auto& e : d->entries) {
        if (e.key.is_null()) continue;
        keys.push_back(e.key);
        buf.push_back(e.value);
      }
      names = new_tuple(t.vm, keys.data(), int64_t(keys.size()));
    }
    Tuple* kwn = names ? as_tuple(names) : nullptr;
    int npos = int(a->size);
    if (is_kind(callee, Kind::BoundMethod) && is_function(static_cast<BoundMethod*>(callee.obj())->func)) {
      // A method of a script class (a tasklet bound to obj.method): a frame of this loop too.
      auto* m = static_cast<BoundMethod*>(callee.obj());
      buf.insert(buf.begin(), m->self);
      ++npos;
      Value fn = m->func;  // (assigned through a copy: callee may hold the method's last reference)
      callee = std::move(fn);
    }
    if (is_function(callee)) {
      new_frame = frame_for_call(t, static_cast<Function*>(callee.obj()), buf.data(), npos, kwn);
      if (!new_frame) goto error;
      goto enter_frame;  // leaves this block normally: its Values are released
    }
    Value r;
    if (is_kind(callee, Kind::NativeFunction) && static_cast<NativeFunction*>(callee.obj())->may_switch) {
      // f(*args) of a native that may switch tasklets (a tasklet started on ch.receive): soft
      // when possible. The call's values are off the frame already (this block's locals).
      auto* n = static_cast<NativeFunction*>(callee.obj());
      if (n->self.is_null() && !check_receiver(t, n, buf.data(), int(a->size))) goto error;
      t.ticks_left = ticks;
      r = call_switching_native(t, n, buf.data(), int(a->size), kwn);
      if (t.soft_switched) {
        t.soft_switched = false;
        goto resume_current;
      }
      ticks = t.ticks_left;
    } else {
      t.ticks_left = ticks;
      r = call(t, callee, buf.data(), int(a->size), kwn);
      ticks = t.ticks_left;
    }
    if (!r) goto error;
    PUSH(std::move(r));
    DISPATCH();
  }
  }

op_MAKE_FUNCTION: {
  Value codev = POP();
  Value closure = (ARG & 4) ? POP() : Value();
  Value annotations = (ARG & 8) ? POP() : Value();
  Value kwdefaults = (ARG & 2) ? POP() : Value();
  Value defaults = (ARG & 1) ? POP() : Value();
  Value fn = make_function(t, f, static_cast<Code*>(codev.obj()));
  auto* func = static_cast<Function*>(fn.obj());
  func->defaults = std::move(defaults);
  func->kwdefaults = std::move(kwdefaults);
  func->closure = std::move(closure);
  func->annotations = std::move(annotations);
  PUSH(std::move(fn));
  DISPATCH();
}

op_RETURN_VALUE: {
  Value result = POP();
  while (sp > f->stack_base()) (--sp)->clear();
  CHECK_INTERRUPT();
  bool entry = f->fflags & kFrameEntry;
  bool bottom = f->fflags & kFrameTaskletBottom;
  f->ip = uint32_t(ip - code);
  f->stack_depth = 0;
  pop_frame(t);
  if (entry) {
    t.ticks_left = ticks;
    return result;
  }
  if (bottom) {  // the tasklet is done: on to the next one
    t.ticks_left = ticks;
    tasklet_end(t, std::move(result));
    goto resume_current;
  }
  LOAD_FRAME();
  PUSH(std::move(result));
  FAST_DISPATCH();  // result is Null now
}

op_RAISE_VARARGS: {
  SAVE_FRAME();
  Value cause = ARG == 2 ? POP() : Value();
  Value exc = ARG >= 1 ? POP() : Value();
  raise_varargs(t, int(ARG), std::move(exc), std::move(cause));
  goto error;
}
op_RERAISE: {
  t.pending = POP();
  SAVE_FRAME();
  goto exception_unwind;
}
op_PUSH_EXC_INFO: {
  Value exc = POP();
  PUSH(t.ctx.handled);
  t.ctx.handled = exc;
  PUSH(std::move(exc));
  DISPATCH();
}
op_POP_EXCEPT:
  t.ctx.handled = POP();
  DISPATCH();
op_CHECK_EXC_MATCH: {
  SAVE_FRAME();
  int r = exception_matches(t, sp[-2], sp[-1]);
  if (r < 0) goto error;
  sp[-1] = Value::boolean(r);
  DISPATCH();
}
op_IMPORT_NAME: {
  Value fromlist = POP();
  Value level = POP();
  SAVE_FRAME();
  Value m = do_import(t, f, as_str(co->names[ARG]), fromlist, level.as_int());
  if (!m) goto error;
  PUSH(std::move(m));
  DISPATCH();
}
op_IMPORT_FROM: {
  SAVE_FRAME();
  Value v = import_from(t, TOP(), as_str(co->names[ARG]));
  if (!v) goto error;
  PUSH(std::move(v));
  DISPATCH();
}
op_IMPORT_STAR: {
  Value mod = POP();
  SAVE_FRAME();
  if (!import_star(t, mod, f->locals ? f->locals : f->globals())) goto error;
  DISPATCH();
}
op_LOAD_BUILD_CLASS: {
  Value b = f->builtins()->get_str(t.vm.intern("__build_class__"));
  if (!b) {
    t.raise(t.vm.types.NameError, "__build_class__ not found");
    goto error;
  }
  PUSH(std::move(b));
  DISPATCH();
}
op_YIELD_VALUE: {
  // Suspends this generator frame: back to gen_send, which resumed it as an entry frame.
  Value v = POP();
  SAVE_FRAME();
  pop_frame(t);
  t.yielded = true;
  t.ticks_left = ticks;
  return v;
}
op_GET_YIELD_FROM_ITER: {
  if (!is_kind(TOP(), Kind::Generator)) {
    SAVE_FRAME();
    Value it = get_iter(t, TOP());
    if (!it) goto error;
    TOP() = std::move(it);
  }
  DISPATCH();
}
op_SEND: {
  // yield from: pass the value on to the sub-iterator.
  Value v = POP();
  SAVE_FRAME();
  Value out;
  if (is_kind(TOP(), Kind::Generator)) {
    GenResult r = gen_send(t, static_cast<Generator*>(TOP().obj()), std::move(v), &out);
    if (r == GenResult::Error) goto error;
    if (r == GenResult::Returned) {
      TOP() = std::move(out);
      ip = code + ARG;
      DISPATCH();
    }
    PUSH(std::move(out));
    DISPATCH();
  }
  Value result = Value::none();
  if (!v.is_none()) {
    Value send = get_attr(t, TOP(), t.vm.intern("send"));  // an iterator with send()
    if (send) out = call1(t, send, std::move(v));
    if (!out && t.pending_is(t.vm.types.StopIteration)) {
      Value stop = t.take_pending();
      Tuple* sargs = as_tuple(static_cast<Exception*>(stop.obj())->args);
      if (sargs->size) result = (*sargs)[0];
    }
  } else {
    out = iter_next(t, TOP(), &result);
  }
  if (!out) {
    if (t.has_pending()) goto error;
    TOP() = std::move(result);
    ip = code + ARG;
    DISPATCH();
  }
  PUSH(std::move(out));
  DISPATCH();
}
op_MATCH_PATTERN: {
  // A `case` pattern (runtime/match.h): on a match the capture slots, as a tuple.
  Value descriptor = POP();
  Value values = POP();
  Value subject = POP();
  SAVE_FRAME();
  std::vector<Value> caps;
  int64_t ncaps = 0;
  {
    // The compiler wraps the pattern as (ncaps, pattern).
    Tuple* wrap = as_tuple(descriptor);
    ncaps = (*wrap)[0].as_int();
    caps.assign(size_t(ncaps), Value());
    int r = match_pattern(t, subject, (*wrap)[1], as_tuple(values), caps);
    if (r < 0) goto error;
    if (r == 0) {
      ip = code + ARG;
      DISPATCH();
    }
  }
  PUSH(new_tuple(t.vm, caps.data(), ncaps));
  DISPATCH();
}
op_BEFORE_WITH: {
  // __enter__ and __exit__ written in script run as calls of this loop (frames pushed, no
  // nested dispatch), so a tasklet may switch inside them softly - a lock's `with` that blocks.
  Value ctx = POP();
  SAVE_FRAME();
  bool native = is_kind(ctx, Kind::Native);  // (a lock of _thread: its methods are native)
  Value enter = native ? lookup_native_special(ctx, t.vm.dunders.__enter__) : lookup_special(ctx, t.vm.dunders.__enter__);
  Value exit = native ? lookup_native_special(ctx, t.vm.dunders.__exit__) : lookup_special(ctx, t.vm.dunders.__exit__);
  if (!enter || !exit) {
    t.raise(t.vm.types.TypeError, "'%s' object does not support the context manager protocol%s",
            type_name(t, ctx), enter ? " (missed __exit__ method)" : "");
    goto error;
  }
  Value bound_exit = bind_class_attribute(t, exit, ctx, ctx.obj()->type);
  if (!bound_exit) goto error;
  PUSH(std::move(bound_exit));
  if (is_function(enter)) {
      new_frame = frame_for_call(t, static_cast<Function*>(enter.obj()), &ctx, 1, nullptr);
    if (!new_frame) goto error;
    goto enter_frame;  // its result is pushed when it returns: [exit enter_result]
  }
  Value r = call_special(t, enter, ctx, nullptr, 0);
  if (!r) goto error;
  PUSH(std::move(r));
  DISPATCH();
}
op_WITH_EXIT: {
  Value exit = POP();
  SAVE_FRAME();
  Value args[4] = {Value(), Value::none(), Value::none(), Value::none()};
  Value r;
  if (!start_exit_call(t, exit, args, &new_frame, &r)) goto error;
  if (new_frame) goto enter_frame;  // its result is pushed when it returns (then POP_TOP)
  PUSH(std::move(r));
  DISPATCH();
}
op_WITH_EXCEPT_START: {
  SAVE_FRAME();
  const Value& exc = sp[-1];
  Value args[4] = {Value(), Value::borrow(type_of(t, exc)), exc,
                   is_exception(exc) ? static_cast<Exception*>(exc.obj())->traceback : Value::none()};
  if (args[3].is_null()) args[3] = Value::none();
  Value r;
  if (!start_exit_call(t, sp[-3], args, &new_frame, &r)) goto error;
  if (new_frame) goto enter_frame;  // [exit prev exc result] when it returns
  PUSH(std::move(r));
  DISPATCH();
}
op_LOAD_ASSERTION_ERROR:
  PUSH(Value::borrow(t.vm.types.AssertionError));
  DISPATCH();
op_PRINT_EXPR: {
  Value v = POP();
  SAVE_FRAME();
  if (!v.is_none()) {
    std::string s;
    if (!repr_into(t, v, s)) goto error;
    s += '\n';
    fwrite(s.data(), 1, s.size(), stdout);
    fflush(stdout);
    t.vm.builtins->dict->set_str(t.vm.intern("_"), v);
  }
  DISPATCH();
}

error:
  // A new exception in this frame: record where, and link the exception being handled.
  {
    if (!t.has_pending()) t.raise(t.vm.types.SystemError, "error return without exception set");
    if (is_exception(t.pending)) {
      auto* e = static_cast<Exception*>(t.pending.obj());
      if (e->traceback.is_none() || e->traceback.is_null() ||
          static_cast<Traceback*>(e->traceback.obj())->frame != f)
        set_context(t, e);
      traceback_add(t, e, f, co->line_at(uint32_t(ip - code) - 1));
    }
  }
exception_unwind: {
  uint32_t at = uint32_t(ip - code) - 1;
  const ExcEntry* handler = nullptr;
  for (const ExcEntry& entry : co->exc_table)
    if (at >= entry.start && at < entry.end) {
      handler = &entry;
      break;
    }
  if (handler) {
    Value* base = f->stack_base() + handler->depth;
    while (sp > base) *--sp = Value();
    PUSH(t.take_pending());
    ip = code + handler->handler;
    DISPATCH();
  }
  // No handler here: leave the frame.
  while (sp > f->stack_base()) *--sp = Value();
  bool entry = f->fflags & kFrameEntry;
  bool bottom = f->fflags & kFrameTaskletBottom;
  f->ip = uint32_t(ip - code);
  f->stack_depth = 0;
  pop_frame(t);
  if (entry) {
    t.ticks_left = ticks;
    return Value();
  }
  if (bottom) {  // the exception ends the tasklet (tasklet_end decides where it goes)
    t.ticks_left = ticks;
    tasklet_end(t, Value());
    goto resume_current;
  }
  LOAD_FRAME();
  goto error;
}

resume_current:
  // After a tasklet switch: run the frame chain of the tasklet now current (scheduler.h), with
  // the budget the switch set. An empty context only happens at shutdown, when an idle fiber's
  // loop is told to end.
  if (!t.ctx.frame) return Value();
  ticks = t.ticks_left;
  LOAD_FRAME();
resume_frame:
  if (__builtin_expect(f->fflags & (kFrameBomb | kFramePreempted), 0)) {
    bool preempted = f->fflags & kFramePreempted;
    f->fflags &= uint16_t(~kFramePreempted);
    if (f->fflags & kFrameBomb) {
      f->fflags &= uint16_t(~kFrameBomb);
      if (preempted) ++ip;  // raised at the instruction it was interrupted at
      tasklet_raise_bomb(t);
      goto error;
    }
  }
  DISPATCH();

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef DISPATCH
#undef FAST_DISPATCH
#undef ARG
#undef TOP
#undef PEEK
#undef POP
#undef PUSH
#undef CHECK_INTERRUPT
}

Value call_function(Thread& t, Function* fn, Value* args, int nargs, Tuple* kwnames) {
  NativeRecursion guard(t, " while calling a Python object");
  if (guard.failed) return Value();
  Frame* fr = frame_for_call(t, fn, args, nargs, kwnames);
  if (!fr) return Value();
  if (fr->code->flags & kCodeGenerator) return new_generator(t, fr);
  fr->fflags |= kFrameEntry;
  if (!push_frame(t, fr)) return Value();
  ++t.ctx.nesting_level;
  Value r = run_loop(t);
  --t.ctx.nesting_level;
  nesting_dropped(t);
  return r;
}

Value run_class_body(Thread& t, Function* fn, Dict* ns) {
  NativeRecursion guard(t, " while defining a class");
  if (guard.failed) return Value();
  Frame* fr = frame_for_call(t, fn, nullptr, 0, nullptr);
  if (!fr) return Value();
  fr->locals = ns;
  Value::incref(ns);
  fr->fflags |= kFrameEntry;
  if (!push_frame(t, fr)) return Value();
  ++t.ctx.nesting_level;
  Value r = run_loop(t);
  --t.ctx.nesting_level;
  nesting_dropped(t);
  return r;
}

Value run_module_code(Thread& t, Code* code, Dict* ns, bool repl_echo, Dict* locals) {
  Value builtins = ns->get_str(t.vm.names.__builtins__);
  Dict* b = builtins && is_module(builtins) ? static_cast<Module*>(builtins.obj())->dict
            : builtins && is_dict(builtins) ? as_dict(builtins)
                                            : t.vm.builtins->dict;
  // Module-level code runs in a function made for it, as in CPython 3.11+: every frame then
  // reads its globals and builtins from its function.
  Value fn = new_function(t, code, ns, b);
  Frame* fr = frame_alloc(t, static_cast<Function*>(fn.obj()));
  fr->locals = locals ? locals : ns;
  Value::incref(fr->locals);
  fr->fflags |= kFrameEntry | kFrameModule | (repl_echo ? kFrameReplEcho : 0);
  if (!push_frame(t, fr)) return Value();
  ++t.ctx.nesting_level;
  Value r = run_loop(t);
  --t.ctx.nesting_level;
  nesting_dropped(t);
  return r;
}

}  // namespace eddy
