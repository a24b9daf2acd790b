// pkg/sync/map.cpp — sync.Map: every operation holds the map's mutex except Range's calls of f.
#include <utility>
#include <vector>

#include "goxx/pkg/sync.h"

namespace goxx::pkg::sync {
namespace {
struct Guard {
  explicit Guard(Mutex& m) : mu(m) { mu.Lock(); }
  ~Guard() { mu.Unlock(); }
  Mutex& mu;
};
}  // namespace

// A copy is a new map with the same entries (Go copies the struct; using both afterwards is a vet error).
Map::Map(const Map& o) {
  Map& src = const_cast<Map&>(o);
  Guard g(src.mu_);
  for (auto [k, v] : src.entries_) {
    if (entries_.isNil()) entries_ = goxx::Map<Any, Any>::make();
    entries_.set(k, v);
  }
}

Map& Map::operator=(const Map& o) {
  if (this != &o) {
    Map copy(o);
    Guard g(mu_);
    entries_ = copy.entries_;
  }
  return *this;
}

std::tuple<Any, bool> Map::load(const Any& key) {
  Guard g(mu_);
  Any v;
  const bool ok = entries_.get(key, &v);
  return {v, ok};
}

void Map::store(const Any& key, const Any& value) {
  Guard g(mu_);
  if (entries_.isNil()) entries_ = goxx::Map<Any, Any>::make();
  entries_.set(key, value);
}

std::tuple<Any, bool> Map::loadOrStore(const Any& key, const Any& value) {
  Guard g(mu_);
  Any v;
  if (entries_.get(key, &v)) return {v, true};
  if (entries_.isNil()) entries_ = goxx::Map<Any, Any>::make();
  entries_.set(key, value);
  return {value, false};
}

std::tuple<Any, bool> Map::loadAndDelete(const Any& key) {
  Guard g(mu_);
  Any v;
  if (!entries_.get(key, &v)) return {Any(), false};
  entries_.erase(key);
  return {v, true};
}

std::tuple<Any, bool> Map::swap(const Any& key, const Any& value) {
  Guard g(mu_);
  Any v;
  const bool loaded = entries_.get(key, &v);
  if (entries_.isNil()) entries_ = goxx::Map<Any, Any>::make();
  entries_.set(key, value);
  return {v, loaded};
}

// Go: the old value must be comparable; comparing an uncomparable one panics, as == does.
bool Map::compareAndSwap(const Any& key, const Any& old, const Any& value) {
  Guard g(mu_);
  Any v;
  if (!entries_.get(key, &v) || !(v == old)) return false;
  entries_.set(key, value);
  return true;
}

void Map::range(const Func<bool(Any, Any)>& f) {
  std::vector<std::pair<Any, Any>> snapshot;
  {
    Guard g(mu_);
    for (auto [k, v] : entries_) snapshot.emplace_back(std::move(k), std::move(v));
  }
  for (auto& [k, v] : snapshot) {
    if (!f(k, v)) return;
  }
}

std::tuple<Any, bool> Map_Load(Map* m, Any key) { return m->load(key); }
void Map_Store(Map* m, Any key, Any value) { m->store(key, value); }
std::tuple<Any, bool> Map_LoadOrStore(Map* m, Any key, Any value) { return m->loadOrStore(key, value); }
std::tuple<Any, bool> Map_LoadAndDelete(Map* m, Any key) { return m->loadAndDelete(key); }
void Map_Delete(Map* m, Any key) { m->loadAndDelete(key); }
std::tuple<Any, bool> Map_Swap(Map* m, Any key, Any value) { return m->swap(key, value); }
bool Map_CompareAndSwap(Map* m, Any key, Any old, Any value) { return m->compareAndSwap(key, old, value); }
void Map_Range(Map* m, Func<bool(Any, Any)> f) { m->range(f); }

}  // namespace goxx::pkg::sync
