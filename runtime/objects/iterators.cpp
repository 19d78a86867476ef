// The builtin iterators. Each step reads only the iterator's plain fields (see iterators.h).
#include "runtime/objects/iterators.h"

#include "runtime/native.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

// The type of a builtin iterator of `kind` over `src` (CPython's names).
static Type* iterator_type(Runtime& vm, IterKind kind, const Value& src) {
  Types& ty = vm.types;
  switch (kind) {
    case IterKind::Seq:
      if (is_list(src)) return ty.list_iterator;
      if (is_tuple(src)) return ty.tuple_iterator;
      if (is_str(src)) return as_str(src)->ascii ? ty.str_ascii_iterator : ty.str_iterator;
      if (is_kind(src, Kind::Bytes)) return ty.bytes_iterator;
      return ty.iterator;  // the sequence protocol over a class's __getitem__
    case IterKind::Range: return ty.range_iterator;
    case IterKind::DictKeys: return ty.dict_keyiterator;
    case IterKind::DictValues: return ty.dict_valueiterator;
    case IterKind::DictItems: return ty.dict_itemiterator;
    case IterKind::Set: return ty.set_iterator;
    case IterKind::Enumerate: return ty.enumerate;
    case IterKind::Zip: return ty.zip;
    case IterKind::Map: return ty.map;
    case IterKind::Filter: return ty.filter;
    case IterKind::Reversed: return is_list(src) ? ty.list_reverseiterator : ty.reversed;
    case IterKind::Callable: return ty.callable_iterator;
  }
  return ty.iterator;
}

Iterator* iterator_alloc(Thread& t, IterKind kind, Value src) {
  auto* it = new Iterator(iterator_type(t.vm, kind, src), kind);
  it->src = std::move(src);
  return it;
}

Value new_dict_view(Thread& t, Type* view_type, Value dict) {
  IterKind k = view_type == t.vm.types.dict_keys     ? IterKind::DictKeys
               : view_type == t.vm.types.dict_values ? IterKind::DictValues
                                                     : IterKind::DictItems;
  auto* v = new Iterator(view_type, k);
  v->src = std::move(dict);
  return Value::steal(v);
}

// zip(strict=True) found iterator i exhausted: the others must be too (CPython's messages).
static Value zip_strict_mismatch(Thread& t, Iterator* it, int64_t i) {
  Value its_v = it->src;
  Tuple* its = as_tuple(its_v);
  it->src = Value();
  auto others = [](int64_t n) { return n == 1 ? std::string(" 1") : "s 1-" + std::to_string(n); };
  if (i > 0)
    return t.raise(t.vm.types.ValueError, "zip() argument %lld is shorter than argument%s",
                   (long long)(i + 1), others(i).c_str());
  for (int64_t j = 1; j < its->size; ++j) {
    Value v = iter_next(t, (*its)[j]);
    if (v)
      return t.raise(t.vm.types.ValueError, "zip() argument %lld is longer than argument%s",
                     (long long)(j + 1), others(j).c_str());
    if (t.has_pending()) return Value();
  }
  return Value();
}

Value iterator_next(Thread& t, Iterator* it) {
  switch (it->ikind()) {
    case IterKind::Seq: {
      const Value& src = it->src;
      if (src.is_null()) {
        // The sequence protocol of a class with __getitem__ only: obj[0], obj[1], ...
        if (it->func.is_null()) return Value();
        Value r = get_item(t, it->func, Value::integer(it->pos++));
        if (!r && (t.pending_is(t.vm.types.IndexError) || t.pending_is(t.vm.types.StopIteration))) {
          t.clear_pending();
          it->func = Value();
        }
        return r;
      }
      if (is_list(src)) {
        auto& items = as_list(src)->items;
        if (size_t(it->pos) < items.size()) return items[size_t(it->pos++)];
      } else if (is_tuple(src)) {
        Tuple* tup = as_tuple(src);
        if (it->pos < tup->size) return (*tup)[it->pos++];
      } else if (is_str(src)) {
        Str* s = as_str(src);
        // pos is a byte offset here, so iterating a non-ASCII string stays linear.
        if (size_t(it->pos) < s->s.size()) {
          size_t p = size_t(it->pos);
          utf8_decode(s->s, &p);
          Value r = new_str(t.vm, s->s.substr(size_t(it->pos), p - size_t(it->pos)));
          it->pos = int64_t(p);
          return r;
        }
      } else if (is_kind(src, Kind::Bytes)) {
        const std::string& d = static_cast<Bytes*>(src.obj())->data;
        if (size_t(it->pos) < d.size()) return Value::integer(static_cast<unsigned char>(d[size_t(it->pos++)]));
      }
      it->src = Value();
      return Value();
    }
    case IterKind::Range:
      if (it->stop <= 0) return Value();
      --it->stop;
      {
        int64_t v = it->pos;
        it->pos += it->step;
        return Value::integer(v);
      }
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems: {
      if (it->src.is_null()) return Value();
      Dict* d = as_dict(it->src);
      if (d->used != it->stop) {
        it->stop = -1;  // stay broken, as CPython does
        return t.raise(t.vm.types.RuntimeError, "dictionary changed size during iteration");
      }
      while (size_t(it->pos) < d->entries.size()) {
        DictEntry& e = d->entries[size_t(it->pos++)];
        if (e.key.is_null()) continue;
        if (it->ikind() == IterKind::DictKeys) return e.key;
        if (it->ikind() == IterKind::DictValues) return e.value;
        return new_tuple(t.vm, {e.key, e.value});
      }
      it->src = Value();
      return Value();
    }
    case IterKind::Set: {
      if (it->src.is_null()) return Value();
      Set* s = as_set(it->src);
      if (s->used != it->stop) {
        it->stop = -1;
        return t.raise(t.vm.types.RuntimeError, "Set changed size during iteration");
      }
      while (size_t(it->pos) < s->table.size()) {
        SetEntry& e = s->table[size_t(it->pos++)];
        if (!e.key.is_null()) return e.key;
      }
      it->src = Value();
      return Value();
    }
    case IterKind::Enumerate: {
      Value v = iter_next(t, it->src);
      if (!v) return Value();
      return new_tuple(t.vm, {Value::integer(it->pos++), std::move(v)});
    }
    case IterKind::Zip: {
      if (it->src.is_null()) return Value();
      Tuple* its = as_tuple(it->src);
      if (its->size == 0) return Value();
      Tuple* out = tuple_alloc(t.vm, its->size);
      Value result = Value::steal(out);
      for (int64_t i = 0; i < its->size; ++i) {
        Value v = iter_next(t, (*its)[i]);
        if (!v) {
          if (it->step && !t.has_pending()) return zip_strict_mismatch(t, it, i);
          it->src = Value();
          return Value();
        }
        (*out)[i] = std::move(v);
      }
      return result;
    }
    case IterKind::Map: {
      if (it->src.is_null()) return Value();
      Tuple* its = as_tuple(it->src);
      std::vector<Value> args;
      for (int64_t i = 0; i < its->size; ++i) {
        Value v = iter_next(t, (*its)[i]);
        if (!v) {
          it->src = Value();
          return Value();
        }
        args.push_back(std::move(v));
      }
      return call(t, it->func, args.data(), int(args.size()));
    }
    case IterKind::Filter: {
      while (true) {
        Value v = iter_next(t, it->src);
        if (!v) return Value();
        int keep;
        if (it->func.is_none()) {
          keep = truthy(t, v);
        } else {
          Value r = call1(t, it->func, v);
          if (!r) return Value();
          keep = truthy(t, r);
        }
        if (keep < 0) return Value();
        if (keep) return v;
      }
    }
    case IterKind::Reversed: {
      if (it->pos < 0 || it->src.is_null()) return Value();
      int64_t n = length(t, it->src);
      if (n < 0) return Value();
      if (it->pos >= n) {
        it->pos = -1;
        it->src = Value();
        return Value();
      }
      Value r = get_item(t, it->src, Value::integer(it->pos--));
      return r;
    }
    case IterKind::Callable: {
      if (it->func.is_null()) return Value();
      Value v = call0(t, it->func);
      if (!v) return Value();
      int eq = equals(t, v, it->extra);
      if (eq < 0) return Value();
      if (eq) {
        it->func = Value();
        return Value();
      }
      return v;
    }
  }
  return Value();
}

namespace {
Value iterator_iter_method(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__iter__", nargs - 1, 0, 0)) return Value();
  return args[0];
}
Value iterator_next_method(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__next__", nargs - 1, 0, 0)) return Value();
  Value v = iterator_next(t, static_cast<Iterator*>(args[0].obj()));
  if (!v && !t.has_pending()) return t.raise_value(new_exception(t, t.vm.types.StopIteration, Value()));
  return v;
}
}  // namespace

void init_iterator_types(Thread& t) {
  add_method(t.vm, t.vm.types.iterator, "__iter__", iterator_iter_method);
  add_method(t.vm, t.vm.types.iterator, "__next__", iterator_next_method);
}

}  // namespace eddy
