// range and slice: small immutable records. A range of ints that fit in int64 (the only kind
// eddy supports; bigger bounds raise OverflowError).
#pragma once
#include "runtime/object.h"

namespace eddy {

struct Range : Object {
  int64_t start, stop, step, length;
  Range(Type* t) : Object(Kind::Range, t) {}
};
Value new_range(Thread& t, int64_t start, int64_t stop, int64_t step);

struct Slice : Object {
  Value start, stop, step;
  Slice(Type* t) : Object(Kind::Slice, t) {}
};
Value new_slice(Thread& t, Value start, Value stop, Value step);
// Resolves a slice against a sequence length, as slice.indices(). False with error pending.
bool slice_indices(Thread& t, Slice* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count);
// Converts an index Value (int or bool) into int64, raising TypeError/IndexError messages that
// name `what` ("list", "tuple", "string"). Normalizes negative indices. False on error.
bool sequence_index(Thread& t, const Value& index, int64_t length, const char* what,
                    int64_t* out);

void init_range_type(Thread& t);
}  // namespace eddy
