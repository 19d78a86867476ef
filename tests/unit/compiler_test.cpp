#include <gtest/gtest.h>

#include "dispatcher/opcodes.h"
#include "eddy/eddy.h"
#include "runtime/frontend/compiler.h"
#include "runtime/objects/function.h"
#include "runtime/vm.h"

using namespace eddy;

static Code* compile(VM& vm, const std::string& src, Value* keep) {
  Thread& t = *vm.runtime().main_thread;
  *keep = compile_source(t, src, "<test>", CompileMode::Module);
  if (!*keep) return nullptr;
  return static_cast<Code*>(keep->obj());
}

TEST(Compiler, ModuleCodeEndsWithReturn) {
  VM vm;
  Value keep;
  Code* c = compile(vm, "x = 1\n", &keep);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(instr_op(c->code.back()), OP_RETURN_VALUE);
  EXPECT_GE(c->stacksize, 1);
}

TEST(Compiler, LocalsAreFastAndClosuresUseCells) {
  VM vm;
  Value keep;
  Code* c = compile(vm, "def f(a):\n    b = a\n    def g():\n        return b\n    return g\n", &keep);
  ASSERT_NE(c, nullptr);
  Code* f = nullptr;
  for (auto& k : c->consts)
    if (is_kind(k, Kind::Code)) f = static_cast<Code*>(k.obj());
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->argcount, 1);
  EXPECT_EQ(f->ncells, 1);  // b is captured by g
  Code* g = nullptr;
  for (auto& k : f->consts)
    if (is_kind(k, Kind::Code)) g = static_cast<Code*>(k.obj());
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->nfrees, 1);
}

TEST(Compiler, TryGetsAnExceptionTableEntry) {
  VM vm;
  Value keep;
  Code* c = compile(vm, "try:\n    x = 1\nexcept E:\n    pass\n", &keep);
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->exc_table.empty());
}

TEST(Compiler, SyntaxErrorsBecomeScriptExceptions) {
  VM vm;
  Thread& t = *vm.runtime().main_thread;
  Value code = compile_source(t, "x = = 1\n", "<test>", CompileMode::Module);
  EXPECT_TRUE(code.is_null());
  EXPECT_TRUE(t.pending_is(vm.runtime().types.SyntaxError));
  t.clear_pending();
  code = compile_source(t, "return 1\n", "<test>", CompileMode::Module);
  EXPECT_TRUE(t.pending_is(vm.runtime().types.SyntaxError));
  t.clear_pending();
  code = compile_source(t, "def f():\n    nonlocal q\n", "<test>", CompileMode::Module);
  EXPECT_TRUE(t.pending_is(vm.runtime().types.SyntaxError));
  t.clear_pending();
}

TEST(Compiler, StackEffectsAreDefinedForEveryOpcode) {
  for (int op = 0; op < kOpcodeCount; ++op) EXPECT_STRNE(opcode_name(Opcode(op)), "?");
  EXPECT_EQ(opcode_stack_effect(OP_BUILD_LIST, 3), -2);
  EXPECT_EQ(opcode_stack_effect(OP_CALL, 2), -2);
}
