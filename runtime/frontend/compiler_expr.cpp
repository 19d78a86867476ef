// The compiler: expressions.
#include "runtime/frontend/compiler_internal.h"

namespace eddy::compiler_detail {

// Jumps to `label` when the truth of `e` equals `cond`; falls through otherwise.
void Compiler::jump_if(const Node* e, int label, bool cond) {
  if (e->kind == NodeKind::UnaryOp && e->op == '!') {
    jump_if(e->a.get(), label, !cond);
    return;
  }
  if (e->kind == NodeKind::BoolOp) {
    bool is_and = e->op == 'a';
    if (is_and != cond) {
      // and, jump-if-false (or: or, jump-if-true): any operand decides
      for (auto& v : e->list) jump_if(v.get(), label, cond);
    } else {
      int skip = new_label();
      for (size_t i = 0; i + 1 < e->list.size(); ++i) jump_if(e->list[i].get(), skip, !cond);
      jump_if(e->list.back().get(), label, cond);
      place(skip);
    }
    return;
  }
  expr(e);
  jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

void Compiler::compare_op(int op) {
  switch (op) {
    case kCmpIn:
      emit(OP_CONTAINS_OP, 0);
      break;
    case kCmpNotIn:
      emit(OP_CONTAINS_OP, 1);
      break;
    case kCmpIs:
      emit(OP_IS_OP, 0);
      break;
    case kCmpIsNot:
      emit(OP_IS_OP, 1);
      break;
    default:
      emit(OP_COMPARE_OP, uint32_t(op));
      break;
  }
}

// Builds a sequence that may contain starred items: a list (or tuple/set) on the stack.
void Compiler::starred_sequence(const NodeList& items, NodeKind kind, bool call_args) {
  bool has_star = false;
  for (auto& i : items)
    if (i->kind == NodeKind::Starred) has_star = true;
  if (!has_star && kind == NodeKind::Tuple && !call_args) {
    // A tuple of constants is itself a constant, as in CPython.
    std::vector<Value> values;
    for (auto& i : items) {
      Value v = literal_value(i.get());
      if (!v) break;
      values.push_back(std::move(v));
    }
    if (values.size() == items.size()) {
      Value tup = new_tuple(vm_, values.data(), int64_t(values.size()));
      emit(OP_LOAD_CONST, uint32_t(add_const_unique(std::move(tup))));
      return;
    }
  }
  if (!has_star) {
    for (auto& i : items) expr(i.get());
    Opcode op = kind == NodeKind::List ? OP_BUILD_LIST : kind == NodeKind::Set ? OP_BUILD_SET : OP_BUILD_TUPLE;
    emit(op, uint32_t(items.size()));
    return;
  }
  bool is_set = kind == NodeKind::Set;
  emit(is_set ? OP_BUILD_SET : OP_BUILD_LIST, 0);
  for (auto& i : items) {
    if (i->kind == NodeKind::Starred) {
      expr(i->a.get());
      emit(is_set ? OP_SET_UPDATE : OP_LIST_EXTEND, call_args ? 0x101 : 1);
    } else {
      expr(i.get());
      emit(is_set ? OP_SET_ADD : OP_LIST_APPEND, 1);
    }
  }
  if (kind == NodeKind::Tuple) emit(OP_LIST_TO_TUPLE);
}

// The value of a literal node, or Null when it is not a plain constant.
Value Compiler::literal_value(const Node* n) {
  switch (n->kind) {
    case NodeKind::Int: {
      std::string text;
      for (char c : n->str)
        if (c != '_') text += c;
      Value v = int_from_string(t_, text, 0, true);
      if (!v) t_.clear_pending();
      return v;
    }
    case NodeKind::Float:
      return Value::real(strtod(n->str.c_str(), nullptr));
    case NodeKind::Str:
      return new_str(vm_, n->str);
    case NodeKind::Bytes:
      return new_bytes(vm_, n->str);
    case NodeKind::Constant:
      if (n->str == "None") return Value::none();
      if (n->str == "True") return Value::boolean(true);
      if (n->str == "False") return Value::boolean(false);
      return Value();
    case NodeKind::Tuple: {
      std::vector<Value> values;
      for (auto& i : n->list) {
        Value v = literal_value(i.get());
        if (!v) return Value();
        values.push_back(std::move(v));
      }
      return new_tuple(vm_, values.data(), int64_t(values.size()));
    }
    default:
      return Value();
  }
}

// A set display of three or more constants compiles, as in CPython, to a frozenset constant
// merged into a new set. CPython builds that frozenset twice (once from the literal's order,
// then again from the first one's iteration order), which can reorder colliding keys; doing
// the same keeps the printed order identical.
bool Compiler::constant_set(const Node* e) {
  if (e->list.size() < 3) return false;
  std::vector<Value> items;
  for (auto& item : e->list) {
    Value v = literal_value(item.get());
    if (!v) return false;
    items.push_back(std::move(v));
  }
  Value first = new_set(t_, true);
  for (auto& v : items)
    if (as_set(first)->add(t_, v) < 0) return false;
  // CPython's compiler re-creates the folded frozenset from its own iteration order when it
  // merges constants, and once more when it interns identifier-like strings among the items
  // (intern_string_constants); the table layout, and so the order in which the set
  // iterates, follows from those re-insertions.
  int passes = 1;
  for (auto& v : items) {
    if (!is_str(v) || as_str(v)->s.empty()) continue;
    bool name_chars = true;
    for (unsigned char c : as_str(v)->s)
      if (!(isalnum(c) || c == '_') || c >= 0x80) name_chars = false;
    if (name_chars) passes = 2;
  }
  Value second = first;
  for (int pass = 0; pass < passes; ++pass) {
    Value next = new_set(t_, true);
    for (auto& entry : std::vector<SetEntry>(as_set(second)->table))
      if (!entry.key.is_null() && as_set(next)->add(t_, entry.key) < 0) return false;
    second = std::move(next);
  }
  emit(OP_BUILD_SET, 0);
  emit(OP_LOAD_CONST, uint32_t(add_const_unique(std::move(second))));
  emit(OP_SET_UPDATE, 1);
  return true;
}

void Compiler::call(const Node* e) {
  const Node* fn = e->a.get();
  bool simple = true;
  for (auto& a : e->list)
    if (a->kind == NodeKind::Starred) simple = false;
  for (auto& k : e->list2)
    if (k->str.empty()) simple = false;
  if (simple && e->list2.empty() && fn->kind == NodeKind::Attribute && e->list.size() < 250) {
    expr(fn->a.get());
    set_line(fn);
    emit(OP_LOAD_METHOD, uint32_t(name_idx(fn->str)));
    for (auto& a : e->list) expr(a.get());
    set_line(e);
    emit(OP_CALL_METHOD, uint32_t(e->list.size()));
    return;
  }
  expr(fn);
  if (simple) {
    for (auto& a : e->list) expr(a.get());
    if (e->list2.empty()) {
      set_line(e);
      emit(OP_CALL, uint32_t(e->list.size()));
      return;
    }
    std::vector<Value> names;
    for (auto& k : e->list2) {
      expr(k->a.get());
      names.push_back(Value::borrow(vm_.intern(k->str)));
    }
    emit(OP_LOAD_CONST, uint32_t(add_const_unique(new_tuple(vm_, names.data(), int64_t(names.size())))));
    set_line(e);
    emit(OP_CALL_KW, uint32_t(e->list.size() + e->list2.size()));
    return;
  }
  // General form: build an args tuple and a kwargs dict.
  starred_sequence(e->list, NodeKind::Tuple, true);
  bool has_kw = !e->list2.empty();
  if (has_kw) {
    emit(OP_BUILD_MAP, 0);
    for (auto& k : e->list2) {
      if (k->str.empty()) {
        expr(k->a.get());
        emit(OP_DICT_MERGE, 1);
      } else {
        emit_const_str(k->str);
        expr(k->a.get());
        emit(OP_BUILD_MAP, 1);
        emit(OP_DICT_MERGE, 1);
      }
    }
  }
  set_line(e);
  emit(OP_CALL_EX, has_kw ? 1 : 0);
}

void Compiler::fstring(const Node* e) {
  size_t n = 0;
  for (auto& part : e->list) {
    if (part->kind == NodeKind::Str) {
      emit_const_str(part->str);
    } else {
      expr(part->a.get());
      uint32_t arg = part->op == 's' ? 1 : part->op == 'r' ? 2 : part->op == 'a' ? 3 : 0;
      if (part->b) {
        fstring(part->b.get());
        arg |= 4;
      }
      emit(OP_FORMAT_VALUE, arg);
    }
    ++n;
  }
  if (n == 0)
    emit_const_str("");
  else if (n > 1 || e->list[0]->kind != NodeKind::Str)
    emit(OP_BUILD_STRING, uint32_t(n));
}

void Compiler::expr(const Node* e) {
  set_line(e);
  switch (e->kind) {
    case NodeKind::Name:
      name_op(e->str, Ctx::Load, e);
      return;
    case NodeKind::Constant:
      if (e->str == "None") emit_const_none();
      else if (e->str == "True") emit(OP_LOAD_CONST, uint32_t(add_const(Value::boolean(true), "True")));
      else if (e->str == "False") emit(OP_LOAD_CONST, uint32_t(add_const(Value::boolean(false), "False")));
      else emit(OP_LOAD_CONST, uint32_t(add_const(vm_.ellipsis, "...")));
      return;
    case NodeKind::Int: {
      std::string text;
      for (char c : e->str)
        if (c != '_') text += c;
      Value v = int_from_string(t_, text, 0, true);
      if (!v) {
        t_.clear_pending();
        fail(e, "invalid decimal literal");
      }
      emit(OP_LOAD_CONST, uint32_t(add_const(v, "i:" + text)));
      return;
    }
    case NodeKind::Float: {
      std::string text;
      for (char c : e->str)
        if (c != '_') text += c;
      double d = strtod(text.c_str(), nullptr);
      emit(OP_LOAD_CONST, uint32_t(add_const(Value::real(d), "f:" + float_repr(d) + (std::signbit(d) ? "-" : ""))));
      return;
    }
    case NodeKind::Str:
      emit(OP_LOAD_CONST, uint32_t(add_const(new_str(vm_, e->str), "s:" + e->str)));
      return;
    case NodeKind::Bytes:
      emit(OP_LOAD_CONST, uint32_t(add_const(new_bytes(vm_, e->str), "b:" + e->str)));
      return;
    case NodeKind::JoinedStr:
      fstring(e);
      return;
    case NodeKind::BinOp:
      expr(e->a.get());
      expr(e->b.get());
      set_line(e);
      emit(OP_BINARY_OP, uint32_t(e->op));
      return;
    case NodeKind::UnaryOp:
      expr(e->a.get());
      set_line(e);
      emit(e->op == '-' ? OP_UNARY_NEGATIVE : e->op == '+' ? OP_UNARY_POSITIVE
                        : e->op == '~' ? OP_UNARY_INVERT : OP_UNARY_NOT);
      return;
    case NodeKind::BoolOp: {
      int end = new_label();
      for (size_t i = 0; i < e->list.size(); ++i) {
        expr(e->list[i].get());
        if (i + 1 < e->list.size()) jump(e->op == 'a' ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
      }
      place(end);
      return;
    }
    case NodeKind::Compare: {
      expr(e->a.get());
      if (e->list.size() == 1) {
        expr(e->list[0].get());
        set_line(e);
        compare_op(e->ops[0]);
        return;
      }
      int cleanup = new_label(), end = new_label();
      for (size_t i = 0; i < e->list.size(); ++i) {
        expr(e->list[i].get());
        set_line(e);
        if (i + 1 < e->list.size()) {
          emit(OP_SWAP, 2);
          emit(OP_COPY, 2);
          compare_op(e->ops[i]);
          jump(OP_JUMP_IF_FALSE_OR_POP, cleanup);
        } else {
          compare_op(e->ops[i]);
        }
      }
      jump(OP_JUMP, end);
      place(cleanup);
      emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      place(end);
      return;
    }
    case NodeKind::Call:
      call(e);
      return;
    case NodeKind::Attribute:
      expr(e->a.get());
      set_line(e);
      emit(OP_LOAD_ATTR, uint32_t(name_idx(e->str)));
      return;
    case NodeKind::Subscript:
      expr(e->a.get());
      expr(e->b.get());
      set_line(e);
      emit(OP_BINARY_SUBSCR);
      return;
    case NodeKind::Slice:
      if (e->a) expr(e->a.get()); else emit_const_none();
      if (e->b) expr(e->b.get()); else emit_const_none();
      if (e->c) {
        expr(e->c.get());
        emit(OP_BUILD_SLICE, 3);
      } else {
        emit(OP_BUILD_SLICE, 2);
      }
      return;
    case NodeKind::Starred:
      fail(e, "can't use starred expression here");
    case NodeKind::Set:
      if (constant_set(e)) return;
      starred_sequence(e->list, e->kind);
      return;
    case NodeKind::Tuple:
    case NodeKind::List:
      starred_sequence(e->list, e->kind);
      return;
    case NodeKind::Dict: {
      bool has_unpack = false;
      for (auto& k : e->list)
        if (!k) has_unpack = true;
      if (!has_unpack) {
        for (size_t i = 0; i < e->list.size(); ++i) {
          expr(e->list[i].get());
          expr(e->list2[i].get());
        }
        emit(OP_BUILD_MAP, uint32_t(e->list.size()));
        return;
      }
      emit(OP_BUILD_MAP, 0);
      for (size_t i = 0; i < e->list.size(); ++i) {
        if (!e->list[i]) {
          expr(e->list2[i].get());
          emit(OP_DICT_UPDATE, 1);
        } else {
          expr(e->list[i].get());
          expr(e->list2[i].get());
          emit(OP_MAP_ADD, 1);
        }
      }
      return;
    }
    case NodeKind::ListComp:
      comprehension(e, "<listcomp>", e->kind);
      return;
    case NodeKind::SetComp:
      comprehension(e, "<setcomp>", e->kind);
      return;
    case NodeKind::DictComp:
      comprehension(e, "<dictcomp>", e->kind);
      return;
    case NodeKind::GeneratorExp:
      comprehension(e, "<genexpr>", e->kind);
      return;
    case NodeKind::IfExp: {
      int orelse = new_label(), end = new_label();
      jump_if(e->a.get(), orelse, false);
      expr(e->b.get());
      jump(OP_JUMP, end);
      place(orelse);
      expr(e->c.get());
      place(end);
      return;
    }
    case NodeKind::Lambda:
      lambda(e);
      return;
    case NodeKind::NamedExpr:
      expr(e->b.get());
      emit(OP_COPY, 1);
      name_op(e->a->str, Ctx::Store, e->a.get());
      return;
    case NodeKind::Yield:
      if (e->a)
        expr(e->a.get());
      else
        emit_const_none();
      set_line(e);
      emit(OP_YIELD_VALUE);
      return;
    case NodeKind::YieldFrom: {
      int loop = new_label(), done = new_label();
      expr(e->a.get());
      set_line(e);
      emit(OP_GET_YIELD_FROM_ITER);
      emit_const_none();
      place(loop);
      jump(OP_SEND, done);
      emit(OP_YIELD_VALUE);
      jump(OP_JUMP, loop);
      place(done);
      return;
    }
    default:
      fail(e, "invalid syntax");
  }
}

}  // namespace eddy::compiler_detail
