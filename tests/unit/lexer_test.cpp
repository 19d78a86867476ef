#include <gtest/gtest.h>

#include "runtime/frontend/lexer.h"

using namespace eddy::frontend;

static std::vector<TokKind> kinds(const std::string& src) {
  std::vector<TokKind> out;
  for (auto& t : tokenize(src)) out.push_back(t.kind);
  return out;
}

TEST(Lexer, IndentationProducesIndentAndDedent) {
  auto k = kinds("if x:\n    y\nz\n");
  std::vector<TokKind> want = {TokKind::Name, TokKind::Name, TokKind::Op, TokKind::Newline,
                               TokKind::Indent, TokKind::Name, TokKind::Newline, TokKind::Dedent,
                               TokKind::Name, TokKind::Newline, TokKind::End};
  EXPECT_EQ(k, want);
}

TEST(Lexer, NewlinesInsideBracketsAreJoined) {
  auto toks = tokenize("f(1,\n  2)\n");
  int newlines = 0;
  for (auto& t : toks) newlines += t.kind == TokKind::Newline;
  EXPECT_EQ(newlines, 1);
}

TEST(Lexer, StringEscapesAreDecoded) {
  auto toks = tokenize("'a\\nb\\x41\\u00e9'\n");
  ASSERT_EQ(toks[0].kind, TokKind::String);
  EXPECT_EQ(toks[0].text, "a\nbA\xc3\xa9");
}

TEST(Lexer, RawStringsKeepBackslashes) {
  auto toks = tokenize("r'a\\nb'\n");
  EXPECT_EQ(toks[0].text, "a\\nb");
}

TEST(Lexer, TripleQuotedStringsSpanLines) {
  auto toks = tokenize("'''a\nb'''\n");
  EXPECT_EQ(toks[0].text, "a\nb");
}

TEST(Lexer, NumbersKeepTheirText) {
  auto toks = tokenize("0x1F 1_000 3.5e-2 .5\n");
  EXPECT_EQ(toks[0].text, "0x1F");
  EXPECT_EQ(toks[1].text, "1_000");
  EXPECT_EQ(toks[2].text, "3.5e-2");
  EXPECT_EQ(toks[3].text, ".5");
}

TEST(Lexer, UnterminatedStringIsAnError) {
  try {
    tokenize("x = 'abc\n");
    FAIL() << "no error";
  } catch (const SyntaxErrorInfo& e) {
    EXPECT_EQ(e.msg, "unterminated string literal (detected at line 1)");
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.col, 5);
  }
}

TEST(Lexer, UnclosedBracketIsIncomplete) {
  try {
    tokenize("x = (1,\n");
    FAIL() << "no error";
  } catch (const SyntaxErrorInfo& e) {
    EXPECT_EQ(e.msg, "'(' was never closed");
    EXPECT_TRUE(e.incomplete);
  }
}

TEST(Lexer, TooDeepNestingIsRefused) {
  std::string src(10000, '(');
  EXPECT_THROW(tokenize(src + "\n"), SyntaxErrorInfo);
}

TEST(Lexer, NulBytesAndBadUtf8AreRefused) {
  EXPECT_THROW(tokenize(std::string("x = 1\0\n", 7)), SyntaxErrorInfo);
  EXPECT_THROW(tokenize("x = '\xff'\n"), SyntaxErrorInfo);
}

TEST(Lexer, BadDedentIsAnIndentationError) {
  try {
    tokenize("if x:\n    y\n  z\n");
    FAIL() << "no error";
  } catch (const SyntaxErrorInfo& e) {
    EXPECT_TRUE(e.indentation);
  }
}
