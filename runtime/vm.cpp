// The Runtime: creating the builtin types, the thread state, interning, and imports.
#include "runtime/vm.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "platform/stack_bounds.h"
#include "runtime/frontend/compiler.h"
#include "runtime/threads.h"
#include "runtime/modules/modules.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/int.h"
#include "runtime/objects/iterators.h"
#include "runtime/objects/module.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/weakref.h"
#include "runtime/ops.h"

namespace eddy {

std::string vstrfmt(const char* fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  char buf[512];
  int n = vsnprintf(buf, sizeof buf, fmt, copy);
  va_end(copy);
  if (n < int(sizeof buf)) return std::string(buf, size_t(n > 0 ? n : 0));
  std::string out(size_t(n) + 1, '\0');
  vsnprintf(out.data(), out.size(), fmt, ap);
  out.resize(size_t(n));
  return out;
}

std::string strfmt(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string s = vstrfmt(fmt, ap);
  va_end(ap);
  return s;
}

// ---------------------------------------------------------------- Thread

Thread::Thread(Runtime& v) : vm(v), ident(platform::thread_ident()), gil(v.gil.get()) {
  stack_limit = platform::stack_limit_for_current_thread();
  ctx.handled = Value::none();
}

Thread::~Thread() = default;

Value Thread::raise(Type* exc_type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string msg = vstrfmt(fmt, ap);
  va_end(ap);
  return raise_str(exc_type, std::move(msg));
}

Value Thread::raise_str(Type* exc_type, std::string msg) {
  pending = new_exception_msg(*this, exc_type, std::move(msg));
  return Value();
}

Value Thread::raise_value(Value exc) {
  if (exc) pending = std::move(exc);
  return Value();
}

bool Thread::pending_is(Type* exc_type) const {
  if (pending.is_null() || !pending.is_obj()) return false;
  return pending.obj()->type->is_subtype(exc_type);
}

// ---------------------------------------------------------------- Runtime

Type* make_type(Runtime& vm, const char* name, Type* base, Kind kind) {
  auto* t = new Type(&vm, vm.types.type, name);
  t->base = base;
  t->instance_kind = kind;
  t->mro.push_back(t);
  if (base)
    for (Type* b : base->mro) t->mro.push_back(b);
  vm.all_types.push_back(t);
  return t;
}

Type* make_module_type(Runtime& vm, const char* module, const char* name, Kind kind, const NativeOps* ops,
                       Value (*construct)(Thread&, Type*, Value*, int, Tuple*)) {
  Type* t = make_type(vm, name, vm.types.object, kind);
  t->native_ops = ops;
  t->construct = construct;
  t->dict = dict_alloc(vm);
  t->dict->flags |= kFlagClassDict;
  t->dict->set_str(vm.names.__module__, new_str(vm, module));
  t->dotted_name = std::string(module) + "." + name;
  return t;
}

void traverse_nothing(Object*, void (*)(Object*, void*), void*) {}
void clear_nothing(Object*) {}

namespace {

Value object_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (nargs || (kw && kw->size))
    return t.raise(t.vm.types.TypeError, "object() takes no arguments");
  return Value::steal(new Object(Kind::Instance, type));
}

Value type_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (nargs == 1 && !(kw && kw->size)) return Value::borrow(type_of(t, args[0]));
  if (nargs == 3) return type_new_from_args(t, type, args, nargs, kw);
  return t.raise(t.vm.types.TypeError, "type() takes 1 or 3 arguments");
}

}  // namespace

Runtime::Runtime() {
  // The two types that describe each other.
  types.type = new Type(this, nullptr, "type");
  types.type->type = types.type;
  types.type->mro.push_back(types.type);
  all_types.push_back(types.type);
  types.object = make_type(*this, "object", nullptr, Kind::Instance);
  types.type->base = types.object;
  types.type->mro.push_back(types.object);

  Type* O = types.object;
  types.none = make_type(*this, "NoneType", O, Kind::Instance);
  types.int_ = make_type(*this, "int", O, Kind::BigInt);
  types.bool_ = make_type(*this, "bool", types.int_, Kind::BigInt);
  types.float_ = make_type(*this, "float", O, Kind::Instance);
  types.str = make_type(*this, "str", O, Kind::Str);
  types.tuple = make_type(*this, "tuple", O, Kind::Tuple);
  types.list = make_type(*this, "list", O, Kind::List);
  types.dict = make_type(*this, "dict", O, Kind::Dict);
  types.set = make_type(*this, "set", O, Kind::Set);
  types.frozenset = make_type(*this, "frozenset", O, Kind::Set);
  types.range = make_type(*this, "range", O, Kind::Range);
  types.slice = make_type(*this, "slice", O, Kind::Slice);
  types.code = make_type(*this, "code", O, Kind::Code);
  types.function = make_type(*this, "function", O, Kind::Function);
  types.cell = make_type(*this, "cell", O, Kind::Cell);
  types.builtin_function = make_type(*this, "builtin_function_or_method", O, Kind::NativeFunction);
  types.method = make_type(*this, "method", O, Kind::BoundMethod);
  types.module = make_type(*this, "module", O, Kind::Module);
  types.frame = make_type(*this, "frame", O, Kind::Frame);
  types.traceback = make_type(*this, "traceback", O, Kind::Traceback);
  types.iterator = make_type(*this, "iterator", O, Kind::Iterator);
  types.iterator->is_iterator = true;
  for (auto [slot, name] : std::initializer_list<std::pair<Type**, const char*>>{
           {&types.list_iterator, "list_iterator"}, {&types.tuple_iterator, "tuple_iterator"},
           {&types.str_ascii_iterator, "str_ascii_iterator"}, {&types.str_iterator, "str_iterator"},
           {&types.range_iterator, "range_iterator"}, {&types.dict_keyiterator, "dict_keyiterator"},
           {&types.dict_valueiterator, "dict_valueiterator"},
           {&types.dict_itemiterator, "dict_itemiterator"}, {&types.set_iterator, "set_iterator"},
           {&types.enumerate, "enumerate"}, {&types.zip, "zip"}, {&types.map, "map"},
           {&types.filter, "filter"}, {&types.reversed, "reversed"},
           {&types.list_reverseiterator, "list_reverseiterator"},
           {&types.callable_iterator, "callable_iterator"},
           {&types.bytes_iterator, "bytes_iterator"}}) {
    *slot = make_type(*this, name, types.iterator, Kind::Iterator);
    (*slot)->is_iterator = true;
  }
  types.not_implemented = make_type(*this, "NotImplementedType", O, Kind::Instance);
  types.ellipsis = make_type(*this, "ellipsis", O, Kind::Instance);
  types.dict_keys = make_type(*this, "dict_keys", O, Kind::Iterator);
  types.dict_values = make_type(*this, "dict_values", O, Kind::Iterator);
  types.dict_items = make_type(*this, "dict_items", O, Kind::Iterator);
  types.property = make_type(*this, "property", O, Kind::Descriptor);
  types.staticmethod = make_type(*this, "staticmethod", O, Kind::Descriptor);
  types.classmethod = make_type(*this, "classmethod", O, Kind::Descriptor);
  types.super = make_type(*this, "super", O, Kind::Super);
  types.generator = make_type(*this, "generator", O, Kind::Generator);
  types.weakref = make_type(*this, "weakref", O, Kind::WeakRef);
  types.weakproxy = make_type(*this, "weakproxy", O, Kind::WeakRef);
  types.bytes = make_type(*this, "bytes", O, Kind::Bytes);
  types.bytearray = make_type(*this, "bytearray", O, Kind::Bytes);
  types.union_type = make_type(*this, "UnionType", O, Kind::Tuple);
  types.union_type->dotted_name = "types.UnionType";
#define EDDY_MAKE_EXC(name, base) types.name = make_type(*this, #name, types.base, Kind::Exception);
  EDDY_EXCEPTIONS(EDDY_MAKE_EXC)
#undef EDDY_MAKE_EXC
  for (Type* t : all_types) t->dict = dict_alloc(*this);

  types.object->construct = object_construct;
  types.type->construct = type_construct;

  // Names.
  auto I = [this](const char* s) { return intern(s); };
  names.__name__ = I("__name__");
  names.__main__ = I("__main__");
  names.__builtins__ = I("__builtins__");
  names.__file__ = I("__file__");
  names.__doc__ = I("__doc__");
  names.__init__ = I("__init__");
  names.__class__ = I("__class__");
  names.__dict__ = I("__dict__");
  names.__module__ = I("__module__");
  types.union_type->dict->set_str(names.__module__, new_str(*this, "types"));
  names.__qualname__ = I("__qualname__");
  names.__path__ = I("__path__");
  names.__package__ = I("__package__");
  names.__spec__ = I("__spec__");
  names.__loader__ = I("__loader__");
  names.args = I("args");
  names.key = I("key");
  names.reverse = I("reverse");
  names.sep = I("sep");
  names.end = I("end");
  names.file = I("file");
  names.flush = I("flush");
  names.start = I("start");
  names.default_ = I("default");
  names.__import__ = I("__import__");
#define EDDY_INTERN_DUNDER(name) dunders.name = I(#name);
  EDDY_DUNDERS(EDDY_INTERN_DUNDER)
#undef EDDY_INTERN_DUNDER
  {
    static const char* const ops[13] = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
                                        "lshift", "rshift", "and", "or", "xor", "matmul"};
    for (int i = 0; i < 13; ++i) {
      std::string op = ops[i];
      dunders.binop[i][0] = I(("__" + op + "__").c_str());
      dunders.binop[i][1] = I(("__r" + op + "__").c_str());
      dunders.binop[i][2] = I(("__i" + op + "__").c_str());
    }
  }

  empty_tuple = Value::steal(tuple_alloc(*this, 0));
  gc_untrack(static_cast<Tuple*>(empty_tuple.obj()));
  empty_str = Value::steal(new Str(types.str, ""));
  not_implemented = Value::steal(new Object(Kind::Instance, types.not_implemented));
  ellipsis = Value::steal(new Object(Kind::Instance, types.ellipsis));

  main_thread = std::make_unique<Thread>(*this);
  gc.interrupt = &main_thread->interrupt;
  gil->drop_bit = kInterruptGilDrop;
  acquire_gil(*main_thread);
  threads.push_back(main_thread.get());
  Thread& t = *main_thread;
  init_str_type(t);
  init_int_type(t);
  init_float_type(t);
  init_tuple_type(t);
  init_list_type(t);
  init_dict_type(t);
  init_set_type(t);
  init_range_type(t);
  init_function_types(t);
  init_module_type(t);
  init_exception_types(t);
  init_iterator_types(t);
  init_generator_type(t);
  init_weakref_types(t);
  init_bytes_types(t);

  modules = dict_alloc(*this);
  builtins = module_alloc(t, intern("builtins"));
  init_builtins_module(t, builtins);
  init_class_types(t);
  modules->set_str(intern("builtins"), Value::borrow(builtins));
  sys = module_alloc(t, intern("sys"));
  init_sys_module(t, sys);
  modules->set_str(intern("sys"), Value::borrow(sys));
  register_native_modules(*this);
  for (Type* ty : all_types)
    if (ty->dict) ty->dict->flags |= kFlagClassDict;
  ++class_epoch;
}

Runtime::~Runtime() {
  // Break the reference cycles that tie modules, functions and their globals together (so that
  // __del__ methods see their modules' globals still bound, as in CPython), then let the cycle
  // collector free what remains.
  if (main_thread) finish_threads(*main_thread);  // joins the non-daemon threads
  if (main_thread && shutdown_tasklets) shutdown_tasklets(*main_thread);
  tasklet_types.entry = Value();
  if (main_thread) {
    main_thread->pending = Value();
    main_thread->ctx.handled = Value();
  }
  if (modules) {
    DictEntries mods = modules->entries;
    for (auto& e : mods)
      if (e.value && is_module(e.value)) static_cast<Module*>(e.value.obj())->dict->clear();
    mods.clear();
    modules->clear();
    Value::decref(modules);
  }
  {
    // Classes and their methods form cycles (class -> namespace -> method -> __class__ cell):
    // clearing each live class's namespace breaks them, as CPython's finalization does.
    std::vector<Type*> live(heap_types.begin(), heap_types.end());
    for (Type* ty : live) Value::incref(ty);
    for (Type* ty : live) ty->dict->clear();
    for (Type* ty : live) Value::decref(ty);
  }
  if (builtins) Value::decref(builtins);
  if (sys) Value::decref(sys);
  if (main_thread) gc_teardown(*main_thread);  // what the namespaces no longer reach
  {
    // Attribute dicts of str/tuple/set subclass instances are not traversed for Str: release
    // what is left of them before the final collection.
    auto extra = std::move(extra_dicts);
    extra_dicts.clear();
    for (auto& [o, d] : extra) o->flags &= uint8_t(~kFlagExtraDict);
  }
  for (Type* t : all_types)
    if (t->dict) t->dict->clear();
  if (main_thread) gc_teardown(*main_thread);
  main_thread.reset();
  gc.interrupt = nullptr;
  empty_tuple = Value();
  empty_str = Value();
  not_implemented = Value();
  ellipsis = Value();
  for (auto& [k, s] : interned) s->refcnt = 1;
  std::vector<Str*> strs;
  for (auto& [k, s] : interned) strs.push_back(s);
  interned.clear();
  for (Str* s : strs) delete s;
  for (Type* t : all_types) {
    if (t->dict && gc_is_tracked(t->dict)) gc_untrack(t->dict);
    if (t->dict) delete t->dict;
    t->dict = nullptr;
  }
  frame_pool_clear(*this);
  for (Type* t : all_types) delete t;
  if (started_threads > 0) {
    // Threads still running (daemons) wait for the GIL for ever: it stays held, and allocated.
    std::lock_guard<std::mutex> g(gil->mu);
    gil->holder_interrupt = nullptr;
    gil.release();
  }
}

void bump_class_epoch(Type* t) { ++t->vm->class_epoch; }

Str* Runtime::intern(std::string_view s) {
  auto it = interned.find(s);
  if (it != interned.end()) return it->second;
  auto* str = new Str(types.str, std::string(s));
  str->flags |= kFlagInterned;
  interned.emplace(std::string_view(str->s), str);
  return str;
}

Value Runtime::run_source(Thread& t, std::string_view source, const std::string& filename,
                     const std::string& module_name) {
  Module* m = module_alloc(t, intern(module_name));
  Value mv = Value::steal(m);
  m->dict->set_str(names.__builtins__, Value::borrow(builtins));
  if (!filename.empty() && filename[0] != '<') m->dict->set_str(names.__file__, new_str(*this, filename));
  m->dict->set_str(names.__package__, Value::none());
  modules->set_str(intern(module_name), mv);
  Value code = compile_source(t, source, filename, CompileMode::Module);
  if (!code) return Value();
  Value r = run_module_code(t, static_cast<Code*>(code.obj()), m->dict);
  if (!r) return Value();
  return mv;
}

namespace {

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

bool is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

Value Runtime::import_module(Thread& t, Str* name) {
  Value existing = modules->get_str(name);
  if (existing) return existing;
  const std::string& full = name->s;
  for (auto& def : native_modules) {
    if (def.name != full) continue;
    Module* m = module_alloc(t, name);
    Value mv = Value::steal(m);
    modules->set_str(name, mv);
    def.init(t, m);
    if (t.has_pending()) {
      modules->del(t, Value::borrow(name));
      return Value();
    }
    return mv;
  }
  // Search sys.path for name/with/dots.py or a package directory.
  std::string rel = full;
  for (char& c : rel)
    if (c == '.') c = '/';
  Value path = sys->dict->get_str(intern("path"));
  std::vector<Value> dirs;
  if (path && is_list(path)) dirs = as_list(path)->items;
  std::string found;
  bool package = false;
  for (auto& d : dirs) {
    if (!is_str(d)) continue;
    std::string dir = as_str(d)->s.empty() ? "." : as_str(d)->s;
    std::string pkg = dir + "/" + rel + "/__init__.py";
    if (is_file(pkg)) {
      found = pkg;
      package = true;
      break;
    }
    std::string mod = dir + "/" + rel + ".py";
    if (is_file(mod)) {
      found = mod;
      break;
    }
  }
  if (found.empty()) {
    Value e = new_exception_msg(t, types.ModuleNotFoundError, "No module named '" + full + "'");
    exception_set_attr(t, static_cast<Exception*>(e.obj()), "name", Value::borrow(name));
    return t.raise_value(e);
  }
  std::string source;
  if (!read_file(found, &source))
    return t.raise(types.ImportError, "cannot read '%s'", found.c_str());
  Module* m = module_alloc(t, name);
  Value mv = Value::steal(m);
  m->dict->set_str(names.__builtins__, Value::borrow(builtins));
  m->dict->set_str(names.__file__, new_str(*this, found));
  size_t dot = full.rfind('.');
  if (package) {
    m->dict->set_str(names.__package__, Value::borrow(name));
    std::string dir = found.substr(0, found.size() - strlen("/__init__.py"));
    m->dict->set_str(names.__path__, new_list(*this, {new_str(*this, dir)}));
  } else {
    m->dict->set_str(names.__package__,
                     dot == std::string::npos ? new_str(*this, "") : new_str(*this, full.substr(0, dot)));
  }
  modules->set_str(name, mv);
  Value code = compile_source(t, source, found, CompileMode::Module);
  Value r = code ? run_module_code(t, static_cast<Code*>(code.obj()), m->dict) : Value();
  if (!r) {
    Value saved = t.take_pending();
    modules->del(t, Value::borrow(name));
    t.pending = std::move(saved);
    return Value();
  }
  // A submodule becomes an attribute of its package.
  if (dot != std::string::npos) {
    Value parent = modules->get_str(intern(full.substr(0, dot)));
    if (parent && is_module(parent))
      static_cast<Module*>(parent.obj())->dict->set_str(intern(full.substr(dot + 1)), mv);
  }
  // The module may have replaced itself in sys.modules.
  Value final_mod = modules->get_str(name);
  return final_mod ? final_mod : mv;
}

}  // namespace eddy
