// goxx/panic.h — Go panics as C++ exceptions.
//
// Consumes: nothing. Produces: the Panic exception that generated code throws for `panic(v)` and that the
// runtime throws for runtime errors, and the Go-style report of a panic that nobody recovered.
//
// A Panic is thrown by value and caught by reference. It deliberately does not derive from std::exception,
// so a C++ `catch (const std::exception&)` in user code does not swallow a Go panic. Every goroutine's entry
// catches it; an unrecovered one prints, as Go does,
//     panic: <value>[ [recovered]]
//     <blank line>
//     goroutine N [running]:
// to stderr (stdout flushed first) and exits the process with status 2.
//
// The Go value model (interfaces, strings) belongs to generated code; the runtime sees a panic value only
// through PanicValue, which knows the text Go's printpanicval prints for it.
#pragma once

#include <memory>
#include <string>

namespace goxx {

class PanicValue {
 public:
  virtual ~PanicValue() = default;
  // What Go prints after "panic: " (for an error its Error(), for a Stringer its String(), ...).
  virtual std::string printText() const = 0;
  // A runtime.Error (index out of range, nil map write, send on closed channel, ...).
  virtual bool isRuntimeError() const { return false; }
};

// A Go string passed to panic(): prints as the string itself.
class StringPanicValue : public PanicValue {
 public:
  explicit StringPanicValue(std::string s) : text_(std::move(s)) {}
  std::string printText() const override { return text_; }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// A runtime.Error. `plain` errors (Go's plainError: "send on closed channel", "close of nil channel") print
// without the "runtime error: " prefix; the others ("index out of range [5] with length 3") with it.
class RuntimeErrorPanicValue : public PanicValue {
 public:
  RuntimeErrorPanicValue(std::string msg, bool plain) : msg_(std::move(msg)), plain_(plain) {}
  std::string printText() const override { return plain_ ? msg_ : "runtime error: " + msg_; }
  bool isRuntimeError() const override { return true; }
  const std::string& message() const { return msg_; }
  bool plain() const { return plain_; }

 private:
  std::string msg_;
  bool plain_;
};

class Panic {
 public:
  explicit Panic(std::shared_ptr<const PanicValue> value) : value_(std::move(value)) {}

  const PanicValue& value() const { return *value_; }
  const std::shared_ptr<const PanicValue>& valuePtr() const { return value_; }
  std::string printText() const { return value_->printText(); }

  // Panics that were in progress when this one started (a deferred call panicked), oldest first in the
  // report. `recovered` marks one that recover() stopped before the next began.
  std::shared_ptr<const Panic> previous;
  bool recovered = false;

 private:
  std::shared_ptr<const PanicValue> value_;
};

[[noreturn]] void panicString(std::string s);        // panic("...")
[[noreturn]] void panicRuntimeError(std::string msg);  // panic: runtime error: msg
[[noreturn]] void panicPlainError(std::string msg);    // panic: msg (a runtime.Error without the prefix)
[[noreturn]] void panicValue(std::shared_ptr<const PanicValue> v);

// The report Go prints for an unrecovered panic, without the goroutine line ("panic: a [recovered]\n\tpanic: b\n").
std::string formatPanicReport(const Panic& p);

// Thrown by runtime.Goexit to unwind the goroutine through its deferred calls; caught at goroutine entry.
// Not a Panic: recover() does not stop it.
struct GoexitUnwind {};

}  // namespace goxx
