// goxx/value/map.h — Go maps.
//
// Consumes: refcount.h, hash.h, type_of.h, panic.h. Produces: goxx::Map<K, V>, makeMap, TypeOf<Map>.
//
// A Map is a nullable handle to a refcounted table (copies share it, as Go map values do). The default Map
// is nil: reads give V's zero value, len is 0, delete and clear do nothing, and a write panics
// "assignment to entry in nil map".
//
// Table layout (one concept, two arrays):
//   entries — the key/value pairs in insertion order; a deleted pair leaves a dead entry (its key and
//             value destroyed, so they release what they hold) until the table is rebuilt;
//   slots   — open addressing with linear probing over a power-of-two array of entry indexes (-1 empty);
//             a slot that points at a dead entry acts as a tombstone.
// Invariants: every live entry is reachable from its home slot without crossing an empty slot; at most
// 3/4 of the slots are used (live + dead entries), checked before each insertion.
//
// Iteration (Go's rules): each `for range` starts at a random entry and walks the entries that existed when
// it started, wrapping around once, skipping dead ones at the moment it reaches them — so an entry deleted
// before it is reached is not produced, and entries added during the loop are never produced (Go allows
// either). While any iterator is active the entries array is never compacted (only appended to), so the
// indexes iterators hold stay valid; the count of active iterators is atomic because several goroutines may
// range over one map concurrently (reads are not races in Go).
// Hashing uses GoHash<K> with a per-map random seed; == on keys is K's operator== (so NaN keys never match).
// Concurrent writes, or a write concurrent with a read, are the program's data race, as in Go.
#pragma once

#include <atomic>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

#include "goxx/panic.h"
#include "goxx/value/hash.h"
#include "goxx/value/refcount.h"
#include "goxx/value/type_of.h"

namespace goxx {

template <class K, class V>
class Map {
  struct Entry {
    uint64_t hash;
    std::optional<std::pair<K, V>> kv;  // empty: dead
    bool live() const { return kv.has_value(); }
    const K& key() const { return kv->first; }
  };
  struct Table : RcHeader {
    uint64_t seed = randomHash();
    std::vector<Entry> entries;
    std::vector<int64_t> slots;
    int64_t live = 0;
    std::atomic<int> iterators{0};

    Table() {
      destroy = [](RcHeader* self) noexcept { delete static_cast<Table*>(self); };
    }

    int64_t find(const K& k, uint64_t h) const {
      if (slots.empty()) return -1;
      size_t mask = slots.size() - 1;
      for (size_t i = h & mask;; i = (i + 1) & mask) {
        int64_t s = slots[i];
        if (s < 0) return -1;
        const Entry& e = entries[static_cast<size_t>(s)];
        if (e.live() && e.hash == h && e.key() == k) return s;
      }
    }

    void placeSlot(uint64_t h, int64_t index) {
      size_t mask = slots.size() - 1;
      size_t i = h & mask;
      while (slots[i] >= 0) i = (i + 1) & mask;
      slots[i] = index;
    }

    // Makes room for one more entry: compacts dead entries when no iterator is active, and resizes the
    // slot array so that it stays at most 3/4 full.
    void reserveOne() {
      if ((entries.size() + 1) * 4 <= slots.size() * 3) return;
      if (iterators.load(std::memory_order_acquire) == 0 && static_cast<int64_t>(entries.size()) > live) {
        std::vector<Entry> kept;
        kept.reserve(static_cast<size_t>(live) + 1);
        for (Entry& e : entries)
          if (e.live()) kept.push_back(std::move(e));
        entries.swap(kept);
      }
      size_t n = 8;
      while (n * 3 < (entries.size() + 1) * 4 * 2) n *= 2;  // leave room to grow before the next rebuild
      slots.assign(n, -1);
      for (size_t i = 0; i < entries.size(); ++i)
        if (entries[i].live()) placeSlot(entries[i].hash, static_cast<int64_t>(i));
    }
  };

 public:
  using key_type = K;
  using mapped_type = V;

  Map() noexcept = default;
  Map(std::nullptr_t) noexcept {}
  // map[K]V{k1: v1, ...}
  Map(std::initializer_list<std::pair<K, V>> elems) : table_(new Table) {
    for (const auto& kv : elems) set(kv.first, kv.second);
  }
  Map(const Map& o) noexcept : table_(o.table_) { rcRetain(table_); }
  Map(Map&& o) noexcept : table_(std::exchange(o.table_, nullptr)) {}
  Map& operator=(Map o) noexcept {
    std::swap(table_, o.table_);
    return *this;
  }
  ~Map() { rcRelease(table_); }

  // make(map[K]V), make(map[K]V, hint)
  static Map make(int64_t hint = 0) {
    Map m;
    m.table_ = new Table;
    if (hint > 0) m.table_->entries.reserve(static_cast<size_t>(hint));
    return m;
  }

  bool isNil() const noexcept { return table_ == nullptr; }
  int64_t len() const noexcept { return table_ == nullptr ? 0 : table_->live; }

  // v := m[k]
  V get(const K& k) const {
    if (table_ == nullptr) return V{};
    int64_t i = table_->find(k, GoHash<K>{}(k, table_->seed));
    return i < 0 ? V{} : table_->entries[static_cast<size_t>(i)].kv->second;
  }
  // v, ok := m[k]
  bool get(const K& k, V* out) const {
    int64_t i = table_ == nullptr ? -1 : table_->find(k, GoHash<K>{}(k, table_->seed));
    if (i < 0) {
      *out = V{};
      return false;
    }
    *out = table_->entries[static_cast<size_t>(i)].kv->second;
    return true;
  }
  bool contains(const K& k) const {
    return table_ != nullptr && table_->find(k, GoHash<K>{}(k, table_->seed)) >= 0;
  }

  // m[k] = v
  void set(const K& k, V v) {
    if (table_ == nullptr) panicPlainError("assignment to entry in nil map");
    uint64_t h = GoHash<K>{}(k, table_->seed);
    int64_t i = table_->find(k, h);
    if (i >= 0) {
      table_->entries[static_cast<size_t>(i)].kv->second = std::move(v);
      return;
    }
    table_->reserveOne();
    table_->entries.push_back(Entry{h, std::pair<K, V>(k, std::move(v))});
    table_->placeSlot(h, static_cast<int64_t>(table_->entries.size() - 1));
    ++table_->live;
  }

  // delete(m, k)
  void erase(const K& k) {
    if (table_ == nullptr) return;
    int64_t i = table_->find(k, GoHash<K>{}(k, table_->seed));
    if (i < 0) return;
    table_->entries[static_cast<size_t>(i)].kv.reset();
    --table_->live;
  }

  // clear(m): deletes every entry (NaN keys included).
  void clear() {
    if (table_ == nullptr) return;
    for (Entry& e : table_->entries) e.kv.reset();
    table_->live = 0;
  }

  // for k, v := range m — yields copies of {key, value}.
  struct End {};
  class Iterator {
   public:
    explicit Iterator(Table* t) : table_(t) {
      if (table_ == nullptr) return;
      rcRetain(table_);
      table_->iterators.fetch_add(1, std::memory_order_acq_rel);
      count_ = table_->entries.size();
      start_ = count_ == 0 ? 0 : static_cast<size_t>(randomHash() % count_);
      skipDead();
    }
    Iterator(const Iterator&) = delete;
    Iterator& operator=(const Iterator&) = delete;
    ~Iterator() {
      if (table_ == nullptr) return;
      table_->iterators.fetch_sub(1, std::memory_order_acq_rel);
      rcRelease(table_);
    }
    std::pair<K, V> operator*() const {
      return *table_->entries[(start_ + step_) % count_].kv;
    }
    Iterator& operator++() {
      ++step_;
      skipDead();
      return *this;
    }
    bool operator!=(End) const { return step_ < count_; }
    bool operator==(End) const { return step_ >= count_; }

   private:
    void skipDead() {
      while (step_ < count_ && !table_->entries[(start_ + step_) % count_].live()) ++step_;
    }
    Table* table_;
    size_t count_ = 0;
    size_t start_ = 0;
    size_t step_ = 0;
  };
  Iterator begin() const { return Iterator(table_); }
  End end() const { return {}; }

  // The live entries by address, for fmt (valid until the map is modified).
  void entryRefs(std::vector<MapEntryRef>* out) const {
    if (table_ == nullptr) return;
    for (const Entry& e : table_->entries)
      if (e.live()) out->push_back({&e.kv->first, &e.kv->second});
  }
  const void* identity() const noexcept { return table_; }

  friend bool operator==(const Map& m, std::nullptr_t) noexcept { return m.table_ == nullptr; }

 private:
  Table* table_ = nullptr;
};

template <class K, class V>
Map<K, V> makeMap(int64_t hint = 0) {
  return Map<K, V>::make(hint);
}

template <class K, class V>
struct TypeOf<Map<K, V>> {
  static const TypeDesc* get() {
    static const TypeDesc d = [] {
      TypeDesc t{};
      t.kind = Kind::Map;
      t.key = typeOf<K>();
      t.elem = typeOf<V>();
      t.name = "map[" + t.key->name + "]" + t.elem->name;
      setValueOps<Map<K, V>>(t);
      t.length = [](const void* v) { return static_cast<const Map<K, V>*>(v)->len(); };
      t.identity = [](const void* v) { return static_cast<const Map<K, V>*>(v)->identity(); };
      t.mapEntries = [](const void* v, std::vector<MapEntryRef>* out) {
        static_cast<const Map<K, V>*>(v)->entryRefs(out);
      };
      return t;
    }();
    return &d;
  }
};

}  // namespace goxx
