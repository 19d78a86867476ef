// int (small unboxed + GMP-backed BigInt) and float arithmetic helpers, hashing and repr.
//
// Python semantics kept here: floor division and modulo round toward negative infinity; hash(n)
// is n modulo the Mersenne prime 2**61-1 (so equal ints and floats hash alike); float repr is
// the shortest string that round-trips, in fixed notation for exponents in [-4, 16).
#include "runtime/objects/int.h"

#include <algorithm>

#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"

#include "runtime/objects/classes.h"

#include <charconv>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "runtime/native.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

BigInt::BigInt(Type* t) : Object(Kind::BigInt, t) { mpz_init(z); }
BigInt::~BigInt() { mpz_clear(z); }

bool int_fits(const Value& v, int64_t* out) {
  if (v.is_int() || v.is_bool()) {
    *out = v.as_int();
    return true;
  }
  if (!is_bigint(v) || !mpz_fits_slong_p(static_cast<BigInt*>(v.obj())->z)) return false;
  *out = mpz_get_si(static_cast<BigInt*>(v.obj())->z);
  return true;
}

Value int_from_mpz(Thread& t, const mpz_t z) {
  if (mpz_fits_slong_p(z)) return Value::integer(mpz_get_si(z));
  auto* b = new BigInt(t.vm.types.int_);
  mpz_set(b->z, z);
  return Value::steal(b);
}

void int_to_mpz(const Value& v, mpz_t z) {
  if (v.is_int() || v.is_bool())
    mpz_set_si(z, v.as_int());
  else
    mpz_set(z, static_cast<BigInt*>(v.obj())->z);
}

namespace {
// An mpz view of any int-like Value, for the slow paths.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(const Value& v) {
    mpz_init(z);
    int_to_mpz(v, z);
  }
  ~Mpz() { mpz_clear(z); }
};

int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
}  // namespace

Value int_binary(Thread& t, IntOp op, const Value& a, const Value& b) {
  bool small = !a.is_obj() && !b.is_obj();
  if (small) {
    int64_t x = a.as_int(), y = b.as_int(), r;
    switch (op) {
      case IntOp::Add:
        if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r);
        break;
      case IntOp::Sub:
        if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
        break;
      case IntOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
        break;
      case IntOp::FloorDiv:
        if (y == 0) return t.raise(t.vm.types.ZeroDivisionError, "integer division or modulo by zero");
        if (!(x == INT64_MIN && y == -1)) return Value::integer(floor_div(x, y));
        break;
      case IntOp::Mod:
        if (y == 0) return t.raise(t.vm.types.ZeroDivisionError, "integer modulo by zero");
        if (y == -1) return Value::integer(0);
        return Value::integer(floor_mod(x, y));
      case IntOp::And:
        return Value::integer(x & y);
      case IntOp::Or:
        return Value::integer(x | y);
      case IntOp::Xor:
        return Value::integer(x ^ y);
      case IntOp::LShift:
        if (y < 0) return t.raise(t.vm.types.ValueError, "negative shift count");
        if (x == 0) return Value::integer(0);
        if (y < 63) {
          int64_t shifted = int64_t(uint64_t(x) << y);
          if ((shifted >> y) == x) return Value::integer(shifted);
        }
        break;
      case IntOp::RShift:
        if (y < 0) return t.raise(t.vm.types.ValueError, "negative shift count");
        return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
      case IntOp::Pow: {
        if (y < 0) break;  // handled by the caller (float result)
        int64_t result = 1, base = x, e = y;
        bool overflow = false;
        while (e > 0) {
          if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
          e >>= 1;
          if (e > 0) overflow |= __builtin_mul_overflow(base, base, &base);
          if (overflow) break;
        }
        if (!overflow) return Value::integer(result);
        break;
      }
    }
  }
  // Slow path: arbitrary precision.
  Mpz x(a), y(b), r;
  switch (op) {
    case IntOp::Add:
      mpz_add(r.z, x.z, y.z);
      break;
    case IntOp::Sub:
      mpz_sub(r.z, x.z, y.z);
      break;
    case IntOp::Mul:
      mpz_mul(r.z, x.z, y.z);
      break;
    case IntOp::FloorDiv:
      if (mpz_sgn(y.z) == 0)
        return t.raise(t.vm.types.ZeroDivisionError, "integer division or modulo by zero");
      mpz_fdiv_q(r.z, x.z, y.z);
      break;
    case IntOp::Mod:
      if (mpz_sgn(y.z) == 0) return t.raise(t.vm.types.ZeroDivisionError, "integer modulo by zero");
      mpz_fdiv_r(r.z, x.z, y.z);
      break;
    case IntOp::And:
      mpz_and(r.z, x.z, y.z);
      break;
    case IntOp::Or:
      mpz_ior(r.z, x.z, y.z);
      break;
    case IntOp::Xor:
      mpz_xor(r.z, x.z, y.z);
      break;
    case IntOp::LShift:
    case IntOp::RShift: {
      if (mpz_sgn(y.z) < 0) return t.raise(t.vm.types.ValueError, "negative shift count");
      if (!mpz_fits_ulong_p(y.z)) {
        if (op == IntOp::RShift) return Value::integer(mpz_sgn(x.z) < 0 ? -1 : 0);
        if (mpz_sgn(x.z) == 0) return Value::integer(0);
        return t.raise(t.vm.types.OverflowError, "too many digits in integer");
      }
      unsigned long n = mpz_get_ui(y.z);
      if (op == IntOp::LShift) {
        if (n > (1ul << 32)) return t.raise(t.vm.types.OverflowError, "too many digits in integer");
        mpz_mul_2exp(r.z, x.z, n);
      } else {
        mpz_fdiv_q_2exp(r.z, x.z, n);
      }
      break;
    }
    case IntOp::Pow: {
      if (!mpz_fits_ulong_p(y.z) || mpz_get_ui(y.z) > (1ul << 32)) {
        if (mpz_cmpabs_ui(x.z, 1) <= 0) {
          // 0, 1 and -1 to a huge power stay small.
          if (mpz_sgn(x.z) == 0) return Value::integer(0);
          if (mpz_cmp_si(x.z, 1) == 0) return Value::integer(1);
          return Value::integer(mpz_odd_p(y.z) ? -1 : 1);
        }
        return t.raise(t.vm.types.OverflowError, "exponent too large");
      }
      mpz_pow_ui(r.z, x.z, mpz_get_ui(y.z));
      break;
    }
  }
  return int_from_mpz(t, r.z);
}

Value int_negate(Thread& t, const Value& a) {
  if (!a.is_obj() && a.as_int() != INT64_MIN) return Value::integer(-a.as_int());
  Mpz x(a);
  mpz_neg(x.z, x.z);
  return int_from_mpz(t, x.z);
}

int int_compare(const Value& a, const Value& b) {
  if (!a.is_obj() && !b.is_obj()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int();
  Mpz x(a), y(b);
  int c = mpz_cmp(x.z, y.z);
  return c < 0 ? -1 : c > 0;
}

int int_sign(const Value& a) {
  if (!a.is_obj()) return a.as_int() < 0 ? -1 : a.as_int() > 0;
  return mpz_sgn(static_cast<BigInt*>(a.obj())->z);
}

double int_to_double(Thread& t, const Value& a, bool* overflow) {
  *overflow = false;
  if (!a.is_obj()) return double(a.as_int());
  const mpz_t& z = static_cast<BigInt*>(a.obj())->z;
  if (mpz_sizeinbase(z, 2) > 1024) {
    *overflow = true;
    return 0;
  }
  // Correct rounding: convert through a decimal string (exact for the conversion).
  char* s = mpz_get_str(nullptr, 10, z);
  double d = strtod(s, nullptr);
  void (*freefunc)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefunc);
  freefunc(s, strlen(s) + 1);
  if (std::isinf(d)) *overflow = true;
  return d;
}

std::string int_to_string(const Value& a, int base) {
  if (!a.is_obj() && base == 10) return std::to_string(a.as_int());
  Mpz x(a);
  std::string out(mpz_sizeinbase(x.z, base) + 2, '\0');
  mpz_get_str(out.data(), base, x.z);
  out.resize(strlen(out.c_str()));
  return out;
}

Value int_from_string(Thread& t, std::string_view text, int base, bool literal) {
  auto fail = [&]() -> Value {
    std::string r;
    str_repr_into(r, text);
    return t.raise(t.vm.types.ValueError, "invalid literal for int() with base %d: %s", base,
                   r.c_str());
  };
  size_t i = 0, n = text.size();
  while (i < n && isspace(static_cast<unsigned char>(text[i]))) ++i;
  while (n > i && isspace(static_cast<unsigned char>(text[n - 1]))) --n;
  bool neg = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) {
    neg = text[i] == '-';
    ++i;
  }
  int b = base;
  if (i + 1 < n && text[i] == '0') {
    char p = char(tolower(text[i + 1]));
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      b = pb;
      i += 2;
      if (i < n && text[i] == '_') ++i;
    }
  }
  if (b == 0) {
    b = 10;
    // base 0: a decimal literal may not have leading zeros ("010")
    size_t j = i;
    bool nonzero = false, leading_zero = j < n && text[j] == '0';
    for (; j < n; ++j)
      if (text[j] != '0' && text[j] != '_') nonzero = true;
    if (leading_zero && nonzero) return fail();
  }
  std::string digits;
  bool prev_us = true;  // no leading underscore
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '_') {
      if (prev_us) return fail();
      prev_us = true;
      continue;
    }
    int d = isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : isalpha(static_cast<unsigned char>(c)) ? tolower(c) - 'a' + 10
                                                      : 99;
    if (d >= b) return fail();
    digits += c;
    prev_us = false;
  }
  if (digits.empty() || prev_us) return fail();
  (void)literal;
  if (digits.size() < 18 && b <= 10) {
    int64_t v = 0;
    for (char c : digits) v = v * b + (c - '0');
    return Value::integer(neg ? -v : v);
  }
  Mpz r;
  mpz_set_str(r.z, digits.c_str(), b);
  if (neg) mpz_neg(r.z, r.z);
  return int_from_mpz(t, r.z);
}

static constexpr int64_t kHashModulus = (int64_t(1) << 61) - 1;

int64_t int_hash(const Value& a) {
  if (!a.is_obj()) {
    int64_t x = a.as_int();
    int64_t h;
    if (x >= 0)
      h = x % kHashModulus;
    else
      h = -((-(x + 1)) % kHashModulus + 1) % kHashModulus;  // avoid -INT64_MIN overflow
    if (x < 0 && h == 0 && x != 0) h = 0;
    return h == -1 ? -2 : h;
  }
  Mpz x(a);
  int sign = mpz_sgn(x.z);
  mpz_abs(x.z, x.z);
  Mpz m;
  mpz_set_si(m.z, kHashModulus);
  mpz_mod(x.z, x.z, m.z);
  int64_t h = mpz_get_si(x.z) * sign;
  return h == -1 ? -2 : h;
}

int64_t float_hash(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;  // CPython hashes NaN by identity; 0 is a valid stand-in
  int e;
  double m = frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & uint64_t(kHashModulus)) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= uint64_t(kHashModulus)) x -= uint64_t(kHashModulus);
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & uint64_t(kHashModulus)) | x >> (61 - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  // sci is like "-1.2345e+02" or "5e-07": split into sign, digits and exponent.
  bool neg = sci[0] == '-';
  size_t p = neg ? 1 : 0;
  size_t epos = sci.find('e');
  std::string digits;
  for (size_t i = p; i < epos; ++i)
    if (sci[i] != '.') digits += sci[i];
  int exp10 = atoi(sci.c_str() + epos + 1);
  std::string out = neg ? "-" : "";
  if (exp10 >= -4 && exp10 < 16) {
    if (exp10 >= 0) {
      if (int(digits.size()) <= exp10 + 1) {
        out += digits + std::string(size_t(exp10 + 1 - int(digits.size())), '0') + ".0";
      } else {
        out += digits.substr(0, size_t(exp10 + 1)) + "." + digits.substr(size_t(exp10 + 1));
      }
    } else {
      out += "0." + std::string(size_t(-exp10 - 1), '0') + digits;
    }
  } else {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char e[16];
    snprintf(e, sizeof e, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    out += e;
  }
  return out;
}

Value int_from_double(Thread& t, double d) {
  if (std::isinf(d)) return t.raise(t.vm.types.OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return t.raise(t.vm.types.ValueError, "cannot convert float NaN to integer");
  double tr = std::trunc(d);
  if (tr >= -9.2e18 && tr <= 9.2e18) return Value::integer(int64_t(tr));
  Mpz r;
  mpz_set_d(r.z, tr);
  return int_from_mpz(t, r.z);
}

// ---- the int and float types ----

namespace {

Value int_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "int", args, nargs, kw, {"x", "base"}, 0, a)) return Value();
  if (a[0].is_null()) {
    if (!a[1].is_null()) return t.raise(t.vm.types.TypeError, "int() missing string argument");
    return Value::integer(0);
  }
  const Value& x = a[0];
  if (!a[1].is_null()) {
    int64_t base;
    if (!to_index(t, a[1], &base)) return Value();
    if (!is_str(x))
      return t.raise(t.vm.types.TypeError, "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36))
      return t.raise(t.vm.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
    return int_from_string(t, as_str(x)->s, int(base));
  }
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::integer(x.as_int());
  if (x.is_obj() && x.obj()->type->heap) {
    // __int__, then __index__, of a class defined in script; an int subclass's own value.
    for (Str* hook : {t.vm.dunders.__int__, t.vm.dunders.__index__}) {
      Value m = lookup_special(x, hook);
      if (!m) continue;
      Value r = call_special(t, m, x, nullptr, 0);
      if (!r) return Value();
      if (!r.is_int() && !r.is_bool() && !is_bigint(r))
        return t.raise(t.vm.types.TypeError, "%s returned non-int (type %s)", hook->s.c_str(),
                       type_name(t, r));
      return r.is_bool() ? Value::integer(r.as_int()) : is_bigint(r) ? int_from_mpz(t, static_cast<BigInt*>(r.obj())->z) : r;
    }
    if (is_bigint(x)) return int_from_mpz(t, static_cast<BigInt*>(x.obj())->z);
  }
  if (is_bigint(x)) return x;
  if (x.is_float()) return int_from_double(t, x.as_float());
  if (is_str(x)) return int_from_string(t, as_str(x)->s, 10);
  return t.raise(t.vm.types.TypeError,
                 "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 type_name(t, x));
}

Value int_bit_length(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "bit_length", nargs - 1, 0, 0)) return Value();
  const Value& v = args[0];
  if (!v.is_obj()) {
    uint64_t x = v.as_int() < 0 ? uint64_t(-(v.as_int() + 1)) + 1 : uint64_t(v.as_int());
    return Value::integer(x == 0 ? 0 : 64 - __builtin_clzll(x));
  }
  Mpz x(v);
  return Value::integer(int64_t(mpz_sizeinbase(x.z, 2)));
}

// int.bit_count(): the number of ones in the binary form of abs(self).
Value int_bit_count(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "bit_count", nargs - 1, 0, 0)) return Value();
  const Value& v = args[0];
  if (!v.is_obj()) {
    int64_t x = v.as_int();
    return Value::integer(__builtin_popcountll(x < 0 ? uint64_t(-(x + 1)) + 1 : uint64_t(x)));
  }
  Mpz x(v);
  mpz_abs(x.z, x.z);
  return Value::integer(int64_t(mpz_popcount(x.z)));
}

Value int_as_integer_ratio(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "as_integer_ratio", nargs - 1, 0, 0)) return Value();
  Value self = args[0].is_bool() ? Value::integer(args[0].as_int()) : args[0];
  return new_tuple(t.vm, {self, Value::integer(1)});
}

Value int_conjugate(Thread& t, Value* args, int nargs, Tuple*) {
  return args[0].is_bool() ? Value::integer(args[0].as_int()) : args[0];
}

bool parse_float(std::string_view text, double* out) {
  size_t i = 0, n = text.size();
  while (i < n && isspace(static_cast<unsigned char>(text[i]))) ++i;
  while (n > i && isspace(static_cast<unsigned char>(text[n - 1]))) --n;
  std::string s;
  char prev = 0;
  for (size_t k = i; k < n; ++k) {
    char c = text[k];
    if (c == '_') {
      if (!isdigit(static_cast<unsigned char>(prev)) || k + 1 >= n ||
          !isdigit(static_cast<unsigned char>(text[k + 1])))
        return false;
    } else {
      s += c;
    }
    prev = c;
  }
  if (s.empty()) return false;
  std::string lower;
  for (char c : s) lower += char(tolower(c));
  std::string body = lower;
  double sign = 1;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    sign = body[0] == '-' ? -1 : 1;
    body = body.substr(1);
  }
  if (body == "inf" || body == "infinity") {
    *out = sign * HUGE_VAL;
    return true;
  }
  if (body == "nan") {
    *out = std::copysign(NAN, sign);
    return true;
  }
  for (char c : body)
    if (!(isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == '+' || c == '-'))
      return false;
  char* end = nullptr;
  *out = strtod(s.c_str(), &end);
  return end && *end == '\0';
}

Value float_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "float", kw) || !check_nargs(t, "float", nargs, 0, 1)) return Value();
  if (nargs == 0) return Value::real(0.0);
  const Value& x = args[0];
  if (x.is_float()) return x;
  if (x.is_obj() && x.obj()->type->heap && !is_str(x)) {  // __float__, then __index__
    for (Str* hook : {t.vm.dunders.__float__, t.vm.dunders.__index__}) {
      Value m = lookup_special(x, hook);
      if (!m) continue;
      Value r = call_special(t, m, x, nullptr, 0);
      if (!r) return Value();
      if (hook == t.vm.dunders.__float__ && !r.is_float())
        return t.raise(t.vm.types.TypeError, "%s.__float__ returned non-float (type %s)",
                       type_name(t, x), type_name(t, r));
      if (r.is_float()) return r;
      return float_construct(t, type, &r, 1, nullptr);
    }
  }
  if (is_intlike(x)) {
    bool overflow;
    double d = int_to_double(t, x, &overflow);
    if (overflow) return t.raise(t.vm.types.OverflowError, "int too large to convert to float");
    return Value::real(d);
  }
  if (is_str(x)) {
    double d;
    if (!parse_float(as_str(x)->s, &d)) {
      std::string r;
      str_repr_into(r, as_str(x)->s);
      return t.raise(t.vm.types.ValueError, "could not convert string to float: %s", r.c_str());
    }
    return Value::real(d);
  }
  return t.raise(t.vm.types.TypeError,
                 "float() argument must be a string or a real number, not '%s'", type_name(t, x));
}

// float.as_integer_ratio(): the exact fraction, lowest terms, positive denominator.
// int.to_bytes(length=1, byteorder="big", *, signed=False).
Value int_to_bytes(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(t, "to_bytes", args + 1, nargs - 1, kw, {"length", "byteorder", "*signed"}, 0, a))
    return Value();
  int64_t length = 1;
  if (a[0] && !to_index(t, a[0], &length)) return Value();
  if (length < 0) return t.raise(t.vm.types.ValueError, "length argument must be non-negative");
  std::string order = a[1] && is_str(a[1]) ? as_str(a[1])->s : "big";
  if (order != "big" && order != "little")
    return t.raise(t.vm.types.ValueError, "byteorder must be either 'little' or 'big'");
  bool is_signed = a[2] && truthy(t, a[2]) == 1;
  mpz_t z, m;
  mpz_init(z);
  mpz_init(m);
  int_to_mpz(args[0], z);
  if (mpz_sgn(z) < 0 && !is_signed) {
    mpz_clear(z);
    mpz_clear(m);
    return t.raise(t.vm.types.OverflowError, "can't convert negative int to unsigned");
  }
  // The bits the value needs (with a sign bit when signed: a negative -n needs those of n-1),
  // then two's complement in `length` bytes: z mod 2^(8*length).
  size_t bits = 0;
  if (mpz_sgn(z) > 0) {
    bits = mpz_sizeinbase(z, 2) + (is_signed ? 1 : 0);
  } else if (mpz_sgn(z) < 0) {
    mpz_abs(m, z);
    mpz_sub_ui(m, m, 1);
    bits = (mpz_sgn(m) == 0 ? 0 : mpz_sizeinbase(m, 2)) + 1;
  }
  if (bits > size_t(length) * 8) {
    mpz_clear(z);
    mpz_clear(m);
    return t.raise(t.vm.types.OverflowError, "int too big to convert");
  }
  std::string out(size_t(length), '\0');
  if (mpz_sgn(z) < 0) {
    mpz_set_ui(m, 1);
    mpz_mul_2exp(m, m, mp_bitcnt_t(length * 8));
    mpz_add(z, z, m);
  }
  size_t count = 0;
  std::string raw((mpz_sizeinbase(z, 256) + 1), '\0');
  mpz_export(raw.data(), &count, -1, 1, 0, 0, z);  // little-endian bytes
  for (size_t i = 0; i < count && i < size_t(length); ++i) out[i] = raw[i];
  if (order == "big") std::reverse(out.begin(), out.end());
  mpz_clear(z);
  mpz_clear(m);
  return new_bytes(t.vm, std::move(out));
}

// int.from_bytes(bytes, byteorder="big", *, signed=False), a class method.
Value int_from_bytes(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(t, "from_bytes", args + 1, nargs - 1, kw, {"bytes", "byteorder", "*signed"}, 1, a))
    return Value();
  std::string data;
  if (is_bytes_like(a[0])) {
    data = as_bytes(a[0])->data;
  } else {
    std::vector<Value> items;
    if (!collect_iterable(t, a[0], items)) return Value();
    for (auto& v : items) {
      if (!v.is_int() || v.as_int() < 0 || v.as_int() > 255)
        return t.raise(t.vm.types.ValueError, "bytes must be in range(0, 256)");
      data += char(v.as_int());
    }
  }
  std::string order = a[1] && is_str(a[1]) ? as_str(a[1])->s : "big";
  if (order != "big" && order != "little")
    return t.raise(t.vm.types.ValueError, "byteorder must be either 'little' or 'big'");
  bool is_signed = a[2] && truthy(t, a[2]) == 1;
  if (order == "little") std::reverse(data.begin(), data.end());
  mpz_t z;
  mpz_init(z);
  if (!data.empty()) mpz_import(z, data.size(), 1, 1, 0, 0, data.data());
  if (is_signed && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    mpz_t m;
    mpz_init_set_ui(m, 1);
    mpz_mul_2exp(m, m, mp_bitcnt_t(data.size() * 8));
    mpz_sub(z, z, m);
    mpz_clear(m);
  }
  Value r = int_from_mpz(t, z);
  mpz_clear(z);
  return r;
}

Value float_as_integer_ratio(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "as_integer_ratio", nargs - 1, 0, 0)) return Value();
  double d = args[0].as_float();
  if (std::isinf(d)) return t.raise(t.vm.types.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return t.raise(t.vm.types.ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, mp_bitcnt_t(e));
  else mpz_mul_2exp(den, den, mp_bitcnt_t(-e));
  Value r = new_tuple(t.vm, {int_from_mpz(t, num), int_from_mpz(t, den)});
  mpz_clear(num);
  mpz_clear(den);
  return r;
}

// float.hex(): CPython's exact layout, "0x1.8000000000000p+0".
Value float_hex(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "hex", nargs - 1, 0, 0)) return Value();
  double x = args[0].as_float();
  if (std::isnan(x) || std::isinf(x)) return repr(t, args[0]);
  const char* sign = std::signbit(x) ? "-" : "";
  if (x == 0.0) return new_str(t.vm, std::string(sign) + "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string digits(1, kHex[int(m)]);
  m -= int(m);
  digits += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    digits += kHex[int(m)];
    m -= int(m);
  }
  return new_str(t.vm, strfmt("%s0x%sp%c%d", sign, digits.c_str(), e < 0 ? '-' : '+', std::abs(e)));
}

// float.fromhex(string), a class method: [sign] ["0x"] hexdigits ["." hexdigits] ["p" exponent],
// or inf / infinity / nan, surrounded by optional whitespace.
Value float_fromhex(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "fromhex", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return t.raise(t.vm.types.TypeError, "bad argument type for built-in operation");
  std::string s = as_str(args[1])->s;
  size_t b = s.find_first_not_of(" \t\n\r\f\v"), e = s.find_last_not_of(" \t\n\r\f\v");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  auto invalid = [&]() { return t.raise(t.vm.types.ValueError, "invalid hexadecimal floating-point string"); };
  size_t p = 0;
  std::string sign;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) sign = s[p++];
  std::string rest = s.substr(p), lower;
  for (char c : rest) lower += char(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "inf" || lower == "infinity" || lower == "nan")
    return Value::real(std::strtod((sign + lower).c_str(), nullptr));
  if (lower.rfind("0x", 0) == 0) lower = lower.substr(2);
  size_t q = 0, ndigits = 0;
  while (q < lower.size() && std::isxdigit(static_cast<unsigned char>(lower[q]))) ++q, ++ndigits;
  if (q < lower.size() && lower[q] == '.') {
    ++q;
    while (q < lower.size() && std::isxdigit(static_cast<unsigned char>(lower[q]))) ++q, ++ndigits;
  }
  if (ndigits == 0) return invalid();
  if (q < lower.size() && lower[q] == 'p') {
    ++q;
    if (q < lower.size() && (lower[q] == '+' || lower[q] == '-')) ++q;
    size_t start = q;
    while (q < lower.size() && std::isdigit(static_cast<unsigned char>(lower[q]))) ++q;
    if (q == start) return invalid();
  }
  if (q != lower.size()) return invalid();
  double d = std::strtod((sign + "0x" + lower).c_str(), nullptr);
  if (std::isinf(d)) return t.raise(t.vm.types.OverflowError, "hexadecimal value too large to represent as a float");
  return Value::real(d);
}

Value float_conjugate(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "conjugate", nargs - 1, 0, 0)) return Value();
  return args[0];
}

Value float_is_integer(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "is_integer", nargs - 1, 0, 0)) return Value();
  double d = args[0].as_float();
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Value bool_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "bool", kw) || !check_nargs(t, "bool", nargs, 0, 1)) return Value();
  if (nargs == 0) return Value::boolean(false);
  int r = truthy(t, args[0]);
  if (r < 0) return Value();
  return Value::boolean(r);
}

}  // namespace

void init_int_type(Thread& t) {
  Runtime& vm = t.vm;
  vm.types.int_->construct = int_construct;
  vm.types.bool_->construct = bool_construct;
  add_method(vm, vm.types.int_, "bit_length", int_bit_length);
  add_method(vm, vm.types.int_, "bit_count", int_bit_count);
  add_method(vm, vm.types.int_, "as_integer_ratio", int_as_integer_ratio);
  add_method(vm, vm.types.int_, "conjugate", int_conjugate);
  add_method(vm, vm.types.int_, "to_bytes", int_to_bytes);
  add_classmethod(vm, vm.types.int_, "from_bytes", int_from_bytes);
}

void init_float_type(Thread& t) {
  Runtime& vm = t.vm;
  vm.types.float_->construct = float_construct;
  add_method(vm, vm.types.float_, "is_integer", float_is_integer);
  add_method(vm, vm.types.float_, "conjugate", float_conjugate);
  add_method(vm, vm.types.float_, "as_integer_ratio", float_as_integer_ratio);
  add_method(vm, vm.types.float_, "hex", float_hex);
  add_classmethod(vm, vm.types.float_, "fromhex", float_fromhex);
}

}  // namespace eddy
