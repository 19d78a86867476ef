// The symbol table. Two passes: collect what each scope does with each name, then resolve
// bindings top-down (CPython's analyze_block): a name bound in an enclosing function and used
// in an inner one becomes a cell there and a free variable here (and in every scope between).
#include "runtime/frontend/symtable.h"

#include <set>
#include <unordered_map>

#include "runtime/frontend/token.h"

namespace eddy::frontend {

namespace {

[[noreturn]] void fail(const Node* n, const std::string& msg) {
  SyntaxErrorInfo e;
  e.msg = msg;
  e.line = n ? n->line : 1;
  e.col = n ? n->col + 1 : 1;
  throw e;
}

struct Builder {
  std::unordered_map<const Node*, Scope*>* by_node;
  std::vector<Scope*> stack;

  Scope* cur() { return stack.back(); }

  void add(const std::string& name, uint32_t flag, const Node* at) {
    Scope* s = cur();
    uint32_t& f = s->flags[name];
    if (flag == kDefGlobal || flag == kDefNonlocal) {
      const char* what = flag == kDefGlobal ? "global" : "nonlocal";
      if (f & kDefParam) fail(at, "name '" + name + "' is parameter and " + what);
      if (f & kUse) fail(at, "name '" + name + "' is used prior to " + what + " declaration");
      if (f & kDefLocal) fail(at, "name '" + name + "' is assigned to before " + what + " declaration");
      if (flag == kDefGlobal && (f & kDefNonlocal)) fail(at, "name '" + name + "' is nonlocal and global");
      if (flag == kDefNonlocal && (f & kDefGlobal)) fail(at, "name '" + name + "' is nonlocal and global");
    }
    f |= flag;
  }

  Scope* push(Scope::Kind kind, const std::string& name, const Node* node) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = name;
    s->node = node;
    Scope* raw = s.get();
    cur()->children.push_back(std::move(s));
    (*by_node)[node] = raw;
    stack.push_back(raw);
    return raw;
  }
  void pop() { stack.pop_back(); }

  void body(const NodeList& stmts) {
    for (auto& s : stmts) stmt(s.get());
  }

  void params(const Arguments& a) {
    auto add_param = [&](const Param& p) {
      add(p.name, kDefParam, nullptr);
      cur()->params.push_back(p.name);
    };
    for (auto& p : a.posonly) add_param(p);
    for (auto& p : a.args) add_param(p);
    for (auto& p : a.kwonly) add_param(p);
    if (a.vararg) add_param(*a.vararg);
    if (a.kwarg) add_param(*a.kwarg);
  }

  // A case pattern: captures bind names here; value and class expressions are uses.
  void pattern(const Node* p) {
    switch (p->kind) {
      case NodeKind::MatchAs:
        if (p->a) pattern(p->a.get());
        if (!p->str.empty()) add(p->str, kDefLocal, p);
        break;
      case NodeKind::MatchStar:
        if (!p->str.empty()) add(p->str, kDefLocal, p);
        break;
      case NodeKind::MatchValue:
        expr(p->a.get());
        break;
      case NodeKind::MatchSequence:
      case NodeKind::MatchOr:
        for (auto& q : p->list) pattern(q.get());
        break;
      case NodeKind::MatchMapping:
        for (auto& k : p->list) expr(k.get());
        for (auto& q : p->list2) pattern(q.get());
        if (!p->str.empty()) add(p->str, kDefLocal, p);
        break;
      case NodeKind::MatchClass:
        expr(p->a.get());
        for (auto& q : p->list) pattern(q.get());
        for (auto& q : p->list2) pattern(q.get());
        break;
      default:
        break;
    }
  }

  void annotations(const Arguments& a) {
    auto visit = [&](const Param& p) {
      if (p.annotation) expr(p.annotation.get());
    };
    for (auto& p : a.posonly) visit(p);
    for (auto& p : a.args) visit(p);
    for (auto& p : a.kwonly) visit(p);
    if (a.vararg) visit(*a.vararg);
    if (a.kwarg) visit(*a.kwarg);
  }

  void defaults(const Arguments& a) {
    for (auto& d : a.defaults) expr(d.get());
    for (auto& d : a.kw_defaults)
      if (d) expr(d.get());
  }

  void target(const Node* n) {
    switch (n->kind) {
      case NodeKind::Name:
        add(n->str, kDefLocal, n);
        break;
      case NodeKind::Tuple:
      case NodeKind::List:
        for (auto& c : n->list) target(c.get());
        break;
      case NodeKind::Starred:
        target(n->a.get());
        break;
      default:
        expr(n);  // attribute / subscript: their parts are uses
        break;
    }
  }

  void stmt(const Node* s) {
    switch (s->kind) {
      case NodeKind::Match:
        expr(s->a.get());
        for (auto& c : s->list) {
          pattern(c->a.get());
          if (c->b) expr(c->b.get());
          body(c->list);
        }
        break;
      case NodeKind::FunctionDef: {
        for (auto& d : s->list2) expr(d.get());
        defaults(*s->args);
        annotations(*s->args);  // evaluated where the def runs
        if (s->b) expr(s->b.get());
        add(s->str, kDefLocal, s);
        push(Scope::Function, s->str, s);
        params(*s->args);
        body(s->list);
        pop();
        break;
      }
      case NodeKind::ClassDef:
        for (auto& d : s->list2) expr(d.get());
        for (auto& b : s->list3) expr(b.get());
        for (auto& k : s->list4) expr(k->a.get());
        add(s->str, kDefLocal, s);
        push(Scope::Class, s->str, s);
        body(s->list);
        pop();
        break;
      case NodeKind::Return:
        if (cur()->kind == Scope::Module) fail(s, "'return' outside function");
        if (s->a) expr(s->a.get());
        break;
      case NodeKind::Delete:
        for (auto& t : s->list) target(t.get());
        break;
      case NodeKind::Assign:
        expr(s->a.get());
        for (auto& t : s->list) target(t.get());
        break;
      case NodeKind::AugAssign:
        expr(s->b.get());
        if (s->a->kind == NodeKind::Name) {
          add(s->a->str, kUse, s->a.get());
          add(s->a->str, kDefLocal, s->a.get());
        } else {
          expr(s->a.get());
        }
        break;
      case NodeKind::AnnAssign:
        if (s->c) expr(s->c.get());
        if (cur()->kind != Scope::Function) expr(s->b.get());  // stored in __annotations__
        if (s->a->kind == NodeKind::Name) {
          if (s->c) add(s->a->str, kDefLocal, s->a.get());
        } else {
          expr(s->a.get());
        }
        break;
      case NodeKind::For:
        expr(s->b.get());
        target(s->a.get());
        body(s->list);
        body(s->list2);
        break;
      case NodeKind::While:
      case NodeKind::If:
        expr(s->a.get());
        body(s->list);
        body(s->list2);
        break;
      case NodeKind::Try:
        body(s->list);
        for (auto& h : s->list2) {
          if (h->a) expr(h->a.get());
          if (!h->str.empty()) add(h->str, kDefLocal, h.get());
          body(h->list);
        }
        body(s->list3);
        body(s->list4);
        break;
      case NodeKind::Raise:
        if (s->a) expr(s->a.get());
        if (s->b) expr(s->b.get());
        break;
      case NodeKind::Assert:
        expr(s->a.get());
        if (s->b) expr(s->b.get());
        break;
      case NodeKind::Expr:
        expr(s->a.get());
        break;
      case NodeKind::Import:
        for (auto& a : s->list) {
          std::string bound = a->str2.empty() ? a->str.substr(0, a->str.find('.')) : a->str2;
          add(bound, kDefLocal, a.get());
        }
        break;
      case NodeKind::ImportFrom:
        for (auto& a : s->list) {
          if (a->str == "*") {
            if (cur()->kind != Scope::Module) fail(s, "import * only allowed at module level");
            cur()->has_star = true;
            continue;
          }
          add(a->str2.empty() ? a->str : a->str2, kDefLocal, a.get());
        }
        break;
      case NodeKind::Global:
        for (auto& n : s->names) add(n, kDefGlobal, s);
        break;
      case NodeKind::Nonlocal:
        if (cur()->kind == Scope::Module) fail(s, "nonlocal declaration not allowed at module level");
        for (auto& n : s->names) add(n, kDefNonlocal, s);
        break;
      case NodeKind::With:
        for (auto& item : s->list) {
          expr(item->a.get());
          if (item->b) target(item->b.get());
        }
        body(s->list2);
        break;
      default:
        break;
    }
  }

  void comprehension(const Node* e, const char* name) {
    // The first iterable is evaluated in the enclosing scope; everything else in the new one.
    expr(e->list[0]->b.get());
    push(Scope::Comprehension, name, e);
    cur()->params.push_back(".0");
    add(".0", kDefParam, e);
    for (size_t i = 0; i < e->list.size(); ++i) {
      const Node* gen = e->list[i].get();
      if (i > 0) expr(gen->b.get());
      target(gen->a.get());
      for (auto& cond : gen->list) expr(cond.get());
    }
    if (e->a) expr(e->a.get());
    if (e->b) expr(e->b.get());
    pop();
  }

  void expr(const Node* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::Name:
        add(e->str, kUse, e);
        // super() and __class__ in a method need the class's __class__ cell.
        if ((e->str == "super" || e->str == "__class__") && cur()->kind == Scope::Function &&
            stack.size() >= 2 && stack[stack.size() - 2]->kind == Scope::Class) {
          add("__class__", kUse, e);
          stack[stack.size() - 2]->needs_class_cell = true;
        }
        break;
      case NodeKind::Lambda:
        defaults(*e->args);
        push(Scope::Function, "<lambda>", e);
        params(*e->args);
        expr(e->a.get());
        pop();
        break;
      case NodeKind::ListComp:
        comprehension(e, "<listcomp>");
        break;
      case NodeKind::SetComp:
        comprehension(e, "<setcomp>");
        break;
      case NodeKind::DictComp:
        comprehension(e, "<dictcomp>");
        break;
      case NodeKind::GeneratorExp:
        comprehension(e, "<genexpr>");
        by_node->at(e)->is_generator = true;
        break;
      case NodeKind::NamedExpr: {
        expr(e->b.get());
        // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
        if (cur()->kind == Scope::Comprehension) {
          Scope* owner = nullptr;
          for (size_t i = stack.size(); i-- > 0;)
            if (stack[i]->kind != Scope::Comprehension) {
              owner = stack[i];
              break;
            }
          owner->flags[e->a->str] |= kDefLocal;
          for (size_t i = stack.size(); i-- > 0 && stack[i] != owner;)
            stack[i]->flags[e->a->str] |= owner->kind == Scope::Module ? kDefGlobal : kDefNonlocal;
        } else {
          add(e->a->str, kDefLocal, e->a.get());
        }
        break;
      }
      case NodeKind::Yield:
      case NodeKind::YieldFrom:
        if (cur()->kind == Scope::Module || cur()->kind == Scope::Class) fail(e, "'yield' outside function");
        if (cur()->kind == Scope::Comprehension && cur()->name != "<genexpr>")
          fail(e, "'yield' inside " + std::string(cur()->name == "<listcomp>" ? "list" : cur()->name == "<setcomp>" ? "set" : "dict") + " comprehension");
        cur()->is_generator = true;
        expr(e->a.get());
        break;
      default:
        expr(e->a.get());
        expr(e->b.get());
        expr(e->c.get());
        for (auto& c : e->list) expr(c.get());
        for (auto& c : e->list2) expr(c.get());
        break;
    }
  }
};

// Resolves bindings. `enclosing` holds the names bound in enclosing function scopes. Returns
// the names this scope needs from outside (its free variables).
std::set<std::string> analyze(Scope* s, const std::set<std::string>& enclosing) {
  std::set<std::string> local;
  bool dict_scope = s->kind == Scope::Module || s->kind == Scope::Class;  // names live in a dict
  for (auto& [name, f] : s->flags) {
    if (s->kind == Scope::Class && name == "__class__" && s->needs_class_cell) continue;
    if (f & kDefGlobal) {
      s->bindings[name] = s->kind == Scope::Module ? Binding::Name : Binding::GlobalExplicit;
    } else if (f & kDefNonlocal) {
      if (!enclosing.count(name)) {
        SyntaxErrorInfo e;
        e.msg = "no binding for nonlocal '" + name + "' found";
        e.line = s->node ? s->node->line : 1;
        e.col = 1;
        throw e;
      }
      s->bindings[name] = Binding::Free;
    } else if (f & (kDefLocal | kDefParam)) {
      s->bindings[name] = dict_scope ? Binding::Name : Binding::Local;
      if (!dict_scope) local.insert(name);
    } else if (s->kind != Scope::Module && enclosing.count(name)) {
      s->bindings[name] = Binding::Free;
    } else {
      s->bindings[name] = dict_scope ? Binding::Name : Binding::GlobalImplicit;
    }
  }
  // A class's own names are not visible in its methods: they see what the class body sees.
  std::set<std::string> inner = enclosing;
  if (s->kind != Scope::Class)
    for (auto& n : local) inner.insert(n);
  for (auto& [name, b] : s->bindings)
    if (b == Binding::GlobalExplicit) inner.erase(name);
  if (s->kind == Scope::Class && s->needs_class_cell) {
    s->bindings["__class__"] = Binding::Cell;
    inner.insert("__class__");
  }
  std::set<std::string> child_free;
  for (auto& c : s->children) {
    auto f = analyze(c.get(), s->kind == Scope::Module ? std::set<std::string>{} : inner);
    child_free.insert(f.begin(), f.end());
  }
  std::set<std::string> my_free;
  for (auto& name : child_free) {
    auto it = s->bindings.find(name);
    if (s->kind == Scope::Class && name == "__class__" && s->needs_class_cell) continue;
    if (it != s->bindings.end() && it->second == Binding::Local) {
      it->second = Binding::Cell;
    } else if (s->kind != Scope::Module &&
               (it == s->bindings.end() || it->second == Binding::Free ||
                it->second == Binding::GlobalImplicit ||
                (s->kind == Scope::Class && it->second == Binding::Name &&
                 !(s->flags[name] & (kDefLocal | kDefParam)))) &&
               enclosing.count(name)) {
      s->bindings[name] = Binding::Free;  // passed through to the child
    }
  }
  for (auto& [name, b] : s->bindings)
    if (b == Binding::Free) my_free.insert(name);
  return my_free;
}

}  // namespace

std::unique_ptr<Scope> build_symtable(const Node* module,
                                      std::unordered_map<const Node*, Scope*>* by_node) {
  auto top = std::make_unique<Scope>();
  top->kind = Scope::Module;
  top->name = "<module>";
  top->node = module;
  Builder b{by_node, {top.get()}};
  b.body(module->list);
  analyze(top.get(), {});
  return top;
}

}  // namespace eddy::frontend
