// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The import of one file, from opening it to the commit: checking that it is a readable CSV file,
// reading its header (planHeaders), choosing the decimal and date formats, opening the rejects file,
// then reading and checking rows on one thread while this one stores them, and the helpers that
// reject a row. What each kind of row must hold is in rowrules.cpp.
#include "importrun.h"

#include <algorithm>
#include <climits>
#include <thread>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMultiHash>

#include "core/checkedmath.h"
#include "core/sha256.h"
#include "import/formatdetector.h"
#include "import/presets.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd::detail {

namespace {

constexpr int SampleRows = 1000;
constexpr qint64 ProgressEvery = 16384;
// A rejected value longer than this is shown cut off (the rejects file holds it whole).
constexpr qsizetype MaxShownValue = 80;
constexpr std::size_t BatchSize = 2048;
// How many records ahead the writing thread asks for a customer's database id (ImportStore::prefetchCustomer).
constexpr std::size_t PrefetchAhead = 8;
// Room for the text of a batch of orders with customer and order numbers of a dozen characters.
constexpr qsizetype BatchTextBytes = qsizetype(BatchSize) * 48;

// The path a file has or would have, with links and "..", so that two names of one file compare equal.
QString canonicalTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

QString notARegularFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return QCoreApplication::translate("Importer", "%1 does not exist.").arg(name);
    if (info.isDir())
        return QCoreApplication::translate("Importer", "%1 is a folder, not a CSV file.").arg(name);
    if (!info.isFile())
        return QCoreApplication::translate("Importer",
            "%1 is not a regular file (a pipe, socket or device): save the data into a CSV file and import that.")
            .arg(name);
    return {};
}

Result<HeaderPlan> planHeaders(const QStringList &headers, const ImportOptions &options)
{
    HeaderPlan plan;
    if (!options.preset.isEmpty()) {
        plan.preset = findPreset(options.preset);
        if (!plan.preset) {
            QStringList ids;
            for (const Preset &preset : presets())
                ids.append(preset.id);
            return Error {
                ImportText::tr("There is no preset \"%1\". Presets: %2.").arg(options.preset, ids.join(u", "_s)), {}};
        }
        if (plan.preset->kind != options.kind)
            return Error {ImportText::tr("The preset %1 reads %2 files, not %3 files.")
                              .arg(plan.preset->id, importKindName(plan.preset->kind), importKindName(options.kind)),
                {}};
    } else if (options.mappings.isEmpty()) {
        plan.preset = detectPreset(headers, options.kind);
    }
    auto mapping = HeaderMapper::map(
        headers, options.kind, plan.preset ? plan.preset->columns : decltype(Preset::columns) {}, options.mappings);
    if (!mapping)
        return mapping.error();
    plan.mapping = *mapping;
    return plan;
}

void ImportRun::run(const QString &filePath)
{
    const QString nativePath = QDir::toNativeSeparators(filePath);
    if (const QString problem = notARegularFile(filePath); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Could not read %1: %2").arg(nativePath, file.errorString()));
        return;
    }
    const qint64 total = file.size();
    const QByteArray head = file.peek(FormatSampleSize);
    if (const QString reason = notCsvReason(head, filePath); !reason.isEmpty()) {
        fail(reason);
        return;
    }
    const DetectedFormat detected = detectFormat(head);
    CsvFormat format;
    format.delimiter = m_options.delimiter.value_or(detected.delimiter);
    format.encoding = m_options.encoding ? *m_options.encoding : detectFileEncoding(filePath, detected);
    m_report.delimiter = format.delimiter;
    m_report.encoding = format.encoding;

    CsvReader reader(&file, format);
    Sha256 hash;
    reader.setHash(&hash);
    if (!prepare(file, reader, detected))
        return;
    if (!chooseFormats(filePath, format, detected.headerLine)
        || !chooseCsatScale(filePath, format, detected.headerLine))
        return;
    if (m_database.isReadOnly()) {
        fail(tr("%1 is read-only (or lies in a folder you may not write to): nothing can be imported into it.")
                 .arg(QDir::toNativeSeparators(m_database.path())));
        return;
    }
    if (!openRejects(filePath))
        return;
    if (auto begun = m_store.begin(QFileInfo(filePath).fileName(), importKindName(m_options.kind)); !begun) {
        fail(begun.error().message, begun.error().detail);
        return;
    }
    const auto abort = [&](const QString &message, const QString &detail = {}) {
        m_store.rollback();
        if (m_writeRejects)
            m_rejectsFile.cancelWriting();
        fail(message, detail);
    };

    // Reading and checking rows runs on a second thread while this one writes what it hands over:
    // SQLite's writing and our parsing take about as long, so the two cores share the work.
    std::thread producer([&] { produce(reader); });
    std::optional<Error> storeError;
    Batch batch;
    while (m_queue.pop(batch)) {
        for (std::size_t i = 0; i < batch.ops.size(); ++i) {
            if (i + PrefetchAhead < batch.ops.size()) {
                if (const auto *ahead = std::get_if<PackedOrder>(&batch.ops[i + PrefetchAhead]))
                    m_store.prefetchCustomer(ahead->customerSlot);
            }
            if (auto stored = store(batch.ops[i], batch); !stored) {
                storeError = stored.error();
                break;
            }
        }
        emit m_importer.progress(batch.rowsRead, batch.bytesRead, total);
        if (storeError || m_cancelled) {
            m_queue.abort();
            break;
        }
    }
    producer.join();

    if (storeError)
        return abort(tr("%1 could not be stored: %2").arg(nativePath, storeError->message), storeError->detail);
    if (m_cancelled)
        return abort(tr("The import of %1 was cancelled; nothing was changed.").arg(nativePath));
    if (m_report.error)
        return abort(m_report.error->message, m_report.error->detail);
    if (reader.hasError())
        return abort(tr("%1 could not be read: %2 Nothing was imported.").arg(nativePath, reader.errorString()));

    if (m_report.accepted == 0) {
        return abort(m_report.rowsRead == 0
                ? tr("%1 holds no data rows. Nothing was imported.").arg(nativePath)
                : tr("None of the %1 rows of %2 could be imported; the database was not changed.")
                      .arg(m_report.rowsRead)
                      .arg(nativePath));
    }
    // Many rows rejected by one column for one reason: the file was misread (a date or number format not
    // recognised, a column mapped to the wrong field), not bad data. Stop before anything is stored.
    if (const auto misread = misreadColumn(); misread && !m_options.acceptRejects) {
        QStringList examples;
        for (const auto &[line, value] : misread->examples)
            examples << tr("\"%1\" (line %2)").arg(value).arg(line);
        m_report.misread = misread;
        return abort(tr("%1: column \"%2\" could not be read in %3 of %4 rows (%5 %): %6, for example %7. This "
                        "looks like a format the import did not recognise rather than bad rows, so nothing was "
                        "imported. Choose the column's format or field, or import the valid rows anyway.")
                         .arg(nativePath, misread->column, QLocale().toString(misread->rows),
                             QLocale().toString(m_report.rowsRead),
                             QLocale().toString(100.0 * double(misread->rows) / double(m_report.rowsRead), 'f', 1),
                             misread->reason, examples.join(tr(" and "))));
    }
    m_report.sha256 = QString::fromLatin1(hash.result().toHex());
    if (m_adoptCurrency) {
        if (auto adopted = m_database.setSetting(u"currency"_s, m_options.currency); !adopted)
            return abort(adopted.error().message, adopted.error().detail);
    }
    auto finished = m_store.finish(m_report.sha256,
        {m_report.accepted, m_report.rejected, m_report.skipped, m_report.guestRows, m_report.guestRevenueMinor});
    if (!finished) {
        if (m_writeRejects)
            m_rejectsFile.cancelWriting();
        fail(finished.error().message, finished.error().detail);
        return;
    }
    m_report.committed = true;
    m_report.customersCreated = m_store.customersCreated();
    m_report.seenBefore = *finished;
    if (m_report.seenBefore)
        m_report.warnings.append(
            tr("This file was imported before; records already stored were updated, not added again."));
    if (m_writeRejects) {
        m_rejects.flush();
        if (!m_rejectsFile.commit())
            m_report.warnings.append(
                tr("Could not write the rejected rows to %1: %2")
                    .arg(QDir::toNativeSeparators(m_options.rejectsPath), m_rejectsFile.errorString()));
    }
}

void ImportRun::produce(CsvReader &reader)
{
    const auto handOver = [&] {
        m_batch.rowsRead = m_report.rowsRead;
        m_batch.bytesRead = reader.bytesRead();
        const bool taken = m_queue.push(std::move(m_batch));
        m_batch = Batch();
        m_batch.ops.reserve(BatchSize);
        m_batch.text.reserve(BatchTextBytes);
        return taken;
    };
    m_batch.ops.reserve(BatchSize);
    m_batch.text.reserve(BatchTextBytes);
    bool going = true;
    for (const Row &row : std::as_const(m_sample)) {
        process(row);
        if (m_batch.ops.size() >= BatchSize)
            going = handOver();
    }
    m_sample.clear();
    Row row;
    while (going && !m_cancelled && reader.readRecord(row.fields)) {
        row.line = reader.recordLine();
        row.flaw = reader.recordFlaw();
        process(row);
        if (m_batch.ops.size() >= BatchSize || m_report.rowsRead % ProgressEvery == 0)
            going = handOver();
    }
    if (going && !reader.hasError())
        flushOrder();
    if (going)
        handOver();
    m_queue.close();
}

Result<void> ImportRun::store(const StoreOp &op, const Batch &batch)
{
    return std::visit(
        [this, &batch](const auto &record) -> Result<void> {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, PackedOrder>)
                return m_store.addOrder(batch.order(record));
            else if constexpr (std::is_same_v<T, ActivityRecord>)
                return m_store.addActivity(record);
            else if constexpr (std::is_same_v<T, std::unique_ptr<CustomerRecord>>)
                return m_store.upsertCustomer(*record);
            else if constexpr (std::is_same_v<T, std::unique_ptr<TicketRecord>>)
                return m_store.upsertTicket(*record);
            else
                return m_store.upsertSurvey(*record);
        },
        op);
}

bool ImportRun::prepare(QFile &file, CsvReader &reader, const DetectedFormat &detected)
{
    const QString nativePath = QDir::toNativeSeparators(file.fileName());
    QStringList headers;
    // Lines before the header: DATEV's metadata, Excel's "sep=" line, lines without a value.
    if (detected.datev)
        m_datevMetadata = detected.datevMetadata;
    reader.skipLines(detected.headerLine);
    if (!reader.readRecord(headers)) {
        if (reader.hasError())
            return fail(tr("%1 could not be read: %2").arg(nativePath, reader.errorString()));
        return fail(tr("%1 is empty.").arg(nativePath));
    }
    for (QString &header : headers)
        header = header.trimmed();
    m_report.headers = headers;

    auto plan = planHeaders(headers, m_options);
    if (!plan)
        return fail(plan.error().message);
    m_preset = plan->preset;
    if (m_preset)
        m_report.presetId = m_preset->id;
    if (m_preset && m_preset->datev) {
        if (!detected.datev)
            return fail(
                tr("%1 is not a DATEV booking batch: its first line does not start with EXTF.").arg(nativePath));
        // Metadata fields: 14 is the length of ledger accounts, 15 the first day of the batch (yyyyMMdd).
        m_datevAccountLength = m_datevMetadata.value(13).trimmed().toInt();
        if (m_datevAccountLength < 4 || m_datevAccountLength > 8)
            m_datevAccountLength = 4;
        m_datevFrom = QDate::fromString(m_datevMetadata.value(14).trimmed(), u"yyyyMMdd"_s);
        if (!m_datevFrom.isValid())
            m_datevFrom = QDate::fromString(m_datevMetadata.value(12).trimmed(), u"yyyyMMdd"_s);
        if (!m_datevFrom.isValid())
            return fail(tr("%1: the first line of the DATEV file names no period (fields 13 and 15), so the year of "
                           "its dates is unknown.")
                            .arg(nativePath));
    }

    m_report.mapping = plan->mapping;
    warnAboutDuplicateHeaders();

    const QList<Field> missing = HeaderMapper::missingRequired(m_report.mapping, m_options.kind);
    if (!missing.isEmpty()) {
        QStringList names;
        for (Field field : missing)
            names.append(fieldName(field));
        constexpr qsizetype MaxListed = 30;
        QString listed = headers.mid(0, MaxListed).join(u", "_s);
        if (headers.size() > MaxListed)
            listed += tr(" and %n more", nullptr, int(std::min<qsizetype>(headers.size() - MaxListed, INT_MAX)));
        m_report.missingFields = missing;
        return fail(tr("%1 has no column for %2. Its columns are: %3.").arg(nativePath, names.join(u", "_s), listed));
    }
    if (m_options.kind == ImportKind::Surveys && !has(Field::Kind) && !has(Field::Score))
        m_surveyKind = SurveyKind::Exit; // reasons without scores: what an exit survey asks
    if (m_options.kind == ImportKind::Surveys && !has(Field::Kind) && !m_surveyKind) {
        const QString scoreHeader = normaliseHeader(headers.at(m_report.mapping.column(Field::Score)));
        if (scoreHeader.contains(u"nps"))
            m_surveyKind = SurveyKind::Nps;
        else if (scoreHeader.contains(u"csat"))
            m_surveyKind = SurveyKind::Csat;
        else
            return fail(tr("%1 does not say which survey its scores answer: add a column kind (nps or csat), or name "
                           "the score column NPS or CSAT.")
                            .arg(nativePath));
    }

    m_defaultCurrency = m_options.currency;
    auto currencySetting = m_database.setting(u"currency"_s);
    if (m_defaultCurrency.isEmpty())
        m_defaultCurrency = currencySetting && !currencySetting->isEmpty() ? *currencySetting : u"EUR"_s;
    // The currency given for the first orders of a business becomes its currency, for the files after.
    if (!m_options.currency.isEmpty() && currencySetting && currencySetting->isEmpty()) {
        auto counts = m_database.counts();
        m_adoptCurrency = counts && counts->orders == 0;
    }

    Row row;
    while (m_sample.size() < SampleRows && reader.readRecord(row.fields)) {
        row.line = reader.recordLine();
        row.flaw = reader.recordFlaw();
        m_sample.append(row);
    }
    if (reader.hasError())
        return fail(tr("%1 could not be read: %2 Nothing was imported.").arg(nativePath, reader.errorString()));
    return true;
}

// Two columns with one name: the mapping uses the first; say so instead of choosing silently.
void ImportRun::warnAboutDuplicateHeaders()
{
    const QStringList &headers = m_report.headers;
    QMultiHash<QString, int> columns; // by name: a file may have 100,000 columns
    for (int column = 0; column < headers.size(); ++column)
        columns.insert(headers.at(column).toCaseFolded(), column);
    for (int used = 0; used < headers.size(); ++used) {
        if (m_report.mapping.fields.value(used, Field::Ignore) == Field::Ignore || headers.at(used).isEmpty())
            continue;
        for (const int other : columns.values(headers.at(used).toCaseFolded())) {
            if (other == used)
                continue;
            m_report.warnings.append(tr("The column \"%1\" appears twice (columns %2 and %3): column %4 is read as "
                                        "%5, column %6 is not imported.")
                                         .arg(headers.at(used), QString::number(std::min(used, other) + 1),
                                             QString::number(std::max(used, other) + 1), QString::number(used + 1),
                                             fieldName(m_report.mapping.fields.at(used)), QString::number(other + 1)));
            break;
        }
    }
}

bool ImportRun::chooseFormats(const QString &filePath, const CsvFormat &format, int headerLine)
{
    const ColumnMapping &mapping = m_report.mapping;
    QStringList moneySamples;
    for (int column = 0; column < mapping.fields.size(); ++column) {
        if (!isMoneyField(mapping.fields.at(column)))
            continue;
        for (const Row &row : std::as_const(m_sample)) {
            const QString value = row.fields.value(column).trimmed();
            if (!value.isEmpty())
                moneySamples.append(value);
        }
    }
    if (m_options.decimal)
        m_report.decimal = *m_options.decimal;
    else if (m_preset && m_preset->decimal)
        m_report.decimal = *m_preset->decimal;
    else if (auto style = detectDecimalStyle(moneySamples))
        m_report.decimal = *style;
    else
        m_report.decimal = format.delimiter == u';' ? DecimalStyle::Comma : DecimalStyle::Point;

    QList<int> ambiguous;
    for (int column = 0; column < mapping.fields.size(); ++column) {
        if (!isDateField(mapping.fields.at(column)))
            continue;
        if (m_options.dateFormat) {
            m_report.dateFormats.insert(column, *m_options.dateFormat);
            continue;
        }
        if (m_preset && m_preset->dateFormat) {
            m_report.dateFormats.insert(column, *m_preset->dateFormat);
            continue;
        }
        QStringList samples;
        for (const Row &row : std::as_const(m_sample)) {
            const QString value = row.fields.value(column).trimmed();
            if (!value.isEmpty())
                samples.append(value);
        }
        const DateDetection detection = detectDateFormat(samples);
        if (detection.format) {
            m_report.dateFormats.insert(column, *detection.format);
        } else if (detection.ambiguous()) {
            ambiguous.append(column);
        } else {
            // No format fits every sample: take the one that fits most, the rest is rejected row by row.
            DateFormat best = DateFormat::Iso;
            int bestCount = -1;
            for (DateFormat candidate : {DateFormat::Iso, DateFormat::DayMonthYearDot, DateFormat::DayMonthYearSlash,
                     DateFormat::MonthDayYearSlash, DateFormat::Compact, DateFormat::MonthName}) {
                const auto count = std::count_if(samples.cbegin(), samples.cend(),
                    [candidate](const QString &s) { return parseDate(s, candidate).isValid(); });
                if (count > bestCount) {
                    best = candidate;
                    bestCount = int(count);
                }
            }
            m_report.dateFormats.insert(column, best);
        }
    }
    if (!ambiguous.isEmpty())
        return prescanAmbiguousDates(filePath, format, headerLine, ambiguous);
    return true;
}

// The sample could be read as day/month or as month/day. Read on through the whole file for a date
// that settles it (a day above 12); if none does, the file is reported as ambiguous, never guessed.
bool ImportRun::openRejects(const QString &filePath)
{
    if (m_options.rejectsPath.isEmpty())
        return true;
    // The rejects file replaces what is at its path when the import has committed: never the database, its
    // journal or backups, nor the file being imported.
    const QString target = canonicalTarget(m_options.rejectsPath);
    const QString database = canonicalTarget(m_database.path());
    const QString nativeTarget = QDir::toNativeSeparators(m_options.rejectsPath);
    if (target == canonicalTarget(filePath))
        return fail(tr("The rejects file %1 is the file being imported; choose another name for the rejected rows.")
                        .arg(nativeTarget));
    if (!m_database.path().isEmpty() && m_database.path() != u":memory:"
        && (target == database || target.startsWith(database + u'-') || target.startsWith(database + u".backups/")
            || (target.startsWith(database + u'.') && target.endsWith(u".bak"))))
        return fail(tr("The rejects file %1 is the database or one of its own files; choose another name for the "
                       "rejected rows.")
                        .arg(nativeTarget));
    if (QFileInfo(target).isDir())
        return fail(tr("The rejects file %1 is a folder; give a file name.").arg(nativeTarget));
    m_rejectsFile.setFileName(m_options.rejectsPath);
    if (!m_rejectsFile.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(tr("Could not write the rejects file %1: %2")
                        .arg(QDir::toNativeSeparators(m_options.rejectsPath), m_rejectsFile.errorString()));
    // The rejected rows are customers' data: readable by the user only.
    m_rejectsFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_rejects.setDevice(&m_rejectsFile);
    m_rejects << "line,column,value,reason\n";
    m_writeRejects = true;
    return true;
}

Outcome ImportRun::reject(const Row &row, Field field, const QString &reason)
{
    return rejectColumn(row, m_report.mapping.column(field), reason);
}

Outcome ImportRun::rejectColumn(const Row &row, int column, const QString &reason)
{
    RejectedRow rejected {row.line, m_report.headers.value(column), row.fields.value(column), reason};
    Misread &tally = m_rejectTally[{column, reason}];
    if (tally.rows++ == 0) {
        tally.column = rejected.column;
        tally.reason = reason;
    }
    if (tally.examples.size() < 2)
        tally.examples.append({row.line, rejected.value.left(MaxShownValue)});
    if (m_writeRejects) {
        m_rejects << rejected.line << ',' << csvTextCell(rejected.column) << ',' << csvTextCell(rejected.value) << ','
                  << csvTextCell(rejected.reason) << '\n';
    }
    if (rejected.value.size() > MaxShownValue)
        rejected.value = rejected.value.left(MaxShownValue / 2) + u'…';
    if (m_report.rejects.size() < Importer::MaxReportedRejects)
        m_report.rejects.append(std::move(rejected));
    return Outcome::Rejected;
}

std::optional<Misread> ImportRun::misreadColumn() const
{
    const Misread *worst = nullptr;
    for (const Misread &tally : m_rejectTally) {
        if (!worst || tally.rows > worst->rows)
            worst = &tally;
    }
    if (!worst || worst->rows <= Importer::MisreadRows
        || double(worst->rows) <= Importer::MisreadShare * double(m_report.rowsRead))
        return std::nullopt;
    return *worst;
}

Outcome ImportRun::rejectGuestOrder(const Row &row, qint64 revenueMinor, const QString &currency)
{
    // Written to the rejects file like any other row, but counted rather than listed: a shop export can
    // hold a hundred thousand of them.
    if (m_writeRejects) {
        const int column = m_report.mapping.column(Field::CustomerId);
        m_rejects << row.line << ',' << csvTextCell(m_report.headers.value(column)) << ",,"
                  << csvTextCell(tr("no customer id (guest order)")) << '\n';
    }
    if (m_report.guestRows++ == 0)
        m_report.guestFirstLine = row.line;
    addSaturating(m_report.guestRevenueMinor, revenueMinor);
    if (m_report.guestCurrency.isEmpty())
        m_report.guestCurrency = currency;
    return Outcome::Rejected;
}

Outcome ImportRun::rejectDate(const Row &row, Field field)
{
    if (cell(row, field).isEmpty())
        return reject(row, field, tr("no date"));
    const DateFormat format = m_report.dateFormats.value(m_report.mapping.column(field), DateFormat::Iso);
    return reject(row, field, tr("not a date in the form %1").arg(dateFormatPattern(format)));
}

Outcome ImportRun::rejectImplausibleDate(const Row &row, Field field)
{
    return reject(row, field,
        tr("a date before %1 or after %2, which cannot be right")
            .arg(m_earliest.toString(Qt::ISODate), latestDate(field).toString(Qt::ISODate)));
}

Outcome ImportRun::rejectImplausibleAmount(const Row &row, Field field)
{
    return reject(row, field,
        tr("an amount beyond ±%1, which cannot be right").arg(QLocale().toString(MaxPlausibleAmountMinor / 100)));
}

} // namespace rd::detail
