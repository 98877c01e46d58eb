// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QStyledItemDelegate>

#include "risk/riskengine.h"

namespace rd {

// The traffic-light colours, defined once: a darker green, an amber and a brick red that read on light
// and dark palettes alike.
QColor riskColour(RiskLevel level, const QPalette &palette);

// Paints the status cell: a shape per level (circle, triangle, square) in its colour, and the level's
// word beside it, so that colour is never the only signal. Other columns are the base class's.
class RiskDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Draws the level's shape into a square.
    static void paintShape(QPainter *painter, const QRectF &square, RiskLevel level, const QPalette &palette);
};

} // namespace rd
