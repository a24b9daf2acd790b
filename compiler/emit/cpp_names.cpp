// C++ names for Go entities (docs/ABI.md "Names").
#include "emit/emitter.h"

#include "diag/diagnostic_engine.h"
#include "types/scope.h"

#include <set>

namespace goxx::emit {

namespace {
// C++ keywords and names the generated code or the standard library reserve in our namespaces.
bool isReserved(const std::string& n) {
  static const std::set<std::string> kReserved = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "catch", "char",
      "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
      "constinit", "const_cast", "co_await", "co_return", "co_yield", "decltype", "delete", "do", "double",
      "dynamic_cast", "enum", "explicit", "export", "extern", "false", "float", "friend", "inline", "int",
      "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or",
      "or_eq", "private", "protected", "public", "register", "reinterpret_cast", "requires", "short",
      "signed", "sizeof", "static", "static_assert", "static_cast", "struct", "template", "this",
      "thread_local", "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using",
      "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "main", "goxx", "std", "errno",
      "assert", "NULL", "EOF", "stdin", "stdout", "stderr", "unix", "linux", "v", "errno", "exit", "abort"};
  return kReserved.count(n) != 0 || n.rfind("__", 0) == 0 || (n.size() > 1 && n[0] == '_' && isupper(n[1]));
}

std::string escape(const std::string& n) {
  if (n == "_") return "_blank";
  return isReserved(n) ? n + "_" : n;
}
} // namespace

std::string Emitter::packageNamespace(const types::Package* pkg) const {
  std::string ns = "goxx_pkg::";
  for (char c : pkg->path) ns += (c == '/' || c == '.' || c == '-') ? '_' : c;
  return ns;
}

std::string Emitter::qualifiedName(const types::Object* obj) {
  if (!obj->externName.empty()) return obj->externName;
  return packageNamespace(obj->pkg) + "::" + escape(obj->name);
}

std::string Emitter::localName(const types::Object* obj) {
  auto it = localNames_.find(obj);
  if (it != localNames_.end()) return it->second;
  std::string base = escape(obj->name);
  int& n = usedLocalNames_[base];
  std::string name = n == 0 ? base : base + "_" + std::to_string(n);
  ++n;
  localNames_[obj] = name;
  return name;
}

std::string Emitter::methodFuncName(types::Named* recvBase, const std::string& method) {
  return packageNamespace(recvBase->obj->pkg) + "::" + escape(recvBase->obj->name) + "__" + method;
}

std::string Emitter::freshTemp(const char* prefix) { return std::string("_") + prefix + std::to_string(++counter_); }

std::string Emitter::freshLabel(const char* prefix) { return std::string("_L") + prefix + std::to_string(++counter_); }

std::string Emitter::srcPos(const syntax::Node* n) {
  std::string name = "_pos" + std::to_string(++counter_);
  std::string file = session_.diags().fileName(n->pos.file).str();
  std::string fn = fs_ != nullptr ? fs_->goName : "";
  globals_.line("static const goxx::SrcPos " + name + "{" + cppStringLiteral(file) + ", " + std::to_string(n->pos.line) +
                ", " + cppStringLiteral(fn) + "};");
  return "&" + name;
}

std::string Emitter::lineDirective(const syntax::Node* n) {
  if (!options_.lineDirectives || n == nullptr) return "";
  if (!n->pos.isKnown()) return "";
  return "#line " + std::to_string(n->pos.line) + " " + cppStringLiteral(session_.diags().fileName(n->pos.file).str());
}

} // namespace goxx::emit
