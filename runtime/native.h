// Helpers for writing native functions and methods: argument checking with CPython's messages,
// and shorthands for the common return values.
#pragma once
#include <string>
#include <vector>

#include "runtime/object.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm.h"

namespace eddy {

// "f() takes exactly one argument (2 given)" and friends. False with TypeError pending.
bool check_nargs(Thread& t, const char* fname, int nargs, int min, int max);
// "f() takes no keyword arguments".
bool no_kwargs(Thread& t, const char* fname, Tuple* kwnames);
// Binds positional and keyword arguments to `names` (positional-or-keyword; a name that starts
// with '*' is keyword-only and the star is not part of the name). out[i] stays Null for a missing
// optional argument. The first `required` names must be given.
bool parse_args(Thread& t, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, Value* out);

// A number of seconds (an int, bool or float) as a double; false with TypeError pending
// ("'str' object cannot be interpreted as an integer", CPython's message for time.sleep).
bool seconds_arg(Thread& t, const Value& v, double* out);

// An argument array with one value (self, cls) in front: on the stack for up to 8 values.
class PrefixedArgs {
 public:
  PrefixedArgs(const Value& first, const Value* args, int n) {
    if (n + 1 > kSmall) {
      big_.resize(size_t(n) + 1);
      buf_ = big_.data();
    }
    buf_[0] = first;
    for (int i = 0; i < n; ++i) buf_[i + 1] = args[i];
  }
  PrefixedArgs(const PrefixedArgs&) = delete;
  PrefixedArgs& operator=(const PrefixedArgs&) = delete;
  Value* data() { return buf_; }

 private:
  static constexpr int kSmall = 8;
  Value small_[kSmall];
  std::vector<Value> big_;
  Value* buf_ = small_;
};

inline Value none() { return Value::none(); }
inline Value boolean(bool b) { return Value::boolean(b); }
inline Value integer(int64_t i) { return Value::integer(i); }

// A str argument, or TypeError "<what> must be str, not <type>".
Str* arg_str(Thread& t, const Value& v, const char* what);
// An int argument that fits in int64.
bool arg_int(Thread& t, const Value& v, int64_t* out, const char* what = nullptr);

}  // namespace eddy
