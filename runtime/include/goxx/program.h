// goxx/program.h — the one header a goxx-generated translation unit includes.
//
// Consumes: every runtime header. Produces: nothing of its own; it is the umbrella that the driver
// precompiles once per compiler and flag set. The bundled packages (docs/ABI.md, //goxx:extern) add
// their headers here.
#pragma once

#include "goxx/atomic.h"
#include "goxx/chan.h"
#include "goxx/fmt.h"
#include "goxx/goroutine.h"
#include "goxx/lowering.h"
#include "goxx/main.h"
#include "goxx/panic.h"
#include "goxx/runtime_api.h"
#include "goxx/sched.h"
#include "goxx/select.h"
#include "goxx/sync.h"
#include "goxx/time.h"
#include "goxx/value.h"
// Bundled packages (one header per Go package, runtime/include/goxx/pkg/):
#include "goxx/pkg/bufio.h"
#include "goxx/pkg/context.h"
#include "goxx/pkg/errors.h"
#include "goxx/pkg/fmt.h"
#include "goxx/pkg/golang_org_x_sync_errgroup.h"
#include "goxx/pkg/io.h"
#include "goxx/pkg/log.h"
#include "goxx/pkg/math.h"
#include "goxx/pkg/math_rand.h"
#include "goxx/pkg/os.h"
#include "goxx/pkg/runtime.h"
#include "goxx/pkg/sort.h"
#include "goxx/pkg/strconv.h"
#include "goxx/pkg/strings.h"
#include "goxx/pkg/sync.h"
#include "goxx/pkg/sync_atomic.h"
#include "goxx/pkg/time.h"
#include "goxx/pkg/unicode.h"
#include "goxx/pkg/unicode_utf8.h"
