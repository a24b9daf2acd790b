# runtime_package.cmake — the install/runtime-package test (cmake -P; arguments from tests/install).
#
# Steps, each failing the test with a message saying what is wrong:
#   1. cmake --install GOXX_BUILD_DIR --prefix <temp>/prefix (the whole build, as a user would run it).
#   2. The prefix holds libgoxxrt.a, the package files, and every file of runtime/include/goxx (compared
#      name by name with the source tree, so a header missing from the install rules is caught even when
#      the example does not include it).
#   3. examples/cmake_runtime is configured with only the prefix on CMAKE_PREFIX_PATH; find_package must
#      pick the package from the prefix and no compile command may point into the goxx source or build
#      tree (the installed package must be self-contained).
#   4. It builds, runs, and prints the expected result. The expected numbers are not taken from goxx: the
#      longest Collatz chain below 10000 starts at 6171 and takes 261 steps (a known result), and the total
#      of 849637 steps for 1..9999 was computed by the same loop in Go (go run, Go 1.19).
#   5. On ELF, the program carries .debug_gdb_scripts: the package passed the gdb anchor link option on.
# Everything happens in a fresh directory under $TMPDIR (or /tmp), outside the source and build trees so
# step 3 can tell an installed path from a tree path; it is removed on success and kept on failure.
foreach(var GOXX_SOURCE_DIR GOXX_BUILD_DIR GOXX_LIBDIR GOXX_INCLUDEDIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "runtime_package.cmake: ${var} is not set")
  endif()
endforeach()

if(DEFINED ENV{TMPDIR} AND IS_DIRECTORY "$ENV{TMPDIR}")
  set(tmp_root "$ENV{TMPDIR}")
else()
  set(tmp_root /tmp)
endif()
string(RANDOM LENGTH 10 suffix)
set(WORK_DIR ${tmp_root}/goxx-install-test-${suffix})
file(MAKE_DIRECTORY ${WORK_DIR})
message(STATUS "working in ${WORK_DIR}")
set(prefix ${WORK_DIR}/prefix)
set(example_build ${WORK_DIR}/build)

function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
  endif()
endfunction()

# 1. Install.
run_step("cmake --install" ${CMAKE_COMMAND} --install ${GOXX_BUILD_DIR} --prefix ${prefix})

# 2. Installed files.
set(missing "")
foreach(f ${GOXX_LIBDIR}/libgoxxrt.a
          ${GOXX_LIBDIR}/cmake/goxx/goxxConfig.cmake
          ${GOXX_LIBDIR}/cmake/goxx/goxxConfigVersion.cmake
          ${GOXX_LIBDIR}/cmake/goxx/goxxTargets.cmake)
  if(NOT EXISTS ${prefix}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
file(GLOB_RECURSE headers RELATIVE ${GOXX_SOURCE_DIR}/runtime/include ${GOXX_SOURCE_DIR}/runtime/include/*)
if(NOT headers)
  message(FATAL_ERROR "no headers found under ${GOXX_SOURCE_DIR}/runtime/include")
endif()
foreach(h ${headers})
  if(NOT EXISTS ${prefix}/${GOXX_INCLUDEDIR}/${h})
    list(APPEND missing ${GOXX_INCLUDEDIR}/${h})
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " missing_text)
  message(FATAL_ERROR "not installed under ${prefix}:\n  ${missing_text}")
endif()

# 3. Configure the example against the prefix alone.
set(configure_args -S ${GOXX_SOURCE_DIR}/examples/cmake_runtime -B ${example_build} -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
    -DCMAKE_BUILD_TYPE=Release)
if(MAKE_PROGRAM)
  list(APPEND configure_args -DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM})
endif()
run_step("configuring examples/cmake_runtime" ${CMAKE_COMMAND} ${configure_args})

file(STRINGS ${example_build}/CMakeCache.txt goxx_dir_line REGEX "^goxx_DIR:")
string(REGEX REPLACE "^goxx_DIR:[A-Z]+=" "" goxx_dir "${goxx_dir_line}")
file(REAL_PATH "${goxx_dir}" goxx_dir)
file(REAL_PATH ${prefix}/${GOXX_LIBDIR}/cmake/goxx expected_goxx_dir)
if(NOT goxx_dir STREQUAL expected_goxx_dir)
  message(FATAL_ERROR "find_package(goxx) found '${goxx_dir}', not the fresh install ${expected_goxx_dir}")
endif()

# 4. Build, run, compare.
run_step("building examples/cmake_runtime" ${CMAKE_COMMAND} --build ${example_build})

file(READ ${example_build}/compile_commands.json compile_commands)
foreach(tree ${GOXX_SOURCE_DIR}/runtime ${GOXX_BUILD_DIR}/)
  string(FIND "${compile_commands}" "${tree}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the example's compile commands refer to ${tree}: the package is not self-contained\n"
                        "${compile_commands}")
  endif()
endforeach()

execute_process(COMMAND ${example_build}/collatz_workers
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
set(expected "workers: 4\nresults: 9999\nlongest chain below 10000: 6171 (261 steps)\ntotal steps: 849637\n")
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "collatz_workers exited ${rc}\n--- got:\n${out}--- expected:\n${expected}--- stderr:\n${err}")
endif()

# 5. The gdb script came along.
if(EXPECT_GDB_SECTION)
  if(NOT READELF)
    message(FATAL_ERROR "ELF platform but no readelf to check .debug_gdb_scripts")
  endif()
  execute_process(COMMAND ${READELF} -S -W ${example_build}/collatz_workers
    RESULT_VARIABLE rc OUTPUT_VARIABLE sections)
  if(NOT rc EQUAL 0 OR NOT sections MATCHES "\\.debug_gdb_scripts")
    message(FATAL_ERROR "collatz_workers has no .debug_gdb_scripts section: goxx::runtime did not carry "
                        "the -u goxx_gdb_scripts_anchor link option\n${sections}")
  endif()
endif()

file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "install/runtime-package: ok")
