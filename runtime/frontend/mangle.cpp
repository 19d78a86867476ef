// Private name mangling. See mangle.h.
#include "runtime/frontend/mangle.h"

namespace eddy::frontend {

namespace {

// `cls` is the enclosing class's name without its leading underscores ("" outside classes).
void mangle(std::string& name, const std::string& cls) {
  if (cls.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return;
  if (name.find('.') != std::string::npos) return;
  name = "_" + cls + name;
}

void walk(Node* n, const std::string& cls);

void walk_list(NodeList& l, const std::string& cls) {
  for (auto& c : l)
    if (c) walk(c.get(), cls);
}

void walk_params(Arguments* args, const std::string& cls) {
  if (!args) return;
  auto param = [&](Param& p) {
    mangle(p.name, cls);
    if (p.annotation) walk(p.annotation.get(), cls);
  };
  for (auto& p : args->posonly) param(p);
  for (auto& p : args->args) param(p);
  for (auto& p : args->kwonly) param(p);
  if (args->vararg) param(*args->vararg);
  if (args->kwarg) param(*args->kwarg);
  walk_list(args->defaults, cls);
  walk_list(args->kw_defaults, cls);
}

void walk(Node* n, const std::string& cls) {
  switch (n->kind) {
    case NodeKind::Name:
    case NodeKind::Attribute:
    case NodeKind::FunctionDef:
    case NodeKind::ExceptHandler:
    case NodeKind::MatchAs:
    case NodeKind::MatchStar:
    case NodeKind::MatchMapping:
      if (!n->str.empty()) mangle(n->str, cls);
      break;
    case NodeKind::Global:
    case NodeKind::Nonlocal:
      for (auto& name : n->names) mangle(name, cls);
      break;
    case NodeKind::Alias: {
      // The name an import binds: the as-name, or the first component of the module name.
      if (!n->str2.empty()) {
        mangle(n->str2, cls);
      } else if (n->str != "*" && n->str.find('.') == std::string::npos) {
        std::string bound = n->str;
        mangle(bound, cls);
        if (bound != n->str) n->str2 = bound;
      }
      break;
    }
    case NodeKind::ClassDef: {
      std::string inner = n->str;
      mangle(n->str, cls);
      walk_list(n->list2, cls);  // decorators, bases and keywords run in the enclosing scope
      walk_list(n->list3, cls);
      walk_list(n->list4, cls);
      size_t i = inner.find_first_not_of('_');
      walk_list(n->list, i == std::string::npos ? std::string() : inner.substr(i));
      return;
    }
    default:
      break;
  }
  walk_params(n->args.get(), cls);
  for (Node* c : {n->a.get(), n->b.get(), n->c.get()})
    if (c) walk(c, cls);
  walk_list(n->list, cls);
  walk_list(n->list2, cls);
  walk_list(n->list3, cls);
  walk_list(n->list4, cls);
}

}  // namespace

void mangle_private_names(Node* module) { walk(module, std::string()); }

}  // namespace eddy::frontend
