#include "runtime/native.h"

#include "runtime/ops.h"

namespace eddy {

bool check_nargs(Thread& t, const char* fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max) {
    if (min == 0)
      t.raise(t.vm.types.TypeError, "%s() takes no arguments (%d given)", fname, nargs);
    else if (min == 1)
      t.raise(t.vm.types.TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
    else
      t.raise(t.vm.types.TypeError, "%s expected %d arguments, got %d", fname, min, nargs);
  } else if (nargs < min) {
    t.raise(t.vm.types.TypeError, "%s expected at least %d argument%s, got %d", fname, min,
            min == 1 ? "" : "s", nargs);
  } else {
    t.raise(t.vm.types.TypeError, "%s expected at most %d argument%s, got %d", fname, max,
            max == 1 ? "" : "s", nargs);
  }
  return false;
}

bool no_kwargs(Thread& t, const char* fname, Tuple* kwnames) {
  if (!kwnames || kwnames->size == 0) return true;
  t.raise(t.vm.types.TypeError, "%s() takes no keyword arguments", fname);
  return false;
}

bool seconds_arg(Thread& t, const Value& v, double* out) {
  if (v.is_float()) *out = v.as_float();
  else if (v.is_int() || v.is_bool()) *out = double(v.as_int());
  else {
    t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, v));
    return false;
  }
  return true;
}

bool parse_args(Thread& t, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, Value* out) {
  int n = int(names.size());
  int npos_allowed = 0;
  for (const char* nm : names) {
    if (nm[0] == '*') break;
    ++npos_allowed;
  }
  if (nargs > npos_allowed) {
    t.raise(t.vm.types.TypeError, "%s() takes at most %d argument%s (%d given)", fname,
            npos_allowed, npos_allowed == 1 ? "" : "s", nargs);
    return false;
  }
  for (int i = 0; i < nargs; ++i) out[i] = args[i];
  int nkw = kwnames ? int(kwnames->size) : 0;
  for (int k = 0; k < nkw; ++k) {
    Str* key = as_str((*kwnames)[k]);
    int i = 0;
    for (const char* nm : names) {
      const char* bare = nm[0] == '*' ? nm + 1 : nm;
      if (key->s == bare) break;
      ++i;
    }
    if (i == n) {
      t.raise(t.vm.types.TypeError, "%s() got an unexpected keyword argument '%s'", fname,
              key->s.c_str());
      return false;
    }
    if (!out[i].is_null()) {
      t.raise(t.vm.types.TypeError, "%s() got multiple values for argument '%s'", fname,
              key->s.c_str());
      return false;
    }
    out[i] = args[nargs + k];
  }
  int i = 0;
  for (const char* nm : names) {
    if (i >= required) break;
    if (out[i].is_null()) {
      const char* bare = nm[0] == '*' ? nm + 1 : nm;
      t.raise(t.vm.types.TypeError, "%s() missing required argument '%s' (pos %d)", fname, bare,
              i + 1);
      return false;
    }
    ++i;
  }
  return true;
}

Str* arg_str(Thread& t, const Value& v, const char* what) {
  if (is_str(v)) return as_str(v);
  t.raise(t.vm.types.TypeError, "%s must be str, not %s", what, type_name(t, v));
  return nullptr;
}

bool arg_int(Thread& t, const Value& v, int64_t* out, const char* what) {
  return to_index(t, v, out, what);
}

}  // namespace eddy
