// bytes and bytearray: sequences of small ints (0..255) stored as raw bytes.
//
// Invariants:
//  - One layout (Kind::Bytes) serves both: a bytes object is immutable (its hash is cached), a
//    bytearray (type bytearray or a subclass) may change in place and is unhashable.
//  - Indexing yields ints, slicing yields the same type, iteration yields ints; str() of either
//    is its repr (b'...' / bytearray(b'...')), as in CPython.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

struct Bytes : Object {
  std::string data;
  int64_t hash = -1;  // bytes only
  Bytes(Type* t, std::string d) : Object(Kind::Bytes, t), data(std::move(d)) {}
};

inline bool is_bytes_like(const Value& v) { return is_kind(v, Kind::Bytes); }
inline Bytes* as_bytes(const Value& v) { return static_cast<Bytes*>(v.obj()); }
bool is_bytearray(Runtime& vm, const Value& v);

Value new_bytes(Runtime& vm, std::string data);
Value new_bytearray(Runtime& vm, std::string data);
// b'...' with CPython's choice of quotes and escapes.
void bytes_repr_into(std::string& out, std::string_view data);
int64_t bytes_hash(Bytes* b);
// str.encode(encoding, errors): UTF-8 (and ASCII / Latin-1 with errors) of a str.
Value str_encode(Thread& t, Value* args, int nargs, Tuple* kw);

// The object protocol's parts for bytes and bytearray (called from runtime/ops.cpp).
Value bytes_get_item(Thread& t, const Value& obj, const Value& key);  // int or slice
bool bytearray_set_item(Thread& t, const Value& obj, const Value& key, Value v);
bool bytearray_del_item(Thread& t, const Value& obj, const Value& key);
int bytes_contains(Thread& t, Bytes* b, const Value& item);  // an int or a subsequence
// a + b and a * n; Null with nothing pending when the operation is not one of these.
Value bytes_binary(Thread& t, BinOp op, const Value& a, const Value& b, bool inplace);

void init_bytes_types(Thread& t);

}  // namespace eddy
