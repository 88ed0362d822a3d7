#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The transport benchmark (docs/decisions.md, "One HTTP stack: libcurl"): 2 MB POSTs through WeaviateClient to a
# node server that reads each body and answers at once, one and four in flight.
#
#   bench/transport/run.sh [--build DIR] [--count N] [--size BYTES]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${COLVAULT_BUILD_DIR:-$repo/build/dev}"
count=200
size=2000000
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --count) count="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        -h|--help) sed -n '4,8p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
bench="$(find "$build" -type f -name colvault-bench-upload -perm -u+x -print -quit)"
[[ -n "$bench" ]] || { echo "run.sh: colvault-bench-upload not found under $build (build it first)" >&2; exit 2; }
work="$(mktemp -d)"
node "$here/sink.mjs" "$work/port" & sink=$!
trap 'kill $sink 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$work/port")"
echo "# $(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2 }'), $(nproc) cores"
for k in 1 4; do
    "$bench" "$url" --size "$size" --count "$count" --in-flight "$k"
done
