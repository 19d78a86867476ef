// bytes and bytearray. See bytes.h for the invariants.
#include "runtime/objects/bytes.h"

#include <algorithm>
#include <cstring>

#include "runtime/native.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/int.h"
#include "runtime/objects/range.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

bool is_bytearray(Runtime& vm, const Value& v) {
  return is_bytes_like(v) && v.obj()->type->is_subtype(vm.types.bytearray);
}

Value new_bytes(Runtime& vm, std::string data) {
  return Value::steal(new Bytes(vm.types.bytes, std::move(data)));
}

Value new_bytearray(Runtime& vm, std::string data) {
  return Value::steal(new Bytes(vm.types.bytearray, std::move(data)));
}

void bytes_repr_into(std::string& out, std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out += 'b';
  out += quote;
  static const char* hex = "0123456789abcdef";
  for (unsigned char c : data) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
}

int64_t bytes_hash(Bytes* b) {
  if (b->hash != -1) return b->hash;
  int64_t r = 0;
  if (!b->data.empty()) {
    r = int64_t(siphash13(reinterpret_cast<const unsigned char*>(b->data.data()), b->data.size()));
    if (r == -1) r = -2;
  }
  b->hash = r;
  return r;
}

namespace {

Bytes* self_bytes(Value* args) { return as_bytes(args[0]); }

// A new object of self's kind (bytes stays bytes, bytearray stays bytearray).
Value same_kind(Thread& t, const Value& self, std::string data) {
  return is_bytearray(t.vm, self) ? new_bytearray(t.vm, std::move(data))
                                  : new_bytes(t.vm, std::move(data));
}

// The bytes of a bytes-like argument, or an int 0..255 when `allow_int`.
bool bytes_arg(Thread& t, const Value& v, const char* what, std::string* out, bool allow_int = false) {
  if (is_bytes_like(v)) {
    *out = as_bytes(v)->data;
    return true;
  }
  if (allow_int && v.is_int()) {
    if (v.as_int() < 0 || v.as_int() > 255) {
      t.raise(t.vm.types.ValueError, "byte must be in range(0, 256)");
      return false;
    }
    *out = std::string(1, char(v.as_int()));
    return true;
  }
  t.raise(t.vm.types.TypeError, "%s a bytes-like object is required, not '%s'", what, type_name(t, v));
  return false;
}

// The contents for bytes(x) / bytearray(x): an int count, an iterable of ints, bytes, or a str
// with an encoding.
bool build_data(Thread& t, const char* name, Value* args, int nargs, Tuple* kw, std::string* out) {
  Value a[3];
  if (!parse_args(t, name, args, nargs, kw, {"source", "encoding", "errors"}, 0, a)) return false;
  if (a[0].is_null()) return true;
  const Value& src = a[0];
  if (is_str(src)) {
    if (a[1].is_null()) {
      t.raise(t.vm.types.TypeError, "string argument without an encoding");
      return false;
    }
    Value enc_args[3] = {src, a[1], a[2] ? a[2] : new_str(t.vm, "strict")};
    Value b = str_encode(t, enc_args, 3, nullptr);
    if (!b) return false;
    *out = as_bytes(b)->data;
    return true;
  }
  if (a[1]) {
    t.raise(t.vm.types.TypeError, "encoding without a string argument");
    return false;
  }
  if (is_bytes_like(src)) {
    *out = as_bytes(src)->data;
    return true;
  }
  if (src.is_int()) {
    if (src.as_int() < 0) {
      t.raise(t.vm.types.ValueError, "negative count");
      return false;
    }
    out->assign(size_t(src.as_int()), '\0');
    return true;
  }
  std::vector<Value> items;
  if (!collect_iterable(t, src, items)) {
    if (t.pending_is(t.vm.types.TypeError)) {
      t.clear_pending();
      t.raise(t.vm.types.TypeError, "cannot convert '%s' object to %s", type_name(t, src), name);
    }
    return false;
  }
  for (auto& v : items) {
    int64_t n;
    if (!to_index(t, v, &n)) return false;
    if (n < 0 || n > 255) {
      t.raise(t.vm.types.ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    out->push_back(char(n));
  }
  return true;
}

Value bytes_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  if (nargs == 1 && !(kw && kw->size) && is_bytes_like(args[0]) && !is_bytearray(t.vm, args[0]) &&
      args[0].obj()->type == t.vm.types.bytes)
    return args[0];
  std::string data;
  if (!build_data(t, "bytes", args, nargs, kw, &data)) return Value();
  return new_bytes(t.vm, std::move(data));
}

Value bytearray_construct(Thread& t, Type* type, Value* args, int nargs, Tuple* kw) {
  std::string data;
  if (!build_data(t, "bytearray", args, nargs, kw, &data)) return Value();
  return new_bytearray(t.vm, std::move(data));
}

// ---- decoding and encoding ----

Value decode_utf8(Thread& t, const std::string& data, const std::string& errors) {
  if (utf8_valid(data)) return new_str(t.vm, data);
  if (errors == "strict") {
    size_t pos = 0;
    while (pos < data.size()) {
      size_t p = pos;
      std::string one;
      unsigned char c = static_cast<unsigned char>(data[pos]);
      size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
      if (len && pos + len <= data.size() && utf8_valid(std::string_view(data).substr(pos, len))) {
        pos += len;
        continue;
      }
      (void)p;
      const char* why = (c >= 0x80 && c < 0xc2) || c >= 0xf5 ? "invalid start byte"
                        : pos + len > data.size()            ? "unexpected end of data"
                                                             : "invalid continuation byte";
      return t.raise(t.vm.types.UnicodeDecodeError,
                     "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, pos, why);
    }
  }
  std::string out;
  for (size_t pos = 0; pos < data.size();) {
    unsigned char c = static_cast<unsigned char>(data[pos]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len && pos + len <= data.size() && utf8_valid(std::string_view(data).substr(pos, len))) {
      out.append(data, pos, len);
      pos += len;
      continue;
    }
    if (errors == "replace") out += "\xef\xbf\xbd";
    else if (errors == "backslashreplace") out += strfmt("\\x%02x", c);
    ++pos;  // "ignore"
  }
  return new_str(t.vm, std::move(out));
}

std::string norm_encoding(std::string e) {
  std::string out;
  for (char c : e)
    if (c != '-' && c != '_' && c != ' ') out += char(tolower(static_cast<unsigned char>(c)));
  return out;
}

Value bytes_decode(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "decode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0, a)) return Value();
  std::string enc = a[0] && is_str(a[0]) ? norm_encoding(as_str(a[0])->s) : "utf8";
  std::string errors = a[1] && is_str(a[1]) ? as_str(a[1])->s : "strict";
  const std::string& data = self_bytes(args)->data;
  if (enc == "utf8" || enc == "u8") return decode_utf8(t, data, errors);
  if (enc == "ascii" || enc == "usascii") {
    std::string out;
    for (size_t i = 0; i < data.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(data[i]);
      if (c < 0x80) {
        out += char(c);
      } else if (errors == "strict") {
        return t.raise(t.vm.types.UnicodeDecodeError,
                       "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)", c, i);
      } else if (errors == "replace") {
        out += "\xef\xbf\xbd";
      }
    }
    return new_str(t.vm, std::move(out));
  }
  if (enc == "latin1" || enc == "iso88591" || enc == "l1") {
    std::string out;
    for (unsigned char c : data) utf8_append(out, c);
    return new_str(t.vm, std::move(out));
  }
  return t.raise(t.vm.types.LookupError, "unknown encoding: %s", as_str(a[0])->s.c_str());
}

}  // namespace

Value str_encode(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "encode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0, a)) return Value();
  std::string enc = a[0] && is_str(a[0]) ? norm_encoding(as_str(a[0])->s) : "utf8";
  std::string errors = a[1] && is_str(a[1]) ? as_str(a[1])->s : "strict";
  const std::string& s = as_str(args[0])->s;
  if (enc == "utf8" || enc == "u8") return new_bytes(t.vm, s);
  bool ascii = enc == "ascii" || enc == "usascii";
  if (ascii || enc == "latin1" || enc == "iso88591" || enc == "l1") {
    uint32_t limit = ascii ? 0x80 : 0x100;
    std::string out;
    size_t index = 0;
    for (size_t p = 0; p < s.size(); ++index) {
      uint32_t cp = utf8_decode(s, &p);
      if (cp < limit) {
        out += char(cp);
      } else if (errors == "strict") {
        std::string esc = cp < 0x100 ? strfmt("\\x%02x", cp) : cp < 0x10000 ? strfmt("\\u%04x", cp) : strfmt("\\U%08x", cp);
        return t.raise(t.vm.types.UnicodeEncodeError,
                       "'%s' codec can't encode character '%s' in position %zu: ordinal not in range(%u)",
                       ascii ? "ascii" : "latin-1", esc.c_str(), index, limit);
      } else if (errors == "replace") {
        out += '?';
      } else if (errors == "backslashreplace") {
        out += cp < 0x10000 ? strfmt("\\u%04x", cp) : strfmt("\\U%08x", cp);
      }
    }
    return new_bytes(t.vm, std::move(out));
  }
  return t.raise(t.vm.types.LookupError, "unknown encoding: %s", as_str(a[0])->s.c_str());
}

namespace {

// ---- methods ----

Value bytes_hex(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "hex", args + 1, nargs - 1, kw, {"sep", "bytes_per_sep"}, 0, a)) return Value();
  static const char* digits = "0123456789abcdef";
  std::string sep = a[0] && is_str(a[0]) ? as_str(a[0])->s : "";
  std::string out;
  const std::string& d = self_bytes(args)->data;
  for (size_t i = 0; i < d.size(); ++i) {
    if (i && !sep.empty()) out += sep;
    unsigned char c = static_cast<unsigned char>(d[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return new_str(t.vm, std::move(out));
}

Value fromhex_impl(Thread& t, const Value& text, bool bytearray) {
  if (!is_str(text)) return t.raise(t.vm.types.TypeError, "fromhex() argument must be str, not %s", type_name(t, text));
  const std::string& s = as_str(text)->s;
  std::string out;
  auto val = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    int hi = val(s[i]), lo = i + 1 < s.size() ? val(s[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      return t.raise(t.vm.types.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                     hi < 0 ? i : i + 1);
    out += char(hi * 16 + lo);
    i += 2;
  }
  return bytearray ? new_bytearray(t.vm, std::move(out)) : new_bytes(t.vm, std::move(out));
}
Value bytes_fromhex(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "fromhex", nargs, 1, 1)) return Value();
  return fromhex_impl(t, args[0], false);
}
Value bytearray_fromhex(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "fromhex", nargs, 1, 1)) return Value();
  return fromhex_impl(t, args[0], true);
}

// find/rfind/index/rindex/count share the (sub[, start[, end]]) arguments.
bool sub_range(Thread& t, const char* name, Value* args, int nargs, std::string* sub, size_t* start,
               size_t* end) {
  if (!check_nargs(t, name, nargs - 1, 1, 3)) return false;
  if (!bytes_arg(t, args[1], "argument should be integer or", sub, true)) return false;
  int64_t n = int64_t(self_bytes(args)->data.size()), b = 0, e = n;
  if (nargs > 2 && !args[2].is_none() && !to_index(t, args[2], &b)) return false;
  if (nargs > 3 && !args[3].is_none() && !to_index(t, args[3], &e)) return false;
  if (b < 0) b = std::max<int64_t>(0, b + n);
  if (e < 0) e = std::max<int64_t>(0, e + n);
  *start = size_t(std::min(b, n));
  *end = size_t(std::min(e, n));
  return true;
}

int64_t find_in(const std::string& d, const std::string& sub, size_t start, size_t end, bool reverse) {
  if (start > end || end - start < sub.size()) return -1;
  std::string_view hay = std::string_view(d).substr(start, end - start);
  size_t r = reverse ? hay.rfind(sub) : hay.find(sub);
  return r == std::string_view::npos ? -1 : int64_t(start + r);
}

template <bool Reverse, bool Raise>
Value bytes_find_t(Thread& t, Value* args, int nargs, Tuple*) {
  std::string sub;
  size_t b, e;
  if (!sub_range(t, Raise ? (Reverse ? "rindex" : "index") : (Reverse ? "rfind" : "find"), args, nargs, &sub, &b, &e))
    return Value();
  int64_t r = find_in(self_bytes(args)->data, sub, b, e, Reverse);
  if (r < 0 && Raise) return t.raise(t.vm.types.ValueError, "subsection not found");
  return Value::integer(r);
}

Value bytes_count(Thread& t, Value* args, int nargs, Tuple*) {
  std::string sub;
  size_t b, e;
  if (!sub_range(t, "count", args, nargs, &sub, &b, &e)) return Value();
  const std::string& d = self_bytes(args)->data;
  if (sub.empty()) return Value::integer(int64_t(e >= b ? e - b + 1 : 0));
  int64_t n = 0;
  for (size_t p = b; p + sub.size() <= e;) {
    size_t q = d.find(sub, p);
    if (q == std::string::npos || q + sub.size() > e) break;
    ++n;
    p = q + sub.size();
  }
  return Value::integer(n);
}

template <bool End>
Value bytes_startswith_t(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, End ? "endswith" : "startswith", nargs - 1, 1, 3)) return Value();
  const std::string& d = self_bytes(args)->data;
  int64_t n = int64_t(d.size()), b = 0, e = n;
  if (nargs > 2 && !args[2].is_none() && !to_index(t, args[2], &b)) return Value();
  if (nargs > 3 && !args[3].is_none() && !to_index(t, args[3], &e)) return Value();
  if (b < 0) b = std::max<int64_t>(0, b + n);
  if (e < 0) e = std::max<int64_t>(0, e + n);
  e = std::min(e, n);
  std::vector<Value> options;
  if (is_tuple(args[1])) options.assign(as_tuple(args[1])->items(), as_tuple(args[1])->items() + as_tuple(args[1])->size);
  else options.push_back(args[1]);
  for (auto& o : options) {
    std::string p;
    if (!bytes_arg(t, o, End ? "endswith first arg must be bytes or a tuple of bytes, not" : "startswith first arg must be bytes or a tuple of bytes, not", &p))
      return Value();
    if (b > e || int64_t(p.size()) > e - b) continue;
    if (End ? d.compare(size_t(e) - p.size(), p.size(), p) == 0 : d.compare(size_t(b), p.size(), p) == 0)
      return Value::boolean(true);
  }
  return Value::boolean(false);
}

bool is_space_byte(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value bytes_split_impl(Thread& t, Value* args, int nargs, Tuple* kw, bool right) {
  Value a[2];
  if (!parse_args(t, right ? "rsplit" : "split", args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, a)) return Value();
  int64_t maxsplit = -1;
  if (a[1] && !to_index(t, a[1], &maxsplit)) return Value();
  const std::string& d = self_bytes(args)->data;
  std::vector<std::string> parts;
  if (!a[0] || a[0].is_none()) {
    std::vector<std::pair<size_t, size_t>> words;
    for (size_t i = 0; i < d.size();) {
      while (i < d.size() && is_space_byte(d[i])) ++i;
      if (i >= d.size()) break;
      size_t j = i;
      while (j < d.size() && !is_space_byte(d[j])) ++j;
      words.push_back({i, j});
      i = j;
    }
    if (maxsplit >= 0 && int64_t(words.size()) > maxsplit + 1) {
      if (!right) {
        for (int64_t k = 0; k < maxsplit; ++k) parts.push_back(d.substr(words[k].first, words[k].second - words[k].first));
        size_t rest = words[maxsplit].first, e = d.size();
        while (e > rest && is_space_byte(d[e - 1])) --e;
        parts.push_back(d.substr(rest, e - rest));
      } else {
        size_t cut = words.size() - size_t(maxsplit);
        size_t b = 0;
        while (b < words[cut - 1].second && is_space_byte(d[b])) ++b;
        parts.push_back(d.substr(b, words[cut - 1].second - b));
        for (size_t k = cut; k < words.size(); ++k) parts.push_back(d.substr(words[k].first, words[k].second - words[k].first));
      }
    } else {
      for (auto& w : words) parts.push_back(d.substr(w.first, w.second - w.first));
    }
  } else {
    std::string sep;
    if (!bytes_arg(t, a[0], "", &sep)) return Value();
    if (sep.empty()) return t.raise(t.vm.types.ValueError, "empty separator");
    if (!right) {
      size_t p = 0;
      for (int64_t k = 0; maxsplit < 0 || k < maxsplit; ++k) {
        size_t q = d.find(sep, p);
        if (q == std::string::npos) break;
        parts.push_back(d.substr(p, q - p));
        p = q + sep.size();
      }
      parts.push_back(d.substr(p));
    } else {
      size_t e = d.size();
      std::vector<std::string> rev;
      for (int64_t k = 0; maxsplit < 0 || k < maxsplit; ++k) {
        if (e < sep.size()) break;
        size_t q = d.rfind(sep, e - sep.size());
        if (q == std::string::npos) break;
        rev.push_back(d.substr(q + sep.size(), e - q - sep.size()));
        e = q;
      }
      rev.push_back(d.substr(0, e));
      parts.assign(rev.rbegin(), rev.rend());
    }
  }
  Value list = new_list(t.vm);
  for (auto& p : parts) as_list(list)->items.push_back(same_kind(t, args[0], std::move(p)));
  return list;
}
Value bytes_split(Thread& t, Value* a, int n, Tuple* k) { return bytes_split_impl(t, a, n, k, false); }
Value bytes_rsplit(Thread& t, Value* a, int n, Tuple* k) { return bytes_split_impl(t, a, n, k, true); }

Value bytes_join(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "join", nargs - 1, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(t, args[1], items)) return Value();
  const std::string& sep = self_bytes(args)->data;
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_bytes_like(items[i]))
      return t.raise(t.vm.types.TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                     type_name(t, items[i]));
    if (i) out += sep;
    out += as_bytes(items[i])->data;
  }
  return same_kind(t, args[0], std::move(out));
}

template <bool Left, bool Right>
Value bytes_strip_t(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "strip", nargs - 1, 0, 1)) return Value();
  std::string chars;
  bool ws = nargs < 2 || args[1].is_none();
  if (!ws && !bytes_arg(t, args[1], "", &chars)) return Value();
  auto strip = [&](unsigned char c) { return ws ? is_space_byte(c) : chars.find(char(c)) != std::string::npos; };
  const std::string& d = self_bytes(args)->data;
  size_t b = 0, e = d.size();
  if (Left)
    while (b < e && strip(d[b])) ++b;
  if (Right)
    while (e > b && strip(d[e - 1])) --e;
  return same_kind(t, args[0], d.substr(b, e - b));
}

Value bytes_replace(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "replace", nargs - 1, 2, 3)) return Value();
  std::string old, rep;
  if (!bytes_arg(t, args[1], "", &old) || !bytes_arg(t, args[2], "", &rep)) return Value();
  int64_t count = -1;
  if (nargs > 3 && !to_index(t, args[3], &count)) return Value();
  const std::string& d = self_bytes(args)->data;
  std::string out;
  if (old.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= d.size(); ++i) {
      if (count < 0 || done < count) {
        out += rep;
        ++done;
      }
      if (i < d.size()) out += d[i];
    }
    return same_kind(t, args[0], std::move(out));
  }
  size_t p = 0;
  for (int64_t done = 0; count < 0 || done < count; ++done) {
    size_t q = d.find(old, p);
    if (q == std::string::npos) break;
    out.append(d, p, q - p);
    out += rep;
    p = q + old.size();
  }
  out.append(d, p, std::string::npos);
  return same_kind(t, args[0], std::move(out));
}

template <int (*F)(int)>
Value bytes_map_t(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "upper", nargs - 1, 0, 0)) return Value();
  std::string d = self_bytes(args)->data;
  for (char& c : d)
    if (static_cast<unsigned char>(c) < 0x80) c = char(F(static_cast<unsigned char>(c)));
  return same_kind(t, args[0], std::move(d));
}

template <int (*F)(int)>
Value bytes_is_t(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "isdigit", nargs - 1, 0, 0)) return Value();
  const std::string& d = self_bytes(args)->data;
  if (d.empty()) return Value::boolean(false);
  for (unsigned char c : d)
    if (c >= 0x80 || !F(c)) return Value::boolean(false);
  return Value::boolean(true);
}

Value bytes_partition_impl(Thread& t, Value* args, int nargs, bool right) {
  if (!check_nargs(t, right ? "rpartition" : "partition", nargs - 1, 1, 1)) return Value();
  std::string sep;
  if (!bytes_arg(t, args[1], "", &sep)) return Value();
  if (sep.empty()) return t.raise(t.vm.types.ValueError, "empty separator");
  const std::string& d = self_bytes(args)->data;
  size_t q = right ? d.rfind(sep) : d.find(sep);
  if (q == std::string::npos) {
    Value whole = same_kind(t, args[0], d), empty = same_kind(t, args[0], "");
    return right ? new_tuple(t.vm, {empty, same_kind(t, args[0], ""), whole})
                 : new_tuple(t.vm, {whole, empty, same_kind(t, args[0], "")});
  }
  return new_tuple(t.vm, {same_kind(t, args[0], d.substr(0, q)), same_kind(t, args[0], sep),
                          same_kind(t, args[0], d.substr(q + sep.size()))});
}
Value bytes_partition(Thread& t, Value* a, int n, Tuple*) { return bytes_partition_impl(t, a, n, false); }
Value bytes_rpartition(Thread& t, Value* a, int n, Tuple*) { return bytes_partition_impl(t, a, n, true); }

// ---- bytearray's mutators ----

bool byte_value(Thread& t, const Value& v, char* out) {
  int64_t n;
  if (!v.is_int() && !v.is_bool()) {
    t.raise(t.vm.types.TypeError, "'%s' object cannot be interpreted as an integer", type_name(t, v));
    return false;
  }
  n = v.as_int();
  if (n < 0 || n > 255) {
    t.raise(t.vm.types.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = char(n);
  return true;
}

Value ba_append(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "append", nargs - 1, 1, 1)) return Value();
  char c;
  if (!byte_value(t, args[1], &c)) return Value();
  self_bytes(args)->data += c;
  return Value::none();
}

Value ba_extend(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "extend", nargs - 1, 1, 1)) return Value();
  std::string data;
  Value src = args[1];
  if (!build_data(t, "bytearray", &src, 1, nullptr, &data)) return Value();
  self_bytes(args)->data += data;
  return Value::none();
}

Value ba_pop(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "pop", nargs - 1, 0, 1)) return Value();
  std::string& d = self_bytes(args)->data;
  if (d.empty()) return t.raise(t.vm.types.IndexError, "pop from empty bytearray");
  int64_t i = int64_t(d.size()) - 1;
  if (nargs > 1 && !to_index(t, args[1], &i)) return Value();
  if (i < 0) i += int64_t(d.size());
  if (i < 0 || i >= int64_t(d.size())) return t.raise(t.vm.types.IndexError, "pop index out of range");
  unsigned char c = static_cast<unsigned char>(d[size_t(i)]);
  d.erase(size_t(i), 1);
  return Value::integer(c);
}

Value ba_insert(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "insert", nargs - 1, 2, 2)) return Value();
  std::string& d = self_bytes(args)->data;
  int64_t i;
  char c;
  if (!to_index(t, args[1], &i) || !byte_value(t, args[2], &c)) return Value();
  int64_t n = int64_t(d.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  d.insert(size_t(std::min(i, n)), 1, c);
  return Value::none();
}

Value ba_remove(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "remove", nargs - 1, 1, 1)) return Value();
  char c;
  if (!byte_value(t, args[1], &c)) return Value();
  std::string& d = self_bytes(args)->data;
  size_t q = d.find(c);
  if (q == std::string::npos) return t.raise(t.vm.types.ValueError, "value not found in bytearray");
  d.erase(q, 1);
  return Value::none();
}

Value ba_clear(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "clear", nargs - 1, 0, 0)) return Value();
  self_bytes(args)->data.clear();
  return Value::none();
}

Value ba_reverse(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "reverse", nargs - 1, 0, 0)) return Value();
  std::string& d = self_bytes(args)->data;
  std::reverse(d.begin(), d.end());
  return Value::none();
}

Value ba_copy(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "copy", nargs - 1, 0, 0)) return Value();
  return new_bytearray(t.vm, self_bytes(args)->data);
}

}  // namespace

// ---- the object protocol ----

Value bytes_get_item(Thread& t, const Value& obj, const Value& key) {
  const std::string& d = as_bytes(obj)->data;
  if (is_kind(key, Kind::Slice)) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, static_cast<Slice*>(key.obj()), int64_t(d.size()), &start, &stop, &step, &count))
      return Value();
    std::string out;
    for (int64_t i = 0, k = start; i < count; ++i, k += step) out += d[size_t(k)];
    return same_kind(t, obj, std::move(out));
  }
  int64_t i;
  if (!sequence_index(t, key, int64_t(d.size()), is_bytearray(t.vm, obj) ? "bytearray" : "index", &i))
    return Value();
  return Value::integer(static_cast<unsigned char>(d[size_t(i)]));
}

bool bytearray_set_item(Thread& t, const Value& obj, const Value& key, Value v) {
  std::string& d = as_bytes(obj)->data;
  if (!is_kind(key, Kind::Slice)) {
    int64_t i;
    char c;
    if (!sequence_index(t, key, int64_t(d.size()), "bytearray", &i) || !byte_value(t, v, &c)) return false;
    d[size_t(i)] = c;
    return true;
  }
  int64_t start, stop, step, count;
  if (!slice_indices(t, static_cast<Slice*>(key.obj()), int64_t(d.size()), &start, &stop, &step, &count))
    return false;
  std::string src;
  if (is_bytes_like(v)) {
    src = as_bytes(v)->data;
  } else {
    std::vector<Value> items;
    if (!collect_iterable(t, v, items)) return false;
    for (auto& x : items) {
      char c;
      if (!byte_value(t, x, &c)) return false;
      src += c;
    }
  }
  if (step == 1) {
    d.replace(size_t(start), size_t(std::max<int64_t>(0, stop - start)), src);
    return true;
  }
  if (int64_t(src.size()) != count) {
    t.raise(t.vm.types.ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
            src.size(), (long long)count);
    return false;
  }
  for (int64_t i = 0, k = start; i < count; ++i, k += step) d[size_t(k)] = src[size_t(i)];
  return true;
}

bool bytearray_del_item(Thread& t, const Value& obj, const Value& key) {
  std::string& d = as_bytes(obj)->data;
  if (!is_kind(key, Kind::Slice)) {
    int64_t i;
    if (!sequence_index(t, key, int64_t(d.size()), "bytearray", &i)) return false;
    d.erase(size_t(i), 1);
    return true;
  }
  int64_t start, stop, step, count;
  if (!slice_indices(t, static_cast<Slice*>(key.obj()), int64_t(d.size()), &start, &stop, &step, &count))
    return false;
  std::vector<bool> drop(d.size());
  for (int64_t i = 0, k = start; i < count; ++i, k += step) drop[size_t(k)] = true;
  std::string out;
  for (size_t i = 0; i < d.size(); ++i)
    if (!drop[i]) out += d[i];
  d = std::move(out);
  return true;
}

int bytes_contains(Thread& t, Bytes* b, const Value& item) {
  if (item.is_int() || item.is_bool()) {
    char c;
    if (!byte_value(t, item, &c)) return -1;
    return b->data.find(c) != std::string::npos;
  }
  if (!is_bytes_like(item)) {
    t.raise(t.vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(t, item));
    return -1;
  }
  return b->data.find(as_bytes(item)->data) != std::string::npos;
}

// The ASCII text methods bytes shares with str (center, title, zfill, ...) run str's method on a
// stand-in string: ASCII bytes as themselves, bytes 0x80-0xff as private-use characters (no
// case, not letters, digits or spaces), so str's rules act exactly as bytes' ASCII-only rules.
namespace {

constexpr uint32_t kHighByteBase = 0xF700;

Value bytes_to_standin(Thread& t, const std::string& d) {
  std::string s;
  for (unsigned char c : d) {
    if (c < 0x80) s += char(c);
    else utf8_append(s, kHighByteBase + c);
  }
  return new_str(t.vm, std::move(s));
}

bool standin_to_bytes(Thread& t, const Value& v, std::string* out) {
  const std::string& s = as_str(v)->s;
  size_t p = 0;
  while (p < s.size()) {
    uint32_t cp = utf8_decode(s, &p);
    if (cp < 0x80) *out += char(cp);
    else if (cp >= kHighByteBase + 0x80 && cp <= kHighByteBase + 0xff) *out += char(cp - kHighByteBase);
    else return t.raise(t.vm.types.ValueError, "byte must be in range(0, 256)"), false;
  }
  return true;
}

template <const char* Name>
Value bytes_via_str(Thread& t, Value* args, int nargs, Tuple* kw) {
  std::vector<Value> sargs;
  for (int i = 0; i < nargs + (kw ? int(kw->size) : 0); ++i)
    sargs.push_back(is_bytes_like(args[i]) ? bytes_to_standin(t, as_bytes(args[i])->data) : args[i]);
  Value method = get_attr(t, sargs[0], t.vm.intern(Name));
  if (!method) return Value();
  Value r = call(t, method, sargs.data() + 1, nargs - 1, kw);
  if (!r || !is_str(r)) return r;
  std::string out;
  if (!standin_to_bytes(t, r, &out)) return Value();
  return same_kind(t, args[0], std::move(out));
}

constexpr char kCapitalize[] = "capitalize", kCenter[] = "center", kExpandtabs[] = "expandtabs",
               kLjust[] = "ljust", kRjust[] = "rjust", kZfill[] = "zfill", kSwapcase[] = "swapcase",
               kTitle[] = "title", kIstitle[] = "istitle", kRemoveprefix[] = "removeprefix",
               kRemovesuffix[] = "removesuffix";

Value bytes_isascii(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "isascii", nargs - 1, 0, 0)) return Value();
  for (unsigned char c : self_bytes(args)->data)
    if (c >= 0x80) return Value::boolean(false);
  return Value::boolean(true);
}

// bytes.splitlines(keepends=False): only \n, \r and \r\n end lines.
Value bytes_splitlines(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args(t, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, a)) return Value();
  bool keep = a[0] && truthy(t, a[0]) == 1;
  const std::string d = self_bytes(args)->data;
  Value list = new_list(t.vm);
  size_t i = 0;
  while (i < d.size()) {
    size_t j = i;
    while (j < d.size() && d[j] != '\n' && d[j] != '\r') ++j;
    size_t eol = j;
    if (j < d.size()) j += (d[j] == '\r' && j + 1 < d.size() && d[j + 1] == '\n') ? 2 : 1;
    as_list(list)->items.push_back(same_kind(t, args[0], d.substr(i, (keep ? j : eol) - i)));
    i = j;
  }
  return list;
}

// bytes.maketrans(from, to): a 256-byte table mapping each byte of `from` to the same-placed
// byte of `to` (a static method).
Value bytes_maketrans(Thread& t, Value* args, int nargs, Tuple*) {
  if (!check_nargs(t, "maketrans", nargs, 2, 2)) return Value();
  if (!is_bytes_like(args[0]) || !is_bytes_like(args[1]))
    return t.raise(t.vm.types.TypeError, "a bytes-like object is required, not '%s'",
                   type_name(t, is_bytes_like(args[0]) ? args[1] : args[0]));
  const std::string &from = as_bytes(args[0])->data, &to = as_bytes(args[1])->data;
  if (from.size() != to.size()) return t.raise(t.vm.types.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return new_bytes(t.vm, std::move(table));
}

// bytes.translate(table, /, delete=b''): table is None or 256 bytes.
Value bytes_translate(Thread& t, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(t, "translate", args + 1, nargs - 1, kw, {"table", "delete"}, 1, a)) return Value();
  const std::string* table = nullptr;
  if (!a[0].is_none()) {
    if (!is_bytes_like(a[0])) return t.raise(t.vm.types.TypeError, "a bytes-like object is required, not '%s'", type_name(t, a[0]));
    table = &as_bytes(a[0])->data;
    if (table->size() != 256) return t.raise(t.vm.types.ValueError, "translation table must be 256 characters long");
  }
  std::string del = a[1] && is_bytes_like(a[1]) ? as_bytes(a[1])->data : std::string();
  std::string out;
  for (unsigned char c : self_bytes(args)->data) {
    if (del.find(char(c)) != std::string::npos) continue;
    out += table ? (*table)[c] : char(c);
  }
  return same_kind(t, args[0], std::move(out));
}

// bytes % args: str's % on the stand-ins. A pre-pass reads the conversions: %r and %a (the
// same for bytes: ascii()) become %s of the ascii() text, %b becomes %s; bytes arguments become
// stand-in strings; a str argument to %s is refused as CPython refuses it.
Value bytes_percent(Thread& t, const Value& fmt, const Value& args) {
  std::string f = as_bytes(fmt)->data;
  std::vector<char> convs;  // per positional argument consumed: its conversion, '*' for a width
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i] != '%') continue;
    size_t k = i + 1;
    if (k < f.size() && f[k] == '(') {  // a mapping key: no positional bookkeeping
      while (k < f.size() && f[k] != ')') ++k;
      ++k;
    }
    while (k < f.size() && strchr("-+ #0123456789.*hlL", f[k])) {
      if (f[k] == '*') convs.push_back('*');
      ++k;
    }
    if (k >= f.size()) break;
    if (f[k] != '%') {
      char c = f[k];
      if (c == 'r' || c == 'a' || c == 'b') f[k] = 's';
      convs.push_back(c);
    }
    i = k;
  }
  size_t pos = 0;
  auto convert = [&](const Value& v, Value* out) {
    char c = pos < convs.size() ? convs[pos] : 's';
    ++pos;
    if (c == 'r' || c == 'a') {
      *out = ascii(t, v);
      return bool(*out);
    }
    if (is_str(v) && (c == 's' || c == 'b'))
      return t.raise(t.vm.types.TypeError,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not 'str'"), false;
    *out = is_bytes_like(v) ? bytes_to_standin(t, as_bytes(v)->data) : v;
    return true;
  };
  Value converted;
  if (is_exact_kind(args, Kind::Tuple)) {
    Tuple* tup = as_tuple(args);
    std::vector<Value> items(size_t(tup->size));
    for (int64_t i = 0; i < tup->size; ++i)
      if (!convert((*tup)[i], &items[size_t(i)])) return Value();
    converted = new_tuple(t.vm, items.data(), tup->size);
  } else if (is_dict(args)) {
    converted = args;
  } else if (!convert(args, &converted)) {
    return Value();
  }
  Value r = binary_op(t, BinOp::Mod, bytes_to_standin(t, f), converted, false);
  if (!r) return Value();
  std::string out;
  if (!standin_to_bytes(t, r, &out)) return Value();
  return same_kind(t, fmt, std::move(out));
}

}  // namespace

Value bytes_binary(Thread& t, BinOp op, const Value& a, const Value& b, bool inplace) {
  const std::string& d = as_bytes(a)->data;
  if (op == BinOp::Mod) return bytes_percent(t, a, b);
  if (op == BinOp::Add) {
    if (!is_bytes_like(b)) {
      if (b.is_obj() && b.obj()->type->heap) return Value();  // b's reflected method may apply
      return t.raise(t.vm.types.TypeError, "can't concat %s to %s", type_name(t, b), type_name(t, a));
    }
    if (inplace && is_bytearray(t.vm, a)) {
      as_bytes(a)->data += as_bytes(b)->data;
      return a;
    }
    return same_kind(t, a, d + as_bytes(b)->data);
  }
  if (op == BinOp::Mul && (b.is_int() || b.is_bool())) {
    int64_t n = std::max<int64_t>(0, b.as_int());
    if (n > 0 && d.size() > (size_t(1) << 34) / size_t(n))
      return t.raise(t.vm.types.MemoryError, "repeated bytes are too large");
    std::string out;
    out.reserve(d.size() * size_t(n));
    for (int64_t i = 0; i < n; ++i) out += d;
    return same_kind(t, a, std::move(out));
  }
  return Value();
}

void init_bytes_types(Thread& t) {
  Runtime& vm = t.vm;
  vm.types.bytes->construct = bytes_construct;
  vm.types.bytearray->construct = bytearray_construct;
  struct {
    const char* name;
    NativeFn fn;
  } shared[] = {
      {"decode", bytes_decode},
      {"hex", bytes_hex},
      {"find", bytes_find_t<false, false>},
      {"rfind", bytes_find_t<true, false>},
      {"index", bytes_find_t<false, true>},
      {"rindex", bytes_find_t<true, true>},
      {"count", bytes_count},
      {"startswith", bytes_startswith_t<false>},
      {"endswith", bytes_startswith_t<true>},
      {"split", bytes_split},
      {"rsplit", bytes_rsplit},
      {"join", bytes_join},
      {"strip", bytes_strip_t<true, true>},
      {"lstrip", bytes_strip_t<true, false>},
      {"rstrip", bytes_strip_t<false, true>},
      {"replace", bytes_replace},
      {"upper", bytes_map_t<toupper>},
      {"lower", bytes_map_t<tolower>},
      {"isdigit", bytes_is_t<isdigit>},
      {"isalpha", bytes_is_t<isalpha>},
      {"isalnum", bytes_is_t<isalnum>},
      {"isspace", bytes_is_t<isspace>},
      {"islower", bytes_is_t<islower>},
      {"isupper", bytes_is_t<isupper>},
      {"partition", bytes_partition},
      {"rpartition", bytes_rpartition},
      {"capitalize", bytes_via_str<kCapitalize>},
      {"center", bytes_via_str<kCenter>},
      {"expandtabs", bytes_via_str<kExpandtabs>},
      {"ljust", bytes_via_str<kLjust>},
      {"rjust", bytes_via_str<kRjust>},
      {"zfill", bytes_via_str<kZfill>},
      {"swapcase", bytes_via_str<kSwapcase>},
      {"title", bytes_via_str<kTitle>},
      {"istitle", bytes_via_str<kIstitle>},
      {"removeprefix", bytes_via_str<kRemoveprefix>},
      {"removesuffix", bytes_via_str<kRemovesuffix>},
      {"isascii", bytes_isascii},
      {"splitlines", bytes_splitlines},
      {"translate", bytes_translate},
  };
  for (auto& m : shared) {
    add_method(vm, vm.types.bytes, m.name, m.fn);
    add_method(vm, vm.types.bytearray, m.name, m.fn);
  }
  struct {
    const char* name;
    NativeFn fn;
  } mutators[] = {{"append", ba_append}, {"extend", ba_extend}, {"pop", ba_pop},
                  {"insert", ba_insert}, {"remove", ba_remove}, {"clear", ba_clear},
                  {"reverse", ba_reverse}, {"copy", ba_copy}};
  for (auto& m : mutators) add_method(vm, vm.types.bytearray, m.name, m.fn);
  vm.types.bytes->dict->set_str(vm.intern("fromhex"), new_native(vm, "fromhex", bytes_fromhex));
  vm.types.bytearray->dict->set_str(vm.intern("fromhex"), new_native(vm, "fromhex", bytearray_fromhex));
  add_method(vm, vm.types.str, "encode", str_encode);
  for (Type* ty : {vm.types.bytes, vm.types.bytearray}) {
    auto* sm = new Descriptor(vm.types.staticmethod, DescriptorKind::StaticMethod);
    sm->fget = new_native(vm, "maketrans", bytes_maketrans);
    ty->dict->set_str(vm.intern("maketrans"), Value::steal(sm));
  }
}

}  // namespace eddy
