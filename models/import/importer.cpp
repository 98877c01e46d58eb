// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/importer.h"

#include <algorithm>
#include <climits>
#include <tuple>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/money.h"
#include "import/formatdetector.h"
#include "import/importrun.h"
#include "import/presets.h"
#include "storage/backups.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd {

using detail::ImportRun;
using detail::ImportText;
using detail::notARegularFile;
using detail::planHeaders;

Importer::Importer(QObject *parent)
    : QObject(parent)
{ }

bool Importer::needsCurrency(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return true;
    auto database = Database::open(databasePath);
    // A file that does not open: the import itself will say what is wrong with it.
    return database && needsCurrency(**database);
}

bool Importer::needsCurrency(Database &database)
{
    auto currency = database.setting(u"currency"_s);
    auto counts = database.counts();
    return currency && currency->isEmpty() && counts && counts->orders == 0;
}

QString Importer::guestOrderSummary(const ImportReport &report, const QLocale &locale)
{
    if (report.guestRows == 0)
        return {};
    return tr("%Ln row(s) without a customer (guest orders, the first on line %2): %1 of revenue not attributed "
              "to any customer. The figures count identified customers only.",
        nullptr, int(std::min<qint64>(report.guestRows, INT_MAX)))
        .arg(formatMoney(report.guestRevenueMinor, report.guestCurrency, locale),
            locale.toString(report.guestFirstLine));
}

Result<ImportPreview> Importer::preview(const QString &filePath, const ImportOptions &options, int maxRows)
{
    const QString nativePath = QDir::toNativeSeparators(filePath);
    if (const QString problem = notARegularFile(filePath); !problem.isEmpty())
        return Error {problem, {}};
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ImportText::tr("Could not read %1: %2").arg(nativePath, file.errorString()), {}};
    const QByteArray head = file.peek(FormatSampleSize);
    if (const QString reason = notCsvReason(head, filePath); !reason.isEmpty())
        return Error {reason, {}};
    const DetectedFormat detected = detectFormat(head);
    ImportPreview preview;
    preview.filePath = filePath;
    preview.kind = options.kind;
    preview.delimiter = options.delimiter.value_or(detected.delimiter);
    preview.encoding = options.encoding ? *options.encoding : detectFileEncoding(filePath, detected);
    CsvReader reader(&file, {preview.delimiter, preview.encoding});
    reader.skipLines(detected.headerLine);
    if (!reader.readRecord(preview.headers)) {
        if (reader.hasError())
            return Error {ImportText::tr("%1 could not be read: %2").arg(nativePath, reader.errorString()), {}};
        return Error {ImportText::tr("%1 is empty.").arg(nativePath), {}};
    }
    for (QString &header : preview.headers)
        header = header.trimmed();
    auto plan = planHeaders(preview.headers, options);
    if (!plan)
        return plan.error();
    preview.presetId = plan->preset ? plan->preset->id : QString();
    preview.mapping = plan->mapping;
    preview.missing = HeaderMapper::missingRequired(preview.mapping, options.kind);
    QStringList fields;
    while (preview.rows.size() < maxRows && reader.readRecord(fields)) {
        preview.rows.append(fields);
        preview.lines.append(reader.recordLine());
    }
    if (reader.hasError())
        return Error {ImportText::tr("%1 could not be read: %2").arg(nativePath, reader.errorString()), {}};
    return preview;
}

ImportKind Importer::guessKind(const QString &filePath)
{
    // The kind whose required fields the headers all name, with the most columns used; a recognised
    // export (a preset) counts first.
    // The header is read once; each kind only maps it.
    const auto preview = Importer::preview(filePath, {}, 0);
    ImportKind best = ImportKind::Orders;
    if (!preview)
        return best;
    std::tuple<bool, bool, qsizetype> bestScore {false, false, -1};
    for (ImportKind kind :
        {ImportKind::Orders, ImportKind::Customers, ImportKind::Activity, ImportKind::Tickets, ImportKind::Surveys}) {
        ImportOptions options;
        options.kind = kind;
        const auto plan = planHeaders(preview->headers, options);
        if (!plan)
            continue;
        const qsizetype used = plan->mapping.fields.size() - plan->mapping.fields.count(Field::Ignore);
        const std::tuple<bool, bool, qsizetype> score {
            HeaderMapper::missingRequired(plan->mapping, kind).isEmpty(), plan->preset != nullptr, used};
        if (score > bestScore) {
            bestScore = score;
            best = kind;
        }
    }
    return best;
}

ImportReport Importer::runOnFile(const QString &databasePath, const QString &filePath, const ImportOptions &options)
{
    auto database = Database::open(databasePath);
    if (!database) {
        ImportReport report;
        report.filePath = filePath;
        report.kind = options.kind;
        report.error = database.error();
        return report;
    }
    ImportReport report = run(**database, filePath, options);
    if (report.committed && report.accepted >= CompactAfterRows) {
        emit compacting();
        if (auto compacted = (*database)->compact(); compacted)
            report.compacted = true;
        else
            report.warnings.append(compacted.error().message);
    }
    return report;
}

ImportReport Importer::run(Database &database, const QString &filePath, const ImportOptions &options)
{
    ImportReport report;
    report.filePath = filePath;
    report.kind = options.kind;
    // A copy of the database before a file that can be read changes it (Backups keeps the newest five): a
    // file refused outright must not push a useful backup out.
    // The file is checked only when a backup is due: into a new database, nothing is read twice.
    if (Backups::needed(database) && preview(filePath, options, 0)) {
        auto backup
            = Backups::create(database, ImportText::tr("before importing %1").arg(QFileInfo(filePath).fileName()));
        if (!backup) {
            report.error
                = Error {ImportText::tr("No backup of the database could be written, so nothing was imported: %1")
                             .arg(backup.error().message),
                    backup.error().detail};
            return report;
        }
        report.backupPath = backup->path;
    }
    ImportRun job(*this, database, report, options, m_cancelled);
    job.run(filePath);
    return report;
}

} // namespace rd
