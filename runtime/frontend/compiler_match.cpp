// The compiler: the match statement (patterns become runtime/match.h descriptors).
#include "runtime/frontend/compiler_internal.h"

namespace eddy::compiler_detail {

// One case's pattern, turned into the descriptor runtime/match.h describes: the capture names
// get slots in order of appearance, value and class expressions are compiled (pushed) in
// order and referred to by index.
struct Compiler::PatternBuilder {
  Compiler& c;
  std::vector<std::string> captures;
  int nvalues = 0;

  Value tup(std::initializer_list<Value> items) { return new_tuple(c.vm_, items); }
  Value ints(int64_t tag) { return Value::integer(tag); }
  Value list_of(std::vector<Value> items) { return new_tuple(c.vm_, items.data(), int64_t(items.size())); }

  int slot(const std::string& name, const Node* at) {
    for (size_t i = 0; i < captures.size(); ++i)
      if (captures[i] == name) fail(at, "multiple assignments to name '" + name + "' in pattern");
    captures.push_back(name);
    return int(captures.size() - 1);
  }
  int value(const Node* e) {
    c.expr(e);
    return nvalues++;
  }

  Value build(const Node* p) {
    switch (p->kind) {
      case NodeKind::MatchAs: {
        if (!p->a) {
          if (p->str.empty()) return tup({ints(0)});
          return tup({ints(1), ints(slot(p->str, p))});
        }
        Value inner = build(p->a.get());
        return tup({ints(7), inner, ints(slot(p->str, p))});
      }
      case NodeKind::MatchValue:
        return tup({ints(2), ints(value(p->a.get()))});
      case NodeKind::MatchSingleton:
        return tup({ints(3), p->str == "None" ? Value::none() : Value::boolean(p->str == "True")});
      case NodeKind::MatchSequence: {
        std::vector<Value> pats;
        int64_t star = -1, star_slot = -1;
        for (size_t i = 0; i < p->list.size(); ++i) {
          const Node* q = p->list[i].get();
          if (q->kind == NodeKind::MatchStar) {
            if (star >= 0) fail(q, "multiple starred names in sequence pattern");
            star = int64_t(i);
            if (!q->str.empty()) star_slot = slot(q->str, q);
            pats.push_back(tup({ints(0)}));
          } else {
            pats.push_back(build(q));
          }
        }
        return tup({ints(4), list_of(std::move(pats)), ints(star), ints(star_slot)});
      }
      case NodeKind::MatchMapping: {
        std::vector<Value> keys, pats;
        for (size_t i = 0; i < p->list.size(); ++i) {
          keys.push_back(ints(value(p->list[i].get())));
          pats.push_back(build(p->list2[i].get()));
        }
        int64_t rest = p->str.empty() ? -1 : slot(p->str, p);
        return tup({ints(5), list_of(std::move(keys)), list_of(std::move(pats)), ints(rest)});
      }
      case NodeKind::MatchClass: {
        int cls = value(p->a.get());
        std::vector<Value> pos, names, kws;
        for (auto& q : p->list) pos.push_back(build(q.get()));
        for (size_t i = 0; i < p->names.size(); ++i) {
          names.push_back(new_str(c.vm_, p->names[i]));
          kws.push_back(build(p->list2[i].get()));
        }
        return tup({ints(6), ints(cls), list_of(std::move(pos)), list_of(std::move(names)),
                    list_of(std::move(kws))});
      }
      case NodeKind::MatchOr: {
        for (size_t i = 0; i + 1 < p->list.size(); ++i) check_reachable(p->list[i].get());
        std::vector<Value> alts;
        std::vector<std::string> before = captures, first_names;
        for (size_t i = 0; i < p->list.size(); ++i) {
          std::vector<std::string> saved = captures;
          captures = before;
          alts.push_back(build(p->list[i].get()));
          std::vector<std::string> added(captures.begin() + long(before.size()), captures.end());
          std::sort(added.begin(), added.end());
          if (i == 0) {
            first_names = added;
          } else if (added != first_names) {
            fail(p->list[i].get(), "alternative patterns bind different names");
          }
          if (i > 0) captures = saved;
        }
        return tup({ints(8), list_of(std::move(alts))});
      }
      default:
        fail(p, "invalid pattern");
    }
    return Value();
  }
};

// A pattern that always matches, followed by others, makes them unreachable (CPython refuses).
bool Compiler::irrefutable(const Node* p) {
  if (p->kind == NodeKind::MatchAs) return !p->a || irrefutable(p->a.get());
  if (p->kind == NodeKind::MatchOr) {
    for (auto& q : p->list)
      if (irrefutable(q.get())) return true;
  }
  return false;
}

void Compiler::check_reachable(const Node* p) {
  if (!irrefutable(p)) return;
  const Node* q = p;
  while (q->kind == NodeKind::MatchAs && q->a) q = q->a.get();
  if (q->kind == NodeKind::MatchAs && !q->str.empty())
    fail(p, "name capture '" + q->str + "' makes remaining patterns unreachable");
  fail(p, "wildcard makes remaining patterns unreachable");
}

void Compiler::match_stmt(const Node* s) {
  for (size_t i = 0; i + 1 < s->list.size(); ++i)
    if (!s->list[i]->b) check_reachable(s->list[i]->a.get());
  expr(s->a.get());
  int end = new_label();
  for (auto& cs : s->list) {
    set_line(cs.get());
    int next = new_label();
    emit(OP_COPY, 1);
    PatternBuilder pb{*this, {}, 0};
    Value pattern = pb.build(cs->a.get());
    emit(OP_BUILD_TUPLE, uint32_t(pb.nvalues));
    Value wrapped = new_tuple(vm_, {Value::integer(int64_t(pb.captures.size())), pattern});
    emit(OP_LOAD_CONST, uint32_t(add_const_unique(std::move(wrapped))));
    jump(OP_MATCH_PATTERN, next);
    if (pb.captures.empty()) {
      emit(OP_POP_TOP);
    } else {
      emit(OP_UNPACK_SEQUENCE, uint32_t(pb.captures.size()));
      for (auto& name : pb.captures) name_op(name, Ctx::Store, cs.get());
    }
    if (cs->b) {
      expr(cs->b.get());
      jump(OP_POP_JUMP_IF_FALSE, next);
    }
    emit(OP_POP_TOP);  // the subject
    body(cs->list);
    jump(OP_JUMP, end);
    place(next);
  }
  emit(OP_POP_TOP);
  place(end);
}

}  // namespace eddy::compiler_detail
