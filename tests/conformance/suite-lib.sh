#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# The half of a conformance suite's run.sh that both suites share (tests/conformance: weaviate-ts-client v2,
# tests/conformance-v3: weaviate-client v3): run the suite's *.test.mjs (or the files given) with node's test runner
# in `env "${test_env[@]}"`, print the counts, and fail a run that ran no test. Sourced, not run; expects
# $here (the suite's folder), $work (a scratch folder), the array test_env and $emu_pid (may be empty) to be set.
run_conformance_suite() {
    files=()
    for f in "$@"; do
        files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
    done
    if [[ ${#files[@]} -eq 0 ]]; then
        files=("$here"/*.test.mjs)
    fi

    status=0
    (cd "$here" && env "${test_env[@]}" node --test --test-timeout=120000 \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$work/report.tap" \
        "${files[@]}") || status=$?

    count() { { grep -E "^# $1 [0-9]+$" "$work/report.tap" 2>/dev/null || true; } | tail -n 1 | awk '{print $3}'; }
    tests="$(count tests)"
    pass="$(count pass)"
    fail="$(count fail)"
    skipped="$(count skipped)"
    echo "# tests ${tests:-0}"
    echo "# pass ${pass:-0}"
    echo "# fail ${fail:-0}"
    echo "# skipped ${skipped:-0}"

    # node reports a test file that registered no test at all as one passing "test" named after the file: count those
    # apart, so an empty or mis-globbed run cannot pass.
    empty_files="$({ grep -E '^(not )?ok [0-9]+ - .*\.(mjs|cjs|js)$' "$work/report.tap" 2>/dev/null || true; } | sed -E 's/^(not )?ok [0-9]+ - //')"
    ran=$(( ${tests:-0} - $(printf '%s' "$empty_files" | grep -c . || true) ))
    echo "# executed $ran"
    if [[ -n "$empty_files" ]]; then
        echo "run.sh: these files ran no test: $empty_files" >&2
    fi
    if [[ -n "$empty_files" || $ran -le 0 || "${pass:-0}" -eq 0 ]]; then
        echo "run.sh: a file ran no test, or nothing passed: failing" >&2
        if [[ $status -eq 0 ]]; then
            status=1
        fi
    fi
    if [[ -n "$emu_pid" && $status -ne 0 && -s "$work/emulator.err" ]]; then
        echo "run.sh: last emulator stderr lines:" >&2
        tail -n 20 "$work/emulator.err" >&2
    fi
    return "$status"
}
