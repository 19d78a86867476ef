// str: immutable UTF-8 text, indexed by code point.
//
// Invariants: `s` is valid UTF-8 (decoding happens once, at the edges: the lexer, file reads);
// `length` counts code points; when `ascii` is true byte offsets are code-point offsets, which
// makes indexing and slicing O(1) for the common case. `hash` is computed on first use.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace eddy {

struct Str : Object {
  std::string s;
  int64_t length;
  int64_t hash = -1;
  bool ascii;
  Str(Type* t, std::string text);
};

Value new_str(Runtime& vm, std::string text);
Value new_str(Thread& t, std::string text);
inline Str* as_str(const Value& v) { return static_cast<Str*>(v.obj()); }
inline bool is_str(const Value& v) { return is_kind(v, Kind::Str); }

// SipHash-1-3 with a zero key: CPython's str/bytes hash under PYTHONHASHSEED=0.
uint64_t siphash13(const unsigned char* in, size_t n);

// UTF-8 helpers.
bool utf8_valid(std::string_view s);
int64_t utf8_length(std::string_view s);
size_t utf8_offset(const Str* s, int64_t index);         // byte offset of code point `index`
uint32_t utf8_decode(std::string_view s, size_t* pos);   // decodes one code point at *pos
void utf8_append(std::string& out, uint32_t cp);
int64_t str_hash(Str* s);
// Unicode case mapping and classes of single code points.
uint32_t cp_upper(uint32_t cp);
uint32_t cp_lower(uint32_t cp);
bool cp_isalpha(uint32_t cp);
// repr(str) into out, with Python's choice of quotes and escapes.
void str_repr_into(std::string& out, std::string_view s);

void init_str_type(Thread& t);

}  // namespace eddy
