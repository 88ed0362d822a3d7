#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Builds the Debian package and checks it the way a user meets it (run by tools/run-tests.sh; docs/building.md):
#   1. a Release build of the product only (build/package: no tests, no tools; Debian's hardening flags from
#      dpkg-buildflags, ccache when present), then `cpack -G DEB` -> build/package/colvault_<version>_<arch>.deb;
#   2. lintian: no error and no warning (it has none to say today, not even with --pedantic; a tag that does not
#      apply would be overridden in the package with its reason); desktop-file-validate on the .desktop file and
#      `appstreamcli validate` on the metainfo, as the package installs them;
#   3. `apt-get install ./colvault_*.deb`, then /usr/bin/colvault-cli --version must print the version and
#      /usr/bin/colvault must still be running after 3 s on the offscreen platform (it has no --version; a missing
#      library or plugin ends it at once), then the package is purged again.
# Step 3 changes the system, so it needs root (CI runs as root) and is skipped with a notice otherwise; --no-install
# skips it on purpose.
#
# Usage: tools/check-package.sh [--no-install]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

install=1
if [[ "${1:-}" == --no-install ]]; then
    install=0
fi
build=build/package
jobs="${COLVAULT_JOBS:-$(nproc)}"
start=$SECONDS

# 1. Build and package. The flags are Debian's own for packages (dpkg-buildflags with hardening=+all: -O2,
# -fstack-protector-strong, _FORTIFY_SOURCE=2, -z relro -z now), which lintian's hardening tags look for. They are
# given as cache values, not as CXXFLAGS, so they also apply to an existing build/package. Warnings are not errors
# here: the ci build has -Werror.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
mkdir -p "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
    -DCOLVAULT_BUILD_TESTS=OFF -DCOLVAULT_BUILD_TOOLS=OFF -DCOLVAULT_WERROR=OFF "${launcher[@]}" \
    >"$build/check-configure.log" 2>&1 || {
    cat "$build/check-configure.log"
    exit 1
}
cmake --build "$build" -j "$jobs"
rm -f "$build"/colvault_*.deb
(cd "$build" && cpack -G DEB >check-cpack.log 2>&1) || {
    cat "$build/check-cpack.log"
    echo "check-package: cpack failed" >&2
    exit 1
}
deb=("$build"/colvault_*.deb)
if [[ ${#deb[@]} -ne 1 || ! -f "${deb[0]}" ]]; then
    echo "check-package: expected one colvault_*.deb in $build, found: ${deb[*]}" >&2
    exit 1
fi
deb="${deb[0]}"
echo "check-package: built $deb ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

# 2. Static checks of the package and its desktop files.
# lintian refuses nothing as root but says it is not recommended; the notice is dropped.
lintian --fail-on error,warning --display-info "$deb" 2> >(grep -v 'running with root privileges' >&2) || {
    echo "check-package: lintian found errors or warnings (above)" >&2
    exit 1
}
contents="$(mktemp -d)"
trap 'rm -rf "$contents"' EXIT
dpkg-deb -x "$deb" "$contents"
desktop-file-validate "$contents/usr/share/applications/colvault.desktop"
appstreamcli validate --no-net --pedantic "$contents"/usr/share/metainfo/*.metainfo.xml
echo "check-package: lintian, desktop-file-validate and appstreamcli validate are clean"

# 3. Install, run, remove.
if [[ "$install" == 0 ]]; then
    echo "check-package: install test skipped (--no-install)"
    exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
    echo "check-package: install test skipped (needs root: it installs and removes the package with apt-get)"
    exit 0
fi
if dpkg-query -W -f='${Status}' colvault 2>/dev/null | grep -q "install ok installed"; then
    echo "check-package: colvault is installed already; it is replaced by this package and purged afterwards"
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$deb" >"$build/check-install.log" 2>&1 || {
    cat "$build/check-install.log"
    echo "check-package: apt-get install ./$deb failed" >&2
    exit 1
}
remove() {
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq colvault >>"$build/check-install.log" 2>&1
}
trap 'remove; rm -rf "$contents"' EXIT

version="$(dpkg-deb --field "$deb" Version)"
cli_version="$(/usr/bin/colvault-cli --version)"
if [[ "$cli_version" != *"$version"* ]]; then
    echo "check-package: /usr/bin/colvault-cli --version printed \"$cli_version\", expected $version" >&2
    exit 1
fi
echo "check-package: /usr/bin/colvault-cli --version: $cli_version"

# The GUI with a throwaway home (no settings, no profiles) on the offscreen platform: still running after 3 s means
# it found its libraries and plugins and showed its window. timeout's 124 is that case.
home="$(mktemp -d)"
rc=0
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home" \
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 timeout 3 /usr/bin/colvault >"$build/check-gui.log" 2>&1 || rc=$?
rm -rf "$home"
if [[ "$rc" -ne 124 ]]; then
    cat "$build/check-gui.log"
    echo "check-package: /usr/bin/colvault ended by itself (exit $rc) within 3 s on the offscreen platform" >&2
    exit 1
fi
echo "check-package: /usr/bin/colvault ran for 3 s offscreen"

remove
trap 'rm -rf "$contents"' EXIT
if [[ -e /usr/bin/colvault || -e /usr/bin/colvault-cli ]]; then
    echo "check-package: the executables are still there after apt-get purge colvault" >&2
    exit 1
fi
echo "check-package: installed, ran and removed colvault $version; all done in $((SECONDS - start)) s"
