// The C stack of the current OS thread, so native recursion can be refused before it overflows.
// Only this folder includes pthread headers (ARCHITECTURE: platform/ owns the OS).
#pragma once

namespace eddy::platform {

// The lowest address native code may reach on this thread's stack before eddy raises
// RecursionError: the stack's far end plus a safety margin.
char* stack_limit_for_current_thread();

}  // namespace eddy::platform
