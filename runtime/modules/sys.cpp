// The sys module (and the small native `time` module), plus the text streams behind print().
#include <cmath>
#include <cstdio>
#include <ctime>
#include <unistd.h>

#include "dispatcher/frame.h"
#include "platform/clock.h"
#include "runtime/modules/modules.h"
#include "runtime/native.h"
#include "runtime/threads.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

// A stream object is an Instance of the stream type whose `small` field holds the fd (1 or 2).
Type* stream_type(Runtime& vm) {
  Value t = vm.sys->dict->get_str(vm.intern("_stream_type"));
  return t ? static_cast<Type*>(t.obj()) : nullptr;
}

bool is_stream(Runtime& vm, const Value& v) {
  return v.is_obj() && v.obj()->kind == Kind::Instance && v.obj()->type == stream_type(vm);
}

Value stream_write(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "write", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return t.raise(t.vm.types.TypeError, "write() argument must be str, not %s", type_name(t, args[1]));
  const std::string& s = as_str(args[1])->s;
  FILE* f = args[0].obj()->small == 2 ? stderr : stdout;
  if (f == stderr) fflush(stdout);
  fwrite(s.data(), 1, s.size(), f);
  return Value::integer(as_str(args[1])->length);
}

Value stream_flush(Thread& t, Value* args, int nargs, Tuple* kw) {
  fflush(args[0].obj()->small == 2 ? stderr : stdout);
  return Value::none();
}

Value sys_exit(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "exit", kw) || !check_nargs(t, "exit", nargs, 0, 1)) return Value();
  return t.raise_value(new_exception(t, t.vm.types.SystemExit, new_tuple(t.vm, args, nargs)));
}

Value sys_getrecursionlimit(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "getrecursionlimit", nargs, 0, 0)) return Value();
  return Value::integer(t.vm.recursion_limit);
}

// sys.setswitchinterval(seconds) / getswitchinterval(): how long a thread waits for the GIL
// before it asks the holder to let go.
Value sys_setswitchinterval(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "setswitchinterval", kw) || !check_nargs(t, "setswitchinterval", nargs, 1, 1)) return Value();
  double s;
  if (args[0].is_float()) s = args[0].as_float();
  else if (args[0].is_int() || args[0].is_bool()) s = double(args[0].as_int());
  else return t.raise(t.vm.types.TypeError, "must be real number, not %s", type_name(t, args[0]));
  if (!(s > 0)) return t.raise(t.vm.types.ValueError, "switch interval must be strictly positive");
  std::lock_guard<std::mutex> g(t.gil->mu);
  t.gil->interval = std::chrono::microseconds(std::max<int64_t>(1, int64_t(s * 1e6)));
  return Value::none();
}
Value sys_getswitchinterval(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "getswitchinterval", nargs, 0, 0)) return Value();
  return Value::real(double(t.gil->interval.count()) * 1e-6);
}

Value sys_setrecursionlimit(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "setrecursionlimit", kw) || !check_nargs(t, "setrecursionlimit", nargs, 1, 1)) return Value();
  if (args[0].is_float()) return t.raise(t.vm.types.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n;
  if (!to_index(t, args[0], &n)) return Value();
  if (n < 1) return t.raise(t.vm.types.ValueError, "recursion limit must be greater or equal than 1");
  if (n <= t.ctx.recursion_depth)
    return t.raise(t.vm.types.RecursionError,
                   "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                   (long long)n, t.ctx.recursion_depth);
  if (n > INT32_MAX) n = INT32_MAX;
  t.vm.recursion_limit = int(n);
  return Value::none();
}

// sys._getframe(depth=0): the calling frame, or the one `depth` calls further out.
Value sys_getframe(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "_getframe", nargs, 0, 1)) return Value();
  int64_t depth = 0;
  if (nargs) {
    if (!args[0].is_int()) return t.raise(t.vm.types.TypeError, "an integer is required");
    depth = args[0].as_int();
  }
  Frame* f = t.ctx.frame;
  for (; f && depth > 0; --depth) f = f->back;
  if (!f) return t.raise(t.vm.types.ValueError, "call stack is not deep enough");
  return Value::borrow(f);
}

Value sys_exc_info(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "exc_info", nargs, 0, 0)) return Value();
  const Value& e = t.ctx.handled;
  if (!is_exception(e)) return new_tuple(t.vm, {Value::none(), Value::none(), Value::none()});
  return new_tuple(t.vm, {Value::borrow(e.obj()->type), e, static_cast<Exception*>(e.obj())->traceback});
}

Value sys_intern(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "intern", nargs, 1, 1)) return Value();
  Str* s = arg_str(t, args[0], "intern() argument");
  if (!s) return Value();
  return Value::borrow(t.vm.intern(s->s));
}

Value time_time(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "time", nargs, 0, 0)) return Value();
  return Value::real(platform::wall_time());
}
Value time_monotonic(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "monotonic", nargs, 0, 0)) return Value();
  return Value::real(platform::monotonic_time());
}
Value time_perf_counter(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "perf_counter", nargs, 0, 0)) return Value();
  return Value::real(platform::perf_counter());
}
Value time_process_time(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "process_time", nargs, 0, 0)) return Value();
  return Value::real(platform::process_time());
}
Value time_sleep(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "sleep", kw) || !check_nargs(t, "sleep", nargs, 1, 1)) return Value();
  double s;
  if (!seconds_arg(t, args[0], &s)) return Value();
  if (s != s) return t.raise(t.vm.types.ValueError, "Invalid value NaN (not a number)");
  if (s < 0) return t.raise(t.vm.types.ValueError, "sleep length must be non-negative");
  if (t.vm.tasklet_sleep && t.sched) return t.vm.tasklet_sleep(t, s);  // only this tasklet waits
  t.soft_call = false;
  GilRelease unlocked(t);  // other threads run meanwhile
  platform::sleep_seconds(s);
  return Value::none();
}

// time.gmtime([secs]) / time.localtime([secs]): (year, month, day, hour, minute, second,
// weekday (Monday 0), yearday, isdst) as a tuple.
Value broken_down_time(Thread& t, Value* args, int nargs, bool local) {
  if (!check_nargs(t, local ? "localtime" : "gmtime", nargs, 0, 1)) return Value();
  double secs = platform::wall_time();
  if (nargs && !args[0].is_none()) {
    if (args[0].is_float()) secs = args[0].as_float();
    else if (args[0].is_int()) secs = double(args[0].as_int());
    else return t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, args[0]));
  }
  time_t tt = time_t(std::floor(secs));
  struct tm tmv;
  if (!(local ? localtime_r(&tt, &tmv) : gmtime_r(&tt, &tmv)))
    return t.raise(t.vm.types.OverflowError, "timestamp out of range for platform time_t");
  return new_tuple(t.vm, {Value::integer(tmv.tm_year + 1900), Value::integer(tmv.tm_mon + 1),
                          Value::integer(tmv.tm_mday), Value::integer(tmv.tm_hour),
                          Value::integer(tmv.tm_min), Value::integer(tmv.tm_sec),
                          Value::integer((tmv.tm_wday + 6) % 7), Value::integer(tmv.tm_yday + 1),
                          Value::integer(local ? tmv.tm_isdst : 0)});
}
Value time_gmtime(Thread& t, Value* a, int n, Tuple*) { return broken_down_time(t, a, n, false); }
Value time_localtime(Thread& t, Value* a, int n, Tuple*) { return broken_down_time(t, a, n, true); }

// time.mktime(tuple): the inverse of localtime().
Value time_mktime(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "mktime", nargs, 1, 1)) return Value();
  if (!is_tuple(args[0]) || as_tuple(args[0])->size != 9)
    return t.raise(t.vm.types.TypeError, "mktime(): argument must be a 9-item sequence");
  Tuple* tp = as_tuple(args[0]);
  int64_t f[9];
  for (int i = 0; i < 9; ++i) {
    if (!(*tp)[i].is_int()) return t.raise(t.vm.types.TypeError, "an integer is required");
    f[i] = (*tp)[i].as_int();
  }
  struct tm tmv = {};
  tmv.tm_year = int(f[0] - 1900);
  tmv.tm_mon = int(f[1] - 1);
  tmv.tm_mday = int(f[2]);
  tmv.tm_hour = int(f[3]);
  tmv.tm_min = int(f[4]);
  tmv.tm_sec = int(f[5]);
  tmv.tm_isdst = int(f[8]);
  time_t r = mktime(&tmv);
  return Value::real(double(r));
}

}  // namespace

Value sys_stream(Thread& t, const char* name) {
  Value v = t.vm.sys->dict->get_str(t.vm.intern(name));
  return v ? v : Value::none();
}

void write_to_stderr(Thread& t, const std::string& text) {
  Value saved = t.take_pending();
  Value err = sys_stream(t, "stderr");
  if (!err || !write_to(t, err, text)) {
    t.clear_pending();
    std::fputs(text.c_str(), stderr);
  }
  t.pending = std::move(saved);
}

bool write_to(Thread& t, const Value& stream, std::string_view text) {
  if (is_stream(t.vm, stream)) {
    FILE* f = stream.obj()->small == 2 ? stderr : stdout;
    if (f == stderr) fflush(stdout);
    fwrite(text.data(), 1, text.size(), f);
    return true;
  }
  if (stream.is_none()) return true;
  bool is_method;
  Value write = get_method(t, stream, t.vm.intern("write"), &is_method);
  if (!write) return false;
  Value s = new_str(t.vm, std::string(text));
  Value r = is_method ? call2(t, write, stream, s) : call1(t, write, s);
  return bool(r);
}

void init_sys_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  // The text stream type behind sys.stdout and sys.stderr.
  auto* st = new Type(&vm, vm.types.type, "_io.TextIOWrapper");
  st->base = vm.types.object;
  st->mro = {st, vm.types.object};
  st->dict = dict_alloc(vm);
  vm.all_types.push_back(st);
  add_method(vm, st, "write", stream_write);
  add_method(vm, st, "flush", stream_flush);
  d->set_str(vm.intern("_stream_type"), Value::borrow(st));
  auto make_stream = [&](int fd) {
    auto* o = new Object(Kind::Instance, st);
    o->small = uint16_t(fd);
    return Value::steal(o);
  };
  Value out = make_stream(1), err = make_stream(2);
  d->set_str(vm.intern("stdout"), out);
  d->set_str(vm.intern("stderr"), err);
  d->set_str(vm.intern("__stdout__"), out);
  d->set_str(vm.intern("__stderr__"), err);

  add_function(vm, d, "exit", sys_exit);
  add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit);
  add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit);
  add_function(vm, d, "setswitchinterval", sys_setswitchinterval);
  add_function(vm, d, "getswitchinterval", sys_getswitchinterval);
  add_function(vm, d, "exc_info", sys_exc_info);
  add_function(vm, d, "_getframe", sys_getframe);
  add_function(vm, d, "intern", sys_intern);
  d->set_str(vm.intern("argv"), new_list(vm));
  d->set_str(vm.intern("path"), new_list(vm));
  d->set_str(vm.intern("modules"), Value::borrow(vm.modules));
  d->set_str(vm.intern("platform"), new_str(vm, "linux"));
  d->set_str(vm.intern("byteorder"), new_str(vm, "little"));
  d->set_str(vm.intern("maxsize"), Value::integer(INT64_MAX));
  d->set_str(vm.intern("version"), new_str(vm, std::string("3.11.0 (eddy ") + EDDY_VERSION + ")"));
  d->set_str(vm.intern("version_info"),
             new_tuple(vm, {Value::integer(3), Value::integer(11), Value::integer(0),
                            new_str(vm, "final"), Value::integer(0)}));
  d->set_str(vm.intern("executable"), new_str(vm, ""));
}

void init_time_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  add_function(vm, m->dict, "time", time_time);
  add_function(vm, m->dict, "monotonic", time_monotonic);
  add_function(vm, m->dict, "perf_counter", time_perf_counter);
  add_function(vm, m->dict, "process_time", time_process_time);
  add_function(vm, m->dict, "sleep", time_sleep);
  // It may switch tasklets (vm.tasklet_sleep): the dispatch loop calls it as such.
  static_cast<NativeFunction*>(m->dict->get_str(vm.intern("sleep")).obj())->may_switch = true;
  add_function(vm, m->dict, "gmtime", time_gmtime);
  add_function(vm, m->dict, "localtime", time_localtime);
  add_function(vm, m->dict, "mktime", time_mktime);
}

void register_native_modules(Runtime& vm) {
  vm.native_modules.push_back({"time", init_time_module});
  vm.native_modules.push_back({"math", init_math_module});
  vm.native_modules.push_back({"gc", init_gc_module});
  vm.native_modules.push_back({"_weakref", init_weakref_module});
  vm.native_modules.push_back({"_os", init_os_module});
  vm.native_modules.push_back({"_traceback", init_traceback_module});
  vm.native_modules.push_back({"_sha512", init_sha512_module});
  vm.native_modules.push_back({"_stackless", init_stackless_module});
  vm.native_modules.push_back({"_thread", init_thread_module});
}

}  // namespace eddy
