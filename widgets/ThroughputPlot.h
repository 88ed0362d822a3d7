// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QList>
#include <QWidget>

namespace Colvault {

// A small live line plot of recent throughput (objects per second), drawn with QPainter. GUI thread. Feed it
// with addSample(); clear() starts over. It keeps the last `capacity` samples and scales to their maximum. Its
// label is the latest sample, formatted by formatRate() as the progress text does, so the two never disagree.
// Every colour comes from the palette (Base background, Mid frame, Highlight curve and fill, Text label), so it
// follows light and dark themes; the accessible description tells the latest and peak rate.
class ThroughputPlot : public QWidget
{
    Q_OBJECT

public:
    explicit ThroughputPlot(QWidget* parent = nullptr);

    void addSample(double value);
    void clear();
    const QList<double>& samples() const { return m_samples; }
    QString label() const; // "1,208 objects/s": the latest sample; empty before the first
    static QString formatRate(double objectsPerSecond);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int capacity = 120;
    QList<double> m_samples;
};

} // namespace Colvault
