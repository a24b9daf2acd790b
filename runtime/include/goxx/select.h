// goxx/select.h — Go's select statement.
//
// Consumes: chan.h. Produces: the case table and the one runtime call that generated code lowers a select
// statement to:
//
//   T v; bool ok; U x = ...;
//   goxx::SelectCase cases[] = {goxx::recvCase(c1, &v, &ok), goxx::sendCase(c2, &x)};
//   switch (goxx::select(cases, /*hasDefault=*/false, &pos)) { case 0: ...; case 1: ...; }
//
// select() returns the index of the case that ran, or -1 when hasDefault is true and no case was ready.
// Semantics are Go's: a uniformly random choice among ready cases; nil channels are never ready; a send
// case on a closed channel panics "send on closed channel" when chosen; a receive case on a closed channel
// is ready and yields the zero value with ok == false. Zero cases and no default block forever
// ("select (no cases)"). A send case's value is moved from only if that case is chosen.
#pragma once

#include <span>

#include "goxx/chan.h"

namespace goxx {

struct SelectCase {
  ChanCore* chan = nullptr;  // null: a nil channel, never ready
  void* elem = nullptr;      // send: the value; receive: the live destination, or null to discard
  bool* ok = nullptr;        // receive only, may be null: false when the channel was closed
  bool isSend = false;
};

int select(std::span<SelectCase> cases, bool hasDefault, const SrcPos* where = nullptr);

// `case ch <- *v:`
template <class T>
SelectCase sendCase(const Chan<T>& ch, T* v) {
  return SelectCase{ch.core(), v, nullptr, true};
}
// `case *dst, *ok = <-ch:` (ok may be null)
template <class T>
SelectCase recvCase(const Chan<T>& ch, T* dst, bool* ok = nullptr) {
  return SelectCase{ch.core(), dst, ok, false};
}
// `case <-ch:`
template <class T>
SelectCase recvCase(const Chan<T>& ch) {
  return SelectCase{ch.core(), nullptr, nullptr, false};
}

}  // namespace goxx
