// Builtin iterators: one struct for all of them, tagged by IterKind (in Object::small), holding
// plain data only (a source value, positions, a few values), so that a later issue can pickle
// them (ARCHITECTURE invariant 2).
#pragma once
#include "runtime/object.h"

namespace eddy {

enum class IterKind : uint16_t {
  Seq,        // list/tuple/str by index: src, pos
  Range,      // i, stop, step
  DictKeys,   // src dict, pos (entry index), expected size
  DictValues,
  DictItems,
  Set,        // src set, pos (table index)
  Enumerate,  // src iterator, count
  Zip,        // a tuple of iterators
  Map,        // func, a tuple of iterators
  Filter,     // func, src iterator
  Reversed,   // src sequence, pos counting down
  Callable,   // iter(callable, sentinel)
};

struct Iterator : GcObject {
  Value src;    // the sequence, dict, set, or the inner iterator(s)
  Value func;   // map/filter function, callable, or sentinel holder
  Value extra;  // sentinel (Callable)
  int64_t pos = 0, stop = 0, step = 0;
  Iterator(Type* t, IterKind k) : GcObject(Kind::Iterator, t) { small = uint16_t(k); }
  IterKind ikind() const { return IterKind(small); }
};
Iterator* iterator_alloc(Thread& t, IterKind kind, Value src);
// Advances a builtin iterator: the next value, or Null (exhausted when nothing is pending).
Value iterator_next(Thread& t, Iterator* it);

// Dict views (d.keys(), d.values(), d.items()) share the iterator struct as plain records.
Value new_dict_view(Thread& t, Type* view_type, Value dict);

void init_iterator_types(Thread& t);
}  // namespace eddy
