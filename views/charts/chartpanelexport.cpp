// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// A chart panel as a picture: PNG, SVG or the clipboard, with its title and where its figures come from.
#include <algorithm>

#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>

#include "views/charts/chartpanel.h"

using namespace Qt::StringLiterals;

namespace rd {

int ChartPanel::titleHeight(int width) const
{
    const QRect all(0, 0, width, 10000);
    int height = QFontMetrics(m_title->font()).boundingRect(all, Qt::TextWordWrap, m_title->text()).height();
    if (!m_exportContext.isEmpty())
        height += QFontMetrics(font()).boundingRect(all, Qt::TextWordWrap, m_exportContext).height();
    return height;
}

QSize ChartPanel::imageSize()
{
    // A panel that was never shown has no layout yet; export at a size that reads well in a document.
    const QSize charts = m_stack->isVisible() ? m_stack->size() : QSize(900, 450);
    constexpr int padding = 12;
    return {charts.width(), titleHeight(charts.width() - 2 * padding) + 2 * padding + charts.height()};
}

void ChartPanel::paintImage(QPainter *painter, const QSize &size)
{
    constexpr int padding = 12;
    const QPalette &pal = palette();
    painter->fillRect(QRect(QPoint(0, 0), size), pal.color(QPalette::Base));
    const int textHeight = titleHeight(size.width() - 2 * padding);
    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(m_title->font());
    const QRect titleArea(padding, padding, size.width() - 2 * padding, textHeight);
    QRect drawn;
    painter->drawText(titleArea, Qt::TextWordWrap, m_title->text(), &drawn);
    if (!m_exportContext.isEmpty()) {
        painter->setFont(font());
        painter->drawText(titleArea.adjusted(0, drawn.height(), 0, 0), Qt::TextWordWrap, m_exportContext);
    }
    const QRect target(0, textHeight + 2 * padding, size.width(), size.height() - textHeight - 2 * padding);
    if (!m_stack->isVisible())
        m_stack->resize(target.size());
    painter->save();
    painter->translate(target.topLeft());
    m_stack->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

void ChartPanel::paintCharts(QPainter *painter, const QRectF &target, const QSize &layout)
{
    // A panel made for a report is never shown: lay it out at the size asked for, off the screen, so that
    // its charts place their axes and legends for that size (a hidden widget's layout does not run).
    if (!isVisible()) {
        setAttribute(Qt::WA_DontShowOnScreen);
        resize(layout.width(), layout.height() + m_stack->y());
        show();
        resize(layout.width(), layout.height() + m_stack->y());
    }
    const QSize size = m_stack->size();
    if (size.isEmpty())
        return;
    painter->save();
    painter->translate(target.topLeft());
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter->scale(scale, scale);
    m_stack->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

QPixmap ChartPanel::toPixmap()
{
    const QSize size = imageSize();
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(palette().color(QPalette::Base));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paintImage(&painter, size);
    return pixmap;
}

bool ChartPanel::saveImage(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg"_s) {
        const QSize size = imageSize();
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_title->text());
        generator.setDescription(m_exportContext.isEmpty()
                ? tr("Chart exported from RetentionDesk")
                : tr("Chart exported from RetentionDesk: %1").arg(m_exportContext));
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        painter.setRenderHint(QPainter::Antialiasing);
        paintImage(&painter, size);
        return painter.end() && QFileInfo(path).size() > 0;
    }
    if (!QImageWriter::supportedImageFormats().contains(suffix.toLatin1()))
        return false;
    return toPixmap().save(path, suffix.toLatin1().constData());
}

void ChartPanel::copyToClipboard()
{
    QGuiApplication::clipboard()->setPixmap(toPixmap());
}

QString ChartPanel::suggestedFileName(const QString &suffix) const
{
    QString name = m_title->text().simplified();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = u'-';
    }
    if (name.isEmpty())
        name = tr("chart", "default file name");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(dir).filePath(name + u'.' + suffix);
}

QString ChartPanel::askFileName(const QString &caption, const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(this, caption, suggestedFileName(suffix), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

void ChartPanel::saveAsPng()
{
    const QString path = askFileName(tr("Save chart as PNG"), tr("PNG images (*.png)"), u"png"_s);
    if (!path.isEmpty() && !saveImage(path))
        QMessageBox::warning(this, tr("Could not save the chart"),
            tr("The image could not be written to %1. Choose another folder or file name.")
                .arg(QDir::toNativeSeparators(path)));
}

void ChartPanel::saveAsSvg()
{
    const QString path = askFileName(tr("Save chart as SVG"), tr("SVG images (*.svg)"), u"svg"_s);
    if (!path.isEmpty() && !saveImage(path))
        QMessageBox::warning(this, tr("Could not save the chart"),
            tr("The image could not be written to %1. Choose another folder or file name.")
                .arg(QDir::toNativeSeparators(path)));
}

} // namespace rd
