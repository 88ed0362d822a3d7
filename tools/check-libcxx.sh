#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Compiles every product source (core/, widgets/, app/) with clang against LLVM's libc++ instead of GCC's libstdc++:
# macOS builds with Apple clang and libc++, which this machine cannot run, so this is where a libstdc++-only call
# (std::from_chars for float, a missing <cstdint>, a GNU extension) fails first. Run by tools/run-tests.sh.
#
# How: a product-only tree (build/libcxx: COLVAULT_BUILD_TESTS=OFF, COLVAULT_BUILD_TOOLS=OFF) configured with clang
# and -stdlib=libc++ gives the exact command of every source (compile_commands.json). Only the generated files are
# built there (moc, the gRPC headers); each product source is then compiled with -fsyntax-only. Nothing is linked:
# Debian's Qt, gRPC, simdjson and QtKeychain are built against libstdc++, so a libc++ binary could not link to them
# (std::string and friends differ in ABI). Their headers do compile against libc++, and that is the check: every
# declaration, template and overload our code uses is resolved against libc++'s headers, which is what Apple clang
# does. It cannot see link-time or run-time differences, nor Apple's availability markings (docs/building.md).
# Warnings are shown, not fatal (clang warns about other things than GCC; the CI build with -Werror is GCC's).
#
# Usage: tools/check-libcxx.sh [FILE...]      (default: every .cpp in core/, widgets/, app/ that the build compiles)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=build/libcxx
jobs="${COLVAULT_JOBS:-2}"
cxx="$(command -v clang++-14 || command -v clang++ || true)"
if [[ -z "$cxx" ]]; then
    echo "check-libcxx: clang++ not found (Debian 12: apt-get install clang libc++-dev libc++abi-dev)" >&2
    exit 2
fi
if ! echo '#include <version>
int main() {}' | "$cxx" -x c++ -std=c++20 -stdlib=libc++ -fsyntax-only - 2>/dev/null; then
    echo "check-libcxx: $cxx cannot find libc++'s headers (Debian 12: apt-get install libc++-dev libc++abi-dev)" >&2
    exit 2
fi

start=$SECONDS
mkdir -p "$build"
# Debug: no -DNDEBUG, so asserts are compiled too. No ccache: nothing is compiled to an object.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_CXX_FLAGS="-stdlib=libc++" -DCMAKE_EXE_LINKER_FLAGS="-stdlib=libc++" \
    -DCOLVAULT_BUILD_TESTS=OFF -DCOLVAULT_BUILD_TOOLS=OFF -DCOLVAULT_WERROR=OFF >"$build/check-configure.log" 2>&1 || {
    cat "$build/check-configure.log"
    echo "check-libcxx: configuring $build failed" >&2
    exit 1
}
# The generated headers the sources include: protoc's (*.pb.h) through ninja, then AUTOMOC's by running CMake's
# autogen step directly (its ninja target waits for the libraries a target links, which would compile them all).
rm -f "$build/check-generate.log"
protos=()
while IFS= read -r target; do protos+=("$target"); done < <(
    ninja -C "$build" -t targets all | sed -n -E 's/^([^/:][^:]*\.pb\.h): .*/\1/p')
ninja -C "$build" -j "$jobs" "${protos[@]}" >>"$build/check-generate.log" 2>&1 || {
    tail -n 40 "$build/check-generate.log"
    echo "check-libcxx: generating the protobuf headers in $build failed" >&2
    exit 1
}
while IFS= read -r info; do
    (cd "$(dirname "$(dirname "$(dirname "$info")")")" && cmake -E cmake_autogen "$info" Debug) \
        >>"$build/check-generate.log" 2>&1 || {
        tail -n 40 "$build/check-generate.log"
        echo "check-libcxx: moc failed ($info)" >&2
        exit 1
    }
done < <(find "$PWD/$build" -path '*_autogen.dir/AutogenInfo.json' ! -path '*_resources_*' | sort)

# One -fsyntax-only command per source, from compile_commands.json.
python3 - "$build/compile_commands.json" "$PWD" "$@" >"$build/check-commands.txt" <<'EOF'
import json, os, shlex, sys
db, root, wanted = sys.argv[1], sys.argv[2], [os.path.abspath(f) for f in sys.argv[3:]]
for entry in json.load(open(db)):
    path = os.path.abspath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if wanted and path not in wanted:
        continue
    if not wanted and not rel.split(os.sep)[0] in ("core", "widgets", "app"):
        continue
    args = shlex.split(entry["command"])
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-MD", "-MMD", "-c"):
            continue
        out.append(a)
    print(shlex.quote(entry["directory"]) + "\t" + shlex.quote(rel) + "\t" + " ".join(map(shlex.quote, out))
          + " -fsyntax-only")
EOF
count=$(wc -l <"$build/check-commands.txt")
if [[ "$count" -eq 0 ]]; then
    echo "check-libcxx: no product sources found in $build/compile_commands.json" >&2
    exit 1
fi

# Each source's diagnostics go to its own log; a failure prints them and the list of failed files at the end.
rm -rf "$build/syntax" && mkdir -p "$build/syntax"
export build
failed=0
xargs -P "$jobs" -d '\n' -n 1 bash -c '
    IFS=$'"'"'\t'"'"' read -r dir rel cmd <<<"$1"
    log="$build/syntax/$(echo "$rel" | tr / _).log"
    if (cd "$(eval echo "$dir")" && eval "$cmd") >"$log" 2>&1; then
        echo "ok $rel" >>"$log.status"
    else
        echo "FAILED $rel" >>"$log.status"
    fi' _ <"$build/check-commands.txt" || failed=1

warnings=$(cat "$build"/syntax/*.log 2>/dev/null | grep -c ': warning: ' || true)
failures=$(cat "$build"/syntax/*.status | grep -c '^FAILED' || true)
if [[ "$failures" -gt 0 || "$failed" -ne 0 ]]; then
    for status in "$build"/syntax/*.status; do
        if grep -q '^FAILED' "$status"; then
            grep -E ': error: |note: candidate|required from' "${status%.status}" | head -n 20
        fi
    done
    grep -h '^FAILED' "$build"/syntax/*.status >&2
    echo "check-libcxx: $failures of $count product sources do not compile against libc++ ($cxx)" >&2
    exit 1
fi
echo "check-libcxx: all $count product sources compile against libc++ ($cxx, $warnings warnings," \
    "logs in $build/syntax/) in $((SECONDS - start)) s"
