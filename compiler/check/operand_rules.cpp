// The operand-level rules of the spec: representability of constants, implicit conversion of
// untyped operands, assignability, convertibility and interface implementation — with types2's
// messages ("cannot use ... (overflows)", "... truncated to ...", "X does not implement Y (...)").
#include "check/checker.h"

#include <llvm/ADT/APFloat.h>

namespace goxx::check {

using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using types::BasicKind;

namespace {

// Range check of an integer value for a sized integer kind.
bool fitsInteger(const constant::Value& v, BasicKind k) {
  unsigned bits = 64;
  bool isUnsigned = false;
  switch (k) {
  case BasicKind::Int8: bits = 8; break;
  case BasicKind::Int16: bits = 16; break;
  case BasicKind::Int32: bits = 32; break;
  case BasicKind::Int:
  case BasicKind::Int64: bits = 64; break;
  case BasicKind::Uint8: bits = 8, isUnsigned = true; break;
  case BasicKind::Uint16: bits = 16, isUnsigned = true; break;
  case BasicKind::Uint32: bits = 32, isUnsigned = true; break;
  case BasicKind::Uint:
  case BasicKind::Uint64:
  case BasicKind::Uintptr: bits = 64, isUnsigned = true; break;
  default: return true; // untyped
  }
  const llvm::APInt& i = v.intVal();
  if (isUnsigned) return !i.isNegative() && i.getActiveBits() <= bits;
  return i.getMinSignedBits() <= bits;
}

// Rounds a value to float32/float64; false on overflow to infinity.
bool roundFloat(const constant::Value& v, const llvm::fltSemantics& sem, constant::Value* rounded) {
  llvm::APFloat f = v.toFloat().floatVal();
  bool lost = false;
  f.convert(sem, llvm::APFloat::rmNearestTiesToEven, &lost);
  if (f.isInfinity()) return false;
  if (rounded) *rounded = constant::Value::makeFloat(f);
  return true;
}

} // namespace

bool Checker::representableConst(const constant::Value& v, types::Basic* typ, constant::Value* rounded) {
  if (!v.isKnown()) return true; // an error was reported already
  uint32_t info = typ->info;
  if (info & types::IsInteger) {
    auto iv = v.toInt();
    if (!iv) return false;
    if (rounded) *rounded = *iv;
    return fitsInteger(*iv, typ->basicKind);
  }
  if (info & types::IsFloat) {
    if (!v.isNumeric()) return false;
    switch (typ->basicKind) {
    case BasicKind::Float32: return roundFloat(v, llvm::APFloat::IEEEsingle(), rounded);
    case BasicKind::Float64: return roundFloat(v, llvm::APFloat::IEEEdouble(), rounded);
    default:
      if (rounded) *rounded = v.toFloat();
      return true;
    }
  }
  if (info & types::IsComplex) return v.isNumeric();
  if (info & types::IsString) return v.kind() == constant::Kind::String;
  if (info & types::IsBoolean) return v.kind() == constant::Kind::Bool;
  return false;
}

Checker::Code Checker::representation(const Operand& x, types::Basic* typ, constant::Value* v) {
  *v = x.val;
  if (representableConst(x.val, typ, v)) return Code::Ok;
  if (types::isNumeric(x.type) && types::isNumeric(typ)) {
    if (!types::isInteger(x.type) && types::isInteger(typ)) return Code::Truncated;
    return Code::Overflow;
  }
  return Code::InvalidConst;
}

void Checker::invalidConversion(Code code, const Operand& x, Type* target) {
  switch (code) {
  case Code::Truncated: errorAt(x.expr, str(x) + " truncated to " + str(target)); break;
  case Code::Overflow: errorAt(x.expr, str(x) + " overflows " + str(target)); break;
  default: errorAt(x.expr, "cannot convert " + str(x) + " to type " + str(target)); break;
  }
}

void Checker::representable(Operand& x, types::Basic* typ) {
  constant::Value v;
  Code code = representation(x, typ, &v);
  if (code != Code::Ok) {
    invalidConversion(code, x, typ);
    x.setInvalid();
    return;
  }
  x.val = v;
}

namespace {

// The "larger" of two untyped numeric kinds (int < rune < float), or null if they do not mix.
Type* maxType(Type* x, Type* y) {
  auto* bx = dyn_cast<types::Basic>(x);
  auto* by = dyn_cast<types::Basic>(y);
  if (!bx || !by) return nullptr;
  if (types::isNumeric(x) && types::isNumeric(y)) return bx->basicKind >= by->basicKind ? x : y;
  if (bx->basicKind == by->basicKind) return x;
  return nullptr;
}

} // namespace

Checker::Code Checker::implicitTypeAndValue(const Operand& x, Type* target, Type** newType, constant::Value* newVal) {
  *newType = x.type;
  *newVal = constant::Value();
  if (x.invalid() || types::isTyped(x.type) || types::isInvalid(target)) return Code::Ok;
  if (types::isUntyped(target)) {
    if (Type* m = maxType(x.type, target)) {
      *newType = m;
      return Code::Ok;
    }
    return Code::InvalidUntyped;
  }
  if (x.isNil()) {
    if (types::hasNil(target)) {
      *newType = target;
      return Code::Ok;
    }
    return Code::InvalidUntyped;
  }
  Type* u = types::underlying(target);
  if (auto* b = dyn_cast_or_null<types::Basic>(u)) {
    if (x.mode == Mode::Constant) {
      constant::Value v;
      Code code = representation(x, b, &v);
      if (code != Code::Ok) return code;
      *newType = target;
      *newVal = v;
      return Code::Ok;
    }
    auto kind = llvm::cast<types::Basic>(x.type)->basicKind;
    switch (kind) {
    case BasicKind::UntypedBool:
      if (!types::isBoolean(target)) return Code::InvalidUntyped;
      break;
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune:
    case BasicKind::UntypedFloat:
      if (!types::isNumeric(target)) return Code::InvalidUntyped;
      break;
    case BasicKind::UntypedString:
      if (!types::isString(target)) return Code::InvalidUntyped;
      break;
    default: return Code::InvalidUntyped;
    }
    *newType = target;
    return Code::Ok;
  }
  if (auto* iface = dyn_cast_or_null<types::Interface>(u)) {
    if (!types::interfaceMethods(iface).empty()) return Code::InvalidUntyped;
    *newType = types::defaultType(ctx_, x.type);
    return Code::Ok;
  }
  return Code::InvalidUntyped;
}

void Checker::convertUntyped(Operand& x, Type* target) {
  Type* nt = nullptr;
  constant::Value nv;
  Code code = implicitTypeAndValue(x, target, &nt, &nv);
  if (code != Code::Ok) {
    Type* t = types::isUntyped(target) ? target : types::underlying(target);
    invalidConversion(code, x, t);
    x.setInvalid();
    return;
  }
  if (nv.isKnown()) {
    x.val = nv;
    if (auto it = info_.types.find(x.expr); it != info_.types.end()) it->second.value = nv;
  }
  if (nt != x.type) {
    x.type = nt;
    updateExprType(x.expr, nt, false);
  }
}

std::string Checker::funcString(const types::Func* f) const {
  return f->name + types::signatureString(f->type, pkg_);
}

std::string Checker::missingMethodCause(Type* V, Type* T, const types::MissingMethod& mm) {
  (void)T;
  if (mm.method == nullptr) return "";
  std::string mname = "method " + mm.method->name;
  if (mm.found != nullptr) {
    if (mm.ptrRecv) return "(" + mname + " has pointer receiver)";
    if (mm.wrongType) {
      return "(wrong type for " + mname + ")\n\t\thave " + funcString(mm.found) + "\n\t\twant " + funcString(mm.method);
    }
  }
  if (auto* p = dyn_cast_or_null<types::Pointer>(V); p && types::isInterface(p->elem)) {
    return "(type " + str(V) + " is pointer to interface, not interface)";
  }
  types::LookupResult r = types::lookupFieldOrMethod(V, true, mm.method->pkg, mm.method->name);
  if (auto* fld = dyn_cast_or_null<types::Var>(r.obj)) {
    return "(" + str(V) + "." + fld->name + " is a field, not a method)";
  }
  return "(missing " + mname + ")";
}

bool Checker::implements(Type* V, Type* T, std::string* cause) {
  auto* ti = dyn_cast_or_null<types::Interface>(types::underlying(T));
  if (ti == nullptr) {
    if (cause) *cause = str(T) + " is not an interface";
    return false;
  }
  if (types::isInvalid(V)) return true;
  types::MissingMethod mm = types::missingMethod(V, ti, true);
  if (mm.method == nullptr) return true;
  if (cause) *cause = str(V) + " does not implement " + str(T) + " " + missingMethodCause(V, T, mm);
  return false;
}

namespace {

bool hasName(Type* t) { return isa<types::Basic>(t) || isa<types::Named>(t); }

} // namespace

bool Checker::assignableTo(const Operand& x, Type* T, std::string* cause) {
  if (x.invalid() || types::isInvalid(T) || types::isInvalid(x.type)) return true;
  Type* V = x.type;
  if (types::identical(V, T)) return true;
  Type* Vu = types::underlying(V);
  Type* Tu = types::underlying(T);
  if (types::isUntyped(Vu)) {
    if (auto* t = dyn_cast_or_null<types::Basic>(Tu)) {
      if (x.mode == Mode::Constant) return representableConst(x.val, t, nullptr);
      if (auto* vb = dyn_cast<types::Basic>(Vu); vb && vb->basicKind == BasicKind::UntypedBool) return types::isBoolean(Tu);
    }
    Type* nt = nullptr;
    constant::Value nv;
    return implicitTypeAndValue(x, T, &nt, &nv) == Code::Ok;
  }
  if (types::identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  if (isa_and_nonnull<types::Interface>(Tu)) return implements(V, T, cause);
  if (isa_and_nonnull<types::Interface>(Vu)) {
    if (implements(T, V, nullptr)) {
      if (cause) *cause = "need type assertion";
      return false;
    }
  }
  if (auto* vc = dyn_cast_or_null<types::Chan>(Vu); vc && vc->dir == types::ChanDir::Both) {
    if (auto* tc = dyn_cast_or_null<types::Chan>(Tu); tc && types::identical(vc->elem, tc->elem)) {
      return !hasName(V) || !hasName(T);
    }
  }
  return false;
}

namespace {

bool isBytesOrRunes(Type* t) {
  auto* s = dyn_cast_or_null<types::Slice>(types::underlying(t));
  if (!s) return false;
  auto* b = dyn_cast_or_null<types::Basic>(types::underlying(s->elem));
  return b && (b->basicKind == BasicKind::Uint8 || b->basicKind == BasicKind::Int32);
}

} // namespace

bool Checker::convertibleTo(const Operand& x, Type* T, std::string* cause) {
  if (assignableTo(x, T, cause)) return true;
  Type* V = x.type;
  Type* Vu = types::underlying(V);
  Type* Tu = types::underlying(T);
  if (types::identical(Vu, Tu)) return true;
  if (auto* vp = dyn_cast<types::Pointer>(V)) {
    if (auto* tp = dyn_cast<types::Pointer>(T)) {
      if (types::identical(types::underlying(vp->elem), types::underlying(tp->elem))) return true;
    }
  }
  if ((types::isInteger(Vu) || types::isFloat(Vu)) && (types::isInteger(Tu) || types::isFloat(Tu))) return true;
  if (types::isComplex(Vu) && types::isComplex(Tu)) return true;
  if (types::isString(Tu) && (types::isInteger(Vu) || isBytesOrRunes(Vu))) return true;
  if (types::isString(Vu) && isBytesOrRunes(Tu)) return true;
  if (auto* vs = dyn_cast_or_null<types::Slice>(Vu)) {
    if (auto* ta = dyn_cast_or_null<types::Array>(Tu); ta && types::identical(vs->elem, ta->elem)) return true;
    if (auto* tp = dyn_cast_or_null<types::Pointer>(Tu)) {
      if (auto* ta = dyn_cast_or_null<types::Array>(types::underlying(tp->elem)); ta && types::identical(vs->elem, ta->elem))
        return true;
    }
  }
  return false;
}

} // namespace goxx::check
