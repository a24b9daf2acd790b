#include "stdlib/bundled_sources.h"

#include <algorithm>

namespace goxx::stdlib {

// Defined in the generated bundled_stub_data.cpp.
extern const BundledFile kBundledFiles[];
extern const unsigned kBundledFileCount;

const std::vector<BundledFile>& bundledFiles() {
  static const std::vector<BundledFile> files = [] {
    std::vector<BundledFile> v(kBundledFiles, kBundledFiles + kBundledFileCount);
    std::sort(v.begin(), v.end(), [](const BundledFile& a, const BundledFile& b) {
      return a.importPath != b.importPath ? a.importPath < b.importPath : a.fileName < b.fileName;
    });
    return v;
  }();
  return files;
}

std::vector<BundledFile> bundledPackage(std::string_view importPath) {
  std::vector<BundledFile> out;
  for (const BundledFile& f : bundledFiles()) {
    if (f.importPath == importPath) out.push_back(f);
  }
  return out;
}

std::vector<std::string_view> bundledPaths() {
  std::vector<std::string_view> out;
  for (const BundledFile& f : bundledFiles()) {
    if (out.empty() || out.back() != f.importPath) out.push_back(f.importPath);
  }
  return out;
}

} // namespace goxx::stdlib
