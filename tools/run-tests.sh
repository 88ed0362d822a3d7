#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Sets up a fresh Debian 12 machine, builds everything and runs every test (the README's test command; CI's
# .ci/run calls exactly this). Warnings are errors here.
#
# It then builds and tests a second time with AddressSanitizer + UndefinedBehaviorSanitizer (preset asan, Debug,
# build/asan) and runs the libFuzzer targets for a short while (docs/reliability.md has the times). COLVAULT_ASAN=0
# and COLVAULT_FUZZ_SECONDS=0 skip those passes for a quick local run; CI runs everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash tools/setup-debian.sh

# Every C++ file as clang-format 14 leaves it (.clang-format).
bash tools/check-format.sh
# No function in core/ or app/ over about 80 lines, except those tools/function-lengths.allow names with a reason.
python3 tools/function-lengths.py core app --check --allow tools/function-lengths.allow

# A user-visible string added without running lupdate, or left untranslated, fails here first.
bash tools/update-translations.sh --check

# The hostile-archive corpus must be what tools/make-hostile-archives.py writes (it is committed, not generated).
python3 tools/make-hostile-archives.py --check

# Every product source compiled against LLVM's libc++ (what macOS builds with), syntax only: build/libcxx.
bash tools/check-libcxx.sh

jobs="${COLVAULT_JOBS:-$(nproc)}"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"

# The .deb from a Release build of the product (build/package): lintian, desktop-file-validate, appstreamcli, then
# installed with apt-get, both executables started, and removed (as root, as CI runs). COLVAULT_PACKAGE=0 skips it.
if [[ "${COLVAULT_PACKAGE:-1}" != 0 ]]; then
    bash tools/check-package.sh
else
    echo "run-tests: package check skipped (COLVAULT_PACKAGE=0)"
fi

if [[ "${COLVAULT_ASAN:-1}" != 0 ]]; then
    # Sanitizer options and the leak suppressions live in the asan test preset (CMakePresets.json).
    asan_start=$SECONDS
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
    echo "run-tests: sanitizer build and tests took $(( SECONDS - asan_start )) s"
else
    echo "run-tests: sanitizer build skipped (COLVAULT_ASAN=0)"
fi

# libFuzzer targets for the archive reader, the manifest/trailer parsers and the page parser (clang, build/fuzz).
fuzz_seconds="${COLVAULT_FUZZ_SECONDS:-60}"
if [[ "$fuzz_seconds" != 0 ]]; then
    bash tools/run-fuzzers.sh "$fuzz_seconds"
else
    echo "run-tests: fuzzing skipped (COLVAULT_FUZZ_SECONDS=0)"
fi

