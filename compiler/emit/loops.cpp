// for statements: three-clause, condition-only, infinite, and range over ints, slices, arrays,
// strings, maps and channels.
//
// Go 1.22 per-iteration variables: a range loop's variables are declared inside the C++ body, so each
// iteration has its own. A three-clause loop whose variable is captured (a heap cell) gets a fresh cell
// per iteration, initialized from the previous one before the post statement runs, as the spec says;
// loop variables nobody captures stay plain C++ locals.
// Every loop body starts with goxx::preemptPoint() (the back-edge check sysmon's preemption relies on).
#include "emit/emitter.h"

#include "types/predicates.h"

#include <llvm/Support/Casting.h>

namespace goxx::emit {

using namespace syntax;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

void Emitter::beginLoopBody(BranchTarget& t) {
  (void)t;
  out().line("goxx::preemptPoint();");
  out().line("{");
  out().indent();
}

void Emitter::endLoop(const BranchTarget& t) {
  out().dedent();
  out().line("}");
  (void)t;
}

void Emitter::emitFor(const ForStmt* s, const std::string& label) {
  BranchTarget t;
  t.stmt = s;
  t.label = label;
  t.breakLabel = freshLabel("brk");
  t.continueLabel = freshLabel("cont");
  fs_->targets.push_back(t);
  out().line("{");
  out().indent();
  // Loop variables declared by the init statement that live in cells get a fresh cell per iteration.
  std::vector<types::Var*> cellVars;
  if (auto* as = dyn_cast_or_null<AssignStmt>(s->init); as != nullptr && as->form == AssignStmt::Form::Define)
    for (const Expr* e : as->lhs)
      if (auto* n = dyn_cast<Name>(e))
        if (auto it = info_->defs.find(n); it != info_->defs.end())
          if (auto* v = dyn_cast_or_null<types::Var>(it->second); v != nullptr && needsCell(v)) cellVars.push_back(v);
  emitSimpleStmt(s->init);
  out().line("for (;;) {");
  out().indent();
  if (s->cond != nullptr) out().line("if (!(" + expr(s->cond) + ")) break;");
  BranchTarget& bt = fs_->targets.back();
  beginLoopBody(bt);
  emitStmtList(s->body->list);
  out().dedent();
  out().line("}");
  out().line(fs_->targets.back().continueLabel + ": __attribute__((unused));");
  for (types::Var* v : cellVars) {
    std::string n = localName(v);
    out().line(n + " = goxx::newPtr<" + cppType(v->type) + ">(*" + n + ");");
  }
  emitSimpleStmt(s->post);
  out().dedent();
  out().line("}");
  BranchTarget done = fs_->targets.back();
  fs_->targets.pop_back();
  out().dedent();
  out().line("}");
  out().line(done.breakLabel + ": __attribute__((unused));");
}

void Emitter::emitRange(const ForStmt* s, const std::string& label) {
  const RangeClause* rc = s->range;
  BranchTarget t;
  t.stmt = s;
  t.label = label;
  t.breakLabel = freshLabel("brk");
  t.continueLabel = freshLabel("cont");
  fs_->targets.push_back(t);
  types::Type* xt = typeOf(rc->x);
  types::Type* u = types::underlying(xt);
  // The key/value targets: new variables (define) or existing operands (assign).
  auto varOf = [&](const Expr* e) -> types::Var* {
    if (e == nullptr || !rc->define) return nullptr;
    if (auto* n = dyn_cast<Name>(e))
      if (auto it = info_->defs.find(n); it != info_->defs.end()) return dyn_cast_or_null<types::Var>(it->second);
    return nullptr;
  };
  auto bind = [&](const Expr* e, const std::string& value, types::Type* vt) {
    if (e == nullptr) return;
    if (auto* n = dyn_cast<Name>(e); n != nullptr && n->value == "_") return;
    if (rc->define) {
      if (types::Var* v = varOf(e)) declareLocal(v, convertValue(value, vt, v->type));
    } else {
      emitStore(e, convertValue(value, vt, typeOf(e)));
    }
  };
  out().line("{");
  out().indent();
  std::string x = freshTemp("rx");
  auto bodyWithBindings = [&](const std::function<void()>& bindings) {
    beginLoopBody(fs_->targets.back());
    bindings();
    emitStmtList(s->body->list);
    out().dedent();
    out().line("}");
    out().line(fs_->targets.back().continueLabel + ": __attribute__((unused));");
  };
  auto* basic = dyn_cast<types::Basic>(u);
  types::Type* intType = session_.universe()->lookupLocal("int") ? session_.universe()->lookupLocal("int")->type : nullptr;
  if (basic != nullptr && (basic->info & types::IsInteger)) {
    // for i := range n
    types::Type* it = xt;
    if (types::isUntyped(it)) it = intType;
    std::string ct = cppType(types::underlying(it));
    out().line("const " + ct + " " + x + " = " + underlyingValue(it, exprAs(rc->x, it)) + ";");
    std::string i = freshTemp("i");
    out().line("for (" + ct + " " + i + " = 0; " + i + " < " + x + "; ++" + i + ") {");
    out().indent();
    bodyWithBindings([&] { bind(rc->key, wrapValue(it, i), it); });
  } else if (basic != nullptr && (basic->info & types::IsString)) {
    out().line("const goxx::String " + x + " = " + underlyingValue(xt, expr(rc->x)) + ";");
    std::string e = freshTemp("e");
    out().line("for (auto " + e + " : " + x + ") {");
    out().indent();
    types::Type* runeT = session_.universe()->lookupLocal("rune")->type;
    bodyWithBindings([&] {
      bind(rc->key, e + ".index", intType);
      bind(rc->value, e + ".rune", runeT);
    });
  } else if (auto* m = dyn_cast<types::Map>(u)) {
    out().line("const auto " + x + " = " + underlyingValue(xt, expr(rc->x)) + ";");
    std::string e = freshTemp("e");
    out().line("for (auto " + e + " : " + x + ") {");
    out().indent();
    bodyWithBindings([&] {
      bind(rc->key, e + ".first", m->key);
      bind(rc->value, e + ".second", m->elem);
    });
  } else if (auto* c = dyn_cast<types::Chan>(u)) {
    out().line("const auto " + x + " = " + underlyingValue(xt, expr(rc->x)) + ";");
    std::string e = freshTemp("e");
    std::string pos = srcPos(rc->x);
    out().line("for (;;) {");
    out().indent();
    out().line(cppType(c->elem) + " " + e + "{};");
    out().line("if (!" + x + ".recv(&" + e + ", " + pos + ")) break;");
    bodyWithBindings([&] { bind(rc->key, "std::move(" + e + ")", c->elem); });
  } else {
    // Slices, arrays and pointers to arrays: the length is taken once, elements are read live (a slice
    // is a reference; an array is copied only when the value variable is used, as Go does).
    types::Type* elemT = nullptr;
    std::string access;
    if (auto* sl = dyn_cast<types::Slice>(u)) {
      elemT = sl->elem;
      out().line("const auto " + x + " = " + underlyingValue(xt, expr(rc->x)) + ";");
      access = x;
    } else if (auto* a = dyn_cast<types::Array>(u)) {
      elemT = a->elem;
      if (rc->value != nullptr)
        out().line("const auto " + x + " = " + underlyingValue(xt, expr(rc->x)) + ";");
      else
        out().line("const goxx::Array<" + cppType(a->elem) + ", " + std::to_string(a->len) + ">* " + x + "_unused = nullptr; (void)" + x + "_unused;");
      access = x;
      if (rc->value == nullptr) out().line("const int64_t " + x + "_len = " + std::to_string(a->len) + ";");
    } else if (auto* p = dyn_cast<types::Pointer>(u)) {
      auto* a = cast<types::Array>(types::underlying(p->elem));
      elemT = a->elem;
      out().line("const auto " + x + "_p = " + expr(rc->x) + ";");
      access = "(*" + x + "_p)";
      x = x + "_p";
    }
    std::string i = freshTemp("i");
    std::string len = dyn_cast<types::Array>(u) && rc->value == nullptr ? x + "_len" : access + ".len()";
    if (auto* a = dyn_cast<types::Array>(u); a != nullptr && rc->value != nullptr) len = std::to_string(a->len);
    if (llvm::isa<types::Pointer>(u)) len = std::to_string(cast<types::Array>(types::underlying(cast<types::Pointer>(u)->elem))->len);
    std::string n = freshTemp("n");
    out().line("const int64_t " + n + " = " + len + ";");
    out().line("for (int64_t " + i + " = 0; " + i + " < " + n + "; ++" + i + ") {");
    out().indent();
    bodyWithBindings([&] {
      bind(rc->key, "goxx::Int(" + i + ")", intType);
      if (rc->value != nullptr) bind(rc->value, access + "[" + i + "]", elemT);
    });
  }
  out().dedent();
  out().line("}");
  BranchTarget done = fs_->targets.back();
  fs_->targets.pop_back();
  out().dedent();
  out().line("}");
  out().line(done.breakLabel + ": __attribute__((unused));");
}

} // namespace goxx::emit
