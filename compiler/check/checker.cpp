// Checker driver: the phases of checking one package, and error reporting.
#include "check/checker.h"

#include "syntax/ast_positions.h"

namespace goxx::check {

Checker::Checker(Session& session, types::Package* pkg, TypeInfo& info)
    : session_(session), ctx_(session.typeContext()), diags_(session.diags()), pkg_(pkg), info_(info) {
  auto* anyObj = session.universe()->lookupLocal("any");
  anyType_ = llvm::cast<types::Interface>(anyObj->type);
  errorType_ = session.universe()->lookupLocal("error")->type;
}

// Phases, in order (each relies on the previous one being complete):
//   1. collect package-level objects into the package/file scopes (no types yet);
//   2. resolve every package-level declaration (types first), in source order, on demand across
//      references (objDecl has cycle detection);
//   3. run checks that needed complete types; 4. check function bodies in source order;
//   5. compute variable initialization order; 6. report unused imports.
void Checker::checkFiles(const std::vector<const syntax::File*>& files) {
  collectObjects(files);
  collectMethods();
  packageObjects();
  processLater();
  for (size_t i = 0; i < bodies_.size(); ++i) {
    PendingBody b = bodies_[i];
    if (b.decl->body == nullptr) continue;
    scope_ = b.scope;
    decl_ = objMap_.lookup(b.func);
    funcBody(b.sig, b.decl->body, b.scope, b.params);
    decl_ = nullptr;
  }
  processLater();
  initOrder();
  unusedImports();
}

void Checker::processLater() {
  // Entries may add further entries.
  for (size_t i = 0; i < later_.size(); ++i) {
    auto f = std::move(later_[i]);
    f();
  }
  later_.clear();
}

void Checker::error(Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); }

void Checker::errorAt(const syntax::Node* n, std::string msg) {
  error(n ? syntax::startPos(n) : Pos{}, std::move(msg));
}

std::string Checker::posString(Pos p) const {
  std::string s = diags_.fileName(p.file).str();
  s += ':';
  s += std::to_string(p.line);
  s += ':';
  s += std::to_string(p.col);
  return s;
}

void Checker::use(types::Object* obj) {
  if (decl_ == nullptr || obj == nullptr || obj->pkg != pkg_) return;
  if (obj->parent != pkg_->scope && !llvm::isa<types::Func>(obj)) return;
  if (llvm::isa<types::Var>(obj) || llvm::isa<types::Func>(obj)) decl_->deps.insert(obj);
}

} // namespace goxx::check
