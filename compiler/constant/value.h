// Exact values of Go constants (the constant stage of the checker), modelled on Go's go/constant.
//
//   Consumes: literal text (integer, float, rune and string literals as the lexer accepted them) and
//             operators applied by the checker.
//   Produces: Value objects: Unknown, Bool, String, Int (arbitrary precision, up to kMaxIntBits
//             significant bits, as gc allows) or Float (IEEE quad precision: 113-bit mantissa, wider
//             than any Go float type, so conversions to float64 round exactly once).
//
// Values are immutable and cheap to copy for the common small cases. An Unknown value stands for "not a
// constant" or "the result of an invalid constant operation"; every operation on an Unknown operand
// yields Unknown, so one error is never reported twice. No exceptions: failures return Unknown plus, for
// the arithmetic entry points, an error kind the checker turns into Go's message.
#pragma once

#include <llvm/ADT/APFloat.h>
#include <llvm/ADT/APSInt.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace goxx::constant {

enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };

// Integers are stored sign-extended in kIntWidth bits; a result needing more than kMaxIntBits bits
// (sign included) is an overflow, as in gc ("constant addition overflow").
inline constexpr unsigned kMaxIntBits = 512;
inline constexpr unsigned kIntWidth = 1088; // > 2 * kMaxIntBits, so a product never wraps before checking

class Value {
public:
  Value() = default; // Unknown

  static Value makeUnknown() { return Value(); }
  static Value makeBool(bool b);
  static Value makeString(std::string s);
  static Value makeInt64(int64_t v);
  static Value makeUint64(uint64_t v);
  static Value makeInt(const llvm::APInt& v); // v is read as signed; extended/truncated to kIntWidth
  static Value makeFloat(const llvm::APFloat& f); // NaN and infinities give Unknown
  static Value makeFloat64(double d);

  // Literal text exactly as written (underscores, 0x/0o/0b prefixes, legacy octal, hex floats).
  // Returns Unknown when the text is malformed (the lexer reports those) or overflows kMaxIntBits.
  static Value fromIntLiteral(std::string_view text);
  static Value fromFloatLiteral(std::string_view text);

  Kind kind() const { return kind_; }
  bool isKnown() const { return kind_ != Kind::Unknown; }
  bool isNumeric() const { return kind_ == Kind::Int || kind_ == Kind::Float; }

  bool boolVal() const { return b_; }
  const std::string& stringVal() const { return s_; }
  const llvm::APInt& intVal() const { return i_; } // only for Int
  const llvm::APFloat& floatVal() const { return f_; } // only for Float

  // Number of bits needed to hold an Int in two's complement, sign bit included.
  unsigned intMinSignedBits() const { return i_.getMinSignedBits(); }
  bool isNegative() const;
  bool isZero() const;
  // Int, or a Float with an integral value: the integer; otherwise nullopt.
  std::optional<Value> toInt() const;
  // Int or Float as Float.
  Value toFloat() const;
  // Values that fit: for Int with at most 64 signed/unsigned bits.
  std::optional<int64_t> int64Val() const;
  std::optional<uint64_t> uint64Val() const;
  double float64Val() const; // Int or Float rounded to nearest float64

  // Go's go/constant String(): ints in decimal, floats in short %g-like form, strings quoted and
  // shortened to 72 bytes, bools true/false, Unknown "unknown".
  std::string toString() const;
  // The exact decimal for Int; for Float a full-precision decimal (used by the emitter).
  std::string exactString() const;

private:
  Kind kind_ = Kind::Unknown;
  bool b_ = false;
  std::string s_;
  llvm::APInt i_{kIntWidth, 0};
  llvm::APFloat f_{llvm::APFloat::IEEEquad()};
};

} // namespace goxx::constant
