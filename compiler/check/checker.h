// The Checker: internal state of checking one package. Split over several files by concern:
//   resolver.cpp      collecting package-level objects, imports, method association
//   decl.cpp          const/var/type/func declarations (package-level, with cycle detection, and local)
//   typexpr.cpp       type expressions -> types::Type
//   expr.cpp          expressions: identifiers, literals, unary/binary operators, constants
//   composite_lit.cpp composite literals
//   selector.cpp      x.f (fields, methods, qualified identifiers)
//   index.cpp         index and slice expressions
//   call.cpp          calls, conversions, arguments
//   builtins.cpp      the predeclared functions
//   operand_rules.cpp representability, untyped conversion, assignability, convertibility
//   assign.cpp        assignments, := and variable initialization
//   stmt.cpp          statements and function bodies; terminating.cpp: "missing return"
//   branches.cpp      labels, break/continue/goto (gc's own pass, with its wording)
//   init_order.cpp    package-level variable initialization order
//
// Invariants: `scope_` is the innermost scope of the code being checked; `decl_` is the
// package-level declaration whose body/initializer is being checked (dependencies are recorded on
// it); `fn_` the function whose body is being checked (null at package level). All state belongs to
// the thread running checkFiles.
#pragma once

#include "check/check.h"
#include "check/operand.h"

#include "types/lookup.h"
#include "types/predicates.h"
#include "types/type_string.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/SetVector.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace goxx::check {

using types::Type;
// LLVM-style casts are used throughout the checker on AST nodes, types and objects.
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;

// Everything the checker knows about one package-level declaration.
struct DeclInfo {
  const syntax::File* file = nullptr;
  types::Scope* fileScope = nullptr;
  const syntax::ConstDecl* constDecl = nullptr;
  size_t constIndex = 0; // which name of constDecl
  const syntax::VarDecl* varDecl = nullptr;
  std::vector<types::Var*> lhs; // all variables of an n:1 var declaration (`var a, b = f()`)
  const syntax::TypeDecl* typeDecl = nullptr;
  const syntax::FuncDecl* funcDecl = nullptr;
  // Package-level objects this declaration refers to (for initialization order).
  llvm::SetVector<types::Object*> deps;
};

// Per function body being checked (FuncDecl or FuncLit).
struct FuncContext {
  types::Signature* sig = nullptr;
  std::vector<types::Var*> locals; // declared in this function (not in nested closures), for "declared and not used"
};

// Where an assignment happens, for "cannot use x as T value in CONTEXT".
using Context = const char*;

class Checker {
public:
  Checker(Session& session, types::Package* pkg, TypeInfo& info);
  // For bundled packages: `//goxx:extern` annotations by file and line.
  void setExterns(llvm::DenseMap<std::pair<FileId, uint32_t>, std::string> externs) { externs_ = std::move(externs); }
  void checkFiles(const std::vector<const syntax::File*>& files);

  // ---- errors (errors.cpp-free: defined in checker.cpp)
  void error(Pos pos, std::string msg);
  void errorAt(const syntax::Node* n, std::string msg); // at n's start position, as types2 does
  std::string str(const Operand& x) const { return operandString(x, pkg_); }
  std::string str(const Type* t) const { return types::typeString(t, pkg_); }

  // ---- resolver.cpp
  void collectObjects(const std::vector<const syntax::File*>& files);
  void importPackage(const syntax::ImportDecl* d, types::Scope* fileScope);
  void declarePkgObj(types::Object* obj, const syntax::Name* name, DeclInfo* d);
  bool declare(types::Scope* scope, const syntax::Name* name, types::Object* obj);
  void collectMethods();
  void unusedImports();

  // ---- decl.cpp
  void packageObjects();
  void objDecl(types::Object* obj);
  void constDecl(types::Const* obj, const syntax::Expr* typ, const syntax::Expr* init, uint32_t iota);
  void varDecl(types::Var* obj, const std::vector<types::Var*>& lhs, const syntax::Expr* typ,
               const std::vector<syntax::Expr*>& values);
  void typeDecl(types::TypeName* obj, const syntax::TypeDecl* d);
  void funcDecl(types::Func* obj, const syntax::FuncDecl* d);
  void declStmt(const syntax::DeclStmt* s);
  // Reports generics once and declares the type parameters as invalid types in `scope`, so their
  // uses stay silent (no "undefined: T" cascade).
  bool refuseTypeParams(const std::vector<syntax::Field*>& tparams, bool isFunc, types::Scope* scope);

  // ---- typexpr.cpp
  Type* typExpr(const syntax::Expr* e);
  Type* definedType(const syntax::Expr* e, types::Named* def);
  Type* typInternal(const syntax::Expr* e, types::Named* def);
  types::Signature* funcType(const syntax::FuncType* ft, const syntax::Field* recv, types::Scope* scope,
                             std::vector<types::Var*>* declared);
  types::Tuple* collectParams(const std::vector<syntax::Field*>& fields, bool variadicOk, bool* variadic,
                              types::Scope* scope, std::vector<types::Var*>* declared);
  Type* structType(const syntax::StructType* st);
  Type* interfaceType(const syntax::InterfaceType* it, types::Named* def);
  int64_t arrayLength(const syntax::Expr* e);
  void validateVarType(const syntax::Expr* e, Type* t);

  // ---- expr.cpp
  // Checks e; records its type and value. `hint` is the expected type of an untyped composite literal.
  void rawExpr(Operand& x, const syntax::Expr* e, Type* hint, bool allowGeneric = false);
  void exprInternal(Operand& x, const syntax::Expr* e, Type* hint);
  void expr(Operand& x, const syntax::Expr* e);            // single value (not a type, not multi-value)
  void exprWithHint(Operand& x, const syntax::Expr* e, Type* hint);
  void multiExpr(Operand& x, const syntax::Expr* e);       // value, possibly multi-valued or comma-ok
  void exprOrType(Operand& x, const syntax::Expr* e);
  void singleValue(Operand& x);
  void ident(Operand& x, const syntax::Name* e, bool wantType);
  void basicLit(Operand& x, const syntax::BasicLit* e);
  void funcLit(Operand& x, const syntax::FuncLit* e);
  void unary(Operand& x, const syntax::Operation* e);
  void binary(Operand& x, const syntax::Expr* e, const syntax::Expr* lhs, const syntax::Expr* rhs,
              syntax::Operator op, Pos opPos);
  void shift(Operand& x, Operand& y, const syntax::Expr* e, syntax::Operator op);
  void comparison(Operand& x, Operand& y, syntax::Operator op, const syntax::Expr* e);
  void overflow(Operand& x, Pos opPos);
  void matchTypes(Operand& x, Operand& y);
  void typeAssertion(Operand& x, const syntax::AssertExpr* e);
  void record(const Operand& x);
  void recordType(const syntax::Expr* e, Mode m, Type* t, const constant::Value& v = constant::Value());
  void updateExprType(const syntax::Expr* e, Type* t, bool final);
  void useExprs(const std::vector<syntax::Expr*>& es); // evaluate for side effects after an error
  bool isBlankName(const syntax::Expr* e) const;

  // ---- composite_lit.cpp
  void compositeLit(Operand& x, const syntax::CompositeLit* e, Type* hint);
  int64_t indexedElts(const std::vector<syntax::Expr*>& elems, Type* elem, int64_t length);

  // ---- selector.cpp
  void selector(Operand& x, const syntax::SelectorExpr* e, bool wantType);

  // ---- index.cpp
  void indexExpr(Operand& x, const syntax::IndexExpr* e);
  void sliceExpr(Operand& x, const syntax::SliceExpr* e);
  // Checks an index; returns its constant value or -1. `max` < 0: no static bound.
  int64_t index(const syntax::Expr* e, int64_t max, bool allowNegative = false);

  // ---- call.cpp
  void callExpr(Operand& x, const syntax::CallExpr* e);
  void conversion(Operand& x, Type* T, const syntax::CallExpr* call);
  void arguments(const syntax::CallExpr* call, types::Signature* sig, std::vector<Operand>& args);
  std::vector<Operand> genericExprList(const std::vector<syntax::Expr*>& es);

  // ---- builtins.cpp
  bool builtin(Operand& x, const syntax::CallExpr* call, types::BuiltinId id);

  // ---- operand_rules.cpp
  // representable: whether v fits typ; `rounded` receives the value converted to typ.
  bool representableConst(const constant::Value& v, types::Basic* typ, constant::Value* rounded);
  enum class Code { Ok, Truncated, Overflow, InvalidConst, InvalidUntyped };
  Code representation(const Operand& x, types::Basic* typ, constant::Value* v);
  void representable(Operand& x, types::Basic* typ);
  Code implicitTypeAndValue(const Operand& x, Type* target, Type** newType, constant::Value* newVal);
  void convertUntyped(Operand& x, Type* target);
  void invalidConversion(Code code, const Operand& x, Type* target);
  bool assignableTo(const Operand& x, Type* T, std::string* cause);
  bool convertibleTo(const Operand& x, Type* T, std::string* cause);
  bool implements(Type* V, Type* T, std::string* cause);
  std::string missingMethodCause(Type* V, Type* T, const types::MissingMethod& mm);
  std::string funcString(const types::Func* f) const;

  // ---- assign.cpp
  void assignment(Operand& x, Type* T, Context context);
  void initConst(types::Const* lhs, Operand& x);
  void initVar(types::Var* lhs, Operand& x, Context context);
  void initVars(const std::vector<types::Var*>& lhs, const std::vector<syntax::Expr*>& rhs, const syntax::Node* returnStmt);
  void assignVars(const std::vector<syntax::Expr*>& lhs, const std::vector<syntax::Expr*>& rhs);
  Type* lhsVar(const syntax::Expr* lhs);
  void assignVar(const syntax::Expr* lhs, Operand& x, Context context);
  void shortVarDecl(const syntax::AssignStmt* s);
  void assignError(const std::vector<syntax::Expr*>& rhs, size_t l, size_t r);
  std::string typesSummary(const std::vector<Type*>& list, bool variadic) const;
  void returnError(const syntax::Node* at, const std::vector<types::Var*>& lhs, const std::vector<Operand>& rhs);

  // ---- stmt.cpp
  void funcBody(types::Signature* sig, const syntax::BlockStmt* body, types::Scope* funcScope,
                std::vector<types::Var*> params);
  void usage(FuncContext& fc);
  void stmtList(const std::vector<syntax::Stmt*>& list, unsigned ctxt);
  void stmt(const syntax::Stmt* s, unsigned ctxt);
  void simpleStmt(const syntax::Stmt* s);
  void openScope(const syntax::Node* n);
  void closeScope();
  bool declareLocal(const syntax::Name* name, types::Object* obj); // false if redeclared
  void exprStmt(const syntax::ExprStmt* s);
  void sendStmt(const syntax::SendStmt* s);
  void assignStmt(const syntax::AssignStmt* s);
  void callStmt(const syntax::CallStmt* s);
  void returnStmt(const syntax::ReturnStmt* s);
  void ifStmt(const syntax::IfStmt* s, unsigned ctxt);
  void forStmt(const syntax::ForStmt* s, unsigned ctxt);
  void rangeStmt(const syntax::ForStmt* s, unsigned ctxt);
  void switchStmt(const syntax::SwitchStmt* s, unsigned ctxt);
  void typeSwitchStmt(const syntax::SwitchStmt* s, unsigned ctxt);
  void selectStmt(const syntax::SelectStmt* s, unsigned ctxt);
  void branchStmt(const syntax::BranchStmt* s, unsigned ctxt);
  void caseValues(Operand& x, const std::vector<syntax::Expr*>& values,
                  std::vector<std::pair<constant::Value, std::pair<Type*, Pos>>>& seen);

  // ---- terminating.cpp
  bool isTerminating(const syntax::Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<syntax::Stmt*>& list, const std::string& label);
  bool hasBreak(const syntax::Stmt* s, const std::string& label, bool implicit);
  bool hasBreakList(const std::vector<syntax::Stmt*>& list, const std::string& label, bool implicit);

  // ---- branches.cpp
  void checkBranches(const syntax::BlockStmt* body);

  // ---- init_order.cpp
  void initOrder();

  // ---- helpers
  void use(types::Object* obj); // records a dependency of decl_ on a package-level object
  std::string posString(Pos p) const;
  types::TypeContext& ctx() { return ctx_; }
  types::Basic* basic(types::BasicKind k) const { return ctx_.basic(k); }
  types::Basic* invalidType() const { return ctx_.invalid(); }

  // State.
  Session& session_;
  types::TypeContext& ctx_;
  DiagnosticEngine& diags_;
  types::Package* pkg_;
  TypeInfo& info_;
  llvm::DenseMap<std::pair<FileId, uint32_t>, std::string> externs_;

  llvm::DenseMap<types::Object*, DeclInfo*> objMap_;
  std::vector<std::unique_ptr<DeclInfo>> declInfos_;
  std::vector<types::Object*> pkgObjects_; // in source order
  std::vector<types::PkgName*> imports_;
  // Function bodies are checked after all package-level declarations.
  struct PendingBody {
    types::Func* func;
    types::Signature* sig;
    const syntax::FuncDecl* decl;
    types::Scope* scope;
    std::vector<types::Var*> params;
  };
  std::vector<PendingBody> bodies_;
  // Checks that need complete types (map key comparability); run after package-level declarations
  // and at the end of each statement at function level.
  std::vector<std::function<void()>> later_;
  void processLater();
  std::vector<std::pair<const syntax::FuncDecl*, types::Func*>> methodDecls_;
  enum class Color : uint8_t { White, Grey, Black };
  llvm::DenseMap<types::Object*, Color> color_;
  std::vector<types::Object*> objPath_;

  types::Scope* scope_ = nullptr;
  DeclInfo* decl_ = nullptr;
  FuncContext* fn_ = nullptr;
  std::optional<constant::Value> iota_;
  uint32_t nextOrder_ = 1;
  const types::Interface* anyType_ = nullptr;
  types::Type* errorType_ = nullptr;
};

// Statement context bits (which branch statements are allowed where).
enum StmtContext : unsigned {
  BreakOk = 1 << 0,
  ContinueOk = 1 << 1,
  FallthroughOk = 1 << 2,
  FinalSwitchCase = 1 << 3,
  InTypeSwitch = 1 << 4,
};

// Declared in universe.cpp.
types::Scope* makeUniverse(types::TypeContext& ctx);

} // namespace goxx::check
