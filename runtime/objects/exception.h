// Exception instances and tracebacks.
//
// An exception is an ordinary object (Kind::Exception) whose type is one of the builtin
// exception classes. `args` is the tuple given to the constructor; `traceback` grows by one
// Traceback record per frame the exception unwinds through (innermost last, as CPython prints).
#pragma once
#include "runtime/object.h"

namespace eddy {

struct Frame;

struct Exception : GcObject {
  Value args;       // Tuple
  Value traceback;  // Traceback or None/Null
  Value cause, context;
  bool suppress_context = false;
  Value dict;  // extra attributes (SyntaxError.lineno, StopIteration.value, ...) or Null
  Exception(Type* t) : GcObject(Kind::Exception, t) {}
};
inline bool is_exception(const Value& v) { return is_kind(v, Kind::Exception); }
Value new_exception(Thread& t, Type* type, Value args);
Value new_exception_msg(Thread& t, Type* type, std::string msg);
// Attribute stored in the exception's dict (e.g. "lineno"); Null if absent.
Value exception_attr(Thread& t, Exception* e, const char* name);
void exception_set_attr(Thread& t, Exception* e, const char* name, Value v);

struct Traceback : GcObject {
  Value next;   // the next (inner) record, or Null
  Frame* frame = nullptr;  // strong reference
  int lineno;
  Traceback(Type* t) : GcObject(Kind::Traceback, t) {}
};
// Appends a record for `frame` at `lineno` to the exception's traceback.
void traceback_add(Thread& t, Exception* e, Frame* frame, int lineno);
// Prints "Traceback (most recent call last): ..." and the exception line, CPython-style,
// including chained causes and contexts.
std::string format_exception(Thread& t, const Value& exc);
// The "Type: message" line.
std::string format_exception_only(Thread& t, const Value& exc);

void init_exception_types(Thread& t);
}  // namespace eddy
