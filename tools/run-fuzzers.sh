#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Builds the libFuzzer targets (COLVAULT_FUZZ=ON, clang, ASan + UBSan, build/fuzz) and runs each for SECONDS
# (default 60), one after the other, starting from its seed corpus in fuzz/corpus/<target>/. Fails on the first
# crash, sanitizer report, leak, timeout or OOM; the input that caused it is left in build/fuzz/artifacts/.
# New corpus entries go to build/fuzz/corpus/<target>/ (not committed). docs/reliability.md, "Fuzzing".
#
# Usage: tools/run-fuzzers.sh [SECONDS] [TARGET...]     e.g. tools/run-fuzzers.sh 3600 fuzz_archive
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(fuzz_archive fuzz_archive_json fuzz_object_page fuzz_age_decrypt)
fi
jobs="${COLVAULT_JOBS:-2}"
build=build/fuzz

# clang-14 is Debian 12's clang (libclang-rt-14-dev carries libFuzzer); take a newer one if that is all there is.
cxx="$(command -v clang++-14 || command -v clang++ || true)"
if [[ -z "$cxx" ]]; then
    echo "run-fuzzers: clang++ not found (Debian 12: apt-get install clang-14 libclang-rt-14-dev)" >&2
    exit 2
fi

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
build_start=$SECONDS
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DCOLVAULT_FUZZ=ON -DCOLVAULT_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"
echo "run-fuzzers: build took $((SECONDS - build_start)) s"

# Caps per target: the largest input libFuzzer makes, and the memory a run may use. Archives get room for a few
# segment pairs plus a compressed bomb; the verifier's own caps (256 MiB per segment pair) must hold under 2.5 GB.
# An age file gets room for two whole 64 KiB chunks and part of a third: mutations reach the boundary between
# chunks and the chunk flagged last.
declare -A max_len=([fuzz_archive]=65536 [fuzz_archive_json]=16384 [fuzz_object_page]=65536 [fuzz_age_decrypt]=140000)
rss_limit_mb=2560

# A 32 MiB quarantine as in the asan test preset: ASan's default 256 MiB keeps freed memory resident, and the fast
# targets' RSS then climbs towards the limit in long runs although nothing leaks.
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:allocator_may_return_null=0:quarantine_size_mb=32:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

mkdir -p "$build/artifacts"
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    echo "run-fuzzers: $target for ${seconds} s"
    # -timeout: one input taking longer than 30 s is a hang (the slowest legitimate input, a 256 MiB segment
    # pair decompressed from a bomb, takes a few seconds under ASan).
    if ! "$build/fuzz/$target" "$corpus" "fuzz/corpus/$target" \
        -max_total_time="$seconds" -max_len="${max_len[$target]}" -rss_limit_mb="$rss_limit_mb" \
        -malloc_limit_mb="$rss_limit_mb" -timeout=30 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" 2>"$build/$target.log"; then
        tail -n 60 "$build/$target.log"
        echo "run-fuzzers: $target FAILED; the input is in $build/artifacts/ (log: $build/$target.log)" >&2
        exit 1
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$build/$target.log" || true
    grep -E ' (cov|ft): ' "$build/$target.log" | tail -n 1 || true
done
echo "run-fuzzers: all targets clean"
