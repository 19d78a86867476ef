// The lexer. See lexer.h. Messages follow CPython 3.11's tokenizer where it has one.
#include "runtime/frontend/lexer.h"

#include <algorithm>
#include <cstring>

#include "runtime/objects/str.h"

namespace eddy::frontend {

namespace {

[[noreturn]] void fail(const std::string& msg, int line, int col, bool incomplete = false) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.line = line;
  e.col = col + 1;
  e.incomplete = incomplete;
  throw e;
}

bool is_id_start_cp(uint32_t cp) {
  if (cp < 0x80) return isalpha(int(cp)) || cp == '_';
  if (cp == 0xd7 || cp == 0xf7) return false;
  return (cp >= 0xaa && cp <= 0x2af) || (cp >= 0x370 && cp <= 0x3ff && cp != 0x37e) ||
         (cp >= 0x400 && cp <= 0x52f) || (cp >= 0x5d0 && cp <= 0x5ea) ||
         (cp >= 0x620 && cp <= 0x64a) || (cp >= 0x904 && cp <= 0x939) ||
         (cp >= 0x1e00 && cp <= 0x1fff) || (cp >= 0x3040 && cp <= 0x30ff) ||
         (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) ||
         (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x10000 && cp <= 0x1fffd && !(cp >= 0x1f000 && cp <= 0x1faff));
}
bool is_id_cont_cp(uint32_t cp) {
  if (cp < 0x80) return isalnum(int(cp)) || cp == '_';
  return is_id_start_cp(cp) || (cp >= 0x300 && cp <= 0x36f) || cp == 0xb7;
}

struct Lexer {
  std::string_view src;
  size_t pos = 0;
  int line = 1;
  size_t line_start = 0;
  std::vector<Token> out;
  std::vector<int> indents{0};
  std::vector<std::pair<char, std::pair<int, int>>> brackets;  // char, (line, col)
  bool at_line_start = true;

  int col() const { return int(pos - line_start); }
  char peek(size_t k = 0) const { return pos + k < src.size() ? src[pos + k] : '\0'; }

  void push(TokKind kind, std::string text, int l, int c) {
    Token t;
    t.kind = kind;
    t.text = std::move(text);
    t.line = l;
    t.col = c;
    t.end_line = line;
    t.end_col = col();
    out.push_back(std::move(t));
  }

  void newline_advance() {
    ++line;
    line_start = pos;
  }

  // Handles indentation at the start of a logical line. Returns false for a blank line.
  bool handle_indent() {
    int width = 0;
    size_t p = pos;
    while (p < src.size() && (src[p] == ' ' || src[p] == '\t' || src[p] == '\f')) {
      if (src[p] == ' ')
        ++width;
      else if (src[p] == '\t')
        width = (width / 8 + 1) * 8;
      else
        width = 0;
      ++p;
    }
    pos = p;
    char c = peek();
    if (c == '\n' || c == '\r' || c == '#' || c == '\0') return false;  // blank line
    if (width > indents.back()) {
      if (indents.size() > 100) {
        SyntaxErrorInfo e;
        e.msg = "too many levels of indentation";
        e.line = line;
        e.col = col();
        e.indentation = true;
        throw e;
      }
      indents.push_back(width);
      push(TokKind::Indent, "", line, 0);
    } else {
      while (width < indents.back()) {
        indents.pop_back();
        push(TokKind::Dedent, "", line, col());
      }
      if (width != indents.back()) {
        SyntaxErrorInfo e;
        e.msg = "unindent does not match any outer indentation level";
        e.line = line;
        e.col = col();
        e.indentation = true;
        throw e;
      }
    }
    return true;
  }

  void lex_number() {
    int l = line, c = col();
    size_t start = pos;
    auto digits = [&](auto ok) {
      while (true) {
        char ch = peek();
        if (ok(ch)) {
          ++pos;
        } else if (ch == '_' && ok(peek(1))) {
          ++pos;
        } else {
          break;
        }
      }
    };
    auto dec = [](char ch) { return ch >= '0' && ch <= '9'; };
    bool is_float = false;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                          peek(1) == 'b' || peek(1) == 'B')) {
      char k = char(tolower(peek(1)));
      pos += 2;
      if (peek() == '_') ++pos;
      size_t dstart = pos;
      if (k == 'x') digits([](char ch) { return isxdigit(static_cast<unsigned char>(ch)) != 0; });
      if (k == 'o') digits([](char ch) { return ch >= '0' && ch <= '7'; });
      if (k == 'b') digits([](char ch) { return ch == '0' || ch == '1'; });
      if (pos == dstart) {
        const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        fail(std::string("invalid ") + kind + " literal", line, col());
      }
      if (isalnum(static_cast<unsigned char>(peek()))) {
        const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        if (k != 'x' && isdigit(static_cast<unsigned char>(peek())))
          fail(strfmt_digit(kind, peek()), line, col());
        fail(std::string("invalid ") + kind + " literal", line, col());
      }
    } else {
      digits(dec);
      if (peek() == '.' && !(peek(1) == '.' && peek(2) == '.')) {
        is_float = true;
        ++pos;
        digits(dec);
      }
      if ((peek() == 'e' || peek() == 'E') &&
          (dec(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && dec(peek(2))))) {
        is_float = true;
        pos += (peek(1) == '+' || peek(1) == '-') ? 2 : 1;
        digits(dec);
      }
      if (peek() == 'j' || peek() == 'J') {
        fail("eddy does not support complex numbers (imaginary literal)", l, c);
      }
      std::string_view text = src.substr(start, pos - start);
      if (!is_float && text.size() > 1 && text[0] == '0') {
        for (char ch : text)
          if (ch != '0' && ch != '_')
            fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                 l, c);
      }
      if (isalpha(static_cast<unsigned char>(peek())) || peek() == '_') {
        fail(is_float ? "invalid decimal literal" : "invalid decimal literal", line, col());
      }
    }
    push(TokKind::Number, std::string(src.substr(start, pos - start)), l, c);
  }

  static std::string strfmt_digit(const char* kind, char d) {
    return std::string("invalid digit '") + d + "' in " + kind + " literal";
  }

  void lex_string(size_t prefix_len) {
    int l = line, c = col();
    std::string prefix;
    for (size_t i = 0; i < prefix_len; ++i) prefix += char(tolower(src[pos + i]));
    pos += prefix_len;
    bool raw = prefix.find('r') != std::string::npos;
    bool fstr = prefix.find('f') != std::string::npos;
    bool bytes = prefix.find('b') != std::string::npos;
    char q = peek();
    bool triple = peek(1) == q && peek(2) == q;
    pos += triple ? 3 : 1;
    int body_col = col();
    size_t body_start = pos;
    while (true) {
      if (pos >= src.size()) {
        if (triple)
          fail("unterminated triple-quoted string literal (detected at line " +
                   std::to_string(line) + ")",
               l, c, true);
        fail("unterminated string literal (detected at line " + std::to_string(l) + ")", l, c);
      }
      char ch = src[pos];
      if (ch == '\\') {
        pos += 2;
        if (pos - 1 < src.size() && src[pos - 1] == '\n') newline_advance();
        else if (pos - 1 < src.size() && src[pos - 1] == '\r') {
          if (peek() == '\n') ++pos;
          newline_advance();
        }
        continue;
      }
      if (ch == q) {
        if (!triple) break;
        if (peek(1) == q && peek(2) == q) break;
      }
      if (ch == '\n' || ch == '\r') {
        if (!triple)
          fail("unterminated string literal (detected at line " + std::to_string(l) + ")", l, c);
        ++pos;
        if (ch == '\r' && peek() == '\n') ++pos;
        newline_advance();
        continue;
      }
      ++pos;
    }
    std::string body(src.substr(body_start, pos - body_start));
    pos += triple ? 3 : 1;
    // Normalize newlines inside the literal.
    std::string norm;
    for (size_t i = 0; i < body.size(); ++i) {
      if (body[i] == '\r') {
        norm += '\n';
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
      } else {
        norm += body[i];
      }
    }
    Token t;
    t.kind = TokKind::String;
    t.line = l;
    t.col = c;
    t.end_line = line;
    t.end_col = col();
    t.is_fstring = fstr;
    t.is_bytes = bytes;
    t.is_raw = raw;
    t.body_col = body_col;
    if (bytes) {
      for (unsigned char ch : norm)
        if (ch >= 0x80) fail("bytes can only contain ASCII literal characters", l, c);
    }
    t.text = (fstr || raw) ? norm : bytes ? decode_bytes_escapes(norm) : decode_escapes(norm, l, c);
    out.push_back(std::move(t));
  }

  void run() {
    if (src.size() >= 3 && src.substr(0, 3) == "\xef\xbb\xbf") pos = line_start = 3;
    while (true) {
      if (at_line_start && brackets.empty()) {
        at_line_start = false;
        if (!handle_indent()) {
          // blank or comment-only line: skip to its end without tokens
          while (pos < src.size() && src[pos] != '\n' && src[pos] != '\r') ++pos;
          if (pos >= src.size()) break;
          if (src[pos] == '\r' && peek(1) == '\n') ++pos;
          ++pos;
          newline_advance();
          at_line_start = true;
          continue;
        }
      }
      if (pos >= src.size()) break;
      char ch = src[pos];
      if (ch == ' ' || ch == '\t' || ch == '\f') {
        ++pos;
        continue;
      }
      if (ch == '#') {
        while (pos < src.size() && src[pos] != '\n' && src[pos] != '\r') ++pos;
        continue;
      }
      if (ch == '\\') {
        if (peek(1) == '\n' || peek(1) == '\r') {
          pos += (peek(1) == '\r' && peek(2) == '\n') ? 3 : 2;
          newline_advance();
          if (pos >= src.size()) fail("unexpected EOF while parsing", line, 0, true);
          continue;
        }
        fail("unexpected character after line continuation character", line, col() + 1);
      }
      if (ch == '\n' || ch == '\r') {
        int l = line, c = col();
        ++pos;
        if (ch == '\r' && peek() == '\n') ++pos;
        if (brackets.empty()) {
          Token t;
          t.kind = TokKind::Newline;
          t.line = l;
          t.col = c;
          t.end_line = l;
          t.end_col = c + 1;
          out.push_back(t);
          at_line_start = true;
        }
        newline_advance();
        continue;
      }
      if (isdigit(static_cast<unsigned char>(ch)) || (ch == '.' && isdigit(static_cast<unsigned char>(peek(1))))) {
        lex_number();
        continue;
      }
      // String prefixes.
      {
        size_t k = 0;
        while (k < 2 && pos + k < src.size() && strchr("rRbBuUfF", src[pos + k]) && src[pos + k]) ++k;
        if (k > 0 && pos + k < src.size() && (src[pos + k] == '\'' || src[pos + k] == '"')) {
          std::string p;
          for (size_t i = 0; i < k; ++i) p += char(tolower(src[pos + i]));
          bool valid = p == "r" || p == "b" || p == "u" || p == "f" || p == "rb" || p == "br" ||
                       p == "fr" || p == "rf";
          if (valid) {
            lex_string(k);
            continue;
          }
        }
      }
      if (ch == '\'' || ch == '"') {
        lex_string(0);
        continue;
      }
      unsigned char uc = static_cast<unsigned char>(ch);
      if (isalpha(uc) || ch == '_' || uc >= 0x80) {
        int l = line, c = col();
        size_t start = pos;
        size_t p = pos;
        uint32_t cp = utf8_decode(src, &p);
        if (!is_id_start_cp(cp)) {
          char buf[64];
          std::string chs(src.substr(pos, p - pos));
          snprintf(buf, sizeof buf, "' (U+%04X)", cp);
          fail("invalid character '" + chs + buf, l, c);
        }
        pos = p;
        while (pos < src.size()) {
          size_t q = pos;
          uint32_t cc = utf8_decode(src, &q);
          if (!is_id_cont_cp(cc)) break;
          pos = q;
        }
        push(TokKind::Name, std::string(src.substr(start, pos - start)), l, c);
        continue;
      }
      lex_operator();
    }
    if (!brackets.empty()) {
      auto& b = brackets.back();
      fail(std::string("'") + b.first + "' was never closed", b.second.first, b.second.second, true);
    }
    if (!out.empty() && out.back().kind != TokKind::Newline && out.back().kind != TokKind::Dedent) {
      Token t;
      t.kind = TokKind::Newline;
      t.line = line;
      t.col = col();
      t.end_line = line;
      t.end_col = col();
      out.push_back(t);
    }
    while (indents.size() > 1) {
      indents.pop_back();
      push(TokKind::Dedent, "", line, 0);
    }
    push(TokKind::End, "", line, 0);
  }

  void lex_operator() {
    static const char* const ops[] = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//",
                                      "<<",  ">>",  "<=",  ">=",  "==",  "!=", "+=", "-=", "*=",
                                      "/=",  "%=",  "&=",  "|=",  "^=",  "@=", "+",  "-",  "*",
                                      "/",   "%",   "@",   "&",   "|",   "^",  "~",  "<",  ">",
                                      "(",   ")",   "[",   "]",   "{",   "}",  ",",  ":",  ";",
                                      ".",   "="};
    int l = line, c = col();
    for (const char* op : ops) {
      size_t n = strlen(op);
      if (src.compare(pos, n, op) == 0) {
        char ch = op[0];
        if (n == 1 && (ch == '(' || ch == '[' || ch == '{')) {
          if (int(brackets.size()) >= kMaxBracketDepth) fail("too many nested parentheses", l, c);
          brackets.push_back({ch, {l, c}});
        } else if (n == 1 && (ch == ')' || ch == ']' || ch == '}')) {
          if (brackets.empty()) fail(std::string("unmatched '") + ch + "'", l, c);
          char open = brackets.back().first;
          char want = open == '(' ? ')' : open == '[' ? ']' : '}';
          if (ch != want) {
            if (brackets.back().second.first != l)
              fail(std::string("closing parenthesis '") + ch +
                       "' does not match opening parenthesis '" + open + "' on line " +
                       std::to_string(brackets.back().second.first),
                   l, c);
            fail(std::string("closing parenthesis '") + ch +
                     "' does not match opening parenthesis '" + open + "'",
                 l, c);
          }
          brackets.pop_back();
        }
        pos += n;
        push(TokKind::Op, op, l, c);
        return;
      }
    }
    if (src[pos] == '!') fail("invalid syntax", l, c);
    size_t p = pos;
    uint32_t cp = utf8_decode(src, &p);
    if (cp >= 0x80) {
      char buf[64];
      snprintf(buf, sizeof buf, "' (U+%04X)", cp);
      fail("invalid character '" + std::string(src.substr(pos, p - pos)) + buf, l, c);
    }
    if (cp < 0x20 && cp != '\t') {
      char buf[64];
      snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
      fail(buf, l, c);
    }
    fail("invalid syntax", l, c);
  }
};

}  // namespace

// A bytes literal's escapes: \xhh and octal give raw byte values; \N, \u and \U are not
// escapes in bytes (kept as written), as in CPython.
std::string decode_bytes_escapes(std::string_view body) {
  std::string out;
  auto hexval = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    switch (e) {
      case '\n': break;  // line continuation
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': {
        int hi = i + 1 < body.size() ? hexval(body[i + 1]) : -1;
        int lo = i + 2 < body.size() ? hexval(body[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
          SyntaxErrorInfo err;
          err.msg = "(value error) invalid \\x escape at position " + std::to_string(out.size());
          throw err;
        }
        out += char(hi * 16 + lo);
        i += 2;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0';
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
            v = v * 8 + (body[++i] - '0');
          out += char(v & 0xff);
        } else {
          out += '\\';
          out += e;
        }
    }
  }
  return out;
}

std::string decode_escapes(std::string_view body, int line, int col) {
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = uint32_t(e - '0');
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
          v = v * 8 + uint32_t(body[++i] - '0');
        utf8_append(out, v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < n; ++k) {
          if (i + 1 >= body.size() || !isxdigit(static_cast<unsigned char>(body[i + 1]))) {
            SyntaxErrorInfo err;
            err.msg = std::string("(unicode error) 'unicodeescape' codec can't decode bytes in position ") +
                      "0-" + std::to_string(k + 1) + ": truncated \\" + e + std::string(n, 'X') + " escape";
            err.line = line;
            err.col = col + 1;
            throw err;
          }
          char h = body[++i];
          v = v * 16 + uint32_t(isdigit(static_cast<unsigned char>(h)) ? h - '0' : tolower(h) - 'a' + 10);
        }
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
          SyntaxErrorInfo err;
          err.msg = "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character";
          err.line = line;
          err.col = col + 1;
          throw err;
        }
        utf8_append(out, v);
        break;
      }
      case 'N': {
        SyntaxErrorInfo err;
        err.msg = "eddy does not support \\N{...} escapes";
        err.line = line;
        err.col = col + 1;
        throw err;
      }
      default:
        out += '\\';
        out += e;
        break;
    }
  }
  return out;
}

std::string source_line(std::string_view source, int line) {
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return "";
    pos = nl + 1;
  }
  size_t end = source.find('\n', pos);
  std::string s(source.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

std::vector<Token> tokenize(std::string_view source, bool defer_errors) {
  // Reject what CPython rejects before tokenizing.
  size_t nul = source.find('\0');
  if (nul != std::string_view::npos) {
    SyntaxErrorInfo e;
    e.msg = "source code cannot contain null bytes";
    e.line = 1 + int(std::count(source.begin(), source.begin() + long(nul), '\n'));
    e.col = 0;
    throw e;
  }
  if (!utf8_valid(source)) {
    size_t bad = 0;
    for (size_t i = 0; i < source.size();) {
      std::string_view rest = source.substr(i, std::min<size_t>(4, source.size() - i));
      size_t len = 1;
      unsigned char c = source[i];
      if (c >= 0xc0 && c < 0xe0) len = 2;
      else if (c >= 0xe0 && c < 0xf0) len = 3;
      else if (c >= 0xf0) len = 4;
      if (!utf8_valid(source.substr(i, std::min(len, source.size() - i))) || (c >= 0x80 && c < 0xc0)) {
        bad = i;
        break;
      }
      (void)rest;
      i += len;
    }
    SyntaxErrorInfo e;
    char buf[128];
    int ln = 1 + int(std::count(source.begin(), source.begin() + long(bad), '\n'));
    snprintf(buf, sizeof buf, "Non-UTF-8 code starting with '\\x%02x' on line %d, but no encoding declared",
             static_cast<unsigned char>(source[bad]), ln);
    e.msg = buf;
    e.line = ln;
    e.col = 0;
    throw e;
  }
  Lexer lx;
  lx.src = source;
  if (!defer_errors) {
    lx.run();
    return std::move(lx.out);
  }
  try {
    lx.run();
  } catch (const SyntaxErrorInfo& e) {
    Token t;
    t.kind = TokKind::Error;
    t.line = e.line;
    t.col = e.col > 0 ? e.col - 1 : 0;
    t.error = std::make_shared<SyntaxErrorInfo>(e);
    lx.out.push_back(std::move(t));
  }
  return std::move(lx.out);
}

}  // namespace eddy::frontend
