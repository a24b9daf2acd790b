// The goxx type checker: Go 1.22 semantics (minus generics, complex numbers, unsafe, reflect, cgo),
// with go/types' (types2's) error wording. Modelled on cmd/compile/internal/types2.
//
//   Consumes: the syntax trees of one package (compiler/syntax, built by parseFile without syntax
//             errors), and the bundled packages' stub files (compiler/stdlib), which it parses and
//             checks itself on first import.
//   Produces: a types::Package (package scope with every package-level object) and a TypeInfo side
//             table — like go/types' Info — that the lowering stage consumes: the type and constant
//             value of every expression, the object every identifier defines or uses, implicit
//             objects, selections, scopes and the package-level variable initialization order.
//             Errors go to the DiagnosticEngine (which sorts them and keeps at most 10).
//
// Error discipline: an operand whose checking failed gets mode Invalid (and type Invalid); every rule
// silently accepts invalid operands, so one mistake produces one message, never a cascade. The checker
// uses no exceptions.
//
// Threading: a Session and everything it hands out belong to one thread.
#pragma once

#include "constant/value.h"
#include "diag/diagnostic_engine.h"
#include "syntax/ast.h"
#include "types/object.h"
#include "types/scope.h"
#include "types/type.h"
#include "types/type_context.h"

#include <llvm/ADT/DenseMap.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace goxx::check {

// How an expression may be used (go/types' operandMode).
enum class Mode : uint8_t {
  Invalid,   // checking failed; errors were reported
  NoValue,   // a call without results
  Builtin,   // a built-in function name (only valid as a call's function)
  TypeExpr,  // the expression denotes a type
  Constant,  // a constant with a known value
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable but not addressable
  Value,     // any other value
  CommaOk,   // a value that may be used with an extra boolean result (map index, receive, assertion)
};

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  types::Type* type = nullptr;
  constant::Value value; // for Mode::Constant
};

// x.f: which field or method, reached through which embedded fields.
struct Selection {
  enum class Kind : uint8_t { FieldVal, MethodVal, MethodExpr };
  Kind kind = Kind::FieldVal;
  types::Type* recv = nullptr;  // the type of x
  types::Object* obj = nullptr; // the Var (field) or Func (method)
  std::vector<int> index;       // path through embedded fields; last entry = field/method index
  bool indirect = false;        // a pointer is dereferenced on the way
};

// One package-level initialization: `lhs... = rhs` (lhs has several entries for `var a, b = f()`).
struct Initializer {
  std::vector<types::Var*> lhs;
  const syntax::Expr* rhs = nullptr;
};

struct TypeInfo {
  // Every expression that was checked (types, values, and the types of type expressions).
  llvm::DenseMap<const syntax::Expr*, TypeAndValue> types;
  // Identifiers that declare an object (including `x` of `x :=` that is new), and those that use one.
  llvm::DenseMap<const syntax::Name*, types::Object*> defs;
  llvm::DenseMap<const syntax::Name*, types::Object*> uses;
  // Objects not declared by a Name: the per-clause variable of a type switch (key: the CaseClause),
  // and the package name of an import without a local name (key: the ImportDecl).
  llvm::DenseMap<const syntax::Node*, types::Object*> implicits;
  llvm::DenseMap<const syntax::SelectorExpr*, Selection> selections;
  // Scopes of files, functions (FuncType), blocks, and statements that open one (if/for/switch/
  // case/comm clauses).
  llvm::DenseMap<const syntax::Node*, types::Scope*> scopes;
  // Package-level variables in the order the spec requires them to be initialized.
  std::vector<Initializer> initOrder;
};

// The packages bundled with goxx (their API comes from compiler/stdlib stubs).
std::vector<std::string> bundledPackagePaths();

// One compilation: owns the TypeContext, the universe and the checked bundled packages (which are
// checked once, on first import, with their own TypeInfo kept here for the lowering stage).
class Session {
public:
  Session(DiagnosticEngine& diags, syntax::AstArena& arena);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Checks the files of one package (normally `package main`). Returns the package; errors are in
  // the DiagnosticEngine. `info` receives the side table.
  types::Package* checkPackage(const std::vector<const syntax::File*>& files, TypeInfo& info);

  // A bundled package by import path, checking its stubs on first use; null if not bundled.
  // (Stub errors are reported like user errors; they indicate a bug in goxx.)
  types::Package* importBundled(const std::string& path);
  // The TypeInfo of a bundled package that has been imported (null otherwise).
  const TypeInfo* bundledInfo(const std::string& path) const;
  // The syntax trees of a bundled package that has been imported (empty otherwise); the lowering
  // stage emits their Go bodies with the program.
  std::vector<const syntax::File*> bundledFiles(const std::string& path) const;
  // The import paths of the bundled packages imported so far.
  std::vector<std::string> importedBundledPaths() const;

  types::TypeContext& typeContext() { return ctx_; }
  types::Scope* universe() const { return universe_; }
  DiagnosticEngine& diags() { return diags_; }
  syntax::AstArena& arena() { return arena_; }

private:
  struct Bundled {
    types::Package* pkg = nullptr;
    std::unique_ptr<TypeInfo> info;
    std::vector<const syntax::File*> files;
    bool inProgress = false;
  };

  DiagnosticEngine& diags_;
  syntax::AstArena& arena_;
  types::TypeContext ctx_;
  types::Scope* universe_;
  std::map<std::string, Bundled> bundled_;
};

} // namespace goxx::check
