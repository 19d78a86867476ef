// str: construction, UTF-8 helpers, hashing, repr, and the str methods.
// Case mapping and character classes cover ASCII; other code points are left as they are.
#include "runtime/objects/str.h"

#include <locale.h>
#include <wctype.h>

#include <algorithm>

#include "runtime/native.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/range.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

namespace eddy {

bool utf8_valid(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    uint32_t cp;
    if ((c & 0xe0) == 0xc0) {
      len = 2;
      cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
      len = 3;
      cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      return false;
    i += len;
  }
  return true;
}

int64_t utf8_length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xc0) != 0x80) ++n;
  return n;
}

uint32_t utf8_decode(std::string_view s, size_t* pos) {
  size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : 4;
  uint32_t cp = c & (len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07);
  for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3f);
  *pos = std::min(s.size(), i + len);
  return cp;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xc0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out += char(0xe0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3f));
    out += char(0x80 | (cp & 0x3f));
  } else {
    out += char(0xf0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3f));
    out += char(0x80 | ((cp >> 6) & 0x3f));
    out += char(0x80 | (cp & 0x3f));
  }
}

size_t utf8_offset(const Str* s, int64_t index) {
  if (s->ascii) return size_t(index);
  size_t pos = 0;
  for (int64_t i = 0; i < index && pos < s->s.size(); ++i) {
    ++pos;
    while (pos < s->s.size() && (static_cast<unsigned char>(s->s[pos]) & 0xc0) == 0x80) ++pos;
  }
  return pos;
}

Str::Str(Type* t, std::string text) : Object(Kind::Str, t), s(std::move(text)) {
  ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  length = ascii ? int64_t(s.size()) : utf8_length(s);
}

Value new_str(Runtime& vm, std::string text) {
  if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80)
    return Value::borrow(vm.intern(text));  // one-character strings are shared
  return Value::steal(new Str(vm.types.str, std::move(text)));
}
Value new_str(Thread& t, std::string text) { return new_str(t.vm, std::move(text)); }

// SipHash-1-3 with the key CPython uses when PYTHONHASHSEED=0 (all zero): eddy's str hashes equal
// CPython's then, so sets of strings iterate in the same order.
static inline uint64_t rotl64(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }
static inline void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1; v2 += v3; v1 = rotl64(v1, 13) ^ v0; v3 = rotl64(v3, 16) ^ v2; v0 = rotl64(v0, 32);
  v2 += v1; v0 += v3; v1 = rotl64(v1, 17) ^ v2; v3 = rotl64(v3, 21) ^ v0; v2 = rotl64(v2, 32);
}

uint64_t siphash13(const unsigned char* in, size_t n) {
  const uint64_t k0 = 0, k1 = 0;
  uint64_t b = uint64_t(n) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull;
  for (; n >= 8; n -= 8, in += 8) {
    uint64_t m = 0;
    for (int i = 7; i >= 0; --i) m = (m << 8) | in[i];
    v3 ^= m;
    sip_round(v0, v1, v2, v3);
    v0 ^= m;
  }
  uint64_t tail = 0;
  for (size_t i = n; i > 0; --i) tail = (tail << 8) | in[i - 1];
  b |= tail;
  v3 ^= b;
  sip_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  int64_t r = 0;
  if (!s->s.empty()) {
    if (s->ascii) {
      r = int64_t(siphash13(reinterpret_cast<const unsigned char*>(s->s.data()), s->s.size()));
    } else {
      // CPython hashes its canonical form: 1, 2 or 4 bytes per code point (little-endian), by the
      // widest code point in the string.
      std::vector<uint32_t> cps;
      uint32_t widest = 0;
      for (size_t p = 0; p < s->s.size();) {
        uint32_t cp = utf8_decode(s->s, &p);
        cps.push_back(cp);
        widest = std::max(widest, cp);
      }
      size_t width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
      std::vector<unsigned char> bytes;
      bytes.reserve(cps.size() * width);
      for (uint32_t cp : cps)
        for (size_t i = 0; i < width; ++i) bytes.push_back((unsigned char)((cp >> (8 * i)) & 0xff));
      r = int64_t(siphash13(bytes.data(), bytes.size()));
    }
    if (r == -1) r = -2;
  }
  s->hash = r;
  return r;
}

static bool cp_printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7f) return false;
  if (cp >= 0x80 && cp < 0xa0) return false;
  if (cp == 0xad) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x200b && cp <= 0x200f) || cp == 0xfeff)
    return false;
  if (cp >= 0xe000 && cp <= 0xf8ff) return false;
  // Space separators other than ' ' (Zs), and the common format characters (Cf).
  if (cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f ||
      cp == 0x205f || cp == 0x3000)
    return false;
  if ((cp >= 0x600 && cp <= 0x605) || cp == 0x61c || cp == 0x6dd || cp == 0x70f || cp == 0x180e ||
      (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
      (cp >= 0x2066 && cp <= 0x206f) || (cp >= 0xfff9 && cp <= 0xfffb) || cp == 0xe0001 ||
      (cp >= 0xe0020 && cp <= 0xe007f) || cp >= 0xf0000)
    return false;
  return true;
}

void str_repr_into(std::string& out, std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  out += quote;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    uint32_t cp = utf8_decode(s, &pos);
    if (cp == uint32_t(quote) || cp == '\\') {
      out += '\\';
      out += char(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (!cp_printable(cp)) {
      char buf[16];
      if (cp < 0x100)
        snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000)
        snprintf(buf, sizeof buf, "\\u%04x", cp);
      else
        snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
  out += quote;
}

// ---- Unicode character properties, from the C library's UTF-8 locale data ----
namespace {
locale_t utf8_locale() {
  // Immutable once made; shared by every VM (it is the C library's table, not VM state).
  static locale_t loc = [] {
    locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(0));
    return l ? l : newlocale(LC_CTYPE_MASK, "C", locale_t(0));
  }();
  return loc;
}
}  // namespace

uint32_t cp_upper(uint32_t cp) {
  if (cp < 0x80) return uint32_t(toupper(int(cp)));
  return uint32_t(towupper_l(wint_t(cp), utf8_locale()));
}
uint32_t cp_lower(uint32_t cp) {
  if (cp < 0x80) return uint32_t(tolower(int(cp)));
  return uint32_t(towlower_l(wint_t(cp), utf8_locale()));
}
bool cp_isalpha(uint32_t cp) {
  if (cp < 0x80) return isalpha(int(cp));
  return iswalpha_l(wint_t(cp), utf8_locale());
}
bool cp_isupper(uint32_t cp) { return cp_lower(cp) != cp; }
bool cp_islower(uint32_t cp) { return cp_upper(cp) != cp; }

// ---- the str type ----

namespace {

Str* self_str(Value* args) { return as_str(args[0]); }

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f; }

bool cp_isspace(uint32_t cp);

// Whitespace by str.isspace()'s rule (Unicode spaces too): the byte length of the whitespace
// character starting at s[i] (space_at) or ending just before s[e] (space_before), else 0.
size_t space_at(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_space(c) ? 1 : 0;
  size_t p = i;
  uint32_t cp = utf8_decode(s, &p);
  return cp_isspace(cp) ? p - i : 0;
}
size_t space_before(std::string_view s, size_t e) {
  auto c = static_cast<unsigned char>(s[e - 1]);
  if (c < 0x80) return is_space(c) ? 1 : 0;
  size_t q = e - 1;
  while (q > 0 && (static_cast<unsigned char>(s[q]) & 0xc0) == 0x80) --q;
  size_t p = q;
  uint32_t cp = utf8_decode(s, &p);
  return cp_isspace(cp) ? e - q : 0;
}

Value str_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(t, "str", args, nargs, kw, {"object", "encoding", "errors"}, 0, a))
    return Value();
  if (a[0].is_null()) return t.vm.empty_str;
  return to_str(t, a[0]);
}

// Splits on runs of whitespace (sep=None).
void split_whitespace(std::string_view s, int64_t maxsplit, std::vector<Value>& out, Runtime& vm) {
  size_t i = 0, n = s.size();
  while (true) {
    while (i < n) {
      size_t w = space_at(s, i);
      if (!w) break;
      i += w;
    }
    if (i >= n) break;
    if (maxsplit == 0) {  // the rest as it is, trailing whitespace included
      out.push_back(new_str(vm, std::string(s.substr(i))));
      break;
    }
    size_t j = i;
    while (j < n && !space_at(s, j)) ++j;
    out.push_back(new_str(vm, std::string(s.substr(i, j - i))));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
}

Value str_split_impl(Thread& t, Value* args, int nargs, Tuple* kw, bool right) {
  Value a[2];
  if (!parse_args(t, right ? "rsplit" : "split", args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0,
                  a))
    return Value();
  std::string_view s = self_str(args)->s;
  int64_t maxsplit = -1;
  if (!a[1].is_null() && !arg_int(t, a[1], &maxsplit)) return Value();
  std::vector<Value> out;
  if (a[0].is_null() || a[0].is_none()) {
    if (!right) {
      split_whitespace(s, maxsplit, out, t.vm);
    } else {
      // rsplit on whitespace: split from the right (e is one past the current word's end).
      size_t e = s.size();
      while (true) {
        while (e > 0) {
          size_t w = space_before(s, e);
          if (!w) break;
          e -= w;
        }
        if (e == 0) break;
        if (maxsplit == 0) {  // the rest as it is, leading whitespace included
          out.push_back(new_str(t.vm, std::string(s.substr(0, e))));
          break;
        }
        size_t j = e;
        while (j > 0 && !space_before(s, j)) {
          --j;
          while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xc0) == 0x80) --j;
        }
        out.push_back(new_str(t.vm, std::string(s.substr(j, e - j))));
        if (maxsplit > 0) --maxsplit;
        e = j;
      }
      std::reverse(out.begin(), out.end());
    }
    return new_list(t.vm, std::move(out));
  }
  Str* sep = arg_str(t, a[0], "must be str or None");
  if (!sep) return Value();
  if (sep->s.empty()) return t.raise(t.vm.types.ValueError, "empty separator");
  std::string_view sp = sep->s;
  if (!right) {
    size_t i = 0;
    while (true) {
      size_t j = maxsplit == 0 ? std::string_view::npos : s.find(sp, i);
      if (j == std::string_view::npos) {
        out.push_back(new_str(t.vm, std::string(s.substr(i))));
        break;
      }
      out.push_back(new_str(t.vm, std::string(s.substr(i, j - i))));
      i = j + sp.size();
      if (maxsplit > 0) --maxsplit;
    }
  } else {
    size_t end = s.size();
    while (true) {
      size_t j = (maxsplit == 0 || end < sp.size()) ? std::string_view::npos
                                                    : s.rfind(sp, end - sp.size());
      if (j == std::string_view::npos) {
        out.push_back(new_str(t.vm, std::string(s.substr(0, end))));
        break;
      }
      out.push_back(new_str(t.vm, std::string(s.substr(j + sp.size(), end - j - sp.size()))));
      end = j;
      if (maxsplit > 0) --maxsplit;
    }
    std::reverse(out.begin(), out.end());
  }
  return new_list(t.vm, std::move(out));
}

Value str_split(Thread& t, Value* args, int nargs, Tuple* kw) {
  return str_split_impl(t, args, nargs, kw, false);
}
Value str_rsplit(Thread& t, Value* args, int nargs, Tuple* kw) {
  return str_split_impl(t, args, nargs, kw, true);
}

Value str_join(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "join", kw) || !check_nargs(t, "join", nargs - 1, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(t, args[1], items)) return Value();
  const std::string& sep = self_str(args)->s;
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      return t.raise(t.vm.types.TypeError, "sequence item %zu: expected str instance, %s found",
                     i, type_name(t, items[i]));
    if (i) out += sep;
    out += as_str(items[i])->s;
  }
  return new_str(t.vm, std::move(out));
}

// strip family: chars=None strips whitespace.
Value strip_impl(Thread& t, Value* args, int nargs, Tuple* kw, const char* name, bool left,
                 bool right) {
  if (!no_kwargs(t, name, kw) || !check_nargs(t, name, nargs - 1, 0, 1)) return Value();
  Str* self = self_str(args);
  std::string_view s = self->s;
  size_t b = 0, e = s.size();
  if (nargs < 2 || args[1].is_none()) {
    if (left)
      while (b < e) {
        size_t w = space_at(s, b);
        if (!w) break;
        b += w;
      }
    if (right)
      while (e > b) {
        size_t w = space_before(s, e);
        if (!w) break;
        e -= w;
      }
  } else {
    Str* chars = arg_str(t, args[1], "strip arg");
    if (!chars) return Value();
    // Work in code points so multi-byte characters strip whole.
    std::vector<uint32_t> set;
    size_t p = 0;
    while (p < chars->s.size()) set.push_back(utf8_decode(chars->s, &p));
    auto in_set = [&](uint32_t cp) { return std::find(set.begin(), set.end(), cp) != set.end(); };
    if (left) {
      while (b < e) {
        size_t q = b;
        if (!in_set(utf8_decode(s, &q))) break;
        b = q;
      }
    }
    if (right) {
      while (e > b) {
        size_t q = e - 1;
        while (q > b && (static_cast<unsigned char>(s[q]) & 0xc0) == 0x80) --q;
        size_t r = q;
        if (!in_set(utf8_decode(s, &r))) break;
        e = q;
      }
    }
  }
  if (b == 0 && e == s.size()) return args[0];
  return new_str(t.vm, std::string(s.substr(b, e - b)));
}
Value str_strip(Thread& t, Value* a, int n, Tuple* k) { return strip_impl(t, a, n, k, "strip", true, true); }
Value str_lstrip(Thread& t, Value* a, int n, Tuple* k) { return strip_impl(t, a, n, k, "lstrip", true, false); }
Value str_rstrip(Thread& t, Value* a, int n, Tuple* k) { return strip_impl(t, a, n, k, "rstrip", false, true); }

// The few one-to-many upper-case mappings of Unicode's SpecialCasing that scripts meet.
const char* special_upper(uint32_t cp) {
  switch (cp) {
    case 0xdf: return "SS";
    case 0xfb00: return "FF";
    case 0xfb01: return "FI";
    case 0xfb02: return "FL";
    case 0xfb03: return "FFI";
    case 0xfb04: return "FFL";
    case 0x149: return "\xca\xbcN";
    default: return nullptr;
  }
}

template <uint32_t (*F)(uint32_t)>
Value map_cp(Thread& t, Value* args, int nargs, Tuple* kw, const char* name) {
  if (!no_kwargs(t, name, kw) || !check_nargs(t, name, nargs - 1, 0, 0)) return Value();
  const std::string& s = self_str(args)->s;
  std::string out;
  out.reserve(s.size());
  size_t p = 0;
  while (p < s.size()) {
    uint32_t cp = utf8_decode(s, &p);
    const char* special = F == cp_upper ? special_upper(cp)
                          : (F == cp_lower && cp == 0x130) ? "i\xcc\x87"  // İ -> i + combining dot
                                                          : nullptr;
    if (special)
      out += special;
    else
      utf8_append(out, F(cp));
  }
  return new_str(t.vm, std::move(out));
}
uint32_t cp_swap(uint32_t c) { return cp_isupper(c) ? cp_lower(c) : cp_islower(c) ? cp_upper(c) : c; }
Value str_upper(Thread& t, Value* a, int n, Tuple* k) { return map_cp<cp_upper>(t, a, n, k, "upper"); }
Value str_lower(Thread& t, Value* a, int n, Tuple* k) { return map_cp<cp_lower>(t, a, n, k, "lower"); }
Value str_swapcase(Thread& t, Value* a, int n, Tuple* k) { return map_cp<cp_swap>(t, a, n, k, "swapcase"); }

Value str_capitalize(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "capitalize", nargs - 1, 0, 0)) return Value();
  const std::string& s = self_str(args)->s;
  std::string out;
  size_t p = 0;
  bool first = true;
  while (p < s.size()) {
    uint32_t cp = utf8_decode(s, &p);
    utf8_append(out, first ? cp_upper(cp) : cp_lower(cp));
    first = false;
  }
  return new_str(t.vm, std::move(out));
}

Value str_title(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "title", nargs - 1, 0, 0)) return Value();
  const std::string& s = self_str(args)->s;
  std::string out;
  size_t p = 0;
  bool prev_cased = false;
  while (p < s.size()) {
    uint32_t cp = utf8_decode(s, &p);
    if (cp_isalpha(cp)) {
      utf8_append(out, prev_cased ? cp_lower(cp) : cp_upper(cp));
      prev_cased = true;
    } else {
      utf8_append(out, cp);
      prev_cased = false;
    }
  }
  return new_str(t.vm, std::move(out));
}

bool cp_isdigit(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool cp_isalnum(uint32_t cp) { return cp_isdigit(cp) || cp_isalpha(cp); }
bool cp_isspace(uint32_t cp) {
  return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1c && cp <= 0x1f) || cp == 0x85 ||
         cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

template <bool (*F)(uint32_t)>
Value classify(Thread& t, Value* args, int nargs, const char* name) {
  if (!check_nargs(t, name, nargs - 1, 0, 0)) return Value();
  const std::string& s = self_str(args)->s;
  if (s.empty()) return Value::boolean(false);
  size_t p = 0;
  while (p < s.size())
    if (!F(utf8_decode(s, &p))) return Value::boolean(false);
  return Value::boolean(true);
}
Value str_isdigit(Thread& t, Value* a, int n, Tuple*) { return classify<cp_isdigit>(t, a, n, "isdigit"); }
Value str_isalpha(Thread& t, Value* a, int n, Tuple*) { return classify<cp_isalpha>(t, a, n, "isalpha"); }
Value str_isalnum(Thread& t, Value* a, int n, Tuple*) { return classify<cp_isalnum>(t, a, n, "isalnum"); }
Value str_isspace(Thread& t, Value* a, int n, Tuple*) { return classify<cp_isspace>(t, a, n, "isspace"); }

Value case_test(Thread& t, Value* args, int nargs, const char* name, bool upper) {
  if (!check_nargs(t, name, nargs - 1, 0, 0)) return Value();
  bool cased = false;
  const std::string& s = self_str(args)->s;
  size_t p = 0;
  while (p < s.size()) {
    uint32_t c = utf8_decode(s, &p);
    if (upper ? cp_islower(c) : cp_isupper(c)) return Value::boolean(false);
    if (upper ? cp_isupper(c) : cp_islower(c)) cased = true;
  }
  return Value::boolean(cased);
}
Value str_isupper(Thread& t, Value* a, int n, Tuple*) { return case_test(t, a, n, "isupper", true); }
Value str_islower(Thread& t, Value* a, int n, Tuple*) { return case_test(t, a, n, "islower", false); }

Value str_isidentifier(Thread& t, Value* args, int nargs, Tuple*) {
  const std::string& s = self_str(args)->s;
  if (s.empty() || isdigit(static_cast<unsigned char>(s[0]))) return Value::boolean(false);
  for (unsigned char c : s)
    if (!(isalnum(c) || c == '_' || c >= 0x80)) return Value::boolean(false);
  return Value::boolean(true);
}

// Resolves optional start/end arguments into byte offsets of the subject.
bool substring_range(Thread& t, Str* self, Value* a, int n, size_t* b, size_t* e) {
  int64_t len = self->length, start = 0, end = len;
  if (n > 0 && !a[0].is_none() && !arg_int(t, a[0], &start)) return false;
  if (n > 1 && !a[1].is_none() && !arg_int(t, a[1], &end)) return false;
  if (start < 0) start = std::max<int64_t>(0, start + len);
  if (end < 0) end = std::max<int64_t>(0, end + len);
  start = std::min(start, len);
  end = std::min(end, len);
  *b = utf8_offset(self, start);
  *e = std::max(*b, utf8_offset(self, end));
  if (start > end) *e = *b = SIZE_MAX;  // empty, even for an empty needle
  return true;
}

int64_t cp_index(Str* self, size_t byte) {
  return self->ascii ? int64_t(byte) : utf8_length(std::string_view(self->s).substr(0, byte));
}

Value find_impl(Thread& t, Value* args, int nargs, Tuple* kw, const char* name, bool reverse,
                bool raise) {
  if (!no_kwargs(t, name, kw) || !check_nargs(t, name, nargs - 1, 1, 3)) return Value();
  Str* self = self_str(args);
  Str* sub = arg_str(t, args[1], "must be str");
  if (!sub) return Value();
  size_t b, e;
  if (!substring_range(t, self, args + 2, nargs - 2, &b, &e)) return Value();
  size_t found = std::string::npos;
  if (b != SIZE_MAX && sub->s.size() <= e - b) {
    std::string_view hay = std::string_view(self->s).substr(b, e - b);
    size_t r = reverse ? hay.rfind(sub->s) : hay.find(sub->s);
    if (r != std::string_view::npos) found = b + r;
  }
  if (found == std::string::npos) {
    if (raise) return t.raise(t.vm.types.ValueError, "substring not found");
    return Value::integer(-1);
  }
  return Value::integer(cp_index(self, found));
}
Value str_find(Thread& t, Value* a, int n, Tuple* k) { return find_impl(t, a, n, k, "find", false, false); }
Value str_rfind(Thread& t, Value* a, int n, Tuple* k) { return find_impl(t, a, n, k, "rfind", true, false); }
Value str_index(Thread& t, Value* a, int n, Tuple* k) { return find_impl(t, a, n, k, "index", false, true); }
Value str_rindex(Thread& t, Value* a, int n, Tuple* k) { return find_impl(t, a, n, k, "rindex", true, true); }

Value str_count(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "count", kw) || !check_nargs(t, "count", nargs - 1, 1, 3)) return Value();
  Str* self = self_str(args);
  Str* sub = arg_str(t, args[1], "must be str");
  if (!sub) return Value();
  size_t b, e;
  if (!substring_range(t, self, args + 2, nargs - 2, &b, &e)) return Value();
  if (b == SIZE_MAX) return Value::integer(0);
  std::string_view hay = std::string_view(self->s).substr(b, e - b);
  if (sub->s.empty()) return Value::integer(utf8_length(hay) + 1);
  int64_t count = 0;
  size_t pos = 0;
  while ((pos = hay.find(sub->s, pos)) != std::string_view::npos) {
    ++count;
    pos += sub->s.size();
  }
  return Value::integer(count);
}

Value affix_impl(Thread& t, Value* args, int nargs, Tuple* kw, const char* name, bool prefix) {
  if (!no_kwargs(t, name, kw) || !check_nargs(t, name, nargs - 1, 1, 3)) return Value();
  Str* self = self_str(args);
  size_t b, e;
  if (!substring_range(t, self, args + 2, nargs - 2, &b, &e)) return Value();
  if (b == SIZE_MAX) return Value::boolean(false);
  std::string_view s = std::string_view(self->s).substr(b, e - b);
  auto test = [&](const Value& v) -> int {
    if (!is_str(v)) {
      t.raise(t.vm.types.TypeError,
              "%s first arg must be str or a tuple of str, not %s", name, type_name(t, v));
      return -1;
    }
    std::string_view a = as_str(v)->s;
    if (a.size() > s.size()) return 0;
    return prefix ? s.substr(0, a.size()) == a : s.substr(s.size() - a.size()) == a;
  };
  if (is_tuple(args[1])) {
    Tuple* tup = as_tuple(args[1]);
    for (int64_t i = 0; i < tup->size; ++i) {
      int r = test((*tup)[i]);
      if (r) return r < 0 ? Value() : Value::boolean(true);
    }
    return Value::boolean(false);
  }
  int r = test(args[1]);
  return r < 0 ? Value() : Value::boolean(r);
}
Value str_startswith(Thread& t, Value* a, int n, Tuple* k) { return affix_impl(t, a, n, k, "startswith", true); }
Value str_endswith(Thread& t, Value* a, int n, Tuple* k) { return affix_impl(t, a, n, k, "endswith", false); }

Value str_replace(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(t, "replace", kw) || !check_nargs(t, "replace", nargs - 1, 2, 3)) return Value();
  Str* self = self_str(args);
  Str* old = arg_str(t, args[1], "replace() argument 1");
  Str* rep = old ? arg_str(t, args[2], "replace() argument 2") : nullptr;
  if (!rep) return Value();
  int64_t maxcount = -1;
  if (nargs > 3 && !arg_int(t, args[3], &maxcount)) return Value();
  const std::string& s = self->s;
  std::string out;
  if (old->s.empty()) {
    // Insert `rep` between every code point.
    size_t pos = 0;
    int64_t done = 0;
    if (maxcount != 0) {
      out += rep->s;
      ++done;
    }
    while (pos < s.size()) {
      size_t start = pos;
      utf8_decode(s, &pos);
      out.append(s, start, pos - start);
      if (maxcount < 0 || done < maxcount) {
        out += rep->s;
        ++done;
      }
    }
    return new_str(t.vm, std::move(out));
  }
  size_t pos = 0;
  int64_t done = 0;
  while (maxcount < 0 || done < maxcount) {
    size_t j = s.find(old->s, pos);
    if (j == std::string::npos) break;
    out.append(s, pos, j - pos);
    out += rep->s;
    pos = j + old->s.size();
    ++done;
  }
  out.append(s, pos, std::string::npos);
  return new_str(t.vm, std::move(out));
}

Value pad_impl(Thread& t, Value* args, int nargs, Tuple* kw, const char* name, int align) {
  if (!no_kwargs(t, name, kw) || !check_nargs(t, name, nargs - 1, 1, 2)) return Value();
  Str* self = self_str(args);
  int64_t width;
  if (!arg_int(t, args[1], &width)) return Value();
  std::string fill = " ";
  if (nargs > 2) {
    Str* f = arg_str(t, args[2], "The fill character");
    if (!f) return Value();
    if (f->length != 1)
      return t.raise(t.vm.types.TypeError,
                     "The fill character must be exactly one character long");
    fill = f->s;
  }
  int64_t pad = width - self->length;
  if (pad <= 0) return args[0];
  int64_t left = align < 0 ? 0 : align > 0 ? pad : pad / 2 + (pad & width & 1);
  int64_t right = pad - left;
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += self->s;
  for (int64_t i = 0; i < right; ++i) out += fill;
  return new_str(t.vm, std::move(out));
}
Value str_ljust(Thread& t, Value* a, int n, Tuple* k) { return pad_impl(t, a, n, k, "ljust", -1); }
Value str_rjust(Thread& t, Value* a, int n, Tuple* k) { return pad_impl(t, a, n, k, "rjust", 1); }
Value str_center(Thread& t, Value* a, int n, Tuple* k) { return pad_impl(t, a, n, k, "center", 0); }

Value str_zfill(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "zfill", nargs - 1, 1, 1)) return Value();
  Str* self = self_str(args);
  int64_t width;
  if (!arg_int(t, args[1], &width)) return Value();
  int64_t pad = width - self->length;
  if (pad <= 0) return args[0];
  std::string s = self->s;
  size_t at = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  s.insert(at, std::string(size_t(pad), '0'));
  return new_str(t.vm, std::move(s));
}

Value str_splitlines(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args(t, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, a)) return Value();
  bool keep = false;
  if (!a[0].is_null()) {
    int r = truthy(t, a[0]);
    if (r < 0) return Value();
    keep = r;
  }
  const std::string& s = self_str(args)->s;
  std::vector<Value> out;
  size_t i = 0;
  // Line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
  auto boundary = [&](size_t j) -> size_t {  // its byte length at s[j], else 0
    auto c = static_cast<unsigned char>(s[j]);
    if (c == '\r') return j + 1 < s.size() && s[j + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e) return 1;
    if (c == 0xc2 && j + 1 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x85) return 2;
    if (c == 0xe2 && j + 2 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[j + 2]) == 0xa8 || static_cast<unsigned char>(s[j + 2]) == 0xa9))
      return 3;
    return 0;
  };
  while (i < s.size()) {
    size_t j = i, w = 0;
    while (j < s.size() && !(w = boundary(j))) ++j;
    size_t eol = j;
    j += w;
    out.push_back(new_str(t.vm, s.substr(i, (keep ? j : eol) - i)));
    i = j;
  }
  return new_list(t.vm, std::move(out));
}

Value partition_impl(Thread& t, Value* args, int nargs, const char* name, bool right) {
  if (!check_nargs(t, name, nargs - 1, 1, 1)) return Value();
  Str* self = self_str(args);
  Str* sep = arg_str(t, args[1], "must be str");
  if (!sep) return Value();
  if (sep->s.empty()) return t.raise(t.vm.types.ValueError, "empty separator");
  size_t j = right ? self->s.rfind(sep->s) : self->s.find(sep->s);
  if (j == std::string::npos) {
    if (right) return new_tuple(t.vm, {t.vm.empty_str, t.vm.empty_str, args[0]});
    return new_tuple(t.vm, {args[0], t.vm.empty_str, t.vm.empty_str});
  }
  return new_tuple(t.vm, {new_str(t.vm, self->s.substr(0, j)), args[1],
                          new_str(t.vm, self->s.substr(j + sep->s.size()))});
}
Value str_partition(Thread& t, Value* a, int n, Tuple*) { return partition_impl(t, a, n, "partition", false); }
Value str_rpartition(Thread& t, Value* a, int n, Tuple*) { return partition_impl(t, a, n, "rpartition", true); }

Value str_removeprefix(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "removeprefix", nargs - 1, 1, 1)) return Value();
  Str* p = arg_str(t, args[1], "removeprefix() argument");
  if (!p) return Value();
  const std::string& s = self_str(args)->s;
  if (s.compare(0, p->s.size(), p->s) == 0) return new_str(t.vm, s.substr(p->s.size()));
  return args[0];
}
Value str_removesuffix(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "removesuffix", nargs - 1, 1, 1)) return Value();
  Str* p = arg_str(t, args[1], "removesuffix() argument");
  if (!p) return Value();
  const std::string& s = self_str(args)->s;
  if (!p->s.empty() && s.size() >= p->s.size() &&
      s.compare(s.size() - p->s.size(), p->s.size(), p->s) == 0)
    return new_str(t.vm, s.substr(0, s.size() - p->s.size()));
  return args[0];
}

// casefold(): lower() plus the full case folding of the characters scripts meet (sharp s).
Value str_casefold(Thread& t, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(t, "casefold", nargs - 1, 0, 0)) return Value();
  const std::string& s = self_str(args)->s;
  std::string out;
  for (size_t p = 0; p < s.size();) {
    uint32_t cp = utf8_decode(s, &p);
    if (cp == 0xdf) out += "ss";
    else if (cp == 0x130) out += "i\xcc\x87";  // İ -> i + combining dot above
    else utf8_append(out, cp_lower(cp));
  }
  return new_str(t.vm, std::move(out));
}

Value str_istitle(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "istitle", nargs - 1, 0, 0)) return Value();
  const std::string& s = self_str(args)->s;
  bool cased = false, prev_cased = false;
  for (size_t p = 0; p < s.size();) {
    uint32_t cp = utf8_decode(s, &p);
    if (cp_isupper(cp)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (cp_islower(cp)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value str_isprintable(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "isprintable", nargs - 1, 0, 0)) return Value();
  const std::string& s = self_str(args)->s;
  for (size_t p = 0; p < s.size();) {
    uint32_t cp = utf8_decode(s, &p);
    if (!cp_printable(cp) || (cp_isspace(cp) && cp != ' ')) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value str_isascii(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "isascii", nargs - 1, 0, 0)) return Value();
  return Value::boolean(self_str(args)->ascii);
}

Value str_expandtabs(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args(t, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0, a)) return Value();
  int64_t tab = 8;
  if (a[0] && !to_index(t, a[0], &tab)) return Value();
  const std::string& s = self_str(args)->s;
  std::string out;
  int64_t col = 0;
  for (size_t p = 0; p < s.size();) {
    size_t start = p;
    uint32_t cp = utf8_decode(s, &p);
    if (cp == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out.append(s, start, p - start);
      col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
  }
  return new_str(t.vm, std::move(out));
}

// str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None.
Value str_maketrans(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "maketrans", nargs, 1, 3)) return Value();
  Value table = new_dict(t.vm);
  Dict* d = as_dict(table);
  auto cps = [](const std::string& s) {
    std::vector<uint32_t> out;
    for (size_t p = 0; p < s.size();) out.push_back(utf8_decode(s, &p));
    return out;
  };
  if (nargs == 1) {
    if (!is_dict(args[0]))
      return t.raise(t.vm.types.TypeError, "if you give only one argument to maketrans it must be a dict");
    DictEntries entries = as_dict(args[0])->entries;
    for (auto& e : entries) {
      if (e.key.is_null()) continue;
      Value k = e.key;
      if (is_str(k)) {
        std::vector<uint32_t> c = cps(as_str(k)->s);
        if (c.size() != 1)
          return t.raise(t.vm.types.ValueError, "string keys in translate table must be of length 1");
        k = Value::integer(c[0]);
      } else if (!k.is_int()) {
        return t.raise(t.vm.types.TypeError, "keys in translate table must be strings or integers");
      }
      if (d->set(t, k, e.value) < 0) return Value();
    }
    return table;
  }
  if (!is_str(args[0]) || !is_str(args[1]))
    return t.raise(t.vm.types.TypeError, "maketrans() arguments must be strings");
  std::vector<uint32_t> x = cps(as_str(args[0])->s), y = cps(as_str(args[1])->s);
  if (x.size() != y.size())
    return t.raise(t.vm.types.ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i)
    if (d->set(t, Value::integer(x[i]), Value::integer(y[i])) < 0) return Value();
  if (nargs == 3) {
    if (!is_str(args[2])) return t.raise(t.vm.types.TypeError, "maketrans() argument 3 must be str");
    for (uint32_t c : cps(as_str(args[2])->s))
      if (d->set(t, Value::integer(c), Value::none()) < 0) return Value();
  }
  return table;
}

// translate(table): each code point looked up in table (table[cp]); missing ones stay.
Value str_translate(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "translate", nargs - 1, 1, 1)) return Value();
  const std::string& s = self_str(args)->s;
  std::string out;
  for (size_t p = 0; p < s.size();) {
    size_t start = p;
    uint32_t cp = utf8_decode(s, &p);
    Value r = get_item(t, args[1], Value::integer(cp));
    if (!r) {
      if (!t.pending_is(t.vm.types.LookupError)) return Value();
      t.clear_pending();
      out.append(s, start, p - start);
      continue;
    }
    if (r.is_none()) continue;
    if (r.is_int()) {
      if (r.as_int() < 0 || r.as_int() > 0x10ffff)
        return t.raise(t.vm.types.ValueError, "character mapping must be in range(0x110000)");
      utf8_append(out, uint32_t(r.as_int()));
    } else if (is_str(r)) {
      out += as_str(r)->s;
    } else {
      return t.raise(t.vm.types.TypeError, "character mapping must return integer, None or str");
    }
  }
  return new_str(t.vm, std::move(out));
}

}  // namespace

Value str_format_method(Thread& t, Value* args, int nargs, Tuple* kw);
Value str_format_map_method(Thread& t, Value* args, int nargs, Tuple* kw);

void init_str_type(Thread& t) {
  Runtime& vm = t.vm;
  Type* ty = vm.types.str;
  ty->construct = str_construct;
  struct {
    const char* name;
    NativeFn fn;
  } methods[] = {
      {"split", str_split},         {"rsplit", str_rsplit},
      {"join", str_join},           {"strip", str_strip},
      {"lstrip", str_lstrip},       {"rstrip", str_rstrip},
      {"upper", str_upper},         {"lower", str_lower},
      {"swapcase", str_swapcase},   {"capitalize", str_capitalize},
      {"title", str_title},         {"isdigit", str_isdigit},
      {"isdecimal", str_isdigit},   {"isnumeric", str_isdigit},
      {"isalpha", str_isalpha},     {"isalnum", str_isalnum},
      {"isspace", str_isspace},     {"isupper", str_isupper},
      {"islower", str_islower},     {"isidentifier", str_isidentifier},
      {"find", str_find},           {"rfind", str_rfind},
      {"index", str_index},         {"rindex", str_rindex},
      {"count", str_count},         {"startswith", str_startswith},
      {"endswith", str_endswith},   {"replace", str_replace},
      {"ljust", str_ljust},         {"rjust", str_rjust},
      {"center", str_center},       {"zfill", str_zfill},
      {"splitlines", str_splitlines}, {"partition", str_partition},
      {"rpartition", str_rpartition}, {"format", str_format_method},
      {"removeprefix", str_removeprefix}, {"removesuffix", str_removesuffix},
      {"casefold", str_casefold},   {"istitle", str_istitle},
      {"isprintable", str_isprintable}, {"isascii", str_isascii},
      {"expandtabs", str_expandtabs}, {"translate", str_translate},
      {"format_map", str_format_map_method},
  };
  for (auto& m : methods) add_method(vm, ty, m.name, m.fn);
  // A static method: a plain native function in the type's dict.
  ty->dict->set_str(vm.intern("maketrans"), new_native(vm, "maketrans", str_maketrans));
}

}  // namespace eddy
