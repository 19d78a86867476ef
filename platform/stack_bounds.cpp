#include "platform/stack_bounds.h"

#include "platform/fiber.h"

#include <pthread.h>

#include <cstddef>

namespace eddy::platform {

FiberStack thread_stack() {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  return {static_cast<char*>(addr), size};
}

char* stack_limit_for_current_thread() {
  FiberStack stack = thread_stack();
  char* addr = stack.base;
  size_t size = stack.size;
  if (!addr || size == 0) {
    // Unknown: assume 1 MiB below the current frame.
    char here;
    return &here - (1 << 20);
  }
  // Keep a quarter of the stack (at most 1 MiB, at least 128 KiB) as the margin: sanitizer
  // builds use far larger frames than release builds between two checks.
  size_t margin = size / 4;
  if (margin > (size_t(1) << 20)) margin = size_t(1) << 20;
  if (margin < (size_t(128) << 10)) margin = size_t(128) << 10;
  return addr + margin;
}

}  // namespace eddy::platform
