#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Runs the v3 conformance suite (the official weaviate-client v3, which counts and lists ids over gRPC, against a
# Weaviate API).
#
#   tests/conformance-v3/run.sh <path-to-weaviate-emulator> [test files...]
#       starts `<bin> --port 0 --grpc-port 0 --api-key <random> --disable-graphql`, runs the suite against it, stops
#       it again (GraphQL is off, so nothing can pass through it by accident);
#   WEAVIATE_URL=http://host:8080 [WEAVIATE_GRPC_PORT=50051] [WEAVIATE_API_KEY=...] tests/conformance-v3/run.sh
#       runs the suite against that server instead.
#
# Exits with node's status, and non-zero when no test ran at all.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${1:-}"
if [[ $# -gt 0 ]]; then
    shift
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/colvault-conformance-v3.XXXXXX")"
emu_pid=""
cleanup() {
    if [[ -n "$emu_pid" ]] && kill -0 "$emu_pid" 2>/dev/null; then
        kill "$emu_pid" 2>/dev/null || true
        wait "$emu_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v node >/dev/null; then
    echo "run.sh: node is not installed" >&2
    exit 1
fi

if [[ ! -d "$here/node_modules/weaviate-client" ]]; then
    echo "run.sh: installing weaviate-client from package-lock.json (npm ci)"
    (cd "$here" && npm ci --no-audit --no-fund)
fi

test_env=()
if [[ -n "${WEAVIATE_URL:-}" ]]; then
    echo "run.sh: running against external WEAVIATE_URL=$WEAVIATE_URL, gRPC port ${WEAVIATE_GRPC_PORT:-50051}"
    test_env+=("WEAVIATE_URL=$WEAVIATE_URL" "WEAVIATE_GRPC_PORT=${WEAVIATE_GRPC_PORT:-50051}"
               "WEAVIATE_API_KEY=${WEAVIATE_API_KEY:-}")
else
    if [[ -z "$bin" || ! -x "$bin" ]]; then
        echo "usage: $0 <path-to-weaviate-emulator> [test files...]   (or set WEAVIATE_URL)" >&2
        exit 2
    fi
    bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
    key="conformance-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    "$bin" --port 0 --grpc-port 0 --api-key "$key" --disable-graphql --max-results 1000 \
        >"$work/emulator.out" 2>"$work/emulator.err" &
    emu_pid=$!
    url=""
    grpc_port=""
    for _ in $(seq 1 200); do
        if [[ -s "$work/emulator.out" ]]; then
            first="$(sed -n 1p "$work/emulator.out")"
            second="$(sed -n 2p "$work/emulator.out")"
            if [[ "$first" =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+) ]]; then
                url="${BASH_REMATCH[1]}"
            fi
            if [[ "$second" =~ gRPC\ listening\ on\ 127\.0\.0\.1:([0-9]+) ]]; then
                grpc_port="${BASH_REMATCH[1]}"
            fi
            if [[ -n "$url" && -n "$grpc_port" ]]; then
                break
            fi
        fi
        if ! kill -0 "$emu_pid" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    if [[ -z "$url" || -z "$grpc_port" ]]; then
        echo "run.sh: the emulator did not announce its ports; stdout/stderr follow" >&2
        cat "$work/emulator.out" "$work/emulator.err" >&2 || true
        exit 1
    fi
    echo "run.sh: emulator pid $emu_pid at $url, gRPC port $grpc_port, GraphQL disabled"
    test_env+=("WEAVIATE_URL=$url" "WEAVIATE_GRPC_PORT=$grpc_port" "WEAVIATE_API_KEY=$key")
fi

files=()
for f in "$@"; do
    files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
done
if [[ ${#files[@]} -eq 0 ]]; then
    files=("$here"/*.test.mjs)
fi

status=0
(cd "$here" && env "${test_env[@]}" node --test --test-timeout=120000 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$work/report.tap" \
    "${files[@]}") || status=$?

count() { { grep -E "^# $1 [0-9]+$" "$work/report.tap" 2>/dev/null || true; } | tail -n 1 | awk '{print $3}'; }
tests="$(count tests)"
pass="$(count pass)"
fail="$(count fail)"
skipped="$(count skipped)"
echo "# tests ${tests:-0}"
echo "# pass ${pass:-0}"
echo "# fail ${fail:-0}"
echo "# skipped ${skipped:-0}"

# node reports a test file that registered no test at all as one passing "test" named after the file: count those
# apart, so an empty or mis-globbed run cannot pass.
empty_files="$({ grep -E '^(not )?ok [0-9]+ - .*\.(mjs|cjs|js)$' "$work/report.tap" 2>/dev/null || true; } | sed -E 's/^(not )?ok [0-9]+ - //')"
ran=$(( ${tests:-0} - $(printf '%s' "$empty_files" | grep -c . || true) ))
echo "# executed $ran"
if [[ -n "$empty_files" ]]; then
    echo "run.sh: these files ran no test: $empty_files" >&2
fi
if [[ -n "$empty_files" || $ran -le 0 || "${pass:-0}" -eq 0 ]]; then
    echo "run.sh: a file ran no test, or nothing passed: failing" >&2
    if [[ $status -eq 0 ]]; then
        status=1
    fi
fi
if [[ -n "$emu_pid" && $status -ne 0 && -s "$work/emulator.err" ]]; then
    echo "run.sh: last emulator stderr lines:" >&2
    tail -n 20 "$work/emulator.err" >&2
fi
exit "$status"
