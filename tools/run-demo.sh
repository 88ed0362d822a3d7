#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Sets up a fresh Debian 12 machine, builds Colvault and starts it. Without WEAVIATE_URL it first starts the
# Weaviate API emulator on loopback, seeded with the demo data. Without a display it prints a summary of the
# server from the command line instead of opening the window.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash tools/setup-debian.sh

cmake --preset dev >/dev/null
# Only what the demo runs; the test command builds the rest.
cmake --build --preset dev -j "${COLVAULT_JOBS:-$(nproc)}" --target colvault colvault-cli weaviate-emulator
bin="$PWD/build/dev/bin"

if [ -z "${WEAVIATE_URL:-}" ]; then
    log="$(mktemp)"
    "$bin/weaviate-emulator" --port "${COLVAULT_DEMO_PORT:-0}" --seed-demo >"$log" 2>&1 &
    emulator=$!
    trap 'kill "$emulator" 2>/dev/null || true; rm -f "$log"' EXIT
    for _ in $(seq 1 600); do
        grep -q 'listening on' "$log" && break
        kill -0 "$emulator" 2>/dev/null || { cat "$log"; exit 1; }
        sleep 0.1
    done
    WEAVIATE_URL="$(grep -o 'http://[0-9.:]*' "$log" | head -n 1)"
    export WEAVIATE_URL
    echo "Weaviate API emulator with demo data at $WEAVIATE_URL"
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$bin/colvault"
else
    echo "No display: a summary of $WEAVIATE_URL from the command line."
    "$bin/colvault-cli" --url "$WEAVIATE_URL" list
fi
