// Structural pattern matching. See match.h for the descriptor format.
#include "runtime/match.h"

#include "runtime/objects/bytes.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/range.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

int64_t field(const Tuple* d, int64_t i) { return (*const_cast<Tuple*>(d))[i].as_int(); }

// Sequences a sequence pattern may match: list, tuple, range and their subclasses (never str,
// bytes or bytearray, which CPython excludes).
bool is_match_sequence(const Value& v) {
  if (!v.is_obj()) return false;
  Kind k = v.obj()->kind;
  return k == Kind::List || k == Kind::Tuple || k == Kind::Range;
}

// The builtin classes whose single positional sub-pattern matches the subject itself.
bool self_matching(Runtime& vm, Type* cls) {
  Types& ty = vm.types;
  for (Type* b : {ty.bool_, ty.bytearray, ty.bytes, ty.dict, ty.float_, ty.frozenset, ty.int_,
                  ty.list, ty.set, ty.str, ty.tuple})
    if (cls == b) return true;
  return false;
}

int match_class(Thread& t, const Value& subject, Tuple* d, Tuple* values, std::vector<Value>& caps) {
  Value clsv = (*values)[field(d, 1)];
  if (!is_kind(clsv, Kind::Type)) {
    t.raise(t.vm.types.TypeError, "called match pattern must be a class");
    return -1;
  }
  auto* cls = static_cast<Type*>(clsv.obj());
  if (!is_instance(t, subject, cls)) return 0;
  Tuple* positional = as_tuple((*d)[2]);
  Tuple* names = as_tuple((*d)[3]);
  Tuple* kwpats = as_tuple((*d)[4]);
  std::vector<Value> attr_names;
  if (positional->size) {
    Value match_args = get_attr(t, clsv, t.vm.intern("__match_args__"));
    if (!match_args) {
      if (!t.pending_is(t.vm.types.AttributeError)) return -1;
      t.clear_pending();
      // The builtins that match themselves take one positional sub-pattern.
      Type* builtin = cls;
      while (builtin->heap && builtin->base) builtin = builtin->base;
      if (self_matching(t.vm, builtin)) {
        if (positional->size > 1) {
          t.raise(t.vm.types.TypeError, "%s() accepts 1 positional sub-pattern (%lld given)",
                  cls->name.c_str(), (long long)positional->size);
          return -1;
        }
        int r = match_pattern(t, subject, (*positional)[0], values, caps);
        if (r != 1) return r;
        positional = nullptr;
      } else {
        t.raise(t.vm.types.TypeError, "%s() accepts 0 positional sub-patterns (%lld given)",
                cls->name.c_str(), (long long)positional->size);
        return -1;
      }
    } else {
      if (!is_tuple(match_args)) {
        t.raise(t.vm.types.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name.c_str(),
                type_name(t, match_args));
        return -1;
      }
      Tuple* ma = as_tuple(match_args);
      if (positional->size > ma->size) {
        t.raise(t.vm.types.TypeError, "%s() accepts %lld positional sub-pattern%s (%lld given)",
                cls->name.c_str(), (long long)ma->size, ma->size == 1 ? "" : "s",
                (long long)positional->size);
        return -1;
      }
      for (int64_t i = 0; i < positional->size; ++i) {
        if (!is_str((*ma)[i])) {
          t.raise(t.vm.types.TypeError, "__match_args__ elements must be strings (got %s)",
                  type_name(t, (*ma)[i]));
          return -1;
        }
        attr_names.push_back((*ma)[i]);
      }
    }
  }
  if (positional) {
    for (int64_t i = 0; i < int64_t(attr_names.size()); ++i) {
      Value v = get_attr(t, subject, t.vm.intern(as_str(attr_names[size_t(i)])->s));
      if (!v) {
        if (!t.pending_is(t.vm.types.AttributeError)) return -1;
        t.clear_pending();
        return 0;
      }
      int r = match_pattern(t, v, (*positional)[i], values, caps);
      if (r != 1) return r;
    }
  }
  for (int64_t i = 0; i < names->size; ++i) {
    for (auto& seen : attr_names)
      if (as_str(seen)->s == as_str((*names)[i])->s) {
        t.raise(t.vm.types.TypeError, "%s() got multiple sub-patterns for attribute '%s'",
                cls->name.c_str(), as_str((*names)[i])->s.c_str());
        return -1;
      }
    Value v = get_attr(t, subject, t.vm.intern(as_str((*names)[i])->s));
    if (!v) {
      if (!t.pending_is(t.vm.types.AttributeError)) return -1;
      t.clear_pending();
      return 0;
    }
    int r = match_pattern(t, v, (*kwpats)[i], values, caps);
    if (r != 1) return r;
  }
  return 1;
}

}  // namespace

int match_pattern(Thread& t, const Value& subject, const Value& descriptor, Tuple* values,
                  std::vector<Value>& caps) {
  Tuple* d = as_tuple(descriptor);
  switch (field(d, 0)) {
    case 0:
      return 1;
    case 1:
      caps[size_t(field(d, 1))] = subject;
      return 1;
    case 2: {
      int r = equals(t, subject, (*values)[field(d, 1)]);
      return r;
    }
    case 3:
      return subject.same((*d)[1]) ? 1 : 0;
    case 4: {
      if (!is_match_sequence(subject)) return 0;
      Tuple* pats = as_tuple((*d)[1]);
      int64_t star = field(d, 2), star_slot = field(d, 3);
      std::vector<Value> items;
      if (!collect_iterable(t, subject, items)) return -1;
      int64_t n = int64_t(items.size()), np = pats->size;
      if (star < 0 ? n != np : n < np - 1) return 0;
      for (int64_t i = 0; i < np; ++i) {
        if (i == star) continue;
        int64_t at = star >= 0 && i > star ? n - (np - i) : i;
        int r = match_pattern(t, items[size_t(at)], (*pats)[i], values, caps);
        if (r != 1) return r;
      }
      if (star >= 0 && star_slot >= 0) {
        std::vector<Value> middle(items.begin() + star, items.begin() + (n - (np - star - 1)));
        caps[size_t(star_slot)] = new_list(t.vm, std::move(middle));
      }
      return 1;
    }
    case 5: {
      if (!is_dict(subject)) return 0;
      Dict* m = as_dict(subject);
      Tuple* keys = as_tuple((*d)[1]);
      Tuple* pats = as_tuple((*d)[2]);
      std::vector<Value> seen;
      for (int64_t i = 0; i < keys->size; ++i) {
        Value key = (*values)[(*keys)[i].as_int()];
        for (auto& s : seen) {
          int r = equals(t, s, key);
          if (r < 0) return -1;
          if (r) {
            Value kr = repr(t, key);
            t.raise(t.vm.types.ValueError, "mapping pattern checks duplicate key (%s)",
                    kr ? as_str(kr)->s.c_str() : "?");
            return -1;
          }
        }
        seen.push_back(key);
        Value v = m->get(t, key);
        if (!v) {
          if (t.has_pending()) return -1;
          return 0;
        }
        int r = match_pattern(t, v, (*pats)[i], values, caps);
        if (r != 1) return r;
      }
      int64_t rest = field(d, 3);
      if (rest >= 0) {
        Value copy = new_dict(t.vm);
        if (!dict_update(t, as_dict(copy), subject)) return -1;
        for (auto& k : seen)
          if (as_dict(copy)->del(t, k) < 0) return -1;
        caps[size_t(rest)] = copy;
      }
      return 1;
    }
    case 6:
      return match_class(t, subject, d, values, caps);
    case 7: {
      int r = match_pattern(t, subject, (*d)[1], values, caps);
      if (r == 1) caps[size_t(field(d, 2))] = subject;
      return r;
    }
    case 8: {
      Tuple* alts = as_tuple((*d)[1]);
      for (int64_t i = 0; i < alts->size; ++i) {
        std::vector<Value> trial = caps;
        int r = match_pattern(t, subject, (*alts)[i], values, trial);
        if (r < 0) return -1;
        if (r) {
          caps = std::move(trial);
          return 1;
        }
      }
      return 0;
    }
  }
  t.raise(t.vm.types.SystemError, "bad match pattern descriptor");
  return -1;
}

}  // namespace eddy
