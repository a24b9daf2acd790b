// Every //goxx:extern of compiler/stdlib/runtime, log and sort, checked against docs/ABI.md
// (see pkg_abi_check.h).
#include <doctest/doctest.h>

#include "goxx/pkg/log.h"
#include "goxx/pkg/runtime.h"
#include "goxx/pkg/sort.h"
#include "pkg_abi_check.h"

namespace {
using namespace goxx;
namespace rt = goxx::pkg::runtime;
namespace lg = goxx::pkg::log;
namespace so = goxx::pkg::sort;

GOXX_ABI_FUNC(rt::Gosched, void());
GOXX_ABI_FUNC(rt::NumGoroutine, Int());
GOXX_ABI_FUNC(rt::NumCPU, Int());
GOXX_ABI_FUNC(rt::GOMAXPROCS, Int(Int));
GOXX_ABI_FUNC(rt::GC, void());
GOXX_ABI_FUNC(rt::Goexit, void());
GOXX_ABI_FUNC(rt::Version, String());
GOXX_ABI_FUNC(rt::ReadMemStats, void(Ptr<rt::MemStats>));
static_assert(std::is_same_v<decltype(rt::MemStats::Alloc), Uint64>);
static_assert(std::is_same_v<decltype(rt::MemStats::NumGC), Uint32>);

GOXX_ABI_FUNC(lg::New, Ptr<lg::Logger>(pkg::io::Writer, String, Int));
GOXX_ABI_FUNC(lg::Default, Ptr<lg::Logger>());
GOXX_ABI_FUNC(lg::Logger_Println, void(lg::Logger*, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Printf, void(lg::Logger*, String, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Print, void(lg::Logger*, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Fatal, void(lg::Logger*, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Fatalf, void(lg::Logger*, String, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Fatalln, void(lg::Logger*, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Panic, void(lg::Logger*, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Panicf, void(lg::Logger*, String, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Panicln, void(lg::Logger*, Slice<Any>));
GOXX_ABI_FUNC(lg::Logger_Prefix, String(lg::Logger*));
GOXX_ABI_FUNC(lg::Logger_Flags, Int(lg::Logger*));
GOXX_ABI_FUNC(lg::Logger_SetOutput, void(lg::Logger*, pkg::io::Writer));
GOXX_ABI_FUNC(lg::Logger_SetPrefix, void(lg::Logger*, String));
GOXX_ABI_FUNC(lg::Logger_SetFlags, void(lg::Logger*, Int));
GOXX_ABI_FUNC(lg::Println, void(Slice<Any>));
GOXX_ABI_FUNC(lg::Printf, void(String, Slice<Any>));
GOXX_ABI_FUNC(lg::Print, void(Slice<Any>));
GOXX_ABI_FUNC(lg::Fatal, void(Slice<Any>));
GOXX_ABI_FUNC(lg::Fatalf, void(String, Slice<Any>));
GOXX_ABI_FUNC(lg::Fatalln, void(Slice<Any>));
GOXX_ABI_FUNC(lg::Panic, void(Slice<Any>));
GOXX_ABI_FUNC(lg::Panicf, void(String, Slice<Any>));
GOXX_ABI_FUNC(lg::Panicln, void(Slice<Any>));
GOXX_ABI_FUNC(lg::Prefix, String());
GOXX_ABI_FUNC(lg::SetFlags, void(Int));
GOXX_ABI_FUNC(lg::Flags, Int());
GOXX_ABI_FUNC(lg::SetPrefix, void(String));
GOXX_ABI_FUNC(lg::SetOutput, void(pkg::io::Writer));

static_assert(std::is_base_of_v<Any, so::Interface>);
GOXX_ABI_FUNC(so::Sort, void(so::Interface));
GOXX_ABI_FUNC(so::Stable, void(so::Interface));
GOXX_ABI_FUNC(so::IsSorted, bool(so::Interface));
GOXX_ABI_FUNC(so::Reverse, so::Interface(so::Interface));
GOXX_ABI_FUNC(so::Slice, void(Any, Func<bool(Int, Int)>));
GOXX_ABI_FUNC(so::SliceStable, void(Any, Func<bool(Int, Int)>));
GOXX_ABI_FUNC(so::SliceIsSorted, bool(Any, Func<bool(Int, Int)>));
GOXX_ABI_FUNC(so::Ints, void(goxx::Slice<Int>));
GOXX_ABI_FUNC(so::Float64s, void(goxx::Slice<Float64>));
GOXX_ABI_FUNC(so::Strings, void(goxx::Slice<String>));
GOXX_ABI_FUNC(so::IntsAreSorted, bool(goxx::Slice<Int>));
GOXX_ABI_FUNC(so::StringsAreSorted, bool(goxx::Slice<String>));
GOXX_ABI_FUNC(so::Search, Int(Int, Func<bool(Int)>));
GOXX_ABI_FUNC(so::SearchInts, Int(goxx::Slice<Int>, Int));
GOXX_ABI_FUNC(so::SearchStrings, Int(goxx::Slice<String>, String));
}  // namespace

TEST_CASE("runtime's, log's and sort's extern types: zero values, copies, == and descriptors") {
  using goxx::test::abiType;
  CHECK(abiType<rt::MemStats, true>()->name == "runtime.MemStats");
  CHECK(abiType<lg::Logger, true>()->name == "log.Logger");
  CHECK(abiType<so::Interface, true>()->name == "sort.Interface");
}
