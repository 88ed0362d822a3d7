#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The restore benchmark (docs/benchmarks.md): one legacy-vector collection backed up once, then restored three ways
# into a fresh emulator each, with the same batch size and the same number of requests in flight.
#
#   bench/restore/run.sh [--quick] [--build DIR] [--objects N] [--dims D] [--batch-size N] [--concurrency N]
#                        [--transport auto|rest|grpc] [--cli-only] [--ts-concurrency LIST] [--v3 LIST]
#                        [--doc FILE] [--keep]
#
#   --quick             10K x 1536 instead of 100K x 1536
#   --build DIR         build directory holding colvault-cli, weaviate-emulator, colvault-seed
#                       (default $COLVAULT_BUILD_DIR, else build/dev); the script builds nothing itself
#   --concurrency N     batches in flight for colvault-cli and the raw loop (default 10, colvault-cli's own)
#   --transport T       how colvault-cli's objects travel (its --transport): auto (default: gRPC, which the
#                       emulator serves), rest or grpc; the results say which one ran and its gRPC calls
#   --cli-only          only colvault-cli, without the raw loop and the ts-client (for alternating runs)
#   --ts-concurrency L  batchers in flight tried for weaviate-ts-client, best kept (default "1 2 4 8")
#   --v3 LIST           batch sizes x calls in flight tried for weaviate-client v3's insertMany, best kept (default
#                       "200x4", the best of 100x2 200x4 100x8 500x1 500x4 1000x2 on --quick data)
#   --doc FILE          also write the results into FILE between the "bench:restore" markers
#   --keep              keep the work directory (archive, bodies, logs)
#
# Measures: (1) a raw POST loop (node http, keep-alive) of prepared batch bodies, no JSON built or parsed: the
# ceiling; (2) the official weaviate-ts-client v2 batcher on the same objects, at its best concurrency, and the
# official weaviate-client v3's insertMany over gRPC at its best batch size and concurrency; (3)
# `colvault-cli restore --yes` of the archive under /usr/bin/time -v (wall time, peak RSS, CPU; the emulator's CPU),
# whose report must count every object with no failure and no count mismatch. Exits non-zero if a step fails, not
# when a target is missed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

build="${COLVAULT_BUILD_DIR:-$repo/build/dev}"
objects=100000
dims=1536
batch=100
conc=10
ts_conc="1 2 4 8"
v3_tries="200x4"
doc=""
keep=0
mode="full"
transport="auto"
cli_only=0

while [[ $# -gt 0 ]]; do
    case "$1" in
    --quick) objects=10000; mode="quick" ;;
    --build) build="$2"; shift ;;
    --objects) objects="$2"; mode="custom"; shift ;;
    --dims) dims="$2"; mode="custom"; shift ;;
    --batch-size) batch="$2"; shift ;;
    --concurrency) conc="$2"; shift ;;
    --ts-concurrency) ts_conc="$2"; shift ;;
    --v3) v3_tries="$2"; shift ;;
    --transport) transport="$2"; shift ;;
    --cli-only) cli_only=1 ;;
    --doc) doc="$2"; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '5,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
case "$transport" in auto|rest|grpc) ;; *) echo "run.sh: --transport takes auto, rest or grpc" >&2; exit 2 ;; esac

bench_name=restore
# shellcheck source=bench/common.sh
source "$repo/bench/common.sh"
[[ -d "$repo/tests/conformance-v3/node_modules/weaviate-client" ]] \
    || { echo "run.sh: run 'npm ci' in tests/conformance-v3 first" >&2; exit 2; }
json_num() { node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r[process.argv[2]] ?? "")' "$1" "$2"; }
parse_time() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        /User time/ { u = $2 }
        /System time/ { s = $2 }
        END { printf "%s %s %s %s\n", w, rss, u, s }' "$1"
}

# Starts a plain emulator, with its gRPC listener when a second argument is given; sets url, grpc_url and emu_pid.
start_emulator() {
    local tag="$1" grpc_args=()
    [[ $# -gt 1 ]] && grpc_args=(--grpc-port 0)
    "$emulator" --port 0 "${grpc_args[@]}" >"$work/emulator-$tag.out" 2>"$work/emulator-$tag.err" &
    emu_pid=$!
    url="" grpc_url=""
    for _ in $(seq 1 200); do
        if [[ ${#grpc_args[@]} -gt 0 && -z "$grpc_url" ]] \
            && [[ "$(sed -n 2p "$work/emulator-$tag.out")" =~ gRPC\ listening\ on\ (127\.0\.0\.1:[0-9]+) ]]; then
            grpc_url="grpc://${BASH_REMATCH[1]}"
        fi
        if [[ -s "$work/emulator-$tag.out" ]] \
            && [[ "$(head -n 1 "$work/emulator-$tag.out")" =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+) ]] \
            && [[ ${#grpc_args[@]} -eq 0 || -n "$grpc_url" ]]; then
            url="${BASH_REMATCH[1]}"
            break
        fi
        kill -0 "$emu_pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n "$url" ]] || { cat "$work/emulator-$tag.err" >&2; echo "run.sh: the emulator did not start" >&2; exit 1; }
}

# Aggregate count of Article on the running emulator.
count_article() {
    curl -s -X POST -H 'content-type: application/json' --data '{"query":"{Aggregate{Article{meta{count}}}}"}' \
        "$url/v1/graphql" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.Aggregate.Article[0].meta.count))'
}

# ------------------------------------------------------------------------------------------------------------------
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "build: $build; work: $work; $objects x $dims, batch $batch, $conc in flight"

# The source: seeded, backed up once, paged once more into batch bodies for the reference clients.
start_emulator source
log "seeding $objects x $dims"
"$seeder" --url "$url" --collections Article --objects "$objects" --dims "$dims" --batch-size 100 --concurrency 2 \
    >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
archive="$work/article.tar.zst"
"$cli" backup Article --url "$url" -o "$archive" --json >"$work/backup.json" 2>"$work/backup.err" \
    || { cat "$work/backup.err" >&2; echo "run.sh: backup failed" >&2; exit 1; }
body_bytes=""
if [[ "$cli_only" == 0 ]]; then
node "$here/prepare-batches.mjs" "$url" Article "$batch" "$work/bodies.ndjson" "$work/class.json" \
    >"$work/prepare.json" 2>"$work/prepare.err" || { cat "$work/prepare.err" >&2; exit 1; }
body_bytes="$(json_num "$work/prepare.json" bytes)"
log "archive $(mib "$(stat -c %s "$archive")") MiB; batch bodies $(mib "$body_bytes") MiB"
fi
stop_emulator

raw_objects="" raw_seconds="" ts_best_seconds="" ts_best_conc="" ts_best_rss=0 ts_all=""
if [[ "$cli_only" == 0 ]]; then
log "(1) raw POST loop, $conc in flight"
start_emulator raw
node "$here/raw-batch.mjs" "$url" "$work/class.json" "$work/bodies.ndjson" "$conc" >"$work/raw.json" 2>"$work/raw.err" \
    || { cat "$work/raw.err" >&2; exit 1; }
raw_objects="$(json_num "$work/raw.json" objects)"
raw_seconds="$(calc "%.3f" "$(json_num "$work/raw.json" seconds)")"
[[ "$raw_objects" == "$objects" && "$(json_num "$work/raw.json" failed)" == 0 ]] \
    || { echo "run.sh: raw loop wrote $raw_objects objects, expected $objects" >&2; cat "$work/raw.json" >&2; exit 1; }
[[ "$(count_article)" == "$objects" ]] || { echo "run.sh: raw loop: count differs" >&2; exit 1; }
stop_emulator
log "raw: $raw_objects objects in $raw_seconds s"

for c in $ts_conc; do
    log "(2) weaviate-ts-client v2 batcher, $c in flight"
    start_emulator "ts$c"
    /usr/bin/time -v node --max-old-space-size=8192 "$here/tsclient-batch.mjs" "$url" "$work/class.json" \
        "$work/bodies.ndjson" "$c" >"$work/ts$c.json" 2>"$work/ts$c.time" || { cat "$work/ts$c.time" >&2; exit 1; }
    n="$(json_num "$work/ts$c.json" objects)"
    s="$(json_num "$work/ts$c.json" seconds)"
    [[ "$n" == "$objects" ]] || { echo "run.sh: ts-client wrote $n objects, expected $objects" >&2; exit 1; }
    stop_emulator
    read -r _ rss _ _ < <(parse_time "$work/ts$c.time")
    ts_all="$ts_all $c: $(calc "%.0f" "$n / $s")/s;"
    log "ts-client, $c in flight: $(calc "%.2f" "$s") s"
    if [[ -z "$ts_best_seconds" ]] || awk "BEGIN { exit !($s < $ts_best_seconds) }"; then
        ts_best_seconds="$s" ts_best_conc="$c" ts_best_rss="$rss"
    fi
done

v3_best_seconds="" v3_best="" v3_best_rss=0 v3_best_wire=0 v3_all=""
for bc in $v3_tries; do
    b="${bc%x*}" c="${bc#*x}"
    log "(2) weaviate-client v3 insertMany over gRPC, batches of $b, $c in flight"
    start_emulator "v3$bc" grpc
    /usr/bin/time -v node --max-old-space-size=8192 "$here/v3-insert.mjs" "$url" "${grpc_url##*:}" "$work/class.json" \
        "$work/bodies.ndjson" "$b" "$c" >"$work/v3$bc.json" 2>"$work/v3$bc.time" || { cat "$work/v3$bc.time" >&2; exit 1; }
    n="$(json_num "$work/v3$bc.json" objects)"
    s="$(json_num "$work/v3$bc.json" seconds)"
    [[ "$n" == "$objects" ]] \
        || { echo "run.sh: v3 insertMany wrote $n objects, expected $objects" >&2; cat "$work/v3$bc.json" >&2; exit 1; }
    [[ "$(count_article)" == "$objects" ]] || { echo "run.sh: v3 insertMany: count differs" >&2; exit 1; }
    stop_emulator
    read -r _ rss _ _ < <(parse_time "$work/v3$bc.time")
    v3_all="$v3_all $bc: $(calc "%.0f" "$n / $s")/s;"
    log "v3 insertMany, $bc: $(calc "%.2f" "$s") s"
    if [[ -z "$v3_best_seconds" ]] || awk "BEGIN { exit !($s < $v3_best_seconds) }"; then
        v3_best_seconds="$s" v3_best="$bc" v3_best_rss="$rss" v3_best_wire="$(json_num "$work/v3$bc.json" wireBytes)"
    fi
done

fi

log "(3) colvault-cli restore, $conc in flight, --transport $transport"
start_emulator cli grpc
cpu0="$(cpu_of "$emu_pid")"
/usr/bin/time -v "$cli" restore "$archive" --url "$url" --grpc-url "$grpc_url" --transport "$transport" --yes --json \
    --batch-size "$batch" --concurrency "$conc" >"$work/restore.json" 2>"$work/restore.time" \
    || { cat "$work/restore.time" >&2; echo "run.sh: colvault-cli restore failed" >&2; exit 1; }
cpu1="$(cpu_of "$emu_pid")"
# Which way the objects went: BatchObjects calls are about one a batch; the counts add a few.
grpc_calls="$(curl -s "$url/__emulator/stats" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).grpcCalls))')"
if [[ "$grpc_calls" -ge $((objects / batch)) ]]; then ran="gRPC"; else ran="REST"; fi
read -r r_wall r_rss_kib r_user r_sys < <(parse_time "$work/restore.time")
r_objects="$(json_num "$work/restore.json" objects)"
r_refs="$(json_num "$work/restore.json" references)"
r_apply_ms="$(json_num "$work/restore.json" durationMs)"
r_failures="$(json_num "$work/restore.json" failureCount)"
r_emu_cpu="$(calc "%.2f" "$cpu1 - $cpu0")"
[[ "$r_objects" == "$objects" && "${r_failures:-0}" == 0 ]] \
    || { echo "run.sh: restore wrote $r_objects objects ($r_failures failed), expected $objects" >&2; exit 1; }
[[ "$(count_article)" == "$objects" ]] || { echo "run.sh: restore: count differs" >&2; exit 1; }
stop_emulator
log "restore over $ran ($grpc_calls gRPC calls): $r_objects objects, $r_refs references in $r_wall s, peak RSS $((r_rss_kib / 1024)) MiB"

# --- results ------------------------------------------------------------------------------------------------------
rate() { calc "%.0f" "$1 / $2"; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo "yes"; else echo "**no**"; fi; }
r_rate="$(rate "$r_objects" "$r_wall")"
cpu_model="$(lscpu | awk -F': +' '/^Model name/ { print $2; exit }')"
ram="$(free -g | awk '/^Mem:/ { print $2 " GiB" }')"
{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ), \`bench/restore/run.sh$([[ $mode == quick ]] && echo " --quick")\`" \
        "($mode sizes), batch size $batch, on $(nproc) cores ($cpu_model), $ram RAM. Emulator and client share" \
        "the cores; load average before the run: $load_before."
    echo
    echo "| $objects x $dims into a fresh emulator | wall s | objects/s | MiB/s (REST request bodies) | peak RSS MiB | notes |"
    echo "|---|---:|---:|---:|---:|---|"
    if [[ "$cli_only" == 0 ]]; then
        echo "| raw POST loop (node http, no JSON), $conc in flight | $raw_seconds | $(rate "$raw_objects" "$raw_seconds") | $(calc "%.1f" "$body_bytes / 1048576 / $raw_seconds") | – | $(mib "$body_bytes") MiB of request bodies |"
        echo "| weaviate-client v3 insertMany (gRPC), best of $v3_tries (batch x in flight: $v3_best) | $(calc "%.2f" "$v3_best_seconds") | $(rate "$objects" "$v3_best_seconds") | $(calc "%.1f" "$body_bytes / 1048576 / $v3_best_seconds") | $((v3_best_rss / 1024)) | node, parsing the prepared objects not timed; $(mib "$v3_best_wire") MiB written (gRPC, HTTP/2 framing included);$v3_all |"
        echo "| weaviate-ts-client v2 batcher, best of $ts_conc in flight ($ts_best_conc) | $(calc "%.2f" "$ts_best_seconds") | $(rate "$objects" "$ts_best_seconds") | $(calc "%.1f" "$body_bytes / 1048576 / $ts_best_seconds") | $((ts_best_rss / 1024)) | node, parsing the prepared objects not timed;$ts_all |"
    fi
    echo "| colvault-cli restore --transport $transport (objects over $ran), $conc in flight | $r_wall | $r_rate | $([[ -n "$body_bytes" ]] && calc "%.1f" "$body_bytes / 1048576 / $r_wall" || echo –) | $((r_rss_kib / 1024)) | plan + apply (apply $(calc "%.2f" "$r_apply_ms / 1000") s) + count check, from the archive; CPU $r_user user + $r_sys sys; emulator CPU $r_emu_cpu s; $grpc_calls gRPC calls |"
    echo
    echo "| target | measured | met |"
    echo "|---|---|---|"
    if [[ "$ran" == gRPC ]]; then
        echo "| >= 20,000 objects/s over gRPC (issue 21), $objects x $dims | $r_rate objects/s | $(verdict "$r_rate >= 20000") |"
    else
        echo "| >= 10,000 objects/s (goal 12,000), $objects x $dims | $r_rate objects/s | $(verdict "$r_rate >= 10000") |"
    fi
    echo "| peak RSS <= 150 MB | $(calc "%.0f" "$r_rss_kib * 1024 / 1e6") MB | $(verdict "$r_rss_kib * 1024 <= 150e6") |"
} >"$work/results.md"

echo
cat "$work/results.md"

if [[ -n "$doc" ]]; then
    begin='<!-- bench:restore:begin -->'
    end='<!-- bench:restore:end -->'
    if ! grep -qF "$begin" "$doc" || ! grep -qF "$end" "$doc"; then
        echo "run.sh: $doc has no '$begin' / '$end' markers; results not written" >&2
        exit 1
    fi
    awk -v begin="$begin" -v end="$end" -v results="$work/results.md" '
        $0 == begin { print; while ((getline line < results) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$doc" >"$work/doc.md"
    cat "$work/doc.md" >"$doc"
    log "results written to $doc"
fi
