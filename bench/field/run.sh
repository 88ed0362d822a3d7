#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The field benchmark (docs/benchmarks.md, "Field: many tenants at WAN latency"): one multi-tenant class with many
# small tenants, on a server that adds a fixed latency to every request, backed up and restored over plain HTTP and
# then through a TLS front end (stunnel), counting requests, connections and TLS handshakes.
#
#   bench/field/run.sh [--build DIR] [--tenants N] [--objects N] [--dims D] [--latency MS] [--grpc] [--skip-tls]
#                      [--connect-tenants N] [--doc FILE] [--keep]
#
#   --build DIR    build directory holding colvault-cli and weaviate-emulator (default $COLVAULT_BUILD_DIR, else
#                  build/dev); the script builds nothing itself
#   --tenants N    tenants of the class (default 1000), --objects N objects per tenant (default 20),
#                  --dims D vector dimensions (default 64)
#   --latency MS   added by the emulator to every request (--faults latency=MS; default 10)
#   --grpc         the emulators serve gRPC too (with the same latency) and the CLI uses it, as on a current server;
#                  without it the CLI is pointed at a closed port and counts through GraphQL
#   --skip-tls     only the plain HTTP runs
#   --connect-tenants N  tenants of the class the connect run lists (default 10000; 0 skips that run)
#   --doc FILE     also write the results into FILE between the "bench:field" markers (docs/benchmarks.md)
#   --keep         keep the work directory (archive, certificate, stunnel and emulator logs)
#
# Runs: (1) `colvault-cli backup` of the class from an emulator with the latency; (2) `colvault-cli restore` of that
# archive into a second, empty emulator with the same latency; (3)/(4) the same two through stunnel (TLS 1.3, a
# self-signed certificate made here, --ca-file), the restore into the emptied second emulator; (5) `colvault-cli
# list` of a class with 10,000 tenants x 2 objects: the collection summaries the GUI loads on Connect. Requests and
# connections are the deltas of the emulator's GET /__emulator/stats around each run (stunnel opens one backend
# connection per client connection), plus its gRPC calls with --grpc (plaintext, straight to the emulator, also in
# the TLS runs); TLS handshakes are stunnel's "new session negotiated" and "previous session reused" log lines.
# Exits non-zero when a run fails or restores a different number of objects, not when a target is missed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

build="${COLVAULT_BUILD_DIR:-$repo/build/dev}"
tenants=1000
per_tenant=20
dims=64
latency=10
skip_tls=0
grpc=0
connect_tenants=10000
doc=""
keep=0

while [[ $# -gt 0 ]]; do
    case "$1" in
    --build) build="$2"; shift ;;
    --tenants) tenants="$2"; shift ;;
    --objects) per_tenant="$2"; shift ;;
    --dims) dims="$2"; shift ;;
    --latency) latency="$2"; shift ;;
    --skip-tls) skip_tls=1 ;;
    --doc) doc="$2"; shift ;;
    --keep) keep=1 ;;
    --connect-tenants) connect_tenants="$2"; shift ;;
    --grpc) grpc=1 ;;
    -h|--help) sed -n '5,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

bench_name=field
# shellcheck source=bench/common.sh
source "$repo/bench/common.sh"
for tool in curl openssl; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed" >&2; exit 2; }
done
stunnel="$(command -v stunnel4 || command -v stunnel || true)"
[[ "$skip_tls" == 1 || -n "$stunnel" ]] || { echo "run.sh: stunnel4 is not installed (or pass --skip-tls)" >&2; exit 2; }

class=FieldNote
total=$((tenants * per_tenant))
cli_common=()

# More processes than common.sh's one emulator: stop them all on exit, then let common.sh clean up.
pids=()
field_cleanup() {
    local p
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    cleanup
}
trap field_cleanup EXIT

# Starts an emulator with the latency; sets url_<tag>, and grpc_<tag> (host:port) with --grpc.
start_emulator() {
    local tag="$1" pid u="" g="" extra=()
    [[ "$grpc" == 1 ]] && extra=(--grpc-port 0)
    "$emulator" --port 0 "${extra[@]}" --faults "latency=$latency" >"$work/emulator-$tag.out" \
        2>"$work/emulator-$tag.err" &
    pid=$!
    pids+=("$pid")
    for _ in $(seq 1 200); do
        if [[ -s "$work/emulator-$tag.out" ]] \
            && [[ "$(head -n 1 "$work/emulator-$tag.out")" =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+) ]]; then
            u="${BASH_REMATCH[1]}"
            [[ "$grpc" == 0 ]] && break
            if [[ "$(sed -n 2p "$work/emulator-$tag.out")" =~ gRPC\ listening\ on\ (127\.0\.0\.1:[0-9]+) ]]; then
                g="${BASH_REMATCH[1]}"
                break
            fi
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n "$u" && ( "$grpc" == 0 || -n "$g" ) ]] \
        || { cat "$work/emulator-$tag.err" >&2; echo "run.sh: the emulator did not start" >&2; exit 1; }
    printf -v "url_$tag" '%s' "$u"
    printf -v "grpc_$tag" '%s' "$g"
}

free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

# "connections requests grpcCalls" of an emulator, from GET /__emulator/stats (which counts its own connection and
# request).
stats_of() {
    curl -sf "$1/__emulator/stats" | node -e '
        const s = JSON.parse(require("fs").readFileSync(0, "utf8"));
        console.log(`${s.connectionsAccepted ?? "?"} ${s.requests} ${s.grpcCalls ?? 0}`)'
}

json_num() { node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r[process.argv[2]] ?? "")' "$1" "$2"; }
wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i]; print w }' "$1"; }
tls_lines() { if [[ -f "$work/stunnel.log" ]]; then grep -c "$1" "$work/stunnel.log" || true; else echo 0; fi; }

# Runs one colvault-cli command against emulator EMU (src, dst, gui); sets r_wall r_requests r_grpc r_conns r_new
# r_reused r_json. Usage: measure TAG EMU CLI_ARGS...
measure() {
    local tag="$1" emu_url grpc_addr c0 q0 g0 c1 q1 g1 n0 s0 grpc_args
    emu_url="$(eval echo "\$url_$2")"
    grpc_addr="$(eval echo "\$grpc_$2")"
    shift 2
    # Port 1 is closed: the CLI's one gRPC attempt is refused at once and it counts through GraphQL.
    grpc_args=(--grpc-port 1)
    [[ -n "$grpc_addr" ]] && grpc_args=(--grpc-url "grpc://$grpc_addr")
    read -r c0 q0 g0 < <(stats_of "$emu_url")
    n0="$(tls_lines 'TLS accepted: new session negotiated')"
    s0="$(tls_lines 'TLS accepted: previous session reused')"
    /usr/bin/time -v "$cli" "$@" "${grpc_args[@]}" "${cli_common[@]}" --json >"$work/$tag.json" 2>"$work/$tag.time" \
        || { cat "$work/$tag.time" >&2; echo "run.sh: colvault-cli $1 ($tag) failed" >&2; exit 1; }
    read -r c1 q1 g1 < <(stats_of "$emu_url")
    r_json="$work/$tag.json"
    r_wall="$(wall_of "$work/$tag.time")"
    # Less the stats request after the run, and its connection.
    r_requests=$((q1 - q0 - 1 + g1 - g0))
    r_grpc=$((g1 - g0))
    r_conns=$((c1 - c0 - 1))
    r_new=$(($(tls_lines 'TLS accepted: new session negotiated') - n0))
    r_reused=$(($(tls_lines 'TLS accepted: previous session reused') - s0))
    log "$tag: $r_wall s, $r_requests requests ($r_grpc gRPC), $r_conns connections$([[ -n "$stunnel" && "$tag" == tls-* ]] && echo ", TLS handshakes $r_new new + $r_reused resumed")"
}

check_objects() {
    local got
    got="$(json_num "$r_json" objects)"
    [[ "$got" == "$total" ]] || { echo "run.sh: $1 moved $got objects, expected $total" >&2; exit 1; }
    if [[ "$1" == *restore* ]]; then
        node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
            process.exit(r.failureCount === 0 && (r.countMismatches ?? []).length === 0 ? 0 : 1)' "$r_json" \
            || { echo "run.sh: $1 reported failures or count mismatches" >&2; exit 1; }
    fi
}

rows=()
add_row() { # name tls?
    local per tls="–" requests="$r_requests"
    per="$(calc "%.2f" "$r_requests / $tenants")"
    [[ "$2" == 1 ]] && tls="$r_new + $r_reused"
    [[ "$grpc" == 1 ]] && requests="$r_requests ($r_grpc gRPC)"
    rows+=("| $1 | $r_wall | $requests | $per | $r_conns | $tls |")
}

# ------------------------------------------------------------------------------------------------------------------
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "build: $build; work: $work; $tenants tenants x $per_tenant objects x $dims dims, latency $latency ms"
start_emulator src
start_emulator dst
log "seeding $url_src"
node "$here/seed-tenants.mjs" "$url_src" "$class" "$tenants" "$per_tenant" "$dims" >"$work/seed.json" 2>"$work/seed.err" \
    || { cat "$work/seed.err" >&2; exit 1; }
log "seeded: $(cat "$work/seed.json")"

log "(1) backup over HTTP"
measure http-backup src backup "$class" --url "$url_src" -o "$work/field.tar.zst"
check_objects http-backup
add_row "backup, HTTP" 0
b_wall=$r_wall

log "(2) restore over HTTP into an empty server"
measure http-restore dst restore "$work/field.tar.zst" --url "$url_dst" --yes
check_objects http-restore
add_row "restore into an empty server, HTTP" 0
r_wall_http=$r_wall

if [[ "$skip_tls" == 0 ]]; then
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
        -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" 2>"$work/openssl.err" \
        || { cat "$work/openssl.err" >&2; exit 1; }
    port_src="$(free_port)"
    port_dst="$(free_port)"
    cat >"$work/stunnel.conf" <<EOF
foreground = yes
pid =
debug = info
output = $work/stunnel.log
cert = $work/cert.pem
key = $work/key.pem
[src]
accept = 127.0.0.1:$port_src
connect = ${url_src#http://}
[dst]
accept = 127.0.0.1:$port_dst
connect = ${url_dst#http://}
EOF
    "$stunnel" "$work/stunnel.conf" >"$work/stunnel.out" 2>&1 &
    pids+=("$!")
    for _ in $(seq 1 100); do
        grep -q "bound to 127.0.0.1:$port_dst" "$work/stunnel.log" 2>/dev/null && break
        sleep 0.1
    done
    grep -q "bound to 127.0.0.1:$port_dst" "$work/stunnel.log" \
        || { cat "$work/stunnel.out" >&2; echo "run.sh: stunnel did not start" >&2; exit 1; }
    cli_common+=(--ca-file "$work/cert.pem")

    log "(3) backup through TLS"
    measure tls-backup src backup "$class" --url "https://127.0.0.1:$port_src" -o "$work/field-tls.tar.zst"
    check_objects tls-backup
    add_row "backup, TLS (stunnel)" 1

    curl -sf -X POST "$url_dst/__emulator/reset" >/dev/null
    log "(4) restore through TLS into an empty server"
    measure tls-restore dst restore "$work/field.tar.zst" --url "https://127.0.0.1:$port_dst" --yes
    check_objects tls-restore
    add_row "restore into an empty server, TLS (stunnel)" 1
fi

c_wall=""
if [[ "$connect_tenants" -gt 0 ]]; then
    start_emulator gui
    log "seeding $url_gui with $connect_tenants tenants"
    node "$here/seed-tenants.mjs" "$url_gui" ConnectNote "$connect_tenants" 2 "$dims" >"$work/seed-gui.json" \
        2>"$work/seed-gui.err" || { cat "$work/seed-gui.err" >&2; exit 1; }
    cli_common=()
    log "(5) list: the collection summaries of Connect, $connect_tenants tenants"
    measure list gui list --url "$url_gui"
    node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const c = r.collections.find((x) => x.name === "ConnectNote");
        process.exit(c && c.objects === 2 * Number(process.argv[2]) ? 0 : 1)' "$r_json" "$connect_tenants" \
        || { echo "run.sh: list did not count $((2 * connect_tenants)) objects" >&2; exit 1; }
    c_wall=$r_wall
    c_tenants_saved=$tenants
    tenants=$connect_tenants
    add_row "list (Connect's summaries), $connect_tenants tenants x 2 objects, HTTP" 0
    tenants=$c_tenants_saved
fi

# --- results ------------------------------------------------------------------------------------------------------
verdict() { if awk "BEGIN { exit !($1) }"; then echo "yes"; else echo "**no**"; fi; }
cpu_model="$(lscpu | awk -F': +' '/^Model name/ { print $2; exit }')"
commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ) (repository at $commit), \`bench/field/run.sh\`: $tenants tenants x" \
        "$per_tenant objects x $dims dims, $latency ms added to every request, $([[ $grpc == 1 ]] && echo "gRPC on" || echo "no gRPC"), on" \
        "$(nproc) cores ($cpu_model). Load average before the run: $load_before. Connections: REST only."
    echo
    echo "| run | wall s | requests | requests per tenant | connections opened | TLS handshakes (new + resumed) |"
    echo "|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "| target | measured | met |"
    echo "|---|---|---|"
    echo "| backup <= 5 s (goal 2.5 s) | $b_wall s | $(verdict "$b_wall <= 5") |"
    echo "| restore <= 3 s (goal 1.5 s) | $r_wall_http s | $(verdict "$r_wall_http <= 3") |"
    if [[ -n "$c_wall" ]]; then
        echo "| Connect with $connect_tenants tenants <= 2 s | $c_wall s | $(verdict "$c_wall <= 2") |"
    fi
} >"$work/results.md"

echo
cat "$work/results.md"

if [[ -n "$doc" ]]; then
    write_results_into_doc "$doc" field
fi
