#include "dispatcher/opcodes.h"

namespace eddy {

const char* opcode_name(Opcode op) {
  static const char* const names[] = {
#define EDDY_OPCODE_NAME(name, effect) #name,
      EDDY_OPCODES(EDDY_OPCODE_NAME)
#undef EDDY_OPCODE_NAME
  };
  return op < kOpcodeCount ? names[op] : "?";
}

int opcode_stack_effect(Opcode op, uint32_t a) {
  switch (op) {
#define EDDY_OPCODE_EFFECT(name, effect) \
  case OP_##name:                        \
    return (effect);
    EDDY_OPCODES(EDDY_OPCODE_EFFECT)
#undef EDDY_OPCODE_EFFECT
    default:
      return 0;
  }
}

}  // namespace eddy
