# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Shared by bench/*/run.sh (sourced, after option parsing): finds the binaries in $build, checks the tools,
# makes the work directory ($work, colvault-bench-$bench_name.*), stops the emulator ($emu_pid) on exit, and
# defines the small measuring helpers. Needs $build, $repo, $keep and $bench_name.
build="$(cd "$build" 2>/dev/null && pwd)" || { echo "run.sh: no build directory $build" >&2; exit 2; }
find_bin() {
    local found
    found="$(find "$build" -type f -name "$1" -perm -u+x -print -quit)"
    [[ -n "$found" ]] || { echo "run.sh: $1 not found under $build (build it first)" >&2; exit 2; }
    echo "$found"
}
cli="$(find_bin colvault-cli)"
emulator="$(find_bin weaviate-emulator)"
seeder="$(find_bin colvault-seed)"
for tool in node awk; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
[[ -d "$repo/tests/conformance/node_modules/weaviate-ts-client" ]] \
    || { echo "run.sh: run 'npm ci' in tests/conformance first" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/colvault-bench-${bench_name}.XXXXXX")"
emu_pid=""
stop_emulator() {
    if [[ -n "$emu_pid" ]] && kill -0 "$emu_pid" 2>/dev/null; then
        kill "$emu_pid" 2>/dev/null || true
        wait "$emu_pid" 2>/dev/null || true
    fi
    emu_pid=""
}
cleanup() {
    stop_emulator
    if [[ "$keep" == 1 ]]; then
        echo "run.sh: work directory kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { echo "$EPOCHREALTIME"; }
calc() { awk "BEGIN { printf \"$1\n\", $2 }"; }
mib() { calc "%.1f" "$1 / 1048576"; }
# Peak and current RSS of a running process, in KiB.
rss_of() { awk -v k="$2" '$1 == k ":" { print $2 }' "/proc/$1/status"; }
# CPU seconds (user + system) a running process has used so far.
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f\n", ($12 + $13) / hz }' "/proc/$1/stat"; }

# Writes $work/results.md into FILE between the lines "<!-- bench:NAME:begin -->" and "<!-- bench:NAME:end -->"
# (docs/benchmarks.md). Usage: write_results_into_doc FILE NAME
write_results_into_doc() {
    local doc="$1" begin="<!-- bench:$2:begin -->" end="<!-- bench:$2:end -->"
    if ! grep -qF "$begin" "$doc" || ! grep -qF "$end" "$doc"; then
        echo "run.sh: $doc has no '$begin' / '$end' markers; results not written" >&2
        return 1
    fi
    awk -v begin="$begin" -v end="$end" -v results="$work/results.md" '
        $0 == begin { print; while ((getline line < results) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$doc" >"$work/doc.md"
    cat "$work/doc.md" >"$doc"
    log "results written to $doc"
}
