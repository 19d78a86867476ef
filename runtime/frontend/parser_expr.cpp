// The parser: expressions, from lambda down to atoms, and f-string bodies.
#include "runtime/frontend/parser_internal.h"

namespace eddy::frontend::parser_detail {

// A comma-separated list of expressions, starred allowed; a tuple when there is a comma.
NodePtr Parser::star_expressions(bool allow_yield) {
  const Token& t = cur();
  if (allow_yield && at_kind(TokKind::Name) && t.text == "yield") return yield_expr();
  auto first = star_expression();
  if (!at(",")) {
    if (first->kind == NodeKind::Starred) error_node(first.get(), "can't use starred expression here");
    return first;
  }
  auto tup = make_node(NodeKind::Tuple, first->line, first->col);
  tup->list.push_back(std::move(first));
  while (at(",")) {
    next();
    if (!starts_expression()) break;
    tup->list.push_back(star_expression());
  }
  finish(tup.get());
  return tup;
}

bool Parser::starts_expression() const {
  const Token& t = cur();
  switch (t.kind) {
    case TokKind::Name:
      return !is_keyword(t.text) || t.text == "None" || t.text == "True" || t.text == "False" ||
             t.text == "not" || t.text == "lambda" || t.text == "await" || t.text == "yield";
    case TokKind::Number:
    case TokKind::String:
      return true;
    case TokKind::Op:
      return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
             t.text == "~" || t.text == "*" || t.text == "..." || t.text == "**";
    default:
      return false;
  }
}

NodePtr Parser::star_expression() {
  if (at("*")) {
    auto n = node(NodeKind::Starred, next());
    n->a = bitwise_or();
    finish(n.get());
    return n;
  }
  return named_expression();
}

NodePtr Parser::named_expression() {
  if (at_kind(TokKind::Name) && peek_tok().is(":=") && peek_tok().kind == TokKind::Op) {
    auto target = node(NodeKind::Name, cur());
    target->str = expect_name();
    finish(target.get());
    auto n = node(NodeKind::NamedExpr, toks[p - 1]);
    next();
    n->a = std::move(target);
    n->b = expression();
    return n;
  }
  auto e = expression();
  if (at(":=")) error_node(e.get(), std::string("cannot use assignment expressions with ") + describe(e.get()));
  return e;
}

NodePtr Parser::yield_expr() {
  auto n = node(NodeKind::Yield, next());
  if (at_kind(TokKind::Name) && cur().text == "from") {
    next();
    n->kind = NodeKind::YieldFrom;
    n->a = expression();
    return n;
  }
  if (!at(")") && !at_kind(TokKind::Newline) && !at("=") && !at(";") && !at("]") && !at("}"))
    n->a = star_expressions();
  return n;
}

NodePtr Parser::expression() {
  DepthGuard g(*this);
  if (at_kind(TokKind::Name) && cur().text == "lambda") return lambda_expr();
  auto body = disjunction();
  if (at_kind(TokKind::Name) && cur().text == "if") {
    auto n = make_node(NodeKind::IfExp, body->line, body->col);
    next();
    n->a = disjunction();
    if (!(at_kind(TokKind::Name) && cur().text == "else")) error_at(cur(), "expected 'else' after 'if' expression");
    next();
    n->b = std::move(body);
    n->c = expression();
    finish(n.get());
    return n;
  }
  return body;
}

NodePtr Parser::lambda_expr() {
  auto n = node(NodeKind::Lambda, next());
  n->args = parameters(":", false);
  expect(":");
  n->a = expression();
  finish(n.get());
  return n;
}

NodePtr Parser::disjunction() {
  auto first = conjunction();
  if (!(at_kind(TokKind::Name) && cur().text == "or")) return first;
  auto n = make_node(NodeKind::BoolOp, first->line, first->col);
  n->op = 'o';
  n->list.push_back(std::move(first));
  while (at_kind(TokKind::Name) && cur().text == "or") {
    next();
    n->list.push_back(conjunction());
  }
  finish(n.get());
  return n;
}

NodePtr Parser::conjunction() {
  auto first = inversion();
  if (!(at_kind(TokKind::Name) && cur().text == "and")) return first;
  auto n = make_node(NodeKind::BoolOp, first->line, first->col);
  n->op = 'a';
  n->list.push_back(std::move(first));
  while (at_kind(TokKind::Name) && cur().text == "and") {
    next();
    n->list.push_back(inversion());
  }
  finish(n.get());
  return n;
}

NodePtr Parser::inversion() {
  if (at_kind(TokKind::Name) && cur().text == "not") {
    DepthGuard g(*this);
    auto n = node(NodeKind::UnaryOp, next());
    n->op = '!';
    n->a = inversion();
    finish(n.get());
    return n;
  }
  return comparison();
}

int Parser::comp_op() {
  const Token& t = cur();
  if (t.kind == TokKind::Op) {
    if (t.text == "<") return 0;
    if (t.text == "<=") return 1;
    if (t.text == "==") return 2;
    if (t.text == "!=") return 3;
    if (t.text == ">") return 4;
    if (t.text == ">=") return 5;
  } else if (t.kind == TokKind::Name) {
    if (t.text == "in") return kCmpIn;
    if (t.text == "is") return peek_tok().is("not") ? kCmpIsNot : kCmpIs;
    if (t.text == "not" && peek_tok().is("in")) return kCmpNotIn;
  }
  return -1;
}

NodePtr Parser::comparison() {
  auto left = bitwise_or();
  int op = comp_op();
  if (op < 0) return left;
  auto n = make_node(NodeKind::Compare, left->line, left->col);
  n->a = std::move(left);
  while ((op = comp_op()) >= 0) {
    next();
    if (op == kCmpIsNot || op == kCmpNotIn) next();
    n->ops.push_back(op);
    n->list.push_back(bitwise_or());
  }
  finish(n.get());
  return n;
}

void Parser::check_chain(int& links) {
  if (++links > kMaxChain) error_at(cur(), "expression too complex: more than " + std::to_string(kMaxChain) + " chained operations");
}

NodePtr Parser::binary(NodePtr (Parser::*sub)(), std::initializer_list<std::pair<const char*, int>> ops) {
  auto left = (this->*sub)();
  int links = 0;
  while (true) {
    int found = -1;
    for (auto& [s, code] : ops)
      if (at(s)) found = code;
    if (found < 0) return left;
    check_chain(links);
    next();
    auto n = make_node(NodeKind::BinOp, left->line, left->col);
    n->op = found;
    n->a = std::move(left);
    n->b = (this->*sub)();
    finish(n.get());
    left = std::move(n);
  }
}

NodePtr Parser::factor() {
  if (at("-") || at("+") || at("~")) {
    DepthGuard g(*this);
    auto n = node(NodeKind::UnaryOp, cur());
    n->op = next().text[0];
    n->a = factor();
    finish(n.get());
    return n;
  }
  return power();
}

NodePtr Parser::power() {
  auto base = primary_expr();
  if (at("**")) {
    DepthGuard g(*this);
    next();
    auto n = make_node(NodeKind::BinOp, base->line, base->col);
    n->op = 6;
    n->a = std::move(base);
    n->b = factor();
    finish(n.get());
    return n;
  }
  return base;
}

NodePtr Parser::primary_expr() {
  if (at_kind(TokKind::Name) && cur().text == "await") error_at(cur(), "eddy does not support await");
  auto e = atom();
  int links = 0;
  while (true) {
    if (at(".") || at("(") || at("[")) check_chain(links);
    if (at(".")) {
      next();
      auto n = make_node(NodeKind::Attribute, e->line, e->col);
      n->a = std::move(e);
      n->str = expect_name();
      finish(n.get());
      e = std::move(n);
    } else if (at("(")) {
      DepthGuard g(*this);
      next();
      auto n = make_node(NodeKind::Call, e->line, e->col);
      n->a = std::move(e);
      call_args(n.get());
      expect(")");
      finish(n.get());
      e = std::move(n);
    } else if (at("[")) {
      DepthGuard g(*this);
      next();
      auto n = make_node(NodeKind::Subscript, e->line, e->col);
      n->a = std::move(e);
      n->b = subscript_list();
      expect("]");
      finish(n.get());
      e = std::move(n);
    } else {
      return e;
    }
  }
}

void Parser::call_args(Node* call) {
  bool seen_kw = false, seen_kwunpack = false;
  while (!at(")")) {
    if (at("**")) {
      auto kw = node(NodeKind::Keyword, next());
      kw->a = expression();
      call->list2.push_back(std::move(kw));
      seen_kwunpack = true;
    } else if (at("*")) {
      auto s = node(NodeKind::Starred, next());
      s->a = expression();
      if (seen_kwunpack) error_node(s.get(), "iterable argument unpacking follows keyword argument unpacking");
      call->list.push_back(std::move(s));
    } else if (at_kind(TokKind::Name) && peek_tok().is("=") && peek_tok().kind == TokKind::Op &&
               !is_keyword(cur().text)) {
      auto kw = node(NodeKind::Keyword, cur());
      kw->str = next().text;
      next();
      kw->a = expression();
      for (auto& other : call->list2)
        if (other->str == kw->str && !kw->str.empty())
          error_node(kw.get(), "keyword argument repeated: " + kw->str);
      call->list2.push_back(std::move(kw));
      seen_kw = true;
    } else {
      auto e = named_expression();
      if (at_kind(TokKind::Name) && cur().text == "for") {
        // f(x for x in y): a lone generator argument
        auto g = make_node(NodeKind::GeneratorExp, e->line, e->col);
        g->a = std::move(e);
        comprehension_clauses(g.get());
        if (!call->list.empty() || !call->list2.empty() || at(","))
          if (!(at(")") && call->list.empty() && call->list2.empty()))
            error_node(g.get(), "Generator expression must be parenthesized");
        call->list.push_back(std::move(g));
        continue;
      }
      if (at("=")) error_node(e.get(), "expression cannot contain assignment, perhaps you meant \"==\"?");
      if (seen_kwunpack) error_node(e.get(), "positional argument follows keyword argument unpacking");
      if (seen_kw) error_node(e.get(), "positional argument follows keyword argument");
      call->list.push_back(std::move(e));
    }
    if (!at(",")) break;
    next();
  }
}

NodePtr Parser::subscript_list() {
  const Token& t = cur();
  auto first = slice_item();
  if (!at(",")) return first;
  auto tup = node(NodeKind::Tuple, t);
  tup->list.push_back(std::move(first));
  while (at(",")) {
    next();
    if (at("]")) break;
    tup->list.push_back(slice_item());
  }
  return tup;
}

NodePtr Parser::slice_item() {
  const Token& t = cur();
  NodePtr lower;
  if (!at(":")) {
    lower = at("*") ? star_expression() : named_expression();
    if (!at(":")) return lower;
  }
  auto s = node(NodeKind::Slice, t);
  s->a = std::move(lower);
  next();  // ':'
  if (!at(":") && !at("]") && !at(",")) s->b = expression();
  if (at(":")) {
    next();
    if (!at("]") && !at(",")) s->c = expression();
  }
  return s;
}

void Parser::comprehension_clauses(Node* comp) {
  while (at_kind(TokKind::Name) && cur().text == "for") {
    auto c = node(NodeKind::Comprehension, next());
    c->a = target_list();
    if (!(at_kind(TokKind::Name) && cur().text == "in")) syntax_error();
    next();
    c->b = disjunction();
    while (at_kind(TokKind::Name) && cur().text == "if") {
      next();
      c->list.push_back(disjunction());
    }
    comp->list.push_back(std::move(c));
  }
  if (at_kind(TokKind::Name) && cur().text == "async") error_at(cur(), "eddy does not support async comprehensions");
}

NodePtr Parser::atom() {
  const Token& t = cur();
  switch (t.kind) {
    case TokKind::Name: {
      if (t.text == "None" || t.text == "True" || t.text == "False") {
        auto n = node(NodeKind::Constant, next());
        n->str = t.text;
        finish(n.get());
        return n;
      }
      if (is_keyword(t.text)) {
        if (t.text == "yield") error_at(t, "'yield' outside function");
        syntax_error();
      }
      auto n = node(NodeKind::Name, next());
      n->str = t.text;
      finish(n.get());
      return n;
    }
    case TokKind::Number: {
      const Token& nt = next();
      bool is_float = nt.text.find_first_of(".eE") != std::string::npos &&
                      !(nt.text.size() > 1 && (nt.text[1] == 'x' || nt.text[1] == 'X'));
      auto n = node(is_float ? NodeKind::Float : NodeKind::Int, nt);
      n->str = nt.text;
      finish(n.get());
      return n;
    }
    case TokKind::String:
      return strings();
    case TokKind::Op:
      break;
    default:
      syntax_error();
  }
  if (t.text == "(") {
    DepthGuard g(*this);
    next();
    if (at(")")) {
      auto n = node(NodeKind::Tuple, t);
      next();
      finish(n.get());
      return n;
    }
    if (at_kind(TokKind::Name) && cur().text == "yield") {
      auto y = yield_expr();
      expect(")");
      return y;
    }
    auto first = star_expression();
    if (at_kind(TokKind::Name) && cur().text == "for") {
      auto gen = node(NodeKind::GeneratorExp, t);
      gen->a = std::move(first);
      comprehension_clauses(gen.get());
      expect(")");
      finish(gen.get());
      return gen;
    }
    if (at(")")) {
      next();
      if (first->kind == NodeKind::Starred) error_node(first.get(), "can't use starred expression here");
      return first;
    }
    auto tup = node(NodeKind::Tuple, t);
    tup->list.push_back(std::move(first));
    while (at(",")) {
      next();
      if (at(")")) break;
      tup->list.push_back(star_expression());
    }
    if (!at(")")) {
      if (at_kind(TokKind::Newline) || at_kind(TokKind::End)) error_at(t, "'(' was never closed");
      error_at(cur(), "invalid syntax. Perhaps you forgot a comma?");
    }
    next();
    finish(tup.get());
    return tup;
  }
  if (t.text == "[") {
    DepthGuard g(*this);
    next();
    auto n = node(NodeKind::List, t);
    if (at("]")) {
      next();
      finish(n.get());
      return n;
    }
    auto first = star_expression();
    if (at_kind(TokKind::Name) && cur().text == "for") {
      n->kind = NodeKind::ListComp;
      n->a = std::move(first);
      comprehension_clauses(n.get());
      expect("]");
      finish(n.get());
      return n;
    }
    n->list.push_back(std::move(first));
    while (at(",")) {
      next();
      if (at("]")) break;
      n->list.push_back(star_expression());
    }
    if (!at("]")) error_at(cur(), "invalid syntax. Perhaps you forgot a comma?");
    next();
    finish(n.get());
    return n;
  }
  if (t.text == "{") {
    DepthGuard g(*this);
    next();
    auto n = node(NodeKind::Dict, t);
    if (at("}")) {
      next();
      finish(n.get());
      return n;
    }
    // dict or set?
    if (at("**")) {
      next();
      n->list.push_back(nullptr);
      n->list2.push_back(bitwise_or());
    } else {
      auto first = star_expression();
      if (at(":")) {
        next();
        auto value = expression();
        if (at_kind(TokKind::Name) && cur().text == "for") {
          n->kind = NodeKind::DictComp;
          n->a = std::move(first);
          n->b = std::move(value);
          comprehension_clauses(n.get());
          expect("}");
          finish(n.get());
          return n;
        }
        n->list.push_back(std::move(first));
        n->list2.push_back(std::move(value));
      } else {
        n->kind = NodeKind::Set;
        if (at_kind(TokKind::Name) && cur().text == "for") {
          n->kind = NodeKind::SetComp;
          n->a = std::move(first);
          comprehension_clauses(n.get());
          expect("}");
          finish(n.get());
          return n;
        }
        n->list.push_back(std::move(first));
        while (at(",")) {
          next();
          if (at("}")) break;
          n->list.push_back(star_expression());
        }
        if (!at("}")) error_at(cur(), "invalid syntax. Perhaps you forgot a comma?");
        next();
        finish(n.get());
        return n;
      }
    }
    while (at(",")) {
      next();
      if (at("}")) break;
      if (at("**")) {
        next();
        n->list.push_back(nullptr);
        n->list2.push_back(bitwise_or());
        continue;
      }
      n->list.push_back(expression());
      if (!at(":")) error_at(cur(), "':' expected after dictionary key");
      next();
      n->list2.push_back(expression());
    }
    if (!at("}")) error_at(cur(), "invalid syntax. Perhaps you forgot a comma?");
    next();
    finish(n.get());
    return n;
  }
  if (t.text == "...") {
    auto n = node(NodeKind::Constant, next());
    n->str = "...";
    finish(n.get());
    return n;
  }
  syntax_error();
}

// Adjacent string literals concatenate; any f-string makes the result a JoinedStr.
NodePtr Parser::strings() {
  const Token& first = cur();
  bool any_f = false, any_bytes = false, any_str = false;
  size_t q = p;
  while (toks[q].kind == TokKind::String) {
    any_f |= toks[q].is_fstring;
    if (toks[q].is_bytes) any_bytes = true;
    else any_str = true;
    ++q;
  }
  if (any_bytes && any_str) error_at(first, "cannot mix bytes and nonbytes literals");
  if (any_bytes) {
    auto n = node(NodeKind::Bytes, first);
    while (at_kind(TokKind::String)) n->str += next().text;
    finish(n.get());
    return n;
  }
  if (!any_f) {
    auto n = node(NodeKind::Str, first);
    while (at_kind(TokKind::String)) n->str += next().text;
    finish(n.get());
    return n;
  }
  auto n = node(NodeKind::JoinedStr, first);
  while (at_kind(TokKind::String)) {
    const Token& s = next();
    if (s.is_fstring) {
      parse_fstring_body(s.text, s.is_raw, s.line + line_offset, s.body_col, n->list);
    } else if (!s.text.empty()) {
      auto part = node(NodeKind::Str, s);
      part->str = s.text;
      n->list.push_back(std::move(part));
    }
  }
  finish(n.get());
  return n;
}

void Parser::add_literal(NodeList& parts, std::string text, bool raw, int line, int col) {
  if (text.empty()) return;
  auto part = make_node(NodeKind::Str, line, col);
  part->str = raw ? text : decode_escapes(text, line, col);
  if (!parts.empty() && parts.back()->kind == NodeKind::Str)
    parts.back()->str += part->str;
  else
    parts.push_back(std::move(part));
}

[[noreturn]] void Parser::fstring_error(const std::string& msg, int line, int col) {
  SyntaxErrorInfo e;
  e.msg = "f-string: " + msg;
  e.line = line;
  e.col = col + 1;
  throw e;
}

// Parses the body of an f-string into Str and FormattedValue parts.
void Parser::parse_fstring_body(const std::string& body, bool raw, int line, int col, NodeList& parts,
                        int nest) {
  if (nest > 2) fstring_error("expressions nested too deeply", line, col);
  std::string lit;
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i];
    if (c == '{') {
      if (i + 1 < n && body[i + 1] == '{') {
        lit += '{';
        i += 2;
        continue;
      }
      add_literal(parts, lit, raw, line, col);
      lit.clear();
      size_t start = ++i;
      int depth_b = 0;
      char quote = 0;
      while (i < n) {
        char ch = body[i];
        if (quote) {
          if (ch == quote) quote = 0;
        } else if (ch == '\'' || ch == '"') {
          quote = ch;
        } else if (ch == '(' || ch == '[' || ch == '{') {
          ++depth_b;
        } else if (ch == ')' || ch == ']' || (ch == '}' && depth_b > 0)) {
          --depth_b;
        } else if (depth_b == 0 && (ch == '}' || ch == ':' ||
                                    (ch == '!' && i + 1 < n && body[i + 1] != '=') )) {
          break;
        } else if (ch == '\\') {
          fstring_error("expression part cannot include a backslash", line, col);
        }
        ++i;
      }
      if (i >= n) fstring_error("expecting '}'", line, col);
      std::string expr_text = body.substr(start, i - start);
      // The "=" debugging form: f"{x=}".
      bool debug = false;
      std::string debug_text;
      {
        size_t e = expr_text.find_last_not_of(" \t");
        if (e != std::string::npos && expr_text[e] == '=' &&
            (e == 0 || (expr_text[e - 1] != '=' && expr_text[e - 1] != '!' &&
                        expr_text[e - 1] != '<' && expr_text[e - 1] != '>'))) {
          debug = true;
          debug_text = expr_text;
          expr_text = expr_text.substr(0, e);
        }
      }
      bool blank = expr_text.find_first_not_of(" \t\n") == std::string::npos;
      if (blank) fstring_error("empty expression not allowed", line, col);
      auto fv = make_node(NodeKind::FormattedValue, line, col);
      fv->a = parse_sub_expression(expr_text, line, col);
      if (body[i] == '!') {
        if (i + 1 >= n) fstring_error("expecting '}'", line, col);
        char conv = body[i + 1];
        if (conv != 's' && conv != 'r' && conv != 'a')
          fstring_error("invalid conversion character: expected 's', 'r', or 'a'", line, col);
        fv->op = conv;
        i += 2;
      }
      if (i < n && body[i] == ':') {
        ++i;
        size_t spec_start = i;
        int d = 0;
        while (i < n && !(body[i] == '}' && d == 0)) {
          if (body[i] == '{') ++d;
          if (body[i] == '}') --d;
          ++i;
        }
        auto spec = make_node(NodeKind::JoinedStr, line, col);
        parse_fstring_body(body.substr(spec_start, i - spec_start), raw, line, col, spec->list,
                           nest + 1);
        fv->b = std::move(spec);
      }
      if (i >= n || body[i] != '}') fstring_error("expecting '}'", line, col);
      ++i;
      if (debug) {
        add_literal(parts, debug_text, true, line, col);
        if (!fv->op && !fv->b) fv->op = 'r';
      }
      parts.push_back(std::move(fv));
    } else if (c == '}') {
      if (i + 1 < n && body[i + 1] == '}') {
        lit += '}';
        i += 2;
        continue;
      }
      fstring_error("single '}' is not allowed", line, col);
    } else {
      lit += c;
      ++i;
    }
  }
  add_literal(parts, lit, raw, line, col);
}

NodePtr Parser::parse_sub_expression(const std::string& text, int line, int col) {
  std::string wrapped = "(" + text + ")";
  Parser sub;
  try {
    sub.toks = tokenize(wrapped);
  } catch (SyntaxErrorInfo& e) {
    e.msg = "f-string: " + e.msg;
    e.line = line;
    e.col = col + 1;
    throw;
  }
  sub.line_offset = line - 1;
  sub.depth = depth;
  auto e = sub.star_expressions();
  if (!sub.at_kind(TokKind::Newline) && !sub.at_kind(TokKind::End))
    fstring_error("invalid syntax", line, col);
  return e;
}

}  // namespace eddy::frontend::parser_detail
