// The object protocol, part 3: truth, hashing, comparison, arithmetic, items and iteration
// (text is in repr.cpp, attributes in attributes.cpp, calls in calls.cpp). See ops.h for the
// conventions.
//
// Each operation runs the builtin behaviour of the builtin types natively; for instances of
// classes defined in script it first looks for the special method (__add__, __eq__,
// __getitem__, ...) and falls back to the builtin behaviour of their layout.
#include "runtime/ops.h"

#include "runtime/ops_internal.h"

#include <cmath>

#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/native.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/module.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/weakref.h"
#include "runtime/objects/tuple.h"

namespace eddy {

const char* type_name(Thread& t, const Value& v) { return type_of(t, v)->tp_name().c_str(); }

NativeRecursion::NativeRecursion(Thread& t, const char* where) : failed(false) {
  if (t.stack_exhausted()) {
    t.raise(t.vm.types.RecursionError, "maximum recursion depth exceeded%s", where);
    failed = true;
  }
}

const char* binop_symbol(BinOp op) {
  static const char* const s[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"};
  return s[int(op)];
}

// ---------------------------------------------------------------- truth, hash, equality

int truthy(Thread& t, const Value& v) {
  switch (v.tag()) {
    case Tag::None:
    case Tag::Null:
      return 0;
    case Tag::Bool:
    case Tag::Int:
      return v.as_int() != 0;
    case Tag::Float:
      return v.as_float() != 0.0;
    case Tag::Obj:
      break;
  }
  Object* o = v.obj();
  if (o->type->heap) {
    bool found;
    Value r = try_special(t, v, t.vm.dunders.__bool__, nullptr, 0, &found);
    if (found) {
      if (!r) return -1;
      if (!r.is_bool()) {
        t.raise(t.vm.types.TypeError, "__bool__ should return bool, returned %s", type_name(t, r));
        return -1;
      }
      return r.as_bool();
    }
    if (lookup_special(v, t.vm.dunders.__len__)) {
      int64_t n = length(t, v);
      return n < 0 ? -1 : n > 0;
    }
    if (o->kind == Kind::UserInstance) return 1;
  }
  switch (o->kind) {
    case Kind::Str:
      return !static_cast<Str*>(o)->s.empty();
    case Kind::Bytes:
      return !static_cast<Bytes*>(o)->data.empty();
    case Kind::BigInt:
      return mpz_sgn(static_cast<BigInt*>(o)->z) != 0;  // an int subclass's value may be 0
    case Kind::List:
      return !static_cast<List*>(o)->items.empty();
    case Kind::Tuple:
      return static_cast<Tuple*>(o)->size != 0;
    case Kind::Dict:
      return static_cast<Dict*>(o)->used != 0;
    case Kind::Set:
      return static_cast<Set*>(o)->used != 0;
    case Kind::Range:
      return static_cast<Range*>(o)->length != 0;
    case Kind::Iterator:
      if (o->type == t.vm.types.dict_keys || o->type == t.vm.types.dict_values ||
          o->type == t.vm.types.dict_items)
        return as_dict(static_cast<Iterator*>(o)->src)->used != 0;
      return 1;
    default:
      return 1;
  }
}

static int64_t pointer_hash(const void* p) {
  uint64_t y = uint64_t(reinterpret_cast<uintptr_t>(p));
  y = (y >> 4) | (y << 60);
  int64_t h = int64_t(y >> 1);
  return h == -1 ? -2 : h;
}

bool hash_value(Thread& t, const Value& v, int64_t* out) {
  switch (v.tag()) {
    case Tag::None:
    case Tag::Null:
      *out = 0x5f3c0d1e;
      return true;
    case Tag::Bool:
    case Tag::Int:
      *out = int_hash(v);
      return true;
    case Tag::Float:
      *out = float_hash(v.as_float());
      return true;
    case Tag::Obj:
      break;
  }
  Object* o = v.obj();
  if (o->type->heap) {
    Value h = lookup_special(v, t.vm.dunders.__hash__);
    if (h.is_none() || (!h && lookup_special(v, t.vm.dunders.__eq__))) {
      // A class that defines __eq__ without __hash__ is unhashable, as in CPython.
      t.raise(t.vm.types.TypeError, "unhashable type: '%s'", o->type->name.c_str());
      return false;
    }
    if (h) {
      Value r = call_special(t, h, v, nullptr, 0);
      if (!r) return false;
      if (!r.is_int() && !r.is_bool() && !is_bigint(r)) {
        t.raise(t.vm.types.TypeError, "__hash__ method should return an integer");
        return false;
      }
      // A result that fits is used as it is (CPython's rule); only big ints are hashed again.
      *out = r.is_obj() ? int_hash(r) : (r.as_int() == -1 ? -2 : r.as_int());
      return true;
    }
  }
  switch (o->kind) {
    case Kind::Str:
      *out = str_hash(static_cast<Str*>(o));
      return true;
    case Kind::Bytes:
      if (is_bytearray(t.vm, v)) {
        t.raise(t.vm.types.TypeError, "unhashable type: '%s'", o->type->name.c_str());
        return false;
      }
      *out = bytes_hash(static_cast<Bytes*>(o));
      return true;
    case Kind::BigInt:
      *out = int_hash(v);
      return true;
    case Kind::Tuple: {
      auto* tup = static_cast<Tuple*>(o);
      if (tup->hash != -1) {
        *out = tup->hash;
        return true;
      }
      NativeRecursion guard(t, " while hashing a tuple");
      if (guard.failed) return false;
      const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                     p5 = 2870177450012600261ull;
      uint64_t acc = p5;
      for (int64_t i = 0; i < tup->size; ++i) {
        int64_t lane;
        if (!hash_value(t, (*tup)[i], &lane)) return false;
        acc += uint64_t(lane) * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
      }
      acc += uint64_t(tup->size) ^ (p5 ^ 3527539ull);
      int64_t h = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
      tup->hash = h;
      *out = h;
      return true;
    }
    case Kind::Set:
      if (static_cast<Set*>(o)->frozen()) {
        *out = frozenset_hash(static_cast<Set*>(o));
        return true;
      }
      [[fallthrough]];
    case Kind::List:
    case Kind::Dict:
    case Kind::Slice:
      t.raise(t.vm.types.TypeError, "unhashable type: '%s'", o->type->name.c_str());
      return false;
    case Kind::WeakRef: {
      auto* w = static_cast<WeakRef*>(o);
      if (w->hash == -1) {
        if (!w->referent) {
          t.raise(t.vm.types.TypeError, "weak object has gone away");
          return false;
        }
        if (!hash_value(t, Value::borrow(w->referent), &w->hash)) return false;
      }
      *out = w->hash;
      return true;
    }
    case Kind::Range: {
      auto* r = static_cast<Range*>(o);
      *out = int64_t((uint64_t(r->length) * 1000003ull) ^ uint64_t(r->start) * 31 ^ uint64_t(r->step));
      if (*out == -1) *out = -2;
      return true;
    }
    default:
      *out = pointer_hash(o);
      return true;
  }
}

namespace {

// Numeric comparison of int-likes and floats: -1/0/1, or 2 for "unordered" (NaN).
int num_cmp(Thread& t, const Value& a, const Value& b) {
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (std::isnan(x) || std::isnan(y)) return 2;
    return x < y ? -1 : x > y;
  }
  if (!a.is_float() && !b.is_float()) return int_compare(a, b);
  // int vs float: compare exactly.
  bool swap = a.is_float();
  const Value& iv = swap ? b : a;
  double f = swap ? a.as_float() : b.as_float();
  int r;
  if (std::isnan(f)) return 2;
  if (std::isinf(f)) {
    r = f > 0 ? -1 : 1;
  } else if (!iv.is_obj() && std::fabs(double(iv.as_int())) < 9007199254740992.0) {
    double x = double(iv.as_int());
    r = x < f ? -1 : x > f;
  } else {
    // Compare the integer with floor(f), then the fractional part.
    double fl = std::floor(f);
    Value fi = int_from_double(t, fl);
    int c = int_compare(iv, fi);
    if (c != 0)
      r = c;
    else
      r = (f > fl) ? -1 : 0;
  }
  return swap ? -r : r;
}

bool is_number(const Value& v) { return v.is_int() || v.is_bool() || v.is_float() || is_bigint(v); }

int seq_equal(Thread& t, const Value* a, int64_t na, const Value* b, int64_t nb) {
  if (na != nb) return 0;
  for (int64_t i = 0; i < na; ++i) {
    int r = equals(t, a[i], b[i]);
    if (r <= 0) return r;
  }
  return 1;
}

}  // namespace

static bool is_set_like_view(Thread& t, const Value& v) {
  return is_kind(v, Kind::Iterator) &&
         (v.obj()->type == t.vm.types.dict_keys || v.obj()->type == t.vm.types.dict_items);
}

int equals(Thread& t, const Value& a, const Value& b) {
  if (a.same(b)) {
    if (a.is_float() && std::isnan(a.as_float())) return 0;
    return 1;
  }
  if (is_number(a) && is_number(b)) return num_cmp(t, a, b) == 0;
  if (is_heap_object(a) || is_heap_object(b)) {
    // a.__eq__(b), then the reflected b.__eq__(a), then identity.
    for (int side = 0; side < 2; ++side) {
      const Value& self = side == 0 ? a : b;
      const Value& other = side == 0 ? b : a;
      Value m = lookup_special(self, t.vm.dunders.__eq__);
      if (!m) continue;
      Value arg = other;
      Value r = call_special(t, m, self, &arg, 1);
      if (!r) return -1;
      if (r.same(t.vm.not_implemented)) continue;
      return truthy(t, r);
    }
    bool builtin_layout = a.is_obj() && a.obj()->kind != Kind::UserInstance && b.is_obj() &&
                          b.obj()->kind != Kind::UserInstance;
    if (!builtin_layout) return a.same(b);
    // dict and list subclasses compare by content, like their bases: fall through
  }
  if (!a.is_obj() || !b.is_obj()) return 0;
  if ((a.obj()->kind == Kind::Iterator || b.obj()->kind == Kind::Iterator) &&
      ((is_set_like_view(t, a) && (is_set(b) || is_set_like_view(t, b))) ||
       (is_set_like_view(t, b) && is_set(a)))) {
    // dict.keys()/items() views equal sets (and views) with the same elements.
    Value sa = new_set(t, false), sb = new_set(t, false);
    if (!set_update(t, as_set(sa), a) || !set_update(t, as_set(sb), b)) return -1;
    return equals(t, sa, sb);
  }
  Object* x = a.obj();
  Object* y = b.obj();
  if (x->kind != y->kind) return 0;
  NativeRecursion guard(t, " in comparison");
  if (guard.failed) return -1;
  switch (x->kind) {
    case Kind::Str:
      return static_cast<Str*>(x)->s == static_cast<Str*>(y)->s;
    case Kind::Bytes:
      return static_cast<Bytes*>(x)->data == static_cast<Bytes*>(y)->data;
    case Kind::List: {
      std::vector<Value> ia = static_cast<List*>(x)->items, ib = static_cast<List*>(y)->items;
      return seq_equal(t, ia.data(), int64_t(ia.size()), ib.data(), int64_t(ib.size()));
    }
    case Kind::Tuple: {
      auto *ta = static_cast<Tuple*>(x), *tb = static_cast<Tuple*>(y);
      return seq_equal(t, ta->items(), ta->size, tb->items(), tb->size);
    }
    case Kind::Dict: {
      Dict *da = static_cast<Dict*>(x), *db = static_cast<Dict*>(y);
      if (da->used != db->used) return 0;
      DictEntries entries = da->entries;
      for (auto& e : entries) {
        if (e.key.is_null()) continue;
        Value other = db->get(t, e.key);
        if (!other) return t.has_pending() ? -1 : 0;
        int r = equals(t, e.value, other);
        if (r <= 0) return r;
      }
      return 1;
    }
    case Kind::Set: {
      Set *sa = static_cast<Set*>(x), *sb = static_cast<Set*>(y);
      if (sa->used != sb->used) return 0;
      return set_issubset(t, sa, sb);
    }
    case Kind::Range: {
      auto *ra = static_cast<Range*>(x), *rb = static_cast<Range*>(y);
      if (ra->length != rb->length) return 0;
      if (ra->length == 0) return 1;
      if (ra->start != rb->start) return 0;
      return ra->length == 1 || ra->step == rb->step;
    }
    case Kind::Slice: {
      auto *sa = static_cast<Slice*>(x), *sb = static_cast<Slice*>(y);
      Value ta = new_tuple(t.vm, {sa->start, sa->stop, sa->step});
      Value tb = new_tuple(t.vm, {sb->start, sb->stop, sb->step});
      return equals(t, ta, tb);
    }
    case Kind::WeakRef: {
      auto *wa = static_cast<WeakRef*>(x), *wb = static_cast<WeakRef*>(y);
      if (!wa->referent || !wb->referent) return 0;
      return equals(t, Value::borrow(wa->referent), Value::borrow(wb->referent));
    }
    case Kind::BoundMethod: {
      auto *ma = static_cast<BoundMethod*>(x), *mb = static_cast<BoundMethod*>(y);
      return ma->func.same(mb->func) && ma->self.same(mb->self);
    }
    case Kind::Iterator:
      if (x->type == t.vm.types.dict_keys && y->type == x->type) {
        Value ka = new_set(t, false), kb = new_set(t, false);
        if (!set_update(t, as_set(ka), static_cast<Iterator*>(x)->src) ||
            !set_update(t, as_set(kb), static_cast<Iterator*>(y)->src))
          return -1;
        return equals(t, ka, kb);
      }
      return 0;
    default:
      return 0;
  }
}

namespace {

bool cmp_result(CmpOp op, int c) {
  switch (op) {
    case CmpOp::Lt:
      return c < 0;
    case CmpOp::Le:
      return c <= 0;
    case CmpOp::Eq:
      return c == 0;
    case CmpOp::Ne:
      return c != 0;
    case CmpOp::Gt:
      return c > 0;
    case CmpOp::Ge:
      return c >= 0;
  }
  return false;
}

const char* cmp_symbol(CmpOp op) {
  static const char* const s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[int(op)];
}

// Lexicographic comparison of two sequences.
Value seq_compare(Thread& t, const Value* a, int64_t na, const Value* b, int64_t nb, CmpOp op) {
  int64_t n = std::min(na, nb);
  for (int64_t i = 0; i < n; ++i) {
    int eq = equals(t, a[i], b[i]);
    if (eq < 0) return Value();
    if (!eq) {
      if (op == CmpOp::Eq) return Value::boolean(false);
      if (op == CmpOp::Ne) return Value::boolean(true);
      return compare(t, a[i], b[i], op);
    }
  }
  return Value::boolean(cmp_result(op, na < nb ? -1 : na > nb));
}

}  // namespace

Value compare(Thread& t, const Value& a, const Value& b, CmpOp op) {
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    return Value::boolean(cmp_result(op, x < y ? -1 : x > y));
  }
  if (is_heap_object(a) || is_heap_object(b)) {
    static const CmpOp reflected[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
    Str* names[] = {t.vm.dunders.__lt__, t.vm.dunders.__le__, t.vm.dunders.__eq__,
                    t.vm.dunders.__ne__, t.vm.dunders.__gt__, t.vm.dunders.__ge__};
    for (int side = 0; side < 2; ++side) {
      const Value& self = side == 0 ? a : b;
      const Value& other = side == 0 ? b : a;
      CmpOp use = side == 0 ? op : reflected[int(op)];
      Value m = lookup_special(self, names[int(use)]);
      if (!m) continue;
      Value arg = other;
      Value r = call_special(t, m, self, &arg, 1);
      if (!r) return Value();
      if (!r.same(t.vm.not_implemented)) return r;
    }
    if (op == CmpOp::Eq || op == CmpOp::Ne) {
      int r = equals(t, a, b);  // __eq__, then builtin contents (dict/list subclasses), then identity
      if (r < 0) return Value();
      return Value::boolean(op == CmpOp::Eq ? r : !r);
    }
    bool builtin_layout = !is_kind(a, Kind::UserInstance) && !is_kind(b, Kind::UserInstance);
    if (!builtin_layout)
      return t.raise(t.vm.types.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbol(op), type_name(t, a), type_name(t, b));
    // list subclasses order like lists: fall through to the builtin comparison
  }
  if (op == CmpOp::Eq || op == CmpOp::Ne) {
    int r = equals(t, a, b);
    if (r < 0) return Value();
    return Value::boolean(op == CmpOp::Eq ? r : !r);
  }
  if (is_number(a) && is_number(b)) {
    int c = num_cmp(t, a, b);
    if (c == 2) return Value::boolean(false);
    return Value::boolean(cmp_result(op, c));
  }
  if ((is_set_like_view(t, a) && (is_set(b) || is_set_like_view(t, b))) ||
      (is_set_like_view(t, b) && is_set(a))) {
    // dict.keys()/items() views order by inclusion, as sets do.
    Value sa = new_set(t, false), sb = new_set(t, false);
    if (!set_update(t, as_set(sa), a) || !set_update(t, as_set(sb), b)) return Value();
    return compare(t, sa, sb, op);
  }
  if (a.is_obj() && b.is_obj() && a.obj()->kind == b.obj()->kind) {
    NativeRecursion guard(t, " in comparison");
    if (guard.failed) return Value();
    Object* x = a.obj();
    Object* y = b.obj();
    switch (x->kind) {
      case Kind::Str: {
        int c = static_cast<Str*>(x)->s.compare(static_cast<Str*>(y)->s);
        return Value::boolean(cmp_result(op, c < 0 ? -1 : c > 0));
      }
      case Kind::Bytes: {
        int c = static_cast<Bytes*>(x)->data.compare(static_cast<Bytes*>(y)->data);
        return Value::boolean(cmp_result(op, c < 0 ? -1 : c > 0));
      }
      case Kind::List: {
        std::vector<Value> ia = static_cast<List*>(x)->items, ib = static_cast<List*>(y)->items;
        return seq_compare(t, ia.data(), int64_t(ia.size()), ib.data(), int64_t(ib.size()), op);
      }
      case Kind::Tuple: {
        auto *ta = static_cast<Tuple*>(x), *tb = static_cast<Tuple*>(y);
        return seq_compare(t, ta->items(), ta->size, tb->items(), tb->size, op);
      }
      case Kind::Set: {
        Set *sa = static_cast<Set*>(x), *sb = static_cast<Set*>(y);
        int r;
        switch (op) {
          case CmpOp::Le:
            r = set_issubset(t, sa, sb);
            break;
          case CmpOp::Lt:
            r = sa->used < sb->used ? set_issubset(t, sa, sb) : 0;
            break;
          case CmpOp::Ge:
            r = set_issubset(t, sb, sa);
            break;
          default:
            r = sb->used < sa->used ? set_issubset(t, sb, sa) : 0;
            break;
        }
        if (r < 0) return Value();
        return Value::boolean(r);
      }
      default:
        break;
    }
  }
  return t.raise(t.vm.types.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                 cmp_symbol(op), type_name(t, a), type_name(t, b));
}

int less_than(Thread& t, const Value& a, const Value& b) {
  Value r = compare(t, a, b, CmpOp::Lt);
  if (!r) return -1;
  return truthy(t, r);
}

// ---------------------------------------------------------------- arithmetic

namespace {

Value float_binary(Thread& t, BinOp op, double x, double y) {
  switch (op) {
    case BinOp::Add:
      return Value::real(x + y);
    case BinOp::Sub:
      return Value::real(x - y);
    case BinOp::Mul:
      return Value::real(x * y);
    case BinOp::TrueDiv:
      if (y == 0) return t.raise(t.vm.types.ZeroDivisionError, "float division by zero");
      return Value::real(x / y);
    case BinOp::FloorDiv: {
      if (y == 0) return t.raise(t.vm.types.ZeroDivisionError, "float floor division by zero");
      double mod = std::fmod(x, y);
      double div = (x - mod) / y;
      if (mod && ((y < 0) != (mod < 0))) div -= 1.0;
      double floordiv;
      if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, x / y);
      }
      return Value::real(floordiv);
    }
    case BinOp::Mod: {
      if (y == 0) return t.raise(t.vm.types.ZeroDivisionError, "float modulo");
      double mod = std::fmod(x, y);
      if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
      } else {
        mod = std::copysign(0.0, y);
      }
      return Value::real(mod);
    }
    case BinOp::Pow: {
      if (x == 0 && y < 0)
        return t.raise(t.vm.types.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0 && y != std::floor(y) && std::isfinite(y))
        return t.raise(t.vm.types.ValueError,
                       "eddy has no complex numbers: negative number to a fractional power");
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        return t.raise(t.vm.types.OverflowError, "(34, 'Numerical result out of range')");
      return Value::real(r);
    }
    default:
      return Value();
  }
}

Value unsupported(Thread& t, BinOp op, const Value& a, const Value& b, bool inplace) {
  if (op == BinOp::Add && is_str(a))
    return t.raise(t.vm.types.TypeError, "can only concatenate str (not \"%s\") to str",
                   type_name(t, b));
  if (op == BinOp::Add && (is_list(a) || is_tuple(a)) && (is_list(b) || is_tuple(b) || true) &&
      (is_list(a) ? !inplace : true))
    return t.raise(t.vm.types.TypeError, "can only concatenate %s (not \"%s\") to %s",
                   type_name(t, a), type_name(t, b), type_name(t, a));
  if (op == BinOp::Mul && (is_str(a) || is_list(a) || is_tuple(a) || is_str(b) || is_list(b) ||
                           is_tuple(b)))
    return t.raise(t.vm.types.TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name(t, (is_str(a) || is_list(a) || is_tuple(a)) ? b : a));
  if (op == BinOp::Pow)
    return t.raise(t.vm.types.TypeError,
                   "unsupported operand type(s) for %s: '%s' and '%s'", inplace ? "**=" : "** or pow()",
                   type_name(t, a), type_name(t, b));
  return t.raise(t.vm.types.TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                 binop_symbol(op), inplace ? "=" : "", type_name(t, a), type_name(t, b));
}

Value repeat_seq(Thread& t, const Value& seq, const Value& count) {
  int64_t n;
  if (is_bigint(count)) {
    if (int_sign(count) < 0) n = 0;
    else return t.raise(t.vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
  } else {
    n = count.as_int();
  }
  if (n < 0) n = 0;
  if (is_str(seq)) {
    Str* s = as_str(seq);
    if (n > 0 && s->s.size() > (size_t(1) << 34) / size_t(n)) return t.raise(t.vm.types.MemoryError, "repeated string is too large");
    std::string out;
    out.reserve(s->s.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i) out += s->s;
    return new_str(t.vm, std::move(out));
  }
  std::vector<Value> src;
  if (is_list(seq))
    src = as_list(seq)->items;
  else
    src.assign(as_tuple(seq)->items(), as_tuple(seq)->items() + as_tuple(seq)->size);
  if (n > 0 && src.size() > (size_t(1) << 31) / size_t(n)) return t.raise(t.vm.types.MemoryError, "repeated sequence is too large");
  std::vector<Value> out;
  out.reserve(src.size() * size_t(n));
  for (int64_t i = 0; i < n; ++i) out.insert(out.end(), src.begin(), src.end());
  if (is_list(seq)) return new_list(t.vm, std::move(out));
  return new_tuple(t.vm, out.data(), int64_t(out.size()));
}

}  // namespace

Value str_percent_format(Thread& t, const Value& fmt, const Value& args);

Value binary_op(Thread& t, BinOp op, const Value& a, const Value& b, bool inplace) {
  if (is_heap_object(a) || is_heap_object(b)) {
    Str** names = t.vm.dunders.binop[int(op)];
    if (inplace) {
      Value m = lookup_special(a, names[2]);
      if (m) {
        Value arg = b;
        Value r = call_special(t, m, a, &arg, 1);
        if (!r || !r.same(t.vm.not_implemented)) return r;
      }
    }
    Value m = lookup_special(a, names[0]);
    if (m) {
      Value arg = b;
      Value r = call_special(t, m, a, &arg, 1);
      if (!r || !r.same(t.vm.not_implemented)) return r;
    }
    m = lookup_special(b, names[1]);
    if (m && !(a.is_obj() && b.is_obj() && a.obj()->type == b.obj()->type)) {
      Value arg = a;
      Value r = call_special(t, m, b, &arg, 1);
      if (!r || !r.same(t.vm.not_implemented)) return r;
    }
    // Neither side's class defines it: the builtin behaviour of the other operand applies
    // (e.g. "%s" % obj), ending in the usual TypeError.
  }
  if (op == BinOp::Or && (is_kind(a, Kind::Type) || is_kind(b, Kind::Type) ||
                          is_kind(a, Kind::Tuple) || is_kind(b, Kind::Tuple))) {
    Value r = type_union(t, a, b);  // int | str
    if (!r || !r.same(t.vm.not_implemented)) return r;
  }
  if ((op == BinOp::And || op == BinOp::Or || op == BinOp::Sub || op == BinOp::Xor) &&
      (is_set_like_view(t, a) || is_set_like_view(t, b)) && !(is_set(a) && is_set(b))) {
    return dict_view_set_op(t, op, a, b);
  }
  bool ai = a.is_int() || a.is_bool() || is_bigint(a);
  bool bi = b.is_int() || b.is_bool() || is_bigint(b);
  if (ai && bi) {
    switch (op) {
      case BinOp::Add:
        return int_binary(t, IntOp::Add, a, b);
      case BinOp::Sub:
        return int_binary(t, IntOp::Sub, a, b);
      case BinOp::Mul:
        return int_binary(t, IntOp::Mul, a, b);
      case BinOp::FloorDiv:
        return int_binary(t, IntOp::FloorDiv, a, b);
      case BinOp::Mod:
        return int_binary(t, IntOp::Mod, a, b);
      case BinOp::LShift:
        return int_binary(t, IntOp::LShift, a, b);
      case BinOp::RShift:
        return int_binary(t, IntOp::RShift, a, b);
      case BinOp::And:
        if (a.is_bool() && b.is_bool()) return Value::boolean(a.as_bool() & b.as_bool());
        return int_binary(t, IntOp::And, a, b);
      case BinOp::Or:
        if (a.is_bool() && b.is_bool()) return Value::boolean(a.as_bool() | b.as_bool());
        return int_binary(t, IntOp::Or, a, b);
      case BinOp::Xor:
        if (a.is_bool() && b.is_bool()) return Value::boolean(a.as_bool() ^ b.as_bool());
        return int_binary(t, IntOp::Xor, a, b);
      case BinOp::Pow:
        if (int_sign(b) >= 0) return int_binary(t, IntOp::Pow, a, b);
        [[fallthrough]];
      case BinOp::TrueDiv: {
        if (op == BinOp::TrueDiv && int_sign(b) == 0)
          return t.raise(t.vm.types.ZeroDivisionError, "division by zero");
        if (!a.is_obj() && !b.is_obj() && std::llabs(a.as_int()) < (int64_t(1) << 53) &&
            std::llabs(b.as_int()) < (int64_t(1) << 53)) {
          return float_binary(t, op, double(a.as_int()), double(b.as_int()));
        }
        if (op == BinOp::TrueDiv) {
          // Big operands: divide exactly as rationals, then round once.
          mpq_t q;
          mpq_init(q);
          mpz_t n, d;
          mpz_init(n);
          mpz_init(d);
          int_to_mpz(a, n);
          int_to_mpz(b, d);
          mpq_set_num(q, n);
          mpq_set_den(q, d);
          mpq_canonicalize(q);
          double r = mpq_get_d(q);
          mpq_clear(q);
          mpz_clear(n);
          mpz_clear(d);
          if (std::isinf(r))
            return t.raise(t.vm.types.OverflowError, "integer division result too large for a float");
          return Value::real(r);
        }
        bool o1, o2;
        double x = int_to_double(t, a, &o1), y = int_to_double(t, b, &o2);
        if (o1 || o2) return t.raise(t.vm.types.OverflowError, "int too large to convert to float");
        return float_binary(t, op, x, y);
      }
      default:
        break;
    }
    return unsupported(t, op, a, b, inplace);
  }
  if ((a.is_float() || ai) && (b.is_float() || bi) && op <= BinOp::Pow) {
    double x, y;
    bool o1 = false, o2 = false;
    x = a.is_float() ? a.as_float() : int_to_double(t, a, &o1);
    y = b.is_float() ? b.as_float() : int_to_double(t, b, &o2);
    if (o1 || o2) return t.raise(t.vm.types.OverflowError, "int too large to convert to float");
    return float_binary(t, op, x, y);
  }
  if (a.is_obj()) {
    Object* x = a.obj();
    switch (x->kind) {
      case Kind::Bytes: {
        Value r = bytes_binary(t, op, a, b, inplace);
        if (r || t.has_pending()) return r;
        break;
      }
      case Kind::Str:
        if (op == BinOp::Add && is_str(b)) {
          const std::string& l = as_str(a)->s;
          const std::string& r = as_str(b)->s;
          if (r.empty()) return a;
          if (l.empty()) return b;
          std::string out;
          out.reserve(l.size() + r.size());
          out += l;
          out += r;
          return new_str(t.vm, std::move(out));
        }
        if (op == BinOp::Mul && bi) return repeat_seq(t, a, b);
        if (op == BinOp::Mod) return str_percent_format(t, a, b);
        break;
      case Kind::List:
        if (op == BinOp::Add && inplace) {
          std::vector<Value> items;
          if (!collect_iterable(t, b, items)) return Value();
          auto& dst = as_list(a)->items;
          for (auto& v : items) dst.push_back(std::move(v));
          return a;
        }
        if (op == BinOp::Add && is_list(b)) {
          std::vector<Value> out = as_list(a)->items;
          out.insert(out.end(), as_list(b)->items.begin(), as_list(b)->items.end());
          return new_list(t.vm, std::move(out));
        }
        if (op == BinOp::Mul && bi) {
          if (inplace) {
            Value r = repeat_seq(t, a, b);
            if (!r) return Value();
            as_list(a)->items = std::move(as_list(r)->items);
            return a;
          }
          return repeat_seq(t, a, b);
        }
        break;
      case Kind::Tuple:
        if (op == BinOp::Add && is_tuple(b)) {
          Tuple *l = as_tuple(a), *r = as_tuple(b);
          Tuple* out = tuple_alloc(t.vm, l->size + r->size);
          for (int64_t i = 0; i < l->size; ++i) (*out)[i] = (*l)[i];
          for (int64_t i = 0; i < r->size; ++i) (*out)[l->size + i] = (*r)[i];
          return Value::steal(out);
        }
        if (op == BinOp::Mul && bi) return repeat_seq(t, a, b);
        break;
      case Kind::Set:
        if (is_set(b)) {
          Set* s = as_set(a);
          bool frozen = s->frozen();
          if (inplace && !frozen) {  // in place as CPython's set_ior/isub/ixor (the layout matters)
            bool ok = true;
            if (op == BinOp::Or) ok = set_update(t, s, b);
            else if (op == BinOp::Sub) ok = set_difference_update(t, s, b);
            else if (op == BinOp::Xor) ok = set_symmetric_difference_update(t, s, b);
            if (op != BinOp::And) return ok ? a : Value();
          }
          Value r;
          switch (op) {
            case BinOp::Or:
              r = set_union(t, s, b, frozen);
              break;
            case BinOp::And:
              r = set_intersection(t, s, b, frozen);
              break;
            case BinOp::Sub:
              r = set_difference(t, s, b, frozen);
              break;
            case BinOp::Xor:
              r = set_symmetric_difference(t, s, b, frozen);
              break;
            default:
              return unsupported(t, op, a, b, inplace);
          }
          if (!r) return Value();
          if (inplace && !frozen) {
            std::swap(s->table, as_set(r)->table);
            std::swap(s->used, as_set(r)->used);
            std::swap(s->fill, as_set(r)->fill);
            return a;
          }
          return r;
        }
        break;
      case Kind::Dict:
        if (op == BinOp::Or && is_dict(b)) {
          if (inplace) {
            if (!dict_update(t, as_dict(a), b)) return Value();
            return a;
          }
          Value r = new_dict(t.vm);
          if (!dict_update(t, as_dict(r), a) || !dict_update(t, as_dict(r), b)) return Value();
          return r;
        }
        break;
      default:
        break;
    }
  }
  if (op == BinOp::Mul && ai && b.is_obj() &&
      (is_str(b) || is_list(b) || is_tuple(b)))
    return repeat_seq(t, b, a);
  return unsupported(t, op, a, b, inplace);
}

// A unary special method of a class defined in script. *found is false when the builtin
// operation should run instead (an instance of a subclass of int that does not override it).
static Value unary_special(Thread& t, const Value& v, Str* name, const char* symbol, bool* found) {
  Value r = try_special(t, v, name, nullptr, 0, found);
  if (*found || v.obj()->kind != Kind::UserInstance) return r;
  *found = true;
  return t.raise(t.vm.types.TypeError, "bad operand type for unary %s: '%s'", symbol, type_name(t, v));
}

Value negate(Thread& t, const Value& v) {
  if (is_heap_object(v)) {
    bool found;
    Value r = unary_special(t, v, t.vm.dunders.__neg__, "-", &found);
    if (found) return r;
  }
  if (v.is_int() || v.is_bool() || is_bigint(v)) return int_negate(t, v);
  if (v.is_float()) return Value::real(-v.as_float());
  return t.raise(t.vm.types.TypeError, "bad operand type for unary -: '%s'", type_name(t, v));
}

Value positive(Thread& t, const Value& v) {
  if (is_heap_object(v)) {
    bool found;
    Value r = unary_special(t, v, t.vm.dunders.__pos__, "+", &found);
    if (found) return r;
    if (is_bigint(v)) return int_from_mpz(t, static_cast<BigInt*>(v.obj())->z);
  }
  if (v.is_bool()) return Value::integer(v.as_int());
  if (v.is_int() || is_bigint(v) || v.is_float()) return v;
  return t.raise(t.vm.types.TypeError, "bad operand type for unary +: '%s'", type_name(t, v));
}

Value invert(Thread& t, const Value& v) {
  if (is_heap_object(v)) {
    bool found;
    Value r = unary_special(t, v, t.vm.dunders.__invert__, "~", &found);
    if (found) return r;
  }
  if (v.is_int() || v.is_bool()) return Value::integer(~v.as_int());
  if (is_bigint(v)) {
    Value neg = int_negate(t, v);
    return int_binary(t, IntOp::Sub, neg, Value::integer(1));
  }
  return t.raise(t.vm.types.TypeError, "bad operand type for unary ~: '%s'", type_name(t, v));
}

// ---------------------------------------------------------------- items

namespace {

Value key_error(Thread& t, const Value& key) {
  return t.raise_value(new_exception(t, t.vm.types.KeyError, new_tuple(t.vm, {key})));
}

Value str_getitem(Thread& t, Str* s, const Value& key) {
  if (is_kind(key, Kind::Slice)) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, static_cast<Slice*>(key.obj()), s->length, &start, &stop, &step, &count))
      return Value();
    if (step == 1) {
      size_t b = utf8_offset(s, start), e = utf8_offset(s, start + count);
      return new_str(t.vm, s->s.substr(b, e - b));
    }
    std::string out;
    if (s->ascii) {
      for (int64_t i = 0, k = start; i < count; ++i, k += step) out += s->s[size_t(k)];
    } else {
      std::vector<size_t> offs;
      for (size_t p = 0; p < s->s.size();) {
        offs.push_back(p);
        utf8_decode(s->s, &p);
      }
      offs.push_back(s->s.size());
      for (int64_t i = 0, k = start; i < count; ++i, k += step)
        out.append(s->s, offs[size_t(k)], offs[size_t(k) + 1] - offs[size_t(k)]);
    }
    return new_str(t.vm, std::move(out));
  }
  int64_t i;
  if (!sequence_index(t, key, s->length, "string", &i)) return Value();
  size_t b = utf8_offset(s, i);
  size_t e = b;
  utf8_decode(s->s, &e);
  return new_str(t.vm, s->s.substr(b, e - b));
}

template <class GetN>
Value seq_slice(Thread& t, Slice* sl, int64_t n, GetN get, bool make_list) {
  int64_t start, stop, step, count;
  if (!slice_indices(t, sl, n, &start, &stop, &step, &count)) return Value();
  std::vector<Value> out;
  out.reserve(size_t(count));
  for (int64_t i = 0, k = start; i < count; ++i, k += step) out.push_back(get(k));
  if (make_list) return new_list(t.vm, std::move(out));
  return new_tuple(t.vm, out.data(), int64_t(out.size()));
}

}  // namespace

Value get_item(Thread& t, const Value& obj, const Value& key, bool builtin) {
  if (!builtin && is_heap_object(obj)) {
    Value k = key;
    bool found;
    Value r = try_special(t, obj, t.vm.dunders.__getitem__, &k, 1, &found);
    if (found) return r;
  }
  if (obj.is_obj()) {
    Object* o = obj.obj();
    switch (o->kind) {
      case Kind::List: {
        auto& items = static_cast<List*>(o)->items;
        if (key.is_int()) {
          int64_t i = key.as_int();
          if (i < 0) i += int64_t(items.size());
          if (i >= 0 && i < int64_t(items.size())) return items[size_t(i)];
          return t.raise(t.vm.types.IndexError, "list index out of range");
        }
        if (is_kind(key, Kind::Slice))
          return seq_slice(t, static_cast<Slice*>(key.obj()), int64_t(items.size()),
                           [&](int64_t k) { return items[size_t(k)]; }, true);
        int64_t i;
        if (!sequence_index(t, key, int64_t(items.size()), "list", &i)) return Value();
        return items[size_t(i)];
      }
      case Kind::Tuple: {
        auto* tup = static_cast<Tuple*>(o);
        if (is_kind(key, Kind::Slice)) {
          Slice* sl = static_cast<Slice*>(key.obj());
          if (sl->start.is_none() && sl->stop.is_none() && sl->step.is_none()) return obj;
          return seq_slice(t, sl, tup->size, [&](int64_t k) { return (*tup)[k]; }, false);
        }
        int64_t i;
        if (!sequence_index(t, key, tup->size, "tuple", &i)) return Value();
        return (*tup)[i];
      }
      case Kind::Str:
        return str_getitem(t, static_cast<Str*>(o), key);
      case Kind::Bytes:
        return bytes_get_item(t, obj, key);
      case Kind::Dict: {
        Value v = static_cast<Dict*>(o)->get(t, key);
        if (v) return v;
        if (t.has_pending()) return Value();
        if (o->type->heap) {  // a dict subclass may supply missing keys
          Value missing = lookup_special(obj, t.vm.intern("__missing__"));
          if (missing) {
            Value k = key;
            return call_special(t, missing, obj, &k, 1);
          }
        }
        return key_error(t, key);
      }
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        if (is_kind(key, Kind::Slice)) {
          int64_t start, stop, step, count;
          if (!slice_indices(t, static_cast<Slice*>(key.obj()), r->length, &start, &stop, &step,
                             &count))
            return Value();
          // CPython builds the new range from the slice's resolved start and stop.
          return new_range(t, r->start + start * r->step, r->start + stop * r->step, r->step * step);
        }
        int64_t i;
        if (!sequence_index(t, key, r->length, "range object", &i)) return Value();
        return Value::integer(r->start + i * r->step);
      }
      case Kind::Type: {
        // A class with __class_getitem__ (implicitly a class method); list[int] and friends:
        // generic aliases are accepted and ignored.
        auto* ty = static_cast<Type*>(o);
        if (ty->heap) {
          Value hook = type_lookup(ty, t.vm.dunders.__class_getitem__);
          if (hook) {
            Value bound = bind_class_attribute(t, hook, Value(), ty);
            return bound ? call1(t, bound, key) : Value();
          }
        }
        return obj;
      }
      default:
        break;
    }
  }
  return t.raise(t.vm.types.TypeError, "'%s' object is not subscriptable", type_name(t, obj));
}

bool set_item(Thread& t, const Value& obj, const Value& key, Value v, bool builtin) {
  if (!builtin && is_heap_object(obj)) {
    Value args[2] = {key, std::move(v)};
    bool found;
    Value r = try_special(t, obj, t.vm.dunders.__setitem__, args, 2, &found);
    if (found) return bool(r);
    v = std::move(args[1]);
  }
  if (is_bytearray(t.vm, obj)) return bytearray_set_item(t, obj, key, std::move(v));
  if (is_list(obj)) {
    auto& items = as_list(obj)->items;
    if (is_kind(key, Kind::Slice)) {
      int64_t start, stop, step, count;
      if (!slice_indices(t, static_cast<Slice*>(key.obj()), int64_t(items.size()), &start, &stop,
                         &step, &count))
        return false;
      std::vector<Value> src;
      if (!collect_iterable(t, v, src)) return false;
      if (step == 1) {
        if (stop < start) stop = start;
        std::vector<Value> old(items.begin() + start, items.begin() + stop);
        items.erase(items.begin() + start, items.begin() + stop);
        items.insert(items.begin() + start, src.begin(), src.end());
        return true;
      }
      if (int64_t(src.size()) != count) {
        t.raise(t.vm.types.ValueError,
                "attempt to assign sequence of size %zu to extended slice of size %lld",
                src.size(), (long long)count);
        return false;
      }
      for (int64_t i = 0, k = start; i < count; ++i, k += step) items[size_t(k)] = src[size_t(i)];
      return true;
    }
    int64_t i;
    if (!key.is_int() && !key.is_bool() && !is_bigint(key)) {
      t.raise(t.vm.types.TypeError, "list indices must be integers or slices, not %s",
              type_name(t, key));
      return false;
    }
    if (!sequence_index(t, key, int64_t(items.size()), "list assignment", &i)) return false;
    Value old = std::move(items[size_t(i)]);
    items[size_t(i)] = std::move(v);
    return true;
  }
  if (is_dict(obj)) return as_dict(obj)->set(t, key, std::move(v)) == 0;
  t.raise(t.vm.types.TypeError, "'%s' object does not support item assignment", type_name(t, obj));
  return false;
}

bool del_item(Thread& t, const Value& obj, const Value& key, bool builtin) {
  if (!builtin && is_heap_object(obj)) {
    Value k = key;
    bool found;
    Value r = try_special(t, obj, t.vm.dunders.__delitem__, &k, 1, &found);
    if (found) return bool(r);
  }
  if (is_bytearray(t.vm, obj)) return bytearray_del_item(t, obj, key);
  if (is_list(obj)) {
    auto& items = as_list(obj)->items;
    if (is_kind(key, Kind::Slice)) {
      int64_t start, stop, step, count;
      if (!slice_indices(t, static_cast<Slice*>(key.obj()), int64_t(items.size()), &start, &stop,
                         &step, &count))
        return false;
      std::vector<Value> removed;
      if (step < 0) {
        start = start + (count - 1) * step;
        step = -step;
      }
      std::vector<Value> kept;
      for (int64_t i = 0, k = start; i < int64_t(items.size()); ++i) {
        if (count > 0 && i == k) {
          removed.push_back(std::move(items[size_t(i)]));
          --count;
          k += step;
        } else {
          kept.push_back(std::move(items[size_t(i)]));
        }
      }
      items = std::move(kept);
      return true;
    }
    int64_t i;
    if (!sequence_index(t, key, int64_t(items.size()), "list assignment", &i)) return false;
    Value old = std::move(items[size_t(i)]);
    items.erase(items.begin() + i);
    return true;
  }
  if (is_dict(obj)) {
    int r = as_dict(obj)->del(t, key);
    if (r < 0) return false;
    if (r == 0) {
      key_error(t, key);
      return false;
    }
    return true;
  }
  t.raise(t.vm.types.TypeError, "'%s' object doesn't support item deletion", type_name(t, obj));
  return false;
}

int contains(Thread& t, const Value& container, const Value& item, bool builtin) {
  if (!builtin && is_heap_object(container)) {
    Value i = item;
    bool found;
    Value r = try_special(t, container, t.vm.dunders.__contains__, &i, 1, &found);
    if (found) return r ? truthy(t, r) : -1;
  }
  if (container.is_obj()) {
    Object* o = container.obj();
    switch (o->kind) {
      case Kind::List: {
        std::vector<Value> items = static_cast<List*>(o)->items;
        for (auto& v : items) {
          int r = equals(t, v, item);
          if (r) return r;
        }
        return 0;
      }
      case Kind::Tuple: {
        auto* tup = static_cast<Tuple*>(o);
        for (int64_t i = 0; i < tup->size; ++i) {
          int r = equals(t, (*tup)[i], item);
          if (r) return r;
        }
        return 0;
      }
      case Kind::Bytes:
        return bytes_contains(t, static_cast<Bytes*>(o), item);
      case Kind::Str:
        if (!is_str(item)) {
          t.raise(t.vm.types.TypeError, "'in <string>' requires string as left operand, not %s",
                  type_name(t, item));
          return -1;
        }
        return static_cast<Str*>(o)->s.find(as_str(item)->s) != std::string::npos;
      case Kind::Dict: {
        Value v = static_cast<Dict*>(o)->get(t, item);
        if (v) return 1;
        return t.has_pending() ? -1 : 0;
      }
      case Kind::Set:
        return static_cast<Set*>(o)->contains(t, item);
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        if (item.is_int() || item.is_bool()) {
          int64_t v = item.as_int();
          if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
            return 0;
          return (v - r->start) % r->step == 0;
        }
        break;  // generic path compares by equality
      }
      case Kind::Iterator:
        if (o->type == t.vm.types.dict_keys) {
          Value v = as_dict(static_cast<Iterator*>(o)->src)->get(t, item);
          if (v) return 1;
          return t.has_pending() ? -1 : 0;
        }
        break;
      default:
        break;
    }
  }
  Value it = get_iter(t, container);
  if (!it) {
    if (t.pending_is(t.vm.types.TypeError)) {
      t.clear_pending();
      t.raise(t.vm.types.TypeError, "argument of type '%s' is not iterable",
              type_name(t, container));
    }
    return -1;
  }
  while (true) {
    Value v = iter_next(t, it);
    if (!v) return t.has_pending() ? -1 : 0;
    int r = equals(t, v, item);
    if (r) return r;
  }
}

int64_t length(Thread& t, const Value& v, bool builtin) {
  if (!builtin && is_heap_object(v)) {
    bool found;
    Value r = try_special(t, v, t.vm.dunders.__len__, nullptr, 0, &found);
    if (found) {
      if (!r) return -1;
      if (!r.is_int() && !r.is_bool()) {
        t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, r));
        return -1;
      }
      if (r.as_int() < 0) {
        t.raise(t.vm.types.ValueError, "__len__() should return >= 0");
        return -1;
      }
      return r.as_int();
    }
  }
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->kind) {
      case Kind::Str:
        return static_cast<Str*>(o)->length;
      case Kind::Bytes:
        return int64_t(static_cast<Bytes*>(o)->data.size());
      case Kind::List:
        return int64_t(static_cast<List*>(o)->items.size());
      case Kind::Tuple:
        return static_cast<Tuple*>(o)->size;
      case Kind::Dict:
        return static_cast<Dict*>(o)->used;
      case Kind::Set:
        return static_cast<Set*>(o)->used;
      case Kind::Range:
        return static_cast<Range*>(o)->length;
      case Kind::Iterator:
        if (o->type == t.vm.types.dict_keys || o->type == t.vm.types.dict_values ||
            o->type == t.vm.types.dict_items)
          return as_dict(static_cast<Iterator*>(o)->src)->used;
        break;
      default:
        break;
    }
  }
  t.raise(t.vm.types.TypeError, "object of type '%s' has no len()", type_name(t, v));
  return -1;
}

// ---------------------------------------------------------------- iteration

Value get_iter(Thread& t, const Value& v, bool builtin) {
  if (is_kind(v, Kind::Generator)) return v;
  if (Value m = lookup_native_special(v, t.vm.dunders.__iter__)) {  // a channel
    Value self = v;
    return call(t, m, &self, 1);
  }
  if (!builtin && is_heap_object(v)) {
    bool found;
    Value r = try_special(t, v, t.vm.dunders.__iter__, nullptr, 0, &found);
    if (found) {
      if (r && !is_kind(r, Kind::Iterator) && !is_kind(r, Kind::Generator) &&
          !lookup_special(r, t.vm.dunders.__next__))
        return t.raise(t.vm.types.TypeError, "iter() returned non-iterator of type '%s'", type_name(t, r));
      return r;
    }
    if (lookup_special(v, t.vm.dunders.__getitem__)) {
      // The old sequence protocol: v[0], v[1], ... until IndexError.
      Iterator* it = iterator_alloc(t, IterKind::Seq, Value());
      it->func = v;
      return Value::steal(it);
    }
  }
  if (v.is_obj()) {
    Object* o = v.obj();
    switch (o->kind) {
      case Kind::List:
      case Kind::Tuple:
      case Kind::Str:
      case Kind::Bytes:
        return Value::steal(iterator_alloc(t, IterKind::Seq, v));
      case Kind::Range: {
        auto* r = static_cast<Range*>(o);
        Iterator* it = iterator_alloc(t, IterKind::Range, Value());
        it->pos = r->start;
        it->step = r->step;
        it->stop = r->length;
        return Value::steal(it);
      }
      case Kind::Dict: {
        Iterator* it = iterator_alloc(t, IterKind::DictKeys, v);
        it->stop = static_cast<Dict*>(o)->used;
        return Value::steal(it);
      }
      case Kind::Set: {
        Iterator* it = iterator_alloc(t, IterKind::Set, v);
        it->stop = static_cast<Set*>(o)->used;
        return Value::steal(it);
      }
      case Kind::Iterator: {
        auto* view = static_cast<Iterator*>(o);
        if (o->type == t.vm.types.dict_keys || o->type == t.vm.types.dict_values ||
            o->type == t.vm.types.dict_items) {
          Iterator* it = iterator_alloc(t, view->ikind(), view->src);
          it->stop = as_dict(view->src)->used;
          return Value::steal(it);
        }
        return v;
      }
      default:
        break;
    }
  }
  return t.raise(t.vm.types.TypeError, "'%s' object is not iterable", type_name(t, v));
}

Value iter_next(Thread& t, const Value& it, Value* stop_value) {
  if (is_kind(it, Kind::Generator)) {
    Value out;
    GenResult r = gen_send(t, static_cast<Generator*>(it.obj()), Value::none(), &out);
    if (r == GenResult::Yielded) return out;
    if (r == GenResult::Error && t.pending_is(t.vm.types.StopIteration)) t.clear_pending();
    return Value();  // exhausted (or an error is pending)
  }
  if (is_heap_object(it)) {
    bool found;
    Value r = try_special(t, it, t.vm.dunders.__next__, nullptr, 0, &found);
    if (found) {
      if (!r && t.pending_is(t.vm.types.StopIteration)) {  // exhausted
        Value stop = t.take_pending();
        if (stop_value && is_exception(stop)) {
          Tuple* args = as_tuple(static_cast<Exception*>(stop.obj())->args);
          *stop_value = args->size ? (*args)[0] : Value::none();
        }
      }
      return r;
    }
  }
  if (is_kind(it, Kind::Iterator) && it.obj()->type->is_iterator)
    return iterator_next(t, static_cast<Iterator*>(it.obj()));
  if (Value m = lookup_native_special(it, t.vm.dunders.__next__)) {  // a channel
    Value self = it;
    Value r = call(t, m, &self, 1);
    if (!r && t.pending_is(t.vm.types.StopIteration)) t.clear_pending();
    return r;
  }
  return t.raise(t.vm.types.TypeError, "'%s' object is not an iterator", type_name(t, it));
}

bool to_index(Thread& t, const Value& v, int64_t* out, const char* what) {
  if (int_fits(v, out)) return true;
  if (is_heap_object(v) && v.obj()->kind == Kind::UserInstance) {
    Value m = lookup_special(v, t.vm.dunders.__index__);
    if (m) {
      Value r = call_special(t, m, v, nullptr, 0);
      if (!r) return false;
      if (int_fits(r, out)) return true;
      if (!is_bigint(r)) {
        t.raise(t.vm.types.TypeError, "__index__ returned non-int (type %s)", type_name(t, r));
        return false;
      }
      t.raise(t.vm.types.OverflowError, "Python int too large to convert to C ssize_t");
      return false;
    }
  }
  if (is_bigint(v)) {
    t.raise(t.vm.types.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer",
          type_name(t, v));
  return false;
}

}  // namespace eddy
