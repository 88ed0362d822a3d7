# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# What is installed besides the executables (their rules are in app/), and the CPack installers made from it:
#   Linux    a .deb (cpack -G DEB): /usr/bin/colvault and colvault-cli, the freedesktop entry, the icons in the
#            hicolor theme, the AppStream metainfo, man pages, copyright and changelog; Depends from dpkg-shlibdeps
#            plus the Qt plugins the app loads. Built and checked by tools/check-package.sh.
#   Windows  an NSIS installer (cpack -G NSIS): bin\ with both executables, the Qt DLLs and plugins from
#            windeployqt, the other DLLs (vcpkg) and the MSVC runtime; a Start menu entry for the GUI.
#   macOS    a disk image (cpack -G DragNDrop) with Colvault.app: colvault-cli inside it, the frameworks from
#            macdeployqt, Info.plist from resources/macos/Info.plist.in.
# The Windows and macOS installers are built by .github/workflows/ only; nothing here can run them (docs/building.md).
include(GNUInstallDirs)

set(COLVAULT_PACKAGE_MAINTAINER "Colvault contributors <colvault@users.noreply.github.com>"
    CACHE STRING "Maintainer of the installers (Debian's Maintainer field)")
set(COLVAULT_HOMEPAGE "https://github.com/colvault/colvault" CACHE STRING "Project home page")

if(UNIX AND NOT APPLE)
    install(FILES resources/colvault.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES resources/icons/colvault.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 32 48 64 128 256)
        install(FILES resources/icons/${size}x${size}/colvault.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES resources/linux/io.github.colvault.Colvault.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    # Debian wants man pages and the changelog gzip-compressed, reproducibly (-n: no name or time stamp).
    find_program(COLVAULT_GZIP gzip)
    set(colvault_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/colvault)
    configure_file(resources/debian/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog @ONLY)
    set(colvault_compressed)
    foreach(source IN ITEMS ${CMAKE_CURRENT_SOURCE_DIR}/resources/linux/man/colvault.1
                            ${CMAKE_CURRENT_SOURCE_DIR}/resources/linux/man/colvault-cli.1
                            ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog)
        get_filename_component(name ${source} NAME)
        set(output ${CMAKE_CURRENT_BINARY_DIR}/packaging/${name}.gz)
        add_custom_command(OUTPUT ${output}
            COMMAND ${COLVAULT_GZIP} -9 -n -c ${source} > ${output}
            DEPENDS ${source} VERBATIM)
        list(APPEND colvault_compressed ${output})
    endforeach()
    add_custom_target(colvault_package_docs ALL DEPENDS ${colvault_compressed})
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/colvault.1.gz
                  ${CMAKE_CURRENT_BINARY_DIR}/packaging/colvault-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz resources/debian/copyright
        DESTINATION ${colvault_doc_dir})
endif()

# What dh_strip does beyond CPACK_STRIP_FILES' plain strip: drop the compiler's .comment and .note sections too.
if(UNIX AND NOT APPLE)
    install(CODE "
        if(CMAKE_INSTALL_DO_STRIP)
            foreach(exe colvault colvault-cli)
                execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${exe}\")
            endforeach()
        endif()")
endif()

if(WIN32)
    # windeployqt copies the Qt DLLs and plugins (platforms\qwindows.dll, imageformats\qsvg.dll, styles, TLS
    # backends) that the two executables need; with vcpkg, X_VCPKG_APPLOCAL_DEPS_INSTALL (CMakePresets.json) copies
    # the other DLLs (libarchive, gRPC, OpenSSL, ...) at install time. The MSVC runtime comes from CMake's module.
    find_program(COLVAULT_WINDEPLOYQT NAMES windeployqt windeployqt6
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin"
              "${Qt6_DIR}/../../../tools/Qt6/bin" "${Qt6_DIR}/../../../bin")
    if(NOT COLVAULT_WINDEPLOYQT)
        message(WARNING "windeployqt not found: the installed tree and the installer will lack Qt's DLLs")
    else()
        install(CODE "
            set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
            execute_process(COMMAND \"${COLVAULT_WINDEPLOYQT}\" --release --no-compiler-runtime --no-system-d3d-compiler
                                    --no-opengl-sw --dir \"\${bin}\" \"\${bin}/colvault.exe\" \"\${bin}/colvault-cli.exe\"
                            RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR \"windeployqt failed: \${result}\")
            endif()")
    endif()
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

if(APPLE)
    # macdeployqt puts the Qt frameworks and plugins into the bundle and rewrites the load paths of the GUI and of
    # colvault-cli (installed into Contents/MacOS by app/CMakeLists.txt); Homebrew's other dylibs come along.
    find_program(COLVAULT_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    if(NOT COLVAULT_MACDEPLOYQT)
        message(WARNING "macdeployqt not found: the installed bundle and the disk image will lack Qt's frameworks")
    else()
        install(CODE "
            set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/colvault.app\")
            execute_process(COMMAND \"${COLVAULT_MACDEPLOYQT}\" \"\${app}\"
                                    \"-executable=\${app}/Contents/MacOS/colvault-cli\" -always-overwrite -verbose=1
                            RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR \"macdeployqt failed: \${result}\")
            endif()")
    endif()
endif()

# CPack: the same name, version and texts for every installer.
set(CPACK_PACKAGE_NAME colvault)
set(CPACK_PACKAGE_VENDOR "Colvault contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "back up, restore and clear Weaviate collections")
# Debian shows the description as it is written: lines under 80 columns, an empty line between paragraphs.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Colvault backs up the collections of a Weaviate vector database into one"
    "compressed archive on your disk: schema, tenants, objects and every vector"
    "(legacy, named and multi-vector), streamed with constant memory. It restores"
    "an archive to any server after a dry run that shows what will be added,"
    "merged, overwritten or replaced, and clears collections or tenants behind a"
    "confirmation that takes a backup first."
    ""
    "This package holds the desktop application (colvault) and the command-line"
    "tool for scripts (colvault-cli), which write and read the same archives.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${COLVAULT_HOMEPAGE})
set(CPACK_PACKAGE_CONTACT ${COLVAULT_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Colvault)
set(CPACK_PACKAGE_EXECUTABLES colvault Colvault)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/resources/packaging/license.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")

# Debian: dpkg-shlibdeps finds the libraries (Qt, libarchive, gRPC, ...); the Qt plugins are loaded at run time,
# so they are named here: the SVG image and icon plugins (libqt6svg6; the window icon is an SVG). The xcb platform
# plugin is in libqt6gui6, which dpkg-shlibdeps finds; Wayland's is recommended.
set(CPACK_DEBIAN_PACKAGE_NAME colvault)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${COLVAULT_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Qt's own dialog texts in the user's language (qtbase_*.qm; core/Translations.cpp loads them).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Windows: NSIS, with a Start menu entry and an uninstaller; the icon is resources/windows/colvault.ico.
set(CPACK_NSIS_DISPLAY_NAME Colvault)
set(CPACK_NSIS_PACKAGE_NAME Colvault)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/resources/windows/colvault.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/resources/windows/colvault.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\colvault.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${COLVAULT_HOMEPAGE})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN colvault.exe)

# macOS: a disk image holding the bundle, with the usual link to /Applications.
set(CPACK_DMG_VOLUME_NAME Colvault)
set(CPACK_DMG_FORMAT UDZO)

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR NSIS)
    elseif(APPLE)
        set(CPACK_GENERATOR DragNDrop)
    else()
        set(CPACK_GENERATOR DEB)
    endif()
endif()
include(CPack)
