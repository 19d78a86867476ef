// Script threads and the GIL. See threads.h for the invariants.
#include "runtime/threads.h"

#include <cmath>
#include <condition_variable>
#include <mutex>

#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/modules/modules.h"
#include "runtime/ops.h"

namespace eddy {

namespace {
// The Thread each OS thread runs as (in the Runtime whose GIL it took last).
thread_local Thread* tls_thread = nullptr;
}  // namespace

void acquire_gil(Thread& t) {
  platform::gil_acquire(*t.gil, &t, &t.interrupt);
  tls_thread = &t;
  t.vm.gc.interrupt = &t.interrupt;  // automatic collections run where the GIL is
}

void release_gil(Thread& t) { platform::gil_release(*t.gil); }

void yield_gil(Thread& t) {
  t.interrupt.fetch_and(~uint32_t(kInterruptGilDrop));
  if (!t.vm.gil_ignores_atomic && t.vm.switch_inhibited && t.vm.switch_inhibited(t)) return;
  platform::gil_yield(*t.gil, &t, &t.interrupt);
  tls_thread = &t;
  t.vm.gc.interrupt = &t.interrupt;
}

bool wait_for_wake(Thread& t, double deadline) {
  t.blocked = true;
  bool woken = platform::gil_wait(*t.gil, &t, &t.interrupt, t.wake_cv, t.wake, deadline, 0.1);
  t.blocked = false;
  tls_thread = &t;
  t.vm.gc.interrupt = &t.interrupt;
  return woken;
}

void wake_thread(Thread& other) {
  other.blocked = false;  // runnable from now on (as seen by other_threads_runnable)
  platform::gil_wake(*other.gil, other.wake_cv, other.wake);
}

bool other_threads_runnable(Thread& t) {
  for (Thread* x : t.vm.threads)
    if (x != &t && !x->blocked) return true;
  return false;
}

Thread& current_thread(Runtime& vm) {
  Thread* t = tls_thread;
  return t && &t->vm == &vm ? *t : *vm.main_thread;
}

namespace {

// ---------------------------------------------------------------- _thread.lock

struct ThreadLock : GcObject {
  std::mutex m;
  std::condition_variable cv;
  bool locked = false;
  explicit ThreadLock(Type* type) : GcObject(Kind::Native, type) {}
};

Object* lock_alloc(Thread& t, Type* type) {
  auto* l = new ThreadLock(type);
  gc_untrack(l);  // it holds no references
  return l;
}
void lock_destroy(Object* o) { delete static_cast<ThreadLock*>(o); }

const NativeOps kLockOps = {lock_alloc, traverse_nothing, clear_nothing, nullptr, lock_destroy, nullptr};

ThreadLock* self_lock(Value* args) { return static_cast<ThreadLock*>(args[0].obj()); }

// Takes the lock; without the GIL while it waits. timeout < 0: no deadline.
bool lock_take(Thread& t, ThreadLock* l, bool blocking, double timeout) {
  {
    std::lock_guard<std::mutex> g(l->m);
    if (!l->locked) {
      l->locked = true;
      return true;
    }
  }
  if (!blocking) return false;
  Value keep = Value::borrow(l);
  GilRelease unlocked(t);
  std::unique_lock<std::mutex> g(l->m);
  bool got;
  if (timeout < 0) {
    l->cv.wait(g, [&] { return !l->locked; });
    got = true;
  } else {
    got = l->cv.wait_for(g, std::chrono::duration<double>(timeout), [&] { return !l->locked; });
  }
  if (got) l->locked = true;
  return got;
}

Value lock_acquire(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "acquire", args + 1, nargs - 1, kw, {"blocking", "timeout"}, 0, a)) return Value();
  bool blocking = true;
  if (a[0]) {
    int b = truthy(t, a[0]);
    if (b < 0) return Value();
    blocking = b;
  }
  double timeout = -1;
  if (a[1]) {
    if (!seconds_arg(t, a[1], &timeout)) return Value();
    if (timeout != -1 && !blocking)
      return t.raise(t.vm.types.ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1)
      return t.raise(t.vm.types.ValueError, "timeout value must be a non-negative number");
  }
  return Value::boolean(lock_take(t, self_lock(args), blocking, timeout));
}

Value lock_release(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "release", nargs - 1, 0, 0)) return Value();
  ThreadLock* l = self_lock(args);
  {
    std::lock_guard<std::mutex> g(l->m);
    if (!l->locked) return t.raise(t.vm.types.RuntimeError, "release unlocked lock");
    l->locked = false;
  }
  l->cv.notify_one();
  return Value::none();
}

Value lock_locked(Thread& t, Value* args, int nargs, Tuple*) {
  ThreadLock* l = self_lock(args);
  std::lock_guard<std::mutex> g(l->m);
  return Value::boolean(l->locked);
}

Value lock_enter(Thread& t, Value* args, int nargs, Tuple*) {
  return Value::boolean(lock_take(t, self_lock(args), true, -1));
}

Value lock_exit(Thread& t, Value* args, int nargs, Tuple*) { return lock_release(t, args, 1, nullptr); }

Value lock_repr(Thread& t, Value* args, int nargs, Tuple*) {
  ThreadLock* l = self_lock(args);
  bool locked;
  {
    std::lock_guard<std::mutex> g(l->m);
    locked = l->locked;
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s _thread.lock object at %p>", locked ? "locked" : "unlocked",
                static_cast<void*>(l));
  return new_str(t.vm, buf);
}

Value lock_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "lock", kw) || !check_nargs(t, "lock", nargs, 0, 0)) return Value();
  return Value::steal(lock_alloc(t, type));
}

// ---------------------------------------------------------------- starting threads

struct ThreadStart {
  Runtime* vm;
  Value func, args, kwargs;
  std::mutex m;
  std::condition_variable cv;
  int64_t ident = 0;  // published by the new thread before it waits for the GIL
};

void report_thread_error(Thread& t, const Value& func, Value exc) {
  if (type_of(t, exc)->is_subtype(t.vm.types.SystemExit)) return;
  std::string text = "Exception ignored in thread started by: ";
  Value r = repr(t, func);
  text += r ? as_str(r)->s : std::string("<function>");
  t.clear_pending();
  text += "\n" + format_exception(t, exc);
  write_to_stderr(t, text);
}

void thread_main(void* arg) {
  auto* st = static_cast<ThreadStart*>(arg);
  Runtime& vm = *st->vm;
  auto* t = new Thread(vm);
  {
    std::lock_guard<std::mutex> g(st->m);
    st->ident = t->ident;
  }
  st->cv.notify_one();
  acquire_gil(*t);
  vm.threads.push_back(t);
  {
    Tuple* a = as_tuple(st->args);
    std::vector<Value> argv(a->items(), a->items() + a->size);
    Value names;
    if (st->kwargs && !st->kwargs.is_none() && as_dict(st->kwargs)->used > 0) {
      std::vector<Value> keys;
      for (auto& e : as_dict(st->kwargs)->entries) {
        if (e.key.is_null()) continue;
        keys.push_back(e.key);
        argv.push_back(e.value);
      }
      names = new_tuple(vm, keys.data(), int64_t(keys.size()));
    }
    Value r = call(*t, st->func, argv.data(), int(a->size), names ? as_tuple(names) : nullptr);
    if (!r) report_thread_error(*t, st->func, t->take_pending());
  }
  delete st;  // its references go while this thread still holds the GIL
  if (vm.thread_exit_tasklets) vm.thread_exit_tasklets(*t);
  t->sched.reset();
  t->pending = Value();
  t->ctx.handled = Value();
  for (size_t i = 0; i < vm.threads.size(); ++i)
    if (vm.threads[i] == t) vm.threads.erase(vm.threads.begin() + long(i));
  --vm.started_threads;
  release_gil(*t);
  delete t;
}

// start_new_thread(function, args, kwargs={}): the new thread's identifier.
Value m_start_new_thread(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "start_new_thread", kw) || !check_nargs(t, "start_new_thread", nargs, 2, 3)) return Value();
  if (!is_callable(args[0])) return t.raise(t.vm.types.TypeError, "first arg must be callable");
  if (!is_tuple(args[1])) return t.raise(t.vm.types.TypeError, "2nd arg must be a tuple");
  if (nargs == 3 && !is_dict(args[2])) return t.raise(t.vm.types.TypeError, "optional 3rd arg must be a dictionary");
  if (t.vm.finalizing) return t.raise(t.vm.types.RuntimeError, "can't create new thread at interpreter shutdown");
  auto* st = new ThreadStart;
  st->vm = &t.vm;
  st->func = args[0];
  st->args = args[1];
  st->kwargs = nargs == 3 ? args[2] : Value();
  ++t.vm.started_threads;
  if (!platform::start_thread(thread_main, st)) {
    --t.vm.started_threads;
    delete st;
    return t.raise(t.vm.types.RuntimeError, "can't start new thread");
  }
  int64_t ident;
  {
    std::unique_lock<std::mutex> g(st->m);  // st lives until the new thread has the GIL
    st->cv.wait(g, [&] { return st->ident != 0; });
    ident = st->ident;
  }
  return Value::integer(ident);
}

Value m_get_ident(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "get_ident", nargs, 0, 0)) return Value();
  return Value::integer(t.ident);
}

Value m_get_native_id(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "get_native_id", nargs, 0, 0)) return Value();
  return Value::integer(platform::native_thread_id());
}

Value m_count(Thread& t, Value*, int nargs, Tuple*) { return Value::integer(t.vm.started_threads); }

Value m_allocate_lock(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "allocate_lock", nargs, 0, 0)) return Value();
  return Value::steal(lock_alloc(t, t.vm.thread_lock_type));
}

Value m_stack_size(Thread& t, Value*, int nargs, Tuple*) {
  if (!check_nargs(t, "stack_size", nargs, 0, 1)) return Value();
  return Value::integer(0);
}

// _thread._set_gil_ignores_atomic(flag): a debug switch - the GIL may be taken from an atomic
// tasklet (to show that atomic is what keeps cross-thread critical sections whole).
Value m_set_gil_ignores_atomic(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "_set_gil_ignores_atomic", nargs, 1, 1)) return Value();
  int b = truthy(t, args[0]);
  if (b < 0) return Value();
  bool old = t.vm.gil_ignores_atomic;
  t.vm.gil_ignores_atomic = b;
  return Value::boolean(old);
}

}  // namespace

void init_thread_module(Thread& t, Module* m) {
  Runtime& vm = t.vm;
  Dict* d = m->dict;
  Type* lock = make_module_type(vm, "_thread", "lock", Kind::Native, &kLockOps, lock_construct);
  vm.thread_lock_type = lock;
  for (auto [name, fn] : {std::pair<const char*, NativeFn>{"acquire", lock_acquire}, {"acquire_lock", lock_acquire},
                          {"release", lock_release}, {"release_lock", lock_release}, {"locked", lock_locked},
                          {"locked_lock", lock_locked}, {"__enter__", lock_enter}, {"__exit__", lock_exit},
                          {"__repr__", lock_repr}})
    add_method(vm, lock, name, fn);
  d->set_str(vm.intern("LockType"), Value::borrow(lock));
  d->set_str(vm.intern("lock"), Value::borrow(lock));
  d->set_str(vm.intern("error"), Value::borrow(vm.types.RuntimeError));
  d->set_str(vm.intern("TIMEOUT_MAX"), Value::real(9223372036.0));
  add_function(vm, d, "start_new_thread", m_start_new_thread);
  add_function(vm, d, "start_new", m_start_new_thread);
  add_function(vm, d, "get_ident", m_get_ident);
  add_function(vm, d, "get_native_id", m_get_native_id);
  add_function(vm, d, "_count", m_count);
  add_function(vm, d, "allocate_lock", m_allocate_lock);
  add_function(vm, d, "allocate", m_allocate_lock);
  add_function(vm, d, "stack_size", m_stack_size);
  add_function(vm, d, "_set_gil_ignores_atomic", m_set_gil_ignores_atomic);
}

void finish_threads(Thread& t) {
  Runtime& vm = t.vm;
  if (vm.modules) {
    Value threading = vm.modules->get_str(vm.intern("threading"));
    if (threading && is_module(threading)) {
      Value fn = static_cast<Module*>(threading.obj())->dict->get_str(vm.intern("_shutdown"));
      if (fn && !call(t, fn, nullptr, 0)) t.clear_pending();
    }
  }
  vm.finalizing = true;
}

}  // namespace eddy
