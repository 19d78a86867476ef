// dict: insertion-ordered hash table (entries in insertion order, plus an open-addressed index).
//
// Invariants: `entries` keeps insertion order; a deleted entry has a Null key until the next
// resize compacts it away; `index` has a power-of-two size and holds entry numbers (-1 empty,
// -2 deleted). `version` changes whenever a key is added or removed, so a cache of "where is
// this name" can be validated with one compare (globals look-ups in the dispatcher).
#pragma once
#include <vector>

#include "runtime/object.h"

namespace eddy {

struct DictEntry {
  int64_t hash;
  Value key;
  Value value;
};

struct Dict : Object {
  std::vector<DictEntry> entries;
  std::vector<int32_t> index;
  int64_t used = 0;
  uint64_t version = 0;
  Dict(Type* t) : Object(Kind::Dict, t) {}

  // All may run script code (__hash__/__eq__ of keys) and return -1/Null with an exception
  // pending on error. get() returns Null with nothing pending when the key is absent.
  Value get(Thread& t, const Value& key);
  int set(Thread& t, const Value& key, Value value);
  int del(Thread& t, const Value& key);  // 1 removed, 0 absent, -1 error
  // Fast paths for interned-string keys (names): never run script code, never fail.
  Value get_str(Str* key);
  void set_str(Str* key, Value value);
  // Position of key in entries, or -1 (absent) / -2 (error).
  int64_t find(Thread& t, const Value& key, int64_t hash);
  int64_t find_str(Str* key);
  void clear();
  void insert_new(int64_t hash, Value key, Value value);
  void rebuild_index(size_t min_size);
};

Dict* dict_alloc(Runtime& vm);
Value new_dict(Runtime& vm);
inline bool is_dict(const Value& v) { return is_kind(v, Kind::Dict); }
inline Dict* as_dict(const Value& v) { return static_cast<Dict*>(v.obj()); }
// Builds from a mapping or an iterable of pairs (dict(x), dict.update(x)).
bool dict_update(Thread& t, Dict* d, const Value& src);

void init_dict_type(Thread& t);
}  // namespace eddy
