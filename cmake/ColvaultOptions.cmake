# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The whole warning and strictness policy in one INTERFACE target that every target links.
add_library(colvault_options INTERFACE)

if(MSVC)
    target_compile_options(colvault_options INTERFACE /W4 /permissive- /utf-8)
    if(COLVAULT_WERROR)
        target_compile_options(colvault_options INTERFACE /WX)
    endif()
else()
    target_compile_options(colvault_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
        -Woverloaded-virtual -Wcast-align)
    if(COLVAULT_WERROR)
        target_compile_options(colvault_options INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(colvault_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_MESSAGELOGCONTEXT)

# <windows.h> (core/ArchiveWriter.cpp, the emulator's sockets) must not define min and max macros over std::min.
if(WIN32)
    target_compile_definitions(colvault_options INTERFACE NOMINMAX)
endif()

# Includes are repo-rooted: "core/BackupManager.h".
target_include_directories(colvault_options INTERFACE ${PROJECT_SOURCE_DIR})

if(COLVAULT_SANITIZE)
    target_compile_options(colvault_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
    target_link_options(colvault_options INTERFACE -fsanitize=address,undefined)
endif()
