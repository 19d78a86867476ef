// Private name mangling: inside a class body, an identifier of the form `__spam` (at least two
// leading underscores, at most one trailing underscore) becomes `_ClassName__spam`, as CPython's
// compiler does. The pass rewrites the tree before scopes are built, so the symbol table and the
// compiler see the mangled names only.
//
// What is mangled: names (loads, stores, deletes, global/nonlocal, except-as, import targets),
// attribute names, def/class names and parameters, in the class body and in every function nested
// in it, up to the next class (which mangles with its own name). Keyword argument names in calls
// are left alone (CPython's behaviour too). A class whose name is all underscores mangles nothing.
#pragma once
#include "runtime/frontend/ast.h"

namespace eddy::frontend {

void mangle_private_names(Node* module);

}  // namespace eddy::frontend
