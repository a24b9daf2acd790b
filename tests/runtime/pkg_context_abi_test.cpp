// Every //goxx:extern of compiler/stdlib/context/context.gox and golang.org/x/sync/errgroup/errgroup.gox,
// checked against docs/ABI.md (see pkg_abi_check.h).
#include <doctest/doctest.h>

#include <tuple>

#include "goxx/pkg/context.h"
#include "goxx/pkg/golang_org_x_sync_errgroup.h"
#include "pkg_abi_check.h"

namespace {
using namespace goxx;
namespace c = goxx::pkg::context;
namespace eg = goxx::pkg::golang_org_x_sync_errgroup;

static_assert(std::is_base_of_v<Any, c::Context>);
static_assert(std::is_same_v<decltype(c::CancelFunc::v), Func<void()>>);
static_assert(std::is_same_v<decltype(c::CancelCauseFunc::v), Func<void(Error)>>);
GOXX_ABI_VAR(c::Canceled, Error);
GOXX_ABI_VAR(c::DeadlineExceeded, Error);
GOXX_ABI_FUNC(c::Background, c::Context());
GOXX_ABI_FUNC(c::TODO, c::Context());
GOXX_ABI_FUNC(c::WithCancel, std::tuple<c::Context, c::CancelFunc>(c::Context));
GOXX_ABI_FUNC(c::WithCancelCause, std::tuple<c::Context, c::CancelCauseFunc>(c::Context));
GOXX_ABI_FUNC(c::Cause, Error(c::Context));
GOXX_ABI_FUNC(c::WithTimeout, std::tuple<c::Context, c::CancelFunc>(c::Context, pkg::time::Duration));
GOXX_ABI_FUNC(c::WithDeadline, std::tuple<c::Context, c::CancelFunc>(c::Context, pkg::time::Time));
GOXX_ABI_FUNC(c::WithValue, c::Context(c::Context, Any, Any));
GOXX_ABI_FUNC(c::WithoutCancel, c::Context(c::Context));
GOXX_ABI_FUNC(c::AfterFunc, Func<bool()>(c::Context, Func<void()>));

GOXX_ABI_FUNC(eg::WithContext, std::tuple<Ptr<eg::Group>, c::Context>(c::Context));
GOXX_ABI_FUNC(eg::Group_Go, void(eg::Group*, Func<Error()>));
GOXX_ABI_FUNC(eg::Group_TryGo, bool(eg::Group*, Func<Error()>));
GOXX_ABI_FUNC(eg::Group_Wait, Error(eg::Group*));
GOXX_ABI_FUNC(eg::Group_SetLimit, void(eg::Group*, Int));
}  // namespace

TEST_CASE("context's and errgroup's extern types: zero values, copies, == and descriptors") {
  using goxx::test::abiType;
  CHECK(abiType<c::Context, true>()->name == "context.Context");
  CHECK(abiType<c::CancelFunc, false>()->name == "context.CancelFunc");
  CHECK(abiType<c::CancelCauseFunc, false>()->name == "context.CancelCauseFunc");
  CHECK(abiType<eg::Group, false>()->name == "errgroup.Group");
  CHECK(abiType<EmptyStruct, true>()->name == "struct {}");
  CHECK(implements(c::Background().type(), typeOf<c::Context>()));
}
