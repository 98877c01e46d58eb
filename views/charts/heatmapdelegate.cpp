// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/charts/heatmapdelegate.h"

#include <algorithm>
#include <cmath>

#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

double linearChannel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor heatmapColor(double percent, const QPalette &palette, double low, double high)
{
    const QColor base = palette.color(QPalette::Base).toRgb();
    const bool dark = base.lightness() < 128;
    // Muted blues: saturated enough to read as a scale, calm enough for a table full of them.
    const QColor full = dark ? QColor(110, 160, 215) : QColor(35, 95, 150);
    const double span = high > low ? high - low : 100.0;
    const double t = std::isfinite(percent) ? std::clamp((percent - low) / span, 0.0, 1.0) : 0.0;
    const auto mix = [t](double from, double to) { return from + (to - from) * t; };
    return QColor::fromRgbF(float(mix(base.redF(), full.redF())), float(mix(base.greenF(), full.greenF())),
        float(mix(base.blueF(), full.blueF())));
}

QColor heatmapTextColor(const QColor &background, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    if (contrastRatio(background, text) >= 4.5)
        return text;
    QColor best = text;
    for (const QColor &candidate : {palette.color(QPalette::Base), QColor(Qt::black), QColor(Qt::white)}) {
        if (contrastRatio(background, candidate) > contrastRatio(background, best))
            best = candidate;
    }
    return best;
}

HeatmapDelegate::HeatmapDelegate(QObject *parent, int rawValueRole)
    : QStyledItemDelegate(parent)
    , m_rawValueRole(rawValueRole)
{ }

void HeatmapDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant raw = index.data(m_rawValueRole);
    if (!raw.isValid())
        return;
    // The style paints backgroundBrush under the text and draws the selection over it, so selected and
    // focused cells still look selected.
    const QColor background = heatmapColor(raw.toDouble(), option->palette, m_low, m_high);
    option->backgroundBrush = background;
    option->palette.setColor(QPalette::Text, heatmapTextColor(background, option->palette));
}

void HeatmapDelegate::setRange(double low, double high)
{
    m_low = low;
    m_high = high;
}

HeatmapLegend::HeatmapLegend(QWidget *parent)
    : QWidget(parent)
{
    setRange(0.0, 100.0);
}

void HeatmapLegend::setRange(double low, double high)
{
    m_low = low;
    m_high = high;
    setToolTip(text());
    setAccessibleName(text());
    update();
}

QString HeatmapLegend::text() const
{
    const QLocale locale;
    return tr("Colour: from %1 % (lightest) to %2 % (darkest)")
        .arg(locale.toString(m_low, 'f', 0), locale.toString(m_high, 'f', 0));
}

QSize HeatmapLegend::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 200, metrics.height() + 8};
}

void HeatmapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics(font());
    const QLocale locale;
    const QString lowText = locale.toString(m_low, 'f', 0) + u" %"_s;
    const QString highText = locale.toString(m_high, 'f', 0) + u" %"_s;
    const int barWidth = 160;
    const int y = (height() - metrics.height()) / 2;
    int x = 0;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(x, 0, metrics.horizontalAdvance(lowText), height()), Qt::AlignVCenter, lowText);
    x += metrics.horizontalAdvance(lowText) + 6;
    QLinearGradient gradient(x, 0, x + barWidth, 0);
    gradient.setColorAt(0.0, heatmapColor(m_low, palette(), m_low, m_high));
    gradient.setColorAt(1.0, heatmapColor(m_high, palette(), m_low, m_high));
    painter.fillRect(QRect(x, y, barWidth, metrics.height()), gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(QRect(x, y, barWidth, metrics.height()));
    x += barWidth + 6;
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(x, 0, width() - x, height()), Qt::AlignVCenter, highText);
}

} // namespace rd
