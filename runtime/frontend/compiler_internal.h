// The compiler's internals, shared by its translation units (compiler.cpp: the driver,
// emission, names and statements; compiler_functions.cpp: def, class, lambda, comprehensions;
// compiler_expr.cpp: expressions; compiler_match.cpp: the match statement;
// compiler_assemble.cpp: labels, stack depths, the Code object). See compiler.cpp for how
// control flow is compiled.
#pragma once
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <unordered_map>

#include "dispatcher/opcodes.h"
#include "runtime/frontend/compiler.h"
#include "runtime/frontend/lexer.h"
#include "runtime/frontend/mangle.h"
#include "runtime/frontend/parser.h"
#include "runtime/frontend/symtable.h"
#include "runtime/gc.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

#include <unordered_set>

namespace eddy::compiler_detail {

using namespace frontend;

enum { kCmpIn = 10, kCmpNotIn = 11, kCmpIs = 12, kCmpIsNot = 13 };

[[noreturn]] inline void fail(const Node* n, const std::string& msg) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.line = n ? n->line : 1;
  e.col = n ? n->col + 1 : 1;
  throw e;
}

inline bool is_jump(Opcode op) {
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

  Value compile_module(const Node* module, Scope* top, CompileMode mode);

  std::unordered_map<const Node*, Scope*> by_node;

 private:
  Thread& t_;
  Runtime& vm_;
  std::string filename_;
  std::string_view source_;
  std::vector<Unit*> units_;
  // `from __future__ import ...` statements at the head of the module (the only place they may
  // be), and whether one named `annotations` (annotations are then kept as source strings).
  std::unordered_set<const Node*> future_imports_;
  bool future_annotations_ = false;

  Unit& u() { return *units_.back(); }

  // Reads the module's leading future imports, refusing features eddy does not know.
  void scan_future_imports(const NodeList& stmts);

  // ---------------------------------------------------------------- emission

  int emit(Opcode op, uint32_t arg = 0);
  int new_label();
  void place(int label) { u().labels[size_t(label)] = int(u().instrs.size()); }
  void jump(Opcode op, int label) { emit(op, uint32_t(label)); }

  int push_handler(int label);
  void pop_handler() { u().handler_stack.pop_back(); }

  int add_const(Value v, const std::string& key);
  int add_const_unique(Value v);
  void emit_const_none() { emit(OP_LOAD_CONST, uint32_t(add_const(Value::none(), "None"))); }
  void emit_const_str(const std::string& s);
  int name_idx(const std::string& n);

  void set_line(const Node* n);

  // ---------------------------------------------------------------- names

  enum class Ctx { Load, Store, Del };

  void name_op(const std::string& name, Ctx ctx, const Node* at);

  // ---------------------------------------------------------------- statements

  void body(const NodeList& stmts);

  void stmt(const Node* s);

  void assign(const Node* target);

  void del(const Node* target);

  void aug_assign(const Node* s);

  void if_stmt(const Node* s);

  void while_stmt(const Node* s);

  void for_stmt(const Node* s);

  // Emits what leaving fblock `b` requires. `preserve_tos`: a return value sits on top.
  void unwind_block(FBlock& b, bool preserve_tos);

  // Unwinds every block (return). The handler stack is restored afterwards for the code that
  // follows in the same block.
  void unwind_all(const Node* at, bool preserve_tos);

  void break_continue(const Node* s, bool is_break);

  void assert_stmt(const Node* s);

  void try_except(const Node* s);

  // with A as a, B as b: body  ==  with A as a: (with B as b: body)
  // ---------------------------------------------------------------- match

  struct PatternBuilder;

  // A pattern that always matches, followed by others, makes them unreachable (CPython refuses).
  static bool irrefutable(const Node* p);
  static void check_reachable(const Node* p);

  void match_stmt(const Node* s);

  void with_stmt(const Node* s, size_t item);

  void try_finally(const Node* s);

  void import_stmt(const Node* s);

  void import_from(const Node* s);

  // ---------------------------------------------------------------- functions

  // Compiles a def/lambda/comprehension body into a new Unit and emits MAKE_FUNCTION for it.
  // `defaults_flags` says what the caller already pushed (defaults tuple, kwdefaults dict).
  void make_function(const Node* node, const std::string& name, uint32_t defaults_flags,
                     const std::function<void()>& compile_body, const Arguments* args,
                     bool no_args = false);

  uint32_t push_defaults(const Arguments& a);

  // def's annotations, evaluated where the def runs: a dict pushed for MAKE_FUNCTION (flag 8).
  uint32_t push_annotations(const Node* s);

  // True when a module or class body has annotated assignments of its own (outside nested
  // functions and classes): the body then starts by creating __annotations__.
  static bool has_annotations(const NodeList& stmts);

  void setup_annotations(const NodeList& stmts);

  void function_def(const Node* s);

  void class_def(const Node* s);

  void lambda(const Node* e);

  void comprehension(const Node* e, const char* name, NodeKind kind);

  void comprehension_loop(const Node* e, size_t gi, NodeKind kind);

  // ---------------------------------------------------------------- expressions

  // Jumps to `label` when the truth of `e` equals `cond`; falls through otherwise.
  void jump_if(const Node* e, int label, bool cond);

  void compare_op(int op);

  // Builds a sequence that may contain starred items: a list (or tuple/set) on the stack.
  void starred_sequence(const NodeList& items, NodeKind kind, bool call_args = false);

  // The value of a literal node, or Null when it is not a plain constant.
  Value literal_value(const Node* n);

  // A set display of three or more constants compiles, as in CPython, to a frozenset constant
  // merged into a new set. CPython builds that frozenset twice (once from the literal's order,
  // then again from the first one's iteration order), which can reorder colliding keys; doing
  // the same keeps the printed order identical.
  bool constant_set(const Node* e);

  void call(const Node* e);

  void fstring(const Node* e);

  void expr(const Node* e);

  // ---------------------------------------------------------------- unparsing (compiler_unparse.cpp)

  // `e` as CPython's compiler writes it back (PEP 563 annotations); `level`: the precedence
  // of the context (0 = a tuple, 1 = a test, ...): looser subexpressions get parentheses.
  std::string unparse(const Node* e, int level = 1);
  std::string unparse_args(const Arguments& a);
  std::string unparse_fstring_body(const Node* joined);
  std::string unparse_fstring_part(const Node* part);
  std::string repr_text(const Value& v);

  // Pushes an annotation: its value, or its text under `from __future__ import annotations`.
  void annotation(const Node* e);

  // ---------------------------------------------------------------- assembly

  Value assemble(Unit& x);
};

}  // namespace eddy::compiler_detail
