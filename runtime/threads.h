// Script threads: the `_thread` module on OS threads, one GIL per Runtime (platform/threads.h).
//
// Invariants:
//  - Only the thread holding its Runtime's GIL runs script code or touches objects. A Thread
//    takes the GIL when it starts and gives it up only (a) around blocking waits (GilRelease:
//    sleeping, waiting for a lock or for timers), (b) when another thread has waited a switch
//    interval (kInterruptGilDrop in its interrupt word, acted on at the dispatch loop's interrupt
//    checks) - unless its current tasklet is atomic.
//  - current_thread(vm) is the Thread of the calling OS thread, set when it takes the GIL.
//  - When the Runtime is torn down, non-daemon threads are joined first (threading._shutdown);
//    threads still running then (daemons) never get the GIL back.
#pragma once
#include "runtime/vm.h"

namespace eddy {

void acquire_gil(Thread& t);
void release_gil(Thread& t);
// At an interrupt check with kInterruptGilDrop set: lets a waiting thread run.
void yield_gil(Thread& t);
// The Thread of the calling OS thread in `vm` (its GIL holder).
Thread& current_thread(Runtime& vm);

// Gives the GIL up for the lifetime of the guard: for a blocking wait that touches no objects.
class GilRelease {
 public:
  explicit GilRelease(Thread& t) : t_(t) { release_gil(t_); }
  ~GilRelease() { acquire_gil(t_); }
  GilRelease(const GilRelease&) = delete;
  GilRelease& operator=(const GilRelease&) = delete;

 private:
  Thread& t_;
};

// A thread with nothing to run: gives the GIL up until another thread wakes it (wake_thread),
// the monotonic clock reaches `deadline` (< 0: none), or a short while passed (so that Ctrl-C
// is noticed). True if it was woken.
bool wait_for_wake(Thread& t, double deadline);
void wake_thread(Thread& other);
// Whether another thread of t's VM can still make progress (is not waiting in wait_for_wake).
bool other_threads_runnable(Thread& t);

// The `_thread` module (lib/threading.py builds on it).
void init_thread_module(Thread& t, Module* m);
// Teardown: joins the threads threading started (threading._shutdown), then marks the Runtime
// as finalizing.
void finish_threads(Thread& t);

}  // namespace eddy
