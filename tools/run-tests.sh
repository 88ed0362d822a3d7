#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Sets up a fresh Debian 12 machine, builds everything and runs every test (the README's test command; CI's
# .ci/run calls exactly this). Warnings are errors here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash tools/setup-debian.sh

# A user-visible string added without running lupdate, or left untranslated, fails here first.
bash tools/update-translations.sh --check

jobs="${COLVAULT_JOBS:-$(nproc)}"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"
