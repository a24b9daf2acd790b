#include "diag/diagnostic_engine.h"

#include <llvm/Support/ErrorOr.h>
#include <llvm/Support/MemoryBuffer.h>

#include <algorithm>

namespace goxx {

FileId DiagnosticEngine::addFile(llvm::StringRef path, llvm::StringRef text) {
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(text, path);
  unsigned id = sources_.AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
  names_.resize(id);
  names_[id - 1] = path.str();
  return id;
}

std::optional<FileId> DiagnosticEngine::loadFile(llvm::StringRef path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer) {
    error(Pos{}, "open " + path.str() + ": " + buffer.getError().message());
    return std::nullopt;
  }
  return addFile(path, (*buffer)->getBuffer());
}

llvm::StringRef DiagnosticEngine::fileName(FileId file) const {
  if (file == 0 || file > names_.size()) return "";
  return names_[file - 1];
}

llvm::StringRef DiagnosticEngine::fileText(FileId file) const {
  if (file == 0 || file > sources_.getNumBuffers()) return "";
  return sources_.getMemoryBuffer(file)->getBuffer();
}

void DiagnosticEngine::error(Pos pos, std::string message) {
  diags_.push_back(Diagnostic{pos, std::move(message)});
}

// Sorting and filtering, as gc's FlushErrors does:
//   * stable sort by (file, line, column), so errors at one position keep their report order;
//   * an error with the same position and text as the previous one is dropped;
//   * of several "syntax error" messages on one line only the first (by column) is kept — after the
//     first syntax error on a line the rest are nearly always consequences of it.
std::vector<Diagnostic> DiagnosticEngine::sortedErrors() const {
  std::vector<Diagnostic> sorted = diags_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<Diagnostic> kept;
  kept.reserve(sorted.size());
  auto isSyntax = [](const Diagnostic& d) { return llvm::StringRef(d.message).startswith("syntax error"); };
  for (const Diagnostic& d : sorted) {
    if (!kept.empty()) {
      const Diagnostic& last = kept.back();
      if (last.pos == d.pos && last.message == d.message) continue;
      bool sameLine = last.pos.file == d.pos.file && last.pos.line == d.pos.line && d.pos.isKnown();
      if (sameLine && isSyntax(d) &&
          std::any_of(kept.rbegin(), kept.rend(), [&](const Diagnostic& k) {
            return k.pos.file == d.pos.file && k.pos.line == d.pos.line && isSyntax(k);
          }))
        continue;
    }
    kept.push_back(d);
  }
  return kept;
}

static void renderOne(const DiagnosticEngine& engine, const Diagnostic& d, llvm::raw_ostream& out) {
  if (!d.pos.isKnown()) {
    out << d.message << "\n";
    return;
  }
  out << engine.fileName(d.pos.file) << ":" << d.pos.line << ":" << d.pos.col << ": " << d.message << "\n";
  // The source line, then a caret under the column. Tabs are copied into the caret line so that the
  // caret lines up with the text however wide the terminal's tabs are.
  llvm::StringRef text = engine.fileText(d.pos.file);
  size_t start = 0;
  for (uint32_t line = 1; line < d.pos.line && start != llvm::StringRef::npos; ++line) {
    start = text.find('\n', start);
    if (start != llvm::StringRef::npos) ++start;
  }
  if (start == llvm::StringRef::npos || start > text.size()) return;
  llvm::StringRef lineText = text.substr(start).split('\n').first.rtrim("\r");
  out << lineText << "\n";
  std::string caret;
  for (uint32_t i = 0; i + 1 < d.pos.col && i < lineText.size(); ++i) caret += lineText[i] == '\t' ? '\t' : ' ';
  out << caret << "^\n";
}

std::string DiagnosticEngine::render() const {
  std::string text;
  llvm::raw_string_ostream out(text);
  std::vector<Diagnostic> sorted = sortedErrors();
  size_t shown = 0;
  for (const Diagnostic& d : sorted) {
    if (shown == kMaxErrors) {
      out << "too many errors\n";
      break;
    }
    renderOne(*this, d, out);
    ++shown;
  }
  out.flush();
  return text;
}

size_t DiagnosticEngine::flush(llvm::raw_ostream& out) {
  out << render();
  out.flush();
  size_t count = diags_.size();
  diags_.clear();
  return count;
}

} // namespace goxx
