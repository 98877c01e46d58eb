// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <functional>

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace rd {

// Where the report's pages are drawn: a cursor going down the page, text that wraps, tables that carry
// their header over to the next page, and the footer with the page number. Without a painter it only
// measures: the same drawing code then tells how many pages there will be.
class ReportCanvas
{
public:
    enum Style { Title, Heading, Subheading, Body, Small, TableHeader, TableCell };

    ReportCanvas(QPagedPaintDevice *device, QPainter *painter, QString footer, QLocale locale, int pages = 0);

    QPainter *painter() const { return m_painter; } // null while measuring
    double mm(double millimetres) const;
    double left() const { return m_body.left(); }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    double room() const { return m_body.bottom() - m_y; } // what is left on this page
    int page() const { return m_page; }

    QFont font(Style style) const;
    // The height the text takes in this style, wrapped at width.
    double height(const QString &text, Style style, double width) const;
    // Draws the text at (x, y) wrapped at width, without moving the cursor.
    void text(const QString &text, Style style, double x, double width, const QColor &colour = {});
    // Text across the page; a new page first when it does not fit.
    void paragraph(const QString &text, Style style, const QColor &colour = {});
    void advance(double height);
    // A new page when less than height is left.
    void need(double height);
    void newPage();
    // Rows of cells; widths are shares of the page width. A row that does not fit starts a new page,
    // which repeats the header. colourOf may colour a row's first cell's text (the light), fillOf a cell's
    // background (a heat map), with the text in black or white, whichever reads better.
    void table(const QStringList &header, const QList<double> &widths, const QList<QStringList> &rows,
        const std::function<QColor(int row)> &colourOf = {},
        const std::function<QColor(int row, int column)> &fillOf = {});
    // A block of the given height (a chart, a grid) drawn by paint into its rectangle.
    void block(double height, const std::function<void(QPainter *, const QRectF &)> &paint);
    // Draws the last footer; returns the number of pages.
    int finish();

private:
    void paintFooter();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QString m_footer;
    QLocale m_locale;
    int m_pages;
    int m_page = 1;
    QRectF m_body; // the page's printable area above the footer, in device pixels
    double m_y = 0;
    double m_dpi = 72;
};

} // namespace rd
