// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/dialogs/importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "import/presets.h"
#include "itemmodels/importpreviewmodel.h"
#include "itemmodels/rejectedrowsmodel.h"
#include "views/pages/riskdelegate.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
// Enough rows to see what a file holds, few enough to read at once.
constexpr int PreviewRows = 50;

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportDialog::tr("comma");
    case u';':
        return ImportDialog::tr("semicolon");
    case u'\t':
        return ImportDialog::tr("tab");
    case u'|':
        return ImportDialog::tr("vertical bar");
    default:
        return QString(delimiter);
    }
}
} // namespace

ImportDialog::ImportDialog(QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_file(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_dates(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_needsCurrency(Importer::needsCurrency(m_databasePath))
    , m_format(new QLabel(this))
    , m_previewView(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_rejectsView(new QTableView(this))
    , m_saveRejects(new QPushButton(tr("Save Rejected Rows…"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_importAnyway(new QPushButton(tr("Import the Valid Rows Anyway"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_preview(new ImportPreviewModel(this))
    , m_rejects(new RejectedRowsModel(this))
{
    setWindowTitle(tr("Import a File into %1").arg(QFileInfo(m_databasePath).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file exported from your shop, billing or accounting tool"));
    fileRow->addWidget(m_file, 1);
    auto *choose = new QPushButton(tr("Choose…"), this);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    for (ImportKind kind :
        {ImportKind::Orders, ImportKind::Customers, ImportKind::Activity, ImportKind::Tickets, ImportKind::Surveys})
        m_kind->addItem(importKindTitle(kind), int(kind));
    form->addRow(tr("It &holds:"), m_kind);
    form->addRow(tr("Exported &by:"), m_preset);
    m_dates->addItem(tr("Recognised from the values"), -1);
    for (DateFormat format : {DateFormat::DayMonthYearDot, DateFormat::Iso, DateFormat::DayMonthYearSlash,
             DateFormat::MonthDayYearSlash, DateFormat::Compact, DateFormat::MonthName}) {
        const QString pattern = dateFormatPattern(format);
        m_dates->addItem(tr("%1 (for example %2)", "date format and an example")
                             .arg(pattern, QLocale::c().toString(QDate(2024, 3, 31), pattern)),
            int(format));
    }
    form->addRow(tr("&Dates:"), m_dates);
    // A new business whose file names no currency: which one its amounts are in, the locale's preselected.
    m_currency->setObjectName(u"currency"_s);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_currency));
    QStringList codes {u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s};
    if (const QString own = QLocale().currencySymbol(QLocale::CurrencyIsoCode); own.size() == 3) {
        codes.removeAll(own);
        codes.prepend(own);
    }
    m_currency->addItems(codes);
    m_currency->setToolTip(tr("The file names no currency. Amounts are stored as they are and labelled with this "
                              "one; Edit > Settings changes the label later."));
    form->addRow(tr("&Currency:"), m_currency);
    m_form = form;
    form->addRow(tr("Format:"), m_format);
    layout->addLayout(form);

    auto *previewTitle = new QLabel(tr("First rows as they will be read. Click a column's header to choose what it "
                                       "holds."),
        this);
    previewTitle->setWordWrap(true);
    layout->addWidget(previewTitle);
    m_previewView->setModel(m_preview);
    m_previewView->setWordWrap(false);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->horizontalHeader()->setSectionsClickable(true);
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_previewView, 2);

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette problemPalette = m_problem->palette();
    // The traffic light's red, which reads on light and dark palettes alike.
    problemPalette.setColor(QPalette::WindowText, riskColour(RiskLevel::Red, problemPalette));
    m_problem->setPalette(problemPalette);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_rejectsView->setModel(m_rejects);
    m_rejectsView->setWordWrap(false);
    m_rejectsView->verticalHeader()->hide();
    m_rejectsView->horizontalHeader()->setStretchLastSection(true);
    m_rejectsView->hide();
    layout->addWidget(m_rejectsView, 1);

    m_saveRejects->hide();
    m_buttons->addButton(m_saveRejects, QDialogButtonBox::ActionRole);
    m_import->setDefault(true);
    m_buttons->addButton(m_import, QDialogButtonBox::ApplyRole);
    m_importAnyway->setObjectName(u"importAnyway"_s);
    m_buttons->addButton(m_importAnyway, QDialogButtonBox::ActionRole);
    m_importAnyway->hide(); // the button box shows what it is given
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::kindChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_overrides.clear();
        m_detectedPreset.clear();
        refreshPreview();
    });
    connect(m_dates, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ImportDialog::updateButtons);
    connect(m_previewView->horizontalHeader(), &QHeaderView::sectionClicked, this, &ImportDialog::showFieldMenu);
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_importAnyway, &QPushButton::clicked, this, [this] { startImport(true); });
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportDialog::finished);

    kindChanged();
    resize(900, 620);
}

ImportDialog::~ImportDialog()
{
    if (m_importer)
        m_importer->cancel();
    m_watcher.waitForFinished();
}

void ImportDialog::setFilePath(const QString &path)
{
    m_filePath = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_report.reset();
    m_rejects->setRejects({});
    m_summary->hide();
    m_rejectsView->hide();
    m_saveRejects->hide();
    m_importAnyway->hide();
    m_overrides.clear();
    m_detectedPreset.clear();
    {
        const QSignalBlocker blocker(m_dates); // another file: its dates are recognised anew
        m_dates->setCurrentIndex(0);
    }
    const ImportKind guessed = Importer::guessKind(path);
    if (guessed == kind())
        refreshPreview();
    else
        setKind(guessed); // refreshes
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ImportDialog::setDateFormat(std::optional<DateFormat> format)
{
    m_dates->setCurrentIndex(std::max(0, m_dates->findData(format ? int(*format) : -1)));
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

QString ImportDialog::askForFile(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Import a File"), directory, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
}

void ImportDialog::chooseFile()
{
    const QString path = askForFile(this, m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).path());
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::kindChanged()
{
    // Only the exports that hold this kind of data.
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("Recognised from the column names"), QString());
    for (const Preset &preset : presets()) {
        if (preset.kind == kind())
            m_preset->addItem(QCoreApplication::translate("Preset", preset.title), preset.id);
    }
    m_overrides.clear();
    m_detectedPreset.clear();
    refreshPreview();
}

bool ImportDialog::asksForCurrency() const
{
    return m_needsCurrency && kind() == ImportKind::Orders && !m_filePath.isEmpty() && !m_fileNamesCurrency;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.kind = kind();
    options.preset = m_preset->currentData().toString();
    if (options.preset.isEmpty())
        options.preset = m_detectedPreset;
    options.mappings = m_overrides;
    if (const int format = m_dates->currentData().toInt(); format >= 0)
        options.dateFormat = DateFormat(format);
    if (asksForCurrency())
        options.currency = m_currency->currentText().trimmed().toUpper();
    return options;
}

void ImportDialog::refreshPreview()
{
    m_importedAsShown = false;
    m_problem->hide();
    if (m_filePath.isEmpty()) {
        m_preview->clear();
        m_format->setText(tr("Choose a file."));
        updateButtons();
        return;
    }
    const auto preview = Importer::preview(m_filePath, options(), PreviewRows);
    if (!preview) {
        m_preview->clear();
        m_format->clear();
        m_problem->setText(preview.error().message);
        m_problem->show();
        updateButtons();
        return;
    }
    if (m_preset->currentData().toString().isEmpty())
        m_detectedPreset = preview->presetId;
    m_fileNamesCurrency = preview->mapping.has(Field::Currency);
    m_preview->setPreview(preview.value());
    m_previewView->resizeColumnsToContents();
    const int widest = m_previewView->fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_previewView->setColumnWidth(column, std::min(m_previewView->columnWidth(column), widest));

    QStringList format {
        preview->encoding == TextEncoding::Windows1252 ? tr("Windows-1252 (ANSI)") : encodingName(preview->encoding),
        tr("separated by %1").arg(delimiterName(preview->delimiter))};
    if (const Preset *preset = findPreset(preview->presetId); preset && m_preset->currentData().toString().isEmpty())
        format.append(tr("recognised as %1").arg(QCoreApplication::translate("Preset", preset->title)));
    m_format->setText(format.join(u" · "_s));

    if (!preview->missing.isEmpty()) {
        QStringList names;
        for (Field field : preview->missing)
            names.append(fieldTitle(field));
        m_problem->setText(tr("No column holds: %1. Click the header of the column that does and choose it.")
                               .arg(QLocale().createSeparatedList(names)));
        m_problem->show();
    } else if (preview->rows.isEmpty()) {
        m_problem->setText(tr("The file has column names but no rows."));
        m_problem->show();
    }
    updateButtons();
}

void ImportDialog::showFieldMenu(int column)
{
    if (isImporting() || column < 0 || column >= m_preview->columnCount())
        return;
    QMenu menu(this);
    const Field current = m_preview->field(column);
    QList<Field> fields {Field::Ignore};
    fields.append(fieldsFor(kind()));
    for (Field field : std::as_const(fields)) {
        QAction *action
            = menu.addAction(fieldTitle(field), this, [this, column, field] { setColumnField(column, field); });
        action->setCheckable(true);
        action->setChecked(field == current);
        if (field == Field::Ignore)
            menu.addSeparator();
    }
    QHeaderView *header = m_previewView->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column), header->height());
    menu.exec(header->viewport()->mapToGlobal(at));
}

void ImportDialog::setColumnField(int column, Field field)
{
    const QString key = QString::number(column + 1);
    m_overrides.removeIf([&key](const auto &entry) { return entry.first == key; });
    m_overrides.append({key, fieldName(field)});
    refreshPreview();
}

bool ImportDialog::canImport() const
{
    return !isImporting() && !m_importedAsShown && !m_filePath.isEmpty() && m_preview->columnCount() > 0
        && m_preview->preview().missing.isEmpty() && m_preview->rowCount() > 0
        && (!asksForCurrency() || m_currency->currentText().trimmed().size() == 3);
}

void ImportDialog::updateButtons()
{
    m_import->setEnabled(canImport());
    m_kind->setEnabled(!isImporting());
    m_preset->setEnabled(!isImporting());
    m_dates->setEnabled(!isImporting());
    m_currency->setEnabled(!isImporting());
    m_form->setRowVisible(m_currency, asksForCurrency());
    m_buttons->button(QDialogButtonBox::Close)->setText(isImporting() ? tr("Stop") : tr("Close"));
}

QString ImportDialog::rejectsPath() const
{
    return m_rejectsDirectory.isValid() ? m_rejectsDirectory.filePath(u"rejected.csv"_s) : QString();
}

void ImportDialog::startImport(bool acceptRejects)
{
    if (!canImport())
        return;
    ImportOptions options = this->options();
    options.rejectsPath = rejectsPath();
    options.acceptRejects = acceptRejects;
    m_importAnyway->hide();
    m_problem->hide();
    m_summary->hide();
    m_rejectsView->hide();
    m_saveRejects->hide();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Reading…"));
    m_progress->show();
    m_importer = std::make_unique<Importer>();
    connect(m_importer.get(), &Importer::progress, this, &ImportDialog::showProgress);
    connect(m_importer.get(), &Importer::compacting, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Laying the file out for fast starts…"));
    });
    // The worker opens its own connection: Qt Sql connections belong to the thread that opens them.
    m_watcher.setFuture(QtConcurrent::run(&Importer::runOnFile, m_importer.get(), m_databasePath, m_filePath, options));
    updateButtons();
}

void ImportDialog::showProgress(qint64 rows, qint64 bytesRead, qint64 bytesTotal)
{
    if (bytesTotal > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * std::min(bytesRead, bytesTotal) / bytesTotal));
    }
    m_progress->setFormat(tr("%1 rows read").arg(QLocale().toString(rows)));
}

void ImportDialog::finished()
{
    m_report = m_watcher.result();
    m_progress->hide();
    const ImportReport &report = *m_report;
    const QLocale locale;
    if (report.error) {
        // Nothing was written: the database is as it was.
        // (A misread column's message says so itself.)
        QString problem
            = report.misread ? report.error->message : tr("Nothing was imported. %1").arg(report.error->message);
        if (!report.ambiguousDateColumn.isEmpty()) {
            problem += u' ' + tr("Choose how the dates are written under Dates and import again.");
            m_dates->setFocus();
        }
        m_problem->setText(problem);
        m_problem->show();
        // A misread column: the rows it rejected, and the choice to import the others all the same.
        if (report.misread) {
            m_rejects->setRejects(report.rejects);
            m_rejectsView->show();
            m_rejectsView->resizeColumnsToContents();
            m_importAnyway->show();
        }
    } else {
        QStringList lines {
            tr("Imported %1 of %2 rows (%3 rejected, %4 skipped).")
                .arg(locale.toString(report.accepted), locale.toString(report.rowsRead),
                    locale.toString(report.rejected), locale.toString(report.skipped)),
        };
        if (report.customersCreated > 0)
            lines.append(tr("New customers: %1.").arg(locale.toString(report.customersCreated)));
        if (report.csatScale > 0)
            lines.append(tr("CSAT answers on a scale of 1 to %1.").arg(locale.toString(report.csatScale)));
        if (report.compacted)
            lines.append(tr("The file was laid out anew afterwards, so that it opens fast after a restart too."));
        if (const QString guests = Importer::guestOrderSummary(report, locale); !guests.isEmpty())
            lines.append(guests);
        if (report.rejected - report.guestRows > report.rejects.size())
            lines.append(tr("The first %1 rejected rows are listed; Save Rejected Rows writes all of them.")
                             .arg(locale.toString(report.rejects.size())));
        for (const QString &warning : report.warnings)
            lines.append(warning);
        m_summary->setText(lines.join(u'\n'));
        m_summary->show();
        m_rejects->setRejects(report.rejects);
        m_rejectsView->setVisible(!report.rejects.isEmpty());
        m_rejectsView->resizeColumnsToContents();
        m_saveRejects->setVisible(report.rejected > 0 && QFileInfo::exists(rejectsPath()));
        m_importedAsShown = report.committed;
        if (report.committed)
            emit imported();
    }
    updateButtons();
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ImportDialog::saveRejects()
{
    const QString suggested = QFileInfo(m_filePath).completeBaseName() + tr("-rejected") + u".csv"_s;
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save Rejected Rows"), QFileInfo(m_filePath).dir().filePath(suggested), tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    if (auto saved = saveRejectsTo(target); !saved)
        QMessageBox::warning(this, tr("Could not save the rejected rows"), saved.error().message);
}

Result<void> ImportDialog::saveRejectsTo(const QString &target) const
{
    // A copy next to the target first: an existing file is replaced only by a complete one.
    const QString partial = target + u".part"_s;
    QFile::remove(partial);
    if (!QFileInfo::exists(rejectsPath()) || !QFile::copy(rejectsPath(), partial)
        || (QFile::exists(target) && !QFile::remove(target)) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error {tr("%1 could not be written.").arg(QDir::toNativeSeparators(target)), {}};
    }
    return {};
}

void ImportDialog::reject()
{
    // Close stops a running import first; it rolls back, and the dialog closes once it has.
    if (isImporting()) {
        m_closeWhenStopped = true;
        m_importer->cancel();
        return;
    }
    QDialog::reject();
}

QString ImportDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString ImportDialog::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

} // namespace rd
