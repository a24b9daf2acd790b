// Test support: check a package given as source text and look at the result.
#pragma once

#include "check/check.h"

#include <memory>
#include <string>
#include <vector>

namespace goxx::test {

// One checked program: owns everything the checker produced.
struct Checked {
  DiagnosticEngine diags;
  syntax::AstArena arena;
  std::unique_ptr<check::Session> session;
  check::TypeInfo info;
  types::Package* pkg = nullptr;
  bool syntaxErrors = false;

  // The error messages (first line of each), in position order.
  std::vector<std::string> messages() const;
  // The full message texts (with continuation lines).
  std::vector<std::string> fullMessages() const;
  // The type recorded for the first expression whose source text (exprString) is `text`.
  const check::TypeAndValue* typeOf(const std::string& text) const;
  // A package-level object.
  types::Object* lookup(const std::string& name) const;
  std::string typeString(const types::Type* t) const;
};

std::unique_ptr<Checked> checkSource(const std::string& source, const std::string& name = "test.gox");

} // namespace goxx::test
