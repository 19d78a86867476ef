// Tokens, and the one error type the front end throws.
//
// The front end (lexer, parser, symbol table, compiler) is leaf code: it reports a syntax error
// by throwing SyntaxErrorInfo, which compile_source() (frontend.h) catches and turns into a
// script SyntaxError. No C++ exception leaves the front end (ARCHITECTURE invariant 6).
#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace eddy::frontend {

// Error: a lexical error, deferred so that an earlier parse error is reported first, as CPython's
// lazy tokenizer does; the parser raises it when it reaches the token.
enum class TokKind : uint8_t { Name, Number, String, Op, Newline, Indent, Dedent, End, Error };

struct SyntaxErrorInfo;

struct Token {
  TokKind kind;
  std::string text;  // Name/Op/Number: the source text; String: the decoded value (or, for an
                     // f-string, the raw body, decoded later piece by piece)
  int line = 1, col = 0;          // 1-based line, 0-based byte column of the first character
  int end_line = 1, end_col = 0;  // just past the last character
  bool is_fstring = false, is_bytes = false, is_raw = false;
  int body_col = 0;  // String: column where the body starts (for f-string error positions)
  std::shared_ptr<SyntaxErrorInfo> error;  // Error: what to raise
  bool is(const char* op) const { return (kind == TokKind::Op || kind == TokKind::Name) && text == op; }
};

struct SyntaxErrorInfo {
  std::string msg;
  int line = 0, col = 0;  // col is 1-based, as SyntaxError.offset
  int end_col = 0;        // 1-based, exclusive; 0 when unknown
  bool indentation = false, tab = false;
  bool incomplete = false;  // the input ended too early (the REPL asks for more lines)
};

}  // namespace eddy::frontend
