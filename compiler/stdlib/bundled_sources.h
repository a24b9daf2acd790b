// The stub files of the packages bundled with goxx, compiled into the binary.
//
//   Consumes: compiler/stdlib/<import path>/*.gox at build time (embed_stubs.cmake writes them into a
//             generated C++ file, so the driver needs no installation directory).
//   Produces: for an import path, the stub files' names and texts. The checker parses and checks them
//             like user code (see compiler/stdlib/README.md for the `//goxx:extern` annotation).
#pragma once

#include <string_view>
#include <vector>

namespace goxx::stdlib {

struct BundledFile {
  std::string_view importPath; // "sync/atomic"
  std::string_view fileName;   // "atomic.gox"
  std::string_view text;
};

// Every stub file, sorted by import path then file name.
const std::vector<BundledFile>& bundledFiles();

// The stub files of one package (empty if the path is not bundled).
std::vector<BundledFile> bundledPackage(std::string_view importPath);

// The bundled import paths, sorted.
std::vector<std::string_view> bundledPaths();

} // namespace goxx::stdlib
