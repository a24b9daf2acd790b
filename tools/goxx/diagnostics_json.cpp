#include "diagnostics_json.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/JSON.h>
#include <llvm/Support/Path.h>

#include <string>
#include <vector>

namespace goxx::driver {

// llvm::json requires valid UTF-8 (it asserts in builds with assertions); source text is already
// validated by the parser, but file names are arbitrary bytes.
static std::string jsonText(llvm::StringRef text) {
  if (llvm::json::isUTF8(text)) return text.str();
  return llvm::json::fixUTF8(text);
}

static std::string absolutePath(llvm::StringRef path) {
  llvm::SmallString<256> abs(path);
  if (llvm::sys::fs::make_absolute(abs)) return path.str(); // no current directory: keep it as given
  llvm::sys::path::remove_dots(abs, /*remove_dot_dot=*/true);
  return std::string(abs.str());
}

void writeDiagnosticsJson(const DiagnosticEngine& diags, llvm::StringRef fallbackFile, llvm::raw_ostream& out) {
  std::vector<Diagnostic> errors = diags.sortedErrors();
  if (errors.size() > DiagnosticEngine::kMaxErrors) errors.resize(DiagnosticEngine::kMaxErrors);
  llvm::json::OStream json(out);
  json.object([&] {
    json.attributeArray("diagnostics", [&] {
      for (const Diagnostic& d : errors) {
        bool known = d.pos.isKnown();
        json.object([&] {
          json.attribute("file", jsonText(absolutePath(known ? diags.fileName(d.pos.file) : fallbackFile)));
          json.attribute("line", static_cast<int64_t>(known ? d.pos.line : 1));
          json.attribute("column", static_cast<int64_t>(known && d.pos.col > 0 ? d.pos.col : 1));
          json.attribute("severity", "error");
          json.attribute("message", jsonText(d.message));
        });
      }
    });
  });
  out << "\n";
  out.flush();
}

} // namespace goxx::driver
