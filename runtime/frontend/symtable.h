// The symbol table: decides, for every name in every scope, whether it is a fast local, a cell
// (a local captured by an inner function), a free variable (captured from an outer function),
// a global, or (at module level) a name looked up in the module's dict.
//
// Scopes: the module, each def and lambda, each comprehension (Python 3 gives comprehensions
// their own scope) and each class body. A class body's names live in its namespace dict and are
// not visible to the functions defined in it; a method that uses super() (or __class__) gets the
// class's `__class__` cell as a free variable.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/frontend/ast.h"

namespace eddy::frontend {

enum class Binding : uint8_t { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

enum SymFlags : uint32_t {
  kDefLocal = 1,     // assigned, imported, def'd, a loop or except target
  kDefParam = 2,
  kDefGlobal = 4,    // declared `global`
  kDefNonlocal = 8,  // declared `nonlocal`
  kUse = 16,
};

struct Scope {
  enum Kind { Module, Function, Comprehension, Class } kind;
  std::string name;
  const Node* node;                          // the def/lambda/comprehension node (null: module)
  std::map<std::string, uint32_t> flags;     // what the scope does with each name
  std::map<std::string, Binding> bindings;   // the result of analysis
  std::vector<std::string> params;           // in order
  std::vector<std::unique_ptr<Scope>> children;
  bool has_star = false;  // `from x import *` inside a function (a SyntaxError)
  bool needs_class_cell = false;
  bool is_generator = false;  // Function/Comprehension: contains yield  // Class: a method uses super() or __class__

  Binding binding(const std::string& n) const {
    auto it = bindings.find(n);
    if (it != bindings.end()) return it->second;
    return (kind == Module || kind == Class) ? Binding::Name : Binding::GlobalImplicit;
  }
};

// Builds and analyzes the scopes of a module. Throws SyntaxErrorInfo (e.g. a nonlocal with no
// binding). `by_node` maps each def/lambda/comprehension node to its scope.
std::unique_ptr<Scope> build_symtable(const Node* module,
                                      std::unordered_map<const Node*, Scope*>* by_node);

}  // namespace eddy::frontend
