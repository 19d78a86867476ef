// Frames: one activation of a code object, on the heap.
//
// Invariants (ARCHITECTURE invariants 1 and 2):
//  - A frame is plain data: its code, the instruction index `ip` of the next instruction, the
//    value stack height, its slots [locals | cells | free vars | value stack] and a link to its
//    caller. It holds no pointer into any C stack, so a later issue can pickle it and switch
//    between chains of them freely.
//  - `back` is a strong reference to the caller; the thread's ExecContext owns the innermost
//    frame. Returning hands the caller back to the context.
//  - A frame marked kFrameEntry was pushed by native code (a nested dispatch): when it returns,
//    the dispatch loop returns to that native caller instead of continuing with `back`.
//  - Frames are recycled through a per-Runtime pool bucketed by slot count, so a call costs no malloc.
#pragma once
#include "runtime/object.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/vm.h"

namespace eddy {

enum FrameFlags : uint16_t {
  kFrameEntry = 1,     // returns to native code (nested dispatch boundary)
  kFrameModule = 2,    // module-level code: STORE_NAME goes to `locals`
  kFrameReplEcho = 4,  // PRINT_EXPR prints (interactive input)
  kFrameThrow = 8,     // resume by raising the thread's pending exception (generator.throw)
  kFrameRunning = 16,  // a tracked frame (a generator's) is running: the collector skips it
  kFrameBomb = 32,     // resume by raising the current tasklet's bomb (tasklets/scheduler.h)
  kFrameTaskletBottom = 64,  // a tasklet's first frame: returning from it ends the tasklet
  kFramePreempted = 128,  // the watchdog interrupted it at ip: resume there, nothing pushed
};

struct Frame : GcObject {
  Code* code;           // func's code (kept alive by func)
  Function* func;       // strong; module-level code runs in a function made for it
  Dict* locals;         // strong; the namespace of module-level code, else null
  Frame* back;          // strong: the caller
  uint32_t ip = 0;      // index of the next instruction
  uint32_t stack_depth = 0;  // value-stack height while the frame is not running
  uint16_t fflags = 0;
  // Set while the frame is suspended in a call to a native that switched tasklets softly: the
  // call's slots (callee, receiver, arguments) are the top `call_slots` of its value stack, and
  // are dropped when the call's result is delivered (tasklets/scheduler.h).
  uint16_t call_slots = 0;
  int nslots;
  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return slots() + code->stack_offset; }
  Value* cells() { return slots() + code->nlocals; }
  Dict* globals() const { return func->globals; }
  Dict* builtins() const { return func->builtins; }
  int line() const { return code->line_at(ip == 0 ? 0 : ip - 1); }
  Frame(Type* t) : GcObject(Kind::Frame, t, false) {}  // tracked once it outlives a run
};
static_assert(sizeof(Frame) % alignof(Value) == 0);

// A fresh frame for running `func` with all slots Null.
Frame* frame_alloc_slow(Thread& t, Function* func);
// Returns a frame whose refcount reached zero to the pool (called from destroy_object).
void frame_free(Frame* f);
void frame_pool_clear(Runtime& vm);

// Takes a frame of `n` slots from the pool, or null. Its slots are Null; its fields are stale.
inline Frame* frame_pool_take(Runtime& vm, int n) {
  if (n >= Runtime::kPooledFrameSlots) return nullptr;
  Runtime::FrameFreeList& pool = vm.frame_pool[n];
  Frame* f = pool.head;
  if (f) {
    pool.head = f->back;
    --pool.count;
    f->refcnt = 1;
    f->flags = 0;
  }
  return f;
}

// Reports to `visit` (a callable taking Object*) the references a suspended execution state
// holds - a tasklet's, for the cycle collector. Its frames are not tracked (frames only are once
// they outlive a run), so what they hold is reported as if it were the state's own - for the
// frames only the chain holds; the first frame that is shared or tracked is reported itself.
// Cycles through a blocked tasklet's locals (a channel it waits on, held in its own frame) are
// then found and collected.
template <class Visit>
inline void exec_context_traverse(const ExecContext& c, Visit& visit) {
  if (c.handled.is_obj()) visit(c.handled.obj());
  Frame* f = c.frame;
  for (; f && f->refcnt == 1 && !(f->flags & kFlagGcTracked); f = f->back) {
    visit(reinterpret_cast<Object*>(f->func));
    if (f->locals) visit(static_cast<Object*>(f->locals));
    Value* slots = f->slots();
    int used = f->code->stack_offset + int(f->stack_depth);  // (the slots above are Null)
    for (int i = 0; i < used; ++i)
      if (slots[i].is_obj()) visit(slots[i].obj());
  }
  if (f) visit(static_cast<Object*>(f));
}

// Sets up a frame's fields for running `func`.
inline void frame_init(Frame* f, Function* func) {
  f->code = func->code;
  f->func = func;
  Value::incref(reinterpret_cast<Object*>(func));
  f->locals = nullptr;
  f->back = nullptr;
  f->ip = 0;
  f->stack_depth = 0;
  f->fflags = 0;
  f->call_slots = 0;
}

// What locals() returns in frame f: its namespace dict (module, class body, exec), or a new
// snapshot of a function's local variables and cells.
Value frame_locals(Thread& t, Frame* f);

// A frame for calling `func`: the pooled fast path of frame_alloc, inline for the dispatcher.
inline Frame* frame_alloc(Thread& t, Function* func) {
  if (Frame* f = frame_pool_take(t.vm, func->code->nslots())) {
    frame_init(f, func);
    return f;
  }
  return frame_alloc_slow(t, func);
}

}  // namespace eddy
