// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

namespace rd {

// The background of a heat map cell: the palette's base colour at 0 % blended towards a muted blue at
// 100 % (a darker blue on light palettes, a lighter one on dark palettes), so that more is always further
// from the base colour. Values outside 0..100 are clamped.
QColor heatmapColor(double percent, const QPalette &palette);
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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_rawValueRole;
};

} // namespace rd
