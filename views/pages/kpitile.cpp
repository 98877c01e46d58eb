// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/kpitile.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace rd {

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);
    m_title->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_change->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    updateColours();
}

void KpiTile::setTitle(const QString &title)
{
    m_title->setText(title);
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiTile::setChange(const QString &change, Trend trend)
{
    m_change->setText(change);
    m_trend = trend;
    updateColours();
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::change() const
{
    return m_change->text();
}

void KpiTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

// A darker green and a brick red read on light and dark backgrounds alike; neutral follows the palette.
void KpiTile::updateColours()
{
    QPalette palette = m_change->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QColor colour = palette.color(QPalette::WindowText);
    if (m_trend == Trend::Good)
        colour = dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x1e, 0x7b, 0x34);
    else if (m_trend == Trend::Bad)
        colour = dark ? QColor(0xf0, 0x80, 0x70) : QColor(0xb0, 0x3a, 0x2e);
    palette.setColor(QPalette::WindowText, colour);
    m_change->setPalette(palette);
}

} // namespace rd
