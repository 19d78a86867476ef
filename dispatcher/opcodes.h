// The instruction set: one X-macro list, X(name, stack effect). The effect is the net change of
// the value-stack height when the instruction falls through, as an expression of its argument
// `a`; the compiler uses it to size each frame's value stack. Jumps that change the height
// differently when taken (FOR_ITER, JUMP_IF_*_OR_POP) are handled by name in the compiler.
//
// Stack pictures below read bottom -> top.
#pragma once
#include <cstdint>

namespace eddy {

#define EDDY_OPCODES(X)                                                                     \
  X(NOP, 0)                                                                                 \
  X(POP_TOP, -1)                                                                            \
  X(COPY, 1)                  /* push a copy of the a-th item from the top (1 = TOS) */     \
  X(SWAP, 0)                  /* swap TOS with the a-th item from the top */                \
  X(LOAD_CONST, 1)                                                                          \
  X(LOAD_FAST, 1)                                                                           \
  X(STORE_FAST, -1)                                                                         \
  X(DELETE_FAST, 0)                                                                         \
  X(LOAD_DEREF, 1)            /* a indexes cells then free vars */                          \
  X(STORE_DEREF, -1)                                                                        \
  X(DELETE_DEREF, 0)                                                                        \
  X(LOAD_CLOSURE, 1)          /* push the cell itself, for MAKE_FUNCTION */                 \
  X(LOAD_GLOBAL, 1)                                                                         \
  X(LOAD_GLOBAL_METHOD, 1)    /* LOAD_GLOBAL fused with the LOAD_METHOD word after it */    \
  X(STORE_GLOBAL, -1)                                                                       \
  X(DELETE_GLOBAL, 0)                                                                       \
  X(LOAD_NAME, 1)             /* module level: locals dict, globals, builtins */            \
  X(STORE_NAME, -1)                                                                         \
  X(DELETE_NAME, 0)                                                                         \
  X(LOAD_ATTR, 0)                                                                           \
  X(STORE_ATTR, -2)           /* value obj -> */                                            \
  X(DELETE_ATTR, -1)                                                                        \
  X(LOAD_METHOD, 1)           /* obj -> meth self | Null callable */                        \
  X(BINARY_OP, -1)            /* a = BinOp | 16 if in-place */                              \
  X(UNARY_NEGATIVE, 0)                                                                      \
  X(UNARY_POSITIVE, 0)                                                                      \
  X(UNARY_NOT, 0)                                                                           \
  X(UNARY_INVERT, 0)                                                                        \
  X(COMPARE_OP, -1)           /* a = CmpOp */                                               \
  X(IS_OP, -1)                /* a = 1 for `is not` */                                      \
  X(CONTAINS_OP, -1)          /* a = 1 for `not in` */                                      \
  X(BINARY_SUBSCR, -1)                                                                      \
  X(STORE_SUBSCR, -3)         /* value container key -> */                                  \
  X(DELETE_SUBSCR, -2)                                                                      \
  X(BUILD_SLICE, 1 - int(a))                                                                \
  X(BUILD_TUPLE, 1 - int(a))                                                                \
  X(BUILD_LIST, 1 - int(a))                                                                 \
  X(BUILD_SET, 1 - int(a))                                                                  \
  X(BUILD_MAP, 1 - 2 * int(a))                                                              \
  X(LIST_APPEND, -1)          /* a = depth of the list below TOS */                         \
  X(SET_ADD, -1)                                                                            \
  X(MAP_ADD, -2)              /* ... dict ... key value */                                  \
  X(LIST_EXTEND, -1)                                                                        \
  X(SET_UPDATE, -1)                                                                         \
  X(DICT_UPDATE, -1)                                                                        \
  X(DICT_MERGE, -1)           /* like DICT_UPDATE, but duplicate keys are an error (f(**a, **b)) */ \
  X(LIST_TO_TUPLE, 0)                                                                       \
  X(BUILD_STRING, 1 - int(a))                                                               \
  X(FORMAT_VALUE, -int((a & 4) >> 2)) /* a&3: 0 none, 1 !s, 2 !r, 3 !a; a&4: spec on TOS */ \
  X(UNPACK_SEQUENCE, int(a) - 1)                                                            \
  X(UNPACK_EX, int(a & 0xff) + int(a >> 8))  /* before-star | after-star << 8 */            \
  X(JUMP, 0)                  /* forward */                                                 \
  X(JUMP_BACKWARD, 0)         /* checks the interrupt word */                               \
  X(POP_JUMP_IF_FALSE, -1)                                                                  \
  X(POP_JUMP_IF_TRUE, -1)                                                                   \
  X(JUMP_IF_FALSE_OR_POP, -1)                                                               \
  X(JUMP_IF_TRUE_OR_POP, -1)                                                                \
  X(GET_ITER, 0)                                                                            \
  X(FOR_ITER, 1)              /* iter -> iter next ; exhausted: pops iter, jumps */         \
  X(CALL, -int(a))            /* callable args... -> result */                              \
  X(CALL_METHOD, -int(a) - 1) /* meth|Null self|callable args... -> result */               \
  X(CALL_KW, -int(a) - 1)     /* callable args... kwnames -> result */                      \
  X(CALL_EX, -1 - int(a & 1)) /* callable argstuple [kwargsdict] -> result */               \
  X(MAKE_FUNCTION, -__builtin_popcount(a)) /* [defaults] [kwdefaults] [closure] code */     \
  X(RETURN_VALUE, -1)                                                                       \
  X(RAISE_VARARGS, -int(a))   /* [exc [cause]] */                                           \
  X(RERAISE, -1)                                                                            \
  X(PUSH_EXC_INFO, 1)         /* exc -> previously_handled exc */                           \
  X(POP_EXCEPT, -1)           /* previously_handled -> ; restores it as handled */          \
  X(CHECK_EXC_MATCH, 0)       /* exc type -> exc bool */                                    \
  X(IMPORT_NAME, -1)          /* level fromlist -> module */                                \
  X(IMPORT_FROM, 1)           /* module -> module attr */                                   \
  X(IMPORT_STAR, -1)                                                                        \
  X(LOAD_ASSERTION_ERROR, 1)                                                                \
  X(LOAD_BUILD_CLASS, 1)      /* push builtins.__build_class__ */                          \
  X(YIELD_VALUE, 0)           /* value -> sent (suspends the generator frame) */           \
  X(SEND, 0)                  /* iter value -> iter yielded ; when done: pops both, pushes the return value, jumps */ \
  X(GET_YIELD_FROM_ITER, 0)                                                                 \
  X(BEFORE_WITH, 1)           /* ctx -> bound_exit enter_result */                          \
  X(WITH_EXIT, 0)             /* bound_exit -> exit(None, None, None) (then POP_TOP) */     \
  X(WITH_EXCEPT_START, 1)     /* exit prev exc -> exit prev exc exit(type, exc, tb) */      \
  X(PRINT_EXPR, -1)           /* the REPL's echo of an expression statement */            \
  X(MATCH_PATTERN, -2)        /* subject values descriptor -> captures ; no match: pops all, jumps */

enum Opcode : uint8_t {
#define EDDY_OPCODE_ENUM(name, effect) OP_##name,
  EDDY_OPCODES(EDDY_OPCODE_ENUM)
#undef EDDY_OPCODE_ENUM
      kOpcodeCount
};

const char* opcode_name(Opcode op);
int opcode_stack_effect(Opcode op, uint32_t a);

inline uint32_t make_instr(Opcode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Opcode instr_op(uint32_t w) { return Opcode(w & 0xff); }
inline uint32_t instr_arg(uint32_t w) { return w >> 8; }
constexpr uint32_t kMaxArg = (1u << 24) - 1;

}  // namespace eddy
