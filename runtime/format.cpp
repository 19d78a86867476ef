// Text formatting with CPython's output: the format-spec mini-language (format(), f-strings,
// str.format) and printf-style `%` formatting.
#include <cmath>
#include <cstring>

#include "runtime/native.h"
#include "runtime/objects/classes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/ops.h"

namespace eddy {

namespace {

struct Spec {
  uint32_t fill = ' ';
  char align = 0;  // '<' '>' '^' '=' or 0
  char sign = 0;   // '+' '-' ' ' or 0
  bool alt = false;
  bool zero = false;
  int64_t width = -1;
  char grouping = 0;  // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;
};

bool parse_spec(Thread& t, std::string_view s, Spec* out) {
  size_t i = 0, n = s.size();
  // [[fill]align]
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (n > 0) {
    size_t p = 0;
    uint32_t cp = utf8_decode(s, &p);
    if (p < n && is_align(s[p])) {
      out->fill = cp;
      out->align = s[p];
      i = p + 1;
    } else if (is_align(s[0])) {
      out->align = s[0];
      i = 1;
    }
  }
  if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) out->sign = s[i++];
  if (i < n && s[i] == 'z') ++i;
  if (i < n && s[i] == '#') {
    out->alt = true;
    ++i;
  }
  if (i < n && s[i] == '0') {
    out->zero = true;
    ++i;
  }
  if (i < n && isdigit(static_cast<unsigned char>(s[i]))) {
    out->width = 0;
    while (i < n && isdigit(static_cast<unsigned char>(s[i]))) {
      out->width = out->width * 10 + (s[i++] - '0');
      if (out->width > 100000000) {
        t.raise(t.vm.types.ValueError, "Too many decimal digits in format string");
        return false;
      }
    }
  }
  if (i < n && (s[i] == ',' || s[i] == '_')) out->grouping = s[i++];
  if (i < n && s[i] == '.') {
    ++i;
    if (i >= n || !isdigit(static_cast<unsigned char>(s[i]))) {
      t.raise(t.vm.types.ValueError, "Format specifier missing precision");
      return false;
    }
    out->precision = 0;
    while (i < n && isdigit(static_cast<unsigned char>(s[i]))) {
      out->precision = out->precision * 10 + (s[i++] - '0');
      if (out->precision > 100000000) {
        t.raise(t.vm.types.ValueError, "Too many decimal digits in format string");
        return false;
      }
    }
  }
  if (i < n) out->type = s[i++];
  if (i < n) {
    t.raise(t.vm.types.ValueError, "Invalid format specifier");
    return false;
  }
  return true;
}

// Inserts thousands separators into a run of digits.
std::string group_digits(const std::string& digits, char sep, int every) {
  std::string out;
  int count = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    if (count == every) {
      out += sep;
      count = 0;
    }
    out += digits[i];
    ++count;
  }
  return std::string(out.rbegin(), out.rend());
}

// Pads `body` (already signed) to the spec's width. `sign_len` is how many leading characters
// of body are sign/prefix, for '=' alignment.
std::string pad(const Spec& sp, const std::string& body, size_t sign_len, char default_align) {
  int64_t len = utf8_length(body);
  char align = sp.align ? sp.align : default_align;
  uint32_t fill = sp.fill;
  if (sp.zero && !sp.align) {
    fill = '0';
    align = default_align == '<' ? '<' : '=';
  }
  if (sp.width <= len) return body;
  int64_t padn = sp.width - len;
  std::string f;
  utf8_append(f, fill);
  auto rep = [&](int64_t k) {
    std::string s;
    for (int64_t i = 0; i < k; ++i) s += f;
    return s;
  };
  switch (align) {
    case '<':
      return body + rep(padn);
    case '^':
      return rep(padn / 2) + body + rep(padn - padn / 2);
    case '=':
      return body.substr(0, sign_len) + rep(padn) + body.substr(sign_len);
    default:
      return rep(padn) + body;
  }
}

Value format_int(Thread& t, const Value& v, const Spec& sp) {
  char type = sp.type ? sp.type : 'd';
  if (sp.precision >= 0) return t.raise(t.vm.types.ValueError, "Precision not allowed in integer format specifier");
  int base = 10;
  std::string prefix;
  switch (type) {
    case 'd':
    case 'n':
      break;
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
      base = 16;
      prefix = "0x";
      break;
    case 'X':
      base = 16;
      prefix = "0X";
      break;
    case 'c': {
      int64_t cp = v.as_int();
      if (v.is_obj() || cp < 0 || cp > 0x10ffff)
        return t.raise(t.vm.types.OverflowError, "%%c arg not in range(0x110000)");
      if (sp.grouping) return t.raise(t.vm.types.ValueError, "Cannot specify '%c' with 'c'.", sp.grouping);
      std::string s;
      utf8_append(s, uint32_t(cp));
      return new_str(t.vm, pad(sp, s, 0, '>'));
    }
    default:
      return t.raise(t.vm.types.ValueError, "Unknown format code '%c' for object of type 'int'",
                     type);
  }
  bool neg = int_sign(v) < 0;
  Value absv = neg ? int_negate(t, v) : v;
  std::string digits = int_to_string(absv, base);
  if (type == 'X')
    for (char& c : digits) c = char(toupper(c));
  if (sp.grouping) digits = group_digits(digits, sp.grouping, base == 10 ? 3 : 4);
  std::string sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  if (sp.alt) sign += prefix;
  if (sp.zero && !sp.align && sp.grouping && sp.width > 0) {
    // Zero padding with grouping inserts separators into the padding too.
    std::string raw = int_to_string(absv, base);
    int every = base == 10 ? 3 : 4;
    while (int64_t(sign.size() + group_digits(raw, sp.grouping, every).size()) < sp.width)
      raw = "0" + raw;
    digits = group_digits(raw, sp.grouping, every);
  }
  return new_str(t.vm, pad(sp, sign + digits, sign.size(), '>'));
}

Value format_float(Thread& t, double d, const Spec& sp, bool from_int) {
  char type = sp.type;
  int64_t prec = sp.precision;
  std::string body;
  bool neg = std::signbit(d) && !std::isnan(d);
  double x = std::fabs(d);
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isinf(x) || std::isnan(x)) {
    body = std::isnan(x) ? "nan" : "inf";
    if (upper) body = std::isnan(x) ? "NAN" : "INF";
    if (type == '%') body += "%";
  } else {
    char buf[512];
    std::string fmt;
    switch (type) {
      case 'e':
      case 'E':
      case 'f':
      case 'F':
        snprintf(buf, sizeof buf, (std::string("%") + (sp.alt ? "#" : "") + ".*" + type).c_str(),
                 int(prec < 0 ? 6 : prec), x);
        body = buf;
        break;
      case '%':
        snprintf(buf, sizeof buf, sp.alt ? "%#.*f" : "%.*f", int(prec < 0 ? 6 : prec), x * 100);
        body = std::string(buf) + "%";
        break;
      case 'g':
      case 'G':
      case 'n':
        snprintf(buf, sizeof buf, (std::string("%") + (sp.alt ? "#" : "") + ".*" + (type == 'G' ? 'G' : 'g')).c_str(),
                 int(prec < 0 ? 6 : (prec == 0 ? 1 : prec)), x);
        body = buf;
        break;
      case 0:
        if (prec < 0) {
          body = float_repr(x);
        } else {
          snprintf(buf, sizeof buf, sp.alt ? "%#.*g" : "%.*g", int(prec == 0 ? 1 : prec), x);
          body = buf;
          if (body.find_first_of(".e") == std::string::npos) body += ".0";
        }
        break;
      default:
        return t.raise(t.vm.types.ValueError,
                       "Unknown format code '%c' for object of type 'float'", type);
    }
  }
  if (sp.grouping) {
    size_t end = body.find_first_not_of("0123456789");
    if (end == std::string::npos) end = body.size();
    body = group_digits(body.substr(0, end), sp.grouping, 3) + body.substr(end);
  }
  std::string sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  return new_str(t.vm, pad(sp, sign + body, sign.size(), '>'));
}

}  // namespace

Value format_value(Thread& t, const Value& v, std::string_view spec_text) {
  if (v.is_obj() && v.obj()->type->heap) {
    Value m = lookup_special(v, t.vm.dunders.__format__);
    if (m) {
      Value spec = new_str(t.vm, std::string(spec_text));
      Value r = call_special(t, m, v, &spec, 1);
      if (r && !is_str(r))
        return t.raise(t.vm.types.TypeError, "__format__ must return a str, not %s", type_name(t, r));
      return r;
    }
    if (spec_text.empty()) return to_str(t, v);
    if (v.obj()->kind == Kind::UserInstance)
      return t.raise(t.vm.types.TypeError, "unsupported format string passed to %s.__format__",
                     type_name(t, v));
    // an instance of a subclass of str, int, ...: formatted like its base
  }
  if (spec_text.empty()) return to_str(t, v);
  Spec sp;
  if (!parse_spec(t, spec_text, &sp)) return Value();
  if (v.is_int() || v.is_bool() || is_bigint(v)) {
    if (sp.type && strchr("eEfFgG%", sp.type)) {
      bool overflow;
      double d = int_to_double(t, v, &overflow);
      if (overflow) return t.raise(t.vm.types.OverflowError, "int too large to convert to float");
      return format_float(t, d, sp, true);
    }
    if (sp.sign == 0 && sp.type == 0 && sp.grouping == 0 && !sp.alt && v.is_bool() &&
        sp.width < 0)
      return to_str(t, v);
    return format_int(t, v, sp);
  }
  if (v.is_float()) return format_float(t, v.as_float(), sp, false);
  if (!is_str(v))  // object.__format__ accepts only an empty spec
    return t.raise(t.vm.types.TypeError, "unsupported format string passed to %s.__format__",
                   type_name(t, v));
  {
    if (sp.type && sp.type != 's')
      return t.raise(t.vm.types.ValueError, "Unknown format code '%c' for object of type 'str'",
                     sp.type);
    if (sp.grouping) return t.raise(t.vm.types.ValueError, "Cannot specify '%c' with 's'.", sp.grouping);
    if (sp.sign) return t.raise(t.vm.types.ValueError, "Sign not allowed in string format specifier");
    if (sp.alt) return t.raise(t.vm.types.ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=')
      return t.raise(t.vm.types.ValueError, "'=' alignment not allowed in string format specifier");
    std::string s = as_str(v)->s;
    if (sp.precision >= 0 && sp.precision < as_str(v)->length)
      s = s.substr(0, utf8_offset(as_str(v), sp.precision));
    return new_str(t.vm, pad(sp, s, 0, '<'));
  }
  return Value();
}

// ---- str.format ----

namespace {

bool format_field_value(Thread& t, std::string_view field, Value* args, int nargs,
                        Tuple* kwnames, int* auto_index, bool* manual, Value* out) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view head = field.substr(0, i);
  Value obj;
  bool numeric = !head.empty();
  for (char c : head)
    if (!isdigit(static_cast<unsigned char>(c))) numeric = false;
  if (head.empty() || numeric) {
    int64_t idx;
    if (head.empty()) {
      if (*manual) {
        t.raise(t.vm.types.ValueError,
                "cannot switch from manual field specification to automatic field numbering");
        return false;
      }
      idx = (*auto_index)++;
    } else {
      if (*auto_index > 0) {
        t.raise(t.vm.types.ValueError,
                "cannot switch from automatic field numbering to manual field specification");
        return false;
      }
      *manual = true;
      idx = std::stoll(std::string(head));
    }
    if (idx >= nargs) {
      t.raise(t.vm.types.IndexError, "Replacement index %lld out of range for positional args tuple",
              (long long)idx);
      return false;
    }
    obj = args[idx];
  } else {
    int nkw = kwnames ? int(kwnames->size) : 0;
    for (int k = 0; k < nkw; ++k)
      if (as_str((*kwnames)[k])->s == head) obj = args[nargs + k];
    if (!obj) {
      t.raise_value(new_exception(t, t.vm.types.KeyError,
                                  new_tuple(t.vm, {new_str(t.vm, std::string(head))})));
      return false;
    }
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = i + 1;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      obj = get_attr(t, obj, t.vm.intern(field.substr(i + 1, j - i - 1)));
      if (!obj) return false;
      i = j;
    } else {
      size_t j = field.find(']', i);
      if (j == std::string_view::npos) {
        t.raise(t.vm.types.ValueError, "Missing ']' in format string");
        return false;
      }
      std::string_view key = field.substr(i + 1, j - i - 1);
      bool digits = !key.empty();
      for (char c : key)
        if (!isdigit(static_cast<unsigned char>(c))) digits = false;
      Value k = digits ? Value::integer(std::stoll(std::string(key))) : new_str(t.vm, std::string(key));
      obj = get_item(t, obj, k);
      if (!obj) return false;
      i = j + 1;
    }
  }
  *out = std::move(obj);
  return true;
}

bool format_template(Thread& t, std::string_view fmt, Value* args, int nargs, Tuple* kwnames,
                     int* auto_index, bool* manual, std::string& out, int depth) {
  if (depth > 2) {
    t.raise(t.vm.types.ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, n = fmt.size();
  while (i < n) {
    char c = fmt[i];
    if (c == '{') {
      if (i + 1 < n && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      // Find the matching '}' (spec may contain nested {}).
      size_t j = i + 1;
      int level = 1;
      while (j < n && level > 0) {
        if (fmt[j] == '{') ++level;
        if (fmt[j] == '}') --level;
        if (level > 0) ++j;
      }
      if (j >= n) {
        t.raise(t.vm.types.ValueError, "expected '}' before end of string");
        return false;
      }
      std::string_view inner = fmt.substr(i + 1, j - i - 1);
      size_t colon = std::string_view::npos, bang = std::string_view::npos;
      int br = 0;
      for (size_t k = 0; k < inner.size(); ++k) {
        if (inner[k] == '[') ++br;
        if (inner[k] == ']') --br;
        if (br == 0 && inner[k] == '!' && bang == std::string_view::npos && colon == std::string_view::npos) bang = k;
        if (br == 0 && inner[k] == ':' && colon == std::string_view::npos) {
          colon = k;
          break;
        }
      }
      std::string_view field = inner.substr(0, std::min(bang, colon));
      char conv = 0;
      if (bang != std::string_view::npos) {
        size_t conv_end = colon == std::string_view::npos ? inner.size() : colon;
        if (conv_end != bang + 2) {
          t.raise(t.vm.types.ValueError, "expected ':' after conversion specifier");
          return false;
        }
        conv = inner[bang + 1];
      }
      std::string spec;
      if (colon != std::string_view::npos) {
        if (!format_template(t, inner.substr(colon + 1), args, nargs, kwnames, auto_index, manual,
                             spec, depth + 1))
          return false;
      }
      Value v;
      if (!format_field_value(t, field, args, nargs, kwnames, auto_index, manual, &v)) return false;
      if (conv == 'r') {
        v = repr(t, v);
      } else if (conv == 'a') {
        v = ascii(t, v);
      } else if (conv == 's') {
        v = to_str(t, v);
      } else if (conv) {
        t.raise(t.vm.types.ValueError, "Unknown conversion specifier %c", conv);
        return false;
      }
      if (!v) return false;
      Value s = format_value(t, v, spec);
      if (!s) return false;
      out += as_str(s)->s;
      i = j + 1;
    } else if (c == '}') {
      if (i + 1 < n && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      t.raise(t.vm.types.ValueError, "Single '}' encountered in format string");
      return false;
    } else {
      out += c;
      ++i;
    }
  }
  return true;
}

}  // namespace

Value str_format_method(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  std::string out;
  int auto_index = 0;
  bool manual = false;
  if (!format_template(t, as_str(args[0])->s, args + 1, nargs - 1, kwnames, &auto_index, &manual,
                       out, 0))
    return Value();
  return new_str(t.vm, std::move(out));
}

// str.format_map(mapping): format() with the mapping's string keys as keyword arguments.
Value str_format_map_method(Thread& t, Value* args, int nargs, Tuple* kwnames) {
  if (!check_nargs(t, "format_map", nargs - 1, 1, 1)) return Value();
  if (!is_dict(args[1]))
    return t.raise(t.vm.types.TypeError, "eddy's format_map() takes a dict, not %s", type_name(t, args[1]));
  std::vector<Value> names, values;
  for (auto& e : DictEntries(as_dict(args[1])->entries)) {
    if (e.key.is_null() || !is_str(e.key)) continue;
    names.push_back(e.key);
    values.push_back(e.value);
  }
  Value kw = new_tuple(t.vm, names.data(), int64_t(names.size()));
  std::string out;
  int auto_index = 0;
  bool manual = false;
  if (!format_template(t, as_str(args[0])->s, values.data(), 0, as_tuple(kw), &auto_index, &manual,
                       out, 0))
    return Value();
  return new_str(t.vm, std::move(out));
}

// ---- printf-style: "%s" % args ----

Value str_percent_format(Thread& t, const Value& fmtv, const Value& argsv) {
  const std::string& fmt = as_str(fmtv)->s;
  std::vector<Value> args;
  bool is_mapping = is_dict(argsv);
  if (is_tuple(argsv))
    args.assign(as_tuple(argsv)->items(), as_tuple(argsv)->items() + as_tuple(argsv)->size);
  else
    args.push_back(argsv);
  size_t ai = 0;
  bool used_mapping = false;
  std::string out;
  auto next_arg = [&](Value* v) -> bool {
    if (ai >= args.size()) {
      t.raise(t.vm.types.TypeError, "not enough arguments for format string");
      return false;
    }
    *v = args[ai++];
    return true;
  };
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      continue;
    }
    if (++i >= fmt.size()) return t.raise(t.vm.types.ValueError, "incomplete format");
    Value mapped;
    if (fmt[i] == '(') {
      size_t j = fmt.find(')', i);
      if (j == std::string::npos) return t.raise(t.vm.types.ValueError, "incomplete format key");
      if (!is_mapping) return t.raise(t.vm.types.TypeError, "format requires a mapping");
      mapped = get_item(t, argsv, new_str(t.vm, fmt.substr(i + 1, j - i - 1)));
      if (!mapped) return Value();
      used_mapping = true;
      i = j + 1;
    }
    Spec sp;
    bool left = false;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') left = true;
      else if (f == '+') sp.sign = '+';
      else if (f == ' ') { if (!sp.sign) sp.sign = ' '; }
      else if (f == '#') sp.alt = true;
      else if (f == '0') sp.zero = true;
      else break;
    }
    auto read_num = [&](int64_t* dst) -> bool {
      if (i < fmt.size() && fmt[i] == '*') {
        Value w;
        if (!next_arg(&w)) return false;
        if (!to_index(t, w, dst)) return false;
        ++i;
        return true;
      }
      if (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) {
        *dst = 0;
        while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) *dst = *dst * 10 + (fmt[i++] - '0');
      }
      return true;
    };
    if (!read_num(&sp.width)) return Value();
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      sp.precision = 0;
      if (!read_num(&sp.precision)) return Value();
    }
    while (i < fmt.size() && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return t.raise(t.vm.types.ValueError, "incomplete format");
    char conv = fmt[i];
    if (conv == '%') {
      out += '%';
      continue;
    }
    Value v = mapped;
    if (!v && !next_arg(&v)) return Value();
    if (left) {
      sp.align = '<';
      sp.zero = false;
    } else if (!sp.zero) {
      sp.align = '>';
    }
    Value piece;
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        Value s = conv == 's' ? to_str(t, v) : conv == 'r' ? repr(t, v) : ascii(t, v);
        if (!s) return Value();
        std::string body = as_str(s)->s;
        if (sp.precision >= 0 && sp.precision < as_str(s)->length)
          body = body.substr(0, utf8_offset(as_str(s), sp.precision));
        Spec ps;
        ps.width = sp.width;
        ps.align = left ? '<' : '>';
        out += pad(ps, body, 0, '>');
        continue;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        Value iv = v;
        if (v.is_float()) {
          iv = int_from_double(t, v.as_float());
          if (!iv) return Value();
        } else if (!(v.is_int() || v.is_bool() || is_bigint(v))) {
          if (conv == 'd' || conv == 'i' || conv == 'u')
            return t.raise(t.vm.types.TypeError, "%%%c format: a real number is required, not %s",
                           conv, type_name(t, v));
          return t.raise(t.vm.types.TypeError, "%%%c format: an integer is required, not %s", conv,
                         type_name(t, v));
        }
        if (v.is_bool()) iv = Value::integer(v.as_int());
        Spec is = sp;
        is.type = (conv == 'i' || conv == 'u') ? 'd' : conv;
        is.precision = -1;
        if (is.zero && !left) {
          is.align = '=';
          is.fill = '0';
        }
        piece = format_int(t, iv, is);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (v.is_float()) {
          d = v.as_float();
        } else if (v.is_int() || v.is_bool() || is_bigint(v)) {
          bool overflow;
          d = int_to_double(t, v, &overflow);
        } else {
          return t.raise(t.vm.types.TypeError, "must be real number, not %s", type_name(t, v));
        }
        Spec fs = sp;
        fs.type = conv;
        if (fs.precision < 0) fs.precision = 6;
        if (fs.zero && !left) {
          fs.align = '=';
          fs.fill = '0';
        }
        piece = format_float(t, d, fs, false);
        break;
      }
      case 'c': {
        if (is_str(v) && as_str(v)->length == 1) {
          out += as_str(v)->s;
          continue;
        }
        Spec cs;
        cs.type = 'c';
        piece = format_int(t, v, cs);
        break;
      }
      default:
        return t.raise(t.vm.types.ValueError,
                       "unsupported format character '%c' (0x%x) at index %zu", conv, conv, i);
    }
    if (!piece) return Value();
    out += as_str(piece)->s;
  }
  if (ai < args.size() && !used_mapping && !(args.size() == 1 && is_mapping))
    return t.raise(t.vm.types.TypeError, "not all arguments converted during string formatting");
  return new_str(t.vm, std::move(out));
}

}  // namespace eddy
