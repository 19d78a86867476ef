// set and frozenset: an open-addressed table laid out like CPython's (linear probes, then
// perturbation; same growth rule), so that iteration order, and therefore printed output,
// matches CPython's for the same insertions.
#pragma once
#include <vector>

#include "runtime/object.h"
#include "runtime/ops.h"

namespace eddy {

struct SetEntry {
  int64_t hash = 0;
  Value key;  // Null: empty; `dummy` flag marks deleted
  bool dummy = false;
};

struct Set : GcObject {
  std::vector<SetEntry> table;  // size is a power of two (>= 8)
  int64_t used = 0;             // live keys
  int64_t fill = 0;             // live + dummy
  int64_t hash = -1;            // frozenset only
  size_t finger = 0;            // where pop() looks first
  Set(Type* t);

  int add(Thread& t, const Value& key);       // 1 added, 0 present, -1 error
  int contains(Thread& t, const Value& key);  // 1, 0, -1
  int discard(Thread& t, const Value& key);   // 1 removed, 0 absent, -1 error
  void clear();
  void add_known(int64_t hash, Value key);  // the caller has established the key is absent
  int add_entry(Thread* t, int64_t hash, const Value& key);
  bool frozen() const { return flags & kFlagFrozen; }
};

Set* set_alloc(Thread& t, bool frozen);
Value new_set(Thread& t, bool frozen);
inline bool is_set(const Value& v) { return is_kind(v, Kind::Set); }
inline Set* as_set(const Value& v) { return static_cast<Set*>(v.obj()); }
bool set_update(Thread& t, Set* s, const Value& iterable);
// Set algebra, as the operators | & - ^ and the methods use it. The result is a new set (or a
// frozenset when `frozen`).
Value set_union(Thread& t, Set* a, const Value& b, bool frozen);
Value set_intersection(Thread& t, Set* a, const Value& b, bool frozen);
Value set_difference(Thread& t, Set* a, const Value& b, bool frozen);
Value set_symmetric_difference(Thread& t, Set* a, const Value& b, bool frozen);
// dict.keys()/items() views with | & - ^ (a new set, built in CPython's steps).
Value dict_view_set_op(Thread& t, BinOp op, const Value& a, const Value& b);
// In place, as `-=` / difference_update and `^=` / symmetric_difference_update.
bool set_difference_update(Thread& t, Set* s, const Value& other);
bool set_symmetric_difference_update(Thread& t, Set* s, const Value& other);
int set_issubset(Thread& t, Set* a, Set* b);
int64_t frozenset_hash(Set* s);

void init_set_type(Thread& t);
}  // namespace eddy
