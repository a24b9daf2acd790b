// A SHA-256 digest over a sequence of fields, for naming build-cache entries by content.
//
//   Consumes: byte strings (file contents, paths, flags, identities), one `add` per field.
//   Produces: a lowercase hex digest.
//
// Invariant: every field is length-prefixed, so ("ab", "c") and ("a", "bc") hash differently — two
// different key recipes can never collide by concatenation.
#pragma once

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/SHA256.h>

#include <string>

namespace goxx::driver {

class ContentHash {
public:
  void add(llvm::StringRef field);
  // The digest of everything added so far (the hash may not be used afterwards).
  std::string hexDigest();

private:
  llvm::SHA256 sha_;
};

} // namespace goxx::driver
