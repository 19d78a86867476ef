// The object protocol, part 1: text. repr() and str() of every builtin type, and the fall-back to
// __repr__/__str__ for classes defined in script. See ops.h for the conventions.
#include "runtime/ops.h"
#include <cmath>
#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/native.h"
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
#include "runtime/ops_internal.h"

namespace eddy {

// ---------------------------------------------------------------- text

namespace {

struct ReprGuard {
  Thread& t;
  Object* o;
  bool entered;
  ReprGuard(Thread& th, Object* obj) : t(th), o(obj) {
    entered = true;
    for (Object* x : t.repr_stack)
      if (x == o) entered = false;
    if (entered) t.repr_stack.push_back(o);
  }
  ~ReprGuard() {
    if (entered) t.repr_stack.pop_back();
  }
};

std::string address_of(const void* p) { return strfmt("%p", p); }

bool repr_seq(Thread& t, const Value* items, int64_t n, std::string& out) {
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    if (!repr_into(t, items[i], out)) return false;
  }
  return true;
}

bool repr_set_items(Thread& t, Set* s, std::string& out) {
  bool first = true;
  for (auto& e : std::vector<SetEntry>(s->table)) {
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    if (!repr_into(t, e.key, out)) return false;
  }
  return true;
}

}  // namespace

namespace {

// The reprs of a list and a dict.
bool list_dict_repr_into(Thread& t, const Value& v, std::string& out) {
  Object* o = v.obj();
  ReprGuard g(t, o);
  if (o->kind == Kind::List) {
    if (!g.entered) {
      out += "[...]";
      return true;
    }
    std::vector<Value> items = static_cast<List*>(o)->items;
    out += '[';
    if (!repr_seq(t, items.data(), int64_t(items.size()), out)) return false;
    out += ']';
    return true;
  }
  if (!g.entered) {
    out += "{...}";
    return true;
  }
  DictEntries entries = static_cast<Dict*>(o)->entries;
  out += '{';
  bool first = true;
  for (auto& e : entries) {
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    if (!repr_into(t, e.key, out)) return false;
    out += ": ";
    if (!repr_into(t, e.value, out)) return false;
  }
  out += '}';
  return true;
}

}  // namespace

bool repr_into(Thread& t, const Value& v, std::string& out) {
  switch (v.tag()) {
    case Tag::Null:
      out += "<NULL>";
      return true;
    case Tag::None:
      out += "None";
      return true;
    case Tag::Bool:
      out += v.as_bool() ? "True" : "False";
      return true;
    case Tag::Int:
      out += std::to_string(v.as_int());
      return true;
    case Tag::Float:
      out += float_repr(v.as_float());
      return true;
    case Tag::Obj:
      break;
  }
  Object* o = v.obj();
  if (o->type->heap) {
    NativeRecursion guard(t, " while getting the repr of an object");
    if (guard.failed) return false;
    bool found;
    Value r = try_special(t, v, t.vm.dunders.__repr__, nullptr, 0, &found);
    if (found) {
      if (!r) return false;
      if (!is_str(r)) {
        t.raise(t.vm.types.TypeError, "__repr__ returned non-string (type %s)", type_name(t, r));
        return false;
      }
      out += as_str(r)->s;
      return true;
    }
    if (o->kind == Kind::UserInstance) {
      Value module = o->type->dict->get_str(t.vm.names.__module__);
      out += "<" + (module && is_str(module) ? as_str(module)->s + "." : std::string()) +
             o->type->qual() + " object at " +
             address_of(o) + ">";
      return true;
    }
  }
  return builtin_repr_into(t, v, out);
}

// The repr of a builtin layout, never a __repr__ defined in script: what repr() gives for
// builtin values, and what str.__repr__, tuple.__repr__, ... give for instances of subclasses.
bool builtin_repr_into(Thread& t, const Value& v, std::string& out) {
  if (!v.is_obj()) return repr_into(t, v, out);
  NativeRecursion guard(t, " while getting the repr of an object");
  if (guard.failed) return false;
  Object* o = v.obj();
  switch (o->kind) {
    case Kind::Str:
      str_repr_into(out, static_cast<Str*>(o)->s);
      return true;
    case Kind::BigInt:
      out += int_to_string(v);
      return true;
    case Kind::Bytes:
      if (is_bytearray(t.vm, v)) {
        out += o->type->name + "(";
        bytes_repr_into(out, static_cast<Bytes*>(o)->data);
        out += ')';
      } else {
        bytes_repr_into(out, static_cast<Bytes*>(o)->data);
      }
      return true;
    case Kind::List:
      return list_dict_repr_into(t, v, out);
    case Kind::Tuple: {
      auto* tup = static_cast<Tuple*>(o);
      if (o->type == t.vm.types.union_type) {  // int | None
        for (int64_t i = 0; i < tup->size; ++i) {
          if (i) out += " | ";
          const Value& m = (*tup)[i];
          if (m.same(Value::borrow(t.vm.types.none))) {
            out += "None";
          } else if (is_kind(m, Kind::Type) && !static_cast<Type*>(m.obj())->heap) {
            out += static_cast<Type*>(m.obj())->name;
          } else if (is_kind(m, Kind::Type)) {
            Value mod = static_cast<Type*>(m.obj())->dict->get_str(t.vm.names.__module__);
            if (mod && is_str(mod) && as_str(mod)->s != "builtins") out += as_str(mod)->s + ".";
            out += static_cast<Type*>(m.obj())->qual();
          } else if (!repr_into(t, m, out)) {
            return false;
          }
        }
        return true;
      }
      out += '(';
      if (!repr_seq(t, tup->items(), tup->size, out)) return false;
      if (tup->size == 1) out += ',';
      out += ')';
      return true;
    }
    case Kind::Dict:
      return list_dict_repr_into(t, v, out);
    case Kind::Set: {
      auto* s = static_cast<Set*>(o);
      ReprGuard g(t, o);
      if (!g.entered) {
        out += o->type->name + "(...)";
        return true;
      }
      if (s->frozen() || o->type->heap) {
        out += o->type->name + "(";
        if (s->used) {
          out += '{';
          if (!repr_set_items(t, s, out)) return false;
          out += '}';
        }
        out += ')';
        return true;
      }
      if (s->used == 0) {
        out += "set()";
        return true;
      }
      out += '{';
      if (!repr_set_items(t, s, out)) return false;
      out += '}';
      return true;
    }
    case Kind::Range: {
      auto* r = static_cast<Range*>(o);
      out += strfmt("range(%lld, %lld", (long long)r->start, (long long)r->stop);
      if (r->step != 1) out += strfmt(", %lld", (long long)r->step);
      out += ')';
      return true;
    }
    case Kind::Slice: {
      auto* s = static_cast<Slice*>(o);
      out += "slice(";
      if (!repr_into(t, s->start, out)) return false;
      out += ", ";
      if (!repr_into(t, s->stop, out)) return false;
      out += ", ";
      if (!repr_into(t, s->step, out)) return false;
      out += ')';
      return true;
    }
    case Kind::Type: {
      auto* ty = static_cast<Type*>(o);
      if (ty->heap) {
        Value module = ty->dict->get_str(t.vm.names.__module__);
        out += "<class '" + (module && is_str(module) && as_str(module)->s != "builtins" ? as_str(module)->s + "." : std::string()) +
               ty->qual() + "'>";
        return true;
      }
      out += "<class '" + ty->tp_name() + "'>";
      return true;
    }
    case Kind::Function: {
      auto* f = static_cast<Function*>(o);
      out += "<function " + as_str(f->qualname)->s + " at " + address_of(o) + ">";
      return true;
    }
    case Kind::NativeFunction: {
      auto* n = static_cast<NativeFunction*>(o);
      if (n->self.is_null()) {
        out += std::string("<built-in function ") + n->name + ">";
      } else if (is_module(n->self)) {
        out += std::string("<built-in function ") + n->name + ">";
      } else {
        out += std::string("<built-in method ") + n->name + " of " + type_name(t, n->self) +
               " object at " + address_of(n->self.is_obj() ? n->self.obj() : nullptr) + ">";
      }
      return true;
    }
    case Kind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      std::string fname = "?";
      if (is_function(m->func)) fname = as_str(static_cast<Function*>(m->func.obj())->qualname)->s;
      out += "<bound method " + fname + " of ";
      if (!repr_into(t, m->self, out)) return false;
      out += ">";
      return true;
    }
    case Kind::Module: {
      auto* m = static_cast<Module*>(o);
      Value name = m->dict->get_str(t.vm.names.__name__);
      Value file = m->dict->get_str(t.vm.names.__file__);
      out += "<module ";
      if (name) repr_into(t, name, out);
      if (file && is_str(file)) {
        out += " from ";
        repr_into(t, file, out);
      } else {
        out += " (built-in)";
      }
      out += ">";
      return true;
    }
    case Kind::Exception: {
      auto* e = static_cast<Exception*>(o);
      Tuple* args = as_tuple(e->args);
      out += o->type->name;
      if (args->size == 1) {
        out += '(';
        if (!repr_into(t, (*args)[0], out)) return false;
        out += ')';
      } else {
        if (!repr_into(t, e->args, out)) return false;
        if (args->size == 0) {
          // repr_into produced "()", which is what CPython prints
        }
      }
      return true;
    }
    case Kind::Iterator: {
      auto* it = static_cast<Iterator*>(o);
      if (o->type == t.vm.types.dict_keys || o->type == t.vm.types.dict_values ||
          o->type == t.vm.types.dict_items) {
        out += o->type->name + "([";
        bool first = true;
        DictEntries entries = as_dict(it->src)->entries;
        for (auto& e : entries) {
          if (e.key.is_null()) continue;
          if (!first) out += ", ";
          first = false;
          if (o->type == t.vm.types.dict_keys) {
            if (!repr_into(t, e.key, out)) return false;
          } else if (o->type == t.vm.types.dict_values) {
            if (!repr_into(t, e.value, out)) return false;
          } else {
            out += '(';
            if (!repr_into(t, e.key, out)) return false;
            out += ", ";
            if (!repr_into(t, e.value, out)) return false;
            out += ')';
          }
        }
        out += "])";
        return true;
      }
      break;
    }
    case Kind::Instance:
      if (v.same(t.vm.not_implemented)) {
        out += "NotImplemented";
        return true;
      }
      if (v.same(t.vm.ellipsis)) {
        out += "Ellipsis";
        return true;
      }
      break;
    case Kind::Generator:
      out += "<generator object " + as_str(static_cast<Generator*>(o)->qualname)->s + " at " +
             address_of(o) + ">";
      return true;
    case Kind::WeakRef: {
      auto* w = static_cast<WeakRef*>(o);
      if (w->is_proxy()) {
        Object* r = w->referent;
        out += "<weakproxy at " + address_of(o) +
               (r ? "; to '" + r->type->name + "' at " + address_of(r) + ">" : "; dead>");
      } else if (!w->referent) {
        out += "<weakref at " + address_of(o) + "; dead>";
      } else {
        out += "<weakref at " + address_of(o) + "; to '" + w->referent->type->name + "' at " +
               address_of(w->referent) + ">";
      }
      return true;
    }
    case Kind::Code: {
      auto* c = static_cast<Code*>(o);
      out += strfmt("<code object %s at %p, file \"%s\", line %d>", c->name.c_str(), (void*)c,
                    c->filename.c_str(), c->firstlineno);
      return true;
    }
    case Kind::Native: {
      // A native type's own __repr__ (a _thread.lock), else the default below.
      Value m = o->type->dict ? o->type->dict->get_str(t.vm.dunders.__repr__) : Value();
      if (m && is_kind(m, Kind::NativeFunction)) {
        Value self = v;
        Value r = static_cast<NativeFunction*>(m.obj())->fn(t, &self, 1, nullptr);
        if (!r) return false;
        if (is_str(r)) {
          out += as_str(r)->s;
          return true;
        }
      }
      break;
    }
    default:
      break;
  }
  out += "<" + o->type->tp_name() + " object at " + address_of(o) + ">";
  return true;
}

Value repr(Thread& t, const Value& v) {
  std::string out;
  if (!repr_into(t, v, out)) return Value();
  return new_str(t.vm, std::move(out));
}

Value ascii(Thread& t, const Value& v) {
  Value r = repr(t, v);
  if (!r) return Value();
  const std::string& s = as_str(r)->s;
  std::string out;
  size_t p = 0;
  while (p < s.size()) {
    uint32_t cp = utf8_decode(s, &p);
    if (cp < 0x80) {
      out += char(cp);
      continue;
    }
    char buf[16];
    if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
    else snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
  return new_str(t.vm, std::move(out));
}

// str() of an exception by its builtin rules (BaseException.__str__): its one argument, the
// repr of a KeyError's, "[Errno n] msg" for OSError, or the args tuple.
bool exception_str_into(Thread& t, const Value& v, std::string& out) {
  auto* e = static_cast<Exception*>(v.obj());
  Tuple* args = as_tuple(e->args);
  if (e->type->is_subtype(t.vm.types.OSError)) {  // "[Errno 2] No such file...: 'name'"
    Value err = exception_attr(t, e, "errno"), msg = exception_attr(t, e, "strerror");
    if (err && msg && !err.is_none() && !msg.is_none()) {
      out += "[Errno ";
      if (!str_into(t, err, out)) return false;
      out += "] ";
      if (!str_into(t, msg, out)) return false;
      Value fn = exception_attr(t, e, "filename"), fn2 = exception_attr(t, e, "filename2");
      if (fn && !fn.is_none()) {
        out += ": ";
        if (!repr_into(t, fn, out)) return false;
        if (fn2 && !fn2.is_none()) {
          out += " -> ";
          if (!repr_into(t, fn2, out)) return false;
        }
      }
      return true;
    }
  }
  if (args->size == 0) return true;
  if (args->size == 1) {
    if (e->type->is_subtype(t.vm.types.KeyError)) return repr_into(t, (*args)[0], out);
    return str_into(t, (*args)[0], out);
  }
  return repr_into(t, e->args, out);
}

bool str_into(Thread& t, const Value& v, std::string& out) {
  if (is_exact_kind(v, Kind::Str)) {
    out += as_str(v)->s;
    return true;
  }
  if (v.is_obj() && v.obj()->type->heap) {
    bool found;
    Value r = try_special(t, v, t.vm.dunders.__str__, nullptr, 0, &found);
    if (found) {
      if (!r) return false;
      if (!is_str(r)) {
        t.raise(t.vm.types.TypeError, "__str__ returned non-string (type %s)", type_name(t, r));
        return false;
      }
      out += as_str(r)->s;
      return true;
    }
    if (v.obj()->kind == Kind::UserInstance) return repr_into(t, v, out);
    if (v.obj()->kind == Kind::Str) {
      out += as_str(v)->s;
      return true;
    }
  }
  if (is_exception(v)) return exception_str_into(t, v, out);
  return repr_into(t, v, out);
}

Value to_str(Thread& t, const Value& v) {
  if (is_exact_kind(v, Kind::Str)) return v;
  std::string out;
  if (!str_into(t, v, out)) return Value();
  return new_str(t.vm, std::move(out));
}

}  // namespace eddy
