// range and slice, and the index arithmetic every sequence shares.
#include "runtime/objects/range.h"

#include "runtime/objects/classes.h"

#include <string>

#include "runtime/native.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

Value new_range(Thread& t, int64_t start, int64_t stop, int64_t step) {
  auto* r = new Range(t.vm.types.range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  __int128 n = 0;
  if (step > 0 && start < stop) n = ((__int128)stop - start - 1) / step + 1;
  if (step < 0 && start > stop) n = ((__int128)start - stop - 1) / (-(__int128)step) + 1;
  r->length = int64_t(n);
  return Value::steal(r);
}

Value new_slice(Thread& t, Value start, Value stop, Value step) {
  auto* s = new Slice(t.vm.types.slice);
  s->start = std::move(start);
  s->stop = std::move(stop);
  s->step = std::move(step);
  return Value::steal(s);
}

bool sequence_index(Thread& t, const Value& index, int64_t length, const char* what,
                    int64_t* out) {
  int64_t i;
  if (int_fits(index, &i)) {
  } else if (is_kind(index, Kind::UserInstance) && lookup_special(index, t.vm.dunders.__index__)) {
    if (!to_index(t, index, &i)) return false;
  } else if (is_bigint(index)) {
    t.raise(t.vm.types.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  } else {
    if (std::string(what) == "string")  // CPython words this one differently
      t.raise(t.vm.types.TypeError, "string indices must be integers, not '%s'", type_name(t, index));
    else
      t.raise(t.vm.types.TypeError, "%s indices must be integers or slices, not %s", what,
              type_name(t, index));
    return false;
  }
  if (i < 0) i += length;
  if (i < 0 || i >= length) {
    t.raise(t.vm.types.IndexError, "%s index out of range", what);
    return false;
  }
  *out = i;
  return true;
}

// Clamps a slice bound as CPython's PySlice_AdjustIndices does.
static bool slice_bound(Thread& t, const Value& v, int64_t* out) {
  if (v.is_none()) return true;
  if (int_fits(v, out)) return true;
  if (is_kind(v, Kind::UserInstance) && lookup_special(v, t.vm.dunders.__index__))
    return to_index(t, v, out);
  if (is_bigint(v)) {
    *out = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
  }
  t.raise(t.vm.types.TypeError,
          "slice indices must be integers or None or have an __index__ method");
  return false;
}

bool slice_indices(Thread& t, Slice* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count) {
  *step = 1;
  if (!slice_bound(t, s->step, step)) return false;
  if (*step == 0) {
    t.raise(t.vm.types.ValueError, "slice step cannot be zero");
    return false;
  }
  int64_t st = *step < 0 ? INT64_MAX / 2 : 0, sp = *step < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  if (!slice_bound(t, s->start, &st) || !slice_bound(t, s->stop, &sp)) return false;
  auto adjust = [&](int64_t& i) {
    if (i < 0) {
      i += length;
      if (i < 0) i = *step < 0 ? -1 : 0;
    } else if (i >= length) {
      i = *step < 0 ? length - 1 : length;
    }
  };
  adjust(st);
  adjust(sp);
  *start = st;
  *stop = sp;
  if (*step > 0)
    *count = st < sp ? (sp - st - 1) / *step + 1 : 0;
  else
    *count = sp < st ? (st - sp - 1) / (-*step) + 1 : 0;
  return true;
}

namespace {

Value range_construct(Thread& t, Type*, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "range", kw)) return Value();
  if (nargs < 1 || nargs > 3) {
    if (nargs == 0) return t.raise(t.vm.types.TypeError, "range expected at least 1 argument, got 0");
    return t.raise(t.vm.types.TypeError, "range expected at most 3 arguments, got %d", nargs);
  }
  int64_t v[3] = {0, 0, 1};
  for (int i = 0; i < nargs; ++i) {
    if (!to_index(t, args[i], &v[i])) return Value();
  }
  int64_t start = nargs == 1 ? 0 : v[0], stop = nargs == 1 ? v[0] : v[1],
          step = nargs == 3 ? v[2] : 1;
  if (step == 0) return t.raise(t.vm.types.ValueError, "range() arg 3 must not be zero");
  return new_range(t, start, stop, step);
}

Value range_index(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "index", nargs - 1, 1, 1)) return Value();
  auto* r = static_cast<Range*>(args[0].obj());
  const Value& x = args[1];
  if (x.is_int() || x.is_bool()) {
    int64_t v = x.as_int();
    if ((r->step > 0 ? (v >= r->start && v < r->stop) : (v <= r->start && v > r->stop)) &&
        (v - r->start) % r->step == 0)
      return Value::integer((v - r->start) / r->step);
  }
  std::string rep;
  if (!repr_into(t, x, rep)) return Value();
  return t.raise(t.vm.types.ValueError, "%s is not in range", rep.c_str());
}

Value range_count(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "count", nargs - 1, 1, 1)) return Value();
  int r = contains(t, args[0], args[1]);
  return r < 0 ? Value() : Value::integer(r);
}

Value slice_construct(Thread& t, Type*, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "slice", kw) || !check_nargs(t, "slice", nargs, 1, 3)) return Value();
  if (nargs == 1) return new_slice(t, Value::none(), args[0], Value::none());
  return new_slice(t, args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

Value slice_indices_method(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "indices", nargs - 1, 1, 1)) return Value();
  int64_t len, start, stop, step, count;
  if (!to_index(t, args[1], &len)) return Value();
  if (len < 0) return t.raise(t.vm.types.ValueError, "length should not be negative");
  if (!slice_indices(t, static_cast<Slice*>(args[0].obj()), len, &start, &stop, &step, &count))
    return Value();
  return new_tuple(t.vm, {Value::integer(start), Value::integer(stop), Value::integer(step)});
}

}  // namespace

void init_range_type(Thread& t) {
  Runtime& vm = t.vm;
  vm.types.range->construct = range_construct;
  vm.types.slice->construct = slice_construct;
  add_method(vm, vm.types.range, "index", range_index);
  add_method(vm, vm.types.range, "count", range_count);
  add_method(vm, vm.types.slice, "indices", slice_indices_method);
}

}  // namespace eddy
