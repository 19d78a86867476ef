// The opcode handlers' out-of-line work (see slow_paths.h).
#include "dispatcher/slow_paths.h"

#include <new>

#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

Value make_function(Thread& t, Frame* f, Code* code) {
  return new_function(t, code, f->globals(), f->builtins());
}

Value new_function(Thread& t, Code* code, Dict* globals, Dict* builtins) {
  auto* fn = new Function(t.vm.types.function);
  Value result = Value::steal(fn);
  fn->code = code;
  Value::incref(code);
  fn->globals = globals;
  Value::incref(globals);
  fn->builtins = builtins;
  Value::incref(builtins);
  fn->name = Value::borrow(t.vm.intern(code->name));
  fn->qualname = new_str(t.vm, code->qualname);
  Value mod = globals->get_str(t.vm.names.__name__);
  fn->module = mod ? mod : Value::none();
  fn->doc = (!code->consts.empty() && is_str(code->consts[0]) && code->name != "<lambda>")
                ? code->consts[0]
                : Value::none();
  return result;
}

// The "while handling, another exception occurred" link, set when an exception is raised.
void set_context(Thread& t, Exception* e) {
  const Value& handled = t.ctx.handled;
  if (!is_exception(handled) || !e->context.is_none()) return;
  if (handled.obj() == e) return;
  // Avoid creating a cycle in the context chain.
  Value walk = handled;
  for (int i = 0; i < 1000 && is_exception(walk); ++i) {
    auto* w = static_cast<Exception*>(walk.obj());
    if (is_exception(w->context) && w->context.obj() == e) {
      w->context = Value::none();
      break;
    }
    walk = w->context;
  }
  e->context = handled;
}

// "__main__.f()" or "len()": how CPython names a callable in call-site error messages.
std::string function_str(Thread& t, const Value& callee) {
  if (is_function(callee)) {
    auto* fn = static_cast<Function*>(callee.obj());
    std::string q = as_str(fn->qualname)->s;
    if (is_str(fn->module) && as_str(fn->module)->s != "builtins") q = as_str(fn->module)->s + "." + q;
    return q + "()";
  }
  if (is_kind(callee, Kind::NativeFunction)) return std::string(static_cast<NativeFunction*>(callee.obj())->name) + "()";
  if (is_kind(callee, Kind::Type)) return static_cast<Type*>(callee.obj())->name + "()";
  return std::string(type_name(t, callee)) + " object";
}

// Normalizes what `raise X` was given into an exception instance.
Value instantiate_exception(Thread& t, const Value& v) {
  if (is_exception(v)) return v;
  if (is_kind(v, Kind::Type) && static_cast<Type*>(v.obj())->is_subtype(t.vm.types.BaseException)) {
    Value e = call0(t, v);
    if (!e) return Value();
    if (!is_exception(e))
      return t.raise(t.vm.types.TypeError,
                     "calling %s should have returned an instance of BaseException, not %s",
                     static_cast<Type*>(v.obj())->name.c_str(), type_name(t, e));
    return e;
  }
  return t.raise(t.vm.types.TypeError, "exceptions must derive from BaseException");
}

int exception_matches(Thread& t, const Value& exc, const Value& spec) {
  auto check = [&](const Value& ty) -> int {
    if (!is_kind(ty, Kind::Type) || !static_cast<Type*>(ty.obj())->is_subtype(t.vm.types.BaseException)) {
      t.raise(t.vm.types.TypeError,
              "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
    return type_of(t, exc)->is_subtype(static_cast<Type*>(ty.obj()));
  };
  if (is_tuple(spec)) {
    Tuple* tup = as_tuple(spec);
    for (int64_t i = 0; i < tup->size; ++i) {
      int r = check((*tup)[i]);
      if (r) return r;
    }
    return 0;
  }
  return check(spec);
}

bool unpack(Thread& t, const Value& seq, int before, int after, bool has_star, Value*& sp) {
  std::vector<Value> items;
  int want = before + after;
  if ((is_tuple(seq) || is_list(seq)) && !has_star) {
    int64_t n = is_tuple(seq) ? as_tuple(seq)->size : int64_t(as_list(seq)->items.size());
    if (n != want) {
      if (n < want)
        t.raise(t.vm.types.ValueError, "not enough values to unpack (expected %d, got %lld)", want, (long long)n);
      else
        t.raise(t.vm.types.ValueError, "too many values to unpack (expected %d)", want);
      return false;
    }
    const Value* src = is_tuple(seq) ? as_tuple(seq)->items() : as_list(seq)->items.data();
    for (int64_t i = n - 1; i >= 0; --i) new (sp++) Value(src[i]);
    return true;
  }
  Value it = get_iter(t, seq);
  if (!it) {
    if (t.pending_is(t.vm.types.TypeError)) {
      t.clear_pending();
      t.raise(t.vm.types.TypeError, "cannot unpack non-iterable %s object", type_name(t, seq));
    }
    return false;
  }
  while (true) {
    Value v = iter_next(t, it);
    if (!v) {
      if (t.has_pending()) return false;
      break;
    }
    items.push_back(std::move(v));
    if (!has_star && int(items.size()) > want) {
      t.raise(t.vm.types.ValueError, "too many values to unpack (expected %d)", want);
      return false;
    }
  }
  int n = int(items.size());
  if (!has_star) {
    if (n != want) {
      t.raise(t.vm.types.ValueError, "not enough values to unpack (expected %d, got %d)", want, n);
      return false;
    }
    for (int i = n - 1; i >= 0; --i) new (sp++) Value(std::move(items[size_t(i)]));
    return true;
  }
  if (n < want) {
    t.raise(t.vm.types.ValueError, "not enough values to unpack (expected at least %d, got %d)", want, n);
    return false;
  }
  for (int i = n - 1; i >= n - after; --i) new (sp++) Value(std::move(items[size_t(i)]));
  std::vector<Value> middle(items.begin() + before, items.begin() + (n - after));
  new (sp++) Value(new_list(t.vm, std::move(middle)));
  for (int i = before - 1; i >= 0; --i) new (sp++) Value(std::move(items[size_t(i)]));
  return true;
}

Value do_import(Thread& t, Frame* f, Str* name, const Value& fromlist, int64_t level) {
  std::string full = name->s;
  if (level > 0) {
    Value pkg = f->globals()->get_str(t.vm.names.__package__);
    std::string base;
    if (pkg && is_str(pkg)) {
      base = as_str(pkg)->s;
    } else {
      Value modname = f->globals()->get_str(t.vm.names.__name__);
      base = modname && is_str(modname) ? as_str(modname)->s : "";
      if (!f->globals()->get_str(t.vm.names.__path__)) {
        size_t dot = base.rfind('.');
        base = dot == std::string::npos ? "" : base.substr(0, dot);
      }
    }
    for (int64_t i = 1; i < level; ++i) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) {
        return t.raise(t.vm.types.ImportError, "attempted relative import beyond top-level package");
      }
      base = base.substr(0, dot);
    }
    if (base.empty())
      return t.raise(t.vm.types.ImportError, "attempted relative import with no known parent package");
    full = full.empty() ? base : base + "." + full;
  }
  // Import each package along the dotted path.
  Value top, mod;
  size_t pos = 0;
  while (true) {
    size_t dot = full.find('.', pos);
    std::string prefix = full.substr(0, dot);
    mod = t.vm.import_module(t, t.vm.intern(prefix));
    if (!mod) return Value();
    if (!top) top = mod;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  bool has_fromlist = !fromlist.is_none() && !(is_tuple(fromlist) && as_tuple(fromlist)->size == 0);
  if (has_fromlist || level > 0) return mod;
  return top;
}


// IMPORT_FROM: `from mod import name`: the attribute, else the submodule mod.name, else the
// ImportError CPython gives.
Value import_from(Thread& t, const Value& mod, Str* name) {
  Value v;
  if (is_module(mod)) v = static_cast<Module*>(mod.obj())->dict->get_str(name);
  if (!v && is_module(mod)) {
    // A submodule not yet imported: try importing "pkg.name".
    Value modname = static_cast<Module*>(mod.obj())->dict->get_str(t.vm.names.__name__);
    if (modname && is_str(modname) && static_cast<Module*>(mod.obj())->dict->get_str(t.vm.names.__path__)) {
      v = t.vm.import_module(t, t.vm.intern(as_str(modname)->s + "." + name->s));
      if (!v && t.pending_is(t.vm.types.ModuleNotFoundError)) t.clear_pending();
      if (!v && t.has_pending()) return Value();
    }
  }
  if (!v && !is_module(mod)) {
    v = get_attr(t, mod, name);
    if (!v) t.clear_pending();
  }
  if (v) return v;
  std::string modname = "?", where;
  if (is_module(mod)) {
    Value mn = static_cast<Module*>(mod.obj())->dict->get_str(t.vm.names.__name__);
    if (mn && is_str(mn)) modname = as_str(mn)->s;
    Value file = static_cast<Module*>(mod.obj())->dict->get_str(t.vm.names.__file__);
    where = file && is_str(file) ? " (" + as_str(file)->s + ")" : " (unknown location)";
  }
  return t.raise(t.vm.types.ImportError, "cannot import name '%s' from '%s'%s", name->s.c_str(),
                 modname.c_str(), where.c_str());
}

// IMPORT_STAR: the module's __all__, or its public names, into `dst`.
bool import_star(Thread& t, const Value& mod, Dict* dst) {
  if (!is_module(mod)) return true;
  Dict* src = static_cast<Module*>(mod.obj())->dict;
  Value all = src->get_str(t.vm.intern("__all__"));
  if (!all) {
    for (auto& e : DictEntries(src->entries))
      if (!e.key.is_null() && is_str(e.key) && as_str(e.key)->s[0] != '_')
        dst->set_str(as_str(e.key), e.value);
    return true;
  }
  std::vector<Value> names;
  if (!collect_iterable(t, all, names)) return false;
  for (auto& n : names) {
    if (!is_str(n)) continue;
    Str* name = t.vm.intern(as_str(n)->s);
    Value v = src->get_str(name);
    if (!v) v = get_attr(t, mod, name);  // (a name its __getattr__ provides, PEP 562)
    if (!v) return false;
    dst->set_str(name, v);
  }
  return true;
}

// WITH_EXIT / WITH_EXCEPT_START (see slow_paths.h).
bool start_exit_call(Thread& t, const Value& exit, Value* args, Frame** frame, Value* result) {
  *frame = nullptr;
  if (is_kind(exit, Kind::BoundMethod) && is_function(static_cast<BoundMethod*>(exit.obj())->func)) {
    auto* m = static_cast<BoundMethod*>(exit.obj());
    args[0] = m->self;
    *frame = frame_for_call(t, static_cast<Function*>(m->func.obj()), args, 4, nullptr);
    return *frame != nullptr;
  }
  *result = call(t, exit, args + 1, 3);
  return bool(*result);
}

// RAISE_VARARGS: `raise` (argc 0), `raise exc` (1), `raise exc from cause` (2). Always leaves
// an exception pending.
void raise_varargs(Thread& t, int argc, Value exc, Value cause) {
  if (argc == 0) {
    if (!is_exception(t.ctx.handled)) {
      t.raise(t.vm.types.RuntimeError, "No active exception to reraise");
      return;
    }
    t.pending = t.ctx.handled;
    return;
  }
  Value e = instantiate_exception(t, exc);
  if (!e) return;
  if (argc == 2) {
    Value c;
    if (cause.is_none()) {
      c = Value::none();
    } else {
      c = instantiate_exception(t, cause);
      if (!c) {
        if (t.pending_is(t.vm.types.TypeError)) {
          t.clear_pending();
          t.raise(t.vm.types.TypeError, "exception causes must derive from BaseException");
        }
        return;
      }
    }
    auto* ex = static_cast<Exception*>(e.obj());
    ex->cause = std::move(c);
    ex->suppress_context = true;
  }
  t.pending = std::move(e);
}

}  // namespace eddy
