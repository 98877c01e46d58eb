// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/cohortpage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableView>
#include <QVBoxLayout>

#include "dashboard/dashboardengine.h"
#include "export/tableexport.h"
#include "itemmodels/cohorttablemodel.h"
#include "views/charts/heatmapdelegate.h"

using namespace Qt::StringLiterals;

namespace rd {

CohortPage::CohortPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_model(new CohortTableModel(this))
    , m_view(new QTableView(this))
    , m_delegate(new HeatmapDelegate(m_view))
    , m_legend(new HeatmapLegend(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_title->setWordWrap(true);
    bar->addWidget(m_title, 1);
    for (int i = 0; i < 3; ++i)
        m_mode->addItem(QString());
    bar->addWidget(m_mode);
    retranslate();
    connect(m_export, &QPushButton::clicked, this, &CohortPage::chooseExportFile);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CohortPage::showMatrix);
    showMatrix();
}

void CohortPage::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_customers = snapshot.cohorts;
    m_returning = snapshot.returningCohorts;
    m_revenue = snapshot.revenueCohorts;
    m_currency = snapshot.currency;
    showMatrix();
}

void CohortPage::retranslate()
{
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the heat map as a picture (PNG, SVG) or as a table (Excel, CSV)"));
    m_mode->setItemText(Customers, tr("Customers"));
    m_mode->setItemText(Returning, tr("Returning customers"));
    m_mode->setItemText(Revenue, tr("Revenue"));
}

void CohortPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showMatrix(); // the title, the headers and the legend
    }
}

CohortPage::Mode CohortPage::mode() const
{
    return Mode(m_mode->currentIndex());
}

void CohortPage::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode);
}

void CohortPage::showMatrix()
{
    switch (mode()) {
    case Customers:
        m_title->setText(tr("Share of each cohort still a customer, by periods since it started"));
        m_model->setMatrix(m_customers, m_currency);
        break;
    case Returning:
        m_title->setText(tr("Share of each cohort that ordered or was active, by periods since it started"));
        m_model->setMatrix(m_returning, m_currency);
        break;
    case Revenue:
        m_title->setText(tr("Revenue of each cohort against its first period"));
        m_model->setMatrix(m_revenue, m_currency);
        break;
    }
    // The colours spread over the values shown.
    const auto [low, high] = m_model->percentRange();
    m_delegate->setRange(low, high);
    m_legend->setRange(low, high);
    m_view->viewport()->update();
}

Result<void> CohortPage::exportTo(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return TableExport::writeXlsx(TableExport::cohorts(*m_model), path);
    if (suffix == u"csv")
        return TableExport::writeCsv(TableExport::cohorts(*m_model), path);
    // The picture: the title, the whole table (not only what the page has room for) and the legend. A view of
    // its own, never shown, lays the table out at its full size.
    QTableView view;
    view.setModel(m_model);
    view.setItemDelegate(m_delegate);
    view.setPalette(m_view->palette());
    view.setFont(m_view->font());
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.ensurePolished();
    view.resizeColumnsToContents();
    view.resizeRowsToContents();
    const QSize table(view.verticalHeader()->sizeHint().width() + view.horizontalHeader()->length(),
        view.horizontalHeader()->sizeHint().height() + view.verticalHeader()->length());
    view.resize(table);
    const QSize legend = m_legend->sizeHint();
    const int margin = 8;
    const int titleHeight = m_title->fontMetrics().height();
    const QSize size(std::max(table.width(), legend.width()) + 2 * margin,
        titleHeight + table.height() + legend.height() + 4 * margin);
    const auto paint = [&](QPainter &painter) {
        painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Window));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(margin, margin, size.width() - 2 * margin, titleHeight),
            Qt::AlignLeft | Qt::AlignVCenter, m_title->text());
        int y = 2 * margin + titleHeight;
        view.render(&painter, QPoint(margin, y), QRegion(), QWidget::DrawChildren);
        y += table.height() + margin;
        m_legend->render(&painter, QPoint(margin, y), QRegion(), QWidget::DrawChildren);
    };
    if (suffix == u"svg") {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(), size));
        generator.setTitle(m_title->text());
        QPainter painter;
        if (!painter.begin(&generator))
            return Error {tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), {}};
        paint(painter);
        painter.end();
        return {};
    }
    QImage image(size * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(&image);
    paint(painter);
    painter.end();
    if (!image.save(path, "PNG"))
        return Error {tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), {}};
    return {};
}

void CohortPage::chooseExportFile()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV for Excel (*.csv)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Cohorts"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("cohorts") + u".png"_s),
        QStringList {png, svg, excel, csv}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? u".svg"_s : filter == excel ? u".xlsx"_s : filter == csv ? u".csv"_s : u".png"_s;
    if (auto written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Could not export the cohorts"), written.error().message);
}

} // namespace rd
