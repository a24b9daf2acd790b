// pkg/golang_org_x_sync_errgroup/group.cpp — errgroup.Group over a WaitGroup, a Once for the first error,
// and a buffered channel as the limit's semaphore (x/sync's own design).
#include <string>
#include <utility>

#include "goxx/defer.h"
#include "goxx/goroutine.h"
#include "goxx/pkg/golang_org_x_sync_errgroup.h"

namespace goxx::pkg::golang_org_x_sync_errgroup {

struct GroupState {
  ::goxx::sync::WaitGroup wg;
  ::goxx::sync::Once errOnce;
  Error err;                        // written once under errOnce; read after wg.Wait
  context::CancelCauseFunc cancel;  // nil for a zero Group
  SpinLock semLock;
  Chan<EmptyStruct> sem;  // nil: no limit; guarded by semLock

  Chan<EmptyStruct> limit() {
    semLock.lock();
    Chan<EmptyStruct> s = sem;
    semLock.unlock();
    return s;
  }
};

Group::Group(const Group& o) : state_(o.state()) {}

Group& Group::operator=(const Group& o) {
  std::shared_ptr<GroupState> s = o.state();
  lock_.lock();
  state_.swap(s);
  lock_.unlock();
  return *this;
}

std::shared_ptr<GroupState> Group::state() const {
  lock_.lock();
  if (state_ == nullptr) state_ = std::make_shared<GroupState>();
  std::shared_ptr<GroupState> s = state_;
  lock_.unlock();
  return s;
}

namespace {

// Runs f in a new goroutine; the caller has taken a semaphore slot if the group has a limit.
void start(std::shared_ptr<GroupState> st, Func<Error()> f, Chan<EmptyStruct> sem) {
  st->wg.Add(1);
  ::goxx::go([st = std::move(st), f = std::move(f), sem = std::move(sem)] {
    // Go's `defer g.done()`: release the slot and count down even if f panics.
    struct Done {
      GroupState& st;
      const Chan<EmptyStruct>& sem;
      ~Done() {
        if (!sem.isNil()) sem.recv();
        st.wg.Done();
      }
    } done{*st, sem};
    Error err = f();
    if (!err.isNil()) {
      st->errOnce.Do([&] {
        st->err = err;
        if (!st->cancel.v.isNil()) st->cancel.v(st->err);
      });
    }
  });
}

}  // namespace

std::tuple<Ptr<Group>, context::Context> WithContext(context::Context ctx) {
  auto [derived, cancel] = context::WithCancelCause(std::move(ctx));
  Ptr<Group> g = newPtr<Group>();
  g->state()->cancel = std::move(cancel);
  return {g, derived};
}

void Group_Go(Group* g, Func<Error()> f) {
  std::shared_ptr<GroupState> st = g->state();
  Chan<EmptyStruct> sem = st->limit();
  if (!sem.isNil()) sem.send(EmptyStruct{});
  start(std::move(st), std::move(f), std::move(sem));
}

bool Group_TryGo(Group* g, Func<Error()> f) {
  std::shared_ptr<GroupState> st = g->state();
  Chan<EmptyStruct> sem = st->limit();
  if (!sem.isNil() && !sem.trySend(EmptyStruct{})) return false;
  start(std::move(st), std::move(f), std::move(sem));
  return true;
}

Error Group_Wait(Group* g) {
  std::shared_ptr<GroupState> st = g->state();
  st->wg.Wait();
  if (!st->cancel.v.isNil()) st->cancel.v(st->err);
  return st->err;
}

void Group_SetLimit(Group* g, Int n) {
  std::shared_ptr<GroupState> st = g->state();
  st->semLock.lock();
  if (n < 0) {
    st->sem = Chan<EmptyStruct>();
    st->semLock.unlock();
    return;
  }
  const int64_t active = st->sem.len();
  if (active != 0) {
    st->semLock.unlock();
    panicAny(errorsNew(String("errgroup: modify limit while " + std::to_string(active) +
                              " goroutines in the group are still active")));
  }
  st->sem = makeChan<EmptyStruct>(size_t(n));
  st->semLock.unlock();
}

}  // namespace goxx::pkg::golang_org_x_sync_errgroup

namespace goxx {
const TypeDesc* TypeOf<pkg::golang_org_x_sync_errgroup::Group>::get() {
  static const TypeDesc d = structType<pkg::golang_org_x_sync_errgroup::Group>("errgroup.Group", {});
  return &d;
}
}  // namespace goxx
