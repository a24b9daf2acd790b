// arithmetic_panics.cpp — the run-time errors of Go's integer operators (goxx/lowering.h).
#include "goxx/lowering.h"

namespace goxx::ops {

void panicDivideByZero() { panicRuntimeError("integer divide by zero"); }
void panicNegativeShift() { panicRuntimeError("negative shift amount"); }

}  // namespace goxx::ops
