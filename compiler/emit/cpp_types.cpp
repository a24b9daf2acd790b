// Go types as C++ types (docs/ABI.md "Types"), and the generated type definitions, descriptors
// (goxx::TypeOf) and method tables.
//
// Invariant: every generated C++ struct is forward-declared before any use and defined after the
// definitions of the types it holds by value (fields, array elements, wrapped values); types it refers
// to only through a handle (Ptr, Slice, Map, Chan, Func) need no order.
#include "emit/emitter.h"

#include "types/lookup.h"
#include "types/predicates.h"
#include "types/scope.h"
#include "types/type_string.h"

#include <llvm/Support/Casting.h>

namespace goxx::emit {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using namespace types;

static bool isEmptyInterface(Type* t) {
  auto* i = dyn_cast<Interface>(t);
  return i != nullptr && interfaceMethods(i).empty();
}

static bool isErrorType(const Type* t) {
  auto* n = dyn_cast<Named>(t);
  return n != nullptr && n->obj->pkg == nullptr && n->obj->name == "error";
}

std::string Emitter::genTypeName(Type* t) {
  auto it = genTypeNames_.find(t);
  if (it != genTypeNames_.end()) return it->second;
  if (!llvm::isa<Named>(t)) {
    for (Type* g : genTypes_)
      if (!llvm::isa<Named>(g) && identical(g, t)) {
        std::string name = genTypeNames_[g];
        genTypeNames_[t] = name;
        return name;
      }
  }
  std::string name;
  if (auto* n = dyn_cast<Named>(t)) {
    name = packageNamespace(n->obj->pkg) + "::" + n->obj->name;
    // Types declared inside functions may repeat names.
    if (n->obj->parent != nullptr && n->obj->parent != n->obj->pkg->scope) name += "_" + std::to_string(++counter_);
  } else {
    name = std::string("goxx_pkg::anon::") + (llvm::isa<Struct>(t) ? "Struct" : "Iface") + std::to_string(++counter_);
  }
  genTypeNames_[t] = name;
  genTypes_.push_back(t);
  return name;
}

std::string Emitter::cppType(Type* t) {
  switch (t->typeKind) {
  case TypeKind::Basic:
    switch (cast<Basic>(t)->basicKind) {
    case BasicKind::Bool: case BasicKind::UntypedBool: return "bool";
    case BasicKind::Int: case BasicKind::UntypedInt: return "goxx::Int";
    case BasicKind::Int8: return "goxx::Int8";
    case BasicKind::Int16: return "goxx::Int16";
    case BasicKind::Int32: case BasicKind::UntypedRune: return "goxx::Int32";
    case BasicKind::Int64: return "goxx::Int64";
    case BasicKind::Uint: return "goxx::Uint";
    case BasicKind::Uint8: return "goxx::Uint8";
    case BasicKind::Uint16: return "goxx::Uint16";
    case BasicKind::Uint32: return "goxx::Uint32";
    case BasicKind::Uint64: case BasicKind::Uintptr: return "goxx::Uint64";
    case BasicKind::Float32: return "goxx::Float32";
    case BasicKind::Float64: case BasicKind::UntypedFloat: return "goxx::Float64";
    case BasicKind::String: case BasicKind::UntypedString: return "goxx::String";
    case BasicKind::UntypedNil: return "std::nullptr_t";
    default: return "void";
    }
  case TypeKind::Named: {
    auto* n = cast<Named>(t);
    if (!n->obj->externName.empty()) return n->obj->externName;
    if (isErrorType(n)) return "goxx::Error";
    if (n->obj->pkg == nullptr) return cppType(n->underlying); // comparable, any
    return genTypeName(t);
  }
  case TypeKind::Pointer: return "goxx::Ptr<" + cppType(cast<Pointer>(t)->elem) + ">";
  case TypeKind::Slice: return "goxx::Slice<" + cppType(cast<Slice>(t)->elem) + ">";
  case TypeKind::Array:
    return "goxx::Array<" + cppType(cast<Array>(t)->elem) + ", " + std::to_string(cast<Array>(t)->len) + ">";
  case TypeKind::Map: return "goxx::Map<" + cppType(cast<Map>(t)->key) + ", " + cppType(cast<Map>(t)->elem) + ">";
  case TypeKind::Chan: return "goxx::Chan<" + cppType(cast<Chan>(t)->elem) + ">";
  case TypeKind::Signature: return "goxx::Func<" + funcSignature(cast<Signature>(t)) + ">";
  case TypeKind::Struct: return genTypeName(t);
  case TypeKind::Interface: return isEmptyInterface(t) ? "goxx::Any" : genTypeName(t);
  case TypeKind::Tuple: return tupleType(cast<Tuple>(t));
  }
  return "void";
}

std::string Emitter::tupleType(Tuple* t) {
  if (t->size() == 0) return "void";
  if (t->size() == 1) return cppType(t->vars[0]->type);
  std::string s = "std::tuple<";
  for (size_t i = 0; i < t->size(); ++i) s += (i ? ", " : "") + cppType(t->vars[i]->type);
  return s + ">";
}

std::string Emitter::funcSignature(Signature* sig) {
  std::string s = tupleType(sig->results) + "(";
  for (size_t i = 0; i < sig->params->size(); ++i) s += (i ? ", " : "") + cppType(sig->params->vars[i]->type);
  return s + ")";
}

// A type as Go's reflect spells it (what %T prints and what the runtime's method signatures use):
// "interface {}", "struct { A int }", "func(int) (string, error)", "main.T".
std::string reflectTypeName(const Type* t) {
  switch (t->typeKind) {
  case TypeKind::Basic: {
    auto* b = cast<Basic>(t);
    if (b->basicKind == BasicKind::Uint8) return "uint8";
    if (b->basicKind == BasicKind::Int32) return "int32";
    return b->name;
  }
  case TypeKind::Named: {
    auto* n = cast<Named>(t);
    if (n->obj->pkg == nullptr) return n->obj->name == "any" ? "interface {}" : n->obj->name;
    return n->obj->pkg->name + "." + n->obj->name;
  }
  case TypeKind::Pointer: return "*" + reflectTypeName(cast<Pointer>(t)->elem);
  case TypeKind::Slice: return "[]" + reflectTypeName(cast<Slice>(t)->elem);
  case TypeKind::Array: return "[" + std::to_string(cast<Array>(t)->len) + "]" + reflectTypeName(cast<Array>(t)->elem);
  case TypeKind::Map: return "map[" + reflectTypeName(cast<Map>(t)->key) + "]" + reflectTypeName(cast<Map>(t)->elem);
  case TypeKind::Chan: {
    auto* c = cast<Chan>(t);
    const char* p = c->dir == ChanDir::SendOnly ? "chan<- " : c->dir == ChanDir::RecvOnly ? "<-chan " : "chan ";
    return p + reflectTypeName(c->elem);
  }
  case TypeKind::Signature: {
    auto* sig = cast<Signature>(t);
    std::string r = "func(";
    for (size_t i = 0; i < sig->params->size(); ++i) {
      if (i) r += ", ";
      const Type* pt = sig->params->vars[i]->type;
      if (sig->variadic && i + 1 == sig->params->size())
        r += "..." + reflectTypeName(cast<Slice>(pt)->elem);
      else
        r += reflectTypeName(pt);
    }
    r += ")";
    if (sig->results->size() == 1) r += " " + reflectTypeName(sig->results->vars[0]->type);
    if (sig->results->size() > 1) {
      r += " (";
      for (size_t i = 0; i < sig->results->size(); ++i) r += (i ? ", " : "") + reflectTypeName(sig->results->vars[i]->type);
      r += ")";
    }
    return r;
  }
  case TypeKind::Struct: {
    auto* st = cast<Struct>(t);
    if (st->fields.empty()) return "struct {}";
    std::string r = "struct { ";
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (i) r += "; ";
      if (!st->fields[i]->embedded) r += st->fields[i]->name + " ";
      r += reflectTypeName(st->fields[i]->type);
    }
    return r + " }";
  }
  case TypeKind::Interface: {
    auto* it = cast<Interface>(t);
    const auto& ms = interfaceMethods(const_cast<Interface*>(it));
    if (ms.empty()) return "interface {}";
    std::string r = "interface { ";
    for (size_t i = 0; i < ms.size(); ++i)
      r += (i ? "; " : "") + ms[i]->name + reflectTypeName(ms[i]->type).substr(4);
    return r + " }";
  }
  case TypeKind::Tuple: return "";
  }
  return "";
}

std::string Emitter::typeDescExpr(Type* t) { return "goxx::typeOf<" + cppType(t) + ">()"; }

std::string Emitter::zeroValue(Type* t) {
  if (isUntyped(t)) t = defaultType(session_.typeContext(), t);
  return cppType(t) + "{}";
}

bool Emitter::isNamedWrapper(Type* t) const {
  auto* n = dyn_cast<Named>(t);
  if (n == nullptr || n->obj->pkg == nullptr) return false;
  return !llvm::isa<Struct>(n->underlying) && !llvm::isa<Interface>(n->underlying);
}

std::string Emitter::underlyingValue(Type* t, const std::string& e) {
  return isNamedWrapper(t) ? "(" + e + ").v" : e;
}

std::string Emitter::wrapValue(Type* t, const std::string& e) {
  return isNamedWrapper(t) ? cppType(t) + "{" + e + "}" : e;
}

namespace {
std::string mangledTypeName(const std::string& cppName) {
  std::string r;
  for (char c : cppName) r += c == ':' ? '_' : c;
  return r;
}

// The method set of T (value receivers, plus promoted ones) or of *T (all), as lookup results.
struct MethodEntry {
  std::string name;
  LookupResult lookup;
};

void collectMethodNames(Type* t, std::set<std::string>& names, int depth) {
  if (depth > 8) return;
  if (auto* p = dyn_cast<Pointer>(t)) t = p->elem;
  if (auto* n = dyn_cast<Named>(t)) {
    for (Func* m : n->methods) names.insert(m->name);
    if (auto* i = dyn_cast<Interface>(n->underlying)) {
      for (Func* m : interfaceMethods(i)) names.insert(m->name);
      return;
    }
    t = n->underlying;
  }
  if (auto* s = dyn_cast<Struct>(t))
    for (Var* f : s->fields)
      if (f->embedded) collectMethodNames(f->type, names, depth + 1);
}
} // namespace

// Defines the C++ struct for a generated type (after the structs it holds by value).
static void typeDeps(Type* t, std::vector<Type*>& out) {
  switch (t->typeKind) {
  case TypeKind::Named: out.push_back(t); return;
  case TypeKind::Array: typeDeps(cast<Array>(t)->elem, out); return;
  case TypeKind::Struct:
    out.push_back(t);
    return;
  case TypeKind::Interface: out.push_back(t); return;
  default: return;
  }
}

void Emitter::emitTypeSections() {
  // Definitions may register new types (field types): iterate to a fixed point.
  std::set<const Type*> defined;
  std::set<const Type*> inProgress;
  std::function<void(Type*)> define = [&](Type* t) {
    if (auto* n = dyn_cast<Named>(t)) {
      if (!n->obj->externName.empty() || n->obj->pkg == nullptr) return;
    }
    if (llvm::isa<Interface>(t) && isEmptyInterface(t)) return;
    std::string name = genTypeName(t);
    // Unnamed identical types share one definition.
    Type* rep = t;
    for (Type* g : genTypes_)
      if (genTypeNames_[g] == name) { rep = g; break; }
    if (defined.count(rep) || inProgress.count(rep)) return;
    inProgress.insert(rep);
    Type* u = rep;
    if (auto* n = dyn_cast<Named>(rep)) u = n->underlying;
    std::string ns = name.substr(0, name.rfind("::"));
    std::string local = name.substr(name.rfind("::") + 2);
    if (auto* s = dyn_cast<Struct>(u)) {
      std::vector<Type*> deps;
      for (Var* f : s->fields) typeDeps(f->type, deps);
      for (Type* d : deps) define(d);
      std::string body = "namespace " + ns + " {\nstruct " + local + " {\n";
      for (Var* f : s->fields) body += "  " + cppType(f->type) + " " + (f->name == "_" ? "_blank" + std::to_string(++counter_) : f->name + (f->name == "v" ? "" : "")) + "{};\n";
      if (comparable(u)) body += "  bool operator==(const " + local + "&) const = default;\n";
      body += "};\n}\n";
      typeFwd_.line("namespace " + ns + " { struct " + local + "; }");
      typeDefs_.raw(body);
    } else if (auto* i = dyn_cast<Interface>(u)) {
      typeFwd_.line("namespace " + ns + " { struct " + local + "; }");
      typeDefs_.raw("namespace " + ns + " {\nstruct " + local + " : goxx::Any {\n  using goxx::Any::Any;\n  " + local +
                    "() = default;\n  explicit " + local + "(const goxx::Any& a) : goxx::Any(a) {}\n};\n}\n");
      (void)i;
    } else {
      std::vector<Type*> deps;
      typeDeps(u, deps);
      for (Type* d : deps) define(d);
      std::string body = "namespace " + ns + " {\nstruct " + local + " {\n  " + cppType(u) + " v{};\n";
      if (comparable(u)) body += "  bool operator==(const " + local + "&) const = default;\n";
      body += "};\n}\n";
      typeFwd_.line("namespace " + ns + " { struct " + local + "; }");
      typeDefs_.raw(body);
    }
    inProgress.erase(rep);
    defined.insert(rep);
  };
  std::set<std::string> described;
  for (size_t i = 0; i < genTypes_.size(); ++i) {
    Type* t = genTypes_[i];
    define(t);
    std::string name = genTypeNames_[t];
    if (!described.insert(name).second) continue;
    // goxx::TypeOf (and GoHash for comparable structs and wrappers).
    Type* u = t;
    std::string goName;
    if (auto* n = dyn_cast<Named>(t)) {
      u = n->underlying;
      goName = (n->obj->pkg ? n->obj->pkg->name + "." : "") + n->obj->name;
    }
    if (auto* iface = dyn_cast<Interface>(u)) {
      std::string ms;
      for (Func* m : interfaceMethods(iface))
        ms += std::string(ms.empty() ? "" : ", ") + "{\"" + m->name + "\", nullptr, " +
              cppStringLiteral(reflectTypeName(m->type)) + "}";
      typeInfo_.line("template <> struct goxx::TypeOf<" + name + "> { static const goxx::TypeDesc* get() { static const goxx::TypeDesc d = goxx::interfaceType(" +
                     cppStringLiteral(goName.empty() ? reflectTypeName(t) : goName) + ", std::vector<goxx::Method>{" + ms + "}); return &d; } };");
      continue;
    }
    // Method tables: value methods for T, all methods for *T.
    std::vector<std::string> valueMethods, ptrMethods;
    if (auto* n = dyn_cast<Named>(t)) {
      std::set<std::string> names;
      collectMethodNames(t, names, 0);
      for (const std::string& m : names) {
        for (int ptr = 0; ptr < 2; ++ptr) {
          Type* recvT = ptr ? static_cast<Type*>(session_.typeContext().newType<Pointer>(t)) : t;
          LookupResult r = lookupFieldOrMethod(recvT, false, n->obj->pkg, m);
          auto* f = dyn_cast_or_null<Func>(r.obj);
          if (f == nullptr || r.needsAddressable) continue;
          auto* sig = cast<Signature>(f->type);
          std::string wrapper = "::" + mangledTypeName(name) + "__" + m + (ptr ? "__pw" : "__vw");
          std::string recvCpp = ptr ? "goxx::Ptr<" + name + ">" : name;
          std::string params, args;
          for (size_t k = 0; k < sig->params->size(); ++k) {
            params += ", " + cppType(sig->params->vars[k]->type) + " a" + std::to_string(k);
            args += std::string(k ? ", " : "") + "std::move(a" + std::to_string(k) + ")";
          }
          std::string ret = tupleType(sig->results);
          protos_.line("static " + ret + " " + wrapper.substr(wrapper.rfind("::") + 2) + "_g(const void* recv" + params + ");");
          // Body: evaluate the receiver path, then call.
          FuncState* saved = fs_;
          CodeBuffer buf;
          FuncState tmp;
          tmp.out = &buf;
          fs_ = &tmp;
          std::string base = "(*static_cast<const " + recvCpp + "*>(recv))";
          Type* baseType = recvT;
          std::vector<std::string> argv;
          for (size_t k = 0; k < sig->params->size(); ++k) argv.push_back("std::move(a" + std::to_string(k) + ")");
          std::string call = methodCallText(base, baseType, r.index, f, argv);
          fs_ = saved;
          bodies_.line("static " + ret + " " + wrapper.substr(wrapper.rfind("::") + 2) + "_g(const void* recv" + params + ") {");
          bodies_.raw(buf.text());
          bodies_.line(std::string("  ") + (ret == "void" ? "" : "return ") + call + ";");
          bodies_.line("}");
          std::string entry = "goxx::method(\"" + m + "\", &" + wrapper.substr(wrapper.rfind("::") + 2) + "_g, " +
                              cppStringLiteral(reflectTypeName(sig)) + ")";
          (ptr ? ptrMethods : valueMethods).push_back(entry);
          (void)args;
        }
      }
    }
    auto join = [](const std::vector<std::string>& v) {
      std::string s;
      for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
      return s;
    };
    if (auto* s = dyn_cast<Struct>(u)) {
      std::string fields;
      for (Var* f : s->fields) {
        if (f->name == "_") continue;
        fields += std::string(fields.empty() ? "" : ", ") + "goxx::field<&" + name + "::" + f->name + ">(\"" + f->name +
                  "\"" + (f->embedded ? ", true" : "") + ")";
      }
      typeInfo_.line("template <> struct goxx::TypeOf<" + name + "> { static const goxx::TypeDesc* get() { static const goxx::TypeDesc d = goxx::structType<" +
                     name + ">(" + cppStringLiteral(goName) + ", {" + fields + "}, {" + join(valueMethods) + "}); return &d; } };");
      if (comparable(u)) {
        std::string h = "template <> struct goxx::GoHash<" + name + "> { uint64_t operator()(const " + name +
                        "& v, uint64_t seed) const { ";
        for (Var* f : s->fields)
          if (f->name != "_") h += "seed = goxx::hashCombine(seed, goxx::GoHash<" + cppType(f->type) + ">{}(v." + f->name + ", seed)); ";
        typeInfo_.line(h + "return seed; } };");
      }
    } else {
      typeInfo_.line("template <> struct goxx::TypeOf<" + name + "> { static const goxx::TypeDesc* get() { static const goxx::TypeDesc d = goxx::namedType<" +
                     name + ">(" + cppStringLiteral(goName) + ", goxx::typeOf<" + cppType(u) + ">(), {" + join(valueMethods) +
                     "}); return &d; } };");
      if (comparable(u))
        typeInfo_.line("template <> struct goxx::GoHash<" + name + "> { uint64_t operator()(const " + name +
                       "& v, uint64_t seed) const { return goxx::GoHash<" + cppType(u) + ">{}(v.v, seed); } };");
    }
    if (!ptrMethods.empty())
      typeInfo_.line("template <> struct goxx::TypeOf<goxx::Ptr<" + name + ">> { static const goxx::TypeDesc* get() { static const goxx::TypeDesc d = goxx::pointerType<" +
                     name + ">({" + join(ptrMethods) + "}); return &d; } };");
  }
}

} // namespace goxx::emit
