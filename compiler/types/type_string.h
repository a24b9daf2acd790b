// Types as go/types prints them in error messages: "[]int", "map[string]*T", "func(x int) error",
// "struct{a int; b string}", "interface{M()}", "<-chan int". Named types from another package are
// qualified by that package's name ("time.Duration"); those of `current` are not.
#pragma once

#include "types/type.h"

#include <string>

namespace goxx::types {

class Package;
class Interface;

std::string typeString(const Type* t, const Package* current);
// The signature without the leading "func" ("(x int) string"), as used in "have M(int)" lines.
std::string signatureString(const Type* sig, const Package* current);

// The universe `any` interface prints as "any"; the checker registers it here.
void setUniverseAny(const Interface* any);

} // namespace goxx::types
