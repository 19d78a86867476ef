// tuple and list: allocation, sorting, and their methods.
#include "runtime/objects/tuple.h"

#include <algorithm>
#include <new>

#include "runtime/native.h"
#include "runtime/objects/function.h"
#include "runtime/objects/range.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

Tuple* tuple_alloc(Runtime& vm, int64_t n) {
  void* mem = memory::allocate(sizeof(Tuple) + size_t(n) * sizeof(Value));
  auto* t = static_cast<Tuple*>(mem);
  new (mem) GcObject(Kind::Tuple, vm.types.tuple, false);
  t->size = n;
  t->hash = -1;
  for (int64_t i = 0; i < n; ++i) new (&t->items()[i]) Value();
  gc_track(t);
  return t;
}

void tuple_free(Tuple* t) {
  int64_t n = t->size;
  for (int64_t i = 0; i < n; ++i) t->items()[i].~Value();
  memory::deallocate(static_cast<void*>(t), sizeof(Tuple) + size_t(n) * sizeof(Value));
}

Value new_tuple(Runtime& vm, const Value* items, int64_t n) {
  if (n == 0 && !vm.empty_tuple.is_null()) return vm.empty_tuple;
  Tuple* t = tuple_alloc(vm, n);
  for (int64_t i = 0; i < n; ++i) t->items()[i] = items[i];
  return Value::steal(t);
}

Value new_tuple(Runtime& vm, std::initializer_list<Value> items) {
  return new_tuple(vm, items.begin(), int64_t(items.size()));
}

Value new_list(Runtime& vm, std::vector<Value> items) {
  auto* l = new List(vm.types.list);
  l->items = std::move(items);
  return Value::steal(l);
}

bool collect_iterable(Thread& t, const Value& iterable, std::vector<Value>& out) {
  // (Fast paths for exact lists and tuples; a subclass may override __iter__.)
  if (iterable.is_obj() && iterable.obj()->type->heap) {
  } else if (is_list(iterable)) {
    auto& items = as_list(iterable)->items;
    out.insert(out.end(), items.begin(), items.end());
    return true;
  } else if (is_tuple(iterable)) {
    Tuple* tup = as_tuple(iterable);
    out.insert(out.end(), tup->items(), tup->items() + tup->size);
    return true;
  }
  Value it = get_iter(t, iterable);
  if (!it) return false;
  while (true) {
    Value v = iter_next(t, it);
    if (!v) return !t.has_pending();
    out.push_back(std::move(v));
  }
}

// ---- sorting: a stable merge sort that only ever asks "a < b", never trusts the answers to
// be consistent (a script __lt__ may lie), and stops comparing after the first error. ----
namespace {
struct Sorter {
  Thread& t;
  std::vector<Value>& keys;
  std::vector<int64_t>& order;
  std::vector<int64_t> tmp;
  bool failed = false;

  bool less(int64_t a, int64_t b) {
    if (failed) return false;
    int r = less_than(t, keys[size_t(a)], keys[size_t(b)]);
    if (r < 0) failed = true;
    return r > 0;
  }
  void sort(size_t lo, size_t hi) {
    if (hi - lo < 2 || failed) return;
    if (hi - lo <= 8) {  // insertion sort for short runs
      for (size_t i = lo + 1; i < hi; ++i) {
        int64_t x = order[i];
        size_t j = i;
        while (j > lo && less(x, order[j - 1])) {
          order[j] = order[j - 1];
          --j;
        }
        order[j] = x;
      }
      return;
    }
    size_t mid = lo + (hi - lo) / 2;
    sort(lo, mid);
    sort(mid, hi);
    if (!less(order[mid], order[mid - 1])) return;  // already in order
    tmp.assign(order.begin() + long(lo), order.begin() + long(mid));
    size_t i = 0, j = mid, k = lo;
    while (i < tmp.size() && j < hi) {
      if (less(order[j], tmp[i]))
        order[k++] = order[j++];
      else
        order[k++] = tmp[i++];
    }
    while (i < tmp.size()) order[k++] = tmp[i++];
  }
};
}  // namespace

bool sort_values(Thread& t, std::vector<Value>& items, const Value& key, bool reverse) {
  size_t n = items.size();
  bool keyed = !key.is_null() && !key.is_none();
  if (n < 2 && !keyed) return true;  // (a key function is still called on a single item)
  std::vector<Value> keys;
  if (!keyed) {
    keys = items;
  } else {
    keys.reserve(n);
    for (auto& v : items) {
      Value k = call1(t, key, v);
      if (!k) return false;
      keys.push_back(std::move(k));
    }
  }
  std::vector<int64_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = int64_t(reverse ? n - 1 - i : i);
  Sorter s{t, keys, order, {}};
  s.sort(0, n);
  if (s.failed) return false;
  std::vector<Value> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = std::move(items[size_t(order[reverse ? n - 1 - i : i])]);
  items = std::move(out);
  return true;
}

// ---- tuple type ----
namespace {

Value tuple_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "tuple", kw) || !check_nargs(t, "tuple", nargs, 0, 1)) return Value();
  if (nargs == 0) return t.vm.empty_tuple;
  if (is_exact_kind(args[0], Kind::Tuple)) return args[0];
  std::vector<Value> items;
  if (!collect_iterable(t, args[0], items)) return Value();
  return new_tuple(t.vm, items.data(), int64_t(items.size()));
}

Value seq_index(Thread& t, Value* args, int nargs, const Value* items, int64_t n, const char* what) {
  if (!check_nargs(t, "index", nargs - 1, 1, 3)) return Value();
  int64_t start = 0, stop = n;
  if (nargs > 2 && !to_index(t, args[2], &start)) return Value();
  if (nargs > 3 && !to_index(t, args[3], &stop)) return Value();
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < std::min(stop, n); ++i) {
    int r = equals(t, items[i], args[1]);
    if (r < 0) return Value();
    if (r) return Value::integer(i);
  }
  return t.raise(t.vm.types.ValueError, "%s", what);
}

Value seq_count(Thread& t, Value* args, int nargs, const Value* items, int64_t n) {
  if (!check_nargs(t, "count", nargs - 1, 1, 1)) return Value();
  int64_t c = 0;
  for (int64_t i = 0; i < n; ++i) {
    int r = equals(t, items[i], args[1]);
    if (r < 0) return Value();
    c += r;
  }
  return Value::integer(c);
}

Value tuple_index(Thread& t, Value* args, int nargs, Tuple*) {
  Tuple* tup = as_tuple(args[0]);
  return seq_index(t, args, nargs, tup->items(), tup->size, "tuple.index(x): x not in tuple");
}
Value tuple_count(Thread& t, Value* args, int nargs, Tuple*) {
  Tuple* tup = as_tuple(args[0]);
  return seq_count(t, args, nargs, tup->items(), tup->size);
}

// ---- list type ----

Value list_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "list", kw) || !check_nargs(t, "list", nargs, 0, 1)) return Value();
  std::vector<Value> items;
  if (nargs == 1 && !collect_iterable(t, args[0], items)) return Value();
  return new_list(t.vm, std::move(items));
}

// list.__init__(self, [iterable]): replaces the contents (what a list subclass starts with).
Value list_init(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "list", kw) || !check_nargs(t, "list", nargs - 1, 0, 1)) return Value();
  std::vector<Value> items;
  if (nargs > 1 && !collect_iterable(t, args[1], items)) return Value();
  std::vector<Value> old = std::move(as_list(args[0])->items);
  as_list(args[0])->items = std::move(items);
  return Value::none();
}

Value list_append(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "append", kw) || !check_nargs(t, "append", nargs - 1, 1, 1)) return Value();
  as_list(args[0])->items.push_back(args[1]);
  return Value::none();
}

Value list_extend(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "extend", kw) || !check_nargs(t, "extend", nargs - 1, 1, 1)) return Value();
  if (is_list(args[1]) || is_tuple(args[1])) {  // a snapshot first: l.extend(l) doubles l
    std::vector<Value> items;
    if (!collect_iterable(t, args[1], items)) return Value();
    auto& dst = as_list(args[0])->items;
    for (auto& v : items) dst.push_back(std::move(v));
    return Value::none();
  }
  // Item by item, as CPython: what came before an error stays, and each item is in the list
  // before the next is asked for.
  Value it = get_iter(t, args[1]);
  if (!it) return Value();
  while (Value v = iter_next(t, it)) as_list(args[0])->items.push_back(std::move(v));
  return t.has_pending() ? Value() : Value::none();
}

Value list_insert(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "insert", kw) || !check_nargs(t, "insert", nargs - 1, 2, 2)) return Value();
  int64_t i;
  if (!to_index(t, args[1], &i)) return Value();
  auto& items = as_list(args[0])->items;
  int64_t n = int64_t(items.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  items.insert(items.begin() + i, args[2]);
  return Value::none();
}

Value list_pop(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "pop", kw) || !check_nargs(t, "pop", nargs - 1, 0, 1)) return Value();
  auto& items = as_list(args[0])->items;
  if (items.empty()) return t.raise(t.vm.types.IndexError, "pop from empty list");
  int64_t n = int64_t(items.size()), i = n - 1;
  if (nargs > 1 && !to_index(t, args[1], &i)) return Value();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return t.raise(t.vm.types.IndexError, "pop index out of range");
  Value v = std::move(items[size_t(i)]);
  items.erase(items.begin() + i);
  return v;
}

Value list_remove(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "remove", kw) || !check_nargs(t, "remove", nargs - 1, 1, 1)) return Value();
  auto& items = as_list(args[0])->items;
  for (size_t i = 0; i < items.size(); ++i) {
    Value item = items[i];
    int r = equals(t, item, args[1]);
    if (r < 0) return Value();
    if (r) {
      if (i < items.size()) items.erase(items.begin() + long(i));
      return Value::none();
    }
  }
  return t.raise(t.vm.types.ValueError, "list.remove(x): x not in list");
}

Value list_index_impl(Thread& t, Value* args, int nargs, Tuple*) {
  std::vector<Value> snapshot = as_list(args[0])->items;
  if (!check_nargs(t, "index", nargs - 1, 1, 3)) return Value();
  int64_t n = int64_t(snapshot.size()), start = 0, stop = n;
  if (nargs > 2 && !to_index(t, args[2], &start)) return Value();
  if (nargs > 3 && !to_index(t, args[3], &stop)) return Value();
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < std::min(stop, n); ++i) {
    int r = equals(t, snapshot[size_t(i)], args[1]);
    if (r < 0) return Value();
    if (r) return Value::integer(i);
  }
  std::string rep;
  if (!repr_into(t, args[1], rep)) return Value();
  return t.raise(t.vm.types.ValueError, "%s is not in list", rep.c_str());
}

Value list_count(Thread& t, Value* args, int nargs, Tuple*) {
  std::vector<Value> snapshot = as_list(args[0])->items;
  return seq_count(t, args, nargs, snapshot.data(), int64_t(snapshot.size()));
}

Value list_sort(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (nargs > 1) return t.raise(t.vm.types.TypeError, "sort() takes no positional arguments");
  if (!parse_args(t, "sort", args + 1, 0, kw, {"*key", "*reverse"}, 0, a)) return Value();
  bool reverse = false;
  if (!a[1].is_null()) {
    int r = truthy(t, a[1]);
    if (r < 0) return Value();
    reverse = r;
  }
  List* l = as_list(args[0]);
  std::vector<Value> items = std::move(l->items);
  l->items.clear();
  bool ok = sort_values(t, items, a[0], reverse);
  bool modified = !l->items.empty();
  l->items = std::move(items);
  if (!ok) return Value();
  if (modified) return t.raise(t.vm.types.ValueError, "list modified during sort");
  return Value::none();
}

Value list_reverse(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "reverse", nargs - 1, 0, 0)) return Value();
  auto& items = as_list(args[0])->items;
  std::reverse(items.begin(), items.end());
  return Value::none();
}

Value list_copy(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "copy", nargs - 1, 0, 0)) return Value();
  return new_list(t.vm, as_list(args[0])->items);
}

Value list_clear(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "clear", nargs - 1, 0, 0)) return Value();
  std::vector<Value> old = std::move(as_list(args[0])->items);
  as_list(args[0])->items.clear();
  return Value::none();
}

}  // namespace

void init_tuple_type(Thread& t) {
  Runtime& vm = t.vm;
  vm.types.tuple->construct = tuple_construct;
  add_method(vm, vm.types.tuple, "index", tuple_index);
  add_method(vm, vm.types.tuple, "count", tuple_count);
}

void init_list_type(Thread& t) {
  Runtime& vm = t.vm;
  Type* ty = vm.types.list;
  ty->construct = list_construct;
  add_method(vm, ty, "append", list_append);
  add_method(vm, ty, "extend", list_extend);
  add_method(vm, ty, "insert", list_insert);
  add_method(vm, ty, "pop", list_pop);
  add_method(vm, ty, "remove", list_remove);
  add_method(vm, ty, "index", list_index_impl);
  add_method(vm, ty, "count", list_count);
  add_method(vm, ty, "sort", list_sort);
  add_method(vm, ty, "reverse", list_reverse);
  add_method(vm, ty, "copy", list_copy);
  add_method(vm, ty, "clear", list_clear);
  add_method(vm, ty, "__init__", list_init);
}

}  // namespace eddy
