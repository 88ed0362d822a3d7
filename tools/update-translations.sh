#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Runs lupdate over core/, app/ and widgets/ into translations/*.ts. English keeps only plural forms (its other
# strings are the sources themselves) and gets them filled by tools/fill-english-plurals.py.
#   tools/update-translations.sh          update the .ts files
#   tools/update-translations.sh --check  fail if lupdate would change a .ts file, any entry is unfinished, or a
#                                         translation breaks a rule of tools/check-translations.py
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate="$(command -v lupdate6 || true)"
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate

check=0
[ "${1:-}" = "--check" ] && check=1

work="translations"
if [ "$check" = 1 ]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    cp translations/*.ts "$work/"
fi

for ts in "$work"/colvault_*.ts; do
    lang="$(basename "$ts" .ts)"
    lang="${lang#colvault_}"
    opts=(-no-obsolete -locations none -source-language en -target-language "$lang" -silent)
    [ "$lang" = "en" ] && opts+=(-pluralonly)
    "$lupdate" "${opts[@]}" -I . core app widgets -ts "$ts"
    [ "$lang" = "en" ] && python3 tools/fill-english-plurals.py "$ts"
done

if [ "$check" = 1 ]; then
    status=0
    for ts in translations/colvault_*.ts; do
        if ! diff -q "$ts" "$work/$(basename "$ts")" >/dev/null; then
            echo "translations: $ts is out of date; run tools/update-translations.sh and translate the new strings" >&2
            diff -u "$ts" "$work/$(basename "$ts")" | head -40 >&2 || true
            status=1
        fi
        unfinished="$(grep -c 'type="unfinished"' "$ts" || true)"
        if [ "$unfinished" != "0" ]; then
            echo "translations: $ts has $unfinished unfinished entries" >&2
            status=1
        fi
    done
    python3 tools/check-translations.py || status=1
    exit "$status"
fi
