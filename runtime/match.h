// Structural pattern matching (the `match` statement): the runtime half.
//
// The compiler turns each `case` pattern into a constant descriptor (nested tuples, below) plus
// a tuple of the values the pattern needs at run time (value patterns like Color.RED, class
// expressions), evaluated in order just before the match. MATCH_PATTERN then calls
// match_pattern(), which fills the capture slots the compiler numbered; the compiled code binds
// them to their names only when the whole pattern matched.
//
// Descriptors: (tag, ...) with tag
//   0 wildcard                        (0,)
//   1 capture                         (1, slot)
//   2 value (==)                      (2, value index)
//   3 singleton (is)                  (3, None|True|False)
//   4 sequence                        (4, (patterns...), star position or -1, star slot or -1)
//   5 mapping                         (5, (key value indexes...), (patterns...), rest slot or -1)
//   6 class                           (6, class value index, (positional...), (names...), (keyword patterns...))
//   7 as                              (7, pattern, slot)
//   8 or                              (8, (alternatives...))
#pragma once
#include <vector>

#include "runtime/object.h"
#include "runtime/vm.h"

namespace eddy {

// 1 on a match (caps filled), 0 on no match, -1 with an exception pending.
int match_pattern(Thread& t, const Value& subject, const Value& descriptor, Tuple* values,
                  std::vector<Value>& caps);

}  // namespace eddy
