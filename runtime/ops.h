// The object protocol: the operations the dispatcher and the builtins perform on any value.
//
// Conventions (invariant 6): a function returning Value returns Null with an exception pending
// on the thread when it fails; one returning int returns -1 on error and 0/1 otherwise; one
// returning bool returns false on error. Every function here may run script code (a script
// __eq__, a key function, ...) and so may re-enter the dispatcher: "May switch" applies to all.
#pragma once
#include <string>

#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {
struct NativeFunction;
}

namespace eddy {

enum class BinOp : uint8_t {
  Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul,
  kCount
};
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

const char* binop_symbol(BinOp op);  // "+", "-", ...

// Text.
Value repr(Thread& t, const Value& v);    // a Str
Value ascii(Thread& t, const Value& v);   // repr() with non-ASCII characters escaped
// The repr of v's builtin layout, ignoring any __repr__ defined in script (str.__repr__ etc.).
bool builtin_repr_into(Thread& t, const Value& v, std::string& out);
Value to_str(Thread& t, const Value& v);  // a Str
bool repr_into(Thread& t, const Value& v, std::string& out);
bool str_into(Thread& t, const Value& v, std::string& out);
bool exception_str_into(Thread& t, const Value& exc, std::string& out);  // BaseException.__str__
// format(v, spec), as the format() builtin and f-strings do.
Value format_value(Thread& t, const Value& v, std::string_view spec);

// Truth, identity, hashing, comparison.
int truthy(Thread& t, const Value& v);
bool hash_value(Thread& t, const Value& v, int64_t* out);
int equals(Thread& t, const Value& a, const Value& b);
Value compare(Thread& t, const Value& a, const Value& b, CmpOp op);
// Compares for sorting/min/max: 1 if a < b.
int less_than(Thread& t, const Value& a, const Value& b);

// Arithmetic. `inplace` selects the augmented form (+=), which differs only for lists today.
Value binary_op(Thread& t, BinOp op, const Value& a, const Value& b, bool inplace = false);
Value negate(Thread& t, const Value& v);
Value positive(Thread& t, const Value& v);
Value invert(Thread& t, const Value& v);

// Attributes and items.
// object.__getattribute__: the generic look-up, bypassing a __getattribute__/__getattr__ in script.
Value generic_get_attr(Thread& t, const Value& obj, Str* name);
// object.__setattr__ / __delattr__ (v Null): the same for stores.
bool generic_set_attr(Thread& t, const Value& obj, Str* name, Value v);
Value get_attr(Thread& t, const Value& obj, Str* name);
// Like get_attr, but without binding: for a method found on the type returns the function and
// sets *is_method, so the caller can pass obj as the first argument without allocating.
Value get_method(Thread& t, const Value& obj, Str* name, bool* is_method);
bool set_attr(Thread& t, const Value& obj, Str* name, Value v);
// A method (a native with an owner, or a script function) defined along the type's MRO, or Null.
Value type_lookup_method(Type* type, Str* name);
// The attribute `name` along the type's MRO (cached), or Null.
Value type_lookup(Type* type, Str* name);
bool del_attr(Thread& t, const Value& obj, Str* name);
// `builtin`: the builtin type's own behaviour, skipping special methods a subclass defines in
// script (list.__getitem__(self, i) and super().__getitem__ in a subclass).
Value get_item(Thread& t, const Value& obj, const Value& key, bool builtin = false);
bool set_item(Thread& t, const Value& obj, const Value& key, Value v, bool builtin = false);
bool del_item(Thread& t, const Value& obj, const Value& key, bool builtin = false);
int contains(Thread& t, const Value& container, const Value& item, bool builtin = false);
int64_t length(Thread& t, const Value& v, bool builtin = false);  // -1 on error

// Iteration. iter_next returns Null when exhausted (nothing pending) or on error (pending).
Value get_iter(Thread& t, const Value& v, bool builtin = false);
Value iter_next(Thread& t, const Value& it, Value* stop_value = nullptr);  // value of StopIteration

// Calls. args holds nargs positional values then one value per name in kwnames.
Value call(Thread& t, const Value& callable, Value* args, int nargs, Tuple* kwnames = nullptr);
// The dispatch loop's call of a native that may switch tasklets (NativeFunction::may_switch):
// with Thread::soft_call set, so that it may switch softly (tasklets/scheduler.h).
// The receiver (args[0], for a native method taken from its type) must have been checked
// (check_receiver) unless LOAD_METHOD found the method on it. (Five arguments: with the hidden
// result pointer they all pass in registers, which keeps the dispatch loop's frame lean.)
Value call_switching_native(Thread& t, NativeFunction* n, Value* args, int nargs, Tuple* kwnames);
// A native method's receiver check (`descriptor 'send' for 'channel' objects doesn't apply...`):
// None, or Null with TypeError pending.
Value check_receiver(Thread& t, NativeFunction* n, Value* args, int nargs);
Value call0(Thread& t, const Value& callable);
Value call1(Thread& t, const Value& callable, Value a);
Value call2(Thread& t, const Value& callable, Value a, Value b);
bool is_callable(const Value& v);

// isinstance() for one type.
bool is_instance(Thread& t, const Value& v, Type* type);
// Converts an index-like value (int, bool) to int64; TypeError/OverflowError otherwise.
bool to_index(Thread& t, const Value& v, int64_t* out, const char* what = nullptr);

// Type names for messages: "int", "list", ...
const char* type_name(Thread& t, const Value& v);

// A guard against native recursion overflowing the C stack (repr of deep lists, nested dispatch).
struct NativeRecursion {
  explicit NativeRecursion(Thread& t, const char* where = "");
  bool failed;
};

}  // namespace eddy
