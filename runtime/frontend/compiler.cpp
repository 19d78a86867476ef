// The compiler: AST -> Code objects.
//
// How control flow is compiled (CPython 3.11's scheme, which keeps frames plain data):
//  - No block stack at run time. A try body is covered by an entry in the code's exception table
//    (built from a per-instruction "active handler" record); the handler runs with the exception
//    pushed on the value stack.
//  - An except or finally handler starts with PUSH_EXC_INFO (saving the previously handled
//    exception on the value stack) and is itself covered by a cleanup handler that restores it
//    with POP_EXCEPT before re-raising.
//  - `finally` bodies are compiled twice: inline for the normal exit (and before each return,
//    break or continue that leaves the try), and once in the exception handler.
//  - Comprehensions are nested functions called with the first iterator (".0").
// The value stack size of each code object is computed by a flow analysis over the finished
// instructions, using the stack effects from dispatcher/opcodes.h.
#include "runtime/frontend/compiler.h"

#include "runtime/frontend/compiler_internal.h"

namespace eddy {

namespace compiler_detail {

Value Compiler::compile_module(const Node* module, Scope* top, CompileMode mode) {
  Unit u;
  u.scope = top;
  u.name = "<module>";
  u.qualname = "<module>";
  u.flags = kCodeModule;
  u.interactive = mode == CompileMode::Interactive;
  units_.push_back(&u);
  if (mode == CompileMode::Eval) {
    if (module->list.size() != 1 || module->list[0]->kind != NodeKind::Expr)
      fail(module->list.empty() ? module : module->list[0].get(), "invalid syntax");
    expr(module->list[0]->a.get());
    emit(OP_RETURN_VALUE);
    units_.pop_back();
    return assemble(u);
  }
  scan_future_imports(module->list);
  setup_annotations(module->list);
  for (auto& s : module->list) stmt(s.get());
  emit_const_none();
  emit(OP_RETURN_VALUE);
  units_.pop_back();
  return assemble(u);
}

int Compiler::emit(Opcode op, uint32_t arg) {
  if (arg > kMaxArg) fail(nullptr, "too many constants or names in one code object");
  Unit& x = u();
  x.instrs.push_back(make_instr(op, arg));
  x.lines.push_back(x.line);
  x.handler_of.push_back(x.handler_stack.empty() ? -1 : x.handler_stack.back());
  return int(x.instrs.size() - 1);
}

int Compiler::new_label() {
  u().labels.push_back(-1);
  return int(u().labels.size() - 1);
}

int Compiler::push_handler(int label) {
  Unit& x = u();
  x.handlers.push_back({label, int(x.instrs.size())});
  int h = int(x.handlers.size() - 1);
  x.handler_stack.push_back(h);
  return h;
}

int Compiler::add_const(Value v, const std::string& key) {
  Unit& x = u();
  auto it = x.const_index.find(key);
  if (it != x.const_index.end()) return it->second;
  x.consts.push_back(std::move(v));
  int i = int(x.consts.size() - 1);
  x.const_index[key] = i;
  return i;
}

int Compiler::add_const_unique(Value v) {
  u().consts.push_back(std::move(v));
  return int(u().consts.size() - 1);
}

void Compiler::emit_const_str(const std::string& s) {
  emit(OP_LOAD_CONST, uint32_t(add_const(Value::borrow(vm_.intern(s)), "s:" + s)));
}

int Compiler::name_idx(const std::string& n) {
  Unit& x = u();
  auto it = x.name_index.find(n);
  if (it != x.name_index.end()) return it->second;
  x.names.push_back(Value::borrow(vm_.intern(n)));
  x.name_index[n] = int(x.names.size() - 1);
  return int(x.names.size() - 1);
}

void Compiler::set_line(const Node* n) {
  if (n && n->line > 0) u().line = n->line;
}

void Compiler::name_op(const std::string& name, Ctx ctx, const Node* at) {
  if (name == "__debug__" && ctx != Ctx::Load) fail(at, "cannot assign to __debug__");
  Binding b = u().scope->binding(name);
  switch (b) {
    case Binding::Local: {
      int i = u().var_index(name);
      emit(ctx == Ctx::Load ? OP_LOAD_FAST : ctx == Ctx::Store ? OP_STORE_FAST : OP_DELETE_FAST, uint32_t(i));
      return;
    }
    case Binding::Cell:
    case Binding::Free: {
      int i = u().deref_index(name);
      if (i < 0) fail(at, "internal compiler error: no cell for '" + name + "'");
      emit(ctx == Ctx::Load ? OP_LOAD_DEREF : ctx == Ctx::Store ? OP_STORE_DEREF : OP_DELETE_DEREF, uint32_t(i));
      return;
    }
    case Binding::GlobalExplicit:
    case Binding::GlobalImplicit:
      emit(ctx == Ctx::Load ? OP_LOAD_GLOBAL : ctx == Ctx::Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
           uint32_t(name_idx(name)));
      return;
    case Binding::Name:
      emit(ctx == Ctx::Load ? OP_LOAD_NAME : ctx == Ctx::Store ? OP_STORE_NAME : OP_DELETE_NAME,
           uint32_t(name_idx(name)));
      return;
  }
}

void Compiler::body(const NodeList& stmts) {
  for (auto& s : stmts) stmt(s.get());
}

void Compiler::stmt(const Node* s) {
  set_line(s);
  switch (s->kind) {
    case NodeKind::Expr:
      if (u().interactive && units_.size() == 1) {
        expr(s->a.get());
        emit(OP_PRINT_EXPR);
      } else if (s->a->kind == NodeKind::Str || s->a->kind == NodeKind::Constant) {
        // a docstring or a bare constant: nothing to run
      } else {
        expr(s->a.get());
        emit(OP_POP_TOP);
      }
      return;
    case NodeKind::Assign: {
      expr(s->a.get());
      for (size_t i = 0; i < s->list.size(); ++i) {
        if (i + 1 < s->list.size()) emit(OP_COPY, 1);
        assign(s->list[i].get());
      }
      return;
    }
    case NodeKind::AugAssign:
      aug_assign(s);
      return;
    case NodeKind::AnnAssign:
      if (s->c) {
        expr(s->c.get());
        assign(s->a.get());
      }
      // Module and class bodies evaluate the annotation; a plain name's goes into
      // __annotations__ (functions evaluate none of theirs, as in CPython).
      // Under `from __future__ import annotations` only a plain name's is kept (as text).
      if (u().scope->kind != Scope::Function) {
        if (s->a->kind == NodeKind::Name) {
          annotation(s->b.get());
          emit(OP_LOAD_NAME, uint32_t(name_idx("__annotations__")));
          emit_const_str(s->a->str);
          emit(OP_STORE_SUBSCR);
        } else if (!future_annotations_) {
          expr(s->b.get());
          emit(OP_POP_TOP);
        }
      }
      return;
    case NodeKind::If:
      if_stmt(s);
      return;
    case NodeKind::While:
      while_stmt(s);
      return;
    case NodeKind::Match:
      match_stmt(s);
      return;
    case NodeKind::For:
      for_stmt(s);
      return;
    case NodeKind::Break:
      break_continue(s, true);
      return;
    case NodeKind::Continue:
      break_continue(s, false);
      return;
    case NodeKind::Pass:
      return;
    case NodeKind::Return:
      if (s->a)
        expr(s->a.get());
      else
        emit_const_none();
      unwind_all(s, true);
      set_line(s);
      emit(OP_RETURN_VALUE);
      return;
    case NodeKind::FunctionDef:
      function_def(s);
      return;
    case NodeKind::Global:
    case NodeKind::Nonlocal:
      return;
    case NodeKind::Delete:
      for (auto& target : s->list) del(target.get());
      return;
    case NodeKind::Assert:
      assert_stmt(s);
      return;
    case NodeKind::Try:
      if (!s->list4.empty())
        try_finally(s);
      else
        try_except(s);
      return;
    case NodeKind::Raise:
      if (s->a) expr(s->a.get());
      if (s->b) expr(s->b.get());
      emit(OP_RAISE_VARARGS, s->a ? (s->b ? 2 : 1) : 0);
      return;
    case NodeKind::Import:
      import_stmt(s);
      return;
    case NodeKind::ImportFrom:
      import_from(s);
      return;
    case NodeKind::ClassDef:
      class_def(s);
      return;
    case NodeKind::With:
      with_stmt(s, 0);
      return;
    default:
      fail(s, "invalid syntax");
  }
}

void Compiler::assign(const Node* target) {
  set_line(target);
  switch (target->kind) {
    case NodeKind::Name:
      name_op(target->str, Ctx::Store, target);
      return;
    case NodeKind::Attribute:
      expr(target->a.get());
      emit(OP_STORE_ATTR, uint32_t(name_idx(target->str)));
      return;
    case NodeKind::Subscript:
      expr(target->a.get());
      expr(target->b.get());
      emit(OP_STORE_SUBSCR);
      return;
    case NodeKind::Tuple:
    case NodeKind::List: {
      size_t n = target->list.size();
      int star = -1;
      for (size_t i = 0; i < n; ++i)
        if (target->list[i]->kind == NodeKind::Starred) star = int(i);
      if (star < 0) {
        emit(OP_UNPACK_SEQUENCE, uint32_t(n));
      } else {
        size_t before = size_t(star), after = n - size_t(star) - 1;
        if (before > 255 || after > 65535) fail(target, "too many expressions in star-unpacking assignment");
        emit(OP_UNPACK_EX, uint32_t(before | (after << 8)));
      }
      for (auto& item : target->list)
        assign(item->kind == NodeKind::Starred ? item->a.get() : item.get());
      return;
    }
    case NodeKind::Starred:
      fail(target, "starred assignment target must be in a list or tuple");
    default:
      fail(target, "cannot assign to expression");
  }
}

void Compiler::del(const Node* target) {
  set_line(target);
  switch (target->kind) {
    case NodeKind::Name:
      name_op(target->str, Ctx::Del, target);
      return;
    case NodeKind::Attribute:
      expr(target->a.get());
      emit(OP_DELETE_ATTR, uint32_t(name_idx(target->str)));
      return;
    case NodeKind::Subscript:
      expr(target->a.get());
      expr(target->b.get());
      emit(OP_DELETE_SUBSCR);
      return;
    case NodeKind::Tuple:
    case NodeKind::List:
      for (auto& item : target->list) del(item.get());
      return;
    default:
      fail(target, "cannot delete expression");
  }
}

void Compiler::aug_assign(const Node* s) {
  const Node* target = s->a.get();
  uint32_t op = uint32_t(s->op) | 16;
  switch (target->kind) {
    case NodeKind::Name:
      name_op(target->str, Ctx::Load, target);
      expr(s->b.get());
      set_line(s);
      emit(OP_BINARY_OP, op);
      name_op(target->str, Ctx::Store, target);
      return;
    case NodeKind::Attribute: {
      expr(target->a.get());
      emit(OP_COPY, 1);
      emit(OP_LOAD_ATTR, uint32_t(name_idx(target->str)));
      expr(s->b.get());
      set_line(s);
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 2);
      emit(OP_STORE_ATTR, uint32_t(name_idx(target->str)));
      return;
    }
    case NodeKind::Subscript:
      expr(target->a.get());
      expr(target->b.get());
      emit(OP_COPY, 2);
      emit(OP_COPY, 2);
      emit(OP_BINARY_SUBSCR);
      expr(s->b.get());
      set_line(s);
      emit(OP_BINARY_OP, op);
      emit(OP_SWAP, 3);
      emit(OP_SWAP, 2);
      emit(OP_STORE_SUBSCR);
      return;
    default:
      fail(target, "illegal expression for augmented assignment");
  }
}

void Compiler::if_stmt(const Node* s) {
  int end = new_label();
  int orelse = s->list2.empty() ? end : new_label();
  jump_if(s->a.get(), orelse, false);
  body(s->list);
  if (!s->list2.empty()) {
    jump(OP_JUMP, end);
    place(orelse);
    body(s->list2);
  }
  place(end);
}

void Compiler::while_stmt(const Node* s) {
  int top = new_label(), orelse = new_label(), end = new_label();
  place(top);
  jump_if(s->a.get(), orelse, false);
  u().fblocks.push_back({FBlock::Loop, top, end});
  body(s->list);
  u().fblocks.pop_back();
  set_line(s);
  jump(OP_JUMP, top);
  place(orelse);
  body(s->list2);
  place(end);
}

void Compiler::for_stmt(const Node* s) {
  int top = new_label(), exhausted = new_label(), end = new_label();
  expr(s->b.get());
  set_line(s);
  emit(OP_GET_ITER);
  place(top);
  set_line(s);
  jump(OP_FOR_ITER, exhausted);
  assign(s->a.get());
  u().fblocks.push_back({FBlock::ForLoop, top, end});
  body(s->list);
  u().fblocks.pop_back();
  set_line(s);
  jump(OP_JUMP, top);
  place(exhausted);
  body(s->list2);
  place(end);
}

// Emits what leaving fblock `b` requires. `preserve_tos`: a return value sits on top.
void Compiler::unwind_block(FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlock::Loop:
      return;
    case FBlock::ForLoop:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      return;
    case FBlock::TryExcept:
      pop_handler();
      return;
    case FBlock::FinallyTry: {
      // Run the finally body inline, outside its own protection (b is the innermost block).
      pop_handler();
      FBlock saved = b;
      u().fblocks.pop_back();
      body(saved.finally_body->list4);
      u().fblocks.push_back(saved);
      return;
    }
    case FBlock::FinallyEnd:
      // stack: prev exc [value]
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);  // the exception
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_EXCEPT);
      pop_handler();
      return;
    case FBlock::With:
      // stack: exit [value] -> call exit(None, None, None)
      pop_handler();
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_WITH_EXIT);
      emit(OP_POP_TOP);
      return;
    case FBlock::HandlerCleanup:
      // stack: prev [value]
      pop_handler();
      if (!b.handler_name.empty()) {
        emit_const_none();
        name_op(b.handler_name, Ctx::Store, nullptr);
        name_op(b.handler_name, Ctx::Del, nullptr);
      }
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_EXCEPT);
      return;
  }
}

// Unwinds every block (return). The handler stack is restored afterwards for the code that
// follows in the same block.
void Compiler::unwind_all(const Node* at, bool preserve_tos) {
  auto saved_blocks = u().fblocks;
  auto saved_handlers = u().handler_stack;
  for (size_t i = u().fblocks.size(); i-- > 0;) {
    u().fblocks.resize(i + 1);
    unwind_block(u().fblocks[i], preserve_tos);
    u().fblocks.resize(i);
  }
  u().fblocks = saved_blocks;
  u().handler_stack = saved_handlers;
  (void)at;
}

void Compiler::break_continue(const Node* s, bool is_break) {
  auto& fb = u().fblocks;
  int loop = -1;
  for (int i = int(fb.size()) - 1; i >= 0; --i)
    if (fb[size_t(i)].kind == FBlock::Loop || fb[size_t(i)].kind == FBlock::ForLoop) {
      loop = i;
      break;
    }
  if (loop < 0) fail(s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  auto saved_blocks = fb;
  auto saved_handlers = u().handler_stack;
  for (int i = int(u().fblocks.size()) - 1; i > loop; --i) {
    u().fblocks.resize(size_t(i) + 1);
    unwind_block(u().fblocks[size_t(i)], false);
    u().fblocks.resize(size_t(i));
  }
  FBlock target = saved_blocks[size_t(loop)];
  if (is_break && target.kind == FBlock::ForLoop) emit(OP_POP_TOP);
  set_line(s);
  jump(OP_JUMP, is_break ? target.break_label : target.continue_label);
  u().fblocks = saved_blocks;
  u().handler_stack = saved_handlers;
}

void Compiler::assert_stmt(const Node* s) {
  int end = new_label();
  jump_if(s->a.get(), end, true);
  set_line(s);
  emit(OP_LOAD_ASSERTION_ERROR);
  if (s->b) {
    expr(s->b.get());
    emit(OP_CALL, 1);
  }
  emit(OP_RAISE_VARARGS, 1);
  place(end);
}

void Compiler::try_except(const Node* s) {
  int handler = new_label(), orelse = new_label(), end = new_label(), cleanup = new_label();
  int h = push_handler(handler);
  u().fblocks.push_back({FBlock::TryExcept});
  u().fblocks.back().handler = h;
  body(s->list);
  u().fblocks.pop_back();
  pop_handler();
  jump(OP_JUMP, orelse);

  // The handler: stack [exc]
  place(handler);
  set_line(s->list2.empty() ? s : s->list2[0].get());
  // The cleanup handler keeps only what is below the exception: after PUSH_EXC_INFO that slot
  // holds the previously handled exception, which the cleanup restores.
  int ch = push_handler(cleanup);
  emit(OP_PUSH_EXC_INFO);  // [prev exc]
  for (auto& hn : s->list2) {
    set_line(hn.get());
    int next_clause = new_label();
    if (hn->a) {
      expr(hn->a.get());
      emit(OP_CHECK_EXC_MATCH);
      jump(OP_POP_JUMP_IF_FALSE, next_clause);
    }
    // [prev exc]
    if (!hn->str.empty()) {
      name_op(hn->str, Ctx::Store, hn.get());  // [prev]
      // The body runs under a cleanup that clears the name, then restores exc state.
      int name_cleanup = new_label();
      push_handler(name_cleanup);
      u().fblocks.push_back({FBlock::HandlerCleanup});
      u().fblocks.back().handler_name = hn->str;
      body(hn->list);
      u().fblocks.pop_back();
      pop_handler();
      emit_const_none();
      name_op(hn->str, Ctx::Store, hn.get());
      name_op(hn->str, Ctx::Del, hn.get());
      emit(OP_POP_EXCEPT);  // []
      jump(OP_JUMP, end);
      // Exception inside the body: [prev exc2]; clear the name, then the outer cleanup.
      place(name_cleanup);
      emit_const_none();
      name_op(hn->str, Ctx::Store, hn.get());
      name_op(hn->str, Ctx::Del, hn.get());
      emit(OP_RERAISE);
    } else {
      emit(OP_POP_TOP);  // [prev]
      push_handler(cleanup);
      u().fblocks.push_back({FBlock::HandlerCleanup});
      body(hn->list);
      u().fblocks.pop_back();
      pop_handler();
      emit(OP_POP_EXCEPT);
      jump(OP_JUMP, end);
    }
    place(next_clause);
  }
  // No clause matched: re-raise (still under the cleanup handler).
  emit(OP_RERAISE);
  pop_handler();
  (void)ch;
  // Cleanup: [prev exc] -> restore prev, re-raise.
  place(cleanup);
  emit(OP_SWAP, 2);
  emit(OP_POP_EXCEPT);
  emit(OP_RERAISE);

  place(orelse);
  body(s->list3);
  place(end);
}

void Compiler::with_stmt(const Node* s, size_t item) {
  const Node* it = s->list[item].get();
  int handler = new_label(), cleanup = new_label(), end = new_label(), suppress = new_label();
  expr(it->a.get());
  set_line(it);
  emit(OP_BEFORE_WITH);  // [exit enter_result]
  // The handler's stack depth is taken where it is set up, so it starts after the enter
  // result has been stored: [exit].
  if (it->b)
    assign(it->b.get());
  else
    emit(OP_POP_TOP);
  int h = push_handler(handler);
  FBlock fb{FBlock::With};
  fb.handler = h;
  u().fblocks.push_back(fb);
  if (item + 1 < s->list.size())
    with_stmt(s, item + 1);
  else
    body(s->list2);
  u().fblocks.pop_back();
  pop_handler();
  set_line(s);
  emit(OP_WITH_EXIT);  // normal exit: exit(None, None, None)
  emit(OP_POP_TOP);
  jump(OP_JUMP, end);
  // An exception in the body: [exit exc]
  place(handler);
  push_handler(cleanup);
  emit(OP_PUSH_EXC_INFO);  // [exit prev exc]
  emit(OP_WITH_EXCEPT_START);  // [exit prev exc result]
  jump(OP_POP_JUMP_IF_TRUE, suppress);
  emit(OP_RERAISE);
  place(suppress);  // [exit prev exc]: __exit__ returned true, the exception is swallowed
  pop_handler();
  emit(OP_POP_TOP);
  emit(OP_POP_EXCEPT);
  emit(OP_POP_TOP);
  jump(OP_JUMP, end);
  place(cleanup);  // [exit prev exc2]
  emit(OP_SWAP, 2);
  emit(OP_POP_EXCEPT);
  emit(OP_RERAISE);
  place(end);
}

void Compiler::try_finally(const Node* s) {
  int handler = new_label(), end = new_label(), cleanup = new_label();
  int h = push_handler(handler);
  FBlock fb{FBlock::FinallyTry};
  fb.finally_body = s;
  fb.handler = h;
  u().fblocks.push_back(fb);
  if (!s->list2.empty())
    try_except(s);  // try/except/else inside the finally's protection
  else
    body(s->list);
  u().fblocks.pop_back();
  pop_handler();
  body(s->list4);  // normal exit
  jump(OP_JUMP, end);

  // Exception path: [exc]
  place(handler);
  push_handler(cleanup);
  emit(OP_PUSH_EXC_INFO);  // [prev exc]
  u().fblocks.push_back({FBlock::FinallyEnd});
  body(s->list4);
  u().fblocks.pop_back();
  emit(OP_RERAISE);
  pop_handler();
  place(cleanup);  // [prev exc2]
  emit(OP_SWAP, 2);
  emit(OP_POP_EXCEPT);
  emit(OP_RERAISE);
  place(end);
}

void Compiler::import_stmt(const Node* s) {
  for (auto& a : s->list) {
    set_line(a.get());
    emit(OP_LOAD_CONST, uint32_t(add_const(Value::integer(0), "i:0")));
    emit_const_none();
    emit(OP_IMPORT_NAME, uint32_t(name_idx(a->str)));
    if (a->str2.empty()) {
      name_op(a->str.substr(0, a->str.find('.')), Ctx::Store, a.get());
    } else {
      // import a.b.c as d: walk down to the last component.
      size_t pos = a->str.find('.');
      while (pos != std::string::npos) {
        size_t next = a->str.find('.', pos + 1);
        std::string part = a->str.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
        emit(OP_IMPORT_FROM, uint32_t(name_idx(part)));
        emit(OP_SWAP, 2);
        emit(OP_POP_TOP);
        pos = next;
      }
      name_op(a->str2, Ctx::Store, a.get());
    }
  }
}

void Compiler::scan_future_imports(const NodeList& stmts) {
  static const char* const known[] = {"nested_scopes",    "generators",     "division",
                                      "absolute_import",  "with_statement", "print_function",
                                      "unicode_literals", "generator_stop", "annotations"};
  size_t i = 0;
  if (!stmts.empty() && stmts[0]->kind == NodeKind::Expr && stmts[0]->a->kind == NodeKind::Str) ++i;
  for (; i < stmts.size(); ++i) {
    const Node* s = stmts[i].get();
    if (s->kind != NodeKind::ImportFrom || s->str != "__future__") break;
    for (auto& a : s->list) {
      if (a->str == "braces") fail(s, "not a chance");
      if (a->str == "barry_as_FLUFL") fail(s, "future feature barry_as_FLUFL is not supported by eddy");
      if (std::find(std::begin(known), std::end(known), a->str) == std::end(known))
        fail(s, "future feature " + a->str + " is not defined");
      if (a->str == "annotations") future_annotations_ = true;
    }
    future_imports_.insert(s);
  }
}

void Compiler::import_from(const Node* s) {
  if (s->str == "__future__" && !future_imports_.count(s))
    fail(s, "from __future__ imports must occur at the beginning of the file");
  emit(OP_LOAD_CONST, uint32_t(add_const(Value::integer(s->op), "i:" + std::to_string(s->op))));
  std::vector<Value> names;
  for (auto& a : s->list) names.push_back(Value::borrow(vm_.intern(a->str)));
  emit(OP_LOAD_CONST, uint32_t(add_const_unique(new_tuple(vm_, names.data(), int64_t(names.size())))));
  emit(OP_IMPORT_NAME, uint32_t(name_idx(s->str)));
  if (s->list.size() == 1 && s->list[0]->str == "*") {
    emit(OP_IMPORT_STAR);
    return;
  }
  for (auto& a : s->list) {
    emit(OP_IMPORT_FROM, uint32_t(name_idx(a->str)));
    name_op(a->str2.empty() ? a->str : a->str2, Ctx::Store, a.get());
  }
  emit(OP_POP_TOP);
}

}  // namespace compiler_detail

using namespace frontend;
using compiler_detail::Compiler;

namespace {


Value make_syntax_error(Thread& t, const SyntaxErrorInfo& info, const std::string& filename,
                        std::string_view source) {
  std::string text = source_line(source, info.line);
  if (text.find('\0') != std::string::npos) text = text.substr(0, text.find('\0'));
  Type* type = info.tab ? t.vm.types.TabError
               : info.indentation ? t.vm.types.IndentationError
                                  : t.vm.types.SyntaxError;
  Value details = new_tuple(t.vm, {new_str(t.vm, filename), Value::integer(info.line),
                                   Value::integer(info.col),
                                   info.line > 0 ? new_str(t.vm, text + "\n") : Value::none(),
                                   Value::integer(info.line),
                                   Value::integer(info.end_col > info.col ? info.end_col : info.col)});
  Value args = new_tuple(t.vm, {new_str(t.vm, info.msg), details});
  return new_exception(t, type, args);
}

}  // namespace

Value compile_source(Thread& t, std::string_view source, const std::string& filename,
                     CompileMode mode, bool* incomplete) {
  if (incomplete) *incomplete = false;
  try {
    NodePtr module = parse_module(source);
    mangle_private_names(module.get());
    Compiler c(t, filename, source);
    std::unique_ptr<Scope> top = build_symtable(module.get(), &c.by_node);
    Value code = c.compile_module(module.get(), top.get(), mode);
    return code;
  } catch (const SyntaxErrorInfo& info) {
    if (incomplete) *incomplete = info.incomplete;
    return t.raise_value(make_syntax_error(t, info, filename, source));
  } catch (const std::bad_alloc&) {
    return t.raise(t.vm.types.MemoryError, "out of memory while compiling");
  }
}

}  // namespace eddy
