// Package strconv through its ABI entry points (goxx/pkg/strconv.h). Expected values and error texts are
// what Go 1.19 prints for the same calls.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "goxx/pkg/errors.h"
#include "goxx/pkg/strconv.h"
#include "panic_text.h"

namespace sc = goxx::pkg::strconv;
using goxx::Error;
using goxx::String;

namespace {

std::string msg(const Error& e) { return e.isNil() ? "<nil>" : goxx::errorMessage(e).str(); }

template <class T>
std::string show(const std::tuple<T, Error>& r) {
  std::string v;
  if constexpr (std::is_same_v<T, bool>) v = std::get<0>(r) ? "true" : "false";
  else if constexpr (std::is_same_v<T, String>) v = std::get<0>(r).str();
  else v = std::to_string(std::get<0>(r));
  return v + " " + msg(std::get<1>(r));
}

}  // namespace

TEST_CASE("pkg/strconv: Atoi, ParseInt, ParseUint with Go's NumError texts") {
  CHECK(show(sc::Atoi("123")) == "123 <nil>");
  CHECK(show(sc::Atoi("12a")) == "0 strconv.Atoi: parsing \"12a\": invalid syntax");
  CHECK(show(sc::Atoi("")) == "0 strconv.Atoi: parsing \"\": invalid syntax");
  CHECK(show(sc::Atoi("99999999999999999999")) ==
        "9223372036854775807 strconv.Atoi: parsing \"99999999999999999999\": value out of range");
  CHECK(show(sc::ParseInt("-0x1F", 0, 64)) == "-31 <nil>");
  CHECK(show(sc::ParseInt("1_000", 0, 64)) == "1000 <nil>");
  CHECK(show(sc::ParseInt("1_000", 10, 64)) == "0 strconv.ParseInt: parsing \"1_000\": invalid syntax");
  CHECK(show(sc::ParseInt("128", 10, 8)) == "127 strconv.ParseInt: parsing \"128\": value out of range");
  CHECK(show(sc::ParseInt("-129", 10, 8)) == "-128 strconv.ParseInt: parsing \"-129\": value out of range");
  CHECK(show(sc::ParseInt("z", 36, 64)) == "35 <nil>");
  CHECK(show(sc::ParseInt("1", 1, 64)) == "0 strconv.ParseInt: parsing \"1\": invalid base 1");
  CHECK(show(sc::ParseInt("1", 10, 65)) == "0 strconv.ParseInt: parsing \"1\": invalid bit size 65");
  CHECK(show(sc::ParseUint("18446744073709551615", 10, 64)) == "18446744073709551615 <nil>");
  CHECK(show(sc::ParseUint("18446744073709551616", 10, 64)) ==
        "18446744073709551615 strconv.ParseUint: parsing \"18446744073709551616\": value out of range");
  CHECK(show(sc::ParseUint("-1", 10, 64)) == "0 strconv.ParseUint: parsing \"-1\": invalid syntax");
  CHECK(show(sc::ParseBool("True")) == "true <nil>");
  CHECK(show(sc::ParseBool("yes")) == "false strconv.ParseBool: parsing \"yes\": invalid syntax");
}

TEST_CASE("pkg/strconv: ParseFloat") {
  auto value = [](const char* s, goxx::Int bits = 64) { return std::get<0>(sc::ParseFloat(String(std::string_view(s)), bits)); };
  auto error = [](const char* s, goxx::Int bits = 64) { return msg(std::get<1>(sc::ParseFloat(String(std::string_view(s)), bits))); };
  CHECK(value("1e-400") == 0);
  CHECK(error("1e-400") == "<nil>");
  CHECK(value("4e-320") == 4e-320);
  CHECK(value("1_000.5") == 1000.5);
  CHECK(std::isinf(value("1e400")));
  CHECK(error("1e400") == "strconv.ParseFloat: parsing \"1e400\": value out of range");
  CHECK(value("-1e400") < 0);
  CHECK(error("1e39", 32) == "strconv.ParseFloat: parsing \"1e39\": value out of range");
  CHECK(value("0x1p-2") == 0.25);
  CHECK(error("0x1.8") == "strconv.ParseFloat: parsing \"0x1.8\": invalid syntax");
  CHECK(std::isinf(value("+Inf")));
  CHECK(std::isinf(value("infinity")));
  CHECK(std::isnan(value("nan")));
  CHECK(value(".5") == 0.5);
  CHECK(value("5.") == 5);
  CHECK(error(".") == "strconv.ParseFloat: parsing \".\": invalid syntax");
  CHECK(error("1e") == "strconv.ParseFloat: parsing \"1e\": invalid syntax");
  CHECK(value("0.1", 32) == static_cast<double>(0.1f));  // Go: 0.10000000149011612
}

TEST_CASE("pkg/strconv: formatting and quoting") {
  CHECK(sc::FormatInt(-255, 16) == "-ff");
  CHECK(sc::FormatUint(255, 2) == "11111111");
  CHECK(sc::Itoa(INT64_MIN) == "-9223372036854775808");
  CHECK(sc::FormatBool(false) == "false");
  CHECK(sc::FormatFloat(3.14159, 'f', 2, 64) == "3.14");
  CHECK(sc::FormatFloat(1e21, 'g', -1, 64) == "1e+21");
  CHECK(sc::FormatFloat(0.1, 'e', -1, 32) == "1e-01");
  CHECK(sc::FormatFloat(123456, 'G', 3, 64) == "1.23E+05");
  CHECK(sc::Quote("hi\n\"x\"\xff\xe2\x98\xba") == "\"hi\\n\\\"x\\\"\\xff\xe2\x98\xba\"");
  CHECK(sc::QuoteRune(0x263A) == "'\xe2\x98\xba'");
  CHECK(sc::QuoteRune('\n') == "'\\n'");
  CHECK(show(sc::Unquote("\"a\\tb\\u263a\"")) == "a\tb\xe2\x98\xba <nil>");
  CHECK(show(sc::Unquote("`raw\\n`")) == "raw\\n <nil>");
  CHECK(show(sc::Unquote("'x'")) == "x <nil>");
  CHECK(show(sc::Unquote("\"bad")) == " invalid syntax");
  CHECK(show(sc::Unquote("\"\\q\"")) == " invalid syntax");
  CHECK(goxx::toString(sc::AppendInt(goxx::toBytes("n="), -42, 10)) == "n=-42");
  CHECK(goxx::test::panicText([] { sc::FormatInt(1, 1); }) == "strconv: illegal AppendInt/FormatInt base");
}

TEST_CASE("pkg/strconv: *NumError works with errors.As, Is and Unwrap") {
  Error err = std::get<1>(sc::Atoi("x"));
  goxx::Ptr<goxx::Ptr<sc::NumError>> target = goxx::newPtr<goxx::Ptr<sc::NumError>>();
  CHECK(goxx::pkg::errors::As(err, goxx::Any(target)));
  sc::NumError* ne = target->get();
  REQUIRE(ne != nullptr);
  CHECK(ne->Func == "Atoi");
  CHECK(ne->Num == "x");
  CHECK(ne->Err == sc::ErrSyntax);
  CHECK(goxx::pkg::errors::Is(err, sc::ErrSyntax));
  CHECK(err.type()->name == "*strconv.NumError");
  CHECK(msg(goxx::pkg::errors::Unwrap(err)) == "invalid syntax");
}
