// Frame allocation: a per-Runtime pool bucketed by slot count, so that a script call costs no malloc
// in the steady state. See frame.h for the invariants.
#include "dispatcher/frame.h"

#include <new>

#include "runtime/objects/dict.h"
#include "runtime/vm.h"

namespace eddy {

namespace {
constexpr int kPooledSlots = 64;     // frames with more slots are not pooled
constexpr size_t kPoolDepth = 1024;  // frames kept per bucket
}  // namespace

Frame* frame_alloc(Thread& t, Code* code, Function* func, Dict* globals, Dict* builtins) {
  Runtime& vm = t.vm;
  int n = code->nslots();
  Frame* f = nullptr;
  if (n < kPooledSlots) {
    if (vm.frame_pool.size() < size_t(kPooledSlots)) vm.frame_pool.resize(kPooledSlots);
    auto& bucket = vm.frame_pool[size_t(n)];
    if (!bucket.empty()) {
      f = bucket.back();
      bucket.pop_back();
      new (f) Frame(vm.types.frame);  // slots are already Null
    }
  }
  if (!f) {
    void* mem = ::operator new(sizeof(Frame) + size_t(n) * sizeof(Value));
    f = new (mem) Frame(vm.types.frame);
    for (int i = 0; i < n; ++i) new (&f->slots()[i]) Value();
  }
  f->nslots = n;
  f->code = code;
  Value::incref(code);
  f->func = func;
  if (func) Value::incref(reinterpret_cast<Object*>(func));
  f->globals = globals;
  Value::incref(globals);
  f->builtins = builtins;
  Value::incref(builtins);
  f->locals = nullptr;
  f->back = nullptr;
  f->ip = 0;
  f->stack_depth = 0;
  f->fflags = 0;
  return f;
}

void frame_free(Frame* f) {
  Runtime& vm = *f->type->vm;
  // Clearing slots may run destructors that drop other frames; do it before pooling.
  for (int i = 0; i < f->nslots; ++i) f->slots()[i] = Value();
  Code* code = f->code;
  Object* func = reinterpret_cast<Object*>(f->func);
  Dict* globals = f->globals;
  Dict* builtins = f->builtins;
  Dict* locals = f->locals;
  Frame* back = f->back;
  f->back = nullptr;
  int n = f->nslots;
  if (n < kPooledSlots && vm.frame_pool.size() > size_t(n) && vm.frame_pool[size_t(n)].size() < kPoolDepth) {
    vm.frame_pool[size_t(n)].push_back(f);
  } else {
    ::operator delete(static_cast<void*>(f));
  }
  Value::decref(code);
  if (func) Value::decref(func);
  Value::decref(globals);
  Value::decref(builtins);
  if (locals) Value::decref(locals);
  if (back) Value::decref(back);
}

void frame_pool_clear(Runtime& vm) {
  for (auto& bucket : vm.frame_pool) {
    for (Frame* f : bucket) ::operator delete(static_cast<void*>(f));
    bucket.clear();
  }
}

}  // namespace eddy
