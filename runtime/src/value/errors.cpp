// errors.cpp — the error interface's descriptor and package errors (see goxx/value/error.h).
#include "goxx/value/error.h"

#include <vector>

namespace goxx {

namespace {

// errors.errorString: the dynamic type behind errors.New, used only through *errorString.
struct ErrorString {
  String text;
};

String errorStringError(const void* recv) { return static_cast<const Ptr<ErrorString>*>(recv)->get()->text; }

}  // namespace

template <>
struct TypeOf<ErrorString> {
  static const TypeDesc* get() {
    static const TypeDesc d = structType<ErrorString>("errors.errorString", {field<&ErrorString::text>("s")});
    return &d;
  }
};

template <>
struct TypeOf<Ptr<ErrorString>> {
  static const TypeDesc* get() {
    static const TypeDesc d = pointerType<ErrorString>({method("Error", &errorStringError, "func() string")});
    return &d;
  }
};

const TypeDesc* TypeOf<Error>::get() {
  static const TypeDesc d = interfaceType("error", std::vector<Method>{Method{"Error", nullptr, "func() string"}});
  return &d;
}

String errorMessage(const Any& err) {
  static ItabCache site;
  auto fn = site.method<String (*)(const void*)>(err, typeOf<Error>(), 0);
  return fn(err.valuePtr());
}

Error errorsNew(String text) { return Error(newPtr<ErrorString>(ErrorString{std::move(text)})); }

Error errorsUnwrap(const Error& err) {
  const Method* m = err.findMethod("Unwrap");
  if (m == nullptr || m->signature != "func() error") return Error();
  return reinterpret_cast<Error (*)(const void*)>(m->fn)(err.valuePtr());
}

bool errorsIs(const Error& err, const Error& target) {
  if (err.isNil() || target.isNil()) return err.isNil() && target.isNil();
  bool comparable = target.type()->equal != nullptr;
  for (Error cur = err; !cur.isNil();) {
    if (comparable && cur == target) return true;
    const Method* m = cur.findMethod("Unwrap");
    if (m == nullptr) return false;
    if (m->signature == "func() []error") {
      Slice<Error> errs = reinterpret_cast<Slice<Error> (*)(const void*)>(m->fn)(cur.valuePtr());
      for (const Error& e : errs)
        if (errorsIs(e, target)) return true;
      return false;
    }
    if (m->signature != "func() error") return false;
    cur = reinterpret_cast<Error (*)(const void*)>(m->fn)(cur.valuePtr());
  }
  return false;
}

}  // namespace goxx
