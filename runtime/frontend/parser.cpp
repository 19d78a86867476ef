// The parser. See parser.h.
#include "runtime/frontend/parser.h"

#include <cstring>

#include "runtime/frontend/lexer.h"

namespace eddy::frontend {

namespace {

// Comparison operator codes in Node::ops (CmpOp values 0..5 first).
enum { kCmpIn = 10, kCmpNotIn = 11, kCmpIs = 12, kCmpIsNot = 13 };

const char* const kKeywords[] = {"False", "None",   "True",    "and",      "as",     "assert",
                                 "async", "await",  "break",   "class",    "continue", "def",
                                 "del",   "elif",   "else",    "except",   "finally", "for",
                                 "from",  "global", "if",      "import",   "in",     "is",
                                 "lambda", "nonlocal", "not",  "or",       "pass",   "raise",
                                 "return", "try",   "while",   "with",     "yield"};

bool is_keyword(const std::string& s) {
  for (const char* k : kKeywords)
    if (s == k) return true;
  return false;
}

struct Parser {
  std::vector<Token> toks;
  size_t p = 0;
  int depth = 0;
  std::string_view source;
  int line_offset = 0;  // for f-string sub-parsers
  int col_offset = 0;

  struct DepthGuard {
    Parser& ps;
    explicit DepthGuard(Parser& p_) : ps(p_) {
      if (++ps.depth > kMaxNesting) ps.error_at(ps.cur(), "too many nested parentheses");
    }
    ~DepthGuard() { --ps.depth; }
  };

  const Token& cur() const {
    if (toks[p].kind == TokKind::Error) throw *toks[p].error;  // a deferred lexical error
    return toks[p];
  }
  const Token& peek_tok(size_t k = 1) const {
    const Token& t = toks[std::min(p + k, toks.size() - 1)];
    if (t.kind == TokKind::Error) throw *t.error;
    return t;
  }
  bool at(const char* s) const { return cur().is(s) && (toks[p].kind == TokKind::Op || is_keyword(s)); }
  bool at_kind(TokKind k) const { return cur().kind == k; }
  const Token& next() {
    const Token& t = cur();
    if (p < toks.size() - 1) ++p;
    return t;
  }

  [[noreturn]] void error_at(const Token& t, const std::string& msg, bool indentation = false) {
    SyntaxErrorInfo e;
    e.msg = msg;
    e.line = t.line + line_offset;
    e.col = t.col + 1 + (t.line == 1 ? col_offset : 0);
    e.end_col = t.end_line == t.line ? t.end_col + 1 + (t.line == 1 ? col_offset : 0) : 0;
    e.indentation = indentation;
    e.incomplete = t.kind == TokKind::End;
    throw e;
  }
  [[noreturn]] void error_node(const Node* n, const std::string& msg) {
    SyntaxErrorInfo e;
    e.msg = msg;
    e.line = n->line + line_offset;
    e.col = n->col + 1;
    e.end_col = n->end_col > n->col ? n->end_col + 1 : 0;
    throw e;
  }
  [[noreturn]] void syntax_error() {
    const Token& t = cur();
    if (t.kind == TokKind::Indent) error_at(t, "unexpected indent", true);
    if (t.kind == TokKind::End) error_at(t, "unexpected EOF while parsing");
    error_at(t, "invalid syntax");
  }

  void expect(const char* op, const char* msg = nullptr) {
    if (!at(op)) {
      if (msg) error_at(cur(), msg);
      if (strcmp(op, ":") == 0) error_at(prev_or_cur(), "expected ':'");
      syntax_error();
    }
    next();
  }
  const Token& prev_or_cur() {
    if (cur().kind == TokKind::Newline && p > 0) return toks[p];
    return cur();
  }
  std::string expect_name() {
    if (!at_kind(TokKind::Name) || is_keyword(cur().text)) syntax_error();
    return next().text;
  }

  NodePtr node(NodeKind k, const Token& t) {
    auto n = make_node(k, t.line + line_offset, t.col);
    return n;
  }
  void finish(Node* n) {
    const Token& last = toks[p > 0 ? p - 1 : 0];
    n->end_col = last.line + line_offset == n->line ? last.end_col : n->col + 1;
  }

  // ---------------------------------------------------------------- statements

  NodePtr parse_file() {
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

  void statement(NodeList& out) {
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

  void simple_stmts(NodeList& out) {
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

  NodeList block(const char* what, const Token& head) {
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

  NodePtr if_stmt() {
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
  NodePtr if_stmt_elif() {
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

  // ---------------------------------------------------------------- match

  // `match` is a soft keyword: a logical line that starts with it, continues with something that
  // can begin an expression, and ends with ':' is a match statement.
  bool at_match_stmt() {
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

  NodePtr match_stmt() {
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
  NodePtr patterns() {
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

  NodePtr maybe_star_pattern() {
    if (at("*")) {
      const Token& st = next();
      auto n = node(NodeKind::MatchStar, st);
      std::string name = expect_name();
      if (name != "_") n->str = name;
      return n;
    }
    return pattern();
  }

  NodePtr pattern() {
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

  NodePtr or_pattern() {
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
  NodePtr dotted_name_expr() {
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

  NodePtr literal_pattern_expr() {
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

  NodePtr closed_pattern() {
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

  NodePtr class_pattern(NodePtr cls, const Token& t) {
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

  NodePtr while_stmt() {
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

  NodePtr for_stmt() {
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

  NodePtr try_stmt() {
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

  NodePtr with_stmt() {
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

  NodePtr decorated() {
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

  NodePtr funcdef(NodeList decorators) {
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

  NodePtr classdef(NodeList decorators) {
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
  std::unique_ptr<Arguments> parameters(const char* closer, bool annotations) {
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

  NodePtr simple_stmt() {
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

  std::string dotted_name() {
    std::string name = expect_name();
    while (at(".")) {
      next();
      name += "." + expect_name();
    }
    return name;
  }

  NodePtr import_stmt() {
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

  NodePtr from_import() {
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

  // ---------------------------------------------------------------- targets

  static const char* describe(const Node* n) {
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

  void check_target(const Node* n, const char* verb) {
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
  NodePtr target_list() {
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
  NodePtr target() {
    auto e = primary_expr();
    check_target(e.get(), "assign");
    return e;
  }

  // ---------------------------------------------------------------- expressions

  // A comma-separated list of expressions, starred allowed; a tuple when there is a comma.
  NodePtr star_expressions(bool allow_yield = false) {
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

  bool starts_expression() const {
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

  NodePtr star_expression() {
    if (at("*")) {
      auto n = node(NodeKind::Starred, next());
      n->a = bitwise_or();
      finish(n.get());
      return n;
    }
    return named_expression();
  }

  NodePtr named_expression() {
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

  NodePtr yield_expr() {
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

  NodePtr expression() {
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

  NodePtr lambda_expr() {
    auto n = node(NodeKind::Lambda, next());
    n->args = parameters(":", false);
    expect(":");
    n->a = expression();
    finish(n.get());
    return n;
  }

  NodePtr disjunction() {
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

  NodePtr conjunction() {
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

  NodePtr inversion() {
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

  int comp_op() {
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

  NodePtr comparison() {
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

  void check_chain(int& links) {
    if (++links > kMaxChain) error_at(cur(), "expression too complex: more than " + std::to_string(kMaxChain) + " chained operations");
  }

  NodePtr binary(NodePtr (Parser::*sub)(), std::initializer_list<std::pair<const char*, int>> ops) {
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

  // BinOp codes match eddy::BinOp: Add Sub Mul TrueDiv FloorDiv Mod Pow LShift RShift And Or Xor MatMul
  NodePtr bitwise_or() { return binary(&Parser::bitwise_xor, {{"|", 10}}); }
  NodePtr bitwise_xor() { return binary(&Parser::bitwise_and, {{"^", 11}}); }
  NodePtr bitwise_and() { return binary(&Parser::shift_expr, {{"&", 9}}); }
  NodePtr shift_expr() { return binary(&Parser::sum, {{"<<", 7}, {">>", 8}}); }
  NodePtr sum() { return binary(&Parser::term, {{"+", 0}, {"-", 1}}); }
  NodePtr term() { return binary(&Parser::factor, {{"*", 2}, {"/", 3}, {"//", 4}, {"%", 5}, {"@", 12}}); }

  NodePtr factor() {
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

  NodePtr power() {
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

  NodePtr primary_expr() {
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

  void call_args(Node* call) {
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

  NodePtr subscript_list() {
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

  NodePtr slice_item() {
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

  void comprehension_clauses(Node* comp) {
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

  NodePtr atom() {
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
  NodePtr strings() {
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

  void add_literal(NodeList& parts, std::string text, bool raw, int line, int col) {
    if (text.empty()) return;
    auto part = make_node(NodeKind::Str, line, col);
    part->str = raw ? text : decode_escapes(text, line, col);
    if (!parts.empty() && parts.back()->kind == NodeKind::Str)
      parts.back()->str += part->str;
    else
      parts.push_back(std::move(part));
  }

  [[noreturn]] void fstring_error(const std::string& msg, int line, int col) {
    SyntaxErrorInfo e;
    e.msg = "f-string: " + msg;
    e.line = line;
    e.col = col + 1;
    throw e;
  }

  // Parses the body of an f-string into Str and FormattedValue parts.
  void parse_fstring_body(const std::string& body, bool raw, int line, int col, NodeList& parts,
                          int nest = 0) {
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

  NodePtr parse_sub_expression(const std::string& text, int line, int col) {
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
};

}  // namespace

NodePtr parse_module(std::string_view source) {
  Parser ps;
  ps.source = source;
  ps.toks = tokenize(source, /*defer_errors=*/true);
  return ps.parse_file();
}

}  // namespace eddy::frontend
