# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# What is installed besides the executables (their rules are in app/): on Linux the freedesktop entry, the icon in
# the hicolor theme. CPack turns the install tree into the platform's installer.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES resources/colvault.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES resources/icons/colvault.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 32 48 64 128 256)
        install(FILES resources/icons/${size}x${size}/colvault.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()
