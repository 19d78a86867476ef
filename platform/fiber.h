// Fibers: C stacks to switch between, for hard tasklet switches (ARCHITECTURE invariant 3).
//
// A soft switch changes which heap frame chain the dispatch loop runs and needs none of this.
// A hard switch is needed when the tasklet being left has native frames of its own on the C
// stack (a nested dispatch: a generator resumed by native code, __init__ run by a constructor,
// the main tasklet's C caller): its C stack is kept aside as a suspended Fiber and another
// stack runs. This is the only place that touches Boost.Context (its low-level fcontext API:
// no exceptions, explicit control of every switch) and the sanitizer's fiber annotations.
//
// Invariants:
//  - A Fiber is either empty, or a context suspended in fiber_switch() (or never started): it
//    is resumed exactly once, by fiber_switch(..., to), which empties it.
//  - Every Fiber records the C stack it runs on (`stack`); the thread's own stack is described
//    by thread_stack(). Stacks from stack_allocate() have a guard page below them unless asked
//    not to (each guard page costs the process one of its limited memory mappings).
#pragma once
#include <cstddef>

namespace eddy::platform {

struct FiberStack {
  char* base = nullptr;  // lowest usable address (the stack grows down towards it)
  size_t size = 0;
};

using FiberEntry = void (*)(void* arg);

struct Fiber {
  void* fctx = nullptr;  // Boost.Context's fcontext_t of the suspended context
  FiberStack stack;      // the stack that context runs on
  FiberEntry entry = nullptr;  // a fiber never started: what it runs first
  void* arg = nullptr;
  explicit operator bool() const { return fctx != nullptr; }
};

// A stack of `size` bytes (rounded to pages), with a guard page below it if `guard`; pages are
// committed lazily. An empty FiberStack when the OS refuses. (Without guard pages, neighbouring
// stacks merge into one kernel mapping, so their number is bounded by memory alone.)
FiberStack stack_allocate(size_t size, bool guard = true);
void stack_free(FiberStack stack);
// The calling OS thread's own stack (stack_bounds.cpp).
FiberStack thread_stack();

// A fiber that runs entry(arg) on `stack` when first switched to. entry must never return: it
// ends by switching away for good.
Fiber fiber_new(FiberStack stack, FiberEntry entry, void* arg);

// Suspends the running context into *self (whose `stack` the caller has set to the stack it runs
// on) and resumes `to`, leaving `to` empty. Returns when another context switches to *self.
void fiber_switch(Fiber* self, Fiber& to);

}  // namespace eddy::platform
