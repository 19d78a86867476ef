// Frame allocation: a per-Runtime pool bucketed by slot count, so that a script call costs no malloc
// in the steady state. See frame.h for the invariants.
#include "dispatcher/frame.h"

#include <new>

#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/vm.h"

namespace eddy {

namespace {
constexpr uint32_t kPoolDepth = 4096;  // frames kept per bucket
}  // namespace

Frame* frame_alloc_slow(Thread& t, Function* func) {
  Runtime& vm = t.vm;
  int n = func->code->nslots();
  Frame* f = frame_pool_take(vm, n);
  if (!f) {
    void* mem = memory::allocate(sizeof(Frame) + size_t(n) * sizeof(Value));
    f = new (mem) Frame(vm.types.frame);
    for (int i = 0; i < n; ++i) new (&f->slots()[i]) Value();
  }
  f->nslots = n;
  frame_init(f, func);
  return f;
}

void frame_free(Frame* f) {
  Runtime& vm = *f->type->vm;
  // Slots above the stack height are already Null. Clearing may run destructors that free
  // other frames, so the frame is detached first.
  int used = f->code->stack_offset + int(f->stack_depth);
  Value* slots = f->slots();
  for (int i = 0; i < used; ++i) slots[i].clear();
  Object* func = reinterpret_cast<Object*>(f->func);
  Dict* locals = f->locals;
  Frame* back = f->back;
  int n = f->nslots;
  if (n < Runtime::kPooledFrameSlots && vm.frame_pool[n].count < kPoolDepth) {
    Runtime::FrameFreeList& pool = vm.frame_pool[n];
    f->back = pool.head;
    pool.head = f;
    ++pool.count;
  } else {
    memory::deallocate(static_cast<void*>(f), sizeof(Frame) + size_t(n) * sizeof(Value));
  }
  Value::decref(func);
  if (locals) Value::decref(locals);
  if (back) Value::decref(back);
}

void frame_pool_clear(Runtime& vm) {
  auto* p = vm.frame_pool;
  for (int i = 0; i < Runtime::kPooledFrameSlots; ++i) {
    while (p[i].head) {
      Frame* f = p[i].head;
      p[i].head = f->back;
      memory::deallocate(static_cast<void*>(f), sizeof(Frame) + size_t(i) * sizeof(Value));
    }
    p[i].count = 0;
  }
}

Value frame_locals(Thread& t, Frame* f) {
  if (f->locals) return Value::borrow(f->locals);
  Value d = new_dict(t.vm);
  Code* co = f->code;
  for (int i = 0; i < co->nlocals; ++i)
    if (!f->slots()[i].is_null()) as_dict(d)->set_str(as_str(co->varnames[size_t(i)]), f->slots()[i]);
  for (int i = 0; i < co->ncells + co->nfrees; ++i) {
    auto* cell = static_cast<Cell*>(f->cells()[i].obj());
    Str* name = as_str(i < co->ncells ? co->cellvars[size_t(i)] : co->freevars[size_t(i - co->ncells)]);
    if (!cell->value.is_null()) as_dict(d)->set_str(name, cell->value);
  }
  return d;
}

}  // namespace eddy
