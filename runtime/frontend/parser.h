// The parser: tokens -> AST, by recursive descent over Python 3's grammar (the subset eddy
// supports, plus the statements later issues compile, so their syntax errors are right today).
//
// Invariant: recursion depth is bounded (kMaxNesting); deeper input is a SyntaxError, so no input
// can overflow the C stack here or in the compiler, which recurses over the same tree.
#pragma once
#include <string_view>

#include "runtime/frontend/ast.h"
#include "runtime/frontend/token.h"

namespace eddy::frontend {

constexpr int kMaxNesting = 200;
// Left-deep chains (a + b + c ..., a.b.c ..., f()()()) nest in the tree without nesting in the
// source; past this many links they are refused as too complex to compile.
constexpr int kMaxChain = 1000;

// Parses a whole module. Throws SyntaxErrorInfo.
NodePtr parse_module(std::string_view source);

}  // namespace eddy::frontend
