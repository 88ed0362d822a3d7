#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Installs every Debian 12 package Colvault needs to build, test and run, and the pinned npm packages
# of the conformance suite. Safe to run again: apt-get skips what is there, npm ci follows the lock file.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 qt6-qpa-plugins libgl-dev
    libarchive-dev libzstd-dev liblzma-dev zlib1g-dev zstd xz-utils
    age # the reference implementation for the encrypted-archive interop tests
    libsimdjson-dev libfast-float-dev qtkeychain-qt6-dev libssl-dev
    libcurl4-openssl-dev stunnel4 # the one HTTP stack; a TLS front end for the field benchmark
    tinyproxy # a real HTTP proxy for the proxy tests (tests/reliability/TestProxy)
    libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
    nodejs
    xvfb xauth curl ca-certificates python3 time
    desktop-file-utils fonts-dejavu-core fonts-ipafont-gothic fonts-wqy-microhei
    clang libclang-rt-14-dev clang-format-14
    libc++-dev libc++abi-dev
    dpkg-dev lintian appstream
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "colvault setup: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ships with the nodesource build of nodejs; Debian's own nodejs needs the separate npm package.
if ! command -v npm >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -f "$here/tests/conformance/package-lock.json" ]; then
    (cd "$here/tests/conformance" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
if [ -f "$here/tests/conformance-v3/package-lock.json" ]; then
    (cd "$here/tests/conformance-v3" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
# The S3 test server (s3rver, tests/s3/start.cjs) of tests/core/TestS3Client.
if [ -f "$here/tests/s3/package-lock.json" ]; then
    (cd "$here/tests/s3" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
