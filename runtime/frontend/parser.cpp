// The parser: tokens, statements and assignment targets (parser_internal.h says how it is split).
#include "runtime/frontend/parser.h"

#include "runtime/frontend/parser_internal.h"

namespace eddy::frontend {

namespace parser_detail {

const Token& Parser::cur() const {
  if (toks[p].kind == TokKind::Error) throw *toks[p].error;  // a deferred lexical error
  return toks[p];
}

const Token& Parser::peek_tok(size_t k) const {
  const Token& t = toks[std::min(p + k, toks.size() - 1)];
  if (t.kind == TokKind::Error) throw *t.error;
  return t;
}

const Token& Parser::next() {
  const Token& t = cur();
  if (p < toks.size() - 1) ++p;
  return t;
}

[[noreturn]] void Parser::error_at(const Token& t, const std::string& msg, bool indentation) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.line = t.line + line_offset;
  e.col = t.col + 1 + (t.line == 1 ? col_offset : 0);
  e.end_col = t.end_line == t.line ? t.end_col + 1 + (t.line == 1 ? col_offset : 0) : 0;
  e.indentation = indentation;
  e.incomplete = t.kind == TokKind::End;
  throw e;
}

[[noreturn]] void Parser::error_node(const Node* n, const std::string& msg) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.line = n->line + line_offset;
  e.col = n->col + 1;
  e.end_col = n->end_col > n->col ? n->end_col + 1 : 0;
  throw e;
}

[[noreturn]] void Parser::syntax_error() {
  const Token& t = cur();
  if (t.kind == TokKind::Indent) error_at(t, "unexpected indent", true);
  if (t.kind == TokKind::End) error_at(t, "unexpected EOF while parsing");
  error_at(t, "invalid syntax");
}

void Parser::expect(const char* op, const char* msg) {
  if (!at(op)) {
    if (msg) error_at(cur(), msg);
    if (strcmp(op, ":") == 0) error_at(prev_or_cur(), "expected ':'");
    syntax_error();
  }
  next();
}

const Token& Parser::prev_or_cur() {
  if (cur().kind == TokKind::Newline && p > 0) return toks[p];
  return cur();
}

std::string Parser::expect_name() {
  if (!at_kind(TokKind::Name) || is_keyword(cur().text)) syntax_error();
  return next().text;
}

NodePtr Parser::node(NodeKind k, const Token& t) {
  auto n = make_node(k, t.line + line_offset, t.col);
  return n;
}

void Parser::finish(Node* n) {
  const Token& last = toks[p > 0 ? p - 1 : 0];
  n->end_col = last.line + line_offset == n->line ? last.end_col : n->col + 1;
}

NodePtr Parser::parse_file() {
  auto mod = make_node(NodeKind::Module, 1, 0);
  while (!at_kind(TokKind::End)) {
    if (at_kind(TokKind::Newline)) {
      next();
      continue;
    }
    statement(mod->list);
  }
  return mod;
}

void Parser::statement(NodeList& out) {
  DepthGuard g(*this);
  const Token& t = cur();
  if (t.kind == TokKind::Indent) error_at(t, "unexpected indent", true);
  if (t.kind == TokKind::Name) {
    const std::string& s = t.text;
    if (s == "if") return out.push_back(if_stmt());
    if (s == "while") return out.push_back(while_stmt());
    if (s == "for") return out.push_back(for_stmt());
    if (s == "try") return out.push_back(try_stmt());
    if (s == "def") return out.push_back(funcdef({}));
    if (s == "class") return out.push_back(classdef({}));
    if (s == "with") return out.push_back(with_stmt());
    if (s == "async") error_at(t, "eddy does not support async functions");
    if (s == "match" && at_match_stmt()) return out.push_back(match_stmt());
  }
  if (t.is("@") && t.kind == TokKind::Op) return out.push_back(decorated());
  simple_stmts(out);
}

void Parser::simple_stmts(NodeList& out) {
  while (true) {
    out.push_back(simple_stmt());
    if (at(";")) {
      next();
      if (at_kind(TokKind::Newline)) break;
      continue;
    }
    break;
  }
  if (!at_kind(TokKind::Newline)) syntax_error();
  next();
}

NodeList Parser::block(const char* what, const Token& head) {
  NodeList body;
  if (at_kind(TokKind::Newline)) {
    next();
    if (!at_kind(TokKind::Indent)) {
      error_at(cur(), std::string("expected an indented block after ") + what + " on line " +
                          std::to_string(head.line + line_offset),
               true);
    }
    next();
    while (!at_kind(TokKind::Dedent) && !at_kind(TokKind::End)) {
      if (at_kind(TokKind::Newline)) {
        next();
        continue;
      }
      statement(body);
    }
    if (at_kind(TokKind::Dedent)) next();
  } else {
    simple_stmts(body);
  }
  return body;
}

NodePtr Parser::if_stmt() {
  const Token& head = cur();
  auto n = node(NodeKind::If, next());
  n->a = named_expression();
  expect(":");
  n->list = block("'if' statement", head);
  if (at_kind(TokKind::Name) && cur().text == "elif") {
    const Token& eh = cur();
    auto elif = if_stmt_elif();
    (void)eh;
    n->list2.push_back(std::move(elif));
  } else if (at_kind(TokKind::Name) && cur().text == "else") {
    const Token& eh = cur();
    next();
    expect(":");
    n->list2 = block("'else' statement", eh);
  }
  return n;
}

NodePtr Parser::if_stmt_elif() {
  const Token& head = cur();
  auto n = node(NodeKind::If, next());
  n->a = named_expression();
  expect(":");
  n->list = block("'elif' statement", head);
  if (at_kind(TokKind::Name) && cur().text == "elif") {
    n->list2.push_back(if_stmt_elif());
  } else if (at_kind(TokKind::Name) && cur().text == "else") {
    const Token& eh = cur();
    next();
    expect(":");
    n->list2 = block("'else' statement", eh);
  }
  return n;
}

NodePtr Parser::while_stmt() {
  const Token& head = cur();
  auto n = node(NodeKind::While, next());
  n->a = named_expression();
  expect(":");
  n->list = block("'while' statement", head);
  if (at_kind(TokKind::Name) && cur().text == "else") {
    const Token& eh = cur();
    next();
    expect(":");
    n->list2 = block("'else' statement", eh);
  }
  return n;
}

NodePtr Parser::for_stmt() {
  const Token& head = cur();
  auto n = node(NodeKind::For, next());
  n->a = target_list();
  if (!(at_kind(TokKind::Name) && cur().text == "in")) syntax_error();
  next();
  n->b = star_expressions();
  expect(":");
  n->list = block("'for' statement", head);
  if (at_kind(TokKind::Name) && cur().text == "else") {
    const Token& eh = cur();
    next();
    expect(":");
    n->list2 = block("'else' statement", eh);
  }
  return n;
}

NodePtr Parser::try_stmt() {
  const Token& head = cur();
  auto n = node(NodeKind::Try, next());
  expect(":");
  n->list = block("'try' statement", head);
  while (at_kind(TokKind::Name) && cur().text == "except") {
    const Token& eh = cur();
    auto h = node(NodeKind::ExceptHandler, next());
    if (at("*")) error_at(cur(), "eddy does not support except* (exception groups)");
    if (!at(":")) {
      h->a = expression();
      if (at(",")) {
        // except A, B:  (Python 2) is an error; a tuple needs parentheses
        error_at(cur(), "multiple exception types must be parenthesized");
      }
      if (at_kind(TokKind::Name) && cur().text == "as") {
        next();
        h->str = expect_name();
      }
    }
    expect(":");
    h->list = block("'except' statement", eh);
    n->list2.push_back(std::move(h));
  }
  if (at_kind(TokKind::Name) && cur().text == "else") {
    if (n->list2.empty()) syntax_error();
    const Token& eh = cur();
    next();
    expect(":");
    n->list3 = block("'else' statement", eh);
  }
  if (at_kind(TokKind::Name) && cur().text == "finally") {
    const Token& eh = cur();
    next();
    expect(":");
    n->list4 = block("'finally' statement", eh);
  }
  if (n->list2.empty() && n->list4.empty()) error_at(cur(), "expected 'except' or 'finally' block");
  // A bare except must be last.
  for (size_t i = 0; i + 1 < n->list2.size(); ++i)
    if (!n->list2[i]->a) error_node(n->list2[i].get(), "default 'except:' must be last");
  return n;
}

NodePtr Parser::with_stmt() {
  const Token& head = cur();
  auto n = node(NodeKind::With, next());
  bool paren = false;
  if (at("(")) {
    // Parenthesized with-items (3.10) vs a parenthesized expression: try items first.
    size_t save = p;
    next();
    try {
      while (true) {
        auto item = node(NodeKind::WithItem, cur());
        item->a = expression();
        if (at_kind(TokKind::Name) && cur().text == "as") {
          next();
          item->b = target();
        }
        n->list.push_back(std::move(item));
        if (at(",")) {
          next();
          if (at(")")) break;
          continue;
        }
        break;
      }
      if (at(")") && peek_tok().is(":")) {
        next();
        paren = true;
      } else {
        throw SyntaxErrorInfo{};
      }
    } catch (const SyntaxErrorInfo&) {
      p = save;
      n->list.clear();
    }
  }
  if (!paren) {
    while (true) {
      auto item = node(NodeKind::WithItem, cur());
      item->a = expression();
      if (at_kind(TokKind::Name) && cur().text == "as") {
        next();
        item->b = target();
      }
      n->list.push_back(std::move(item));
      if (at(",")) {
        next();
        continue;
      }
      break;
    }
  }
  expect(":");
  n->list2 = block("'with' statement", head);
  return n;
}

NodePtr Parser::decorated() {
  NodeList decorators;
  while (at("@")) {
    next();
    decorators.push_back(named_expression());
    if (!at_kind(TokKind::Newline)) syntax_error();
    next();
  }
  if (at_kind(TokKind::Name) && cur().text == "def") return funcdef(std::move(decorators));
  if (at_kind(TokKind::Name) && cur().text == "class") return classdef(std::move(decorators));
  syntax_error();
}

NodePtr Parser::funcdef(NodeList decorators) {
  const Token& head = cur();
  auto n = node(NodeKind::FunctionDef, next());
  n->str = expect_name();
  expect("(", "expected '('");
  n->args = parameters(")", true);
  expect(")");
  if (at("->")) {
    next();
    n->b = expression();
  }
  expect(":");
  n->list = block("function definition", head);
  n->list2 = std::move(decorators);
  return n;
}

NodePtr Parser::classdef(NodeList decorators) {
  const Token& head = cur();
  auto n = node(NodeKind::ClassDef, next());
  n->str = expect_name();
  if (at("(")) {
    next();
    while (!at(")")) {
      if (at_kind(TokKind::Name) && peek_tok().is("=") && peek_tok().kind == TokKind::Op) {
        auto kw = node(NodeKind::Keyword, cur());
        kw->str = next().text;
        next();
        kw->a = expression();
        n->list4.push_back(std::move(kw));
      } else {
        n->list3.push_back(expression());
      }
      if (!at(",")) break;
      next();
    }
    expect(")");
  }
  expect(":");
  n->list = block("class definition", head);
  n->list2 = std::move(decorators);
  return n;
}

// Parameters of def (annotations allowed) or lambda (closer ":" , no annotations).
std::unique_ptr<Arguments> Parser::parameters(const char* closer, bool annotations) {
  auto a = std::make_unique<Arguments>();
  bool seen_star = false, seen_default = false;
  std::vector<std::string> seen;
  auto add_name = [&](const Token& t, const std::string& name) {
    for (auto& s : seen)
      if (s == name) error_at(t, "duplicate argument '" + name + "' in function definition");
    seen.push_back(name);
  };
  while (!at(closer)) {
    if (at("/")) {
      const Token& slash = next();
      if (seen_star || !a->posonly.empty()) error_at(slash, "/ may appear only once");
      if (a->args.empty()) error_at(slash, "at least one argument must precede /");
      a->posonly = std::move(a->args);
      a->args.clear();
    } else if (at("**")) {
      next();
      const Token& t = cur();
      Param pr{expect_name(), t.line, t.col, nullptr};
      add_name(t, pr.name);
      if (annotations && at(":")) {
        next();
        pr.annotation = expression();
      }
      a->kwarg = std::make_unique<Param>(pr);
      if (at(",")) next();
      if (!at(closer)) error_at(cur(), "arguments cannot follow var-keyword argument");
      break;
    } else if (at("*")) {
      const Token& st = next();
      if (seen_star) error_at(st, "* argument may appear only once");
      seen_star = true;
      if (!at(",") && !at(closer)) {
        const Token& t = cur();
        Param pr{expect_name(), t.line, t.col, nullptr};
        add_name(t, pr.name);
        if (annotations && at(":")) {
          next();
          pr.annotation = expression();
        }
        a->vararg = std::make_unique<Param>(pr);
      } else if (at(closer) || (at(",") && peek_tok().is(closer))) {
        error_at(st, "named arguments must follow bare *");
      }
    } else {
      const Token& t = cur();
      Param pr{expect_name(), t.line, t.col, nullptr};
      add_name(t, pr.name);
      if (annotations && at(":")) {
        next();
        pr.annotation = expression();
      }
      NodePtr dflt;
      if (at("=")) {
        next();
        dflt = expression();
      }
      if (seen_star) {
        a->kwonly.push_back(pr);
        a->kw_defaults.push_back(std::move(dflt));
      } else {
        if (dflt) {
          seen_default = true;
          a->defaults.push_back(std::move(dflt));
        } else if (seen_default) {
          error_at(t, "non-default argument follows default argument");
        }
        a->args.push_back(pr);
      }
    }
    if (!at(",")) break;
    next();
  }
  return a;
}

NodePtr Parser::simple_stmt() {
  const Token& t = cur();
  if (t.kind == TokKind::Name) {
    const std::string& s = t.text;
    if (s == "pass") return node(NodeKind::Pass, next());
    if (s == "break") return node(NodeKind::Break, next());
    if (s == "continue") return node(NodeKind::Continue, next());
    if (s == "return") {
      auto n = node(NodeKind::Return, next());
      if (!at_kind(TokKind::Newline) && !at(";")) n->a = star_expressions();
      return n;
    }
    if (s == "global" || s == "nonlocal") {
      auto n = node(s == "global" ? NodeKind::Global : NodeKind::Nonlocal, next());
      n->names.push_back(expect_name());
      while (at(",")) {
        next();
        n->names.push_back(expect_name());
      }
      return n;
    }
    if (s == "del") {
      auto n = node(NodeKind::Delete, next());
      while (true) {
        auto target = bitwise_or();
        check_target(target.get(), "delete");
        n->list.push_back(std::move(target));
        if (!at(",")) break;
        next();
        if (at_kind(TokKind::Newline) || at(";")) break;
      }
      return n;
    }
    if (s == "assert") {
      auto n = node(NodeKind::Assert, next());
      n->a = expression();
      if (at(",")) {
        next();
        n->b = expression();
      }
      return n;
    }
    if (s == "raise") {
      auto n = node(NodeKind::Raise, next());
      if (!at_kind(TokKind::Newline) && !at(";")) {
        n->a = expression();
        if (at_kind(TokKind::Name) && cur().text == "from") {
          next();
          n->b = expression();
        }
      }
      return n;
    }
    if (s == "import") return import_stmt();
    if (s == "from") return from_import();
  }
  // Expression statement or assignment.
  auto first = star_expressions(true);
  if (at("=")) {
    auto n = make_node(NodeKind::Assign, first->line, first->col);
    NodeList targets;
    targets.push_back(std::move(first));
    NodePtr value;
    while (at("=")) {
      next();
      NodePtr rhs = at_kind(TokKind::Name) && cur().text == "yield" ? yield_expr() : star_expressions(true);
      if (at("=")) {
        targets.push_back(std::move(rhs));
      } else {
        value = std::move(rhs);
      }
    }
    for (auto& tg : targets) check_target(tg.get(), "assign");
    n->list = std::move(targets);
    n->a = std::move(value);
    return n;
  }
  static const char* const aug[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="};
  static const int augop[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
  for (int i = 0; i < 13; ++i) {
    if (at(aug[i])) {
      const Token& optok = next();
      if (first->kind != NodeKind::Name && first->kind != NodeKind::Attribute &&
          first->kind != NodeKind::Subscript)
        error_node(first.get(), std::string("'") + describe(first.get()) +
                                    "' is an illegal expression for augmented assignment");
      (void)optok;
      auto n = make_node(NodeKind::AugAssign, first->line, first->col);
      n->a = std::move(first);
      n->op = augop[i];
      n->b = at_kind(TokKind::Name) && cur().text == "yield" ? yield_expr() : star_expressions();
      return n;
    }
  }
  if (at(":")) {
    // Annotated assignment: x: int = 3
    next();
    if (first->kind != NodeKind::Name && first->kind != NodeKind::Attribute &&
        first->kind != NodeKind::Subscript)
      error_node(first.get(), "only single target (not tuple) can be annotated");
    auto n = make_node(NodeKind::AnnAssign, first->line, first->col);
    n->a = std::move(first);
    n->b = expression();
    if (at("=")) {
      next();
      n->c = star_expressions();
    }
    return n;
  }
  auto n = make_node(NodeKind::Expr, first->line, first->col);
  n->a = std::move(first);
  return n;
}

std::string Parser::dotted_name() {
  std::string name = expect_name();
  while (at(".")) {
    next();
    name += "." + expect_name();
  }
  return name;
}

NodePtr Parser::import_stmt() {
  auto n = node(NodeKind::Import, next());
  while (true) {
    auto a = node(NodeKind::Alias, cur());
    a->str = dotted_name();
    if (at_kind(TokKind::Name) && cur().text == "as") {
      next();
      a->str2 = expect_name();
    }
    n->list.push_back(std::move(a));
    if (!at(",")) break;
    next();
  }
  return n;
}

NodePtr Parser::from_import() {
  auto n = node(NodeKind::ImportFrom, next());
  int level = 0;
  while (at(".") || at("...")) level += next().text.size() == 3 ? 3 : 1;
  n->op = level;
  if (!(at_kind(TokKind::Name) && cur().text == "import")) n->str = dotted_name();
  if (!(at_kind(TokKind::Name) && cur().text == "import")) syntax_error();
  next();
  if (at("*")) {
    auto a = node(NodeKind::Alias, next());
    a->str = "*";
    n->list.push_back(std::move(a));
    return n;
  }
  bool paren = false;
  if (at("(")) {
    next();
    paren = true;
  }
  while (true) {
    auto a = node(NodeKind::Alias, cur());
    a->str = expect_name();
    if (at_kind(TokKind::Name) && cur().text == "as") {
      next();
      a->str2 = expect_name();
    }
    n->list.push_back(std::move(a));
    if (!at(",")) break;
    next();
    if (paren && at(")")) break;
  }
  if (paren) expect(")");
  else if (at(","))
    error_at(cur(), "trailing comma not allowed without surrounding parentheses");
  return n;
}

const char* Parser::describe(const Node* n) {
  switch (n->kind) {
    case NodeKind::Call:
      return "function call";
    case NodeKind::Int:
    case NodeKind::Float:
    case NodeKind::Str:
    case NodeKind::JoinedStr:
      return "literal";
    case NodeKind::Constant:
      return n->str == "..." ? "ellipsis" : n->str == "None" ? "None" : n->str == "True" ? "True" : "False";
    case NodeKind::Compare:
      return "comparison";
    case NodeKind::BinOp:
    case NodeKind::UnaryOp:
      return "expression";
    case NodeKind::BoolOp:
      return "expression";
    case NodeKind::Lambda:
      return "lambda";
    case NodeKind::IfExp:
      return "conditional expression";
    case NodeKind::ListComp:
      return "list comprehension";
    case NodeKind::DictComp:
      return "dict comprehension";
    case NodeKind::SetComp:
      return "set comprehension";
    case NodeKind::GeneratorExp:
      return "generator expression";
    case NodeKind::Dict:
      return "dict literal";
    case NodeKind::Set:
      return "set display";
    case NodeKind::NamedExpr:
      return "named expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return "yield expression";
    default:
      return "expression";
  }
}

void Parser::check_target(const Node* n, const char* verb) {
  switch (n->kind) {
    case NodeKind::Name:
      if (n->str == "__debug__") error_node(n, "cannot assign to __debug__");
      return;
    case NodeKind::Attribute:
    case NodeKind::Subscript:
      return;
    case NodeKind::Starred:
      if (strcmp(verb, "delete") == 0) error_node(n, "cannot delete starred");
      check_target(n->a.get(), verb);
      return;
    case NodeKind::Tuple:
    case NodeKind::List: {
      int stars = 0;
      for (auto& c : n->list) {
        if (c->kind == NodeKind::Starred) ++stars;
        check_target(c.get(), verb);
      }
      if (stars > 1) error_node(n, "multiple starred expressions in assignment");
      return;
    }
    default: {
      std::string what = describe(n);
      if (strcmp(verb, "delete") == 0) error_node(n, "cannot delete " + what);
      std::string msg = "cannot assign to " + what;
      if (n->kind == NodeKind::Call || n->kind == NodeKind::Compare || n->kind == NodeKind::BinOp ||
          n->kind == NodeKind::Int || n->kind == NodeKind::Str || n->kind == NodeKind::Float ||
          n->kind == NodeKind::Constant)
        msg += " here. Maybe you meant '==' instead of '='?";
      if (n->kind == NodeKind::Constant && n->str != "...") msg = "cannot assign to " + what;
      error_node(n, msg);
    }
  }
}

// A for-loop / comprehension target: a star-target list.
NodePtr Parser::target_list() {
  const Token& t = cur();
  NodeList items;
  bool trailing = false;
  while (true) {
    NodePtr e;
    if (at("*")) {
      auto s = node(NodeKind::Starred, next());
      s->a = bitwise_or();
      e = std::move(s);
    } else {
      e = bitwise_or();
    }
    items.push_back(std::move(e));
    if (!at(",")) break;
    next();
    trailing = true;
    if (at_kind(TokKind::Name) && cur().text == "in") break;
    trailing = false;
  }
  NodePtr result;
  if (items.size() == 1 && !trailing) {
    result = std::move(items[0]);
  } else {
    result = node(NodeKind::Tuple, t);
    result->list = std::move(items);
  }
  check_target(result.get(), "assign");
  return result;
}

NodePtr Parser::target() {
  auto e = primary_expr();
  check_target(e.get(), "assign");
  return e;
}

}  // namespace parser_detail

using parser_detail::Parser;



NodePtr parse_module(std::string_view source) {
  Parser ps;
  ps.source = source;
  ps.toks = tokenize(source, /*defer_errors=*/true);
  return ps.parse_file();
}

}  // namespace eddy::frontend
