// Code objects, functions, closures' cells, native functions and bound methods.
//
// Invariants: a Code object is immutable once the compiler hands it over, and holds only plain
// data (instructions, constants, names, line table, exception table), so it can be pickled.
// A frame's slots are laid out [locals | cells | free vars | value stack]; Code records the
// sizes. Instructions are 32-bit words: opcode in the low 8 bits, argument in the high 24.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "runtime/object.h"

namespace eddy {

enum CodeFlags : uint32_t {
  kCodeVarargs = 1,
  kCodeVarkw = 2,
  kCodeModule = 4,     // module-level code: names resolve through the globals dict
  kCodeGenerator = 8,  // calling the function makes a generator
  kCodeNested = 16,
  kCodeClass = 32,     // a class body: runs with the class namespace as its locals dict
};

// One entry of the exception table: an exception raised by an instruction in [start, end)
// unwinds the value stack to `depth`, pushes the exception and jumps to `handler`.
struct ExcEntry {
  uint32_t start, end, handler, depth;
};

// A per-instruction cache of the dispatcher's look-ups (LOAD_GLOBAL, LOAD_METHOD). Derived
// data: never pickled, rebuilt on first use.
struct InlineCache {
  uint64_t key = 0;      // LOAD_GLOBAL: the globals dict version; LOAD_METHOD: the Type*
  uint64_t key2 = 0;     // LOAD_GLOBAL: the builtins dict version (when found there)
  int64_t index = -1;    // LOAD_GLOBAL: the entry index
  Value value;           // LOAD_METHOD on builtin types: the method (owned)
  // LOAD_METHOD on instances of classes defined in script: the method, NOT owned (a strong
  // reference would tie code -> cache -> function -> code into a cycle the collector cannot
  // see); valid only while key2 equals the Runtime's class_epoch, which every change to (or
  // destruction of) a class namespace bumps.
  Object* method = nullptr;
};

struct Code : Object {
  std::string name, qualname, filename;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int firstlineno = 1;
  int nlocals = 0, ncells = 0, nfrees = 0, stacksize = 0;
  int stack_offset = 0;  // nlocals + ncells + nfrees: where the value stack starts
  std::vector<uint32_t> code;
  std::vector<int32_t> lines;  // source line of each instruction
  std::vector<Value> consts;
  std::vector<Value> names;     // interned Str: globals, attributes, imports
  std::vector<Value> varnames;  // interned Str: locals, arguments first
  std::vector<Value> cellvars, freevars;
  std::vector<int32_t> cell_from_arg;  // per cell: the argument it starts as, or -1
  std::vector<ExcEntry> exc_table;
  std::vector<InlineCache> caches;  // one per instruction, allocated on first use
  bool simple_args = false;  // positional parameters only, no cells or free variables
  Code(Type* t) : Object(Kind::Code, t) {}
  int nslots() const { return nlocals + ncells + nfrees + stacksize; }
  int line_at(uint32_t ip) const { return ip < lines.size() ? lines[ip] : firstlineno; }
};

struct Cell : GcObject {
  Value value;  // Null while unbound
  Cell(Type* t) : GcObject(Kind::Cell, t) {}
};
Value new_cell(Runtime& vm, Value v);

struct Function : GcObject {
  Code* code = nullptr;
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Value defaults;    // Tuple or Null
  Value kwdefaults;  // Dict or Null
  Value closure;     // Tuple of Cells or Null
  Value name, qualname, module, doc;
  Value dict;        // attributes set on the function, or Null
  Value annotations; // Dict (the def's parameter and return annotations) or Null
  Function(Type* t) : GcObject(Kind::Function, t) {}
};
inline bool is_function(const Value& v) { return is_kind(v, Kind::Function); }

enum class FastNative : uint8_t { kNone, kChannelSend, kChannelReceive };

struct NativeFunction : GcObject {
  const char* name;
  NativeFn fn;
  Value self;           // a bound receiver, or Null
  Type* owner = nullptr;  // for methods: the type they belong to (for repr and self checks)
  // It may switch tasklets: the dispatch loop calls it with Thread::soft_call set (see
  // tasklets/scheduler.h).
  bool may_switch = false;
  // One the dispatch loop runs inline when a CALL_METHOD fits its common case (channel.send and
  // channel.receive: channels/channel.h, channel_fast_action); any other call goes the generic way.
  FastNative fast = FastNative::kNone;
  NativeFunction(Type* t) : GcObject(Kind::NativeFunction, t) {}
};
Value new_native(Runtime& vm, const char* name, NativeFn fn, Value self = Value(),
                 Type* owner = nullptr);
// The native method n bound to `self` (a copy that remembers its receiver).
Value bind_native(Runtime& vm, NativeFunction* n, Value self);
// Adds a method to a builtin type's dict.
void add_method(Runtime& vm, Type* type, const char* name, NativeFn fn);
// Adds a class method (called with the class first: a subclass gets instances of itself).
void add_classmethod(Runtime& vm, Type* type, const char* name, NativeFn fn);
// Adds a function to a module or builtins dict.
void add_function(Runtime& vm, Dict* d, const char* name, NativeFn fn);
struct NativeDef {
  const char* name;
  NativeFn fn;
};
// Adds a table of functions to a module or builtins dict.
void add_functions(Runtime& vm, Dict* d, std::initializer_list<NativeDef> defs);

struct BoundMethod : GcObject {
  Value func;
  Value self;
  BoundMethod(Type* t) : GcObject(Kind::BoundMethod, t) {}
};
Value new_bound_method(Runtime& vm, Value func, Value self);

void init_function_types(Thread& t);
}  // namespace eddy
