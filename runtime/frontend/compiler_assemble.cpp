// The compiler: assembly (labels to offsets, stack depths by flow analysis, the Code object).
#include "runtime/frontend/compiler_internal.h"

namespace eddy::compiler_detail {

namespace {

// `name.method(...)` with a global `name` (a module function, a global object's method): the
// LOAD_GLOBAL becomes LOAD_GLOBAL_METHOD, which does both loads at once when both caches hit and
// otherwise runs as LOAD_GLOBAL. The LOAD_METHOD word stays (the fused instruction reads its
// argument and skips it; positions, line numbers and handler ranges do not change); never when a
// jump or a handler lands on it.
void fuse_global_method_loads(std::vector<uint32_t>& code, const Unit& x) {
  std::vector<bool> target(code.size() + 1, false);
  for (uint32_t w : code)
    if (is_jump(instr_op(w))) target[instr_arg(w)] = true;
  for (const auto& h : x.handlers)
    if (h.label >= 0 && x.labels[size_t(h.label)] >= 0) target[size_t(x.labels[size_t(h.label)])] = true;
  for (size_t i = 0; i + 1 < code.size(); ++i)
    if (instr_op(code[i]) == OP_LOAD_GLOBAL && instr_op(code[i + 1]) == OP_LOAD_METHOD && !target[i + 1])
      code[i] = make_instr(OP_LOAD_GLOBAL_METHOD, instr_arg(code[i]));
}

}  // namespace

Value Compiler::assemble(Unit& x) {
  // Resolve jump targets.
  for (size_t i = 0; i < x.instrs.size(); ++i) {
    Opcode op = instr_op(x.instrs[i]);
    if (!is_jump(op)) continue;
    int target = x.labels[instr_arg(x.instrs[i])];
    if (target < 0) fail(nullptr, "internal compiler error: unplaced label");
    if (op == OP_JUMP && target <= int(i)) op = OP_JUMP_BACKWARD;
    x.instrs[i] = make_instr(op, uint32_t(target));
  }
  // Flow analysis: the stack depth before each instruction.
  size_t n = x.instrs.size();
  std::vector<int> depth(n + 1, -1);
  std::vector<std::pair<size_t, int>> work{{0, 0}};
  std::vector<std::vector<int>> handlers_at(n + 1);
  for (size_t h = 0; h < x.handlers.size(); ++h)
    if (x.handlers[h].setup_pos >= 0 && size_t(x.handlers[h].setup_pos) <= n)
      handlers_at[size_t(x.handlers[h].setup_pos)].push_back(int(h));
  std::vector<int> handler_depth(x.handlers.size(), -1);
  int max_depth = 0;
  auto visit = [&](size_t pos, int d) {
    if (pos > n) return;
    if (depth[pos] == -1) {
      depth[pos] = d;
      work.push_back({pos, d});
    } else if (depth[pos] != d) {
      fail(nullptr, "internal compiler error: inconsistent stack depth in " + x.qualname);
    }
  };
  depth[0] = 0;
  while (!work.empty()) {
    auto [pos, d] = work.back();
    work.pop_back();
    while (pos < n) {
      for (int h : handlers_at[pos]) {
        if (handler_depth[size_t(h)] == -1) {
          handler_depth[size_t(h)] = d;
          visit(size_t(x.labels[size_t(x.handlers[size_t(h)].label)]), d + 1);
          max_depth = std::max(max_depth, d + 1);
        }
      }
      Opcode op = instr_op(x.instrs[pos]);
      uint32_t arg = instr_arg(x.instrs[pos]);
      int after = d + opcode_stack_effect(op, arg);
      if (op == OP_LOAD_METHOD) after = d + 1;
      max_depth = std::max(max_depth, std::max(after, d));
      if (is_jump(op)) {
        int taken = after;
        if (op == OP_FOR_ITER || op == OP_SEND) taken = d - 1;
        if (op == OP_MATCH_PATTERN) taken = d - 3;
        if (op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP) taken = d;
        visit(arg, taken);
        if (op == OP_JUMP || op == OP_JUMP_BACKWARD) break;
      }
      if (op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE) break;
      ++pos;
      if (depth[pos] != -1) {
        if (depth[pos] != after)
          fail(nullptr, "internal compiler error: inconsistent stack depth in " + x.qualname);
        break;
      }
      depth[pos] = after;
      d = after;
    }
  }
  auto* code = new Code(vm_.types.code);
  Value result = Value::steal(code);
  code->name = x.name;
  code->qualname = x.qualname;
  code->filename = filename_;
  code->argcount = x.argcount;
  code->posonlyargcount = x.posonly;
  code->kwonlyargcount = x.kwonly;
  code->flags = x.flags;
  code->firstlineno = x.firstlineno;
  code->nlocals = int(x.varnames.size());
  code->ncells = int(x.cellvars.size());
  code->nfrees = int(x.freevars.size());
  code->stacksize = max_depth;  // the flow analysis above is exact: no slack
  code->stack_offset = code->nlocals + code->ncells + code->nfrees;
  code->code = std::move(x.instrs);
  fuse_global_method_loads(code->code, x);
  code->lines = std::move(x.lines);
  code->consts = std::move(x.consts);
  code->names = std::move(x.names);
  for (auto& v : x.varnames) code->varnames.push_back(Value::borrow(vm_.intern(v)));
  for (auto& v : x.cellvars) {
    code->cellvars.push_back(Value::borrow(vm_.intern(v)));
    int arg = -1;
    int nargs = x.argcount + x.kwonly + ((x.flags & kCodeVarargs) ? 1 : 0) + ((x.flags & kCodeVarkw) ? 1 : 0);
    for (int i = 0; i < nargs && i < int(x.varnames.size()); ++i)
      if (x.varnames[size_t(i)] == v) arg = i;
    code->cell_from_arg.push_back(arg);
  }
  for (auto& v : x.freevars) code->freevars.push_back(Value::borrow(vm_.intern(v)));
  bool uses_cache = false;
  for (uint32_t w : code->code)
    if (instr_op(w) == OP_LOAD_GLOBAL || instr_op(w) == OP_LOAD_METHOD ||
        instr_op(w) == OP_LOAD_ATTR || instr_op(w) == OP_STORE_ATTR)
      uses_cache = true;
  if (uses_cache) code->caches.resize(code->code.size());
  code->simple_args = code->kwonlyargcount == 0 && !(code->flags & (kCodeVarargs | kCodeVarkw)) &&
                      code->ncells == 0 && code->nfrees == 0;
  // Exception table from the per-instruction handler record.
  for (size_t i = 0; i < n;) {
    int h = x.handler_of[i];
    size_t j = i;
    while (j < n && x.handler_of[j] == h) ++j;
    if (h >= 0) {
      int hd = handler_depth[size_t(h)];
      if (hd >= 0)
        code->exc_table.push_back({uint32_t(i), uint32_t(j),
                                   uint32_t(x.labels[size_t(x.handlers[size_t(h)].label)]),
                                   uint32_t(hd)});
    }
    i = j;
  }
  return result;
}

}  // namespace eddy::compiler_detail
