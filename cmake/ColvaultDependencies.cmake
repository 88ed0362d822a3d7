# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The third-party libraries every part of the build shares, each found through its own CMake package first (vcpkg,
# Homebrew, a source install) and through pkg-config or a plain header search second (Debian ships simdjson's .pc
# and fast_float's headers; older distributions lack the CMake files). Whatever was found, the rest of the build
# links one name: simdjson::simdjson, FastFloat::fast_float, protobuf::libprotobuf. The folders find their own
# libraries (LibArchive and OpenSSL in core/, gRPC in core/grpc, Qt6Keychain in widgets/) with CMake's modules or
# the packages' configs; docs/building.md lists them per platform.
find_package(Threads REQUIRED)

# simdjson: the cursor-page parser (core) and the emulator's JSON reader.
find_package(simdjson CONFIG QUIET)
if(TARGET simdjson::simdjson)
    message(STATUS "simdjson: CMake package ${simdjson_DIR}")
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(simdjson REQUIRED IMPORTED_TARGET simdjson)
    add_library(simdjson::simdjson ALIAS PkgConfig::simdjson)
    message(STATUS "simdjson: pkg-config ${simdjson_VERSION}")
endif()

# fast_float: float32 parsing that is exact on every platform (core/ObjectPageParser.cpp). Header-only.
find_package(FastFloat CONFIG QUIET)
if(TARGET FastFloat::fast_float)
    message(STATUS "fast_float: CMake package ${FastFloat_DIR}")
else()
    find_path(COLVAULT_FAST_FLOAT_INCLUDE_DIR fast_float/fast_float.h)
    if(NOT COLVAULT_FAST_FLOAT_INCLUDE_DIR)
        message(FATAL_ERROR "fast_float not found: install libfast-float-dev (Debian), fast-float (vcpkg) or "
                            "fast_float (Homebrew), or set COLVAULT_FAST_FLOAT_INCLUDE_DIR")
    endif()
    add_library(FastFloat::fast_float INTERFACE IMPORTED)
    target_include_directories(FastFloat::fast_float SYSTEM INTERFACE ${COLVAULT_FAST_FLOAT_INCLUDE_DIR})
    message(STATUS "fast_float: headers in ${COLVAULT_FAST_FLOAT_INCLUDE_DIR}")
endif()

# Protobuf: newer releases (vcpkg, Homebrew) need their CMake package, which links Abseil; Debian 12's 3.21 has only
# CMake's FindProtobuf module. core/grpc/CMakeLists.txt then finds the same one again.
find_package(Protobuf CONFIG QUIET)
if(NOT Protobuf_FOUND)
    find_package(Protobuf REQUIRED)
endif()
