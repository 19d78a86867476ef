// The abstract syntax tree the parser builds and the compiler walks.
//
// One Node struct serves every kind; the table below says which fields each kind uses. Literals
// keep their source text (an int literal may be arbitrarily long); the compiler turns them into
// values. Nodes own their children. Depth is bounded by the parser's nesting limit, so walking
// and destroying a tree recursively is safe.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace eddy::frontend {

enum class NodeKind : uint8_t {
  // ---- expressions ----
  Name,           // str = identifier
  Constant,       // str = "None" | "True" | "False" | "..."
  Int,            // str = literal text
  Float,          // str = literal text
  Str,            // str = decoded value
  Bytes,          // str = the bytes' values
  JoinedStr,      // list = Str and FormattedValue parts (an f-string)
  FormattedValue, // a = expression, op = conversion (0, 's', 'r', 'a'), b = spec (JoinedStr) or null
  BinOp,          // a op b ; op = BinOp
  UnaryOp,        // op = '-', '+', '~', '!' (not) ; a
  BoolOp,         // op = 'a' (and) | 'o' (or) ; list = operands
  Compare,        // a = left ; list = comparators ; ops = CmpOp or 10 in, 11 not in, 12 is, 13 is not
  Call,           // a = callee ; list = positional args (may be Starred) ; list2 = Keyword nodes
  Keyword,        // str = name, or empty for **a ; a = value
  Attribute,      // a = object ; str = attribute name
  Subscript,      // a = object ; b = index (may be a Slice or a Tuple of them)
  Slice,          // a, b, c = lower, upper, step (each may be null)
  Starred,        // a
  Tuple,          // list
  List,           // list
  Set,            // list
  Dict,           // list = keys (null entry for **value) ; list2 = values
  ListComp,       // a = element ; list = Comprehension nodes
  SetComp,        // a = element ; list = Comprehension nodes
  GeneratorExp,   // a = element ; list = Comprehension nodes
  DictComp,       // a = key ; b = value ; list = Comprehension nodes
  Comprehension,  // a = target ; b = iterable ; list = if-conditions
  IfExp,          // a = test ; b = body ; c = orelse
  Lambda,         // args ; a = body expression
  NamedExpr,      // a = target Name ; b = value
  Yield,          // a = value or null (parsed; compiled with generators)
  YieldFrom,      // a
  // ---- statements ----
  Expr,           // a
  Assign,         // list = targets ; a = value
  AugAssign,      // a = target ; op = BinOp ; b = value
  AnnAssign,      // a = target ; b = annotation ; c = value or null
  If,             // a = test ; list = body ; list2 = orelse
  While,          // a = test ; list = body ; list2 = orelse
  For,            // a = target ; b = iterable ; list = body ; list2 = orelse
  Break,
  Continue,
  Pass,
  Return,         // a = value or null
  FunctionDef,    // str = name ; args ; list = body ; list2 = decorators ; b = return annotation
  ClassDef,       // str = name ; list = body ; list2 = decorators ; list3 = bases ; list4 = keywords
  Global,         // names
  Nonlocal,       // names
  Delete,         // list = targets
  Assert,         // a = test ; b = message or null
  Try,            // list = body ; list2 = ExceptHandler nodes ; list3 = orelse ; list4 = finalbody
  ExceptHandler,  // a = type or null ; str = name or empty ; list = body
  Raise,          // a = exception or null ; b = cause or null
  Import,         // list = Alias nodes
  ImportFrom,     // str = module (may be empty) ; op = level ; list = Alias nodes ("*" alone)
  Alias,          // str = dotted name ; str2 = as-name or empty
  With,           // list = WithItem nodes ; list2 = body
  WithItem,       // a = context expression ; b = target or null
  Match,          // a = subject ; list = MatchCase nodes
  MatchCase,      // a = pattern ; b = guard or null ; list = body
  // ---- patterns (only inside MatchCase) ----
  MatchValue,     // a = expression (a literal, or a dotted name)
  MatchSingleton, // str = "None" | "True" | "False"
  MatchSequence,  // list = patterns (at most one MatchStar)
  MatchStar,      // str = name, or empty for *_
  MatchMapping,   // list = key expressions ; list2 = patterns ; str = **rest name or empty
  MatchClass,     // a = class expression ; list = positional patterns ; names = keyword names ;
                  // list2 = keyword patterns
  MatchAs,        // a = pattern or null ; str = name, or empty (with a null: the wildcard _)
  MatchOr,        // list = alternatives
  Module,         // list = body
};

struct Node;
using NodePtr = std::unique_ptr<Node>;
using NodeList = std::vector<NodePtr>;

struct Param {
  std::string name;
  int line = 0, col = 0;
  std::shared_ptr<Node> annotation;  // def parameters only; null when absent
};

// A function's parameter list (def and lambda).
struct Arguments {
  std::vector<Param> posonly, args;  // positional-only, then positional-or-keyword
  std::unique_ptr<Param> vararg;     // *args
  std::vector<Param> kwonly;
  std::unique_ptr<Param> kwarg;      // **kwargs
  NodeList defaults;                 // for the last len(defaults) of posonly+args
  NodeList kw_defaults;              // one per kwonly; null entries have no default
};

struct Node {
  NodeKind kind;
  int line = 0, col = 0, end_col = 0;
  int op = 0;
  std::string str, str2;
  NodePtr a, b, c;
  NodeList list, list2, list3, list4;
  std::vector<int> ops;
  std::vector<std::string> names;
  std::unique_ptr<Arguments> args;

  Node(NodeKind k, int l, int c_) : kind(k), line(l), col(c_) {}
};

inline NodePtr make_node(NodeKind k, int line, int col) {
  return std::make_unique<Node>(k, line, col);
}

}  // namespace eddy::frontend
