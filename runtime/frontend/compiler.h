// The front end's entry point: source text -> a Code object.
//
// compile_source() is the one boundary where front-end C++ exceptions (SyntaxErrorInfo) become a
// script SyntaxError pending on the thread (ARCHITECTURE invariant 6).
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

enum class CompileMode {
  Module,       // a file or -c: statements
  Interactive,  // one REPL entry: expression statements print their value
  Eval,         // eval(): one expression, whose value the code returns
};

// Returns a Code value, or Null with SyntaxError pending. When `incomplete` is given it is set
// if the source ended in the middle of a statement (the REPL then reads another line).
Value compile_source(Thread& t, std::string_view source, const std::string& filename,
                     CompileMode mode, bool* incomplete = nullptr);

}  // namespace eddy
