// interface.cpp — itabs: which concrete method implements each interface method (see goxx/value/interface.h).
//
// The global itab table maps (interface, type) to an Itab or to "does not implement" (null). It is guarded
// by one mutex; entries are created once and never freed, so a pointer handed out stays valid for the
// process's lifetime and call sites may cache it without synchronization beyond an atomic load.
#include "goxx/value/interface.h"

#include <map>
#include <memory>
#include <mutex>
#include <utility>

#include "goxx/value/bounds.h"
#include "goxx/value/type_of.h"

namespace goxx {

namespace {

struct ItabEntry {
  std::unique_ptr<Itab> itab;  // null: the type does not implement the interface
  const char* missing = nullptr;
};

std::mutex itabLock;
std::map<std::pair<const TypeDesc*, const TypeDesc*>, ItabEntry>& itabTable() {
  static auto* table = new std::map<std::pair<const TypeDesc*, const TypeDesc*>, ItabEntry>();
  return *table;
}

ItabEntry buildItab(const TypeDesc* iface, const TypeDesc* type) {
  ItabEntry entry;
  auto itab = std::make_unique<Itab>();
  itab->iface = iface;
  itab->type = type;
  for (const Method& want : iface->methods) {
    const Method* have = type->findMethod(want.name);
    bool sigOk = have != nullptr &&
                 (want.signature.empty() || have->signature.empty() || want.signature == have->signature);
    if (!sigOk) {
      entry.missing = want.name.c_str();
      return entry;
    }
    itab->fns.push_back(have->fn);
  }
  entry.itab = std::move(itab);
  return entry;
}

}  // namespace

TypeDesc interfaceType(std::string name, std::vector<Method> methods) {
  TypeDesc t{};
  t.kind = Kind::Interface;
  t.named = true;
  t.name = std::move(name);
  t.methods = std::move(methods);
  sortMethods(t.methods);
  setValueOps<Any>(t);
  return t;
}

TypeDesc interfaceType(std::string name, std::initializer_list<const char*> methodNames) {
  std::vector<Method> methods;
  for (const char* m : methodNames) methods.push_back(Method{m, nullptr, {}});
  return interfaceType(std::move(name), std::move(methods));
}

const Itab* findItab(const TypeDesc* iface, const TypeDesc* type, const char** missing) {
  std::lock_guard<std::mutex> lk(itabLock);
  auto key = std::make_pair(iface, type);
  auto& table = itabTable();
  auto it = table.find(key);
  if (it == table.end()) it = table.emplace(key, buildItab(iface, type)).first;
  if (missing != nullptr) *missing = it->second.missing;
  return it->second.itab.get();
}

bool implements(const TypeDesc* type, const TypeDesc* iface) {
  return type != nullptr && findItab(iface, type) != nullptr;
}

const Itab& ItabCache::get(const Any& x, const TypeDesc* iface) {
  const TypeDesc* type = x.type();
  if (type == nullptr) panicNilDeref();
  const Itab* last = last_.load(std::memory_order_acquire);
  if (last != nullptr && last->type == type && last->iface == iface) return *last;
  const char* missing = nullptr;
  const Itab* itab = findItab(iface, type, &missing);
  // The compiler only emits calls for types it proved implement the interface; a failure here is a bug in
  // hand-written code, reported like a failed assertion.
  if (itab == nullptr) panicTypeAssertion(nullptr, type, iface, missing);
  last_.store(itab, std::memory_order_release);
  return *itab;
}

Any assertInterface(const Any& x, const TypeDesc* iface) {
  if (x.type() == nullptr) panicTypeAssertion(nullptr, nullptr, iface, nullptr);
  const char* missing = nullptr;
  if (findItab(iface, x.type(), &missing) == nullptr) panicTypeAssertion(nullptr, x.type(), iface, missing);
  return x;
}

bool assertInterface(const Any& x, const TypeDesc* iface, Any* out) {
  if (!implements(x.type(), iface)) {
    *out = Any();
    return false;
  }
  *out = x;
  return true;
}

}  // namespace goxx
