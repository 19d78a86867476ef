#include "runtime/memory.h"

#include <cstdint>
#include <cstdlib>

namespace eddy::memory {

namespace {

constexpr size_t kGranule = 16;
constexpr size_t kClasses = kMaxSmall / kGranule;
constexpr size_t kChunk = 256 * 1024;

struct FreeBlock {
  FreeBlock* next;
};

struct Chunk {
  Chunk* next;
};

struct ThreadPools {
  FreeBlock* free[kClasses] = {};
  char* bump = nullptr;      // the unused tail of the newest chunk
  char* bump_end = nullptr;
  Chunk* chunks = nullptr;   // every chunk, so they stay reachable (and countable)
};

thread_local ThreadPools pools;

size_t class_of(size_t size) { return (size + kGranule - 1) / kGranule - 1; }

}  // namespace

void* allocate_small(size_t size) {
  size_t c = class_of(size == 0 ? 1 : size);
  ThreadPools& p = pools;
  if (FreeBlock* b = p.free[c]) {
    p.free[c] = b->next;
    return b;
  }
  size_t bytes = (c + 1) * kGranule;
  if (p.bump + bytes > p.bump_end) {
    char* mem = static_cast<char*>(::operator new(kChunk));
    Chunk* ch = reinterpret_cast<Chunk*>(mem);
    ch->next = p.chunks;
    p.chunks = ch;
    p.bump = mem + kGranule;  // the chunk header occupies the first granule
    p.bump_end = mem + kChunk;
  }
  void* r = p.bump;
  p.bump += bytes;
  return r;
}

void deallocate_small(void* ptr, size_t size) {
  size_t c = class_of(size == 0 ? 1 : size);
  ThreadPools& p = pools;
  FreeBlock* b = static_cast<FreeBlock*>(ptr);
  b->next = p.free[c];
  p.free[c] = b;
}

}  // namespace eddy::memory
