// The value representation: every script value is a 16-byte tagged Value.
//
// Invariants (everything in eddy relies on them):
//  - None, bools, ints that fit in int64 and floats are unboxed: no allocation, no refcount.
//  - An int that fits in int64 is ALWAYS Tag::Int. Only an int outside that range is a BigInt
//    object. So two ints are equal iff their tags and payloads are equal, and a BigInt result is
//    normalized back to Tag::Int as soon as it fits (see objects/int.h). The one exception:
//    an instance of a script subclass of int is a BigInt whatever its value (its type is the
//    subclass); arithmetic on it goes the BigInt way and returns normalized plain ints.
//  - Tag::Null is not a script value. It means "no value": an unbound local, an empty stack slot,
//    a moved-from Value, and, as a return value, "an exception is pending on the thread"
//    (ARCHITECTURE invariant 6: script errors are data, never C++ exceptions).
//  - A Value with Tag::Obj owns one reference to its object. Copying increments, destruction
//    decrements; moving transfers the reference and leaves the source Null.
#pragma once
#include <cstdint>
#include <cstring>
#include <utility>

namespace eddy {

struct Object;
void destroy_object(Object* o);  // defined in object.cpp; runs when the last reference goes

// The refcount lives at a fixed offset in every object (see object.h) so that this header can
// increment and decrement it inline without knowing the object layout.
struct RefCounted {
  uint32_t refcnt = 1;
};

enum class Tag : uint8_t { Null = 0, None, Bool, Int, Float, Obj };

#define EDDY_INLINE inline __attribute__((always_inline))

class Value {
 public:
  EDDY_INLINE Value() noexcept : tag_(Tag::Null), i_(0) {}
  EDDY_INLINE Value(const Value& v) noexcept : tag_(v.tag_), i_(v.i_) {
    if (tag_ == Tag::Obj) incref(o_);
  }
  EDDY_INLINE Value(Value&& v) noexcept : tag_(v.tag_), i_(v.i_) { v.tag_ = Tag::Null; }
  EDDY_INLINE ~Value() {
    if (tag_ == Tag::Obj) decref(o_);
  }
  // Assignments release the old value last, after this Value holds the new one, so that a
  // destructor the release runs never sees a half-assigned Value.
  EDDY_INLINE Value& operator=(const Value& v) noexcept {
    if (v.tag_ == Tag::Obj) incref(v.o_);
    Tag old_tag = tag_;
    Object* old = o_;
    tag_ = v.tag_;
    i_ = v.i_;
    if (old_tag == Tag::Obj) decref(old);
    return *this;
  }
  EDDY_INLINE Value& operator=(Value&& v) noexcept {
    if (this != &v) {
      Tag old_tag = tag_;
      Object* old = o_;
      tag_ = v.tag_;
      i_ = v.i_;
      v.tag_ = Tag::Null;
      if (old_tag == Tag::Obj) decref(old);
    }
    return *this;
  }

  // Exchanges two Values: no reference changes hands, so no count changes.
  friend EDDY_INLINE void swap(Value& a, Value& b) noexcept {
    Tag t = a.tag_;
    int64_t i = a.i_;
    a.tag_ = b.tag_;
    a.i_ = b.i_;
    b.tag_ = t;
    b.i_ = i;
  }

  // ---- constructors for each tag ----
  static Value none() { return Value(Tag::None, 0); }
  static Value boolean(bool b) { return Value(Tag::Bool, b ? 1 : 0); }
  static Value integer(int64_t i) { return Value(Tag::Int, i); }
  static Value real(double d) {
    Value v(Tag::Float, 0);
    v.f_ = d;
    return v;
  }
  // Takes over a reference the caller owns (e.g. a freshly allocated object).
  static Value steal(Object* o) {
    Value v(Tag::Obj, 0);
    v.o_ = o;
    return v;
  }
  // Adds a reference: the caller keeps its own.
  static Value borrow(Object* o) {
    incref(o);
    return steal(o);
  }

  // ---- inspection ----
  Tag tag() const { return tag_; }
  bool is_null() const { return tag_ == Tag::Null; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }
  bool is_float() const { return tag_ == Tag::Float; }
  bool is_obj() const { return tag_ == Tag::Obj; }
  explicit operator bool() const { return tag_ != Tag::Null; }

  int64_t as_int() const { return i_; }
  bool as_bool() const { return i_ != 0; }
  double as_float() const { return f_; }
  Object* obj() const { return o_; }

  // Makes this Null, releasing a held reference (after the slot is already Null, so that a
  // destructor which runs as a result never sees the old value here).
  void clear() {
    if (tag_ == Tag::Obj) {
      Object* o = o_;
      tag_ = Tag::Null;
      decref(o);
    } else {
      tag_ = Tag::Null;
    }
  }
  // Gives up ownership of the object reference without decrementing it.
  Object* release() {
    tag_ = Tag::Null;
    return o_;
  }
  // Identity, as Python's `is`: same unboxed payload, or the same object.
  bool same(const Value& v) const {
    if (tag_ != v.tag_) return false;
    if (tag_ == Tag::Float) return std::memcmp(&f_, &v.f_, sizeof f_) == 0;
    return i_ == v.i_;
  }
  // Raw bits, for hashing identity and for the id() builtin of unboxed values.
  int64_t raw() const { return i_; }

  static EDDY_INLINE void incref(Object* o) { ++reinterpret_cast<RefCounted*>(o)->refcnt; }
  static EDDY_INLINE void decref(Object* o) {
    if (--reinterpret_cast<RefCounted*>(o)->refcnt == 0) destroy_object(o);
  }

 private:
  Value(Tag t, int64_t i) : tag_(t), i_(i) {}
  Tag tag_;
  union {
    int64_t i_;
    double f_;
    Object* o_;
  };
};

static_assert(sizeof(Value) == 16, "a Value is a tag and an 8-byte payload");

}  // namespace eddy
