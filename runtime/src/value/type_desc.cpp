// type_desc.cpp — lookups on type descriptors and Go's spelling of unnamed struct types.
#include <algorithm>

#include "goxx/value/type_of.h"

namespace goxx {

// Method tables are sorted by name (as Go's are), so lookup is a binary search.
const Method* TypeDesc::findMethod(std::string_view name) const {
  auto it = std::lower_bound(methods.begin(), methods.end(), name,
                             [](const Method& m, std::string_view n) { return m.name < n; });
  if (it == methods.end() || it->name != name) return nullptr;
  return &*it;
}

void sortMethods(std::vector<Method>& methods) {
  std::sort(methods.begin(), methods.end(), [](const Method& a, const Method& b) { return a.name < b.name; });
}

std::string structTypeName(const std::vector<StructField>& fields) {
  if (fields.empty()) return "struct {}";
  std::string s = "struct { ";
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) s += "; ";
    if (!fields[i].embedded) s += fields[i].name + " ";
    s += fields[i].type()->name;
  }
  return s + " }";
}

}  // namespace goxx
