#include "content_hash.h"

#include <llvm/ADT/StringExtras.h>

#include <cstdint>

namespace goxx::driver {

void ContentHash::add(llvm::StringRef field) {
  uint8_t length[8];
  uint64_t n = field.size();
  for (uint8_t& byte : length) {
    byte = static_cast<uint8_t>(n & 0xff);
    n >>= 8;
  }
  sha_.update(llvm::ArrayRef<uint8_t>(length, sizeof length));
  sha_.update(field);
}

std::string ContentHash::hexDigest() { return llvm::toHex(sha_.final(), /*LowerCase=*/true); }

} // namespace goxx::driver
