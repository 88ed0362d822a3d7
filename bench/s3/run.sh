#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The S3 backup benchmark (docs/s3.md): one legacy-vector collection from the emulator backed up by colvault-cli to a
# local file and to s3://BUCKET/KEY on the S3 test server (s3rver, tests/s3), in alternating runs on the same data.
#
#   bench/s3/run.sh [--quick] [--build DIR] [--objects N] [--dims D] [--page-size N] [--runs N] [--doc FILE] [--keep]
#
#   --quick        10K x 1536 instead of 100K x 1536
#   --runs N       backups per destination, alternating file and S3 (default 2); the table shows the median wall time
#                  and the highest peak RSS of each
#   --build DIR    build directory holding colvault-cli, weaviate-emulator, colvault-seed
#                  (default $COLVAULT_BUILD_DIR, else build/dev); the script builds nothing itself
#   --doc FILE     also write the results into FILE between the "bench:s3" markers (docs/benchmarks.md)
#   --keep         keep the work directory (archives, server data, logs)
#
# Measures each `colvault-cli backup` under /usr/bin/time -v (wall time, peak RSS, CPU) and the CPU the emulator and
# s3rver (node, writing every part to disk and joining them on completion) used meanwhile, and how long s3rver's
# CompleteMultipartUpload took and how long the archive writer waited for parts on their way (colvault-cli's log);
# then `colvault-cli verify` of one archive of each kind, and bench/s3/ceiling.sh: the same archive uploaded to a
# fresh s3rver by curl, what s3rver alone needs. Targets:
# the S3 rate at least 80% of the file rate, peak RSS at most 200 MB. Exits non-zero if a step fails, not when a
# target is missed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

build="${COLVAULT_BUILD_DIR:-$repo/build/dev}"
objects=100000
dims=1536
page=500
runs=2
doc=""
keep=0
mode="full"

while [[ $# -gt 0 ]]; do
    case "$1" in
    --quick) objects=10000; mode="quick" ;;
    --build) build="$2"; shift ;;
    --objects) objects="$2"; mode="custom"; shift ;;
    --dims) dims="$2"; mode="custom"; shift ;;
    --page-size) page="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --doc) doc="$2"; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '5,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

bench_name=s3
# shellcheck source=bench/common.sh
source "$repo/bench/common.sh"
[[ -d "$repo/tests/s3/node_modules/@20minutes/s3rver" ]] || { echo "run.sh: run 'npm ci' in tests/s3 first" >&2; exit 2; }

s3_pid=""
stop_s3() {
    if [[ -n "$s3_pid" ]] && kill -0 "$s3_pid" 2>/dev/null; then
        kill "$s3_pid" 2>/dev/null || true
        wait "$s3_pid" 2>/dev/null || true
    fi
    s3_pid=""
}
trap 'stop_s3; cleanup' EXIT

# Reads "wall_seconds peak_rss_kib user_seconds system_seconds" from /usr/bin/time -v output.
parse_time() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        /User time/ { u = $2 }
        /System time/ { s = $2 }
        END { printf "%s %s %s %s\n", w, rss, u, s }' "$1"
}
json_num() { node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r[process.argv[2]] ?? "")' "$1" "$2"; }
free_port() { node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo "yes"; else echo "**no**"; fi; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

start_emulator() {
    "$emulator" --port 0 >"$work/emulator.out" 2>"$work/emulator.err" &
    emu_pid=$!
    url=""
    for _ in $(seq 1 200); do
        if [[ -s "$work/emulator.out" ]] \
            && [[ "$(head -n 1 "$work/emulator.out")" =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+) ]]; then
            url="${BASH_REMATCH[1]}"
            break
        fi
        kill -0 "$emu_pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n "$url" ]] || { cat "$work/emulator.err" >&2; echo "run.sh: the emulator did not start" >&2; exit 1; }
    log "seeding $objects x $dims into the emulator at $url"
    "$seeder" --url "$url" --collections Article --objects "$objects" --dims "$dims" --batch-size 100 --concurrency 2 \
        >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
}

# s3rver with one bucket, its data under $work (the same disk as the file archives), keys as tests/support/S3Server.
start_s3() {
    local port
    port="$(free_port)"
    mkdir -p "$work/s3-data"
    printf '{"port": %s, "directory": "%s", "buckets": ["bench"], "accessKeyId": "BENCHKEY", "secretAccessKey": "bench-secret"}\n' \
        "$port" "$work/s3-data" >"$work/s3.json"
    node --openssl-legacy-provider "$repo/tests/s3/start.cjs" "$work/s3.json" >"$work/s3.out" 2>&1 &
    s3_pid=$!
    for _ in $(seq 1 100); do
        grep -q "s3rver listening" "$work/s3.out" 2>/dev/null && break
        kill -0 "$s3_pid" 2>/dev/null || break
        sleep 0.1
    done
    grep -q "s3rver listening" "$work/s3.out" || { cat "$work/s3.out" >&2; echo "run.sh: s3rver did not start" >&2; exit 1; }
    export AWS_ACCESS_KEY_ID=BENCHKEY AWS_SECRET_ACCESS_KEY=bench-secret AWS_REGION=us-east-1
    export AWS_ENDPOINT_URL="http://127.0.0.1:$port"
    unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL_S3
}

# One backup to $2 (a path or s3:// URL), tagged $1. Appends "wall rss_kib user sys emu_cpu s3_cpu complete_s
# waited_s" to $work/$1.txt (complete_s: CompleteMultipartUpload, waited_s: how long the archive writer waited for
# parts on their way, both from the upload's line in the log file, which both destinations write alike; 0 for a file).
backup_once() {
    local tag="$1" dest="$2" n="$3" e0 e1 s0 s1 wall rss user sys complete
    e0="$(cpu_of "$emu_pid")"
    s0="$(cpu_of "$s3_pid")"
    /usr/bin/time -v "$cli" backup Article --url "$url" -o "$dest" --page-size "$page" --json \
        --log-file "$work/backup-$tag-$n.log" \
        >"$work/backup-$tag-$n.json" 2>"$work/backup-$tag-$n.time" \
        || { cat "$work/backup-$tag-$n.time" >&2; echo "run.sh: backup to $dest failed" >&2; exit 1; }
    e1="$(cpu_of "$emu_pid")"
    s1="$(cpu_of "$s3_pid")"
    read -r wall rss user sys < <(parse_time "$work/backup-$tag-$n.time")
    [[ "$(json_num "$work/backup-$tag-$n.json" objects)" == "$objects" ]] \
        || { echo "run.sh: the backup to $dest did not write $objects objects" >&2; exit 1; }
    complete="$(sed -n 's/.*CompleteMultipartUpload \([0-9]*\) ms.*/\1/p' "$work/backup-$tag-$n.log")"
    complete="$(calc "%.2f" "${complete:-0} / 1000")"
    waited="$(sed -n 's/.*the writer waited \([0-9]*\) ms.*/\1/p' "$work/backup-$tag-$n.log")"
    waited="$(calc "%.2f" "${waited:-0} / 1000")"
    echo "$wall $rss $user $sys $(calc "%.2f" "$e1 - $e0") $(calc "%.2f" "$s1 - $s0") $complete $waited" \
        >>"$work/$tag.txt"
    archive_bytes="$(json_num "$work/backup-$tag-$n.json" archiveBytes)"
    log "$tag run $n: $wall s, peak RSS $((rss / 1024)) MiB, archive $(mib "$archive_bytes") MiB"
}

column() { awk -v c="$2" '{ printf "%s ", $c }' "$work/$1.txt"; }
max_of() { column "$1" "$2" | tr ' ' '\n' | grep -v '^$' | sort -g | tail -n 1; }

# ------------------------------------------------------------------------------------------------------------------
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "build: $build; work: $work; $objects x $dims, page size $page, $runs runs per destination"
start_emulator
start_s3

for n in $(seq 1 "$runs"); do
    backup_once file "$work/file-$n.tar.zst" "$n"
    [[ "$n" == "$runs" ]] || rm -f "$work/file-$n.tar.zst"
    backup_once s3 "s3://bench/run-$n.tar.zst" "$n"
done

log "verify"
verify_file="FAILED"
"$cli" verify "$work/file-$runs.tar.zst" >"$work/verify-file.log" 2>&1 && verify_file="passed"
verify_s3="FAILED"
/usr/bin/time -v "$cli" verify "s3://bench/run-$runs.tar.zst" >"$work/verify-s3.log" 2>"$work/verify-s3.time" \
    && verify_s3="passed"
read -r v_wall v_rss _ _ < <(parse_time "$work/verify-s3.time")
s3_rss_kib="$(rss_of "$s3_pid" VmHWM)"
stop_s3
log "ceiling: the same archive uploaded to s3rver by curl"
ceiling="$("$here/ceiling.sh" "$work/file-$runs.tar.zst")"

f_wall="$(column file 1 | median)"
s_wall="$(column s3 1 | median)"
f_rate="$(calc "%.0f" "$objects / $f_wall")"
s_rate="$(calc "%.0f" "$objects / $s_wall")"
f_rss="$(max_of file 2)"
s_rss="$(max_of s3 2)"
share="$(calc "%.2f" "$s_rate / $f_rate")"
s_complete="$(column s3 7 | median)"
s_waited="$(column s3 8 | median)"
s_net_rate="$(calc "%.0f" "$objects / ($s_wall - $s_complete)")"
cpu_model="$(lscpu | awk -F': +' '/^Model name/ { print $2; exit }')"
row() { # tag label
    local user sys emu node
    user="$(column "$1" 3 | median)"
    sys="$(column "$1" 4 | median)"
    emu="$(column "$1" 5 | median)"
    node="$(column "$1" 6 | median)"
    echo "| $2 | $3 | $4 | $(( $5 / 1024 )) | $user + $sys | $emu | $node | $(column "$1" 1)|"
}

{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ), \`bench/s3/run.sh$([[ $mode == quick ]] && echo " --quick")\` ($mode sizes: $objects x $dims," \
        "one collection), page size $page, $runs runs per destination alternating, on $(nproc) cores ($cpu_model)." \
        "Emulator, s3rver and colvault-cli share the cores; load average before the run: $load_before."
    echo
    echo "| destination | wall s (median) | objects/s | peak RSS MiB | colvault-cli CPU s (user + sys) | emulator CPU s | s3rver CPU s | every wall s |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
    row file "local file" "$f_wall" "$f_rate" "$f_rss"
    row s3 "s3rver (loopback)" "$s_wall" "$s_rate" "$s_rss"
    echo
    echo "| target | measured | met |"
    echo "|---|---|---|"
    echo "| S3 rate >= 80% of the file rate | $s_rate / $f_rate objects/s = $share | $(verdict "$share >= 0.8") |"
    echo "| peak RSS of colvault-cli <= 200 MB (S3) | $(calc "%.0f" "$s_rss * 1024 / 1e6") MB | $(verdict "$s_rss * 1024 <= 200e6") |"
    echo
    echo "s3rver's CompleteMultipartUpload (it joins every part into one file: the archive read, hashed and written" \
        "once more) took $s_complete s of the median S3 run (every run: $(column s3 7)s); without it the S3 rate would be" \
        "$s_net_rate objects/s, $(calc "%.2f" "$s_net_rate / $f_rate") of the file rate. The archive writer waited" \
        "$s_waited s (median; every run: $(column s3 8)s) for parts on their way: the rest of the time the uploads kept up."
    echo
    echo "Ceiling (\`bench/s3/ceiling.sh\`, s3rver alone, no colvault code): $ceiling."
    echo
    echo "Archive $(mib "$archive_bytes") MiB. verify: file $verify_file, S3 $verify_s3 ($v_wall s, peak RSS $((v_rss / 1024)) MiB)." \
        "s3rver peak RSS $((s3_rss_kib / 1024)) MiB."
} >"$work/results.md"

echo
cat "$work/results.md"
[[ -z "$doc" ]] || write_results_into_doc "$doc" s3
