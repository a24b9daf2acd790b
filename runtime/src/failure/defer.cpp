// defer.cpp — DeferFrame, panic(v) and recover() (see goxx/defer.h for the lowering and invariants).
#include "goxx/defer.h"

#include <cstdio>
#include <string>

#include "../sched/g.h"
#include "goxx/fmt.h"
#include "goxx/value.h"

namespace goxx {

// The runtime.Error values recover() returns for the runtime's own panics.
struct RuntimeErrorValue {
  String text;
  bool operator==(const RuntimeErrorValue&) const = default;
};
template <>
struct TypeOf<RuntimeErrorValue> {
  static const TypeDesc* get();
};

namespace {
String runtimeErrorText(const void* recv) { return static_cast<const RuntimeErrorValue*>(recv)->text; }
void runtimeErrorMarker(const void*) {}
}  // namespace

const TypeDesc* TypeOf<RuntimeErrorValue>::get() {
  static const TypeDesc d =
      structType<RuntimeErrorValue>("runtime.Error", {}, {method("Error", &runtimeErrorText, "func() string"),
                                                          method("RuntimeError", &runtimeErrorMarker, "func()")});
  return &d;
}

namespace {

std::string hexAddress(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

// The text of a basic-kind value as Go's print builtin writes it; empty if v is not of a basic kind.
bool basicText(const TypeDesc* t, const void* p, std::string* out) {
  switch (t->kind) {
    case Kind::Bool: *out = *static_cast<const bool*>(p) ? "true" : "false"; return true;
    case Kind::Int: *out = std::to_string(*static_cast<const Int*>(p)); return true;
    case Kind::Int8: *out = std::to_string(*static_cast<const Int8*>(p)); return true;
    case Kind::Int16: *out = std::to_string(*static_cast<const Int16*>(p)); return true;
    case Kind::Int32: *out = std::to_string(*static_cast<const Int32*>(p)); return true;
    case Kind::Int64: *out = std::to_string(*static_cast<const Int64*>(p)); return true;
    case Kind::Uint: *out = std::to_string(*static_cast<const Uint*>(p)); return true;
    case Kind::Uint8: *out = std::to_string(*static_cast<const Uint8*>(p)); return true;
    case Kind::Uint16: *out = std::to_string(*static_cast<const Uint16*>(p)); return true;
    case Kind::Uint32: *out = std::to_string(*static_cast<const Uint32*>(p)); return true;
    case Kind::Uint64:
    case Kind::Uintptr: *out = std::to_string(*static_cast<const Uint64*>(p)); return true;
    case Kind::Float32: *out = builtinFloatText(*static_cast<const Float32*>(p)); return true;
    case Kind::Float64: *out = builtinFloatText(*static_cast<const Float64*>(p)); return true;
    case Kind::String: *out = static_cast<const String*>(p)->str(); return true;
    default: return false;
  }
}

DeferFrame*& activeFrame() {
  G* g = currentG();
  return *reinterpret_cast<DeferFrame**>(&g->activeDeferFrame);
}

}  // namespace

std::string AnyPanicValue::printText() const {
  const TypeDesc* t = value_.type();
  if (t == nullptr) return "nil";
  const void* p = value_.valuePtr();
  if (const Method* m = t->findMethod("Error")) return reinterpret_cast<String (*)(const void*)>(m->fn)(p).str();
  if (const Method* m = t->findMethod("String")) return reinterpret_cast<String (*)(const void*)>(m->fn)(p).str();
  std::string text;
  if (basicText(t, p, &text)) {
    if (!t->named) return text;
    if (t->kind == Kind::String) text = "\"" + text + "\"";
    return t->name + "(" + text + ")";
  }
  return "(" + t->name + ") " + hexAddress(p);
}

void panicAny(Any v) {
  if (v.isNil()) panicValue(std::make_shared<RuntimeErrorPanicValue>("panic called with nil argument (use runtime.PanicNilError)", false));
  panicValue(std::make_shared<AnyPanicValue>(std::move(v)));
}

void DeferFrame::runDeferred() {
  DeferFrame*& active = activeFrame();
  while (!calls_.empty()) {
    Func<void()> call = std::move(calls_.back());
    calls_.pop_back();
    // While a panic is in progress, this frame is the one recover() stops.
    outer_ = active;
    active = this;
    runningDeferred_ = true;
    try {
      call();
    } catch (Panic& p) {
      // A new panic replaces the one in progress; the report keeps the chain.
      if (pending_) {
        try {
          std::rethrow_exception(pending_);
        } catch (Panic& old) {
          if (!p.previous) p.previous = std::make_shared<Panic>(old);
        } catch (...) {
        }
      }
      pending_ = std::current_exception();
    } catch (...) {
      pending_ = std::current_exception();
    }
    runningDeferred_ = false;
    active = outer_;
  }
  if (pending_) {
    std::exception_ptr e = std::move(pending_);
    pending_ = nullptr;
    std::rethrow_exception(e);
  }
}

Any DeferFrame::recover() {
  if (!pending_ || !runningDeferred_) return Any();
  try {
    std::rethrow_exception(pending_);
  } catch (const Panic& p) {
    pending_ = nullptr;
    if (auto* v = dynamic_cast<const AnyPanicValue*>(&p.value())) return v->value();
    return Any(RuntimeErrorValue{String(p.printText())});
  } catch (...) {
    // Goexit and foreign exceptions are not Go panics: recover() does not stop them.
  }
  return Any();
}

Any recoverPanic() {
  G* g = currentG();
  if (g == nullptr || g->activeDeferFrame == nullptr) return Any();
  return static_cast<DeferFrame*>(g->activeDeferFrame)->recover();
}

}  // namespace goxx
