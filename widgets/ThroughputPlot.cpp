// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ThroughputPlot.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace Colvault {

ThroughputPlot::ThroughputPlot(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Throughput"));
    setAccessibleDescription(tr("No throughput measured yet."));
}

void ThroughputPlot::addSample(double value)
{
    m_samples.append(std::max(0.0, value));
    if (m_samples.size() > capacity)
        m_samples.removeFirst();
    // What the picture says, for screen readers.
    const QLocale locale;
    //: %1 the latest, %2 the highest objects per second of the plot
    setAccessibleDescription(tr("Now %1 objects/s, peak %2 objects/s.")
                                 .arg(locale.toString(m_samples.last(), 'f', 0),
                                     locale.toString(*std::max_element(m_samples.cbegin(), m_samples.cend()), 'f', 0)));
    update();
}

void ThroughputPlot::clear()
{
    m_samples.clear();
    setAccessibleDescription(tr("No throughput measured yet."));
    update();
}

QString ThroughputPlot::formatRate(double objectsPerSecond)
{
    return QLocale().toString(objectsPerSecond, 'f', 0);
}

QString ThroughputPlot::label() const
{
    if (m_samples.isEmpty())
        return {};
    //: The throughput plot's label: the latest rate, %1 is a number of objects per second
    return tr("%1 objects/s").arg(formatRate(m_samples.last()));
}

QSize ThroughputPlot::sizeHint() const
{
    return {320, 64};
}

void ThroughputPlot::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.fillRect(area, palette().base());
    p.setPen(palette().mid().color());
    p.drawRect(area);
    if (m_samples.size() < 2)
        return;
    const double top = std::max(1.0, *std::max_element(m_samples.cbegin(), m_samples.cend()) * 1.1);
    const double step = area.width() / (capacity - 1);
    const double x0 = area.right() - step * double(m_samples.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const QPointF pt(x0 + step * double(i), area.bottom() - m_samples[i] / top * (area.height() - 4));
        if (i == 0)
            line.moveTo(pt);
        else
            line.lineTo(pt);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(x0, area.bottom());
    fill.closeSubpath();
    QColor fillColour = palette().highlight().color();
    fillColour.setAlpha(60);
    p.fillPath(fill, fillColour);
    p.setPen(QPen(palette().highlight().color(), 1.5));
    p.drawPath(line);
    p.setPen(palette().text().color());
    p.drawText(area.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft, label());
}

} // namespace Colvault
