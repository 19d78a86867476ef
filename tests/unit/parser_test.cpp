#include <gtest/gtest.h>

#include "runtime/frontend/parser.h"

using namespace eddy::frontend;

TEST(Parser, BinaryOperatorsFollowPrecedence) {
  auto m = parse_module("1 + 2 * 3 ** 2\n");
  const Node* e = m->list[0]->a.get();
  ASSERT_EQ(e->kind, NodeKind::BinOp);
  EXPECT_EQ(e->op, 0);  // +
  EXPECT_EQ(e->b->kind, NodeKind::BinOp);
  EXPECT_EQ(e->b->op, 2);  // *
  EXPECT_EQ(e->b->b->op, 6);  // **
}

TEST(Parser, PowerIsRightAssociativeAndBindsTighterThanUnaryMinus) {
  auto m = parse_module("-2 ** 3 ** 2\n");
  const Node* e = m->list[0]->a.get();
  ASSERT_EQ(e->kind, NodeKind::UnaryOp);
  ASSERT_EQ(e->a->kind, NodeKind::BinOp);
  EXPECT_EQ(e->a->b->kind, NodeKind::BinOp);
}

TEST(Parser, ChainedComparison) {
  auto m = parse_module("a < b <= c != d\n");
  const Node* e = m->list[0]->a.get();
  ASSERT_EQ(e->kind, NodeKind::Compare);
  EXPECT_EQ(e->ops.size(), 3u);
}

TEST(Parser, StatementsAndBlocks) {
  auto m = parse_module("def f(a, b=1, *c, d, **e):\n    return a\nfor x in y:\n    pass\nelse:\n    z = 1\n");
  ASSERT_EQ(m->list.size(), 2u);
  const Node* f = m->list[0].get();
  EXPECT_EQ(f->kind, NodeKind::FunctionDef);
  EXPECT_EQ(f->args->args.size(), 2u);
  EXPECT_TRUE(f->args->vararg);
  EXPECT_EQ(f->args->kwonly.size(), 1u);
  EXPECT_TRUE(f->args->kwarg);
  EXPECT_EQ(m->list[1]->list2.size(), 1u);
}

TEST(Parser, FStringsSplitIntoParts) {
  auto m = parse_module("f'a{x!r:>{w}}b'\n");
  const Node* e = m->list[0]->a.get();
  ASSERT_EQ(e->kind, NodeKind::JoinedStr);
  ASSERT_EQ(e->list.size(), 3u);
  EXPECT_EQ(e->list[1]->kind, NodeKind::FormattedValue);
  EXPECT_EQ(e->list[1]->op, 'r');
  ASSERT_TRUE(e->list[1]->b);
}

TEST(Parser, InvalidTargetsAreSyntaxErrors) {
  EXPECT_THROW(parse_module("f() = 1\n"), SyntaxErrorInfo);
  EXPECT_THROW(parse_module("1 += 2\n"), SyntaxErrorInfo);
  EXPECT_THROW(parse_module("del 1\n"), SyntaxErrorInfo);
}

TEST(Parser, MissingIndentedBlock) {
  try {
    parse_module("if x:\npass\n");
    FAIL();
  } catch (const SyntaxErrorInfo& e) {
    EXPECT_TRUE(e.indentation);
    EXPECT_EQ(e.msg, "expected an indented block after 'if' statement on line 1");
  }
}

TEST(Parser, DeepUnaryNestingIsRefusedNotACrash) {
  std::string src(100000, '-');
  EXPECT_THROW(parse_module(src + "1\n"), SyntaxErrorInfo);
  std::string nots;
  for (int i = 0; i < 50000; ++i) nots += "not ";
  EXPECT_THROW(parse_module(nots + "x\n"), SyntaxErrorInfo);
}
