// The lexer: source text -> tokens, with Python's indentation rules (INDENT/DEDENT), implicit
// line joining inside brackets, backslash continuations, and every string-literal form.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frontend/token.h"

namespace eddy::frontend {

// Tokenizes all of `source`. Throws SyntaxErrorInfo on bad input; with `defer_errors`, a lexical
// error becomes a final Error token instead (the parser raises it if it gets that far).
std::vector<Token> tokenize(std::string_view source, bool defer_errors = false);

// Decodes backslash escapes in a (non-raw) string literal body. `line`/`col` locate errors.
std::string decode_escapes(std::string_view body, int line, int col);
// The same for a bytes literal (raw byte values).
std::string decode_bytes_escapes(std::string_view body);

// The source line `line` (1-based) without its newline, for error messages.
std::string source_line(std::string_view source, int line);

// Bracket nesting past this depth is refused, as CPython's tokenizer does.
constexpr int kMaxBracketDepth = 200;

}  // namespace eddy::frontend
