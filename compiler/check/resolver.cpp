// Collecting package-level objects (go/types' resolver.go): every top-level name is declared in the
// package scope before any type is computed, so declaration order does not matter at package level.
// Imports are declared in their file's scope. Methods are attached to their receiver's Named type.
#include "check/checker.h"

#include "stdlib/bundled_sources.h"
#include "syntax/literal_value.h"

namespace goxx::check {

using namespace syntax;
using types::Object;
using types::Scope;

bool Checker::declare(Scope* scope, const Name* name, Object* obj) {
  if (name != nullptr) info_.defs[name] = obj;
  if (obj->name == "_") return true; // blank identifiers are never declared
  if (Object* alt = scope->insert(obj)) {
    std::string msg = obj->name + " redeclared in this block";
    if (alt->pos.isKnown()) msg += "\n\t" + posString(alt->pos) + ": other declaration of " + obj->name;
    error(obj->pos, std::move(msg));
    return false;
  }
  return true;
}

void Checker::declarePkgObj(Object* obj, const Name* name, DeclInfo* d) {
  obj->pkg = pkg_;
  obj->order = nextOrder_++;
  if (obj->name == "init" && !llvm::isa<types::Func>(obj)) {
    error(obj->pos, "cannot declare init - must be func");
    return;
  }
  if (obj->name == "main" && pkg_->name == "main" && !llvm::isa<types::Func>(obj)) {
    error(obj->pos, "cannot declare main - must be func");
    return;
  }
  if (auto it = externs_.find({obj->pos.file, obj->pos.line}); it != externs_.end()) obj->externName = it->second;
  declare(pkg_->scope, name, obj);
  objMap_[obj] = d;
  pkgObjects_.push_back(obj);
}

void Checker::collectObjects(const std::vector<const File*>& files) {
  for (const File* file : files) {
    if (file->pkgName && file->pkgName->value != pkg_->name) {
      error(file->pkgName->pos, "package " + file->pkgName->value + "; expected package " + pkg_->name);
      continue;
    }
    Scope* fileScope = ctx_.newScope(pkg_->scope, Scope::Kind::File);
    info_.scopes[file] = fileScope;
    auto newDecl = [&]() {
      declInfos_.push_back(std::make_unique<DeclInfo>());
      DeclInfo* d = declInfos_.back().get();
      d->file = file;
      d->fileScope = fileScope;
      return d;
    };
    for (const Decl* decl : file->decls) {
      switch (decl->kind) {
      case NodeKind::ImportDecl: importPackage(llvm::cast<ImportDecl>(decl), fileScope); break;
      case NodeKind::ConstDecl: {
        auto* cd = llvm::cast<ConstDecl>(decl);
        const ConstDecl* src = cd->implicitFrom ? cd->implicitFrom : cd;
        for (size_t i = 0; i < cd->names.size(); ++i) {
          auto* obj = ctx_.newObject<types::Const>(cd->names[i]->value, cd->names[i]->pos);
          DeclInfo* d = newDecl();
          d->constDecl = cd;
          d->constIndex = i;
          declarePkgObj(obj, cd->names[i], d);
        }
        if (!cd->implicitFrom || !src->values.empty()) {
          if (src->values.size() > cd->names.size() && !cd->implicitFrom) {
            errorAt(src->values[cd->names.size()], "extra init expr");
          } else if (src->values.size() < cd->names.size() && !src->values.empty()) {
            error(cd->names[src->values.size()]->pos, "missing init expr for const declaration");
          }
        }
        break;
      }
      case NodeKind::VarDecl: {
        auto* vd = llvm::cast<VarDecl>(decl);
        std::vector<types::Var*> lhs;
        for (const Name* n : vd->names) {
          auto* v = ctx_.newObject<types::Var>(n->value, n->pos, nullptr);
          v->isPackageLevel = true;
          lhs.push_back(v);
        }
        bool oneToOne = vd->values.empty() || vd->values.size() == vd->names.size();
        DeclInfo* shared = nullptr;
        if (!oneToOne) {
          shared = newDecl();
          shared->varDecl = vd;
          shared->lhs = lhs;
        }
        for (size_t i = 0; i < lhs.size(); ++i) {
          DeclInfo* d = shared;
          if (d == nullptr) {
            d = newDecl();
            d->varDecl = vd;
            d->lhs = {lhs[i]};
          }
          declarePkgObj(lhs[i], vd->names[i], d);
        }
        break;
      }
      case NodeKind::TypeDecl: {
        auto* td = llvm::cast<TypeDecl>(decl);
        auto* obj = ctx_.newObject<types::TypeName>(td->name->value, td->name->pos);
        DeclInfo* d = newDecl();
        d->typeDecl = td;
        declarePkgObj(obj, td->name, d);
        break;
      }
      case NodeKind::FuncDecl: {
        auto* fd = llvm::cast<FuncDecl>(decl);
        auto* obj = ctx_.newObject<types::Func>(fd->name->value, fd->name->pos);
        obj->decl = fd;
        DeclInfo* d = newDecl();
        d->funcDecl = fd;
        if (fd->body == nullptr && !pkg_->bundled) error(fd->name->pos, "missing function body");
        if (fd->recv != nullptr) {
          obj->pkg = pkg_;
          obj->order = nextOrder_++;
          if (auto it = externs_.find({fd->pos.line ? fd->pos.file : 0, fd->pos.line}); it != externs_.end()) {
            obj->externName = it->second;
          }
          info_.defs[fd->name] = obj;
          objMap_[obj] = d;
          methodDecls_.push_back({fd, obj});
          break;
        }
        if (obj->name == "init" || (obj->name == "main" && pkg_->name == "main")) {
          if (!fd->type->params.empty() || !fd->type->results.empty()) {
            error(fd->name->pos, "func " + obj->name + " must have no arguments and no return values");
          }
        }
        if (obj->name == "init") {
          // init functions are not declared: there may be several, and they cannot be referred to.
          obj->pkg = pkg_;
          obj->order = nextOrder_++;
          info_.defs[fd->name] = obj;
          objMap_[obj] = d;
          pkgObjects_.push_back(obj);
          break;
        }
        if (auto it = externs_.find({fd->pos.file, fd->pos.line}); it != externs_.end()) obj->externName = it->second;
        obj->pkg = pkg_;
        obj->order = nextOrder_++;
        declare(pkg_->scope, fd->name, obj);
        objMap_[obj] = d;
        pkgObjects_.push_back(obj);
        break;
      }
      default: break;
      }
    }
  }
  // Imports and package-level names share the file block and the package block: a name declared in
  // both is an error (spec "Declarations and scope").
  for (types::PkgName* pn : imports_) {
    if (pn->parent == nullptr) continue;
    if (Object* alt = pkg_->scope->lookupLocal(pn->name)) {
      error(alt->pos, alt->name + " already declared through import of package " + pn->imported->name +
                          " (\"" + pn->imported->path + "\")");
    }
  }
}

void Checker::importPackage(const ImportDecl* d, Scope* fileScope) {
  std::string path = decodeStringLit(d->path->value);
  types::Package* imp = nullptr;
  std::string refusal;
  if (path == "C") {
    refusal = "package \"C\" is not available in goxx (cgo is not supported)";
  } else if (path == "unsafe") {
    refusal = "package \"unsafe\" is not available in goxx (unsafe is not supported)";
  } else if (path == "reflect") {
    refusal = "package \"reflect\" is not available in goxx (reflection is not supported)";
  } else {
    imp = session_.importBundled(path);
    if (imp == nullptr) {
      std::string list;
      for (std::string_view p : stdlib::bundledPaths()) {
        if (!list.empty()) list += ", ";
        list += p;
      }
      refusal = "package \"" + path + "\" is not available in goxx (bundled packages: " + list + ")";
    }
  }
  if (imp == nullptr) {
    error(d->path->pos, refusal);
    // A placeholder keeps uses of the package quiet (one message per mistake).
    std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    imp = ctx_.newPackage(path, base, ctx_.newScope(nullptr, Scope::Kind::Package));
    imp->fake = true;
  }
  std::string local = imp->name;
  if (d->localName != nullptr) local = d->localName->value;
  if (local == "_") {
    if (d->localName) info_.defs[d->localName] = nullptr;
    return;
  }
  if (local == ".") {
    // Dot import: every exported object becomes visible in the file scope.
    for (Object* o : imp->scope->objects()) {
      if (o->exported()) fileScope->insert(o);
    }
    return;
  }
  auto* pn = ctx_.newObject<types::PkgName>(local, d->localName ? d->localName->pos : d->path->pos, imp);
  pn->pkg = pkg_;
  pn->type = ctx_.invalid();
  if (imp->fake) pn->used = true;
  if (d->localName) declare(fileScope, d->localName, pn);
  else {
    info_.implicits[d] = pn;
    declare(fileScope, nullptr, pn);
  }
  imports_.push_back(pn);
}

// Attaches each method to the Named type of its receiver's base type name (T or *T), so that lookups
// see all methods before any body or initializer is checked. Signatures are resolved later by objDecl.
void Checker::collectMethods() {
  for (auto& [fd, fn] : methodDecls_) {
    const Expr* rt = fd->recv->type;
    while (true) {
      if (auto* p = llvm::dyn_cast<ParenExpr>(rt)) rt = p->x;
      else if (auto* op = llvm::dyn_cast<Operation>(rt); op && op->isUnary() && op->op == Operator::Mul) rt = op->x;
      else break;
    }
    auto* base = llvm::dyn_cast<Name>(rt);
    if (base == nullptr) continue; // reported when the signature is resolved
    auto* tn = llvm::dyn_cast_or_null<types::TypeName>(pkg_->scope->lookupLocal(base->value));
    if (tn == nullptr || tn->isAlias) continue;
    // Create the Named now if its declaration has not been resolved yet; typeDecl reuses it.
    if (tn->type == nullptr) tn->type = ctx_.newType<types::Named>(tn);
    auto* named = llvm::dyn_cast<types::Named>(tn->type);
    if (named == nullptr) continue;
    if (fn->name == "_") continue;
    bool dup = false;
    for (types::Func* m : named->methods) {
      if (m->name == fn->name) {
        error(fn->pos, "method " + tn->name + "." + fn->name + " already declared at " + posString(m->pos));
        dup = true;
        break;
      }
    }
    if (!dup) named->methods.push_back(fn);
  }
}

void Checker::unusedImports() {
  for (types::PkgName* pn : imports_) {
    if (pn->used || pn->imported->fake) continue;
    std::string msg = "\"" + pn->imported->path + "\" imported";
    if (pn->name != pn->imported->name) msg += " as " + pn->name;
    msg += " and not used";
    error(pn->pos, msg);
  }
}

} // namespace goxx::check
