// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/riskdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "itemmodels/risktablemodel.h"

namespace rd {

QColor riskColour(RiskLevel level, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (level) {
    case RiskLevel::Green:
        return dark ? QColor(0x5c, 0xc0, 0x6c) : QColor(0x2e, 0x7d, 0x32);
    case RiskLevel::Yellow:
        return dark ? QColor(0xff, 0xc1, 0x3d) : QColor(0xc7, 0x8a, 0x00);
    case RiskLevel::Red:
        return dark ? QColor(0xef, 0x6f, 0x5e) : QColor(0xb7, 0x35, 0x2a);
    }
    return palette.color(QPalette::Text);
}

void RiskDelegate::paintShape(QPainter *painter, const QRectF &square, RiskLevel level, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(riskColour(level, palette));
    const QRectF shape = square.adjusted(1, 1, -1, -1);
    switch (level) {
    case RiskLevel::Green:
        painter->drawEllipse(shape);
        break;
    case RiskLevel::Yellow: {
        QPainterPath triangle;
        triangle.moveTo(shape.center().x(), shape.top());
        triangle.lineTo(shape.bottomRight());
        triangle.lineTo(shape.bottomLeft());
        triangle.closeSubpath();
        painter->drawPath(triangle);
        break;
    }
    case RiskLevel::Red:
        painter->drawRect(shape.adjusted(1, 1, -1, -1));
        break;
    }
    painter->restore();
}

void RiskDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The background, selection and focus as the style draws them; then the shape and the word.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const auto level = RiskLevel(index.data(RiskTableModel::RiskLevelRole).toInt());
    const int side = std::min(opt.rect.height() - 6, opt.fontMetrics.height());
    const QRectF square(opt.rect.left() + 6, opt.rect.center().y() - side / 2.0, side, side);
    paintShape(painter, square, level, opt.palette);
    const QRect textRect = opt.rect.adjusted(side + 12, 0, -4, 0);
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize RiskDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + option.fontMetrics.height() + 12);
    return size;
}

} // namespace rd
