// The math module: CPython's functions over doubles, with its "math domain error" checks, and
// exact integer functions (floor/ceil/trunc return ints; gcd, factorial, comb are unbounded).
#include <cmath>

#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

bool to_double(Thread& t, const Value& v, double* out) {
  if (v.is_float()) {
    *out = v.as_float();
    return true;
  }
  if (is_intlike(v)) {
    bool overflow;
    *out = int_to_double(t, v, &overflow);
    if (overflow) {
      t.raise(t.vm.types.OverflowError, "int too large to convert to float");
      return false;
    }
    return true;
  }
  t.raise(t.vm.types.TypeError, "must be real number, not %s", type_name(t, v));
  return false;
}

Value domain_error(Thread& t) { return t.raise(t.vm.types.ValueError, "math domain error"); }

template <double (*F)(double), bool (*Domain)(double)>
Value unary(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "math", kw) || !check_nargs(t, "math function", nargs, 1, 1)) return Value();
  double x;
  if (!to_double(t, args[0], &x)) return Value();
  if (!Domain(x)) return domain_error(t);
  double r = F(x);
  if (std::isinf(r) && std::isfinite(x)) return t.raise(t.vm.types.OverflowError, "math range error");
  return Value::real(r);
}

bool any_x(double) { return true; }
bool nonneg(double x) { return x >= 0 || std::isnan(x); }
bool positive(double x) { return x > 0 || std::isnan(x); }
bool unit(double x) { return (x >= -1 && x <= 1) || std::isnan(x); }
bool finite_or_nan(double x) { return !std::isinf(x); }

Value int_of(Thread& t, Value* args, int nargs, double (*round_fn)(double), const char* name) {
  if (!check_nargs(t, name, nargs, 1, 1)) return Value();
  if (is_intlike(args[0])) return args[0].is_bool() ? Value::integer(args[0].as_int()) : args[0];
  double x;
  if (!to_double(t, args[0], &x)) return Value();
  return int_from_double(t, round_fn(x));
}
Value m_floor(Thread& t, Value* a, int n, Tuple*) { return int_of(t, a, n, std::floor, "floor"); }
Value m_ceil(Thread& t, Value* a, int n, Tuple*) { return int_of(t, a, n, std::ceil, "ceil"); }
Value m_trunc(Thread& t, Value* a, int n, Tuple*) { return int_of(t, a, n, std::trunc, "trunc"); }

Value m_log(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "log", nargs, 1, 2)) return Value();
  double x, base = 0;
  if (!to_double(t, args[0], &x)) return Value();
  if (x <= 0) return domain_error(t);
  if (nargs == 2) {
    if (!to_double(t, args[1], &base)) return Value();
    if (base <= 0 || base == 1) return base == 1 ? t.raise(t.vm.types.ZeroDivisionError, "float division by zero") : domain_error(t);
    return Value::real(std::log(x) / std::log(base));
  }
  return Value::real(std::log(x));
}

Value binary_f(Thread& t, Value* args, int nargs, const char* name, double (*F)(double, double)) {
  if (!check_nargs(t, name, nargs, 2, 2)) return Value();
  double x, y;
  if (!to_double(t, args[0], &x) || !to_double(t, args[1], &y)) return Value();
  return Value::real(F(x, y));
}
Value m_atan2(Thread& t, Value* a, int n, Tuple*) { return binary_f(t, a, n, "atan2", std::atan2); }
Value m_copysign(Thread& t, Value* a, int n, Tuple*) { return binary_f(t, a, n, "copysign", std::copysign); }
Value m_fmod(Thread& t, Value* a, int n, Tuple*) {
  if (n == 2 && ((a[1].is_int() && a[1].as_int() == 0) || (a[1].is_float() && a[1].as_float() == 0))) return domain_error(t);
  return binary_f(t, a, n, "fmod", std::fmod);
}
Value m_pow(Thread& t, Value* a, int n, Tuple*) {
  if (!check_nargs(t, "pow", n, 2, 2)) return Value();
  double x, y;
  if (!to_double(t, a[0], &x) || !to_double(t, a[1], &y)) return Value();
  if ((x == 0 && y < 0) || (x < 0 && y != std::floor(y) && std::isfinite(y))) return domain_error(t);
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return t.raise(t.vm.types.OverflowError, "math range error");
  return Value::real(r);
}

Value m_hypot(Thread& t, Value* args, int nargs, Tuple*) {
  double acc = 0;
  for (int i = 0; i < nargs; ++i) {
    double x;
    if (!to_double(t, args[i], &x)) return Value();
    acc = std::hypot(acc, x);
  }
  return Value::real(acc);
}

Value m_isclose(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args(t, "isclose", args, nargs, kw, {"a", "b", "*rel_tol", "*abs_tol"}, 2, a)) return Value();
  double x, y, rel = 1e-9, abs_tol = 0;
  if (!to_double(t, a[0], &x) || !to_double(t, a[1], &y)) return Value();
  if (a[2] && !to_double(t, a[2], &rel)) return Value();
  if (a[3] && !to_double(t, a[3], &abs_tol)) return Value();
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

template <bool (*P)(double)>
Value predicate(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "math predicate", nargs, 1, 1)) return Value();
  double x;
  if (!to_double(t, args[0], &x)) return Value();
  return Value::boolean(P(x));
}
bool is_finite(double x) { return std::isfinite(x); }
bool is_inf(double x) { return std::isinf(x); }
bool is_nan(double x) { return std::isnan(x); }

Value m_gcd(Thread& t, Value* args, int nargs, Tuple*) {
  Value acc = Value::integer(0);
  for (int i = 0; i < nargs; ++i) {
    if (!is_intlike(args[i])) return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, args[i]));
    mpz_t a, b;
    mpz_init(a);
    mpz_init(b);
    int_to_mpz(acc, a);
    int_to_mpz(args[i], b);
    mpz_gcd(a, a, b);
    acc = int_from_mpz(t, a);
    mpz_clear(a);
    mpz_clear(b);
  }
  return acc;
}

Value m_factorial(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "factorial", nargs, 1, 1)) return Value();
  if (!args[0].is_int() && !args[0].is_bool())
    return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, args[0]));
  int64_t n = args[0].as_int();
  if (n < 0) return t.raise(t.vm.types.ValueError, "factorial() not defined for negative values");
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(n));
  Value v = int_from_mpz(t, r);
  mpz_clear(r);
  return v;
}

Value m_comb(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "comb", nargs, 2, 2)) return Value();
  int64_t n, k;
  if (!to_index(t, args[0], &n) || !to_index(t, args[1], &k)) return Value();
  if (n < 0 || k < 0) return t.raise(t.vm.types.ValueError, "%s must be a non-negative integer", n < 0 ? "n" : "k");
  if (k > n) return Value::integer(0);
  mpz_t r;
  mpz_init(r);
  mpz_bin_uiui(r, static_cast<unsigned long>(n), static_cast<unsigned long>(k));
  Value v = int_from_mpz(t, r);
  mpz_clear(r);
  return v;
}

// math.isqrt(n): the exact integer square root (floor).
Value m_isqrt(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "isqrt", nargs, 1, 1)) return Value();
  if (!is_intlike(args[0]))
    return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, args[0]));
  if (int_sign(args[0]) < 0) return t.raise(t.vm.types.ValueError, "isqrt() argument must be nonnegative");
  mpz_t z;
  mpz_init(z);
  int_to_mpz(args[0], z);
  mpz_sqrt(z, z);
  Value r = int_from_mpz(t, z);
  mpz_clear(z);
  return r;
}

// math.lcm(*integers).
Value m_lcm(Thread& t, Value* args, int nargs, Tuple*) {
  mpz_t acc, b;
  mpz_init_set_ui(acc, 1);
  mpz_init(b);
  for (int i = 0; i < nargs; ++i) {
    if (!is_intlike(args[i])) {
      mpz_clear(acc);
      mpz_clear(b);
      return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, args[i]));
    }
    int_to_mpz(args[i], b);
    mpz_lcm(acc, acc, b);
  }
  Value r = int_from_mpz(t, acc);
  mpz_clear(acc);
  mpz_clear(b);
  return r;
}

// math.perm(n, k=None).
Value m_perm(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "perm", nargs, 1, 2)) return Value();
  int64_t n, k;
  if (!to_index(t, args[0], &n)) return Value();
  k = n;
  if (nargs > 1 && !args[1].is_none() && !to_index(t, args[1], &k)) return Value();
  if (n < 0 || k < 0) return t.raise(t.vm.types.ValueError, "%s must be a non-negative integer", n < 0 ? "n" : "k");
  if (k > n) return Value::integer(0);
  mpz_t r;
  mpz_init_set_ui(r, 1);
  for (int64_t i = n - k + 1; i <= n; ++i) mpz_mul_ui(r, r, static_cast<unsigned long>(i));
  Value v = int_from_mpz(t, r);
  mpz_clear(r);
  return v;
}

// math.prod(iterable, *, start=1).
Value m_prod(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "prod", args, nargs, kw, {"iterable", "*start"}, 1, a)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(t, a[0], items)) return Value();
  Value acc = a[1] ? a[1] : Value::integer(1);
  for (auto& v : items) {
    acc = binary_op(t, BinOp::Mul, acc, v, false);
    if (!acc) return Value();
  }
  return acc;
}

// fsum: Shewchuk's exact summation with CPython's handling of infinities and overflow.
Value m_fsum(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "fsum", nargs, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(t, args[0], items)) return Value();
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  for (const Value& v : items) {
    double x;
    if (!to_double(t, v, &x)) return Value();
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave))
          return t.raise(t.vm.types.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return t.raise(t.vm.types.ValueError, "-inf + inf in fsum");
    return Value::real(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return Value::real(hi);
}

Value m_modf(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "modf", nargs, 1, 1)) return Value();
  double x, ip;
  if (!to_double(t, args[0], &x)) return Value();
  double frac = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
  if (std::isinf(x)) ip = x;
  return new_tuple(t.vm, {Value::real(frac), Value::real(ip)});
}

Value m_frexp(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "frexp", nargs, 1, 1)) return Value();
  double x;
  if (!to_double(t, args[0], &x)) return Value();
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  return new_tuple(t.vm, {Value::real(m), Value::integer(e)});
}

Value m_ldexp(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "ldexp", nargs, 2, 2)) return Value();
  double x;
  if (!to_double(t, args[0], &x)) return Value();
  if (!is_intlike(args[1])) return t.raise(t.vm.types.TypeError, "Expected an int as second argument to ldexp.");
  bool overflow;
  double e = int_to_double(t, args[1], &overflow);
  double r = std::ldexp(x, int(std::max(-100000.0, std::min(100000.0, e))));
  if (std::isinf(r) && std::isfinite(x)) return t.raise(t.vm.types.OverflowError, "math range error");
  return Value::real(r);
}

Value m_dist(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "dist", nargs, 2, 2)) return Value();
  std::vector<Value> p, q;
  if (!is_tuple(args[0]) && !is_list(args[0]))
    return t.raise(t.vm.types.TypeError, "dist() argument 1 must be tuple, not %s", type_name(t, args[0]));
  if (!collect_iterable(t, args[0], p) || !collect_iterable(t, args[1], q)) return Value();
  if (p.size() != q.size())
    return t.raise(t.vm.types.ValueError, "both points must have the same number of dimensions");
  double acc = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    double a, b;
    if (!to_double(t, p[i], &a) || !to_double(t, q[i], &b)) return Value();
    acc = std::hypot(acc, a - b);
  }
  return Value::real(acc);
}

Value m_remainder(Thread& t, Value* a, int n, Tuple*) {
  return binary_f(t, a, n, "remainder", std::remainder);
}
Value m_nextafter(Thread& t, Value* a, int n, Tuple*) {
  return binary_f(t, a, n, "nextafter", std::nextafter);
}
double ulp(double x) {
  if (std::isnan(x)) return x;
  x = std::fabs(x);
  if (std::isinf(x)) return x;
  double next = std::nextafter(x, INFINITY);
  return std::isinf(next) ? x - std::nextafter(x, -INFINITY) : next - x;
}
bool gamma_domain(double x) { return !(x <= 0 && x == std::floor(x)) || std::isnan(x); }
bool above_one(double x) { return x >= 1 || std::isnan(x); }
bool above_minus_one(double x) { return x > -1 || std::isnan(x); }
bool open_unit(double x) { return (x > -1 && x < 1) || std::isnan(x); }

double degrees(double x) { return x * (180.0 / M_PI); }
double radians(double x) { return x * (M_PI / 180.0); }

}  // namespace

void init_math_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  add_functions(vm, d, {
      {"sqrt", unary<std::sqrt, nonneg>},  {"exp", unary<std::exp, any_x>},
      {"log2", unary<std::log2, positive>}, {"log10", unary<std::log10, positive>},
      {"sin", unary<std::sin, finite_or_nan>}, {"cos", unary<std::cos, finite_or_nan>},
      {"tan", unary<std::tan, finite_or_nan>}, {"asin", unary<std::asin, unit>},
      {"acos", unary<std::acos, unit>},    {"atan", unary<std::atan, any_x>},
      {"sinh", unary<std::sinh, any_x>},   {"cosh", unary<std::cosh, any_x>},
      {"tanh", unary<std::tanh, any_x>},   {"fabs", unary<std::fabs, any_x>},
      {"degrees", unary<degrees, any_x>},  {"radians", unary<radians, any_x>},
      {"floor", m_floor},                  {"ceil", m_ceil},
      {"trunc", m_trunc},                  {"log", m_log},
      {"atan2", m_atan2},                  {"copysign", m_copysign},
      {"fmod", m_fmod},                    {"pow", m_pow},
      {"hypot", m_hypot},                  {"isclose", m_isclose},
      {"isfinite", predicate<is_finite>},  {"isinf", predicate<is_inf>},
      {"isnan", predicate<is_nan>},        {"gcd", m_gcd},
      {"factorial", m_factorial},          {"comb", m_comb},
      {"isqrt", m_isqrt},                  {"lcm", m_lcm},
      {"perm", m_perm},                    {"prod", m_prod},
      {"fsum", m_fsum},                    {"modf", m_modf},
      {"frexp", m_frexp},                  {"ldexp", m_ldexp},
      {"dist", m_dist},                    {"remainder", m_remainder},
      {"nextafter", m_nextafter},          {"ulp", unary<ulp, any_x>},
      {"expm1", unary<std::expm1, any_x>}, {"log1p", unary<std::log1p, above_minus_one>},
      {"asinh", unary<std::asinh, any_x>}, {"acosh", unary<std::acosh, above_one>},
      {"atanh", unary<std::atanh, open_unit>}, {"erf", unary<std::erf, any_x>},
      {"erfc", unary<std::erfc, any_x>},   {"gamma", unary<std::tgamma, gamma_domain>},
      {"lgamma", unary<std::lgamma, gamma_domain>}, {"cbrt", unary<std::cbrt, any_x>},
      {"exp2", unary<std::exp2, any_x>},
  });
  d->set_str(vm.intern("pi"), Value::real(M_PI));
  d->set_str(vm.intern("e"), Value::real(M_E));
  d->set_str(vm.intern("tau"), Value::real(2 * M_PI));
  d->set_str(vm.intern("inf"), Value::real(HUGE_VAL));
  d->set_str(vm.intern("nan"), Value::real(NAN));
}

}  // namespace eddy
