// Small-object allocation: size classes of 16 bytes up to kMaxSmall, each with a free list,
// carved from 256 KiB chunks. Objects, frames and tuples are allocated here; anything larger goes
// to operator new.
//
// Invariants:
//  - allocate(n) and deallocate(p, n) must be called with the same n.
//  - The free lists belong to the OS thread (like malloc's thread caches), not to a VM: memory
//    freed on one thread is reused by that thread. Chunks are kept until the process ends.
//  - In the sanitizer build every call goes straight to operator new/delete, so that
//    AddressSanitizer sees each object's lifetime.
#pragma once
#include <cstddef>
#include <new>

namespace eddy::memory {

constexpr size_t kMaxSmall = 512;

void* allocate_small(size_t size);
void deallocate_small(void* p, size_t size);

inline void* allocate(size_t size) {
#ifndef EDDY_SANITIZE
  if (size <= kMaxSmall) return allocate_small(size);
#endif
  return ::operator new(size);
}

inline void deallocate(void* p, size_t size) {
#ifndef EDDY_SANITIZE
  if (size <= kMaxSmall) return deallocate_small(p, size);
#endif
  ::operator delete(p);
}

// A standard allocator over allocate/deallocate, for the small vectors inside objects.
template <class T>
struct PoolAllocator {
  using value_type = T;
  PoolAllocator() noexcept = default;
  template <class U>
  PoolAllocator(const PoolAllocator<U>&) noexcept {}
  T* allocate(size_t n) { return static_cast<T*>(memory::allocate(n * sizeof(T))); }
  void deallocate(T* p, size_t n) noexcept { memory::deallocate(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const PoolAllocator<U>&) const noexcept { return true; }
};

}  // namespace eddy::memory
