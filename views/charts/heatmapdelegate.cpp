// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/charts/heatmapdelegate.h"

#include <algorithm>
#include <cmath>

#include <QPalette>

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

QColor heatmapColor(double percent, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base).toRgb();
    const bool dark = base.lightness() < 128;
    // Muted blues: saturated enough to read as a scale, calm enough for a table full of them.
    const QColor full = dark ? QColor(110, 160, 215) : QColor(35, 95, 150);
    const double t = std::isfinite(percent) ? std::clamp(percent, 0.0, 100.0) / 100.0 : 0.0;
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
    const QColor background = heatmapColor(raw.toDouble(), option->palette);
    option->backgroundBrush = background;
    option->palette.setColor(QPalette::Text, heatmapTextColor(background, option->palette));
}

} // namespace rd
