#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The copy benchmark (docs/benchmarks.md): one legacy-vector collection copied between two emulators on loopback
# with `colvault-cli copy`, beside `colvault-cli restore` of the same collection from an archive into a fresh
# emulator, and `colvault-cli copy --archive FILE` (the copy also writing and verifying an archive), in alternating
# runs on the same machine.
#
#   bench/copy/run.sh [--quick] [--build DIR] [--objects N] [--dims D] [--runs N] [--transport auto|rest|grpc]
#                     [--no-archive] [--doc FILE] [--keep]
#
#   --quick             10K x 1536 instead of 100K x 1536
#   --build DIR         build directory holding colvault-cli, weaviate-emulator, colvault-seed
#                       (default $COLVAULT_BUILD_DIR, else build/dev); the script builds nothing itself
#   --runs N            restore, copy and copy --archive N times each, alternating (default 1); the table shows
#                       every run
#   --no-archive        leave out the copy --archive runs
#   --transport T       the CLI's --transport for both commands (default auto: gRPC, which the emulators serve)
#   --doc FILE          also write the results into FILE between the "bench:copy" markers
#   --keep              keep the work directory (archive, reports, logs)
#
# Measures, for each command under /usr/bin/time -v: wall time (plan + apply + count check), objects/s, peak RSS
# and CPU of colvault-cli, and the CPU of the emulators (the copy's source serves the cursor pages, its target
# takes the batches). Each report must count every object with no failure, and the target's count must match; a
# copy --archive must report its archive verified and holding every object (the archive is deleted after each run).
# The source emulator stays up for the whole run; each restore and copy gets a fresh target. Exits non-zero if a
# step fails, not when a target is missed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

build="${COLVAULT_BUILD_DIR:-$repo/build/dev}"
objects=100000
dims=1536
runs=1
transport="auto"
doc=""
keep=0
mode="full"
with_archive=1

while [[ $# -gt 0 ]]; do
    case "$1" in
    --quick) objects=10000; mode="quick" ;;
    --build) build="$2"; shift ;;
    --objects) objects="$2"; mode="custom"; shift ;;
    --dims) dims="$2"; mode="custom"; shift ;;
    --runs) runs="$2"; shift ;;
    --transport) transport="$2"; shift ;;
    --doc) doc="$2"; shift ;;
    --keep) keep=1 ;;
    --no-archive) with_archive=0 ;;
    -h|--help) sed -n '5,30p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
case "$transport" in auto|rest|grpc) ;; *) echo "run.sh: --transport takes auto, rest or grpc" >&2; exit 2 ;; esac

bench_name=copy
# shellcheck source=bench/common.sh
source "$repo/bench/common.sh"

# The source emulator runs beside the target ones ($emu_pid, which common.sh stops): stopped on exit too.
source_pid=""
stop_all() {
    if [[ -n "$source_pid" ]]; then kill "$source_pid" 2>/dev/null || true; fi
    cleanup
}
trap stop_all EXIT

# Launches an emulator with gRPC; prints "PID REST-URL GRPC-URL" once both listeners are announced.
launch() {
    local out="$work/emulator-$1.out"
    "$emulator" --port 0 --grpc-port 0 >"$out" 2>"$work/emulator-$1.err" &
    local pid=$! rest="" grpc=""
    for _ in $(seq 1 200); do
        rest="$(grep -m1 -o 'http://127\.0\.0\.1:[0-9]*' "$out" || true)"
        grpc="$(grep -m1 -o 'gRPC listening on 127\.0\.0\.1:[0-9]*' "$out" | sed 's/gRPC listening on /grpc:\/\//' || true)"
        [[ -n "$rest" && -n "$grpc" ]] && { echo "$pid $rest $grpc"; return 0; }
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$work/emulator-$1.err" >&2
    echo "run.sh: the emulator ($1) did not start" >&2
    return 1
}

field() { node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r[process.argv[2]] ?? "")' "$1" "$2"; }
# wall seconds, peak RSS KiB, user s, system s from /usr/bin/time -v.
timing() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
        /Maximum resident set size/ { rss = $2 }
        /User time/ { u = $2 }
        /System time/ { s = $2 }
        END { printf "%s %s %s %s\n", w, rss, u, s }' "$1"
}
# Aggregate count of Article on the emulator at $1.
count_on() {
    curl -s -X POST -H 'content-type: application/json' --data '{"query":"{Aggregate{Article{meta{count}}}}"}' \
        "$1/v1/graphql" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).data.Aggregate.Article[0].meta.count)}catch(e){console.log(-1)}})'
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log "build: $build; work: $work; $objects x $dims, $runs run(s), --transport $transport"

read -r source_pid source_url source_grpc < <(launch source)
log "seeding $objects x $dims into the source"
"$seeder" --url "$source_url" --collections Article --objects "$objects" --dims "$dims" --batch-size 100 \
    --concurrency 2 >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }
archive="$work/article.tar.zst"
"$cli" backup Article --url "$source_url" --grpc-url "$source_grpc" -o "$archive" --json >"$work/backup.json" \
    2>"$work/backup.err" || { cat "$work/backup.err" >&2; echo "run.sh: backup failed" >&2; exit 1; }
log "archive $(mib "$(stat -c %s "$archive")") MiB"

rows=""
# One timed command into a fresh target: restore (from the archive) or copy (from the source emulator).
measure() {
    local kind="$1" run="$2" target_pid target_url target_grpc
    read -r target_pid target_url target_grpc < <(launch "$kind$run")
    emu_pid="$target_pid"
    local src_cpu0 tgt_cpu0 src_cpu1 tgt_cpu1
    src_cpu0="$(cpu_of "$source_pid")"
    tgt_cpu0="$(cpu_of "$target_pid")"
    local args
    if [[ "$kind" == restore ]]; then
        args=(restore "$archive" --url "$target_url" --grpc-url "$target_grpc")
    else
        args=(copy Article --url "$source_url" --grpc-url "$source_grpc" --to-url "$target_url"
            --to-grpc-url "$target_grpc")
    fi
    [[ "$kind" == archive ]] && args+=(--archive "$work/copy$run.tar.zst")
    /usr/bin/time -v "$cli" "${args[@]}" --transport "$transport" --yes --json >"$work/$kind$run.json" \
        2>"$work/$kind$run.time" || { cat "$work/$kind$run.time" >&2; echo "run.sh: $kind failed" >&2; exit 1; }
    src_cpu1="$(cpu_of "$source_pid")"
    tgt_cpu1="$(cpu_of "$target_pid")"
    local n failed counted wall rss user sys
    n="$(field "$work/$kind$run.json" objects)"
    failed="$(field "$work/$kind$run.json" failureCount)"
    counted="$(count_on "$target_url")"
    [[ "$n" == "$objects" && "${failed:-0}" == 0 && "$counted" == "$objects" ]] \
        || { echo "run.sh: $kind wrote $n objects ($failed failed, $counted counted), expected $objects" >&2; exit 1; }
    local archived=""
    if [[ "$kind" == archive ]]; then
        archived="$(node -e 'const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).archive || {}; console.log(a.verified && a.objects == process.argv[2] ? a.bytes : "")' "$work/$kind$run.json" "$objects")"
        [[ -n "$archived" && -f "$work/copy$run.tar.zst" ]] \
            || { echo "run.sh: copy --archive reported no verified archive of $objects objects" >&2; exit 1; }
        rm -f "$work/copy$run.tar.zst" # 100K x 1536 is ~600 MB a run
    fi
    stop_emulator
    read -r wall rss user sys < <(timing "$work/$kind$run.time")
    local emu="target $(calc "%.2f" "$tgt_cpu1 - $tgt_cpu0") s"
    [[ "$kind" != restore ]] && emu="source $(calc "%.2f" "$src_cpu1 - $src_cpu0") s, $emu"
    [[ -n "$archived" ]] && emu="$emu; archive $(mib "$archived") MiB, verified"
    local name="$kind"
    [[ "$kind" == archive ]] && name="copy --archive"
    log "$name $run: $n objects in $wall s ($(calc "%.0f" "$n / $wall")/s), peak RSS $((rss / 1024)) MiB"
    rows="$rows| colvault-cli $name, run $run | $wall | $(calc "%.0f" "$n / $wall") | $((rss / 1024)) | CPU $user user + $sys sys; emulator CPU $emu |"$'\n'
    eval "${kind}_rates+=($(calc "%.0f" "$n / $wall"))"
    eval "(( rss > ${kind}_rss )) && ${kind}_rss=$rss || true"
}
restore_rates=() copy_rates=() archive_rates=() restore_rss=0 copy_rss=0 archive_rss=0
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

for run in $(seq 1 "$runs"); do
    measure restore "$run"
    measure copy "$run"
    if [[ "$with_archive" == 1 ]]; then measure archive "$run"; fi
done

verdict() { if awk "BEGIN { exit !($1) }"; then echo "yes"; else echo "**no**"; fi; }
copy_rate="$(median "${copy_rates[@]}")"
restore_rate="$(median "${restore_rates[@]}")"
cpu_model="$(lscpu | awk -F': +' '/^Model name/ { print $2; exit }')"
{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ), \`bench/copy/run.sh$([[ $mode == quick ]] && echo " --quick")\`" \
        "($mode sizes), --transport $transport, on $(nproc) cores ($cpu_model), $(free -g | awk '/^Mem:/ { print $2 }')" \
        "GiB RAM. The emulators and the client share the cores; load average before the run: $load_before."
    echo
    echo "| $objects x $dims into a fresh emulator | wall s | objects/s | peak RSS MiB | notes |"
    echo "|---|---:|---:|---:|---|"
    printf '%s' "$rows"
    echo
    echo "| target | measured (median of $runs run(s); peak RSS the highest) | met |"
    echo "|---|---|---|"
    echo "| copy at least the restore rate (issue 18) | $copy_rate vs $restore_rate objects/s | $(verdict "$copy_rate >= $restore_rate") |"
    echo "| peak RSS <= 150 MB | $(calc "%.0f" "$copy_rss * 1024 / 1e6") MB | $(verdict "$copy_rss * 1024 <= 150e6") |"
    if [[ "$with_archive" == 1 ]]; then
        archive_rate="$(median "${archive_rates[@]}")"
        echo "| copy --archive at least the restore rate | $archive_rate vs $restore_rate objects/s | $(verdict "$archive_rate >= $restore_rate") |"
        echo "| copy --archive peak RSS <= 150 MB | $(calc "%.0f" "$archive_rss * 1024 / 1e6") MB | $(verdict "$archive_rss * 1024 <= 150e6") |"
    fi
} >"$work/results.md"

echo
cat "$work/results.md"
[[ -z "$doc" ]] || write_results_into_doc "$doc" copy
