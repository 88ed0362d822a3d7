#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Runs the v3 conformance suite (the official weaviate-client v3, which counts, lists and imports over gRPC, against a
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

source "$here/../conformance/suite-lib.sh"
run_conformance_suite "$@"
