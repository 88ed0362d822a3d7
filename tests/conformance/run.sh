#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Runs the conformance suite (official weaviate-ts-client v2 against a Weaviate API).
#
#   tests/conformance/run.sh <path-to-weaviate-emulator> [test files...]
#       starts `<bin> --port 0 --max-results 100`, runs the suite against it, stops it again;
#   WEAVIATE_URL=http://host:8080 [WEAVIATE_API_KEY=...] tests/conformance/run.sh [bin] [test files...]
#       runs the suite against that server instead (the auth tests, which need a second emulator, are skipped).
#
# Exits with node's status, and non-zero when no test ran at all.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="${1:-}"
if [[ $# -gt 0 ]]; then
    shift
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/colvault-conformance.XXXXXX")"
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

if [[ ! -d "$here/node_modules/weaviate-ts-client" ]]; then
    echo "run.sh: installing weaviate-ts-client from package-lock.json (npm ci)"
    (cd "$here" && npm ci --no-audit --no-fund)
fi

test_env=()
if [[ -n "${WEAVIATE_URL:-}" ]]; then
    echo "run.sh: running against external WEAVIATE_URL=$WEAVIATE_URL"
    echo "run.sh: auth tests skipped: they start a second emulator with --api-key, which needs the local binary"
    test_env+=("WEAVIATE_URL=$WEAVIATE_URL")
else
    if [[ -z "$bin" || ! -x "$bin" ]]; then
        echo "usage: $0 <path-to-weaviate-emulator> [test files...]   (or set WEAVIATE_URL)" >&2
        exit 2
    fi
    bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
    "$bin" --port 0 --max-results 100 >"$work/emulator.out" 2>"$work/emulator.err" &
    emu_pid=$!
    url=""
    for _ in $(seq 1 200); do
        if [[ -s "$work/emulator.out" ]]; then
            first="$(head -n 1 "$work/emulator.out")"
            if [[ "$first" =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+) ]]; then
                url="${BASH_REMATCH[1]}"
                break
            fi
        fi
        if ! kill -0 "$emu_pid" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    if [[ -z "$url" ]]; then
        echo "run.sh: the emulator did not announce its port; stdout/stderr follow" >&2
        cat "$work/emulator.out" "$work/emulator.err" >&2 || true
        exit 1
    fi
    echo "run.sh: emulator pid $emu_pid at $url"
    test_env+=("WEAVIATE_URL=$url" "WEAVIATE_EMULATOR_BIN=$bin" "WEAVIATE_MAX_RESULTS=100")
    # The suite's own emulator has no auth; a key from the caller's environment must not leak into it.
    test_env+=("WEAVIATE_API_KEY=")
fi

source "$here/suite-lib.sh"
run_conformance_suite "$@"
