// Exact constant arithmetic (Go spec "Constant expressions": exact, at least 256-bit integers).
#include "constant/operations.h"
#include "constant/value.h"

#include <doctest/doctest.h>

using goxx::constant::BinaryOp;
using goxx::constant::CompareOp;
using goxx::constant::Kind;
using goxx::constant::OpError;
using goxx::constant::UnaryOp;
using goxx::constant::Value;

TEST_CASE("integer literals in every base") {
  CHECK(Value::fromIntLiteral("255").int64Val() == 255);
  CHECK(Value::fromIntLiteral("0xff").int64Val() == 255);
  CHECK(Value::fromIntLiteral("0XFF").int64Val() == 255);
  CHECK(Value::fromIntLiteral("0o377").int64Val() == 255);
  CHECK(Value::fromIntLiteral("0377").int64Val() == 255); // legacy octal
  CHECK(Value::fromIntLiteral("0b1111_1111").int64Val() == 255);
  CHECK(Value::fromIntLiteral("1_000_000").int64Val() == 1000000);
  CHECK(Value::fromIntLiteral("0").int64Val() == 0);
  CHECK_FALSE(Value::fromIntLiteral("09").isKnown()); // 9 is not an octal digit
}

TEST_CASE("integers are exact beyond 64 bits") {
  // 1<<100 / 1<<98 == 4 although neither operand fits in 64 bits.
  Value a = goxx::constant::shift(Value::makeInt64(1), true, 100).value;
  Value b = goxx::constant::shift(Value::makeInt64(1), true, 98).value;
  CHECK_FALSE(a.int64Val().has_value());
  CHECK(goxx::constant::binaryOp(a, BinaryOp::QuoInt, b).value.int64Val() == 4);
  CHECK(a.toString() == "1267650600228229401496703205376");
  // MaxUint64 = 1<<64 - 1 is representable exactly.
  Value m = goxx::constant::binaryOp(goxx::constant::shift(Value::makeInt64(1), true, 64).value, BinaryOp::Sub,
                                     Value::makeInt64(1))
                .value;
  CHECK(m.uint64Val() == UINT64_MAX);
  CHECK_FALSE(m.int64Val().has_value());
}

TEST_CASE("overflow beyond 512 bits and division by zero are errors") {
  CHECK(goxx::constant::shift(Value::makeInt64(1), true, 600).error == OpError::Overflow);
  CHECK(goxx::constant::shift(Value::makeInt64(0), true, 600).error == OpError::None);
  CHECK(goxx::constant::binaryOp(Value::makeInt64(1), BinaryOp::QuoInt, Value::makeInt64(0)).error ==
        OpError::DivisionByZero);
  CHECK(goxx::constant::binaryOp(Value::makeInt64(1), BinaryOp::Rem, Value::makeInt64(0)).error ==
        OpError::DivisionByZero);
  CHECK(goxx::constant::binaryOp(Value::makeFloat64(1), BinaryOp::Quo, Value::makeFloat64(0)).error ==
        OpError::DivisionByZero);
}

TEST_CASE("integer division truncates toward zero, remainder has the dividend's sign") {
  // Go spec "Integer operators": -7/2 == -3, -7%2 == -1.
  CHECK(goxx::constant::binaryOp(Value::makeInt64(-7), BinaryOp::QuoInt, Value::makeInt64(2)).value.int64Val() == -3);
  CHECK(goxx::constant::binaryOp(Value::makeInt64(-7), BinaryOp::Rem, Value::makeInt64(2)).value.int64Val() == -1);
  CHECK(goxx::constant::binaryOp(Value::makeInt64(6), BinaryOp::AndNot, Value::makeInt64(3)).value.int64Val() == 4);
}

TEST_CASE("unary ^ depends on signedness") {
  // Spec: ^x is m ^ x with m all bits set for unsigned x, -1 for signed x.
  CHECK(goxx::constant::unaryOp(UnaryOp::Xor, Value::makeInt64(1)).value.int64Val() == -2);
  CHECK(goxx::constant::unaryOp(UnaryOp::Xor, Value::makeInt64(1), 8).value.int64Val() == 254);
  CHECK(goxx::constant::unaryOp(UnaryOp::Minus, Value::makeInt64(5)).value.int64Val() == -5);
  CHECK(goxx::constant::unaryOp(UnaryOp::Not, Value::makeBool(true)).value.boolVal() == false);
}

TEST_CASE("floats: literals, integral floats convert to integers, formatting as go/constant") {
  Value f = Value::fromFloatLiteral("2.5");
  CHECK(f.kind() == Kind::Float);
  CHECK_FALSE(f.toInt().has_value());
  CHECK(Value::fromFloatLiteral("1e3").toInt()->int64Val() == 1000);
  CHECK(Value::fromFloatLiteral("0x1p-2").float64Val() == 0.25);
  CHECK(Value::fromFloatLiteral("1_000.5").float64Val() == 1000.5);
  CHECK(f.toString() == "2.5");
  CHECK(Value::fromFloatLiteral("1e100").toString() == "1e+100");
  CHECK(Value::fromFloatLiteral("2.0").toString() == "2");
  // 1/3 as an exact untyped float division.
  Value third = goxx::constant::binaryOp(Value::makeInt64(1), BinaryOp::Quo, Value::makeInt64(3)).value;
  CHECK(third.kind() == Kind::Float);
  CHECK(third.toString() == "0.333333");
}

TEST_CASE("comparisons and strings") {
  CHECK(goxx::constant::compare(Value::makeInt64(1), CompareOp::Lss, Value::makeFloat64(1.5)));
  CHECK(goxx::constant::compare(Value::makeString("a"), CompareOp::Lss, Value::makeString("b")));
  CHECK_FALSE(goxx::constant::compare(Value::makeString("a"), CompareOp::Eql, Value::makeString("b")));
  CHECK(goxx::constant::binaryOp(Value::makeString("go"), BinaryOp::Add, Value::makeString("xx")).value.stringVal() == "goxx");
  CHECK(Value::makeString("a\"b\n").toString() == "\"a\\\"b\\n\"");
  CHECK_FALSE(goxx::constant::compare(Value(), CompareOp::Eql, Value()));
}
