// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The main window's printed report: File > Export Report… (PDF) and File > Print… (with a preview).
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#include "views/mainwindow.h"
#include "views/report/reportdocument.h"

using namespace Qt::StringLiterals;

namespace rd {

bool MainWindow::exportReport(const QString &path)
{
    if (!m_snapshot) {
        QMessageBox::information(this, tr("Export Report"), tr("Open a database with data first."));
        return false;
    }
    const QString business = QFileInfo(databasePath()).completeBaseName();
    QString file = path;
    if (file.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = QFileDialog::getSaveFileName(this, tr("Export Report"),
            QDir(folder).filePath(tr("%1 retention report.pdf", "default file name").arg(business)),
            tr("PDF documents (*.pdf)"));
        if (file.isEmpty())
            return false;
        if (QFileInfo(file).suffix().isEmpty())
            file += u".pdf"_s;
    }
    const ReportDocument report(*m_snapshot, business);
    if (auto written = report.writePdf(file); !written) {
        QMessageBox::warning(this, tr("Could not export the report"), written.error().message);
        return false;
    }
    return true;
}

void MainWindow::printReport()
{
    if (!m_snapshot) {
        QMessageBox::information(this, tr("Print"), tr("Open a database with data first."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout(QLocale()));
    printer.setDocName(tr("%1 retention report").arg(QFileInfo(databasePath()).completeBaseName()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Report"));
    const ReportDocument report(*m_snapshot, QFileInfo(databasePath()).completeBaseName());
    connect(
        &preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *target) { report.paint(target); });
    preview.exec();
}

} // namespace rd
