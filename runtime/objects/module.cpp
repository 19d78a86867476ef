// Modules.
#include "runtime/objects/module.h"

#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

Module* module_alloc(Thread& t, Str* name) {
  auto* m = new Module(t.vm.types.module);
  m->dict = dict_alloc(t.vm);
  m->dict->set_str(t.vm.names.__name__, Value::borrow(name));
  m->dict->set_str(t.vm.names.__doc__, Value::none());
  return m;
}

namespace {

// module(name, doc=None), as types.ModuleType: a new, empty module.
Value module_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "module", args, nargs, kw, {"name", "doc"}, 1, a)) return Value();
  if (!is_str(a[0]))
    return t.raise(t.vm.types.TypeError, "module() argument 'name' must be str, not %s",
                   type_name(t, a[0]));
  Module* m = module_alloc(t, as_str(a[0]));
  Value result = Value::steal(m);
  if (a[1]) m->dict->set_str(t.vm.names.__doc__, a[1]);
  for (const char* n : {"__package__", "__loader__", "__spec__"}) m->dict->set_str(t.vm.intern(n), Value::none());
  return result;
}

}  // namespace

void init_module_type(Thread& t) { t.vm.types.module->construct = module_construct; }

}  // namespace eddy
