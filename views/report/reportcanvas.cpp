// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/report/reportcanvas.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace rd {

namespace {

constexpr double FooterMm = 9;
constexpr double CellPaddingMm = 1.2;

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x66, 0x66, 0x66);
const QColor Rule(0xbb, 0xbb, 0xbb);
const QColor HeaderFill(0xe8, 0xee, 0xef);

} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice *device, QPainter *painter, QString footer, QLocale locale, int pages)
    : m_device(device)
    , m_painter(painter)
    , m_footer(std::move(footer))
    , m_locale(std::move(locale))
    , m_pages(pages)
    , m_dpi(device->logicalDpiY())
{
    // The painter's origin is the top left of the printable area, inside the page's margins.
    m_body = QRectF(0, 0, device->width(), device->height() - mm(FooterMm));
    m_y = m_body.top();
}

double ReportCanvas::mm(double millimetres) const
{
    return millimetres / 25.4 * m_dpi;
}

QFont ReportCanvas::font(Style style) const
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    switch (style) {
    case Title:
        font.setPointSizeF(22);
        font.setBold(true);
        break;
    case Heading:
        font.setPointSizeF(14);
        font.setBold(true);
        break;
    case Subheading:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case Body:
        font.setPointSizeF(10);
        break;
    case Small:
        font.setPointSizeF(8);
        break;
    case TableHeader:
        font.setPointSizeF(8.5);
        font.setBold(true);
        break;
    case TableCell:
        font.setPointSizeF(8.5);
        break;
    }
    return font;
}

double ReportCanvas::height(const QString &text, Style style, double width) const
{
    const QFontMetricsF metrics(font(style), m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void ReportCanvas::text(const QString &text, Style style, double x, double width, const QColor &colour)
{
    if (!m_painter)
        return;
    m_painter->setFont(font(style));
    m_painter->setPen(colour.isValid() ? colour : (style == Small ? Muted : Ink));
    m_painter->drawText(QRectF(x, m_y, width, 1e6), Qt::TextWordWrap, text);
}

void ReportCanvas::paragraph(const QString &text, Style style, const QColor &colour)
{
    const double spacing = mm(style == Title || style == Heading ? 2.5 : 1.2);
    const double h = height(text, style, width());
    need(h);
    this->text(text, style, left(), width(), colour);
    advance(h + spacing);
}

void ReportCanvas::advance(double height)
{
    m_y = std::min(m_y + height, m_body.bottom());
}

void ReportCanvas::need(double height)
{
    if (m_y > m_body.top() && m_y + height > m_body.bottom())
        newPage();
}

void ReportCanvas::newPage()
{
    paintFooter();
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = m_body.top();
}

void ReportCanvas::table(const QStringList &header, const QList<double> &widths, const QList<QStringList> &rows,
    const std::function<QColor(int row)> &colourOf, const std::function<QColor(int row, int column)> &fillOf)
{
    const double padding = mm(CellPaddingMm);
    QList<double> columns;
    for (double share : widths)
        columns.append(share * width());
    const auto rowHeight = [&](const QStringList &cells, Style style) {
        double h = 0;
        for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i)
            h = std::max(h, height(cells.at(i), style, columns.at(i) - 2 * padding));
        return h + 2 * padding;
    };
    const auto paintRow = [&](const QStringList &cells, Style style, double h, const QColor &first, int row) {
        if (m_painter && style == TableHeader)
            m_painter->fillRect(QRectF(left(), m_y, width(), h), HeaderFill);
        double x = left();
        for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
            QColor colour = i == 0 ? first : QColor();
            const QColor fill = row >= 0 && fillOf ? fillOf(row, int(i)) : QColor();
            if (m_painter && fill.isValid()) {
                m_painter->fillRect(QRectF(x, m_y, columns.at(i), h), fill);
                colour = fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(Qt::black);
            }
            const double top = m_y;
            m_y += padding;
            text(cells.at(i), style, x + padding, columns.at(i) - 2 * padding, colour);
            m_y = top;
            x += columns.at(i);
        }
        if (m_painter) {
            m_painter->setPen(QPen(Rule, mm(0.2)));
            m_painter->drawLine(QPointF(left(), m_y + h), QPointF(left() + width(), m_y + h));
        }
        advance(h);
    };
    const double headerHeight = rowHeight(header, TableHeader);
    bool headerShown = false;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const double h = rowHeight(rows.at(r), TableCell);
        if (!headerShown || m_y + h > m_body.bottom()) {
            need(headerHeight + h);
            paintRow(header, TableHeader, headerHeight, QColor(), -1);
            headerShown = true;
        }
        paintRow(rows.at(r), TableCell, h, colourOf ? colourOf(int(r)) : QColor(), int(r));
    }
    if (rows.isEmpty())
        paintRow(header, TableHeader, headerHeight, QColor(), -1);
}

void ReportCanvas::block(double height, const std::function<void(QPainter *, const QRectF &)> &paint)
{
    need(height);
    if (m_painter)
        paint(m_painter, QRectF(left(), m_y, width(), std::min(height, room())));
    advance(height);
}

int ReportCanvas::finish()
{
    paintFooter();
    return m_page;
}

void ReportCanvas::paintFooter()
{
    if (!m_painter)
        return;
    const QRectF area(left(), m_body.bottom() + mm(3), width(), mm(FooterMm - 3));
    m_painter->setPen(QPen(Rule, mm(0.2)));
    m_painter->drawLine(area.topLeft(), area.topRight());
    m_painter->setFont(font(Small));
    m_painter->setPen(Muted);
    m_painter->drawText(area, Qt::AlignLeft | Qt::AlignBottom, m_footer);
    m_painter->drawText(area, Qt::AlignRight | Qt::AlignBottom,
        QCoreApplication::translate("ReportDocument", "Page %1 of %2")
            .arg(m_locale.toString(m_page), m_locale.toString(m_pages)));
}

} // namespace rd
