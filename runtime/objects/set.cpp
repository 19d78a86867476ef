// set and frozenset. The probing, growth and merge rules follow CPython 3.11's setobject.c, so
// that a set built by the same operations iterates (and prints) in the same order.
#include "runtime/objects/set.h"

#include "runtime/native.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

static constexpr size_t kLinearProbes = 9;
static constexpr int kPerturbShift = 5;

Set::Set(Type* t) : GcObject(Kind::Set, t) { table.resize(8); }

Set* set_alloc(Thread& t, bool frozen) {
  auto* s = new Set(frozen ? t.vm.types.frozenset : t.vm.types.set);
  if (frozen) s->flags |= kFlagFrozen;
  return s;
}
Value new_set(Thread& t, bool frozen) { return Value::steal(set_alloc(t, frozen)); }

namespace {

bool is_unused(const SetEntry& e) { return e.key.is_null() && !e.dummy; }
bool is_active(const SetEntry& e) { return !e.key.is_null(); }

void insert_clean(std::vector<SetEntry>& table, int64_t hash, Value key) {
  size_t mask = table.size() - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = uint64_t(hash) & mask;
  while (true) {
    if (table[i].key.is_null()) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++i;
        if (table[i].key.is_null()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  table[i].key = std::move(key);
  table[i].hash = hash;
  table[i].dummy = false;
}

void resize(Set* s, int64_t minused) {
  size_t newsize = 8;
  while (newsize <= size_t(minused)) newsize <<= 1;
  std::vector<SetEntry> old = std::move(s->table);
  s->table.clear();
  s->table.resize(newsize);
  for (auto& e : old)
    if (is_active(e)) insert_clean(s->table, e.hash, std::move(e.key));
  s->fill = s->used;
}

// Finds `key`: the slot index, or -1 if absent; -2 on error.
int64_t lookup(Thread& t, Set* s, const Value& key, int64_t hash) {
  size_t mask = s->table.size() - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = uint64_t(hash) & mask;
  while (true) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t k = i;
    while (true) {
      SetEntry& e = s->table[k];
      if (is_unused(e)) return -1;
      if (!e.dummy && e.hash == hash) {
        if (e.key.same(key)) return int64_t(k);
        Value startkey = e.key;
        size_t before = s->table.size();
        int r = equals(t, startkey, key);
        if (r < 0) return -2;
        if (before != s->table.size()) {
          t.raise(t.vm.types.RuntimeError, "set changed size during iteration");
          return -2;
        }
        if (r) return int64_t(k);
      }
      if (probes-- == 0) break;
      ++k;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace

// CPython's set_add_entry: walk the probe path; an equal key means present; at the first unused
// slot, insert into the last dummy passed on the way if there was one (no resize then), else
// into the unused slot (growing the table at 60% fill).
int Set::add_entry(Thread* t, int64_t h, const Value& key) {
restart:
  size_t mask = table.size() - 1;
  uint64_t perturb = uint64_t(h);
  size_t i = uint64_t(h) & mask;
  int64_t freeslot = -1;
  while (true) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t k = i;
    while (true) {
      SetEntry& e = table[k];
      if (is_unused(e)) {
        if (freeslot >= 0) {
          table[size_t(freeslot)].key = key;
          table[size_t(freeslot)].hash = h;
          table[size_t(freeslot)].dummy = false;
          ++used;
          return 1;
        }
        e.key = key;
        e.hash = h;
        ++fill;
        ++used;
        if (size_t(fill) * 5 >= mask * 3) resize(this, used > 50000 ? used * 2 : used * 4);
        return 1;
      }
      if (e.dummy) {
        freeslot = int64_t(k);
      } else if (t && e.hash == h) {  // t == nullptr: the caller knows the key is absent
        if (e.key.same(key)) return 0;
        Value startkey = e.key;
        size_t before = table.size();
        int r = equals(*t, startkey, key);
        if (r < 0) return -1;
        if (r) return 0;
        if (before != table.size() || !table[k].key.same(startkey)) goto restart;
      }
      if (probes-- == 0) break;
      ++k;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void Set::add_known(int64_t h, Value key) { add_entry(nullptr, h, key); }

int Set::add(Thread& t, const Value& key) {
  int64_t h;
  if (!hash_value(t, key, &h)) return -1;
  return add_entry(&t, h, key);
}

int Set::contains(Thread& t, const Value& key) {
  int64_t h;
  if (!hash_value(t, key, &h)) {
    // `[1] in some_set` is a TypeError about hashing, like CPython.
    return -1;
  }
  int64_t ix = lookup(t, this, key, h);
  return ix == -2 ? -1 : ix >= 0;
}

int Set::discard(Thread& t, const Value& key) {
  int64_t h;
  if (!hash_value(t, key, &h)) return -1;
  int64_t ix = lookup(t, this, key, h);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  Value old = std::move(table[size_t(ix)].key);
  table[size_t(ix)].dummy = true;
  table[size_t(ix)].hash = -1;
  --used;
  return 1;
}

void Set::clear() {
  std::vector<SetEntry> old = std::move(table);
  table.clear();
  table.resize(8);
  used = fill = 0;
}

static bool set_merge(Thread& t, Set* s, Set* other) {
  if (other == s || other->used == 0) return true;
  if ((s->fill + other->used) * 5 >= int64_t(s->table.size() - 1) * 3)
    resize(s, (s->used + other->used) * 2);
  if (s->fill == 0 && s->table.size() == other->table.size() && other->fill == other->used) {
    for (size_t i = 0; i < other->table.size(); ++i) {
      if (is_active(other->table[i])) {
        s->table[i].key = other->table[i].key;
        s->table[i].hash = other->table[i].hash;
      }
    }
    s->fill = s->used = other->used;
    return true;
  }
  if (s->fill == 0) {
    for (auto& e : other->table)
      if (is_active(e)) insert_clean(s->table, e.hash, e.key);
    s->fill = s->used = other->used;
    return true;
  }
  std::vector<SetEntry> snapshot = other->table;
  for (auto& e : snapshot) {
    if (!is_active(e)) continue;
    int64_t ix = lookup(t, s, e.key, e.hash);
    if (ix == -2) return false;
    if (ix < 0) s->add_known(e.hash, e.key);
  }
  return true;
}

bool set_update(Thread& t, Set* s, const Value& iterable) {
  if (is_set(iterable)) return set_merge(t, s, as_set(iterable));
  if (is_dict(iterable)) {
    Dict* d = as_dict(iterable);
    if ((s->fill + d->used) * 5 >= int64_t(s->table.size() - 1) * 3)
      resize(s, (s->used + d->used) * 2);
    DictEntries snapshot = d->entries;
    for (auto& e : snapshot) {
      if (e.key.is_null()) continue;
      int64_t ix = lookup(t, s, e.key, e.hash);
      if (ix == -2) return false;
      if (ix < 0) s->add_known(e.hash, e.key);
    }
    return true;
  }
  Value it = get_iter(t, iterable);
  if (!it) return false;
  while (true) {
    Value v = iter_next(t, it);
    if (!v) return !t.has_pending();
    if (s->add(t, v) < 0) return false;
  }
}

// ---- set algebra ----
namespace {

Value set_copy_of(Thread& t, Set* src, bool frozen) {
  Value r = new_set(t, frozen);
  if (!set_merge(t, as_set(r), src)) return Value();
  return r;
}

// Any iterable as a Set (borrowing when it already is one).
Value as_set_value(Thread& t, const Value& v) {
  if (is_set(v)) return v;
  Value r = new_set(t, false);
  if (!set_update(t, as_set(r), v)) return Value();
  return r;
}

}  // namespace

Value set_union(Thread& t, Set* a, const Value& b, bool frozen) {
  Value r = set_copy_of(t, a, frozen);
  if (!r || !set_update(t, as_set(r), b)) return Value();
  return r;
}

Value set_intersection(Thread& t, Set* so, const Value& other_v, bool frozen) {
  Value result = new_set(t, frozen);
  Value ov = as_set_value(t, other_v);
  if (!ov) return Value();
  Set* other = as_set(ov);
  Set* a = so;
  if (is_set(other_v) && other->used > a->used) std::swap(a, other);
  if (!is_set(other_v)) {
    // CPython iterates the argument in its own order when it is not a set.
    std::vector<Value> items;
    if (!collect_iterable(t, other_v, items)) return Value();
    for (auto& k : items) {
      int64_t h;
      if (!hash_value(t, k, &h)) return Value();
      int64_t ix = lookup(t, so, k, h);
      if (ix == -2) return Value();
      if (ix >= 0 && as_set(result)->add(t, k) < 0) return Value();
    }
    return result;
  }
  std::vector<SetEntry> snapshot = other->table;
  for (auto& e : snapshot) {
    if (!is_active(e)) continue;
    int64_t ix = lookup(t, a, e.key, e.hash);
    if (ix == -2) return Value();
    if (ix >= 0) {
      int64_t r = lookup(t, as_set(result), e.key, e.hash);
      if (r == -2) return Value();
      if (r < 0) as_set(result)->add_known(e.hash, e.key);
    }
  }
  return result;
}

// The items of a set in table order, or of any other iterable in its order (a snapshot).
static bool keys_of(Thread& t, const Value& v, std::vector<Value>& keys) {
  if (!is_set(v)) return collect_iterable(t, v, keys);
  for (auto& e : as_set(v)->table)
    if (is_active(e)) keys.push_back(e.key);
  return true;
}

bool set_difference_update(Thread& t, Set* s, const Value& other) {
  if (other.is_obj() && other.obj() == s) {
    s->clear();
    return true;
  }
  std::vector<Value> keys;
  if (!keys_of(t, other, keys)) return false;
  for (auto& k : keys)
    if (s->discard(t, k) < 0) return false;
  // More than a quarter of the slots dummies: rebuild the table, as CPython does.
  if (size_t(s->fill - s->used) > (s->table.size() - 1) / 4)
    resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

Value set_difference(Thread& t, Set* so, const Value& other_v, bool frozen) {
  bool sized = is_set(other_v) || is_exact_kind(other_v, Kind::Dict);
  int64_t other_size = !sized ? 0 : is_set(other_v) ? as_set(other_v)->used : as_dict(other_v)->used;
  if (so->used == 0 || !sized || (so->used >> 2) > other_size) {
    // Copy, then remove what the other holds.
    Value r = set_copy_of(t, so, frozen);
    if (!r || (so->used > 0 && !set_difference_update(t, as_set(r), other_v))) return Value();
    return r;
  }
  Value ov = as_set_value(t, other_v);
  if (!ov) return Value();
  Set* other = as_set(ov);
  Value r = new_set(t, frozen);
  std::vector<SetEntry> snapshot = so->table;
  for (auto& e : snapshot) {
    if (!is_active(e)) continue;
    int64_t ix = lookup(t, other, e.key, e.hash);
    if (ix == -2) return Value();
    if (ix < 0) as_set(r)->add_known(e.hash, e.key);
  }
  return r;
}

bool set_symmetric_difference_update(Thread& t, Set* s, const Value& other) {
  if (other.is_obj() && other.obj() == s) {
    s->clear();
    return true;
  }
  // A dict's keys in their order; anything else as a set first, as CPython does.
  Value ov = is_exact_kind(other, Kind::Dict) ? other : as_set_value(t, other);
  if (!ov) return false;
  std::vector<Value> keys;
  if (!keys_of(t, ov, keys)) return false;
  for (auto& k : keys) {
    int d = s->discard(t, k);
    if (d < 0) return false;
    if (d == 0 && s->add(t, k) < 0) return false;
  }
  return true;
}

Value set_symmetric_difference(Thread& t, Set* so, const Value& other_v, bool frozen) {
  // CPython: a new set of the other's items, updated with this set.
  Value r = new_set(t, frozen);
  if (!set_update(t, as_set(r), other_v)) return Value();
  if (!set_symmetric_difference_update(t, as_set(r), Value::borrow(so))) return Value();
  return r;
}

int set_issubset(Thread& t, Set* a, Set* b) {
  if (a->used > b->used) return 0;
  for (auto& e : std::vector<SetEntry>(a->table)) {
    if (!is_active(e)) continue;
    int64_t ix = lookup(t, b, e.key, e.hash);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
  }
  return 1;
}

int64_t frozenset_hash(Set* s) {
  if (s->hash != -1) return s->hash;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  for (auto& e : s->table)
    if (is_active(e)) hash ^= shuffle(uint64_t(e.hash));
  hash ^= (uint64_t(s->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (int64_t(hash) == -1) hash = 590923713ull;
  s->hash = int64_t(hash);
  return s->hash;
}

// ---- methods ----
namespace {

Set* self_set(Value* args) { return as_set(args[0]); }

Value set_construct_impl(Thread& t, Value* args, int nargs, Tuple* kw, bool frozen) {
  const char* name = frozen ? "frozenset" : "set";
  if (!no_kwargs(t, name, kw) || !check_nargs(t, name, nargs, 0, 1)) return Value();
  if (frozen && nargs == 1 && is_exact_kind(args[0], Kind::Set) && as_set(args[0])->frozen())
    return args[0];
  Value r = new_set(t, frozen);
  if (nargs == 1 && !set_update(t, as_set(r), args[0])) return Value();
  return r;
}
Value set_construct(Thread& t, Type*, Value* a, int n, Tuple* k) { return set_construct_impl(t, a, n, k, false); }
Value frozenset_construct(Thread& t, Type*, Value* a, int n, Tuple* k) { return set_construct_impl(t, a, n, k, true); }

// set.__init__(self, [iterable]): what a set subclass's instances start with.
Value m_init(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "set", kw) || !check_nargs(t, "set", nargs - 1, 0, 1)) return Value();
  Set* s = self_set(args);
  s->clear();
  if (nargs == 2 && !set_update(t, s, args[1])) return Value();
  return Value::none();
}

Value m_add(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "add", nargs - 1, 1, 1)) return Value();
  return self_set(args)->add(t, args[1]) < 0 ? Value() : Value::none();
}
Value m_discard(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "discard", nargs - 1, 1, 1)) return Value();
  return self_set(args)->discard(t, args[1]) < 0 ? Value() : Value::none();
}
Value m_remove(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "remove", nargs - 1, 1, 1)) return Value();
  int r = self_set(args)->discard(t, args[1]);
  if (r < 0) return Value();
  if (r == 0) return t.raise_value(new_exception(t, t.vm.types.KeyError, new_tuple(t.vm, {args[1]})));
  return Value::none();
}
Value m_pop(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "pop", nargs - 1, 0, 0)) return Value();
  Set* s = self_set(args);
  if (s->used == 0) return t.raise(t.vm.types.KeyError, "pop from an empty set");
  // From the search finger on, wrapping around (CPython's set_pop).
  size_t mask = s->table.size() - 1;
  size_t i = s->finger & mask;
  while (!is_active(s->table[i])) i = (i + 1) & mask;
  SetEntry& e = s->table[i];
  Value k = std::move(e.key);
  e.dummy = true;
  e.hash = -1;
  --s->used;
  s->finger = i + 1;
  return k;
}
Value m_clear(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "clear", nargs - 1, 0, 0)) return Value();
  self_set(args)->clear();
  return Value::none();
}
Value m_copy(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "copy", nargs - 1, 0, 0)) return Value();
  return set_copy_of(t, self_set(args), self_set(args)->frozen());
}
Value m_update(Thread& t, Value* args, int nargs, Tuple*) {
  for (int i = 1; i < nargs; ++i)
    if (!set_update(t, self_set(args), args[i])) return Value();
  return Value::none();
}
Value m_union(Thread& t, Value* args, int nargs, Tuple*) {
  Value r = set_copy_of(t, self_set(args), self_set(args)->frozen());
  for (int i = 1; r && i < nargs; ++i)
    if (!set_update(t, as_set(r), args[i])) return Value();
  return r;
}
Value m_intersection(Thread& t, Value* args, int nargs, Tuple*) {
  Value r = set_copy_of(t, self_set(args), self_set(args)->frozen());
  for (int i = 1; r && i < nargs; ++i) r = set_intersection(t, as_set(r), args[i], self_set(args)->frozen());
  return r;
}
Value m_difference(Thread& t, Value* args, int nargs, Tuple*) {
  Value r = set_copy_of(t, self_set(args), self_set(args)->frozen());
  for (int i = 1; r && i < nargs; ++i) r = set_difference(t, as_set(r), args[i], self_set(args)->frozen());
  return r;
}
Value m_symdiff(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "symmetric_difference", nargs - 1, 1, 1)) return Value();
  return set_symmetric_difference(t, self_set(args), args[1], self_set(args)->frozen());
}
// In-place variants replace the contents with the computed result.
Value replace_contents(Set* s, Value r) {
  if (!r) return Value();
  std::swap(s->table, as_set(r)->table);
  std::swap(s->used, as_set(r)->used);
  std::swap(s->fill, as_set(r)->fill);
  return Value::none();
}
Value m_intersection_update(Thread& t, Value* args, int nargs, Tuple* k) {
  return replace_contents(self_set(args), m_intersection(t, args, nargs, k));
}
Value m_difference_update(Thread& t, Value* args, int nargs, Tuple*) {
  for (int i = 1; i < nargs; ++i)
    if (!set_difference_update(t, self_set(args), args[i])) return Value();
  return Value::none();
}
Value m_symdiff_update(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "symmetric_difference_update", nargs - 1, 1, 1)) return Value();
  return set_symmetric_difference_update(t, self_set(args), args[1]) ? Value::none() : Value();
}
Value m_issubset(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "issubset", nargs - 1, 1, 1)) return Value();
  Value o = as_set_value(t, args[1]);
  if (!o) return Value();
  int r = set_issubset(t, self_set(args), as_set(o));
  return r < 0 ? Value() : Value::boolean(r);
}
Value m_issuperset(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "issuperset", nargs - 1, 1, 1)) return Value();
  Value o = as_set_value(t, args[1]);
  if (!o) return Value();
  int r = set_issubset(t, as_set(o), self_set(args));
  return r < 0 ? Value() : Value::boolean(r);
}
Value m_isdisjoint(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "isdisjoint", nargs - 1, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(t, args[1], items)) return Value();
  for (auto& v : items) {
    int r = self_set(args)->contains(t, v);
    if (r < 0) return Value();
    if (r) return Value::boolean(false);
  }
  return Value::boolean(true);
}

}  // namespace

void init_set_type(Thread& t) {
  Runtime& vm = t.vm;
  vm.types.set->construct = set_construct;
  vm.types.frozenset->construct = frozenset_construct;
  struct {
    const char* name;
    NativeFn fn;
    bool mutating;
  } methods[] = {
      {"__init__", m_init, true},
      {"add", m_add, true},
      {"discard", m_discard, true},
      {"remove", m_remove, true},
      {"pop", m_pop, true},
      {"clear", m_clear, true},
      {"update", m_update, true},
      {"intersection_update", m_intersection_update, true},
      {"difference_update", m_difference_update, true},
      {"symmetric_difference_update", m_symdiff_update, true},
      {"copy", m_copy, false},
      {"union", m_union, false},
      {"intersection", m_intersection, false},
      {"difference", m_difference, false},
      {"symmetric_difference", m_symdiff, false},
      {"issubset", m_issubset, false},
      {"issuperset", m_issuperset, false},
      {"isdisjoint", m_isdisjoint, false},
  };
  for (auto& m : methods) {
    add_method(vm, vm.types.set, m.name, m.fn);
    if (!m.mutating) add_method(vm, vm.types.frozenset, m.name, m.fn);
  }
}

static bool is_keys_or_items_view(Thread& t, const Value& v) {
  return is_kind(v, Kind::Iterator) &&
         (v.obj()->type == t.vm.types.dict_keys || v.obj()->type == t.vm.types.dict_items);
}

// dict.keys() / dict.items() views with | & - ^ and any iterable: a new set, built in CPython's
// steps (so that it iterates in CPython's order).
Value dict_view_set_op(Thread& t, BinOp op, const Value& a, const Value& b) {
  auto to_set = [&](const Value& v) -> Value {
    Value r = new_set(t, false);
    // A keys view starts from its dict (one pre-sized table), anything else item by item.
    bool keys = is_kind(v, Kind::Iterator) && v.obj()->type == t.vm.types.dict_keys;
    if (!set_update(t, as_set(r), keys ? static_cast<Iterator*>(v.obj())->src : v)) return Value();
    return r;
  };
  if (op != BinOp::And) {
    Value r = to_set(a);
    if (!r) return Value();
    bool ok = op == BinOp::Or    ? set_update(t, as_set(r), b)
              : op == BinOp::Sub ? set_difference_update(t, as_set(r), b)
                                 : set_symmetric_difference_update(t, as_set(r), b);
    return ok ? r : Value();
  }
  Value self = a, other = b;
  if (!is_keys_or_items_view(t, self)) std::swap(self, other);
  auto view_len = [](const Value& v) { return as_dict(static_cast<Iterator*>(v.obj())->src)->used; };
  if (is_exact_kind(other, Kind::Set) && !as_set(other)->frozen() && view_len(self) <= as_set(other)->used)
    return set_intersection(t, as_set(other), self, false);
  if (is_keys_or_items_view(t, other) && view_len(other) > view_len(self)) std::swap(self, other);
  Value r = new_set(t, false);
  Value it = get_iter(t, other);
  if (!it) return Value();
  while (Value key = iter_next(t, it)) {
    int c = contains(t, self, key);
    if (c < 0 || (c && as_set(r)->add(t, key) < 0)) return Value();
  }
  return t.has_pending() ? Value() : r;
}

}  // namespace eddy
