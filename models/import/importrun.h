// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Private to the importer: ImportRun, the import of one file (a reading thread that checks rows and a
// writing one that stores them, handed over in batches through BatchQueue), and the small pieces that
// Importer's own functions share with it: Row, the header planning (HeaderPlan, planHeaders) and
// ImportText, the translation context "Importer". The run itself is in importrun.cpp, the rules that
// turn a row into records in rowrules.cpp. Those two include it as "importrun.h", from beside them, so
// that lupdate finds ImportRun's translation context even when run without the include path.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include "batchqueue.h"
#include "import/idslots.h"
#include "import/importer.h"
#include "storage/importstore.h"

class QFile;

namespace rd {

struct DetectedFormat;
struct Preset;

namespace detail {

struct Row
{
    qint64 line = 0;
    QStringList fields;
    CsvReader::Flaw flaw = CsvReader::Flaw::None;
};

// Why the input cannot be read as a file at all: missing, a folder, or a pipe or device that could block
// reading forever. Empty when it is a regular file.
QString notARegularFile(const QString &path);

enum class Outcome { Accepted, Rejected, Skipped };

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

// A survey kind as files write it (nps, csat, Net Promoter Score, Kundenzufriedenheit); nullopt when unknown.
std::optional<SurveyKind> surveyKindFrom(const QString &text);

Result<HeaderPlan> planHeaders(const QStringList &headers, const ImportOptions &options);

// Whose sale an order row is: the file's own customer column, a ledger's customer account (DATEV), a
// payment account's buyer (PayPal), or no sale at all.
enum class Party { Own, Ledger, PaymentAccount, NotASale };

// The import of one file into one database, as Importer::run() starts it.
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
    // Reads the file's records after the header, while visit returns true; false (with the message) when the file
    // cannot be read.
    bool scanRecords(const QString &filePath, const CsvFormat &format, int headerLine,
        const std::function<bool(const QStringList &)> &visit);
    bool prescanAmbiguousDates(const QString &filePath, const CsvFormat &format, int headerLine, QList<int> columns);
    // The scale of the file's CSAT answers (ImportReport::csatScale): given, named by the score column, or
    // 1-10 when any answer is above 5.
    bool chooseCsatScale(const QString &filePath, const CsvFormat &format, int headerLine);
    bool openRejects(const QString &filePath);
    Outcome rejectColumn(const Row &row, int column, const QString &reason);
    // The column that rejected the most rows for one reason, when that many make a misread file.
    std::optional<Misread> misreadColumn() const;
    void warnAboutDuplicateHeaders();
    void process(const Row &row);
    Outcome processCustomer(const Row &row);
    Outcome processOrder(const Row &row);
    Party orderParty(const Row &row, QString &customer, qint64 &sign) const; // partyrules.cpp
    qint32 customerSlot(const QString &externalId, bool *firstSeen = nullptr);
    qint32 customerSlot(const QString &externalId, quint64 idHash, bool *firstSeen);
    Outcome processActivity(const Row &row);
    Outcome processTicket(const Row &row);
    Outcome processSurvey(const Row &row);
    void flushOrder();
    void produce(CsvReader &reader);
    Result<void> store(const StoreOp &op, const Batch &batch);
    template<typename Record> void put(Record &&record)
    {
        using T = std::decay_t<Record>;
        if constexpr (std::is_same_v<T, OrderRecord>)
            m_batch.add(record);
        else if constexpr (std::is_same_v<T, ActivityRecord>)
            m_batch.ops.emplace_back(std::forward<Record>(record));
        else
            m_batch.ops.emplace_back(std::make_unique<T>(std::forward<Record>(record)));
    }

    QString cell(const Row &row, Field field) const
    {
        const int column = m_report.mapping.column(field);
        return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
    }
    bool has(Field field) const { return m_report.mapping.has(field); }
    Outcome reject(const Row &row, Field field, const QString &reason);
    // An order row without a customer: counted with its revenue, not listed (ImportReport::guestRows).
    Outcome rejectGuestOrder(const Row &row, qint64 revenueMinor, const QString &currency);
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
    bool m_adoptCurrency = false; // options.currency becomes the business's currency setting
    const QDate m_earliest {1900, 1, 1};
    const QDate m_today = QDate::currentDate();
    std::optional<SurveyKind> m_surveyKind;
    QList<Row> m_sample;
    QSaveFile m_rejectsFile;
    QTextStream m_rejects;
    bool m_writeRejects = false;
    // Rejections per column and reason, to tell a misread column from bad rows (Importer::MisreadShare).
    QHash<std::pair<int, QString>, Misread> m_rejectTally;

    BatchQueue m_queue;
    Batch m_batch;

    // Line items of one order arrive on consecutive rows; they are added up here before writing.
    std::optional<OrderRecord> m_pendingOrder;
    // Each customer's number in this import (OrderRecord::customerSlot), given when first seen.
    IdSlots m_customerSlots;
    QByteArray m_lastAutoKey;
    int m_autoKeyRepeat = 0;
};

} // namespace detail

} // namespace rd
