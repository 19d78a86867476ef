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

#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <unordered_map>

#include "dispatcher/opcodes.h"
#include "runtime/frontend/lexer.h"
#include "runtime/frontend/mangle.h"
#include "runtime/objects/bytes.h"
#include "runtime/frontend/parser.h"
#include "runtime/frontend/symtable.h"
#include "runtime/gc.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

using namespace frontend;

namespace {

enum { kCmpIn = 10, kCmpNotIn = 11, kCmpIs = 12, kCmpIsNot = 13 };

[[noreturn]] void fail(const Node* n, const std::string& msg) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.line = n ? n->line : 1;
  e.col = n ? n->col + 1 : 1;
  throw e;
}

bool is_jump(Opcode op) {
  return op == OP_JUMP || op == OP_JUMP_BACKWARD || op == OP_POP_JUMP_IF_FALSE || op == OP_SEND ||
         op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
         op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_MATCH_PATTERN;
}

// A block of control flow the compiler is inside, for unwinding on return/break/continue.
struct FBlock {
  enum Kind { Loop, ForLoop, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With } kind;
  FBlock(Kind k = Loop, int cont = -1, int brk = -1) : kind(k), continue_label(cont), break_label(brk) {}
  int continue_label = -1, break_label = -1;
  const Node* finally_body = nullptr;  // FinallyTry: the AST of the finally block
  std::string handler_name;            // HandlerCleanup: the `as` name to clear, if any
  int handler = -1;                    // the handler index this block pushed, if any
};

struct Handler {
  int label;
  int setup_pos = -1;  // the first instruction it covers
};

// One code object under construction.
struct Unit {
  Scope* scope;
  std::string name, qualname;
  int firstlineno = 1;
  std::vector<uint32_t> instrs;
  std::vector<int32_t> lines;
  std::vector<int32_t> handler_of;
  std::vector<Value> consts;
  std::map<std::string, int> const_index;
  std::vector<Value> names;
  std::map<std::string, int> name_index;
  std::vector<std::string> varnames, cellvars, freevars;
  std::vector<int> labels;
  std::vector<Handler> handlers;
  std::vector<int> handler_stack;
  std::vector<FBlock> fblocks;
  int line = 1;
  int argcount = 0, posonly = 0, kwonly = 0;
  uint32_t flags = 0;
  bool interactive = false;

  int var_index(const std::string& n) {
    for (size_t i = 0; i < varnames.size(); ++i)
      if (varnames[i] == n) return int(i);
    varnames.push_back(n);
    return int(varnames.size() - 1);
  }
  int deref_index(const std::string& n) {
    for (size_t i = 0; i < cellvars.size(); ++i)
      if (cellvars[i] == n) return int(i);
    for (size_t i = 0; i < freevars.size(); ++i)
      if (freevars[i] == n) return int(cellvars.size() + i);
    return -1;
  }
};

class Compiler {
 public:
  Compiler(Thread& t, std::string filename, std::string_view source)
      : t_(t), vm_(t.vm), filename_(std::move(filename)), source_(source) {}

  Value compile_module(const Node* module, Scope* top, CompileMode mode) {
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
    setup_annotations(module->list);
    for (auto& s : module->list) stmt(s.get());
    emit_const_none();
    emit(OP_RETURN_VALUE);
    units_.pop_back();
    return assemble(u);
  }

  std::unordered_map<const Node*, Scope*> by_node;

 private:
  Thread& t_;
  Runtime& vm_;
  std::string filename_;
  std::string_view source_;
  std::vector<Unit*> units_;

  Unit& u() { return *units_.back(); }

  // ---------------------------------------------------------------- emission

  int emit(Opcode op, uint32_t arg = 0) {
    if (arg > kMaxArg) fail(nullptr, "too many constants or names in one code object");
    Unit& x = u();
    x.instrs.push_back(make_instr(op, arg));
    x.lines.push_back(x.line);
    x.handler_of.push_back(x.handler_stack.empty() ? -1 : x.handler_stack.back());
    return int(x.instrs.size() - 1);
  }
  int new_label() {
    u().labels.push_back(-1);
    return int(u().labels.size() - 1);
  }
  void place(int label) { u().labels[size_t(label)] = int(u().instrs.size()); }
  void jump(Opcode op, int label) { emit(op, uint32_t(label)); }

  int push_handler(int label) {
    Unit& x = u();
    x.handlers.push_back({label, int(x.instrs.size())});
    int h = int(x.handlers.size() - 1);
    x.handler_stack.push_back(h);
    return h;
  }
  void pop_handler() { u().handler_stack.pop_back(); }

  int add_const(Value v, const std::string& key) {
    Unit& x = u();
    auto it = x.const_index.find(key);
    if (it != x.const_index.end()) return it->second;
    x.consts.push_back(std::move(v));
    int i = int(x.consts.size() - 1);
    x.const_index[key] = i;
    return i;
  }
  int add_const_unique(Value v) {
    u().consts.push_back(std::move(v));
    return int(u().consts.size() - 1);
  }
  void emit_const_none() { emit(OP_LOAD_CONST, uint32_t(add_const(Value::none(), "None"))); }
  void emit_const_str(const std::string& s) {
    emit(OP_LOAD_CONST, uint32_t(add_const(Value::borrow(vm_.intern(s)), "s:" + s)));
  }
  int name_idx(const std::string& n) {
    Unit& x = u();
    auto it = x.name_index.find(n);
    if (it != x.name_index.end()) return it->second;
    x.names.push_back(Value::borrow(vm_.intern(n)));
    x.name_index[n] = int(x.names.size() - 1);
    return int(x.names.size() - 1);
  }

  void set_line(const Node* n) {
    if (n && n->line > 0) u().line = n->line;
  }

  // ---------------------------------------------------------------- names

  enum class Ctx { Load, Store, Del };

  void name_op(const std::string& name, Ctx ctx, const Node* at) {
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

  // ---------------------------------------------------------------- statements

  void body(const NodeList& stmts) {
    for (auto& s : stmts) stmt(s.get());
  }

  void stmt(const Node* s) {
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
        if (u().scope->kind != Scope::Function) {
          expr(s->b.get());
          if (s->a->kind == NodeKind::Name) {
            emit(OP_LOAD_NAME, uint32_t(name_idx("__annotations__")));
            emit_const_str(s->a->str);
            emit(OP_STORE_SUBSCR);
          } else {
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

  void assign(const Node* target) {
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

  void del(const Node* target) {
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

  void aug_assign(const Node* s) {
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

  void if_stmt(const Node* s) {
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

  void while_stmt(const Node* s) {
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

  void for_stmt(const Node* s) {
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
  void unwind_block(FBlock& b, bool preserve_tos) {
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
  void unwind_all(const Node* at, bool preserve_tos) {
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

  void break_continue(const Node* s, bool is_break) {
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

  void assert_stmt(const Node* s) {
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

  void try_except(const Node* s) {
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

  // with A as a, B as b: body  ==  with A as a: (with B as b: body)
  // ---------------------------------------------------------------- match

  // One case's pattern, turned into the descriptor runtime/match.h describes: the capture names
  // get slots in order of appearance, value and class expressions are compiled (pushed) in
  // order and referred to by index.
  struct PatternBuilder {
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
  static bool irrefutable(const Node* p) {
    if (p->kind == NodeKind::MatchAs) return !p->a || irrefutable(p->a.get());
    if (p->kind == NodeKind::MatchOr) {
      for (auto& q : p->list)
        if (irrefutable(q.get())) return true;
    }
    return false;
  }
  static void check_reachable(const Node* p) {
    if (!irrefutable(p)) return;
    const Node* q = p;
    while (q->kind == NodeKind::MatchAs && q->a) q = q->a.get();
    if (q->kind == NodeKind::MatchAs && !q->str.empty())
      fail(p, "name capture '" + q->str + "' makes remaining patterns unreachable");
    fail(p, "wildcard makes remaining patterns unreachable");
  }

  void match_stmt(const Node* s) {
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

  void with_stmt(const Node* s, size_t item) {
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

  void try_finally(const Node* s) {
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

  void import_stmt(const Node* s) {
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

  void import_from(const Node* s) {
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

  // ---------------------------------------------------------------- functions

  // Compiles a def/lambda/comprehension body into a new Unit and emits MAKE_FUNCTION for it.
  // `defaults_flags` says what the caller already pushed (defaults tuple, kwdefaults dict).
  void make_function(const Node* node, const std::string& name, uint32_t defaults_flags,
                     const std::function<void()>& compile_body, const Arguments* args,
                     bool no_args = false) {
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

  uint32_t push_defaults(const Arguments& a) {
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
  uint32_t push_annotations(const Node* s) {
    const Arguments& a = *s->args;
    int n = 0;
    auto one = [&](const Param& p) {
      if (!p.annotation) return;
      emit_const_str(p.name);
      expr(p.annotation.get());
      ++n;
    };
    for (auto& p : a.posonly) one(p);
    for (auto& p : a.args) one(p);
    if (a.vararg) one(*a.vararg);
    for (auto& p : a.kwonly) one(p);
    if (a.kwarg) one(*a.kwarg);
    if (s->b) {
      emit_const_str("return");
      expr(s->b.get());
      ++n;
    }
    if (!n) return 0;
    emit(OP_BUILD_MAP, uint32_t(n));
    return 8;
  }

  // True when a module or class body has annotated assignments of its own (outside nested
  // functions and classes): the body then starts by creating __annotations__.
  static bool has_annotations(const NodeList& stmts) {
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

  void setup_annotations(const NodeList& stmts) {
    if (!has_annotations(stmts)) return;
    emit(OP_BUILD_MAP, 0);
    emit(OP_STORE_NAME, uint32_t(name_idx("__annotations__")));
  }

  void function_def(const Node* s) {
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

  void class_def(const Node* s) {
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

  void lambda(const Node* e) {
    uint32_t flags = push_defaults(*e->args);
    make_function(e, "<lambda>", flags, [&]() {
      add_const_unique(Value::none());  // no docstring
      expr(e->a.get());
      emit(OP_RETURN_VALUE);
    }, e->args.get());
  }

  void comprehension(const Node* e, const char* name, NodeKind kind) {
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

  void comprehension_loop(const Node* e, size_t gi, NodeKind kind) {
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

  // ---------------------------------------------------------------- expressions

  // Jumps to `label` when the truth of `e` equals `cond`; falls through otherwise.
  void jump_if(const Node* e, int label, bool cond) {
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

  void compare_op(int op) {
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
  void starred_sequence(const NodeList& items, NodeKind kind, bool call_args = false) {
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
  Value literal_value(const Node* n) {
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
  bool constant_set(const Node* e) {
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

  void call(const Node* e) {
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

  void fstring(const Node* e) {
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

  void expr(const Node* e) {
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

  // ---------------------------------------------------------------- assembly

  Value assemble(Unit& x) {
    // Resolve jump targets.
    for (size_t i = 0; i < x.instrs.size(); ++i) {
      Opcode op = instr_op(x.instrs[i]);
      if (!is_jump(op)) continue;
      int target = x.labels[instr_arg(x.instrs[i])];
      if (target < 0) fail(nullptr, "internal compiler error: unplaced label");
      if (op == OP_JUMP && target <= int(i)) op = OP_JUMP_BACKWARD;
      x.instrs[i] = make_instr(op, uint32_t(target));
    }
    // Flow analysis: the stack depth before each instruction.
    size_t n = x.instrs.size();
    std::vector<int> depth(n + 1, -1);
    std::vector<std::pair<size_t, int>> work{{0, 0}};
    std::vector<std::vector<int>> handlers_at(n + 1);
    for (size_t h = 0; h < x.handlers.size(); ++h)
      if (x.handlers[h].setup_pos >= 0 && size_t(x.handlers[h].setup_pos) <= n)
        handlers_at[size_t(x.handlers[h].setup_pos)].push_back(int(h));
    std::vector<int> handler_depth(x.handlers.size(), -1);
    int max_depth = 0;
    auto visit = [&](size_t pos, int d) {
      if (pos > n) return;
      if (depth[pos] == -1) {
        depth[pos] = d;
        work.push_back({pos, d});
      } else if (depth[pos] != d) {
        fail(nullptr, "internal compiler error: inconsistent stack depth in " + x.qualname);
      }
    };
    depth[0] = 0;
    while (!work.empty()) {
      auto [pos, d] = work.back();
      work.pop_back();
      while (pos < n) {
        for (int h : handlers_at[pos]) {
          if (handler_depth[size_t(h)] == -1) {
            handler_depth[size_t(h)] = d;
            visit(size_t(x.labels[size_t(x.handlers[size_t(h)].label)]), d + 1);
            max_depth = std::max(max_depth, d + 1);
          }
        }
        Opcode op = instr_op(x.instrs[pos]);
        uint32_t arg = instr_arg(x.instrs[pos]);
        int after = d + opcode_stack_effect(op, arg);
        if (op == OP_LOAD_METHOD) after = d + 1;
        max_depth = std::max(max_depth, std::max(after, d));
        if (is_jump(op)) {
          int taken = after;
          if (op == OP_FOR_ITER || op == OP_SEND) taken = d - 1;
          if (op == OP_MATCH_PATTERN) taken = d - 3;
          if (op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP) taken = d;
          visit(arg, taken);
          if (op == OP_JUMP || op == OP_JUMP_BACKWARD) break;
        }
        if (op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE) break;
        ++pos;
        if (depth[pos] != -1) {
          if (depth[pos] != after)
            fail(nullptr, "internal compiler error: inconsistent stack depth in " + x.qualname);
          break;
        }
        depth[pos] = after;
        d = after;
      }
    }
    auto* code = new Code(vm_.types.code);
    Value result = Value::steal(code);
    code->name = x.name;
    code->qualname = x.qualname;
    code->filename = filename_;
    code->argcount = x.argcount;
    code->posonlyargcount = x.posonly;
    code->kwonlyargcount = x.kwonly;
    code->flags = x.flags;
    code->firstlineno = x.firstlineno;
    code->nlocals = int(x.varnames.size());
    code->ncells = int(x.cellvars.size());
    code->nfrees = int(x.freevars.size());
    code->stacksize = max_depth + 2;
    code->stack_offset = code->nlocals + code->ncells + code->nfrees;
    code->code = std::move(x.instrs);
    code->lines = std::move(x.lines);
    code->consts = std::move(x.consts);
    code->names = std::move(x.names);
    for (auto& v : x.varnames) code->varnames.push_back(Value::borrow(vm_.intern(v)));
    for (auto& v : x.cellvars) {
      code->cellvars.push_back(Value::borrow(vm_.intern(v)));
      int arg = -1;
      int nargs = x.argcount + x.kwonly + ((x.flags & kCodeVarargs) ? 1 : 0) + ((x.flags & kCodeVarkw) ? 1 : 0);
      for (int i = 0; i < nargs && i < int(x.varnames.size()); ++i)
        if (x.varnames[size_t(i)] == v) arg = i;
      code->cell_from_arg.push_back(arg);
    }
    for (auto& v : x.freevars) code->freevars.push_back(Value::borrow(vm_.intern(v)));
    bool uses_cache = false;
    for (uint32_t w : code->code)
      if (instr_op(w) == OP_LOAD_GLOBAL || instr_op(w) == OP_LOAD_METHOD ||
          instr_op(w) == OP_LOAD_ATTR || instr_op(w) == OP_STORE_ATTR)
        uses_cache = true;
    if (uses_cache) code->caches.resize(code->code.size());
    code->simple_args = code->kwonlyargcount == 0 && !(code->flags & (kCodeVarargs | kCodeVarkw)) &&
                        code->ncells == 0 && code->nfrees == 0;
    // Exception table from the per-instruction handler record.
    for (size_t i = 0; i < n;) {
      int h = x.handler_of[i];
      size_t j = i;
      while (j < n && x.handler_of[j] == h) ++j;
      if (h >= 0) {
        int hd = handler_depth[size_t(h)];
        if (hd >= 0)
          code->exc_table.push_back({uint32_t(i), uint32_t(j),
                                     uint32_t(x.labels[size_t(x.handlers[size_t(h)].label)]),
                                     uint32_t(hd)});
      }
      i = j;
    }
    return result;
  }
};

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
