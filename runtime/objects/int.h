// int: arbitrary precision. Small ints are unboxed Values (Tag::Int); only ints outside int64
// live in a BigInt, backed by GMP. Every operation normalizes its result (value.h invariant).
#pragma once
#include <gmp.h>

#include <string>

#include "runtime/object.h"

namespace eddy {

struct BigInt : Object {
  mpz_t z;
  explicit BigInt(Type* t);
  ~BigInt();
};

inline bool is_bigint(const Value& v) { return is_kind(v, Kind::BigInt); }
inline bool is_intlike(const Value& v) { return v.is_int() || v.is_bool() || is_bigint(v); }
// The value of an int-like v (bool, int, an int subclass's instance) when it fits in int64.
bool int_fits(const Value& v, int64_t* out);

// Makes an int Value from an mpz, normalizing to Tag::Int when it fits.
Value int_from_mpz(Thread& t, const mpz_t z);
// Loads any int-like Value into z (which must be initialized).
void int_to_mpz(const Value& v, mpz_t z);

enum class IntOp { Add, Sub, Mul, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor };
// Arithmetic on two int-like values (bools included). Handles overflow into BigInt.
Value int_binary(Thread& t, IntOp op, const Value& a, const Value& b);
Value int_negate(Thread& t, const Value& a);
int int_compare(const Value& a, const Value& b);  // -1, 0, 1 ; both int-like
int int_sign(const Value& a);
double int_to_double(Thread& t, const Value& a, bool* overflow);
std::string int_to_string(const Value& a, int base = 10);
// Parses an int literal or int() argument. Returns Null with ValueError pending on bad input.
Value int_from_string(Thread& t, std::string_view s, int base, bool literal = false);
int64_t int_hash(const Value& a);
Value int_from_double(Thread& t, double d);  // truncates; raises for inf/nan

void init_int_type(Thread& t);
void init_float_type(Thread& t);

// float helpers (the float type itself is unboxed)
std::string float_repr(double d);
int64_t float_hash(double d);
}  // namespace eddy
