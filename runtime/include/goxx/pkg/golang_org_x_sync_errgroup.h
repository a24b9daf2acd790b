// goxx/pkg/golang_org_x_sync_errgroup.h — golang.org/x/sync/errgroup as generated code calls it (docs/ABI.md,
// compiler/stdlib/golang.org/x/sync/errgroup/errgroup.gox).
//
// Consumes: goxx/pkg/context.h, goxx/sync.h, goxx/goroutine.h. Produces, in
// goxx::pkg::golang_org_x_sync_errgroup: Group (zero value ready), WithContext and Group_Go / TryGo / Wait /
// SetLimit, with x/sync's semantics: the first non-nil error wins and is what Wait returns; a group from
// WithContext cancels its context (with that error as the cause) on the first error and when Wait returns;
// SetLimit(n) bounds the active goroutines (Go blocks, TryGo fails), n < 0 removes the bound, and changing
// it while goroutines are active panics "errgroup: modify limit while N goroutines in the group are still
// active".
//
// The methods get the Group by raw pointer (docs/ABI.md), but the goroutines Go starts outlive the call:
// they hold the group's state, a refcounted block the Group creates on first use, not the Group itself.
// Copying a Group shares that state.
#pragma once

#include <memory>

#include "goxx/pkg/context.h"
#include "goxx/sched.h"
#include "goxx/sync.h"
#include "goxx/value.h"

namespace goxx::pkg::golang_org_x_sync_errgroup {

struct GroupState;

class Group {
 public:
  Group() noexcept = default;
  Group(const Group& o);
  Group& operator=(const Group& o);
  ~Group() = default;

  // The shared state, created on first use (concurrent first uses agree on one).
  std::shared_ptr<GroupState> state() const;

 private:
  mutable SpinLock lock_;
  mutable std::shared_ptr<GroupState> state_;
};

std::tuple<Ptr<Group>, context::Context> WithContext(context::Context ctx);
void Group_Go(Group* g, Func<Error()> f);
bool Group_TryGo(Group* g, Func<Error()> f);
Error Group_Wait(Group* g);
void Group_SetLimit(Group* g, Int n);

}  // namespace goxx::pkg::golang_org_x_sync_errgroup

namespace goxx {
template <>
struct TypeOf<pkg::golang_org_x_sync_errgroup::Group> {
  static const TypeDesc* get();
};
}  // namespace goxx
