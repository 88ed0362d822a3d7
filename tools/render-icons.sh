#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
#
# Renders resources/icons/colvault.svg to the committed PNGs resources/icons/<n>x<n>/colvault.png
# (n = 16 32 48 64 128 256). Run it after editing the SVG, then commit the PNGs.
#
# It uses Qt's own SVG renderer (QImageReader with the svg image plugin from libqt6svg6, already a dependency),
# through a tiny program compiled on the fly, so no extra package is needed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$here/resources/icons"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat >"$work/render.cpp" <<'CPP'
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // loads the image format plugins
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    for (int size : {16, 32, 48, 64, 128, 256}) {
        QImageReader reader(svg);
        if (!reader.canRead()) {
            QTextStream(stderr) << "cannot read " << svg << ": " << reader.errorString() << '\n';
            return 1;
        }
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
        const QString dir = QStringLiteral("%1/%2x%2").arg(outDir).arg(size);
        QDir().mkpath(dir);
        if (image.isNull() || !image.save(dir + QStringLiteral("/colvault.png"))) {
            QTextStream(stderr) << "cannot render " << size << " px: " << reader.errorString() << '\n';
            return 1;
        }
        QTextStream(stdout) << dir << "/colvault.png\n";
    }
    return 0;
}
CPP

# shellcheck disable=SC2046 # word splitting of the pkg-config flags is intended
g++ -std=c++17 -fPIC -O1 -o "$work/render" "$work/render.cpp" $(pkg-config --cflags --libs Qt6Gui)
QT_QPA_PLATFORM=offscreen "$work/render" "$icons/colvault.svg" "$icons"
