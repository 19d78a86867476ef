// Microbenchmarks (Google Benchmark) of eddy's hot paths, driven through the runtime.
#include <benchmark/benchmark.h>

#include "dispatcher/dispatch.h"
#include "eddy/eddy.h"
#include "runtime/frontend/compiler.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/module.h"
#include "runtime/objects/str.h"
#include "runtime/vm.h"

using namespace eddy;

// A dict look-up of an interned name (what globals and attribute look-ups do).
static void BM_DictGetInterned(benchmark::State& state) {
  VM vm;
  Runtime& rt = vm.runtime();
  Value d = new_dict(rt);
  Str* keys[16];
  for (int i = 0; i < 16; ++i) {
    keys[i] = rt.intern("name" + std::to_string(i));
    as_dict(d)->set_str(keys[i], Value::integer(i));
  }
  int64_t sum = 0;
  for (auto _ : state)
    for (Str* k : keys) sum += as_dict(d)->get_str(k).as_int();
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations() * 16);
}
BENCHMARK(BM_DictGetInterned);

// Calling a script function from C++: a nested dispatch (push entry frame, run, return).
static void BM_NativeCallsScript(benchmark::State& state) {
  VM vm;
  vm.exec_string("def add(a, b):\n    return a + b\n");
  Runtime& rt = vm.runtime();
  Thread& t = *rt.main_thread;
  Value m = rt.modules->get_str(rt.intern("__main__"));
  Value fn = static_cast<Module*>(m.obj())->dict->get_str(rt.intern("add"));
  for (auto _ : state) {
    Value args[2] = {Value::integer(1), Value::integer(2)};
    Value r = call_function(t, static_cast<Function*>(fn.obj()), args, 2, nullptr);
    benchmark::DoNotOptimize(r.as_int());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NativeCallsScript);

// Script-to-script calls and the dispatch loop: ns per call of a one-line function.
static void BM_ScriptCallLoop(benchmark::State& state) {
  VM vm;
  Runtime& rt = vm.runtime();
  Thread& t = *rt.main_thread;
  Value code = compile_source(t,
                              "def f(x):\n    return x\n"
                              "def run(n):\n    for i in range(n):\n        f(i)\n",
                              "<bench>", CompileMode::Module);
  Value ns = new_dict(rt);
  as_dict(ns)->set_str(rt.names.__builtins__, Value::borrow(rt.builtins));
  run_module_code(t, static_cast<Code*>(code.obj()), as_dict(ns));
  Value run = as_dict(ns)->get_str(rt.intern("run"));
  for (auto _ : state) {
    Value n = Value::integer(1000);
    call_function(t, static_cast<Function*>(run.obj()), &n, 1, nullptr);
  }
  state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_ScriptCallLoop);

BENCHMARK_MAIN();
