// OS threads and the GIL: the only code that knows how threads are made and how they wait.
//
// Invariants:
//  - A Gil admits one holder at a time; only its holder may touch the objects of the VM it
//    guards. A holder is identified by an opaque pointer (the runtime's Thread) and the atomic
//    interrupt word of its dispatch loop.
//  - Waiting threads spin briefly (a few tens of microseconds) before they sleep: a hand-over
//    between two busy threads then costs no OS wake-up.
//  - A thread that waits longer than the switch interval for the GIL sets kDropRequest in the
//    holder's interrupt word; the holder then yields (gil_yield) at its next interrupt check,
//    unless it may not be switched out (an atomic tasklet), and a yielding holder waits until
//    another thread actually took the GIL before it asks for it again (no hogging).
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace eddy::platform {

struct Gil {
  std::mutex mu;
  std::condition_variable cv;  // signalled whenever the GIL is released
  std::atomic<void*> holder{nullptr};  // written under mu; read without it only to spin
  std::atomic<uint32_t>* holder_interrupt = nullptr;
  uint32_t drop_bit = 0;       // the bit set in a holder's interrupt word to ask it to yield
  uint64_t handoffs = 0;       // counts acquisitions
  int waiters = 0;
  int yielding = 0;            // holders that gave the GIL up and wait for a handoff
  std::chrono::microseconds interval{5000};  // sys.setswitchinterval
};

// Blocks until `who` holds the GIL.
void gil_acquire(Gil& g, void* who, std::atomic<uint32_t>* interrupt);
void gil_release(Gil& g);
// A holder asked to yield: gives the GIL to a waiting thread (if any still waits) and takes it
// back once that one has had it.
void gil_yield(Gil& g, void* who, std::atomic<uint32_t>* interrupt);

// Gives the GIL up and sleeps until `flag` is set (under g.mu, with cv notified: see
// gil_wake) or the monotonic clock reaches `deadline` (< 0: no deadline), at most
// `max_wait` seconds; then takes the GIL again. Clears `flag`; true if it was set.
bool gil_wait(Gil& g, void* who, std::atomic<uint32_t>* interrupt, std::condition_variable& cv,
              std::atomic<bool>& flag, double deadline, double max_wait);
// Sets a waiting thread's flag and wakes it (see gil_wait).
void gil_wake(Gil& g, std::condition_variable& cv, std::atomic<bool>& flag);

// The calling OS thread's identifier (threading.get_ident()).
int64_t thread_ident();
// The kernel's id of the calling thread (threading.get_native_id()).
int64_t native_thread_id();
// Starts a detached OS thread running fn(arg); false if the OS refused.
bool start_thread(void (*fn)(void*), void* arg);

}  // namespace eddy::platform
