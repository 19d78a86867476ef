#include "platform/threads.h"

#include <pthread.h>
#include <time.h>

#include <algorithm>
#include <sys/syscall.h>
#include <unistd.h>

namespace eddy::platform {

namespace {
constexpr int kSpins = 4000;  // ~20-60 us of pause instructions

// Spins (without the lock) until done() or the budget is spent.
template <class Done>
void spin(std::unique_lock<std::mutex>& lk, Done done) {
  lk.unlock();
  for (int i = 0; i < kSpins && !done(); ++i) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
  }
  lk.lock();
}

void acquire_locked(Gil& g, std::unique_lock<std::mutex>& lk, void* who, std::atomic<uint32_t>* interrupt) {
  if (g.holder) spin(lk, [&] { return g.holder.load(std::memory_order_relaxed) == nullptr; });
  while (g.holder) {
    uint64_t seen = g.handoffs;
    ++g.waiters;
    bool free = g.cv.wait_for(lk, g.interval, [&] { return g.holder == nullptr; });
    --g.waiters;
    // A whole interval without a handoff: ask the holder to yield at its next check.
    if (!free && g.holder && g.handoffs == seen && g.holder_interrupt)
      g.holder_interrupt->fetch_or(g.drop_bit, std::memory_order_relaxed);
  }
  g.holder = who;
  g.holder_interrupt = interrupt;
  ++g.handoffs;
  if (g.yielding) g.cv.notify_all();  // a yielding holder waits to see the GIL change hands
}
}  // namespace

void gil_acquire(Gil& g, void* who, std::atomic<uint32_t>* interrupt) {
  std::unique_lock<std::mutex> lk(g.mu);
  acquire_locked(g, lk, who, interrupt);
}

bool gil_wait(Gil& g, void* who, std::atomic<uint32_t>* interrupt, std::condition_variable& cv, std::atomic<bool>& flag,
              double deadline, double max_wait) {
  std::unique_lock<std::mutex> lk(g.mu);
  g.holder = nullptr;
  g.holder_interrupt = nullptr;
  g.cv.notify_all();
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double t = double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
  double wait = deadline < 0 ? max_wait : std::min(max_wait, deadline - t);
  if (wait > 0 && !flag) spin(lk, [&] { return flag.load(std::memory_order_relaxed); });
  if (wait > 0) cv.wait_for(lk, std::chrono::duration<double>(wait), [&] { return flag.load(); });
  bool was = flag.exchange(false);
  acquire_locked(g, lk, who, interrupt);
  return was;
}

void gil_wake(Gil& g, std::condition_variable& cv, std::atomic<bool>& flag) {
  {
    std::lock_guard<std::mutex> lk(g.mu);
    flag = true;
  }
  cv.notify_all();
}

void gil_release(Gil& g) {
  {
    std::lock_guard<std::mutex> lk(g.mu);
    g.holder = nullptr;
    g.holder_interrupt = nullptr;
  }
  g.cv.notify_all();
}

void gil_yield(Gil& g, void* who, std::atomic<uint32_t>* interrupt) {
  uint64_t mine;
  {
    std::lock_guard<std::mutex> lk(g.mu);
    if (g.waiters == 0) return;  // whoever asked has gone
    g.holder = nullptr;
    g.holder_interrupt = nullptr;
    mine = g.handoffs;
  }
  g.cv.notify_all();
  {
    std::unique_lock<std::mutex> lk(g.mu);
    ++g.yielding;
    g.cv.wait(lk, [&] { return g.handoffs != mine || g.waiters == 0; });
    --g.yielding;
  }
  gil_acquire(g, who, interrupt);
}

int64_t thread_ident() { return int64_t(pthread_self()); }

int64_t native_thread_id() { return int64_t(syscall(SYS_gettid)); }

namespace {
struct Start {
  void (*fn)(void*);
  void* arg;
};
void* trampoline(void* p) {
  Start s = *static_cast<Start*>(p);
  delete static_cast<Start*>(p);
  s.fn(s.arg);
  return nullptr;
}
}  // namespace

bool start_thread(void (*fn)(void*), void* arg) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, size_t(8) << 20);  // as the main thread's usual limit
  pthread_t th;
  auto* s = new Start{fn, arg};
  int rc = pthread_create(&th, &attr, trampoline, s);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    delete s;
    return false;
  }
  return true;
}

}  // namespace eddy::platform
