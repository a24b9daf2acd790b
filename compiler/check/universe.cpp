// The universe scope: predeclared types, constants, nil and built-in functions (Go spec
// "Predeclared identifiers"). Built once per TypeContext by the Session.
#include "check/checker.h"

namespace goxx::check {

using namespace types;

Scope* makeUniverse(TypeContext& ctx) {
  Scope* u = ctx.newScope(nullptr, Scope::Kind::Universe);
  auto defType = [&](const char* name, Type* t) {
    auto* tn = ctx.newObject<TypeName>(name, Pos{});
    tn->type = t;
    u->insert(tn);
    return tn;
  };
  static const BasicKind kinds[] = {
      BasicKind::Bool,    BasicKind::Int,     BasicKind::Int8,      BasicKind::Int16,      BasicKind::Int32,
      BasicKind::Int64,   BasicKind::Uint,    BasicKind::Uint8,     BasicKind::Uint16,     BasicKind::Uint32,
      BasicKind::Uint64,  BasicKind::Uintptr, BasicKind::Float32,   BasicKind::Float64,    BasicKind::Complex64,
      BasicKind::Complex128, BasicKind::String,
  };
  for (BasicKind k : kinds) defType(ctx.basic(k)->name.c_str(), ctx.basic(k));
  defType("byte", ctx.byteType())->isAlias = true;
  defType("rune", ctx.runeType())->isAlias = true;

  // type error interface { Error() string }
  auto* errObj = ctx.newObject<TypeName>("error", Pos{});
  auto* errNamed = ctx.newType<Named>(errObj);
  errObj->type = errNamed;
  auto* errIface = ctx.newType<Interface>();
  auto* results = ctx.newType<Tuple>();
  results->vars.push_back(ctx.newObject<Var>("", Pos{}, ctx.basic(BasicKind::String)));
  auto* sig = ctx.newType<Signature>(ctx.newType<Tuple>(), results);
  sig->recv = ctx.newObject<Var>("", Pos{}, errNamed);
  auto* errMethod = ctx.newObject<Func>("Error", Pos{});
  errMethod->type = sig;
  errMethod->isInterfaceMethod = true;
  errIface->methods.push_back(errMethod);
  errNamed->underlying = errIface;
  u->insert(errObj);

  // type any = interface{}
  auto* any = ctx.newType<Interface>();
  setUniverseAny(any);
  defType("any", any)->isAlias = true;
  // comparable: only meaningful as a constraint; refused elsewhere.
  auto* cmpObj = ctx.newObject<TypeName>("comparable", Pos{});
  auto* cmpNamed = ctx.newType<Named>(cmpObj);
  auto* cmpIface = ctx.newType<Interface>();
  cmpIface->isComparableConstraint = true;
  cmpNamed->underlying = cmpIface;
  cmpObj->type = cmpNamed;
  u->insert(cmpObj);

  auto defConst = [&](const char* name, BasicKind k, constant::Value v) {
    auto* c = ctx.newObject<Const>(name, Pos{});
    c->type = ctx.basic(k);
    c->value = std::move(v);
    u->insert(c);
  };
  defConst("true", BasicKind::UntypedBool, constant::Value::makeBool(true));
  defConst("false", BasicKind::UntypedBool, constant::Value::makeBool(false));
  defConst("iota", BasicKind::UntypedInt, constant::Value::makeInt64(0));

  auto* nil = ctx.newObject<Nil>();
  nil->type = ctx.basic(BasicKind::UntypedNil);
  u->insert(nil);

  struct B {
    const char* name;
    BuiltinId id;
  };
  static const B builtins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
      {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},     {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
      {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
  };
  for (const B& b : builtins) {
    auto* obj = ctx.newObject<Builtin>(b.name, b.id);
    obj->type = ctx.invalid();
    u->insert(obj);
  }
  return u;
}

} // namespace goxx::check
