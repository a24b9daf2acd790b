# GoxxRuntimeInstall.cmake — what `cmake --install` puts on disk for the runtime, and the `goxx` package.
#
# Consumes: the goxxrt target (included from runtime/CMakeLists.txt after it is defined) and the public
# headers under runtime/include/goxx/. Produces, under <prefix>:
#   ${CMAKE_INSTALL_LIBDIR}/libgoxxrt.a
#   ${CMAKE_INSTALL_INCLUDEDIR}/goxx/**           every file of runtime/include/goxx, subfolders included
#   ${CMAKE_INSTALL_LIBDIR}/cmake/goxx/goxxConfig.cmake, goxxConfigVersion.cmake, goxxTargets*.cmake
# (runtime/gdb adds ${CMAKE_INSTALL_LIBDIR}/goxx_gdb.py.)
#
# Invariants:
#   - The exported name is goxx::runtime, the same as the in-tree ALIAS, so code written against the build
#     tree links unchanged against an installed prefix.
#   - Usage requirements travel with the target, not with the config: the include dir (INSTALL_INTERFACE
#     in runtime/CMakeLists.txt, hence no INCLUDES DESTINATION here), cxx_std_20, Threads::Threads and the
#     gdb anchor link option are INTERFACE properties of goxxrt, which install(EXPORT) writes into
#     goxxTargets.cmake.
#   - The header folder is installed whole (no pattern filter): a header added later is installed without
#     touching this file. tests/install checks the installed tree against the source tree.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(GOXX_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/goxx)
# Read by goxxConfig.cmake.in (as @PACKAGE_GOXX_INSTALL_LIBDIR@) to locate goxx_gdb.py.
set(GOXX_INSTALL_LIBDIR ${CMAKE_INSTALL_LIBDIR})

set_target_properties(goxxrt PROPERTIES EXPORT_NAME runtime)

install(TARGETS goxxrt
  EXPORT goxxTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/include/goxx
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT goxxTargets
  NAMESPACE goxx::
  FILE goxxTargets.cmake
  DESTINATION ${GOXX_INSTALL_CMAKEDIR})

configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/goxxConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/goxxConfig.cmake
  INSTALL_DESTINATION ${GOXX_INSTALL_CMAKEDIR}
  PATH_VARS GOXX_INSTALL_LIBDIR)
# 0.x: a minor version may break the API, so only the same major.minor is compatible.
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/goxxConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/goxxConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/goxxConfigVersion.cmake
  DESTINATION ${GOXX_INSTALL_CMAKEDIR})
