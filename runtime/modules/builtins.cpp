// The builtins module: the functions and types every script sees without importing.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "dispatcher/frame.h"
#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

Value b_print(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value opts[4];
  int nkw = kw ? int(kw->size) : 0;
  for (int k = 0; k < nkw; ++k) {
    Str* key = as_str((*kw)[k]);
    int i = key->s == "sep" ? 0 : key->s == "end" ? 1 : key->s == "file" ? 2 : key->s == "flush" ? 3 : -1;
    if (i < 0) return t.raise(t.vm.types.TypeError, "'%s' is an invalid keyword argument for print()", key->s.c_str());
    opts[i] = args[nargs + k];
  }
  std::string sep = " ", end = "\n";
  if (opts[0] && !opts[0].is_none()) {
    if (!is_str(opts[0])) return t.raise(t.vm.types.TypeError, "sep must be None or a string, not %s", type_name(t, opts[0]));
    sep = as_str(opts[0])->s;
  }
  if (opts[1] && !opts[1].is_none()) {
    if (!is_str(opts[1])) return t.raise(t.vm.types.TypeError, "end must be None or a string, not %s", type_name(t, opts[1]));
    end = as_str(opts[1])->s;
  }
  std::string out;
  for (int i = 0; i < nargs; ++i) {
    if (i) out += sep;
    if (!str_into(t, args[i], out)) return Value();
  }
  out += end;
  Value stream = (opts[2] && !opts[2].is_none()) ? opts[2] : sys_stream(t, "stdout");
  if (!write_to(t, stream, out)) return Value();
  if (opts[3] && !opts[3].is_none()) {
    int r = truthy(t, opts[3]);
    if (r < 0) return Value();
    if (r) fflush(stdout);
  }
  return Value::none();
}

Value b_len(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "len", kw) || !check_nargs(t, "len", nargs, 1, 1)) return Value();
  int64_t n = length(t, args[0]);
  return n < 0 ? Value() : Value::integer(n);
}

Value b_repr(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "repr", kw) || !check_nargs(t, "repr", nargs, 1, 1)) return Value();
  return repr(t, args[0]);
}

Value b_ascii(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "ascii", kw) || !check_nargs(t, "ascii", nargs, 1, 1)) return Value();
  return ascii(t, args[0]);
}

Value b_abs(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "abs", kw) || !check_nargs(t, "abs", nargs, 1, 1)) return Value();
  const Value& v = args[0];
  if (v.is_obj() && v.obj()->type->heap) {
    Value m = lookup_special(v, t.vm.dunders.__abs__);
    if (m) return call_special(t, m, v, nullptr, 0);
  }
  if (v.is_float()) return Value::real(std::fabs(v.as_float()));
  if (is_intlike(v)) return int_sign(v) < 0 ? int_negate(t, v) : (v.is_bool() ? Value::integer(v.as_int()) : v);
  return t.raise(t.vm.types.TypeError, "bad operand type for abs(): '%s'", type_name(t, v));
}

// A metaclass's __instancecheck__ / __subclasscheck__(cls, arg): 1 or 0, -1 on error, -2 when
// the metaclass defines none.
int metaclass_check(Thread& t, Type* cls, const char* hook, const Value& arg) {
  if (!cls->type->heap) return -2;
  Value m = heap_type_lookup(cls->type, t.vm.intern(hook));
  if (!m) return -2;
  Value a = arg;
  Value r = call_special(t, m, Value::borrow(cls), &a, 1);
  return r ? truthy(t, r) : -1;
}

Value b_isinstance(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "isinstance", kw) || !check_nargs(t, "isinstance", nargs, 2, 2)) return Value();
  auto one = [&](const Value& ty) -> int {
    if (!is_kind(ty, Kind::Type)) {
      t.raise(t.vm.types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
      return -1;
    }
    auto* cls = static_cast<Type*>(ty.obj());
    if (type_of(t, args[0]) == cls) return 1;
    int r = metaclass_check(t, cls, "__instancecheck__", args[0]);
    return r != -2 ? r : is_instance(t, args[0], cls);
  };
  if (is_tuple(args[1])) {
    Tuple* tup = as_tuple(args[1]);
    for (int64_t i = 0; i < tup->size; ++i) {
      int r = is_tuple((*tup)[i]) ? 0 : one((*tup)[i]);
      if (is_tuple((*tup)[i])) {
        Value sub[2] = {args[0], (*tup)[i]};
        Value rr = b_isinstance(t, sub, 2, nullptr);
        if (!rr) return Value();
        r = rr.as_bool();
      }
      if (r) return r < 0 ? Value() : Value::boolean(true);
    }
    return Value::boolean(false);
  }
  int r = one(args[1]);
  return r < 0 ? Value() : Value::boolean(r);
}

Value b_issubclass(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "issubclass", kw) || !check_nargs(t, "issubclass", nargs, 2, 2)) return Value();
  if (!is_kind(args[0], Kind::Type)) return t.raise(t.vm.types.TypeError, "issubclass() arg 1 must be a class");
  Type* a = static_cast<Type*>(args[0].obj());
  auto one = [&](const Value& ty) -> int {
    if (!is_kind(ty, Kind::Type)) {
      t.raise(t.vm.types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
      return -1;
    }
    int r = metaclass_check(t, static_cast<Type*>(ty.obj()), "__subclasscheck__", args[0]);
    return r != -2 ? r : a->is_subtype(static_cast<Type*>(ty.obj()));
  };
  if (is_tuple(args[1])) {
    Tuple* tup = as_tuple(args[1]);
    for (int64_t i = 0; i < tup->size; ++i) {
      int r = one((*tup)[i]);
      if (r) return r < 0 ? Value() : Value::boolean(true);
    }
    return Value::boolean(false);
  }
  int r = one(args[1]);
  return r < 0 ? Value() : Value::boolean(r);
}

Value b_id(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "id", kw) || !check_nargs(t, "id", nargs, 1, 1)) return Value();
  const Value& v = args[0];
  if (v.is_obj()) return Value::integer(int64_t(reinterpret_cast<uintptr_t>(v.obj())));
  // Unboxed values have no address; derive a stable id from tag and payload.
  return Value::integer(int64_t((uint64_t(v.tag()) << 56) ^ uint64_t(v.raw())) & INT64_MAX);
}

Value b_hash(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "hash", kw) || !check_nargs(t, "hash", nargs, 1, 1)) return Value();
  int64_t h;
  if (!hash_value(t, args[0], &h)) return Value();
  return Value::integer(h);
}

Value b_callable(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "callable", nargs, 1, 1)) return Value();
  return Value::boolean(is_callable(args[0]));
}

Value b_iter(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "iter", kw) || !check_nargs(t, "iter", nargs, 1, 2)) return Value();
  if (nargs == 2) {
    if (!is_callable(args[0])) return t.raise(t.vm.types.TypeError, "iter(v, w): v must be callable");
    Iterator* it = iterator_alloc(t, IterKind::Callable, Value());
    it->func = args[0];
    it->extra = args[1];
    return Value::steal(it);
  }
  return get_iter(t, args[0]);
}

Value b_next(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "next", kw) || !check_nargs(t, "next", nargs, 1, 2)) return Value();
  if (!(is_kind(args[0], Kind::Iterator) && args[0].obj()->type->is_iterator) &&
      !is_kind(args[0], Kind::Generator) &&
      !(args[0].is_obj() && args[0].obj()->type->heap && lookup_special(args[0], t.vm.dunders.__next__)) &&
      !lookup_native_special(args[0], t.vm.dunders.__next__))
    return t.raise(t.vm.types.TypeError, "'%s' object is not an iterator", type_name(t, args[0]));
  if (is_kind(args[0], Kind::Generator)) {
    // Keep the generator's return value on its StopIteration.
    Value out;
    GenResult r = gen_send(t, static_cast<Generator*>(args[0].obj()), Value::none(), &out);
    if (r == GenResult::Yielded) return out;
    if (r == GenResult::Error) {
      if (nargs == 2 && t.pending_is(t.vm.types.StopIteration)) {
        t.clear_pending();
        return args[1];
      }
      return Value();
    }
    if (nargs == 2) return args[1];
    return t.raise_value(new_exception(t, t.vm.types.StopIteration,
                                       out.is_none() ? Value() : new_tuple(t.vm, {out})));
  }
  Value v = iter_next(t, args[0]);
  if (v) return v;
  if (t.has_pending()) return Value();
  if (nargs == 2) return args[1];
  return t.raise_value(new_exception(t, t.vm.types.StopIteration, Value()));
}

Value b_enumerate(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "enumerate", args, nargs, kw, {"iterable", "start"}, 1, a)) return Value();
  Value src = get_iter(t, a[0]);
  if (!src) return Value();
  Iterator* it = iterator_alloc(t, IterKind::Enumerate, std::move(src));
  if (a[1]) {
    if (!a[1].is_int() && !a[1].is_bool()) {
      Value::decref(it);
      return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, a[1]));
    }
    it->pos = a[1].as_int();
  }
  return Value::steal(it);
}

Value iterators_tuple(Thread& t, Value* args, int n) {
  Tuple* its = tuple_alloc(t.vm, n);
  Value holder = Value::steal(its);
  for (int i = 0; i < n; ++i) {
    Value it = get_iter(t, args[i]);
    if (!it) return Value();
    (*its)[i] = std::move(it);
  }
  return holder;
}

Value b_zip(Thread& t, Value* args, int nargs, Tuple* kw) {
  bool strict = false;
  if (kw && kw->size) {
    if (kw->size != 1 || as_str((*kw)[0])->s != "strict")
      return t.raise(t.vm.types.TypeError, "zip() got an unexpected keyword argument '%s'",
                     as_str((*kw)[kw->size == 1 ? 0 : as_str((*kw)[0])->s == "strict" ? 1 : 0])->s.c_str());
    int r = truthy(t, args[nargs]);  // the keyword's value follows the positional arguments
    if (r < 0) return Value();
    strict = r;
  }
  Value its = iterators_tuple(t, args, nargs);
  if (!its) return Value();
  Iterator* it = iterator_alloc(t, IterKind::Zip, std::move(its));
  it->step = strict;  // zip(strict=True): unequal lengths raise ValueError
  return Value::steal(it);
}

Value b_map(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "map", kw)) return Value();
  if (nargs < 2) return t.raise(t.vm.types.TypeError, "map() must have at least two arguments.");
  Value its = iterators_tuple(t, args + 1, nargs - 1);
  if (!its) return Value();
  Iterator* it = iterator_alloc(t, IterKind::Map, std::move(its));
  it->func = args[0];
  return Value::steal(it);
}

Value b_filter(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "filter", kw) || !check_nargs(t, "filter", nargs, 2, 2)) return Value();
  Value src = get_iter(t, args[1]);
  if (!src) return Value();
  Iterator* it = iterator_alloc(t, IterKind::Filter, std::move(src));
  it->func = args[0];
  return Value::steal(it);
}

Value b_reversed(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "reversed", kw) || !check_nargs(t, "reversed", nargs, 1, 1)) return Value();
  const Value& seq = args[0];
  if (seq.is_obj() && seq.obj()->type->heap) {
    Value m = lookup_special(seq, t.vm.intern("__reversed__"));
    if (m) return call_special(t, m, seq, nullptr, 0);
  }
  if (is_list(seq) || is_tuple(seq) || is_str(seq) || is_kind(seq, Kind::Range)) {
    int64_t n = length(t, seq);
    Iterator* it = iterator_alloc(t, IterKind::Reversed, seq);
    it->pos = n - 1;
    return Value::steal(it);
  }
  bool view = is_kind(seq, Kind::Iterator) &&
              (seq.obj()->type == t.vm.types.dict_keys || seq.obj()->type == t.vm.types.dict_values ||
               seq.obj()->type == t.vm.types.dict_items);
  if (is_dict(seq) || view) {  // a dict or a view of one: newest entry first
    std::vector<Value> items;
    if (!collect_iterable(t, seq, items)) return Value();
    std::reverse(items.begin(), items.end());
    return get_iter(t, new_list(t.vm, std::move(items)));
  }
  if (is_kind(seq, Kind::UserInstance) && lookup_special(seq, t.vm.dunders.__len__) &&
      lookup_special(seq, t.vm.dunders.__getitem__)) {  // the sequence protocol, backwards
    int64_t n = length(t, seq);
    if (n < 0) return Value();
    Iterator* it = iterator_alloc(t, IterKind::Reversed, seq);
    it->pos = n - 1;
    return Value::steal(it);
  }
  return t.raise(t.vm.types.TypeError, "'%s' object is not reversible", type_name(t, seq));
}

Value b_sorted(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (nargs != 1) {
    if (nargs == 0) return t.raise(t.vm.types.TypeError, "sorted expected 1 argument, got 0");
    return t.raise(t.vm.types.TypeError, "sorted expected 1 argument, got %d", nargs);
  }
  Value a[2];
  if (!parse_args(t, "sort", args + 1, 0, kw, {"*key", "*reverse"}, 0, a)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(t, args[0], items)) return Value();
  bool reverse = false;
  if (a[1]) {
    int r = truthy(t, a[1]);
    if (r < 0) return Value();
    reverse = r;
  }
  if (!sort_values(t, items, a[0], reverse)) return Value();
  return new_list(t.vm, std::move(items));
}

Value minmax(Thread& t, Value* args, int nargs, Tuple* kw, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key, dflt;
  int nkw = kw ? int(kw->size) : 0;
  for (int k = 0; k < nkw; ++k) {
    Str* kn = as_str((*kw)[k]);
    if (kn->s == "key") key = args[nargs + k];
    else if (kn->s == "default") dflt = args[nargs + k];
    else return t.raise(t.vm.types.TypeError, "%s() got an unexpected keyword argument '%s'", name, kn->s.c_str());
  }
  if (nargs == 0) return t.raise(t.vm.types.TypeError, "%s expected at least 1 argument, got 0", name);
  std::vector<Value> items;
  if (nargs == 1) {
    if (!collect_iterable(t, args[0], items)) return Value();
  } else {
    if (dflt)
      return t.raise(t.vm.types.TypeError,
                     "Cannot specify a default for %s() with multiple positional arguments", name);
    items.assign(args, args + nargs);
  }
  if (items.empty()) {
    if (dflt) return dflt;
    return t.raise(t.vm.types.ValueError, "%s() arg is an empty sequence", name);
  }
  Value best = items[0];
  Value best_key = key && !key.is_none() ? call1(t, key, best) : best;
  if (!best_key) return Value();
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key && !key.is_none() ? call1(t, key, items[i]) : items[i];
    if (!k) return Value();
    int r = is_max ? less_than(t, best_key, k) : less_than(t, k, best_key);
    if (r < 0) return Value();
    if (r) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}
Value b_max(Thread& t, Value* a, int n, Tuple* k) { return minmax(t, a, n, k, true); }
Value b_min(Thread& t, Value* a, int n, Tuple* k) { return minmax(t, a, n, k, false); }

Value b_sum(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "sum", args, nargs, kw, {"iterable", "start"}, 1, a)) return Value();
  Value acc = a[1] ? a[1] : Value::integer(0);
  if (is_str(acc)) return t.raise(t.vm.types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = get_iter(t, a[0]);
  if (!it) return Value();
  while (true) {
    Value v = iter_next(t, it);
    if (!v) {
      if (t.has_pending()) return Value();
      return acc;
    }
    if (acc.is_int() && v.is_int()) {
      int64_t r;
      if (!__builtin_add_overflow(acc.as_int(), v.as_int(), &r)) {
        acc = Value::integer(r);
        continue;
      }
    }
    if (acc.is_float() && v.is_float()) {
      acc = Value::real(acc.as_float() + v.as_float());
      continue;
    }
    acc = binary_op(t, BinOp::Add, acc, v);
    if (!acc) return Value();
  }
}

Value b_any_all(Thread& t, Value* args, int nargs, Tuple* kw, bool is_all) {
  if (!no_kwargs(t, is_all ? "all" : "any", kw) || !check_nargs(t, is_all ? "all" : "any", nargs, 1, 1)) return Value();
  Value it = get_iter(t, args[0]);
  if (!it) return Value();
  while (true) {
    Value v = iter_next(t, it);
    if (!v) return t.has_pending() ? Value() : Value::boolean(is_all);
    int r = truthy(t, v);
    if (r < 0) return Value();
    if (bool(r) != is_all) return Value::boolean(!is_all);
  }
}
Value b_any(Thread& t, Value* a, int n, Tuple* k) { return b_any_all(t, a, n, k, false); }
Value b_all(Thread& t, Value* a, int n, Tuple* k) { return b_any_all(t, a, n, k, true); }

Value b_divmod(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "divmod", kw) || !check_nargs(t, "divmod", nargs, 2, 2)) return Value();
  if (is_intlike(args[0]) && is_intlike(args[1]) && int_sign(args[1]) == 0)
    return t.raise(t.vm.types.ZeroDivisionError, "integer division or modulo by zero");
  Value q = binary_op(t, BinOp::FloorDiv, args[0], args[1]);
  if (!q) {
    if (t.pending_is(t.vm.types.TypeError)) {
      t.clear_pending();
      return t.raise(t.vm.types.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     type_name(t, args[0]), type_name(t, args[1]));
    }
    return Value();
  }
  Value r = binary_op(t, BinOp::Mod, args[0], args[1]);
  if (!r) return Value();
  return new_tuple(t.vm, {q, r});
}

Value b_pow(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(t, "pow", args, nargs, kw, {"base", "exp", "mod"}, 2, a)) return Value();
  if (!a[2] || a[2].is_none()) return binary_op(t, BinOp::Pow, a[0], a[1]);
  if (a[0].is_obj() && a[0].obj()->type->heap) {  // a class's __pow__(self, exp, mod)
    Value m = lookup_special(a[0], t.vm.dunders.binop[int(BinOp::Pow)][0]);
    if (m) {
      Value r = call_special(t, m, a[0], a + 1, 2);
      if (!r || !r.same(t.vm.not_implemented)) return r;
    }
  }
  if (!is_intlike(a[0]) || !is_intlike(a[1]) || !is_intlike(a[2]))
    return t.raise(t.vm.types.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  if (int_sign(a[2]) == 0) return t.raise(t.vm.types.ValueError, "pow() 3rd argument cannot be 0");
  mpz_t b, e, m, r;
  mpz_inits(b, e, m, r, nullptr);
  int_to_mpz(a[0], b);
  int_to_mpz(a[1], e);
  int_to_mpz(a[2], m);
  Value result;
  if (mpz_sgn(e) < 0) {
    mpz_t mabs;
    mpz_init(mabs);
    mpz_abs(mabs, m);
    if (!mpz_invert(b, b, mabs)) {
      mpz_clears(b, e, m, r, mabs, nullptr);
      return t.raise(t.vm.types.ValueError, "base is not invertible for the given modulus");
    }
    mpz_neg(e, e);
    mpz_clear(mabs);
  }
  mpz_t mabs;
  mpz_init(mabs);
  mpz_abs(mabs, m);
  mpz_powm(r, b, e, mabs);
  // Python's result has the sign of the modulus.
  if (mpz_sgn(m) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, m);
  result = int_from_mpz(t, r);
  mpz_clears(b, e, m, r, mabs, nullptr);
  return result;
}

Value b_round(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "round", args, nargs, kw, {"number", "ndigits"}, 1, a)) return Value();
  const Value& x = a[0];
  bool has_nd = a[1] && !a[1].is_none();
  int64_t nd = 0;
  if (has_nd && !to_index(t, a[1], &nd)) return Value();
  if (x.is_obj() && x.obj()->type->heap) {  // __round__ defined in script
    Value m = lookup_special(x, t.vm.intern("__round__"));
    if (m) {
      Value nd_arg = a[1] ? a[1] : Value();
      return call_special(t, m, x, &nd_arg, a[1] ? 1 : 0);
    }
  }
  if (is_intlike(x)) {
    if (!has_nd || nd >= 0) return x.is_bool() ? Value::integer(x.as_int()) : x;
    // Round to a negative number of digits, half to even.
    Value p = int_binary(t, IntOp::Pow, Value::integer(10), Value::integer(-nd));
    Value q = int_binary(t, IntOp::FloorDiv, x, p);
    Value r = int_binary(t, IntOp::Mod, x, p);
    Value twice = int_binary(t, IntOp::Mul, r, Value::integer(2));
    int c = int_compare(twice, p);
    if (c > 0 || (c == 0 && int_binary(t, IntOp::And, q, Value::integer(1)).as_int() == 1))
      q = int_binary(t, IntOp::Add, q, Value::integer(1));
    return int_binary(t, IntOp::Mul, q, p);
  }
  if (!x.is_float()) return t.raise(t.vm.types.TypeError, "type %s doesn't define __round__ method", type_name(t, x));
  double d = x.as_float();
  if (!has_nd) {
    double r = std::nearbyint(d);
    return int_from_double(t, r);
  }
  if (!std::isfinite(d)) return x;
  if (nd > 300) return x;
  if (nd < -308) return Value::real(0.0 * d);
  if (nd >= 0) {
    char buf[512];
    snprintf(buf, sizeof buf, "%.*f", int(nd), d);
    return Value::real(strtod(buf, nullptr));
  }
  double p = std::pow(10.0, double(-nd));
  double y = d / p;
  double r = std::nearbyint(y);
  return Value::real(r * p);
}

Value b_chr(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "chr", kw) || !check_nargs(t, "chr", nargs, 1, 1)) return Value();
  int64_t cp;
  if (!to_index(t, args[0], &cp)) return Value();
  if (cp < 0 || cp > 0x10ffff) return t.raise(t.vm.types.ValueError, "chr() arg not in range(0x110000)");
  if (cp >= 0xd800 && cp <= 0xdfff)
    return t.raise(t.vm.types.ValueError, "eddy strings cannot hold surrogate code points");
  std::string s;
  utf8_append(s, uint32_t(cp));
  return new_str(t.vm, std::move(s));
}

Value b_ord(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "ord", kw) || !check_nargs(t, "ord", nargs, 1, 1)) return Value();
  if (!is_str(args[0]))
    return t.raise(t.vm.types.TypeError, "ord() expected string of length 1, but %s found", type_name(t, args[0]));
  Str* s = as_str(args[0]);
  if (s->length != 1)
    return t.raise(t.vm.types.TypeError, "ord() expected a character, but string of length %lld found",
                   (long long)s->length);
  size_t p = 0;
  return Value::integer(utf8_decode(s->s, &p));
}

Value base_repr(Thread& t, Value* args, int nargs, const char* name, int base, const char* prefix) {
  if (!check_nargs(t, name, nargs, 1, 1)) return Value();
  Value x = args[0];
  if (is_kind(x, Kind::UserInstance)) {  // __index__
    Value m = lookup_special(x, t.vm.dunders.__index__);
    if (m) {
      x = call_special(t, m, args[0], nullptr, 0);
      if (!x) return Value();
      if (!is_intlike(x))
        return t.raise(t.vm.types.TypeError, "__index__ returned non-int (type %s)", type_name(t, x));
    }
  }
  if (!is_intlike(x))
    return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, x));
  bool neg = int_sign(x) < 0;
  Value a = neg ? int_negate(t, x) : x;
  return new_str(t.vm, std::string(neg ? "-" : "") + prefix + int_to_string(a, base));
}
Value b_hex(Thread& t, Value* a, int n, Tuple*) { return base_repr(t, a, n, "hex", 16, "0x"); }
Value b_oct(Thread& t, Value* a, int n, Tuple*) { return base_repr(t, a, n, "oct", 8, "0o"); }
Value b_bin(Thread& t, Value* a, int n, Tuple*) { return base_repr(t, a, n, "bin", 2, "0b"); }

Value b_getattr(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "getattr", kw) || !check_nargs(t, "getattr", nargs, 2, 3)) return Value();
  if (!is_str(args[1])) return t.raise(t.vm.types.TypeError, "attribute name must be string, not '%s'", type_name(t, args[1]));
  Value v = get_attr(t, args[0], t.vm.intern(as_str(args[1])->s));
  if (!v && nargs == 3 && t.pending_is(t.vm.types.AttributeError)) {
    t.clear_pending();
    return args[2];
  }
  return v;
}

Value b_setattr(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "setattr", kw) || !check_nargs(t, "setattr", nargs, 3, 3)) return Value();
  if (!is_str(args[1])) return t.raise(t.vm.types.TypeError, "attribute name must be string, not '%s'", type_name(t, args[1]));
  if (!set_attr(t, args[0], t.vm.intern(as_str(args[1])->s), args[2])) return Value();
  return Value::none();
}

Value b_delattr(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "delattr", kw) || !check_nargs(t, "delattr", nargs, 2, 2)) return Value();
  if (!is_str(args[1])) return t.raise(t.vm.types.TypeError, "attribute name must be string, not '%s'", type_name(t, args[1]));
  if (!del_attr(t, args[0], t.vm.intern(as_str(args[1])->s))) return Value();
  return Value::none();
}

Value b_hasattr(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "hasattr", kw) || !check_nargs(t, "hasattr", nargs, 2, 2)) return Value();
  if (!is_str(args[1])) return t.raise(t.vm.types.TypeError, "attribute name must be string, not '%s'", type_name(t, args[1]));
  Value v = get_attr(t, args[0], t.vm.intern(as_str(args[1])->s));
  if (v) return Value::boolean(true);
  if (t.pending_is(t.vm.types.AttributeError)) {
    t.clear_pending();
    return Value::boolean(false);
  }
  return Value();
}

Value b_format(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "format", kw) || !check_nargs(t, "format", nargs, 1, 2)) return Value();
  std::string_view spec;
  if (nargs == 2) {
    if (!is_str(args[1]))
      return t.raise(t.vm.types.TypeError, "format() argument 2 must be str, not %s", type_name(t, args[1]));
    spec = as_str(args[1])->s;
  }
  return format_value(t, args[0], spec);
}

Value b_input(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "input", kw) || !check_nargs(t, "input", nargs, 0, 1)) return Value();
  if (nargs == 1) {
    std::string prompt;
    if (!str_into(t, args[0], prompt)) return Value();
    fwrite(prompt.data(), 1, prompt.size(), stdout);
  }
  fflush(stdout);
  std::string line;
  int c;
  bool any = false;
  while ((c = fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') break;
    line += char(c);
  }
  if (!any) return t.raise_value(new_exception(t, t.vm.types.EOFError, new_tuple(t.vm, {new_str(t.vm, "EOF when reading a line")})));
  if (!utf8_valid(line)) return t.raise(t.vm.types.UnicodeDecodeError, "input is not valid UTF-8");
  return new_str(t.vm, std::move(line));
}

// open(): io.open (lib/io.py), imported on first use.
Value b_open(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value io = t.vm.import_module(t, t.vm.intern("io"));
  if (!io) return Value();
  Value fn = get_attr(t, io, t.vm.intern("open"));
  if (!fn) return Value();
  return call(t, fn, args, nargs, kw);
}

Value b_globals(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "globals", nargs, 0, 0)) return Value();
  if (!t.ctx.frame) return t.raise(t.vm.types.SystemError, "globals(): no current frame");
  return Value::borrow(t.ctx.frame->globals());
}

Value b_locals(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "locals", nargs, 0, 0)) return Value();
  if (!t.ctx.frame) return t.raise(t.vm.types.SystemError, "locals(): no current frame");
  return frame_locals(t, t.ctx.frame);
}

// vars() is locals(); vars(obj) is obj.__dict__.
Value b_vars(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "vars", nargs, 0, 1)) return Value();
  if (nargs == 0) return b_locals(t, args, 0, kw);
  Value d = get_attr(t, args[0], t.vm.names.__dict__);
  if (!d && t.pending_is(t.vm.types.AttributeError)) {
    t.clear_pending();
    return t.raise(t.vm.types.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

Value b_dir(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "dir", nargs, 0, 1)) return Value();
  std::vector<Value> names;
  auto add_keys = [&](Dict* d) {
    for (auto& e : d->entries)
      if (!e.key.is_null()) names.push_back(e.key);
  };
  if (nargs == 0) {
    Value l = b_locals(t, nullptr, 0, nullptr);
    if (!l) return Value();
    add_keys(as_dict(l));
  } else if (is_module(args[0])) {
    add_keys(static_cast<Module*>(args[0].obj())->dict);
  } else {
    Type* ty = is_kind(args[0], Kind::Type) ? static_cast<Type*>(args[0].obj()) : type_of(t, args[0]);
    for (Type* m : ty->mro) add_keys(m->dict);
    if (is_kind(args[0], Kind::UserInstance)) {  // the instance's own attributes
      auto* u = static_cast<UserInstance*>(args[0].obj());
      if (u->dict) add_keys(as_dict(u->dict));
      for (uint32_t i = 0; i < u->capacity; ++i)
        if (u->values()[i]) names.push_back(Value::borrow(ty->shared_keys[i]));
    } else if (!is_kind(args[0], Kind::Type)) {
      if (Dict* d = instance_dict(t, args[0], false)) add_keys(d);
    }
  }
  Value s = new_set(t, false);
  for (auto& n : names) as_set(s)->add(t, n);
  std::vector<Value> unique;
  if (!collect_iterable(t, s, unique)) return Value();
  if (!sort_values(t, unique, Value(), false)) return Value();
  return new_list(t.vm, std::move(unique));
}

Value b_exit(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "exit", nargs, 0, 1)) return Value();
  return t.raise_value(new_exception(t, t.vm.types.SystemExit, new_tuple(t.vm, args, nargs)));
}

Value b_import(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (nargs < 1 || !is_str(args[0])) return t.raise(t.vm.types.TypeError, "__import__() argument 1 must be str");
  return t.vm.import_module(t, t.vm.intern(as_str(args[0])->s));
}

}  // namespace

// enumerate, zip, map, filter and reversed are types (isinstance works, type(x).__name__ is
// CPython's); calling one builds the iterator.
Value enumerate_construct(Thread& t, Type*, Value* a, int n, Tuple* k) { return b_enumerate(t, a, n, k); }
Value zip_construct(Thread& t, Type*, Value* a, int n, Tuple* k) { return b_zip(t, a, n, k); }
Value map_construct(Thread& t, Type*, Value* a, int n, Tuple* k) { return b_map(t, a, n, k); }
Value filter_construct(Thread& t, Type*, Value* a, int n, Tuple* k) { return b_filter(t, a, n, k); }
Value reversed_construct(Thread& t, Type*, Value* a, int n, Tuple* k) { return b_reversed(t, a, n, k); }

void init_builtins_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  for (auto [ty, fn] : std::initializer_list<std::pair<Type*, decltype(&zip_construct)>>{
           {vm.types.enumerate, enumerate_construct}, {vm.types.zip, zip_construct},
           {vm.types.map, map_construct}, {vm.types.filter, filter_construct},
           {vm.types.reversed, reversed_construct}}) {
    ty->construct = fn;
    d->set_str(vm.intern(ty->name), Value::borrow(ty));
  }
  add_exec_builtins(vm, d);
  add_functions(vm, d, {
      {"open", b_open},         {"print", b_print},       {"len", b_len},           {"repr", b_repr},
      {"ascii", b_ascii},       {"abs", b_abs},           {"isinstance", b_isinstance},
      {"issubclass", b_issubclass}, {"id", b_id},         {"hash", b_hash},
      {"callable", b_callable}, {"iter", b_iter},         {"next", b_next},
      {"sorted", b_sorted},
      {"max", b_max},           {"min", b_min},           {"sum", b_sum},
      {"any", b_any},           {"all", b_all},           {"divmod", b_divmod},
      {"pow", b_pow},           {"round", b_round},       {"chr", b_chr},
      {"ord", b_ord},           {"hex", b_hex},           {"oct", b_oct},
      {"bin", b_bin},           {"getattr", b_getattr},   {"setattr", b_setattr},
      {"delattr", b_delattr},   {"hasattr", b_hasattr},   {"format", b_format},
      {"input", b_input},       {"globals", b_globals},   {"locals", b_locals},
      {"vars", b_vars},       {"dir", b_dir},           {"exit", b_exit},
      {"quit", b_exit},         {"__import__", b_import},
  });
  Types& ty = vm.types;
  Type* types[] = {ty.object, ty.type, ty.int_, ty.bool_, ty.float_, ty.str, ty.tuple, ty.list,
                   ty.dict, ty.set, ty.frozenset, ty.range, ty.slice, ty.property, ty.bytes, ty.bytearray,
                   ty.staticmethod, ty.classmethod, ty.super};
  for (Type* type : types) d->set_str(vm.intern(type->name), Value::borrow(type));
#define EDDY_EXPORT_EXC(name, base) d->set_str(vm.intern(#name), Value::borrow(ty.name));
  EDDY_EXCEPTIONS(EDDY_EXPORT_EXC)
#undef EDDY_EXPORT_EXC
  d->set_str(vm.intern("EnvironmentError"), Value::borrow(ty.OSError));
  d->set_str(vm.intern("IOError"), Value::borrow(ty.OSError));
  d->set_str(vm.intern("None"), Value::none());
  d->set_str(vm.intern("True"), Value::boolean(true));
  d->set_str(vm.intern("False"), Value::boolean(false));
  d->set_str(vm.intern("NotImplemented"), vm.not_implemented);
  d->set_str(vm.intern("Ellipsis"), vm.ellipsis);
  d->set_str(vm.intern("__debug__"), Value::boolean(true));
  d->set_str(vm.names.__name__, Value::borrow(vm.intern("builtins")));
}

}  // namespace eddy
