// Package-level variable initialization order (Go spec "Package initialization"): repeatedly
// initialize the earliest variable in declaration order that has no dependencies on uninitialized
// variables, where dependencies are the variables (and, transitively, functions and methods) its
// initializer refers to.
//
// Invariants: dependencies were recorded on each declaration's DeclInfo while checking it (Checker::
// use); functions are collapsed so a variable depends directly on every variable any function it
// (transitively) calls refers to. A variable that (transitively) depends on itself is an
// initialization cycle, reported once.
#include "check/checker.h"

#include <llvm/ADT/DenseSet.h>

#include <algorithm>

namespace goxx::check {

using llvm::dyn_cast;
using llvm::isa;

void Checker::initOrder() {
  std::vector<types::Var*> vars;
  for (types::Object* obj : pkgObjects_) {
    if (auto* v = dyn_cast<types::Var>(obj)) vars.push_back(v);
  }
  // Variable dependencies of each variable, through functions.
  llvm::DenseMap<types::Var*, llvm::DenseSet<types::Var*>> deps;
  for (types::Var* v : vars) {
    DeclInfo* d = objMap_.lookup(v);
    if (d == nullptr) continue;
    llvm::DenseSet<types::Object*> seenFuncs;
    std::vector<types::Object*> work(d->deps.begin(), d->deps.end());
    auto& out = deps[v];
    while (!work.empty()) {
      types::Object* o = work.back();
      work.pop_back();
      if (auto* dv = dyn_cast<types::Var>(o)) {
        out.insert(dv);
        continue;
      }
      if (!isa<types::Func>(o) || !seenFuncs.insert(o).second) continue;
      if (DeclInfo* fd = objMap_.lookup(o)) work.insert(work.end(), fd->deps.begin(), fd->deps.end());
    }
  }
  llvm::DenseSet<types::Var*> done;
  llvm::DenseSet<const DeclInfo*> emitted;
  size_t remaining = vars.size();
  while (remaining > 0) {
    types::Var* next = nullptr;
    for (types::Var* v : vars) {
      if (done.count(v)) continue;
      bool ready = true;
      for (types::Var* dv : deps[v]) {
        if (dv != v && !done.count(dv)) {
          ready = false;
          break;
        }
      }
      if (ready && deps[v].count(v) == 0) {
        next = v;
        break;
      }
    }
    if (next == nullptr) {
      // A cycle: report the earliest variable on it and carry on as if it were initialized.
      for (types::Var* v : vars) {
        if (done.count(v)) continue;
        if (v->type && !types::isInvalid(v->type)) {
          error(v->pos, "initialization cycle for " + v->name);
        }
        next = v;
        break;
      }
    }
    done.insert(next);
    --remaining;
    DeclInfo* d = objMap_.lookup(next);
    if (d == nullptr || d->varDecl == nullptr || d->varDecl->values.empty() || !emitted.insert(d).second) continue;
    Initializer init;
    init.lhs = d->lhs;
    if (d->lhs.size() == 1 && d->varDecl->values.size() == d->varDecl->names.size()) {
      for (size_t i = 0; i < d->varDecl->names.size(); ++i) {
        if (d->varDecl->names[i]->pos == next->pos) init.rhs = d->varDecl->values[i];
      }
    } else {
      init.rhs = d->varDecl->values[0];
      // All variables of `var a, b = f()` are initialized together.
      for (types::Var* v : d->lhs) {
        if (v != next && !done.count(v)) {
          done.insert(v);
          --remaining;
        }
      }
    }
    info_.initOrder.push_back(init);
  }
}

} // namespace goxx::check
