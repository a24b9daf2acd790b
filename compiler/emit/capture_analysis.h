// Which local variables must live in a reference-counted heap cell instead of a plain C++ local.
//
// Consumes: the checked function bodies (TypeInfo defs/uses/selections). Produces: the set of
// variables that need a cell:
//   * captured: used inside a function literal nested in the function that declares it (closures,
//     goroutines started with `go func(){...}()`), so the variable outlives its frame and is shared;
//   * address taken: &x, &x.f, &x[i] of an array, x[:] of an array, and the implicit &x of a pointer-
//     method call or method value on an addressable variable — the pointer may outlive the frame.
// Every other local stays a plain C++ local (no cost where nothing escapes).
#pragma once

#include "check/check.h"
#include "syntax/ast.h"
#include "types/object.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/DenseSet.h>

namespace goxx::emit {

class CaptureAnalysis {
public:
  // Analyses the functions (FuncDecls with bodies) of one package's files.
  void analyze(const check::TypeInfo& info, const std::vector<const syntax::File*>& files);
  bool needsCell(const types::Var* v) const { return cells_.contains(v); }
  // Function literals that use a variable they do not declare (they need to capture something).
  bool isCaptured(const types::Var* v) const { return captured_.contains(v); }

private:
  void walk(const syntax::Node* n, const syntax::Node* fn);
  void markAddressed(const syntax::Expr* e);

  const check::TypeInfo* info_ = nullptr;
  llvm::DenseMap<const types::Object*, const syntax::Node*> owner_; // local var -> declaring function
  llvm::DenseSet<const types::Var*> cells_;
  llvm::DenseSet<const types::Var*> captured_;
};

} // namespace goxx::emit
