// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/importer.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMultiHash>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include "core/checkedmath.h"
#include "import/formatdetector.h"
#include "import/presets.h"
#include "storage/database.h"
#include "storage/importstore.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int SampleRows = 1000;
constexpr qint64 ProgressEvery = 16384;
constexpr qint64 DeferIndexRows = 200000;
// No name, address, subject or id needs more characters than this; a longer field is a misread or an attack.
constexpr qsizetype MaxFieldLength = 10000;
// A rejected value longer than this is shown cut off (the rejects file holds it whole).
constexpr qsizetype MaxShownValue = 80;
// Events of one kind on one day: a day has 86,400 seconds; a count beyond a million is a misread.
constexpr qint64 MaxEventsPerRow = 1'000'000;

struct Row
{
    qint64 line = 0;
    QStringList fields;
    CsvReader::Flaw flaw = CsvReader::Flaw::None;
};

// The path a file has or would have, with links and "..", so that two names of one file compare equal.
QString canonicalTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

// Why the input cannot be read as a file at all: missing, a folder, or a pipe or device that could block
// reading forever. Empty when it is a regular file.
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

enum class Outcome { Accepted, Rejected, Skipped };

using StoreOp = std::variant<CustomerRecord, OrderRecord, ActivityRecord, TicketRecord, SurveyRecord>;
constexpr std::size_t BatchSize = 2048;

// Checked records on their way from the reading thread to the writing one, with how far reading had got.
struct Batch
{
    std::vector<StoreOp> ops;
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;
};

// A bounded hand-over between one producer and one consumer. close() ends it after the last batch;
// abort() stops both sides at once.
class BatchQueue
{
public:
    bool push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_aborted || m_batches.size() < Capacity; });
        if (m_aborted)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    bool pop(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_aborted || m_closed || !m_batches.empty(); });
        if (m_aborted || m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t Capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_aborted = false;
};

bool matchesAny(QStringView value, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        if (value.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// What an order's status text means for revenue.
enum class StatusMeaning { Paid, Failed, Refunded, NotASale, Unknown };

StatusMeaning statusMeaning(QStringView status)
{
    if (status.isEmpty()
        || matchesAny(status,
            {u"paid", u"completed", u"complete", u"processing", u"succeeded", u"success", u"authorized",
                u"partially_refunded", u"partially refunded", u"bezahlt", u"abgeschlossen", u"erfolgreich", u"on-hold",
                u"in bearbeitung", u"captured"}))
        return StatusMeaning::Paid;
    if (matchesAny(status, {u"failed", u"declined", u"fehlgeschlagen", u"abgelehnt", u"payment failed"}))
        return StatusMeaning::Failed;
    if (matchesAny(status, {u"refunded", u"erstattet", u"rückerstattet", u"gutschrift", u"credit note"}))
        return StatusMeaning::Refunded;
    if (matchesAny(status,
            {u"cancelled", u"canceled", u"voided", u"void", u"pending", u"abandoned", u"draft", u"storniert",
                u"abgebrochen", u"offen", u"entwurf", u"trash", u"checkout-draft"}))
        return StatusMeaning::NotASale;
    return StatusMeaning::Unknown;
}

std::optional<TicketSeverity> severityFrom(QStringView text)
{
    if (text.isEmpty() || matchesAny(text, {u"normal", u"medium", u"mittel", u"moderate", u"standard", u"2"}))
        return TicketSeverity::Normal;
    if (matchesAny(text, {u"low", u"niedrig", u"gering", u"minor", u"1"}))
        return TicketSeverity::Low;
    if (matchesAny(text, {u"high", u"hoch", u"major", u"wichtig", u"3"}))
        return TicketSeverity::High;
    if (matchesAny(text, {u"critical", u"kritisch", u"urgent", u"dringend", u"blocker", u"sehr hoch", u"4"}))
        return TicketSeverity::Critical;
    return std::nullopt;
}

std::optional<bool> booleanFrom(QStringView text)
{
    if (text.isEmpty() || matchesAny(text, {u"no", u"nein", u"false", u"falsch", u"0", u"n"}))
        return false;
    if (matchesAny(text, {u"yes", u"ja", u"true", u"wahr", u"1", u"x", u"y", u"j"}))
        return true;
    return std::nullopt;
}

// Months per billing interval, as a fraction: the monthly amount is amount * numerator / denominator.
std::optional<std::pair<int, int>> intervalFactor(QStringView text)
{
    if (text.isEmpty() || matchesAny(text, {u"month", u"monthly", u"monat", u"monatlich", u"mo", u"1"}))
        return std::pair {1, 1};
    if (matchesAny(text, {u"year", u"yearly", u"annual", u"annually", u"jahr", u"jährlich", u"jaehrlich", u"yr"}))
        return std::pair {1, 12};
    if (matchesAny(text, {u"quarter", u"quarterly", u"quartal", u"vierteljährlich", u"quartalsweise"}))
        return std::pair {1, 3};
    if (matchesAny(text, {u"week", u"weekly", u"woche", u"wöchentlich"}))
        return std::pair {52, 12};
    if (matchesAny(text, {u"day", u"daily", u"tag", u"täglich"}))
        return std::pair {365, 12};
    return std::nullopt;
}

// The dedup key of a record whose source gives it no id: a digest of what identifies it.
QString contentKey(const QByteArray &content)
{
    return u"auto:"_s + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
}

qint64 roundedDiv(qint64 numerator, qint64 denominator)
{
    const double value = double(numerator) / double(denominator);
    return qint64(std::llround(value));
}

// The texts of an import and of its preview, in one translation context.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// How a header row will be read: the preset (given, or recognised when there are no overrides) and
// the column of every field. Shared by the import and its preview, so that both read a file alike.
struct HeaderPlan
{
    const Preset *preset = nullptr;
    ColumnMapping mapping;
};

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

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    ImportRun(Importer &importer, Database &database, ImportReport &report, const ImportOptions &options,
        const std::atomic<bool> &cancelled)
        : m_importer(importer)
        , m_database(database)
        , m_report(report)
        , m_options(options)
        , m_cancelled(cancelled)
        , m_store(database)
    { }

    void run(const QString &filePath);

private:
    bool fail(const QString &message, const QString &detail = {})
    {
        m_report.error = Error {message, detail};
        return false;
    }

    bool prepare(QFile &file, CsvReader &reader, const DetectedFormat &detected);
    bool chooseFormats(const QString &filePath, const CsvFormat &format, int headerLine);
    bool prescanAmbiguousDates(const QString &filePath, const CsvFormat &format, int headerLine, QList<int> columns);
    bool openRejects(const QString &filePath);
    Outcome rejectColumn(const Row &row, int column, const QString &reason);
    void warnAboutDuplicateHeaders();
    void process(const Row &row);
    Outcome processCustomer(const Row &row);
    Outcome processOrder(const Row &row);
    Outcome processActivity(const Row &row);
    Outcome processTicket(const Row &row);
    Outcome processSurvey(const Row &row);
    void flushOrder();
    qint64 estimatedRows(qint64 fileSize) const;
    void produce(CsvReader &reader);
    Result<void> store(const StoreOp &op);
    void put(StoreOp &&op) { m_batch.ops.push_back(std::move(op)); }

    QString cell(const Row &row, Field field) const
    {
        const int column = m_report.mapping.column(field);
        return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
    }
    bool has(Field field) const { return m_report.mapping.has(field); }
    Outcome reject(const Row &row, Field field, const QString &reason);
    // Rejects a row whose date in this field is missing or not in the column's format.
    Outcome rejectDate(const Row &row, Field field);
    QDate date(const Row &row, Field field) const;
    // Dates before 1900 or more than a year after today (ten for renewals) are typing errors or misreads
    // such as 9999-12-31: stored, they would move the as-of day past every customer's last order.
    bool isPlausible(const QDate &value, Field field) const
    {
        return value >= m_earliest && value <= latestDate(field);
    }
    QDate latestDate(Field field) const { return m_today.addYears(field == Field::RenewalDate ? 10 : 1); }
    Outcome rejectImplausibleDate(const Row &row, Field field);
    // Rejects a row whose amount lies beyond what one row may plausibly carry (MaxPlausibleAmountMinor).
    Outcome rejectImplausibleAmount(const Row &row, Field field);
    std::optional<QDate> optionalDate(const Row &row, Field field, bool *bad) const;
    QString customerName(const Row &row) const;
    QString currency(const Row &row) const;

    Importer &m_importer;
    Database &m_database;
    ImportReport &m_report;
    const ImportOptions &m_options;
    const std::atomic<bool> &m_cancelled;
    ImportStore m_store;
    const Preset *m_preset = nullptr;
    QStringList m_datevMetadata;
    QDate m_datevFrom;
    int m_datevAccountLength = 4;
    QString m_defaultCurrency;
    const QDate m_earliest {1900, 1, 1};
    const QDate m_today = QDate::currentDate();
    std::optional<SurveyKind> m_surveyKind;
    QList<Row> m_sample;
    QSaveFile m_rejectsFile;
    QTextStream m_rejects;
    bool m_writeRejects = false;

    BatchQueue m_queue;
    Batch m_batch;

    // Line items of one order arrive on consecutive rows; they are added up here before writing.
    std::optional<OrderRecord> m_pendingOrder;
    QSet<QString> m_customersDescribed;
    QByteArray m_lastAutoKey;
    int m_autoKeyRepeat = 0;
};

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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    reader.setHash(&hash);
    if (!prepare(file, reader, detected))
        return;
    if (!chooseFormats(filePath, format, detected.headerLine))
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
    if (m_options.kind == ImportKind::Orders && estimatedRows(total) > DeferIndexRows) {
        auto counts = m_database.counts();
        auto deferred = counts ? Result<void>() : Result<void>(counts.error());
        if (deferred && counts->orders < estimatedRows(total))
            deferred = m_store.deferOrderIndex();
        if (!deferred) {
            m_store.rollback();
            fail(deferred.error().message, deferred.error().detail);
            return;
        }
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
        for (const StoreOp &op : batch.ops) {
            if (auto stored = store(op); !stored) {
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
    m_report.sha256 = QString::fromLatin1(hash.result().toHex());
    auto finished = m_store.finish(m_report.sha256, {m_report.accepted, m_report.rejected, m_report.skipped});
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

// The number of rows the file holds, judged by the length of the sampled ones.
qint64 ImportRun::estimatedRows(qint64 fileSize) const
{
    qint64 sampled = 0;
    for (const Row &row : std::as_const(m_sample)) {
        sampled += row.fields.size();
        for (const QString &field : row.fields)
            sampled += field.size();
    }
    return sampled > 0 ? fileSize * m_sample.size() / sampled : 0;
}

void ImportRun::produce(CsvReader &reader)
{
    const auto handOver = [&] {
        m_batch.rowsRead = m_report.rowsRead;
        m_batch.bytesRead = reader.bytesRead();
        const bool taken = m_queue.push(std::move(m_batch));
        m_batch = Batch();
        m_batch.ops.reserve(BatchSize);
        return taken;
    };
    m_batch.ops.reserve(BatchSize);
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

Result<void> ImportRun::store(const StoreOp &op)
{
    return std::visit(
        [this](const auto &record) -> Result<void> {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, CustomerRecord>)
                return m_store.upsertCustomer(record);
            else if constexpr (std::is_same_v<T, OrderRecord>)
                return m_store.addOrder(record);
            else if constexpr (std::is_same_v<T, ActivityRecord>)
                return m_store.addActivity(record);
            else if constexpr (std::is_same_v<T, TicketRecord>)
                return m_store.upsertTicket(record);
            else
                return m_store.upsertSurvey(record);
        },
        op);
}

bool ImportRun::prepare(QFile &file, CsvReader &reader, const DetectedFormat &detected)
{
    const QString nativePath = QDir::toNativeSeparators(file.fileName());
    QStringList headers;
    if (detected.datev) {
        m_datevMetadata = detected.datevMetadata;
        reader.skipLines(detected.headerLine);
    }
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
        return fail(tr("%1 has no column for %2. Its columns are: %3. Map one with --map COLUMN=%4.")
                        .arg(nativePath, names.join(u", "_s), listed, names.constFirst()));
    }
    if (m_options.kind == ImportKind::Surveys && !has(Field::Kind)) {
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
    if (m_defaultCurrency.isEmpty()) {
        auto setting = m_database.setting(u"currency"_s, u"EUR"_s);
        m_defaultCurrency = setting ? *setting : u"EUR"_s;
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
                     DateFormat::MonthDayYearSlash, DateFormat::Compact}) {
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
bool ImportRun::prescanAmbiguousDates(
    const QString &filePath, const CsvFormat &format, int headerLine, QList<int> columns)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    CsvReader reader(&file, format);
    QStringList fields;
    reader.skipLines(headerLine);
    reader.readRecord(fields); // the header
    QHash<int, std::pair<bool, bool>> fits; // column -> (day first fits, month first fits)
    for (int column : std::as_const(columns))
        fits.insert(column, {true, true});
    while (!columns.isEmpty() && reader.readRecord(fields)) {
        for (auto it = columns.begin(); it != columns.end();) {
            const QString value = fields.value(*it).trimmed();
            auto &[dayFirst, monthFirst] = fits[*it];
            if (!value.isEmpty()) {
                dayFirst = dayFirst && parseDate(value, DateFormat::DayMonthYearSlash).isValid();
                monthFirst = monthFirst && parseDate(value, DateFormat::MonthDayYearSlash).isValid();
            }
            if (dayFirst != monthFirst) {
                m_report.dateFormats.insert(
                    *it, dayFirst ? DateFormat::DayMonthYearSlash : DateFormat::MonthDayYearSlash);
                it = columns.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (columns.isEmpty())
        return true;
    const int column = columns.constFirst();
    m_report.ambiguousDateColumn = m_report.headers.value(column);
    return fail(tr("The dates in column \"%1\" of %2 can be read both as day/month/year and as month/day/year "
                   "(no day is above 12).")
                    .arg(m_report.headers.value(column), QDir::toNativeSeparators(filePath)));
}

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
        && (target == database || target.startsWith(database + u'-')
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

void ImportRun::process(const Row &row)
{
    ++m_report.rowsRead;
    if (row.flaw != CsvReader::Flaw::None) {
        // A stray byte that is no text in the file's encoding, or a NUL: this row is rejected, the rest read on.
        const QChar mark
            = row.flaw == CsvReader::Flaw::NulCharacter ? QChar(u'\0') : QChar(QChar::ReplacementCharacter);
        int column = 0;
        while (column < row.fields.size() && !row.fields.at(column).contains(mark))
            ++column;
        Row shown = row;
        if (column < shown.fields.size())
            shown.fields[column].replace(mark, QChar(QChar::ReplacementCharacter));
        rejectColumn(shown, column < row.fields.size() ? column : 0,
            row.flaw == CsvReader::Flaw::NulCharacter
                ? tr("holds a NUL character, which no text may hold")
                : tr("holds bytes that are not %1 text (shown as �)").arg(encodingName(m_report.encoding)));
        ++m_report.rejected;
        return;
    }
    for (int column = 0; column < row.fields.size(); ++column) {
        if (row.fields.at(column).size() > MaxFieldLength) {
            rejectColumn(row, column,
                tr("longer than %1 characters, which no name, address or text needs")
                    .arg(QLocale().toString(MaxFieldLength)));
            ++m_report.rejected;
            return;
        }
    }
    Outcome outcome = Outcome::Rejected;
    switch (m_options.kind) {
    case ImportKind::Customers:
        outcome = processCustomer(row);
        break;
    case ImportKind::Orders:
        outcome = processOrder(row);
        break;
    case ImportKind::Activity:
        outcome = processActivity(row);
        break;
    case ImportKind::Tickets:
        outcome = processTicket(row);
        break;
    case ImportKind::Surveys:
        outcome = processSurvey(row);
        break;
    }
    switch (outcome) {
    case Outcome::Accepted:
        ++m_report.accepted;
        break;
    case Outcome::Rejected:
        ++m_report.rejected;
        break;
    case Outcome::Skipped:
        ++m_report.skipped;
        break;
    }
}

Outcome ImportRun::reject(const Row &row, Field field, const QString &reason)
{
    return rejectColumn(row, m_report.mapping.column(field), reason);
}

Outcome ImportRun::rejectColumn(const Row &row, int column, const QString &reason)
{
    RejectedRow rejected {row.line, m_report.headers.value(column), row.fields.value(column), reason};
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

QDate ImportRun::date(const Row &row, Field field) const
{
    const int column = m_report.mapping.column(field);
    const DateFormat format = m_report.dateFormats.value(column, DateFormat::Iso);
    const QString text = cell(row, field);
    if (format != DateFormat::DayMonth)
        return parseDate(text, format);
    // DATEV writes Belegdatum as ddMM; the year comes from the batch's period.
    QDate value = parseDate(text, format, m_datevFrom.year());
    if (value.isValid() && value < m_datevFrom)
        value = parseDate(text, format, m_datevFrom.year() + 1);
    return value;
}

std::optional<QDate> ImportRun::optionalDate(const Row &row, Field field, bool *bad) const
{
    *bad = false;
    if (!has(field))
        return std::nullopt;
    if (cell(row, field).isEmpty())
        return QDate();
    const QDate value = date(row, field);
    *bad = !value.isValid();
    return value;
}

QString ImportRun::customerName(const Row &row) const
{
    QString name = cell(row, Field::Name);
    if (name.isEmpty())
        name = QString(cell(row, Field::FirstName) + u' ' + cell(row, Field::LastName)).trimmed();
    if (name.isEmpty() && m_preset && m_preset->nameFromCustomerId)
        name = cell(row, Field::CustomerId);
    return name;
}

QString ImportRun::currency(const Row &row) const
{
    const QString value = cell(row, Field::Currency).toUpper();
    return value.isEmpty() ? m_defaultCurrency : value;
}

Outcome ImportRun::processCustomer(const Row &row)
{
    CustomerRecord record;
    record.externalId = normaliseId(cell(row, Field::CustomerId));
    if (record.externalId.isEmpty())
        return reject(row, Field::CustomerId, tr("no customer id"));
    // Empty text cells keep what is stored; an empty cancel date clears it (the customer is back).
    const auto text = [&](Field field) -> std::optional<QString> {
        const QString value = cell(row, field);
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    };
    const QString name = customerName(row);
    if (!name.isEmpty())
        record.name = name;
    record.email = text(Field::Email);
    record.segment = text(Field::Segment);
    record.plan = text(Field::Plan);
    record.country = text(Field::Country);
    record.currency = has(Field::Currency) ? std::optional<QString>(currency(row)) : std::nullopt;
    for (const auto &[field, target] :
        {std::pair {Field::SignupDate, &record.signupDate}, std::pair {Field::CancelDate, &record.cancelDate},
            std::pair {Field::LastActive, &record.lastActive}, std::pair {Field::RenewalDate, &record.renewalDate}}) {
        bool bad = false;
        std::optional<QDate> value = optionalDate(row, field, &bad);
        if (bad)
            return rejectDate(row, field);
        if (value && value->isValid() && !isPlausible(*value, field))
            return rejectImplausibleDate(row, field);
        if (value && (value->isValid() || field == Field::CancelDate))
            *target = value;
    }
    if (record.signupDate && record.cancelDate && record.cancelDate->isValid()
        && *record.cancelDate < *record.signupDate)
        return reject(row, Field::CancelDate, tr("cancel date before the signup date"));

    if (has(Field::Mrr) && !cell(row, Field::Mrr).isEmpty()) {
        auto amount = parseMoney(cell(row, Field::Mrr), m_report.decimal);
        if (!amount)
            return reject(row, Field::Mrr, tr("not an amount"));
        if (!isPlausibleAmount(*amount))
            return rejectImplausibleAmount(row, Field::Mrr);
        qint64 quantity = 1;
        if (has(Field::Quantity) && !cell(row, Field::Quantity).isEmpty()) {
            auto parsed = parseInteger(cell(row, Field::Quantity));
            if (!parsed || *parsed < 0)
                return reject(row, Field::Quantity, tr("not a whole number of 0 or more"));
            quantity = *parsed;
        }
        const auto factor = intervalFactor(cell(row, Field::Interval));
        if (!factor)
            return reject(row, Field::Interval, tr("unknown billing interval (month, quarter, year, week or day)"));
        const auto seats = checkedMul(*amount, quantity);
        const auto perInterval = seats ? checkedMul(*seats, factor->first) : std::nullopt;
        if (!perInterval || !isPlausibleAmount(roundedDiv(*perInterval, factor->second)))
            return reject(row, has(Field::Quantity) ? Field::Quantity : Field::Mrr,
                tr("the monthly amount (amount × seats × billing interval) is beyond ±%1, which cannot be right")
                    .arg(QLocale().toString(MaxPlausibleAmountMinor / 100)));
        record.mrrMinor = roundedDiv(*perInterval, factor->second);
    }
    if (has(Field::TotalSpent) && !cell(row, Field::TotalSpent).isEmpty()) {
        auto amount = parseMoney(cell(row, Field::TotalSpent), m_report.decimal);
        if (!amount)
            return reject(row, Field::TotalSpent, tr("not an amount"));
        if (!isPlausibleAmount(*amount))
            return rejectImplausibleAmount(row, Field::TotalSpent);
        record.totalSpentMinor = *amount;
    }
    if (has(Field::TotalOrders) && !cell(row, Field::TotalOrders).isEmpty()) {
        auto count = parseInteger(cell(row, Field::TotalOrders));
        if (!count || *count < 0)
            return reject(row, Field::TotalOrders, tr("not a whole number of 0 or more"));
        record.totalOrders = *count;
    }
    put(std::move(record));
    return Outcome::Accepted;
}

void ImportRun::flushOrder()
{
    if (!m_pendingOrder)
        return;
    put(std::move(*m_pendingOrder));
    m_pendingOrder.reset();
}

Outcome ImportRun::processOrder(const Row &row)
{
    const QString orderId = normaliseId(cell(row, Field::OrderId));
    const bool continuation = m_pendingOrder && !orderId.isEmpty() && m_pendingOrder->externalRef == orderId;

    QString customer = normaliseId(cell(row, Field::CustomerId));
    qint64 sign = 1;
    if (m_preset && m_preset->datev) {
        // A sale is a booking between a customer account (Debitor) and a revenue account; payments and
        // other bookings are skipped. Soll/Haben says which way the customer account moved.
        const QString account = customer;
        const QString contra = normaliseId(cell(row, Field::ContraAccount));
        const auto isCustomerAccount = [this](const QString &number) {
            return number.size() > m_datevAccountLength && number.front() >= u'1' && number.front() <= u'6';
        };
        const auto isRevenueAccount = [this](const QString &number) {
            return number.size() <= m_datevAccountLength && number.size() >= 4
                && (number.front() == u'8' || number.front() == u'4');
        };
        const bool debit = cell(row, Field::DebitCredit).compare(u"S"_s, Qt::CaseInsensitive) == 0;
        if (isCustomerAccount(account) && isRevenueAccount(contra)) {
            sign = debit ? 1 : -1;
        } else if (isCustomerAccount(contra) && isRevenueAccount(account)) {
            customer = contra;
            sign = debit ? -1 : 1;
        } else {
            return Outcome::Skipped;
        }
    } else if (has(Field::DebitCredit)) {
        const QString flag = cell(row, Field::DebitCredit);
        if (flag.compare(u"H"_s, Qt::CaseInsensitive) == 0 || flag.compare(u"C"_s, Qt::CaseInsensitive) == 0
            || flag.compare(u"credit"_s, Qt::CaseInsensitive) == 0)
            sign = -1;
    }
    if (customer.isEmpty()) {
        if (!continuation)
            return reject(row, Field::CustomerId, tr("no customer id"));
        customer = m_pendingOrder->customerExternalId;
    }

    QDate day = cell(row, Field::Date).isEmpty() && continuation ? m_pendingOrder->date : date(row, Field::Date);
    if (!day.isValid())
        return rejectDate(row, Field::Date);
    if (!isPlausible(day, Field::Date))
        return rejectImplausibleDate(row, Field::Date);

    qint64 amount = 0;
    const QString amountText = cell(row, Field::Amount);
    if (has(Field::Amount) && !amountText.isEmpty()) {
        auto parsed = parseMoney(amountText, m_report.decimal);
        if (!parsed)
            return reject(row, Field::Amount, tr("not an amount"));
        if (!isPlausibleAmount(*parsed))
            return rejectImplausibleAmount(row, Field::Amount);
        amount = *parsed;
    } else if (has(Field::Quantity) && has(Field::UnitPrice) && !cell(row, Field::Quantity).isEmpty()
        && !cell(row, Field::UnitPrice).isEmpty()) {
        auto quantity = parseDecimal(cell(row, Field::Quantity), m_report.decimal);
        if (!quantity)
            return reject(row, Field::Quantity, tr("not a number"));
        auto price = parseDecimal(cell(row, Field::UnitPrice), m_report.decimal);
        if (!price)
            return reject(row, Field::UnitPrice, tr("not a price"));
        const double minor = *quantity * *price * 100.0;
        if (!std::isfinite(minor) || std::abs(minor) > double(MaxPlausibleAmountMinor))
            return reject(row, Field::Quantity,
                tr("quantity × unit price is beyond ±%1, which cannot be right")
                    .arg(QLocale().toString(MaxPlausibleAmountMinor / 100)));
        amount = std::llround(minor);
    } else if (!continuation) {
        return reject(row, has(Field::Amount) ? Field::Amount : Field::UnitPrice, tr("no amount"));
    }
    if (has(Field::RefundedAmount) && !cell(row, Field::RefundedAmount).isEmpty()) {
        auto refunded = parseMoney(cell(row, Field::RefundedAmount), m_report.decimal);
        if (!refunded)
            return reject(row, Field::RefundedAmount, tr("not an amount"));
        if (!isPlausibleAmount(*refunded))
            return rejectImplausibleAmount(row, Field::RefundedAmount);
        amount -= std::abs(*refunded); // both within ±10^14: no overflow
    }
    amount *= sign;

    OrderStatus status = continuation ? m_pendingOrder->status : OrderStatus::Paid;
    const QString statusText = cell(row, Field::Status);
    if (!statusText.isEmpty()) {
        switch (statusMeaning(statusText)) {
        case StatusMeaning::Paid:
            status = OrderStatus::Paid;
            break;
        case StatusMeaning::Failed:
            status = OrderStatus::Failed;
            break;
        case StatusMeaning::Refunded:
            // A refunded order without a refunded amount gives everything back; a credit note's
            // positive amount is a refund.
            if (!has(Field::RefundedAmount) && amount > 0)
                amount = -amount;
            break;
        case StatusMeaning::NotASale:
            return Outcome::Skipped;
        case StatusMeaning::Unknown:
            return reject(row, Field::Status, tr("unknown order status"));
        }
    }

    if (!m_customersDescribed.contains(customer)) {
        const QString name = customerName(row);
        const QString email = cell(row, Field::Email);
        const QString country = cell(row, Field::Country);
        const QString segment = cell(row, Field::Segment);
        if (!name.isEmpty() || !email.isEmpty() || !country.isEmpty() || !segment.isEmpty()) {
            CustomerRecord record;
            record.externalId = customer;
            if (!name.isEmpty())
                record.name = name;
            if (!email.isEmpty())
                record.email = email;
            if (!country.isEmpty())
                record.country = country;
            if (!segment.isEmpty())
                record.segment = segment;
            put(std::move(record));
        }
        m_customersDescribed.insert(customer);
    }

    if (continuation) {
        const auto total = checkedAdd(m_pendingOrder->amountMinor, amount);
        if (!total || !isPlausibleAmount(*total))
            return reject(row, has(Field::Amount) ? Field::Amount : Field::Quantity,
                tr("the order's line items add up to more than ±%1, which cannot be right")
                    .arg(QLocale().toString(MaxPlausibleAmountMinor / 100)));
        m_pendingOrder->amountMinor = *total;
        m_pendingOrder->status = status;
        return Outcome::Accepted;
    }
    flushOrder();

    OrderRecord order;
    order.customerExternalId = customer;
    order.date = day;
    order.amountMinor = amount;
    order.currency = currency(row);
    order.status = status;
    order.externalRef = orderId;
    if (!orderId.isEmpty()) {
        order.dedupKey = orderId;
        m_pendingOrder = std::move(order);
        return Outcome::Accepted;
    }
    // Without an order number, the row's content identifies it; identical consecutive rows are
    // told apart by their position in the run, so a re-import finds each again.
    QByteArray content = customer.toUtf8() + '\x1f' + day.toString(Qt::ISODate).toLatin1() + '\x1f'
        + QByteArray::number(amount) + '\x1f' + order.currency.toLatin1();
    if (content == m_lastAutoKey) {
        ++m_autoKeyRepeat;
    } else {
        m_lastAutoKey = content;
        m_autoKeyRepeat = 0;
    }
    content += '\x1f' + QByteArray::number(m_autoKeyRepeat);
    order.dedupKey = contentKey(content);
    put(std::move(order));
    return Outcome::Accepted;
}

Outcome ImportRun::processActivity(const Row &row)
{
    ActivityRecord record;
    record.customerExternalId = normaliseId(cell(row, Field::CustomerId));
    if (record.customerExternalId.isEmpty())
        return reject(row, Field::CustomerId, tr("no customer id"));
    record.date = date(row, Field::Date);
    if (!record.date.isValid())
        return rejectDate(row, Field::Date);
    if (!isPlausible(record.date, Field::Date))
        return rejectImplausibleDate(row, Field::Date);
    record.kind = cell(row, Field::Kind).toLower();
    if (record.kind.isEmpty())
        record.kind = u"activity"_s;
    if (has(Field::Count) && !cell(row, Field::Count).isEmpty()) {
        auto count = parseInteger(cell(row, Field::Count));
        if (!count || *count < 0)
            return reject(row, Field::Count, tr("not a whole number of 0 or more"));
        if (*count > MaxEventsPerRow)
            return reject(row, Field::Count,
                tr("more than %1 events on one day, which cannot be right").arg(QLocale().toString(MaxEventsPerRow)));
        record.count = *count;
    }
    put(std::move(record));
    return Outcome::Accepted;
}

Outcome ImportRun::processTicket(const Row &row)
{
    TicketRecord record;
    record.customerExternalId = normaliseId(cell(row, Field::CustomerId));
    if (record.customerExternalId.isEmpty())
        return reject(row, Field::CustomerId, tr("no customer id"));
    record.opened = date(row, Field::OpenedDate);
    if (!record.opened.isValid())
        return rejectDate(row, Field::OpenedDate);
    if (!isPlausible(record.opened, Field::OpenedDate))
        return rejectImplausibleDate(row, Field::OpenedDate);
    bool bad = false;
    if (auto closed = optionalDate(row, Field::ClosedDate, &bad); closed)
        record.closed = *closed;
    if (bad)
        return rejectDate(row, Field::ClosedDate);
    if (record.closed.isValid() && !isPlausible(record.closed, Field::ClosedDate))
        return rejectImplausibleDate(row, Field::ClosedDate);
    if (record.closed.isValid() && record.closed < record.opened)
        return reject(row, Field::ClosedDate, tr("closed before it was opened"));
    const auto severity = severityFrom(cell(row, Field::Severity));
    if (!severity)
        return reject(row, Field::Severity, tr("unknown severity (low, normal, high or critical)"));
    record.severity = *severity;
    const auto complaint = booleanFrom(cell(row, Field::Complaint));
    if (!complaint)
        return reject(row, Field::Complaint, tr("not yes or no"));
    record.complaint = *complaint;
    record.subject = cell(row, Field::Subject);
    record.externalRef = normaliseId(cell(row, Field::TicketId));
    if (!record.externalRef.isEmpty()) {
        record.dedupKey = record.externalRef;
    } else {
        record.dedupKey = contentKey(record.customerExternalId.toUtf8() + '\x1f'
            + record.opened.toString(Qt::ISODate).toLatin1() + '\x1f' + record.subject.toUtf8());
    }
    put(std::move(record));
    return Outcome::Accepted;
}

Outcome ImportRun::processSurvey(const Row &row)
{
    SurveyRecord record;
    record.customerExternalId = normaliseId(cell(row, Field::CustomerId));
    if (record.customerExternalId.isEmpty())
        return reject(row, Field::CustomerId, tr("no customer id"));
    record.date = date(row, Field::Date);
    if (!record.date.isValid())
        return rejectDate(row, Field::Date);
    if (!isPlausible(record.date, Field::Date))
        return rejectImplausibleDate(row, Field::Date);
    if (m_surveyKind) {
        record.kind = *m_surveyKind;
    } else {
        const QString kind = normaliseHeader(cell(row, Field::Kind));
        if (kind == u"nps" || kind == u"netpromoterscore")
            record.kind = SurveyKind::Nps;
        else if (kind == u"csat" || kind == u"customersatisfaction" || kind == u"kundenzufriedenheit")
            record.kind = SurveyKind::Csat;
        else
            return reject(row, Field::Kind, tr("unknown survey kind (nps or csat)"));
    }
    // A survey without a score was sent and not answered: silence counts too.
    if (cell(row, Field::Score).isEmpty()) {
        put(std::move(record));
        return Outcome::Accepted;
    }
    const auto score = parseInteger(cell(row, Field::Score));
    if (!score)
        return reject(row, Field::Score, tr("not a whole number"));
    const bool inRange = record.kind == SurveyKind::Nps ? (*score >= 0 && *score <= 10) : (*score >= 1 && *score <= 5);
    if (!inRange)
        return reject(row, Field::Score,
            record.kind == SurveyKind::Nps ? tr("an NPS score is 0 to 10") : tr("a CSAT score is 1 to 5"));
    record.score = int(*score);
    put(std::move(record));
    return Outcome::Accepted;
}

} // namespace

Importer::Importer(QObject *parent)
    : QObject(parent)
{ }

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
    if (detected.datev)
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
    ImportRun job(*this, database, report, options, m_cancelled);
    job.run(filePath);
    return report;
}

} // namespace rd
