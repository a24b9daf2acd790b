// Session: one compilation's types, universe, and the bundled packages (checked from their stubs on
// first import).
#include "check/checker.h"

#include "stdlib/bundled_sources.h"
#include "syntax/parse.h"

namespace goxx::check {

std::vector<std::string> bundledPackagePaths() {
  std::vector<std::string> out;
  for (std::string_view p : stdlib::bundledPaths()) out.emplace_back(p);
  return out;
}

Session::Session(DiagnosticEngine& diags, syntax::AstArena& arena)
    : diags_(diags), arena_(arena), universe_(makeUniverse(ctx_)) {}

Session::~Session() = default;

types::Package* Session::checkPackage(const std::vector<const syntax::File*>& files, TypeInfo& info) {
  std::string name = files.empty() || files[0]->pkgName == nullptr ? "main" : files[0]->pkgName->value;
  types::Scope* scope = ctx_.newScope(universe_, types::Scope::Kind::Package);
  types::Package* pkg = ctx_.newPackage(name, name, scope);
  // About half of all nodes are expressions that get an entry (measured on bench/frontend's programs):
  // sizing the table once avoids rehashing its large entries again and again on big packages.
  info.types.reserve(arena_.size() / 2);
  Checker checker(*this, pkg, info);
  checker.checkFiles(files);
  return pkg;
}

namespace {

// `//goxx:extern NAME` on line L annotates the declaration that starts on line L+1.
void scanExterns(FileId file, std::string_view text,
                 llvm::DenseMap<std::pair<FileId, uint32_t>, std::string>& out) {
  static constexpr std::string_view kPrefix = "//goxx:extern ";
  uint32_t line = 1;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    size_t first = l.find_first_not_of(" \t");
    if (first != std::string_view::npos && l.substr(first, kPrefix.size()) == kPrefix) {
      std::string_view name = l.substr(first + kPrefix.size());
      while (!name.empty() && (name.back() == ' ' || name.back() == '\r' || name.back() == '\t')) name.remove_suffix(1);
      out[{file, line + 1}] = std::string(name);
    }
    if (end == text.size()) break;
    start = end + 1;
    ++line;
  }
}

} // namespace

types::Package* Session::importBundled(const std::string& path) {
  auto it = bundled_.find(path);
  if (it != bundled_.end()) return it->second.inProgress ? nullptr : it->second.pkg;
  std::vector<stdlib::BundledFile> stubFiles = stdlib::bundledPackage(path);
  if (stubFiles.empty()) return nullptr;
  Bundled& b = bundled_[path];
  b.inProgress = true;
  b.info = std::make_unique<TypeInfo>();
  std::vector<const syntax::File*> files;
  llvm::DenseMap<std::pair<FileId, uint32_t>, std::string> externs;
  for (const stdlib::BundledFile& f : stubFiles) {
    std::string name = "$GOXX/stdlib/" + std::string(f.importPath) + "/" + std::string(f.fileName);
    FileId id = diags_.addFile(name, llvm::StringRef(f.text.data(), f.text.size()));
    syntax::File* file = syntax::parseFile(arena_, diags_, id);
    if (file == nullptr) continue;
    files.push_back(file);
    scanExterns(id, f.text, externs);
  }
  std::string name = files.empty() || files[0]->pkgName == nullptr ? path : files[0]->pkgName->value;
  types::Scope* scope = ctx_.newScope(universe_, types::Scope::Kind::Package);
  types::Package* pkg = ctx_.newPackage(path, name, scope);
  pkg->bundled = true;
  TypeInfo* stubInfo = b.info.get();
  Checker checker(*this, pkg, *stubInfo);
  checker.setExterns(std::move(externs));
  checker.checkFiles(files);
  // `b` may have moved: checking the stubs can import (and insert) other bundled packages.
  Bundled& done = bundled_[path];
  done.pkg = pkg;
  done.files = files;
  done.inProgress = false;
  return pkg;
}

std::vector<const syntax::File*> Session::bundledFiles(const std::string& path) const {
  auto it = bundled_.find(path);
  return it == bundled_.end() ? std::vector<const syntax::File*>{} : it->second.files;
}

std::vector<std::string> Session::importedBundledPaths() const {
  std::vector<std::string> paths;
  for (const auto& [path, b] : bundled_)
    if (b.pkg != nullptr) paths.push_back(path);
  return paths;
}

const TypeInfo* Session::bundledInfo(const std::string& path) const {
  auto it = bundled_.find(path);
  return it == bundled_.end() ? nullptr : it->second.info.get();
}

} // namespace goxx::check
