// errors.cpp — package errors (see goxx/pkg/errors.h). Methods are looked up by name and Go signature in
// the dynamic type's method table; an Unwrap or Is with another signature is not the one errors uses.
#include "goxx/pkg/errors.h"

#include <string>

namespace goxx {

namespace {

// errors.joinError: the dynamic type behind Join, used through a pointer.
struct JoinError {
  Slice<Error> errs;
};

String joinErrorError(const void* recv) {
  const JoinError& e = **static_cast<const Ptr<JoinError>*>(recv);
  std::string text;
  for (int64_t i = 0; i < e.errs.len(); ++i) {
    if (i > 0) text += '\n';
    text += errorMessage(e.errs[i]).view();
  }
  return String(text);
}
Slice<Error> joinErrorUnwrap(const void* recv) { return (**static_cast<const Ptr<JoinError>*>(recv)).errs; }

using UnwrapOne = Error (*)(const void*);
using UnwrapMany = Slice<Error> (*)(const void*);
using IsMethod = bool (*)(const void*, Error);
using AsMethod = bool (*)(const void*, Any);

const Method* methodWithSignature(const Any& v, const char* name, const char* signature) {
  const Method* m = v.findMethod(name);
  if (m == nullptr || (!m->signature.empty() && m->signature != signature)) return nullptr;
  return m;
}

// Visits err's tree depth-first until visit returns true.
template <class Visit>
bool walkTree(const Error& start, Visit&& visit) {
  for (Error err = start;;) {
    if (visit(err)) return true;
    if (const Method* m = methodWithSignature(err, "Unwrap", "func() error")) {
      err = reinterpret_cast<UnwrapOne>(m->fn)(err.valuePtr());
      if (err.isNil()) return false;
      continue;
    }
    if (const Method* m = methodWithSignature(err, "Unwrap", "func() []error")) {
      Slice<Error> errs = reinterpret_cast<UnwrapMany>(m->fn)(err.valuePtr());
      for (const Error& e : errs)
        if (!e.isNil() && walkTree(e, visit)) return true;
    }
    return false;
  }
}

}  // namespace

template <>
struct TypeOf<JoinError> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<JoinError>("errors.joinError", {field<&JoinError::errs>("errs")});
    return &d;
  }
};
template <>
struct TypeOf<Ptr<JoinError>> {
  static const TypeDesc* get() {
    static const TypeDesc d = pointerType<JoinError>({method("Error", &joinErrorError, "func() string"),
                                                      method("Unwrap", &joinErrorUnwrap, "func() []error")});
    return &d;
  }
};

namespace pkg::errors {

Error New(const String& text) { return errorsNew(text); }

Error Unwrap(const Error& err) {
  if (err.isNil()) return Error();
  const Method* m = methodWithSignature(err, "Unwrap", "func() error");
  if (m == nullptr) return Error();
  return reinterpret_cast<UnwrapOne>(m->fn)(err.valuePtr());
}

bool Is(const Error& err, const Error& target) {
  if (err.isNil() || target.isNil()) return err.isNil() && target.isNil();
  bool comparable = target.type()->equal != nullptr;
  return walkTree(err, [&](const Error& e) {
    if (comparable && e == target) return true;
    const Method* m = methodWithSignature(e, "Is", "func(error) bool");
    return m != nullptr && reinterpret_cast<IsMethod>(m->fn)(e.valuePtr(), target);
  });
}

bool As(const Error& err, const Any& target) {
  if (err.isNil()) return false;
  if (target.isNil()) panicString("errors: target cannot be nil");
  const TypeDesc* ptrType = target.type();
  if (ptrType->kind != Kind::Pointer || ptrType->deref(target.valuePtr()) == nullptr)
    panicString("errors: target must be a non-nil pointer");
  const TypeDesc* want = ptrType->elem;
  if (want->kind != Kind::Interface && !implements(want, typeOf<Error>()))
    panicString("errors: *target must be interface or implement error");
  // The pointee is a Go variable; the interface only holds the pointer to it, so writing is allowed.
  void* dst = const_cast<void*>(ptrType->deref(target.valuePtr()));
  return walkTree(err, [&](const Error& e) {
    if (want->kind == Kind::Interface ? implements(e.type(), want) : e.type() == want) {
      if (want->kind == Kind::Interface)
        *static_cast<Any*>(dst) = e;  // every interface type's C++ class is an Any
      else
        want->assign(dst, e.valuePtr());
      return true;
    }
    const Method* m = methodWithSignature(e, "As", "func(interface {}) bool");
    return m != nullptr && reinterpret_cast<AsMethod>(m->fn)(e.valuePtr(), target);
  });
}

Error Join(const Slice<Error>& errs) {
  Slice<Error> kept;
  for (const Error& e : errs)
    if (!e.isNil()) kept = append(kept, e);
  if (kept.len() == 0) return Error();
  return Error(newPtr<JoinError>(JoinError{kept}));
}

}  // namespace pkg::errors
}  // namespace goxx
