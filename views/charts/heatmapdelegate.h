// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QColor>
#include <QStyledItemDelegate>
#include <QWidget>

class QPalette;

namespace rd {

// The background of a heat map cell: the palette's base colour at low (0 %) blended towards a muted blue at
// high (100 %) (a darker blue on light palettes, a lighter one on dark palettes), so that more is always
// further from the base colour. Values outside low..high are clamped.
QColor heatmapColor(double percent, const QPalette &palette, double low = 0.0, double high = 100.0);
// The text colour for a cell: the palette's text colour where it is readable (contrast ratio of at least
// 4.5), otherwise whichever of the palette's base colour, black and white contrasts most.
QColor heatmapTextColor(const QColor &background, const QPalette &palette);
// The WCAG contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

// Colours the cells of a cohort table from their RawValueRole (a percentage). Text, selection and focus
// are left to the base class; cells without a value keep the normal background.
class HeatmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HeatmapDelegate(QObject *parent = nullptr, int rawValueRole = Qt::UserRole);
    // The values the colour scale spreads over (by default 0 to 100 %): those shown, so that 80 % and 100 %
    // differ as much as the values do.
    void setRange(double low, double high);
    double low() const { return m_low; }
    double high() const { return m_high; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_rawValueRole;
    double m_low = 0.0;
    double m_high = 100.0;
};

// What the heat map's colours mean: the scale from its lightest to its darkest colour, with the values at
// either end.
class HeatmapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapLegend(QWidget *parent = nullptr);
    void setRange(double low, double high);
    QString text() const; // the legend in words, also its tooltip and accessible name
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_low = 0.0;
    double m_high = 100.0;
};

} // namespace rd
