#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Compares two colvault-cli builds on the backup benchmark's data (docs/benchmarks.md): one emulator seeded once,
# then backups by the old and the new binary in alternating runs, so that both see the same load on a shared
# machine, and a check that their archives hold byte-identical objects.
#
#   bench/backup/compare.sh OLD_CLI [--build DIR] [--new CLI] [--runs N] [--objects N] [--dims D] [--page-size N]
#                           [--keep]
#
#   OLD_CLI        the colvault-cli to compare against (a copy of the previous build)
#   --build DIR    build directory holding the new colvault-cli, weaviate-emulator and colvault-seed (default
#                  $COLVAULT_BUILD_DIR, else build/dev); the script builds nothing itself
#   --new CLI      another colvault-cli to compare instead of the build's
#   --runs N       backups per binary (default 5), alternating old, new, old, new, ...
#   --objects N    objects of Article (default 100000), --dims D vector dimensions (default 1536),
#   --page-size N  the backup's page size (default 500)
#   --keep         keep the work directory
#
# Prints each run (wall time, CPU, peak RSS) and per binary the fastest and the median run; on a machine shared with
# other work the fastest is the better estimate of what the code does, the median of what to expect. Then compares
# the object entries (collections/*/objects/*) of the two binaries' last archives byte for byte: the manifest and
# the trailer carry times and differ anyway. Exits non-zero when a backup fails or the objects differ.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

build="${COLVAULT_BUILD_DIR:-$repo/build/dev}"
old=""
new=""
runs=5
objects=100000
dims=1536
page=500
keep=0

while [[ $# -gt 0 ]]; do
    case "$1" in
    --build) build="$2"; shift ;;
    --new) new="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --objects) objects="$2"; shift ;;
    --dims) dims="$2"; shift ;;
    --page-size) page="$2"; shift ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '5,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) old="$1" ;;
    esac
    shift
done
[[ -n "$old" && -x "$old" ]] || { echo "compare.sh: give the old colvault-cli (see --help)" >&2; exit 2; }
command -v zstd >/dev/null || { echo "compare.sh: zstd is not installed" >&2; exit 2; }

bench_name=compare
source "$repo/bench/common.sh"
[[ -n "$new" ]] || new="$cli"
[[ -x "$new" ]] || { echo "compare.sh: $new is not executable" >&2; exit 2; }

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
[[ -n "$url" ]] || { cat "$work/emulator.err" >&2; echo "compare.sh: the emulator did not start" >&2; exit 1; }
log "seeding $objects x $dims into the emulator at $url"
"$seeder" --url "$url" --collections Article --objects "$objects" --dims "$dims" --batch-size 100 --concurrency 2 \
    >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }

# One backup; prints "wall cpu rss_mib".
backup() {
    local bin="$1" archive="$2"
    rm -f "$archive"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" backup Article --url "$url" -o "$archive" \
        --page-size "$page" --json >"$work/backup.json" 2>"$work/backup.err" \
        || { cat "$work/backup.err" >&2; echo "compare.sh: $bin backup failed" >&2; exit 1; }
    read -r wall user sys rss <"$work/time"
    echo "$wall $(calc "%.2f" "$user + $sys") $((rss / 1024))"
}

declare -A walls cpus rsss
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
    for side in old new; do
        bin="$old"
        [[ "$side" == new ]] && bin="$new"
        read -r wall cpu rss < <(backup "$bin" "$work/$side.tar.zst")
        log "run $i $side: $wall s, CPU $cpu s, peak RSS $rss MiB, $(calc "%.0f" "$objects / $wall") objects/s"
        walls[$side]+="$wall "
        cpus[$side]+="$cpu "
        rsss[$side]+="$rss "
    done
done

fastest() { tr ' ' '\n' | grep -v '^$' | sort -g | head -n 1; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
highest() { tr ' ' '\n' | grep -v '^$' | sort -g | tail -n 1; }

echo
echo "$objects x $dims, page size $page, $runs runs each, alternating; load average before: $load_before"
echo
echo "| binary | fastest s | objects/s | median s | objects/s | CPU s (median) | peak RSS MiB (highest) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for side in old new; do
    bin="$old"
    [[ "$side" == new ]] && bin="$new"
    f="$(echo "${walls[$side]}" | fastest)"
    m="$(echo "${walls[$side]}" | median)"
    echo "| $side: $bin | $f | $(calc "%.0f" "$objects / $f") | $m | $(calc "%.0f" "$objects / $m") |" \
        "$(echo "${cpus[$side]}" | median) | $(echo "${rsss[$side]}" | highest) |"
done

for side in old new; do
    mkdir -p "$work/x-$side"
    zstd -dcq "$work/$side.tar.zst" | tar -x -C "$work/x-$side"
done
entries="$(find "$work/x-old/collections" -type f | wc -l)"
if diff -r "$work/x-old/collections" "$work/x-new/collections" >/dev/null; then
    echo
    echo "Objects: identical ($entries entries under collections/)."
else
    echo
    echo "Objects: DIFFERENT:"
    diff -rq "$work/x-old/collections" "$work/x-new/collections" | head -n 20
    exit 1
fi
