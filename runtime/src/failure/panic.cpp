// panic.cpp — throwing Go panics, and the text of an unrecovered one (see goxx/panic.h).
#include "goxx/panic.h"

#include <vector>

namespace goxx {

[[noreturn]] void panicValue(std::shared_ptr<const PanicValue> v) { throw Panic(std::move(v)); }

[[noreturn]] void panicString(std::string s) {
  panicValue(std::make_shared<StringPanicValue>(std::move(s)));
}

[[noreturn]] void panicRuntimeError(std::string msg) {
  panicValue(std::make_shared<RuntimeErrorPanicValue>(std::move(msg), false));
}

[[noreturn]] void panicPlainError(std::string msg) {
  panicValue(std::make_shared<RuntimeErrorPanicValue>(std::move(msg), true));
}

// Go's printpanics: the oldest panic first, each later one on its own line indented by a tab, " [recovered]"
// after those that recover() stopped.
std::string formatPanicReport(const Panic& p) {
  std::vector<const Panic*> chain;
  for (const Panic* q = &p; q != nullptr; q = q->previous.get()) chain.push_back(q);
  std::string out;
  for (size_t i = chain.size(); i-- > 0;) {
    const Panic* q = chain[i];
    if (i + 1 != chain.size()) out += "\t";
    out += "panic: " + q->printText();
    if (q->recovered) out += " [recovered]";
    out += "\n";
  }
  return out;
}

}  // namespace goxx
