// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QFutureWatcher>
#include <QTemporaryDir>

#include "import/importer.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rd {

class ImportPreviewModel;
class RejectedRowsModel;

// Imports one CSV file into a database with the same importer as `retentiondesk-cli import`: the file's
// first rows as they will be read, which field each column fills (a click on a column's header changes
// it), then the import off the UI thread with progress and a stop button, and what it rejected, line by
// line. Nothing is written before Import is pressed; a failed or stopped import writes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Imports this large are followed by compacting the file (Importer::runOnFile).
    static constexpr qint64 CompactAfterRows = Importer::CompactAfterRows;

    explicit ImportDialog(QString databasePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file to import (CSV and text files first); empty when the user cancels.
    static QString askForFile(QWidget *parent, const QString &directory = {});

    // Reads the file's first rows and guesses what it holds (orders, customers, …).
    void setFilePath(const QString &path);
    QString filePath() const { return m_filePath; }
    void setKind(ImportKind kind);
    ImportKind kind() const;
    // How to read the dates; nullopt: recognised from the values (the import stops when they could be
    // read both day first and month first, and asks for this).
    void setDateFormat(std::optional<DateFormat> format);
    // Reads the column (0-based) as this field, or not at all with Field::Ignore.
    void setColumnField(int column, Field field);
    bool canImport() const;
    bool isImporting() const { return m_watcher.isRunning(); }
    // Imports the file as the dialog shows it; with acceptRejects even when a column was misread.
    void startImport(bool acceptRejects = false);
    // The last import's outcome; empty before the first one.
    const std::optional<ImportReport> &report() const { return m_report; }
    // Whether the file was compacted after the last import.
    bool compacted() const { return m_report && m_report->compacted; }
    QString problemText() const;
    // Writes every row the last import rejected (line, column, value, reason) to a CSV file.
    Result<void> saveRejectsTo(const QString &target) const;
    QString summaryText() const;

    ImportPreviewModel *previewModel() const { return m_preview; }
    RejectedRowsModel *rejectsModel() const { return m_rejects; }

signals:
    // Rows were committed: whatever shows the database must read it again.
    void imported();

public slots:
    void reject() override;

private:
    void chooseFile();
    void kindChanged();
    void refreshPreview();
    void showFieldMenu(int column);
    void showProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void finished();
    void saveRejects();
    void updateButtons();
    ImportOptions options() const;
    bool asksForCurrency() const;
    QString rejectsPath() const;

    QString m_databasePath;
    QString m_filePath;
    QList<std::pair<QString, QString>> m_overrides; // 1-based column number -> field name
    QString m_detectedPreset; // kept once recognised, so that a changed column does not lose the preset

    QLineEdit *m_file;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QComboBox *m_dates;
    QComboBox *m_currency;
    QFormLayout *m_form = nullptr;
    bool m_needsCurrency; // the database has no orders and no currency yet
    bool m_fileNamesCurrency = false; // a column of the file holds the currency
    QLabel *m_format;
    QTableView *m_previewView;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_rejectsView;
    QPushButton *m_saveRejects;
    QPushButton *m_import;
    // Shown when an import stopped because one column was misread: imports the valid rows all the same.
    QPushButton *m_importAnyway;
    QDialogButtonBox *m_buttons;
    ImportPreviewModel *m_preview;
    RejectedRowsModel *m_rejects;

    std::unique_ptr<Importer> m_importer; // one per import: a cancelled one stays cancelled
    QFutureWatcher<ImportReport> m_watcher;
    std::optional<ImportReport> m_report;
    QTemporaryDir m_rejectsDirectory;
    bool m_closeWhenStopped = false;
    bool m_importedAsShown = false; // this file, read this way, went in already: again would change nothing
};

} // namespace rd
