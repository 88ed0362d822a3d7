#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Fails when a tracked C++ file is not as clang-format leaves it (.clang-format; clang-format 14 as in Debian 12,
# so that every developer and CI format alike). `tools/check-format.sh --fix` formats them instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

formatter="$(command -v clang-format-14 || command -v clang-format || true)"
if [[ -z "$formatter" ]]; then
    echo "check-format: clang-format is not installed (Debian: apt-get install clang-format-14)" >&2
    exit 2
fi

mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^core/grpc/generated/' || true)
if [[ "${1:-}" == --fix ]]; then
    "$formatter" -i "${files[@]}"
    exit 0
fi
if ! "$formatter" --dry-run --Werror "${files[@]}" 2>/tmp/check-format.$$; then
    grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|warning)' /tmp/check-format.$$ | cut -d: -f1 | sort -u \
        | sed 's/^/check-format: not formatted: /' >&2
    rm -f /tmp/check-format.$$
    echo "check-format: run tools/check-format.sh --fix" >&2
    exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: ${#files[@]} files formatted"
