// The parser: the match statement and its patterns (PEP 634); `match` is a soft keyword.
#include "runtime/frontend/parser_internal.h"

namespace eddy::frontend::parser_detail {

// `match` is a soft keyword: a logical line that starts with it, continues with something that
// can begin an expression, and ends with ':' is a match statement.
bool Parser::at_match_stmt() {
  const Token& nx = peek_tok();
  if (nx.kind == TokKind::Newline || nx.kind == TokKind::End || nx.kind == TokKind::Error) return false;
  if (nx.kind == TokKind::Op && !(nx.is("(") || nx.is("[") || nx.is("{") || nx.is("-") ||
                                  nx.is("+") || nx.is("~") || nx.is("*")))
    return false;
  if (nx.kind == TokKind::Name && is_keyword(nx.text) && nx.text != "not" && nx.text != "lambda" &&
      nx.text != "None" && nx.text != "True" && nx.text != "False")
    return false;
  int depth = 0;
  const Token* last = nullptr;
  for (size_t q = p + 1; q < toks.size(); ++q) {
    const Token& tk = toks[q];
    if (tk.kind == TokKind::Error) return false;
    if (tk.kind == TokKind::End) break;
    if (tk.kind == TokKind::Newline && depth == 0) break;
    if (tk.kind == TokKind::Op) {
      if (tk.is("(") || tk.is("[") || tk.is("{")) ++depth;
      else if (tk.is(")") || tk.is("]") || tk.is("}")) --depth;
    }
    last = &tk;
  }
  return last && last->kind == TokKind::Op && last->is(":") && depth == 0;
}

NodePtr Parser::match_stmt() {
  const Token& head = cur();
  auto n = node(NodeKind::Match, next());
  NodePtr first = at("*") ? star_expression() : named_expression();
  if (at(",") || first->kind == NodeKind::Starred) {
    auto tup = node(NodeKind::Tuple, head);
    tup->list.push_back(std::move(first));
    while (at(",")) {
      next();
      if (at(":")) break;
      tup->list.push_back(at("*") ? star_expression() : named_expression());
    }
    n->a = std::move(tup);
  } else {
    n->a = std::move(first);
  }
  expect(":");
  if (!at_kind(TokKind::Newline)) syntax_error();
  next();
  if (!at_kind(TokKind::Indent))
    error_at(cur(), "expected an indented block after 'match' statement on line " +
                        std::to_string(head.line + line_offset), true);
  next();
  while (!at_kind(TokKind::Dedent) && !at_kind(TokKind::End)) {
    if (at_kind(TokKind::Newline)) {
      next();
      continue;
    }
    if (!(at_kind(TokKind::Name) && cur().text == "case")) syntax_error();
    const Token& ch = cur();
    auto c = node(NodeKind::MatchCase, next());
    c->a = patterns();
    if (at_kind(TokKind::Name) && cur().text == "if") {
      next();
      c->b = named_expression();
    }
    expect(":");
    c->list = block("'case' statement", ch);
    n->list.push_back(std::move(c));
  }
  if (at_kind(TokKind::Dedent)) next();
  if (n->list.empty()) syntax_error();
  return n;
}

// patterns: an open sequence (`case a, b:`) or one pattern.
NodePtr Parser::patterns() {
  const Token& start = cur();
  NodePtr first = maybe_star_pattern();
  if (!at(",")) {
    if (first->kind == NodeKind::MatchStar) {
      auto seq = node(NodeKind::MatchSequence, start);
      seq->list.push_back(std::move(first));
      return seq;
    }
    return first;
  }
  auto seq = node(NodeKind::MatchSequence, start);
  seq->list.push_back(std::move(first));
  while (at(",")) {
    next();
    if (at(":") || (at_kind(TokKind::Name) && cur().text == "if")) break;
    seq->list.push_back(maybe_star_pattern());
  }
  return seq;
}

NodePtr Parser::maybe_star_pattern() {
  if (at("*")) {
    const Token& st = next();
    auto n = node(NodeKind::MatchStar, st);
    std::string name = expect_name();
    if (name != "_") n->str = name;
    return n;
  }
  return pattern();
}

NodePtr Parser::pattern() {
  DepthGuard g(*this);
  const Token& start = cur();
  NodePtr p0 = or_pattern();
  if (at_kind(TokKind::Name) && cur().text == "as") {
    next();
    const Token& nt = cur();
    std::string name = expect_name();
    if (name == "_") error_at(nt, "cannot use '_' as a target");
    auto n = node(NodeKind::MatchAs, start);
    n->a = std::move(p0);
    n->str = name;
    return n;
  }
  return p0;
}

NodePtr Parser::or_pattern() {
  const Token& start = cur();
  NodePtr first = closed_pattern();
  if (!at("|")) return first;
  auto n = node(NodeKind::MatchOr, start);
  n->list.push_back(std::move(first));
  while (at("|")) {
    next();
    n->list.push_back(closed_pattern());
  }
  return n;
}

// A dotted name (a.b.c) as an expression node.
NodePtr Parser::dotted_name_expr() {
  const Token& t = cur();
  auto n = node(NodeKind::Name, t);
  n->str = expect_name();
  while (at(".")) {
    next();
    auto a = node(NodeKind::Attribute, t);
    a->a = std::move(n);
    a->str = expect_name();
    n = std::move(a);
  }
  return n;
}

NodePtr Parser::literal_pattern_expr() {
  const Token& t = cur();
  if (at_kind(TokKind::String)) {
    if (t.is_fstring) error_at(t, "patterns may only match literals and attribute lookups");
    return strings();
  }
  bool neg = false;
  if (at("-")) {
    next();
    neg = true;
  }
  if (!at_kind(TokKind::Number)) syntax_error();
  NodePtr num = atom();
  if (neg) {
    auto u = node(NodeKind::UnaryOp, t);
    u->op = '-';
    u->a = std::move(num);
    num = std::move(u);
  }
  if (at("+") || at("-")) error_at(cur(), "eddy does not support complex numbers");
  return num;
}

NodePtr Parser::closed_pattern() {
  const Token& t = cur();
  if (at_kind(TokKind::Number) || at_kind(TokKind::String) || at("-")) {
    auto n = node(NodeKind::MatchValue, t);
    n->a = literal_pattern_expr();
    return n;
  }
  if (at_kind(TokKind::Name)) {
    if (t.text == "None" || t.text == "True" || t.text == "False") {
      auto n = node(NodeKind::MatchSingleton, next());
      n->str = t.text;
      return n;
    }
    if (is_keyword(t.text)) syntax_error();
    bool dotted = peek_tok().kind == TokKind::Op && peek_tok().is(".");
    bool call = peek_tok().kind == TokKind::Op && peek_tok().is("(");
    if (!dotted && !call) {
      auto n = node(NodeKind::MatchAs, next());
      if (t.text != "_") n->str = t.text;
      return n;
    }
    NodePtr name = dotted_name_expr();
    if (at("(")) return class_pattern(std::move(name), t);
    auto n = node(NodeKind::MatchValue, t);
    n->a = std::move(name);
    return n;
  }
  if (at("(")) {
    next();
    if (at(")")) {
      next();
      return node(NodeKind::MatchSequence, t);
    }
    NodePtr first = maybe_star_pattern();
    if (at(",") || first->kind == NodeKind::MatchStar) {
      auto seq = node(NodeKind::MatchSequence, t);
      seq->list.push_back(std::move(first));
      while (at(",")) {
        next();
        if (at(")")) break;
        seq->list.push_back(maybe_star_pattern());
      }
      expect(")");
      return seq;
    }
    expect(")");
    return first;
  }
  if (at("[")) {
    next();
    auto seq = node(NodeKind::MatchSequence, t);
    while (!at("]")) {
      seq->list.push_back(maybe_star_pattern());
      if (!at(",")) break;
      next();
    }
    expect("]");
    return seq;
  }
  if (at("{")) {
    next();
    auto m = node(NodeKind::MatchMapping, t);
    while (!at("}")) {
      if (at("**")) {
        next();
        m->str = expect_name();
        if (at(",")) next();
        break;
      }
      if (at_kind(TokKind::Name) && !(cur().text == "None" || cur().text == "True" || cur().text == "False"))
        m->list.push_back(dotted_name_expr());
      else if (at_kind(TokKind::Name)) {
        auto c = node(NodeKind::Constant, next());
        c->str = toks[p - 1].text;
        m->list.push_back(std::move(c));
      } else
        m->list.push_back(literal_pattern_expr());
      expect(":");
      m->list2.push_back(pattern());
      if (!at(",")) break;
      next();
    }
    expect("}");
    return m;
  }
  syntax_error();
}

NodePtr Parser::class_pattern(NodePtr cls, const Token& t) {
  auto n = node(NodeKind::MatchClass, t);
  n->a = std::move(cls);
  expect("(");
  while (!at(")")) {
    if (at_kind(TokKind::Name) && peek_tok().kind == TokKind::Op && peek_tok().is("=")) {
      n->names.push_back(next().text);
      next();
      n->list2.push_back(pattern());
    } else {
      if (!n->names.empty()) error_at(cur(), "positional patterns follow keyword patterns");
      n->list.push_back(pattern());
    }
    if (!at(",")) break;
    next();
  }
  expect(")");
  return n;
}

}  // namespace eddy::frontend::parser_detail
