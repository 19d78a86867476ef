// Exceptions: construction, attributes, tracebacks and CPython-style formatting.
#include "runtime/objects/exception.h"

#include <cerrno>
#include <fstream>
#include <sstream>

#include "dispatcher/frame.h"
#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

Value new_exception(Thread& t, Type* type, Value args) {
  auto* e = new Exception(type);
  if (type->heap) Value::incref(type);  // released by destroy_object
  e->args = args ? std::move(args) : t.vm.empty_tuple;
  e->traceback = Value::none();
  e->cause = Value::none();
  e->context = Value::none();
  Value ev = Value::steal(e);
  Tuple* a = as_tuple(e->args);
  // Per-class attributes CPython sets from the arguments.
  if (type->is_subtype(t.vm.types.StopIteration))
    exception_set_attr(t, e, "value", a->size > 0 ? (*a)[0] : Value::none());
  if (type->is_subtype(t.vm.types.SystemExit))
    exception_set_attr(t, e, "code", a->size == 0 ? Value::none() : a->size == 1 ? (*a)[0] : e->args);
  if (type->is_subtype(t.vm.types.SyntaxError)) {
    exception_set_attr(t, e, "msg", a->size > 0 ? (*a)[0] : Value::none());
    Value info = a->size > 1 ? (*a)[1] : Value();
    const char* names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (int i = 0; i < 6; ++i) {
      Value v = Value::none();
      if (info && is_tuple(info) && as_tuple(info)->size > i) v = (*as_tuple(info))[i];
      exception_set_attr(t, e, names[i], v);
    }
  }
  if (type->is_subtype(t.vm.types.ImportError)) exception_set_attr(t, e, "name", Value::none());
  if (type->is_subtype(t.vm.types.OSError)) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]): args keep the first two.
    bool full = a->size >= 2 && a->size <= 5;
    Value none = Value::none();
    exception_set_attr(t, e, "errno", full ? (*a)[0] : none);
    exception_set_attr(t, e, "strerror", full ? (*a)[1] : none);
    exception_set_attr(t, e, "filename", full && a->size > 2 ? (*a)[2] : none);
    exception_set_attr(t, e, "filename2", full && a->size > 4 ? (*a)[4] : none);
    if (full && a->size > 2) e->args = new_tuple(t.vm, {(*a)[0], (*a)[1]});
  }
  return ev;
}

Value new_exception_msg(Thread& t, Type* type, std::string msg) {
  return new_exception(t, type, new_tuple(t.vm, {new_str(t.vm, std::move(msg))}));
}

Value exception_attr(Thread& t, Exception* e, const char* name) {
  if (!e->dict) return Value();
  return as_dict(e->dict)->get_str(t.vm.intern(name));
}

void exception_set_attr(Thread& t, Exception* e, const char* name, Value v) {
  if (!e->dict) e->dict = new_dict(t.vm);
  as_dict(e->dict)->set_str(t.vm.intern(name), std::move(v));
}

void traceback_add(Thread& t, Exception* e, Frame* frame, int lineno) {
  auto* tb = new Traceback(t.vm.types.traceback);
  Value::incref(frame);
  tb->frame = frame;
  tb->lineno = lineno;
  // Records are kept outermost first: the new (outer) record points at the old chain.
  tb->next = e->traceback.is_none() ? Value() : std::move(e->traceback);
  e->traceback = Value::steal(tb);
}

namespace {

std::string source_line(const std::string& filename, int lineno) {
  if (filename.empty() || filename[0] == '<') return "";
  std::ifstream in(filename);
  if (!in) return "";
  std::string line;
  for (int i = 1; std::getline(in, line); ++i) {
    if (i == lineno) {
      size_t b = line.find_first_not_of(" \t\f");
      if (b == std::string::npos) return "";
      size_t e = line.find_last_not_of(" \t\f\r\n");
      return line.substr(b, e - b + 1);
    }
  }
  return "";
}

void format_tb(Thread& t, const Value& tbv, std::string& out) {
  // CPython collapses runs of more than three identical lines ("[Previous line repeated N more
  // times]"), which matters for RecursionError tracebacks.
  std::string last;
  int repeat = 0;
  auto flush_repeat = [&]() {
    if (repeat > 3)
      out += strfmt("  [Previous line repeated %d more time%s]\n", repeat - 3,
                    repeat - 3 == 1 ? "" : "s");
  };
  for (Value v = tbv; v && !v.is_none(); v = static_cast<Traceback*>(v.obj())->next) {
    auto* tb = static_cast<Traceback*>(v.obj());
    Code* code = tb->frame->code;
    std::string entry = strfmt("  File \"%s\", line %d, in %s\n", code->filename.c_str(),
                               tb->lineno, code->name.c_str());
    std::string src = source_line(code->filename, tb->lineno);
    if (!src.empty()) entry += "    " + src + "\n";
    if (entry == last) {
      ++repeat;
      if (repeat > 3) continue;
    } else {
      flush_repeat();
      repeat = 1;
      last = entry;
    }
    out += entry;
  }
  flush_repeat();
}

void format_chain(Thread& t, const Value& exc, std::string& out, int depth) {
  if (!is_exception(exc)) {
    out += format_exception_only(t, exc);
    return;
  }
  auto* e = static_cast<Exception*>(exc.obj());
  if (depth < 50) {
    if (!e->cause.is_none() && is_exception(e->cause)) {
      format_chain(t, e->cause, out, depth + 1);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->suppress_context && !e->context.is_none() && is_exception(e->context)) {
      format_chain(t, e->context, out, depth + 1);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  if (!e->traceback.is_none() && e->traceback) {
    out += "Traceback (most recent call last):\n";
    format_tb(t, e->traceback, out);
  }
  out += format_exception_only(t, exc);
}

}  // namespace

namespace {

// The name a traceback prints: "module.Qualname" unless the class is builtin or __main__'s.
std::string exception_type_name(Thread& t, Type* type) {
  if (!type->heap || !type->dict) return type->name;
  Value mod = type->dict->get_str(t.vm.names.__module__);
  const std::string& name = type->qual();
  if (!mod || !is_str(mod)) return name;
  const std::string& m = as_str(mod)->s;
  return m == "__main__" || m == "builtins" ? name : m + "." + name;
}

// The notes of BaseException.add_note, one per line after the exception's line.
void append_notes(Thread& t, Exception* e, std::string& out) {
  Value notes = exception_attr(t, e, "__notes__");
  if (!notes) return;
  std::vector<Value> items;
  if (!is_list(notes) && !is_tuple(notes)) {
    std::string r;
    if (!repr_into(t, notes, r)) t.clear_pending();
    out += r + "\n";
    return;
  }
  if (!collect_iterable(t, notes, items)) {
    t.clear_pending();
    return;
  }
  for (const Value& note : items) {
    std::string line;
    if (!str_into(t, note, line)) {
      t.clear_pending();
      line = "<note str() failed>";
    }
    out += line + "\n";
  }
}

}  // namespace

std::string format_exception_only(Thread& t, const Value& exc) {
  Type* type = type_of(t, exc);
  std::string out;
  if (is_exception(exc) && type->is_subtype(t.vm.types.SyntaxError)) {
    auto* e = static_cast<Exception*>(exc.obj());
    Value fn = exception_attr(t, e, "filename"), ln = exception_attr(t, e, "lineno");
    Value text = exception_attr(t, e, "text"), off = exception_attr(t, e, "offset");
    Value end_off = exception_attr(t, e, "end_offset");
    if (fn && is_str(fn) && ln && ln.is_int()) {
      out += strfmt("  File \"%s\", line %lld\n", as_str(fn)->s.c_str(), (long long)ln.as_int());
      if (text && is_str(text)) {
        std::string line = as_str(text)->s;
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
        size_t lead = line.find_first_not_of(" \t\f");
        if (lead == std::string::npos) lead = line.size();
        std::string stripped = line.substr(lead);
        out += "    " + stripped + "\n";
        if (off && off.is_int() && off.as_int() > 0) {
          int64_t col = off.as_int() - 1 - int64_t(lead);
          int64_t width = 1;
          if (end_off && end_off.is_int() && end_off.as_int() > off.as_int())
            width = end_off.as_int() - off.as_int();
          if (col < 0) col = 0;
          if (col > int64_t(stripped.size())) col = int64_t(stripped.size());
          out += "    " + std::string(size_t(col), ' ') + std::string(size_t(width), '^') + "\n";
        }
      }
    }
    Value msg = exception_attr(t, e, "msg");
    std::string m;
    if (msg && !msg.is_none()) str_into(t, msg, m);
    t.clear_pending();
    out += type->name + (m.empty() ? "" : ": " + m) + "\n";
    return out;
  }
  std::string s;
  if (!str_into(t, exc, s)) {
    t.clear_pending();
    s = "<exception str() failed>";
  }
  out += exception_type_name(t, type);
  if (!s.empty()) out += ": " + s;
  out += "\n";
  if (is_exception(exc)) append_notes(t, static_cast<Exception*>(exc.obj()), out);
  return out;
}

std::string format_exception(Thread& t, const Value& exc) {
  std::string out;
  format_chain(t, exc, out, 0);
  return out;
}

// ---- the exception types ----
namespace {

// OSError(errno, ...) makes the subclass for that errno, as CPython does.
Type* oserror_subclass(Runtime& vm, int64_t err) {
  switch (err) {
    case ENOENT: return vm.types.FileNotFoundError;
    case EEXIST: return vm.types.FileExistsError;
    case EACCES:
    case EPERM: return vm.types.PermissionError;
    case EISDIR: return vm.types.IsADirectoryError;
    case ENOTDIR: return vm.types.NotADirectoryError;
    case ETIMEDOUT: return vm.types.TimeoutError;
    default: return vm.types.OSError;
  }
}

Value exc_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (kw && kw->size > 0)
    return t.raise(t.vm.types.TypeError, "%s() takes no keyword arguments", type->name.c_str());
  if (type == t.vm.types.OSError && nargs >= 2 && args[0].is_int())
    type = oserror_subclass(t.vm, args[0].as_int());
  return new_exception(t, type, new_tuple(t.vm, args, nargs));
}

Value exc_with_traceback(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "with_traceback", nargs - 1, 1, 1)) return Value();
  static_cast<Exception*>(args[0].obj())->traceback = args[1];
  return args[0];
}

// BaseException.__str__ and __repr__: the builtin forms, for super().__str__() in subclasses.
Value exc_str(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__str__", nargs - 1, 0, 0)) return Value();
  if (!is_exception(args[0]))
    return t.raise(t.vm.types.TypeError, "descriptor '__str__' requires a 'BaseException' object");
  std::string out;
  if (!exception_str_into(t, args[0], out)) return Value();
  return new_str(t.vm, std::move(out));
}
Value exc_repr(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "__repr__", nargs - 1, 0, 0)) return Value();
  std::string out;
  if (!builtin_repr_into(t, args[0], out)) return Value();
  return new_str(t.vm, std::move(out));
}

// BaseException.add_note(note): appends to the __notes__ list (PEP 678).
Value exc_add_note(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "add_note", nargs - 1, 1, 1)) return Value();
  if (!is_str(args[1]))
    return t.raise(t.vm.types.TypeError, "note must be a str, not '%s'", type_name(t, args[1]));
  auto* e = static_cast<Exception*>(args[0].obj());
  Value notes = exception_attr(t, e, "__notes__");
  if (!notes) {
    notes = new_list(t.vm);
    exception_set_attr(t, e, "__notes__", notes);
  }
  if (!is_list(notes)) return t.raise(t.vm.types.TypeError, "Cannot add note: __notes__ is not a list");
  as_list(notes)->items.push_back(args[1]);
  return Value::none();
}

}  // namespace

void init_exception_types(Thread& t) {
  Runtime& vm = t.vm;
  Type* types[] = {
#define EDDY_EXC_PTR(name, base) vm.types.name,
      EDDY_EXCEPTIONS(EDDY_EXC_PTR)
#undef EDDY_EXC_PTR
  };
  for (Type* ty : types) {
    ty->construct = exc_construct;
    ty->is_exception = true;
    ty->instance_kind = Kind::Exception;
  }
  add_method(vm, vm.types.BaseException, "with_traceback", exc_with_traceback);
  add_method(vm, vm.types.BaseException, "add_note", exc_add_note);
  add_method(vm, vm.types.BaseException, "__str__", exc_str);
  add_method(vm, vm.types.BaseException, "__repr__", exc_repr);
}

}  // namespace eddy
