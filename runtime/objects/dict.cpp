// dict: the table, and the dict methods. See dict.h for the invariants.
#include "runtime/objects/dict.h"

#include "runtime/objects/classes.h"

#include "runtime/gc.h"

#include "runtime/native.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

static constexpr int32_t kEmpty = -1, kDeleted = -2;

// A new version number, unique within the runtime, so that (dict, version) names one key layout.
static uint64_t next_version(Dict* d) { return ++d->type->vm->dict_versions; }

Dict* dict_alloc(Runtime& vm) { return new Dict(vm.types.dict); }
Value new_dict(Runtime& vm) { return Value::steal(dict_alloc(vm)); }

void Dict::rebuild_index(size_t min_size) {
  // Compact away deleted entries, then size the index for at most 2/3 load.
  if (int64_t(entries.size()) != used) {
    DictEntries live;
    live.reserve(size_t(used));
    for (auto& e : entries)
      if (!e.key.is_null()) live.push_back(std::move(e));
    entries = std::move(live);
  }
  // Smallest power of two (at least 8) keeping the load under 2/3 for min_size entries: up to
  // five entries fit the inline index.
  size_t size = 8;
  while (size * 2 < min_size * 3) size <<= 1;
  index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t ix = 0; ix < entries.size(); ++ix) {
    uint64_t h = uint64_t(entries[ix].hash), perturb = h;
    size_t i = h & mask;
    while (index[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = int32_t(ix);
  }
}

int64_t Dict::find(Thread& t, const Value& key, int64_t hash) {
  if (index.empty()) return -1;
  size_t mask = index.size() - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = uint64_t(hash) & mask;
  while (true) {
    int32_t ix = index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = entries[size_t(ix)];
      if (e.hash == hash) {
        if (e.key.same(key)) return ix;
        Value k = e.key;  // keep it alive across a script __eq__
        uint64_t v = version;
        int r = equals(t, k, key);
        if (r < 0) return -2;
        if (v != version) {
          t.raise(t.vm.types.RuntimeError, "dictionary changed size during iteration");
          return -2;
        }
        if (r) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int64_t Dict::find_str(Str* key) {
  if (index.empty()) return -1;
  int64_t hash = str_hash(key);
  size_t mask = index.size() - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = uint64_t(hash) & mask;
  while (true) {
    int32_t ix = index[i];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = entries[size_t(ix)];
      if (e.hash == hash && e.key.is_obj() &&
          (e.key.obj() == key || (is_str(e.key) && as_str(e.key)->s == key->s)))
        return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void Dict::replace_value(int64_t ix, Value value) {
  gc_dict_note_insert(this, value);
  note_change();
  Value old = std::move(entries[size_t(ix)].value);  // released after the store
  entries[size_t(ix)].value = std::move(value);
}

void Dict::insert_new(int64_t hash, Value key, Value value) {
  if ((entries.size() + 1) * 3 >= index.size() * 2) rebuild_index(size_t(used + 1) * 2);
  size_t mask = index.size() - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = uint64_t(hash) & mask;
  while (index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = int32_t(entries.size());
  note_change();
  if (!gc_is_tracked(this) && (gc_may_be_tracked(key) || gc_may_be_tracked(value))) gc_track(this);
  entries.push_back(DictEntry{hash, std::move(key), std::move(value)});
  ++used;
  version = next_version(this);
}

Value Dict::get(Thread& t, const Value& key) {
  if (is_str(key)) {  // only a str can equal a str: no script code can run
    int64_t ix = find_str(as_str(key));
    return ix >= 0 ? entries[size_t(ix)].value : Value();
  }
  int64_t hash;
  if (!hash_value(t, key, &hash)) return Value();
  int64_t ix = find(t, key, hash);
  if (ix < 0) return Value();
  return entries[size_t(ix)].value;
}

int Dict::set(Thread& t, const Value& key, Value value) {
  if (is_str(key)) {
    set_str(key, std::move(value));
    return 0;
  }
  int64_t hash;
  if (!hash_value(t, key, &hash)) return -1;
  int64_t ix = find(t, key, hash);
  if (ix == -2) return -1;
  if (ix >= 0) {
    replace_value(ix, std::move(value));
    return 0;
  }
  insert_new(hash, key, std::move(value));
  return 0;
}

int Dict::del(Thread& t, const Value& key) {
  int64_t hash;
  if (!hash_value(t, key, &hash)) return -1;
  int64_t ix = find(t, key, hash);
  if (ix == -2) return -1;
  if (ix == -1) return 0;
  // Mark the index slot deleted so later probes continue past it.
  size_t mask = index.size() - 1;
  uint64_t perturb = uint64_t(hash);
  size_t i = uint64_t(hash) & mask;
  while (index[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = kDeleted;
  note_change();
  DictEntry old = std::move(entries[size_t(ix)]);
  entries[size_t(ix)].key = Value();
  entries[size_t(ix)].value = Value();
  --used;
  version = next_version(this);
  if (used == 0) {
    entries.clear();
    index.assign(8, kEmpty);
  }
  return 1;
}

Value Dict::get_str(Str* key) {
  int64_t ix = find_str(key);
  return ix >= 0 ? entries[size_t(ix)].value : Value();
}

void Dict::set_str(Str* key, Value value) {
  int64_t ix = find_str(key);
  if (ix >= 0) {
    replace_value(ix, std::move(value));
    return;
  }
  insert_new(str_hash(key), Value::borrow(key), std::move(value));
}

void Dict::set_str(const Value& key, Value value) {
  Str* s = as_str(key);
  int64_t ix = find_str(s);
  if (ix >= 0) {
    replace_value(ix, std::move(value));
    return;
  }
  insert_new(str_hash(s), key, std::move(value));
}

void Dict::clear() {
  note_change();
  DictEntries old = std::move(entries);
  entries.clear();
  index.clear();
  used = 0;
  version = next_version(this);
}

bool dict_update(Thread& t, Dict* d, const Value& src) {
  if (is_dict(src) && !(src.obj()->type->heap && lookup_special(src, t.vm.intern("keys")))) {
    Dict* s = as_dict(src);
    DictEntries snapshot = s->entries;
    for (auto& e : snapshot)
      if (!e.key.is_null() && d->set(t, e.key, e.value) < 0) return false;
    return true;
  }
  if (src.is_obj() && src.obj()->type->heap) {
    // A mapping defined in script: its keys(), then self[key] for each.
    Value keys_fn = lookup_special(src, t.vm.intern("keys"));
    if (keys_fn) {
      Value keys = call_special(t, keys_fn, src, nullptr, 0);
      if (!keys) return false;
      std::vector<Value> ks;
      if (!collect_iterable(t, keys, ks)) return false;
      for (auto& k : ks) {
        Value v = get_item(t, src, k);
        if (!v || d->set(t, k, v) < 0) return false;
      }
      return true;
    }
  }
  Value it = get_iter(t, src);
  if (!it) {
    if (t.pending_is(t.vm.types.TypeError)) {
      t.clear_pending();
      t.raise(t.vm.types.TypeError, "'%s' object is not iterable", type_name(t, src));
    }
    return false;
  }
  for (int64_t n = 0;; ++n) {
    Value item = iter_next(t, it);
    if (!item) return !t.has_pending();
    std::vector<Value> pair;
    if (!is_list(item) && !is_tuple(item)) {
      Value inner = get_iter(t, item);
      if (!inner) {
        t.clear_pending();
        t.raise(t.vm.types.TypeError,
                "cannot convert dictionary update sequence element #%lld to a sequence",
                (long long)n);
        return false;
      }
    }
    if (!collect_iterable(t, item, pair)) return false;
    if (pair.size() != 2) {
      t.raise(t.vm.types.ValueError,
              "dictionary update sequence element #%lld has length %zu; 2 is required",
              (long long)n, pair.size());
      return false;
    }
    if (d->set(t, pair[0], pair[1]) < 0) return false;
  }
}

// ---- the dict type ----
namespace {

Dict* self_dict(Value* args) { return as_dict(args[0]); }

Value dict_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "dict", nargs, 0, 1)) return Value();
  Value d = new_dict(t.vm);
  if (nargs == 1 && !dict_update(t, as_dict(d), args[0])) return Value();
  int nkw = kw ? int(kw->size) : 0;
  for (int i = 0; i < nkw; ++i)
    if (as_dict(d)->set(t, (*kw)[i], args[nargs + i]) < 0) return Value();
  return d;
}

Value dict_get(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "get", kw) || !check_nargs(t, "get", nargs - 1, 1, 2)) return Value();
  Value v = self_dict(args)->get(t, args[1]);
  if (v) return v;
  if (t.has_pending()) return Value();
  return nargs > 2 ? args[2] : Value::none();
}

Value dict_setdefault(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "setdefault", kw) || !check_nargs(t, "setdefault", nargs - 1, 1, 2))
    return Value();
  Dict* d = self_dict(args);
  Value v = d->get(t, args[1]);
  if (v) return v;
  if (t.has_pending()) return Value();
  Value dflt = nargs > 2 ? args[2] : Value::none();
  if (d->set(t, args[1], dflt) < 0) return Value();
  return dflt;
}

Value dict_pop(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "pop", kw) || !check_nargs(t, "pop", nargs - 1, 1, 2)) return Value();
  Dict* d = self_dict(args);
  Value v = d->get(t, args[1]);
  if (v) {
    if (d->del(t, args[1]) < 0) return Value();
    return v;
  }
  if (t.has_pending()) return Value();
  if (nargs > 2) return args[2];
  return t.raise_value(new_exception(t, t.vm.types.KeyError, new_tuple(t.vm, {args[1]})));
}

Value dict_popitem(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "popitem", nargs - 1, 0, 0)) return Value();
  Dict* d = self_dict(args);
  for (auto it = d->entries.rbegin(); it != d->entries.rend(); ++it) {
    if (it->key.is_null()) continue;
    Value pair = new_tuple(t.vm, {it->key, it->value});
    Value key = it->key;
    if (d->del(t, key) < 0) return Value();
    return pair;
  }
  return t.raise(t.vm.types.KeyError, "popitem(): dictionary is empty");
}

// self.update([mapping or pairs], **kw), shared by dict.update and dict.__init__.
Value update_from_args(Thread& t, const char* name, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, name, nargs - 1, 0, 1)) return Value();
  Dict* d = self_dict(args);
  if (nargs > 1 && !dict_update(t, d, args[1])) return Value();
  int nkw = kw ? int(kw->size) : 0;
  for (int i = 0; i < nkw; ++i)
    if (d->set(t, (*kw)[i], args[nargs + i]) < 0) return Value();
  return Value::none();
}

Value dict_update_method(Thread& t, Value* args, int nargs, Tuple* kw) {
  return update_from_args(t, "update", args, nargs, kw);
}

Value dict_clear(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "clear", nargs - 1, 0, 0)) return Value();
  self_dict(args)->clear();
  return Value::none();
}

Value dict_copy(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "copy", nargs - 1, 0, 0)) return Value();
  Value d = new_dict(t.vm);
  if (!dict_update(t, as_dict(d), args[0])) return Value();
  return d;
}

Value dict_keys(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "keys", nargs - 1, 0, 0)) return Value();
  return new_dict_view(t, t.vm.types.dict_keys, args[0]);
}
Value dict_values(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "values", nargs - 1, 0, 0)) return Value();
  return new_dict_view(t, t.vm.types.dict_values, args[0]);
}
Value dict_items(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "items", nargs - 1, 0, 0)) return Value();
  return new_dict_view(t, t.vm.types.dict_items, args[0]);
}

// dict.__init__(self, [mapping or pairs], **kw): what a dict subclass's instances start with.
Value dict_init(Thread& t, Value* args, int nargs, Tuple* kw) {
  return update_from_args(t, "dict", args, nargs, kw);
}

// dict.fromkeys(iterable, value=None): a class method, so a subclass (OrderedDict, Counter...)
// gets an instance of itself, filled through its own __setitem__.
Value dict_fromkeys(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "fromkeys", nargs - 1, 1, 2)) return Value();
  std::vector<Value> keys;
  if (!collect_iterable(t, args[1], keys)) return Value();
  Value v = nargs > 2 ? args[2] : Value::none();
  bool plain = is_kind(args[0], Kind::Type) && static_cast<Type*>(args[0].obj()) == t.vm.types.dict;
  Value d = plain ? new_dict(t.vm) : call(t, args[0], nullptr, 0);
  if (!d) return Value();
  for (auto& k : keys) {
    if (plain ? as_dict(d)->set(t, k, v) < 0 : !set_item(t, d, k, v)) return Value();
  }
  return d;
}

}  // namespace

void init_dict_type(Thread& t) {
  Runtime& vm = t.vm;
  Type* ty = vm.types.dict;
  ty->construct = dict_construct;
  add_method(vm, ty, "get", dict_get);
  add_method(vm, ty, "setdefault", dict_setdefault);
  add_method(vm, ty, "pop", dict_pop);
  add_method(vm, ty, "popitem", dict_popitem);
  add_method(vm, ty, "update", dict_update_method);
  add_method(vm, ty, "clear", dict_clear);
  add_method(vm, ty, "copy", dict_copy);
  add_method(vm, ty, "keys", dict_keys);
  add_method(vm, ty, "values", dict_values);
  add_method(vm, ty, "items", dict_items);
  add_method(vm, ty, "__init__", dict_init);
  add_classmethod(vm, ty, "fromkeys", dict_fromkeys);
}

}  // namespace eddy
