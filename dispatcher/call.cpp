// The call protocol: binding arguments to a new frame, with Python's rules and messages.
#include <new>

#include "dispatcher/dispatch.h"
#include "dispatcher/frame.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

const char* fname(Function* f) { return as_str(f->qualname)->s.c_str(); }

Frame* fail(Frame* fr) {
  Value::decref(fr);
  return nullptr;
}

}  // namespace

Frame* frame_for_call(Thread& t, Function* f, Value* args, int nargs, Tuple* kwnames) {
  Code* co = f->code;
  Frame* fr = frame_alloc(t, f);
  // The common case: exactly the positional arguments a plain function declares.
  if (co->simple_args && nargs == co->argcount && !kwnames) {
    Value* locals = fr->slots();
    for (int i = 0; i < nargs; ++i) locals[i] = args[i];
    return fr;
  }
  Value* locals = fr->slots();
  int argcount = co->argcount, kwonly = co->kwonlyargcount;
  int nkw = kwnames ? int(kwnames->size) : 0;
  int n = nargs < argcount ? nargs : argcount;
  for (int i = 0; i < n; ++i) locals[i] = args[i];
  int extra_slot = argcount + kwonly;
  if (co->flags & kCodeVarargs) {
    locals[extra_slot] = nargs > n ? new_tuple(t.vm, args + n, nargs - n) : t.vm.empty_tuple;
    ++extra_slot;
  } else if (nargs > argcount) {
    int ndefaults = f->defaults ? int(as_tuple(f->defaults)->size) : 0;
    int kw_given = 0;
    for (int k = 0; k < nkw; ++k) {
      Str* key = as_str((*kwnames)[k]);
      for (int j = argcount; j < argcount + kwonly; ++j)
        if (as_str(co->varnames[size_t(j)])->s == key->s) ++kw_given;
    }
    std::string takes;
    if (ndefaults)
      takes = strfmt("from %d to %d positional arguments", argcount - ndefaults, argcount);
    else
      takes = strfmt("%d positional argument%s", argcount, argcount == 1 ? "" : "s");
    if (kw_given)
      t.raise(t.vm.types.TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
              fname(f), takes.c_str(), nargs, nargs == 1 ? "" : "s", kw_given, kw_given == 1 ? "" : "s");
    else
      t.raise(t.vm.types.TypeError, "%s() takes %s but %d %s given", fname(f), takes.c_str(),
              nargs, nargs == 1 ? "was" : "were");
    return fail(fr);
  }
  Dict* kwdict = nullptr;
  if (co->flags & kCodeVarkw) {
    Value d = new_dict(t.vm);
    kwdict = as_dict(d);
    locals[extra_slot] = std::move(d);
  }
  // Keywords naming positional-only parameters are reported together, as CPython does.
  if (nkw && co->posonlyargcount && !(co->flags & kCodeVarkw)) {
    std::string names;
    for (int k = 0; k < nkw; ++k) {
      Str* key = as_str((*kwnames)[k]);
      for (int p = 0; p < co->posonlyargcount; ++p)
        if (as_str(co->varnames[size_t(p)])->s == key->s) names += (names.empty() ? "" : ", ") + key->s;
    }
    if (!names.empty()) {
      t.raise(t.vm.types.TypeError,
              "%s() got some positional-only arguments passed as keyword arguments: '%s'",
              fname(f), names.c_str());
      return fail(fr);
    }
  }
  for (int k = 0; k < nkw; ++k) {
    Str* key = as_str((*kwnames)[k]);
    int j = co->posonlyargcount;
    for (; j < argcount + kwonly; ++j) {
      Object* vn = co->varnames[size_t(j)].obj();
      if (vn == key || as_str(co->varnames[size_t(j)])->s == key->s) break;
    }
    if (j < argcount + kwonly) {
      if (!locals[j].is_null()) {
        t.raise(t.vm.types.TypeError, "%s() got multiple values for argument '%s'", fname(f), key->s.c_str());
        return fail(fr);
      }
      locals[j] = args[nargs + k];
      continue;
    }
    if (kwdict) {
      kwdict->set_str(t.vm.intern(key->s), args[nargs + k]);
      continue;
    }
    for (int p = 0; p < co->posonlyargcount; ++p) {
      if (as_str(co->varnames[size_t(p)])->s == key->s) {
        t.raise(t.vm.types.TypeError,
                "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                fname(f), key->s.c_str());
        return fail(fr);
      }
    }
    t.raise(t.vm.types.TypeError, "%s() got an unexpected keyword argument '%s'", fname(f), key->s.c_str());
    return fail(fr);
  }
  if (nargs < argcount) {
    int ndefaults = f->defaults ? int(as_tuple(f->defaults)->size) : 0;
    int first_default = argcount - ndefaults;
    std::vector<std::string> missing;
    for (int i = nargs; i < argcount; ++i) {
      if (!locals[i].is_null()) continue;
      if (i >= first_default)
        locals[i] = (*as_tuple(f->defaults))[i - first_default];
      else
        missing.push_back(as_str(co->varnames[size_t(i)])->s);
    }
    if (!missing.empty()) {
      t.raise(t.vm.types.TypeError, "%s() missing %zu required positional argument%s: %s", fname(f),
              missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
      return fail(fr);
    }
  }
  if (kwonly) {
    std::vector<std::string> missing;
    for (int i = argcount; i < argcount + kwonly; ++i) {
      if (!locals[i].is_null()) continue;
      Value d;
      if (f->kwdefaults) d = as_dict(f->kwdefaults)->get_str(as_str(co->varnames[size_t(i)]));
      if (d)
        locals[i] = d;
      else
        missing.push_back(as_str(co->varnames[size_t(i)])->s);
    }
    if (!missing.empty()) {
      t.raise(t.vm.types.TypeError, "%s() missing %zu required keyword-only argument%s: %s", fname(f),
              missing.size(), missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
      return fail(fr);
    }
  }
  // Cells (some start as arguments) and the closure's free variables.
  Value* cells = fr->cells();
  for (int i = 0; i < co->ncells; ++i) {
    int arg = co->cell_from_arg[size_t(i)];
    if (arg >= 0) {
      cells[i] = new_cell(t.vm, std::move(locals[arg]));
    } else {
      cells[i] = new_cell(t.vm, Value());
    }
  }
  if (co->nfrees) {
    Tuple* closure = as_tuple(f->closure);
    for (int i = 0; i < co->nfrees; ++i) cells[co->ncells + i] = (*closure)[i];
  }
  return fr;
}

Frame* frame_for_call_moving(Thread& t, Function* f, Value* args, int nargs, Tuple* kwnames) {
  Code* co = f->code;
  if (co->simple_args && nargs == co->argcount && !kwnames) {
    Frame* fr = frame_alloc(t, f);
    Value* locals = fr->slots();
    for (int i = 0; i < nargs; ++i) new (&locals[i]) Value(std::move(args[i]));
    return fr;
  }
  return frame_for_call(t, f, args, nargs, kwnames);
}

}  // namespace eddy
