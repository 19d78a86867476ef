// Functions, cells, natives, bound methods: construction. Calling lives in the dispatcher.
#include "runtime/objects/function.h"

#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

Value new_cell(Runtime& vm, Value v) {
  auto* c = new Cell(vm.types.cell);
  c->value = std::move(v);
  return Value::steal(c);
}

Value new_native(Runtime& vm, const char* name, NativeFn fn, Value self, Type* owner) {
  auto* n = new NativeFunction(vm.types.builtin_function);
  n->name = name;
  n->fn = fn;
  n->self = std::move(self);
  n->owner = owner;
  return Value::steal(n);
}

Value bind_native(Runtime& vm, NativeFunction* n, Value self) {
  Value b = new_native(vm, n->name, n->fn, std::move(self), n->owner);
  static_cast<NativeFunction*>(b.obj())->may_switch = n->may_switch;
  return b;
}

void add_method(Runtime& vm, Type* type, const char* name, NativeFn fn) {
  type->dict->flags |= kFlagClassDict;
  type->dict->set_str(vm.intern(name), new_native(vm, name, fn, Value(), type));
  if (!type->heap && std::string_view(name) == "__call__") type->native_call = fn;
}

void add_classmethod(Runtime& vm, Type* type, const char* name, NativeFn fn) {
  auto* cm = new Descriptor(vm.types.classmethod, DescriptorKind::ClassMethod);
  cm->fget = new_native(vm, name, fn);
  type->dict->flags |= kFlagClassDict;
  type->dict->set_str(vm.intern(name), Value::steal(cm));
}

void add_function(Runtime& vm, Dict* d, const char* name, NativeFn fn) {
  d->set_str(vm.intern(name), new_native(vm, name, fn));
}

void add_functions(Runtime& vm, Dict* d, std::initializer_list<NativeDef> defs) {
  for (const NativeDef& def : defs) add_function(vm, d, def.name, def.fn);
}

Value new_bound_method(Runtime& vm, Value func, Value self) {
  auto* m = new BoundMethod(vm.types.method);
  m->func = std::move(func);
  m->self = std::move(self);
  return Value::steal(m);
}

namespace {
// method(function, instance), as types.MethodType.
Value method_construct(Thread& t, Type*, Value* args, int nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size)
    return t.raise(t.vm.types.TypeError, "method() takes no keyword arguments");
  if (nargs != 2) return t.raise(t.vm.types.TypeError, "method expected 2 arguments, got %d", nargs);
  if (!is_callable(args[0])) return t.raise(t.vm.types.TypeError, "first argument must be callable");
  if (args[1].is_none()) return t.raise(t.vm.types.TypeError, "instance must not be None");
  return new_bound_method(t.vm, args[0], args[1]);
}
}  // namespace

void init_function_types(Thread& t) { t.vm.types.method->construct = method_construct; }

}  // namespace eddy
