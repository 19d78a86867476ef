// tuple and list. A tuple stores its items inline after the header (one allocation); a list
// is a growable vector. Both hold strong references to their items.
#pragma once
#include <initializer_list>
#include <vector>

#include "runtime/object.h"

namespace eddy {

struct Tuple : GcObject {
  int64_t size;
  int64_t hash = -1;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  Value& operator[](int64_t i) { return items()[i]; }
};
static_assert(sizeof(Tuple) % alignof(Value) == 0);

// A tuple of n Null items for the caller to fill.
Tuple* tuple_alloc(Runtime& vm, int64_t n);
Value new_tuple(Runtime& vm, const Value* items, int64_t n);
Value new_tuple(Runtime& vm, std::initializer_list<Value> items);
void tuple_free(Tuple* t);
inline bool is_tuple(const Value& v) { return is_kind(v, Kind::Tuple); }
inline Tuple* as_tuple(const Value& v) { return static_cast<Tuple*>(v.obj()); }

struct List : GcObject {
  std::vector<Value> items;
  Value attrs;  // attributes of an instance of a list subclass (a Dict), else Null
  List(Type* t) : GcObject(Kind::List, t) {}
};
Value new_list(Runtime& vm, std::vector<Value> items = {});
inline bool is_list(const Value& v) { return is_kind(v, Kind::List); }
inline List* as_list(const Value& v) { return static_cast<List*>(v.obj()); }

// Materializes any iterable into a vector. False with an exception pending on error.
bool collect_iterable(Thread& t, const Value& iterable, std::vector<Value>& out);
// Sorts in place with Python's semantics (stable; key and reverse). May run script code.
bool sort_values(Thread& t, std::vector<Value>& items, const Value& key, bool reverse);

void init_tuple_type(Thread& t);
void init_list_type(Thread& t);
}  // namespace eddy
