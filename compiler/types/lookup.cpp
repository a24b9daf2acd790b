// Lookup of fields and methods through embedded fields, following the spec's selector rules: the
// shallowest depth wins; two candidates at the same depth are ambiguous.
#include "types/lookup.h"

#include "types/predicates.h"
#include "types/scope.h"

#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/Support/Casting.h>

#include <algorithm>

namespace goxx::types {

using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa_and_nonnull;

namespace {

// Completion: embedded interfaces are expanded recursively. A cycle (`type I interface{ I }`) is
// reported by the checker when it resolves the declaration; here the `visiting` set simply stops it.
void collectMethods(Interface* iface, std::vector<Func*>& out, llvm::SmallPtrSet<Interface*, 8>& visiting) {
  if (!visiting.insert(iface).second) return;
  for (Func* m : iface->methods) out.push_back(m);
  for (Type* e : iface->embeddeds) {
    if (auto* ei = dyn_cast_or_null<Interface>(underlying(e))) collectMethods(ei, out, visiting);
  }
  visiting.erase(iface);
}

bool sameName(const Object* obj, const Package* pkg, const std::string& name) {
  if (obj->name != name) return false;
  return obj->exported() || obj->pkg == pkg || obj->pkg == nullptr || pkg == nullptr;
}

} // namespace

const std::vector<Func*>& interfaceMethods(Interface* iface) {
  if (iface->complete) return iface->all;
  std::vector<Func*> all;
  llvm::SmallPtrSet<Interface*, 8> visiting;
  collectMethods(iface, all, visiting);
  std::stable_sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  all.erase(std::unique(all.begin(), all.end(), [](Func* a, Func* b) { return a->name == b->name; }), all.end());
  iface->all = std::move(all);
  // Only cache once every embedded type is resolved; before that, a later call recomputes.
  bool resolved = true;
  for (Type* e : iface->embeddeds) {
    if (underlying(e) == nullptr) resolved = false;
  }
  iface->complete = resolved;
  return iface->all;
}

namespace {

struct Candidate {
  Type* type;             // the type to search (a Named or a Struct, never a pointer)
  std::vector<int> index; // path of embedded fields leading here
  bool indirect;
};

} // namespace

// Breadth-first over embedding depth. Invariant: `current` holds the embedded types at one depth;
// named types already searched at a shallower depth are skipped (`seen`), which also ends cycles.
LookupResult lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg, const std::string& name) {
  LookupResult res;
  if (name == "_") return res;
  Type* typ = T;
  bool isPtr = false;
  if (auto* p = dyn_cast<Pointer>(typ)) {
    typ = p->elem;
    isPtr = true;
    // A pointer to an interface has no methods.
    if (isInterface(typ)) return res;
  } else if (auto* p2 = dyn_cast_or_null<Pointer>(underlying(typ)); p2 && !llvm::isa<Named>(typ)) {
    typ = p2->elem;
    isPtr = true;
  }
  std::vector<Candidate> current{{typ, {}, isPtr}};
  llvm::SmallPtrSet<Named*, 16> seen;
  while (!current.empty()) {
    std::vector<Candidate> next;
    int found = 0;
    LookupResult best;
    for (Candidate& c : current) {
      Type* t = c.type;
      if (auto* named = dyn_cast<Named>(t)) {
        if (!seen.insert(named).second) continue;
        for (size_t i = 0; i < named->methods.size(); ++i) {
          Func* m = named->methods[i];
          if (!sameName(m, pkg, name)) continue;
          ++found;
          best.obj = m;
          best.index = c.index;
          best.index.push_back(static_cast<int>(i));
          best.indirect = c.indirect;
          break;
        }
        t = named->underlying;
        if (t == nullptr) continue;
      }
      if (auto* st = dyn_cast<Struct>(t)) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          Var* f = st->fields[i];
          if (sameName(f, pkg, name)) {
            ++found;
            best.obj = f;
            best.index = c.index;
            best.index.push_back(static_cast<int>(i));
            best.indirect = c.indirect;
            continue;
          }
          if (found != 0 || !f->embedded) continue;
          Type* ft = f->type;
          bool ind = c.indirect;
          if (auto* p = dyn_cast<Pointer>(ft)) {
            ft = p->elem;
            ind = true;
          }
          std::vector<int> idx = c.index;
          idx.push_back(static_cast<int>(i));
          next.push_back({ft, std::move(idx), ind});
        }
      } else if (auto* it = dyn_cast<Interface>(t)) {
        const auto& ms = interfaceMethods(it);
        for (size_t i = 0; i < ms.size(); ++i) {
          if (!sameName(ms[i], pkg, name)) continue;
          ++found;
          best.obj = ms[i];
          best.index = c.index;
          best.index.push_back(static_cast<int>(i));
          best.indirect = c.indirect;
        }
      }
    }
    if (found > 1) {
      res.ambiguous = true;
      res.index = best.index;
      return res;
    }
    if (found == 1) {
      res = best;
      if (auto* f = dyn_cast<Func>(res.obj); f && f->hasPtrRecv && !res.indirect && !addressable) {
        res.needsAddressable = true;
      }
      return res;
    }
    current = std::move(next);
  }
  return res;
}

MissingMethod missingMethod(Type* V, Interface* T, bool staticCheck) {
  MissingMethod mm;
  const auto& want = interfaceMethods(T);
  if (auto* vi = dyn_cast_or_null<Interface>(underlying(V))) {
    const auto& have = interfaceMethods(vi);
    for (Func* m : want) {
      auto it = std::find_if(have.begin(), have.end(), [&](Func* h) { return h->name == m->name; });
      if (it == have.end()) {
        if (!staticCheck) continue;
        mm.method = m;
        return mm;
      }
      if (!identical((*it)->type, m->type)) {
        mm.method = m;
        mm.found = *it;
        mm.wrongType = true;
        return mm;
      }
    }
    return mm;
  }
  for (Func* m : want) {
    LookupResult r = lookupFieldOrMethod(V, false, m->pkg, m->name);
    auto* f = dyn_cast_or_null<Func>(r.obj);
    if (f == nullptr) {
      mm.method = m;
      return mm;
    }
    if (!identical(f->type, m->type)) {
      mm.method = m;
      mm.found = f;
      mm.wrongType = true;
      return mm;
    }
    if (r.needsAddressable) {
      mm.method = m;
      mm.found = f;
      mm.ptrRecv = true;
      return mm;
    }
  }
  return mm;
}

MissingMethod assertableTo(Interface* V, Type* T) {
  if (isInterface(T)) return {};
  return missingMethod(T, V, false);
}

} // namespace goxx::types
