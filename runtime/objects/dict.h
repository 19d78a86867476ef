// dict: insertion-ordered hash table (entries in insertion order, plus an open-addressed index).
//
// Invariants: `entries` keeps insertion order; a deleted entry has a Null key until the next
// resize compacts it away; `index` has a power-of-two size and holds entry numbers (-1 empty,
// -2 deleted). `version` changes whenever a key is added or removed, to a number no other dict
// of the runtime has had, so a cache of "where is this name" can be validated with one compare
// (globals look-ups in the dispatcher). Replacing the value of an existing key keeps it.
#pragma once
#include <vector>

#include "runtime/object.h"

namespace eddy {

void bump_class_epoch(Type* any_type_of_the_runtime);

struct DictEntry {
  int64_t hash;
  Value key;
  Value value;
};

// The index of a dict: up to 8 slots live inline (no allocation for small dicts), more on the
// heap. The interface is the part of std::vector the table uses.
class DictIndex {
 public:
  DictIndex() = default;
  DictIndex(const DictIndex&) = delete;
  DictIndex& operator=(const DictIndex&) = delete;
  ~DictIndex() { release(); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int32_t& operator[](size_t i) { return data_[i]; }
  int32_t operator[](size_t i) const { return data_[i]; }
  void assign(size_t n, int32_t v) {
    if (n > size_) {
      release();
      data_ = n <= kInline ? inline_ : new int32_t[n];
    }
    size_ = n;
    for (size_t i = 0; i < n; ++i) data_[i] = v;
  }
  void clear() {
    release();
    size_ = 0;
  }

 private:
  static constexpr size_t kInline = 8;
  void release() {
    if (data_ != inline_) delete[] data_;
    data_ = inline_;
  }
  int32_t inline_[kInline];
  int32_t* data_ = inline_;
  size_t size_ = 0;
};

using DictEntries = std::vector<DictEntry, memory::PoolAllocator<DictEntry>>;

struct Dict : GcObject {
  DictEntries entries;
  DictIndex index;
  Value attrs;  // attributes of an instance of a dict subclass (a Dict), else Null
  int64_t used = 0;
  uint64_t version = 0;
  // Untracked until a value that may hold references goes in (or at once for a subclass).
  Dict(Type* t) : GcObject(Kind::Dict, t, t->heap) {}
  ~Dict() { note_change(); }
  // A type's namespace changed: the runtime's attribute cache is stale (see Runtime::attr_cache).
  // Stores a new value for entry `ix` (an existing key).
  void replace_value(int64_t ix, Value value);
  void note_change() {
    if (flags & kFlagClassDict) bump_class_epoch(type);
  }

  // All may run script code (__hash__/__eq__ of keys) and return -1/Null with an exception
  // pending on error. get() returns Null with nothing pending when the key is absent.
  Value get(Thread& t, const Value& key);
  int set(Thread& t, const Value& key, Value value);
  int del(Thread& t, const Value& key);  // 1 removed, 0 absent, -1 error
  // Fast paths for interned-string keys (names): never run script code, never fail.
  Value get_str(Str* key);
  void set_str(Str* key, Value value);
  void set_str(const Value& key, Value value);  // key is a Str (not necessarily interned)
  // Position of key in entries, or -1 (absent) / -2 (error).
  int64_t find(Thread& t, const Value& key, int64_t hash);
  int64_t find_str(Str* key);
  void clear();
  void insert_new(int64_t hash, Value key, Value value);
  void rebuild_index(size_t min_size);
  void reserve(size_t n) { entries.reserve(n); }
};

Dict* dict_alloc(Runtime& vm);
Value new_dict(Runtime& vm);
inline bool is_dict(const Value& v) { return is_kind(v, Kind::Dict); }
inline Dict* as_dict(const Value& v) { return static_cast<Dict*>(v.obj()); }
// Builds from a mapping or an iterable of pairs (dict(x), dict.update(x)).
bool dict_update(Thread& t, Dict* d, const Value& src);

void init_dict_type(Thread& t);
}  // namespace eddy
