#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# What s3rver itself costs (docs/benchmarks.md, S3): uploads FILE (an archive from bench/s3/run.sh --keep) to a fresh
# s3rver with curl, as colvault-cli does it (8 MiB parts, three in flight, then CompleteMultipartUpload), and prints
# the wall time of the parts, of the completion, and s3rver's CPU. No colvault code runs: this is the ceiling the
# S3 rows of run.sh are measured against.
#
#   bench/s3/ceiling.sh FILE [PARTS_IN_FLIGHT] [PART_MIB]
set -euo pipefail

file="$1"
inflight="${2:-3}"
part_mib="${3:-8}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/colvault-ceiling.XXXXXX")"
s3_pid=""
trap '[[ -n "$s3_pid" ]] && kill "$s3_pid" 2>/dev/null; rm -rf "$work"' EXIT

port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
mkdir -p "$work/s3-data" "$work/parts"
printf '{"port": %s, "directory": "%s", "buckets": ["bench"], "accessKeyId": "BENCHKEY", "secretAccessKey": "bench-secret"}\n' \
    "$port" "$work/s3-data" >"$work/s3.json"
node --openssl-legacy-provider "$repo/tests/s3/start.cjs" "$work/s3.json" >"$work/s3.out" 2>&1 &
s3_pid=$!
for _ in $(seq 1 100); do grep -q "s3rver listening" "$work/s3.out" 2>/dev/null && break; sleep 0.1; done
split -b "${part_mib}M" -d -a 5 "$file" "$work/parts/p" # before the clock starts, as colvault has its parts in memory
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f\n", ($12 + $13) / hz }' "/proc/$1/stat"; }
s3curl() {
    curl -sS --fail --aws-sigv4 "aws:amz:us-east-1:s3" --user BENCHKEY:bench-secret \
        -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@"
}
export -f s3curl
base="http://127.0.0.1:$port/bench/ceiling.tar.zst"

c0="$(cpu_of "$s3_pid")"
t0="$EPOCHREALTIME"
upload_id="$(s3curl -X POST "$base?uploads=" | sed -n 's:.*<UploadId>\(.*\)</UploadId>.*:\1:p')"
# One line per part: "NUMBER ETAG".
ls "$work/parts" | awk '{ printf "%d %s\n", NR, $0 }' \
    | xargs -P "$inflight" -n 2 bash -c \
        's3curl -o /dev/null -D - -T "$0/$4" "$1?partNumber=$3&uploadId=$2" | tr -d "\r" | sed -n "s/^[Ee][Tt]ag: //p" | sed "s/^/$3 /"' \
        "$work/parts" "$base" "$upload_id" >"$work/etags.txt" 2>"$work/curl.err" || true
t1="$EPOCHREALTIME"
c1="$(cpu_of "$s3_pid")"
{
    echo "<CompleteMultipartUpload>"
    sort -n "$work/etags.txt" | while read -r n etag; do echo "<Part><PartNumber>$n</PartNumber><ETag>$etag</ETag></Part>"; done
    echo "</CompleteMultipartUpload>"
} >"$work/complete.xml"
s3curl -X POST -H "Content-Type: application/xml" --data-binary "@$work/complete.xml" "$base?uploadId=$upload_id" >/dev/null
t2="$EPOCHREALTIME"
c2="$(cpu_of "$s3_pid")"
parts="$(wc -l <"$work/etags.txt")"
size="$(find "$work/s3-data/bench" -name '*object*' -size +1M -printf '%s\n' | head -1)"
awk -v a="$t0" -v b="$t1" -v c="$t2" -v ca="$c0" -v cb="$c1" -v cc="$c2" -v p="$parts" -v f="$inflight" -v m="$part_mib" -v s="$size" 'BEGIN {
    printf "%d parts of %d MiB, %d in flight: parts %.2f s (s3rver CPU %.2f s), complete %.2f s (s3rver CPU %.2f s), total %.2f s; object %s bytes\n",
        p, m, f, b - a, cb - ca, c - b, cc - cb, c - a, s }'
if [[ -s "$work/curl.err" ]]; then
    echo "curl said:" >&2
    head -5 "$work/curl.err" >&2
    exit 1
fi
