// The parser's internals, shared by its translation units (parser.cpp: tokens, statements,
// targets; parser_expr.cpp: expressions and f-strings; parser_match.cpp: the match statement
// and its patterns). See parser.h.
#pragma once
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "runtime/frontend/lexer.h"
#include "runtime/frontend/parser.h"

namespace eddy::frontend::parser_detail {


// Comparison operator codes in Node::ops (CmpOp values 0..5 first).
enum { kCmpIn = 10, kCmpNotIn = 11, kCmpIs = 12, kCmpIsNot = 13 };

inline const char* const kKeywords[] = {"False", "None",   "True",    "and",      "as",     "assert",
                                 "async", "await",  "break",   "class",    "continue", "def",
                                 "del",   "elif",   "else",    "except",   "finally", "for",
                                 "from",  "global", "if",      "import",   "in",     "is",
                                 "lambda", "nonlocal", "not",  "or",       "pass",   "raise",
                                 "return", "try",   "while",   "with",     "yield"};

inline bool is_keyword(const std::string& s) {
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

  const Token& cur() const;
  const Token& peek_tok(size_t k = 1) const;
  bool at(const char* s) const { return cur().is(s) && (toks[p].kind == TokKind::Op || is_keyword(s)); }
  bool at_kind(TokKind k) const { return cur().kind == k; }
  const Token& next();

  [[noreturn]] void error_at(const Token& t, const std::string& msg, bool indentation = false);
  [[noreturn]] void error_node(const Node* n, const std::string& msg);
  [[noreturn]] void syntax_error();

  void expect(const char* op, const char* msg = nullptr);
  const Token& prev_or_cur();
  std::string expect_name();

  NodePtr node(NodeKind k, const Token& t);
  void finish(Node* n);

  // ---------------------------------------------------------------- statements

  NodePtr parse_file();

  void statement(NodeList& out);

  void simple_stmts(NodeList& out);

  NodeList block(const char* what, const Token& head);

  NodePtr if_stmt();
  NodePtr if_stmt_elif();

  // ---------------------------------------------------------------- match

  // `match` is a soft keyword: a logical line that starts with it, continues with something that
  // can begin an expression, and ends with ':' is a match statement.
  bool at_match_stmt();

  NodePtr match_stmt();

  // patterns: an open sequence (`case a, b:`) or one pattern.
  NodePtr patterns();

  NodePtr maybe_star_pattern();

  NodePtr pattern();

  NodePtr or_pattern();

  // A dotted name (a.b.c) as an expression node.
  NodePtr dotted_name_expr();

  NodePtr literal_pattern_expr();

  NodePtr closed_pattern();

  NodePtr class_pattern(NodePtr cls, const Token& t);

  NodePtr while_stmt();

  NodePtr for_stmt();

  NodePtr try_stmt();

  NodePtr with_stmt();

  NodePtr decorated();

  NodePtr funcdef(NodeList decorators);

  NodePtr classdef(NodeList decorators);

  // Parameters of def (annotations allowed) or lambda (closer ":" , no annotations).
  std::unique_ptr<Arguments> parameters(const char* closer, bool annotations);

  NodePtr simple_stmt();

  std::string dotted_name();

  NodePtr import_stmt();

  NodePtr from_import();

  // ---------------------------------------------------------------- targets

  static const char* describe(const Node* n);

  void check_target(const Node* n, const char* verb);

  // A for-loop / comprehension target: a star-target list.
  NodePtr target_list();
  NodePtr target();

  // ---------------------------------------------------------------- expressions

  // A comma-separated list of expressions, starred allowed; a tuple when there is a comma.
  NodePtr star_expressions(bool allow_yield = false);

  bool starts_expression() const;

  NodePtr star_expression();

  NodePtr named_expression();

  NodePtr yield_expr();

  NodePtr expression();

  NodePtr lambda_expr();

  NodePtr disjunction();

  NodePtr conjunction();

  NodePtr inversion();

  int comp_op();

  NodePtr comparison();

  void check_chain(int& links);

  NodePtr binary(NodePtr (Parser::*sub)(), std::initializer_list<std::pair<const char*, int>> ops);

  // BinOp codes match eddy::BinOp: Add Sub Mul TrueDiv FloorDiv Mod Pow LShift RShift And Or Xor MatMul
  NodePtr bitwise_or() { return binary(&Parser::bitwise_xor, {{"|", 10}}); }
  NodePtr bitwise_xor() { return binary(&Parser::bitwise_and, {{"^", 11}}); }
  NodePtr bitwise_and() { return binary(&Parser::shift_expr, {{"&", 9}}); }
  NodePtr shift_expr() { return binary(&Parser::sum, {{"<<", 7}, {">>", 8}}); }
  NodePtr sum() { return binary(&Parser::term, {{"+", 0}, {"-", 1}}); }
  NodePtr term() { return binary(&Parser::factor, {{"*", 2}, {"/", 3}, {"//", 4}, {"%", 5}, {"@", 12}}); }

  NodePtr factor();

  NodePtr power();

  NodePtr primary_expr();

  void call_args(Node* call);

  NodePtr subscript_list();

  NodePtr slice_item();

  void comprehension_clauses(Node* comp);

  NodePtr atom();

  // Adjacent string literals concatenate; any f-string makes the result a JoinedStr.
  NodePtr strings();

  void add_literal(NodeList& parts, std::string text, bool raw, int line, int col);

  [[noreturn]] void fstring_error(const std::string& msg, int line, int col);

  // Parses the body of an f-string into Str and FormattedValue parts.
  void parse_fstring_body(const std::string& body, bool raw, int line, int col, NodeList& parts,
                          int nest = 0);

  NodePtr parse_sub_expression(const std::string& text, int line, int col);
};

}  // namespace eddy::frontend::parser_detail
