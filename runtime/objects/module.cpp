// Modules.
#include "runtime/objects/module.h"

#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/vm.h"

namespace eddy {

Module* module_alloc(Thread& t, Str* name) {
  auto* m = new Module(t.vm.types.module);
  m->dict = dict_alloc(t.vm);
  m->dict->set_str(t.vm.names.__name__, Value::borrow(name));
  m->dict->set_str(t.vm.names.__doc__, Value::none());
  return m;
}

void init_module_type(Thread&) {}

}  // namespace eddy
