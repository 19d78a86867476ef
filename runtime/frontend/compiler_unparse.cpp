// Expressions back to source text, for `from __future__ import annotations` (PEP 563): an
// annotation is kept as the string CPython's compiler would make of it, so the text matches
// byte for byte - CPython normalizes the source (spacing, quotes, parentheses) from its AST,
// and so does this, with the same operator precedences.
#include "runtime/frontend/compiler_internal.h"

namespace eddy::compiler_detail {

namespace {

// Precedence levels, loosest first: a subexpression is parenthesized when the context asks
// for a tighter level than its own.
enum Prec {
  kTuple, kTest, kOr, kAnd, kNot, kCmp, kBor, kBxor, kBand, kShift, kArith, kTerm, kFactor,
  kPower, kAwait, kAtom
};

struct BinInfo {
  const char* text;
  int prec;
};

BinInfo bin_info(int op) {
  switch (BinOp(op)) {
    case BinOp::Add: return {" + ", kArith};
    case BinOp::Sub: return {" - ", kArith};
    case BinOp::Mul: return {" * ", kTerm};
    case BinOp::MatMul: return {" @ ", kTerm};
    case BinOp::TrueDiv: return {" / ", kTerm};
    case BinOp::FloorDiv: return {" // ", kTerm};
    case BinOp::Mod: return {" % ", kTerm};
    case BinOp::LShift: return {" << ", kShift};
    case BinOp::RShift: return {" >> ", kShift};
    case BinOp::Or: return {" | ", kBor};
    case BinOp::Xor: return {" ^ ", kBxor};
    case BinOp::And: return {" & ", kBand};
    case BinOp::Pow: return {" ** ", kPower};
    default: return {" ? ", kAtom};
  }
}

const char* cmp_text(int op) {
  switch (op) {
    case int(CmpOp::Lt): return " < ";
    case int(CmpOp::Le): return " <= ";
    case int(CmpOp::Eq): return " == ";
    case int(CmpOp::Ne): return " != ";
    case int(CmpOp::Gt): return " > ";
    case int(CmpOp::Ge): return " >= ";
    case kCmpIn: return " in ";
    case kCmpNotIn: return " not in ";
    case kCmpIs: return " is ";
    default: return " is not ";
  }
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}

}  // namespace

std::string Compiler::repr_text(const Value& v) {
  Value r = repr(t_, v);
  if (!r) {
    t_.clear_pending();
    return "?";
  }
  std::string s = as_str(r)->s;
  if (v.is_float()) replace_all(s, "inf", "1e309");  // a literal that still reads back as inf
  return s;
}

std::string Compiler::unparse_args(const Arguments& a) {
  std::string out;
  bool first = true;
  auto sep = [&] {
    if (!first) out += ", ";
    first = false;
  };
  auto param = [&](const Param& p) {
    out += p.name;
    if (p.annotation) out += ": " + unparse(p.annotation.get(), kTest);
  };
  size_t npos = a.posonly.size() + a.args.size();
  for (size_t i = 0; i < npos; ++i) {
    sep();
    param(i < a.posonly.size() ? a.posonly[i] : a.args[i - a.posonly.size()]);
    long di = long(i) - long(npos) + long(a.defaults.size());
    if (di >= 0) out += "=" + unparse(a.defaults[size_t(di)].get(), kTest);
    if (!a.posonly.empty() && i + 1 == a.posonly.size()) out += ", /";
  }
  if (a.vararg || !a.kwonly.empty()) {
    sep();
    out += "*";
    if (a.vararg) param(*a.vararg);
  }
  for (size_t i = 0; i < a.kwonly.size(); ++i) {
    sep();
    param(a.kwonly[i]);
    if (i < a.kw_defaults.size() && a.kw_defaults[i]) out += "=" + unparse(a.kw_defaults[i].get(), kTest);
  }
  if (a.kwarg) {
    sep();
    out += "**";
    param(*a.kwarg);
  }
  return out;
}

std::string Compiler::unparse_fstring_body(const Node* e) {
  std::string body;
  for (auto& part : e->list) body += unparse_fstring_part(part.get());
  return body;
}

std::string Compiler::unparse_fstring_part(const Node* part) {
  if (part->kind == NodeKind::Str) {
    std::string text = part->str;
    replace_all(text, "{", "{{");
    replace_all(text, "}", "}}");
    return text;
  }
  if (part->kind == NodeKind::JoinedStr) return unparse_fstring_body(part);
  // A lambda's ':' would end the expression: parenthesized (a level tighter than kTest).
  std::string inner = unparse(part->a.get(), kTest + 1);
  std::string out = inner.starts_with("{") ? "{ " : "{";
  out += inner;
  if (part->op) out += std::string("!") + char(part->op);
  if (part->b) out += ":" + unparse_fstring_body(part->b.get());
  return out + "}";
}

std::string Compiler::unparse(const Node* e, int level) {
  auto open = [&](int prec) { return level > prec ? std::string("(") : std::string(); };
  auto close = [&](int prec) { return level > prec ? std::string(")") : std::string(); };
  auto items = [&](const NodeList& list, int prec) {
    std::string out;
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += unparse(list[i].get(), prec);
    }
    return out;
  };
  auto generators = [&](const NodeList& gens) {
    std::string out;
    for (auto& g : gens) {
      out += " for " + unparse(g->a.get(), kTuple) + " in " + unparse(g->b.get(), kTest + 1);
      for (auto& cond : g->list) out += " if " + unparse(cond.get(), kTest + 1);
    }
    return out;
  };
  switch (e->kind) {
    case NodeKind::Name:
      return e->str;
    case NodeKind::Constant:
      return e->str;  // None, True, False, ...
    case NodeKind::Int:
    case NodeKind::Float:
    case NodeKind::Str:
    case NodeKind::Bytes: {
      Value v = literal_value(e);
      return v ? repr_text(v) : e->str;
    }
    case NodeKind::JoinedStr:
      return "f" + repr_text(new_str(vm_, unparse_fstring_body(e)));
    case NodeKind::FormattedValue:
      return unparse_fstring_part(e);
    case NodeKind::BinOp: {
      BinInfo b = bin_info(e->op);
      bool right_assoc = BinOp(e->op) == BinOp::Pow;
      return open(b.prec) + unparse(e->a.get(), b.prec + right_assoc) + b.text +
             unparse(e->b.get(), b.prec + !right_assoc) + close(b.prec);
    }
    case NodeKind::UnaryOp: {
      int prec = e->op == '!' ? kNot : kFactor;
      std::string op = e->op == '!' ? "not " : std::string(1, char(e->op));
      return open(prec) + op + unparse(e->a.get(), prec) + close(prec);
    }
    case NodeKind::BoolOp: {
      int prec = e->op == 'a' ? kAnd : kOr;
      std::string out = open(prec);
      for (size_t i = 0; i < e->list.size(); ++i) {
        if (i) out += e->op == 'a' ? " and " : " or ";
        out += unparse(e->list[i].get(), prec + 1);
      }
      return out + close(prec);
    }
    case NodeKind::Compare: {
      std::string out = open(kCmp) + unparse(e->a.get(), kCmp + 1);
      for (size_t i = 0; i < e->list.size(); ++i)
        out += cmp_text(e->ops[i]) + unparse(e->list[i].get(), kCmp + 1);
      return out + close(kCmp);
    }
    case NodeKind::Call: {
      std::string out = unparse(e->a.get(), kAtom);
      if (e->list.size() == 1 && e->list2.empty() && e->list[0]->kind == NodeKind::GeneratorExp)
        return out + unparse(e->list[0].get(), kTest);
      out += "(" + items(e->list, kTest);
      for (size_t i = 0; i < e->list2.size(); ++i) {
        const Node* kw = e->list2[i].get();
        if (i || !e->list.empty()) out += ", ";
        out += (kw->str.empty() ? "**" : kw->str + "=") + unparse(kw->a.get(), kTest);
      }
      return out + ")";
    }
    case NodeKind::Attribute: {
      std::string out = unparse(e->a.get(), kAtom);
      return out + (e->a->kind == NodeKind::Int ? " ." : ".") + e->str;
    }
    case NodeKind::Subscript:
      return unparse(e->a.get(), kAtom) + "[" + unparse(e->b.get(), kTuple) + "]";
    case NodeKind::Slice: {
      std::string out;
      if (e->a) out += unparse(e->a.get(), kTest);
      out += ":";
      if (e->b) out += unparse(e->b.get(), kTest);
      if (e->c) out += ":" + unparse(e->c.get(), kTest);
      return out;
    }
    case NodeKind::Starred:
      return "*" + unparse(e->a.get(), kBor);
    case NodeKind::Tuple: {
      if (e->list.empty()) return "()";
      return open(kTuple) + items(e->list, kTest) + (e->list.size() == 1 ? "," : "") + close(kTuple);
    }
    case NodeKind::List:
      return "[" + items(e->list, kTest) + "]";
    case NodeKind::Set:
      return "{" + items(e->list, kTest) + "}";
    case NodeKind::Dict: {
      std::string out = "{";
      for (size_t i = 0; i < e->list2.size(); ++i) {
        if (i) out += ", ";
        if (e->list[i]) out += unparse(e->list[i].get(), kTest) + ": " + unparse(e->list2[i].get(), kTest);
        else out += "**" + unparse(e->list2[i].get(), kBor);
      }
      return out + "}";
    }
    case NodeKind::ListComp:
      return "[" + unparse(e->a.get(), kTest) + generators(e->list) + "]";
    case NodeKind::SetComp:
      return "{" + unparse(e->a.get(), kTest) + generators(e->list) + "}";
    case NodeKind::GeneratorExp:
      return "(" + unparse(e->a.get(), kTest) + generators(e->list) + ")";
    case NodeKind::DictComp:
      return "{" + unparse(e->a.get(), kTest) + ": " + unparse(e->b.get(), kTest) + generators(e->list) + "}";
    case NodeKind::IfExp:
      return open(kTest) + unparse(e->b.get(), kTest + 1) + " if " + unparse(e->a.get(), kTest + 1) +
             " else " + unparse(e->c.get(), kTest) + close(kTest);
    case NodeKind::Lambda: {
      bool positional = !e->args->posonly.empty() || !e->args->args.empty();
      return open(kTest) + (positional ? "lambda " : "lambda") + unparse_args(*e->args) + ": " +
             unparse(e->a.get(), kTest) + close(kTest);
    }
    case NodeKind::NamedExpr:
      return open(kTuple) + unparse(e->a.get(), kAtom) + ":=" + unparse(e->b.get(), kAtom) + close(kTuple);
    case NodeKind::Yield:
      return e->a ? "(yield " + unparse(e->a.get(), kTest) + ")" : "(yield)";
    case NodeKind::YieldFrom:
      return "(yield from " + unparse(e->a.get(), kTest) + ")";
    default:
      return "?";
  }
}

}  // namespace eddy::compiler_detail
