// panic_text.h — runs f and returns the text Go would print after "panic: " for the panic it raised, or
// "<no panic>". For tests that check Go's panic messages.
#pragma once

#include <string>

#include "goxx/panic.h"

namespace goxx::test {

template <class F>
std::string panicText(F&& f) {
  try {
    f();
  } catch (const goxx::Panic& p) {
    return p.printText();
  }
  return "<no panic>";
}

}  // namespace goxx::test
