// The compiler: def, class, lambda and comprehensions (each a nested code object).
#include "runtime/frontend/compiler_internal.h"

namespace eddy::compiler_detail {

// Compiles a def/lambda/comprehension body into a new Unit and emits MAKE_FUNCTION for it.
// `defaults_flags` says what the caller already pushed (defaults tuple, kwdefaults dict).
void Compiler::make_function(const Node* node, const std::string& name, uint32_t defaults_flags,
                   const std::function<void()>& compile_body, const Arguments* args,
                   bool no_args) {
  Scope* scope = by_node.at(node);
  Unit child;
  child.scope = scope;
  child.name = name;
  std::string parent_q = u().qualname;
  if (units_.size() == 1)
    child.qualname = name;
  else if (u().scope->kind == Scope::Class)
    child.qualname = parent_q + "." + name;
  else
    child.qualname = parent_q + ".<locals>." + name;
  child.firstlineno = node->line;
  child.line = node->line;
  // Arguments first, in CPython's order.
  if (args) {
    for (auto& p : args->posonly) child.varnames.push_back(p.name);
    for (auto& p : args->args) child.varnames.push_back(p.name);
    for (auto& p : args->kwonly) child.varnames.push_back(p.name);
    child.posonly = int(args->posonly.size());
    child.argcount = int(args->posonly.size() + args->args.size());
    child.kwonly = int(args->kwonly.size());
    if (args->vararg) {
      child.varnames.push_back(args->vararg->name);
      child.flags |= kCodeVarargs;
    }
    if (args->kwarg) {
      child.varnames.push_back(args->kwarg->name);
      child.flags |= kCodeVarkw;
    }
  } else if (!no_args) {
    child.varnames.push_back(".0");
    child.argcount = 1;
  }
  for (auto& [n, b] : scope->bindings) {
    if (b == Binding::Cell) child.cellvars.push_back(n);
    if (b == Binding::Free) child.freevars.push_back(n);
  }
  if (units_.size() > 1) child.flags |= kCodeNested;
  if (scope->is_generator) child.flags |= kCodeGenerator;
  units_.push_back(&child);
  compile_body();
  units_.pop_back();
  Value code = assemble(child);
  // Closure: the cells this scope supplies to the child, in the child's free-var order.
  uint32_t flags = defaults_flags;
  if (!child.freevars.empty()) {
    for (auto& fv : child.freevars) {
      int i = u().deref_index(fv);
      if (i < 0) fail(node, "internal compiler error: free variable '" + fv + "' has no cell");
      emit(OP_LOAD_CLOSURE, uint32_t(i));
    }
    emit(OP_BUILD_TUPLE, uint32_t(child.freevars.size()));
    flags |= 4;
  }
  emit(OP_LOAD_CONST, uint32_t(add_const_unique(std::move(code))));
  emit(OP_MAKE_FUNCTION, flags);
}

uint32_t Compiler::push_defaults(const Arguments& a) {
  uint32_t flags = 0;
  if (!a.defaults.empty()) {
    for (auto& d : a.defaults) expr(d.get());
    emit(OP_BUILD_TUPLE, uint32_t(a.defaults.size()));
    flags |= 1;
  }
  int nkw = 0;
  for (size_t i = 0; i < a.kwonly.size(); ++i) {
    if (!a.kw_defaults[i]) continue;
    emit_const_str(a.kwonly[i].name);
    expr(a.kw_defaults[i].get());
    ++nkw;
  }
  if (nkw) {
    emit(OP_BUILD_MAP, uint32_t(nkw));
    flags |= 2;
  }
  return flags;
}

// def's annotations, evaluated where the def runs: a dict pushed for MAKE_FUNCTION (flag 8).
uint32_t Compiler::push_annotations(const Node* s) {
  const Arguments& a = *s->args;
  int n = 0;
  auto one = [&](const Param& p) {
    if (!p.annotation) return;
    emit_const_str(p.name);
    annotation(p.annotation.get());
    ++n;
  };
  for (auto& p : a.posonly) one(p);
  for (auto& p : a.args) one(p);
  if (a.vararg) one(*a.vararg);
  for (auto& p : a.kwonly) one(p);
  if (a.kwarg) one(*a.kwarg);
  if (s->b) {
    emit_const_str("return");
    annotation(s->b.get());
    ++n;
  }
  if (!n) return 0;
  emit(OP_BUILD_MAP, uint32_t(n));
  return 8;
}

void Compiler::annotation(const Node* e) {
  if (future_annotations_) emit_const_str(unparse(e));
  else expr(e);
}

// True when a module or class body has annotated assignments of its own (outside nested
// functions and classes): the body then starts by creating __annotations__.
bool Compiler::has_annotations(const NodeList& stmts) {
  for (auto& st : stmts) {
    switch (st->kind) {
      case NodeKind::AnnAssign:
        return true;
      case NodeKind::If: case NodeKind::While: case NodeKind::For: case NodeKind::With:
        if (has_annotations(st->list) || has_annotations(st->list2)) return true;
        break;
      case NodeKind::Try:
        if (has_annotations(st->list) || has_annotations(st->list3) || has_annotations(st->list4))
          return true;
        for (auto& h : st->list2)
          if (has_annotations(h->list)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

void Compiler::setup_annotations(const NodeList& stmts) {
  if (!has_annotations(stmts)) return;
  emit(OP_BUILD_MAP, 0);
  emit(OP_STORE_NAME, uint32_t(name_idx("__annotations__")));
}

void Compiler::function_def(const Node* s) {
  for (auto& d : s->list2) expr(d.get());
  uint32_t flags = push_defaults(*s->args);
  flags |= push_annotations(s);
  set_line(s);
  make_function(s, s->str, flags, [&]() {
    // A leading string is the docstring: stored as the first constant, not run.
    const NodeList& b = s->list;
    if (!b.empty() && b[0]->kind == NodeKind::Expr && b[0]->a->kind == NodeKind::Str)
      add_const_unique(new_str(vm_, b[0]->a->str));
    else
      add_const_unique(Value::none());
    body(b);
    emit_const_none();
    emit(OP_RETURN_VALUE);
  }, s->args.get());
  for (size_t i = 0; i < s->list2.size(); ++i) emit(OP_CALL, 1);
  name_op(s->str, Ctx::Store, s);
}

void Compiler::class_def(const Node* s) {
  for (auto& d : s->list2) expr(d.get());
  set_line(s);
  emit(OP_LOAD_BUILD_CLASS);
  make_function(s, s->str, 0, [&]() {
    u().flags |= kCodeClass;
    add_const_unique(Value::none());
    // __module__ and __qualname__ first, as CPython's class bodies do.
    name_op("__name__", Ctx::Load, s);
    emit(OP_STORE_NAME, uint32_t(name_idx("__module__")));
    emit_const_str(u().qualname);
    emit(OP_STORE_NAME, uint32_t(name_idx("__qualname__")));
    const NodeList& b = s->list;
    if (!b.empty() && b[0]->kind == NodeKind::Expr && b[0]->a->kind == NodeKind::Str) {
      emit_const_str(b[0]->a->str);
      emit(OP_STORE_NAME, uint32_t(name_idx("__doc__")));
    }
    setup_annotations(b);
    body(b);
    if (u().scope->needs_class_cell) {
      // Hand the __class__ cell to __build_class__, which fills it with the new class.
      emit(OP_LOAD_CLOSURE, uint32_t(u().deref_index("__class__")));
      emit(OP_STORE_NAME, uint32_t(name_idx("__classcell__")));
    }
    emit_const_none();
    emit(OP_RETURN_VALUE);
  }, nullptr, /*no_args=*/true);
  emit_const_str(s->str);
  for (auto& base : s->list3) expr(base.get());
  if (!s->list4.empty()) {
    std::vector<Value> names;
    for (auto& k : s->list4) {
      expr(k->a.get());
      names.push_back(Value::borrow(vm_.intern(k->str)));
    }
    emit(OP_LOAD_CONST, uint32_t(add_const_unique(new_tuple(vm_, names.data(), int64_t(names.size())))));
    emit(OP_CALL_KW, uint32_t(2 + s->list3.size() + s->list4.size()));
  } else {
    emit(OP_CALL, uint32_t(2 + s->list3.size()));
  }
  for (size_t i = 0; i < s->list2.size(); ++i) emit(OP_CALL, 1);
  name_op(s->str, Ctx::Store, s);
}

void Compiler::lambda(const Node* e) {
  uint32_t flags = push_defaults(*e->args);
  make_function(e, "<lambda>", flags, [&]() {
    add_const_unique(Value::none());  // no docstring
    expr(e->a.get());
    emit(OP_RETURN_VALUE);
  }, e->args.get());
}

void Compiler::comprehension(const Node* e, const char* name, NodeKind kind) {
  make_function(e, name, 0, [&]() {
    add_const_unique(Value::none());
    switch (kind) {
      case NodeKind::DictComp:
        emit(OP_BUILD_MAP, 0);
        break;
      case NodeKind::SetComp:
        emit(OP_BUILD_SET, 0);
        break;
      case NodeKind::GeneratorExp:
        emit_const_none();  // a placeholder, so the loop depths match the other comprehensions
        break;
      default:
        emit(OP_BUILD_LIST, 0);
        break;
    }
    comprehension_loop(e, 0, kind);
    if (kind == NodeKind::GeneratorExp) emit(OP_POP_TOP), emit_const_none();
    emit(OP_RETURN_VALUE);
  }, nullptr);
  expr(e->list[0]->b.get());
  emit(OP_GET_ITER);
  emit(OP_CALL, 1);

}

void Compiler::comprehension_loop(const Node* e, size_t gi, NodeKind kind) {
  const Node* gen = e->list[gi].get();
  int top = new_label(), end = new_label();
  set_line(gen);
  if (gi == 0) {
    emit(OP_LOAD_FAST, 0);  // .0
  } else {
    expr(gen->b.get());
    emit(OP_GET_ITER);
  }
  place(top);
  jump(OP_FOR_ITER, end);
  assign(gen->a.get());
  for (auto& cond : gen->list) jump_if(cond.get(), top, false);
  if (gi + 1 < e->list.size()) {
    comprehension_loop(e, gi + 1, kind);
  } else {
    uint32_t depth = uint32_t(e->list.size() + 1);
    switch (kind) {
      case NodeKind::DictComp:
        expr(e->a.get());
        expr(e->b.get());
        emit(OP_MAP_ADD, depth);
        break;
      case NodeKind::SetComp:
        expr(e->a.get());
        emit(OP_SET_ADD, depth);
        break;
      case NodeKind::GeneratorExp:
        expr(e->a.get());
        emit(OP_YIELD_VALUE);
        emit(OP_POP_TOP);
        break;
      default:
        expr(e->a.get());
        emit(OP_LIST_APPEND, depth);
        break;
    }
  }
  jump(OP_JUMP, top);
  place(end);
}

}  // namespace eddy::compiler_detail
