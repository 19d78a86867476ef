#include "platform/fiber.h"

#include <sys/mman.h>
#include <unistd.h>

#include <boost/context/detail/fcontext.hpp>
#include <cstdio>
#include <cstdlib>

#if defined(EDDY_SANITIZE)
#include <sanitizer/common_interface_defs.h>
#endif

namespace eddy::platform {

namespace bctx = boost::context::detail;

namespace {

size_t page_size() {
  static const size_t p = size_t(sysconf(_SC_PAGESIZE));
  return p;
}

// What a switch hands to the context it resumes: where to keep the context it left, and for a
// fiber's first run, what to call.
struct SwitchPacket {
  Fiber* store;
  FiberEntry entry;
  void* arg;
};

// The sanitizer must be told about every change of stack (or it reports the new one as
// overflowing the old).
inline void before_switch(void** fake, const FiberStack& to) {
#if defined(EDDY_SANITIZE)
  __sanitizer_start_switch_fiber(fake, to.base, to.size);
#else
  (void)fake;
  (void)to;
#endif
}
inline void after_switch(void* fake) {
#if defined(EDDY_SANITIZE)
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#else
  (void)fake;
#endif
}

// A new fiber's first frame: keep the context that started it, then run the entry.
void trampoline(bctx::transfer_t from) {
  after_switch(nullptr);
  auto* packet = static_cast<SwitchPacket*>(from.data);
  packet->store->fctx = from.fctx;
  FiberEntry entry = packet->entry;
  void* arg = packet->arg;
  entry(arg);
  std::fprintf(stderr, "eddy: a fiber's entry returned\n");
  std::abort();
}

}  // namespace

FiberStack stack_allocate(size_t size, bool guard) {
  size_t page = page_size();
  size = (size + page - 1) / page * page;
  // The guard page is always reserved (so that stack_free needs no flag), only protected on request.
  void* mem = mmap(nullptr, size + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
  if (mem == MAP_FAILED) return {};
  if (guard) mprotect(mem, page, PROT_NONE);  // an overflow faults instead of corrupting
  return {static_cast<char*>(mem) + page, size};
}

void stack_free(FiberStack stack) {
  if (!stack.base) return;
  size_t page = page_size();
  munmap(stack.base - page, stack.size + page);
}

Fiber fiber_new(FiberStack stack, FiberEntry entry, void* arg) {
  Fiber f;
  f.fctx = bctx::make_fcontext(stack.base + stack.size, stack.size, trampoline);
  f.stack = stack;
  f.entry = entry;
  f.arg = arg;
  return f;
}

void fiber_switch(Fiber* self, Fiber& to) {
  SwitchPacket packet{self, to.entry, to.arg};
  bctx::fcontext_t target = to.fctx;
  to.fctx = nullptr;
  to.entry = nullptr;
  void* fake = nullptr;
  before_switch(&fake, to.stack);
  bctx::transfer_t back = bctx::jump_fcontext(target, &packet);
  after_switch(fake);
  // Another context switched to us: keep the one it left where it asked.
  static_cast<SwitchPacket*>(back.data)->store->fctx = back.fctx;
}

}  // namespace eddy::platform
