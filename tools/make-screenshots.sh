#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Builds colvault-screenshots and renders the English light set into docs/screenshots/ (offscreen, against the
# in-process Weaviate API emulator with the demo data). Other sets go elsewhere, e.g.
#   bash tools/make-screenshots.sh --out /tmp/shots-de --lang de --dark --scale 2
# Arguments are passed to colvault-screenshots; without --out the set is written to docs/screenshots/.
# COLVAULT_BUILD_DIR picks the build folder (default build/screenshots), COLVAULT_JOBS the parallel jobs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build="${COLVAULT_BUILD_DIR:-build/screenshots}"
jobs="${COLVAULT_JOBS:-2}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOLVAULT_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j "$jobs" --target colvault-screenshots

args=("$@")
if [[ " ${args[*]-} " != *" --out "* ]]; then
    args+=(--out docs/screenshots)
fi
# Same fonts and rendering wherever it runs: offscreen, Fusion (set by the tool), no session locale leaking in.
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 QT_LOGGING_RULES='qt.qpa.*=false' "$build/bin/colvault-screenshots" "${args[@]}"
