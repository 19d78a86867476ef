#include <gtest/gtest.h>

#include <thread>

#include "test_helpers.h"

using eddy::testing::run_capture;

TEST(Dispatcher, ScriptRecursionDoesNotUseTheCStack) {
  // A million nested script calls: only possible if calls push heap frames.
  eddy::Result r;
  std::string out = run_capture(
      "import sys\n"
      "sys.setrecursionlimit(1100000)\n"
      "def down(n):\n"
      "    if n == 0:\n"
      "        return 0\n"
      "    return down(n - 1) + 1\n"
      "print(down(1000000))\n",
      &r);
  EXPECT_TRUE(r.ok) << r.error;
  EXPECT_EQ(out, "1000000\n");
}

TEST(Dispatcher, RecursionLimitRaisesRecursionError) {
  eddy::Result r;
  std::string out = run_capture(
      "def f(n):\n    return f(n + 1)\n"
      "try:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n",
      &r);
  EXPECT_TRUE(r.ok) << r.error;
  EXPECT_EQ(out, "caught maximum recursion depth exceeded\n");
}

TEST(Dispatcher, NativeRecursionIsBoundedToo) {
  // repr of a list nested 100,000 deep recurses in native code: RecursionError, not a crash.
  eddy::Result r;
  run_capture("x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)\n", &r);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("RecursionError"), std::string::npos) << r.error;
}

TEST(Dispatcher, UncaughtErrorsGiveTracebacksAndStatusOne) {
  eddy::Result r;
  run_capture("def f():\n    return 1 / 0\nf()\n", &r);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.error.find("Traceback (most recent call last):"), std::string::npos);
  EXPECT_NE(r.error.find("line 2, in f"), std::string::npos);
  EXPECT_NE(r.error.find("ZeroDivisionError: division by zero"), std::string::npos);
}

TEST(Dispatcher, SystemExitSetsTheExitCode) {
  eddy::Result r;
  run_capture("import sys\nsys.exit(3)\n", &r);
  EXPECT_EQ(r.exit_code, 3);
}

TEST(Dispatcher, InterruptRequestRaisesKeyboardInterrupt) {
  eddy::VM vm;
  std::thread poke([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    vm.request_interrupt();
  });
  eddy::Result r = vm.exec_string("while True:\n    pass\n");
  poke.join();
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("KeyboardInterrupt"), std::string::npos);
}

TEST(Dispatcher, TwoVMsAreIndependent) {
  eddy::VM a, b;
  EXPECT_TRUE(a.exec_string("x = 1\n").ok);
  eddy::Result r = b.exec_string("x\n");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("NameError"), std::string::npos);
}
