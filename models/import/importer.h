// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <atomic>
#include <optional>

#include <QLocale>
#include <QObject>
#include <QStringList>

#include "core/result.h"
#include "import/csvreader.h"
#include "import/fields.h"
#include "import/valueparser.h"

namespace rd {

class Database;

struct ImportOptions
{
    ImportKind kind = ImportKind::Orders;
    QString preset; // a preset id; empty: recognised from the headers
    QList<std::pair<QString, QString>> mappings; // COLUMN=field overrides
    std::optional<QChar> delimiter; // detected when unset
    std::optional<TextEncoding> encoding; // detected when unset
    std::optional<DateFormat> dateFormat; // detected per column when unset
    std::optional<DecimalStyle> decimal; // detected when unset
    QString rejectsPath; // write rejected rows here as CSV
    QString currency; // for rows without one; empty: the database's setting, else EUR
    std::optional<int> csatScale; // 5 or 10; recognised from the file when unset
    // Import the valid rows even when one column rejects so many rows for one reason that the file was
    // probably misread (ImportReport::misread); by default such an import stops before committing.
    bool acceptRejects = false;
};

// One column rejected many rows for the same reason (more than MisreadShare of the rows and more than
// MisreadRows): a format the import did not recognise rather than bad rows.
struct Misread
{
    QString column;
    QString reason;
    qint64 rows = 0;
    QList<std::pair<qint64, QString>> examples; // line and value of the first two
};

struct RejectedRow
{
    qint64 line = 0; // physical line in the file, 1-based
    QString column; // header of the column at fault
    QString value;
    QString reason;
};

struct ImportReport
{
    QString filePath;
    QString sha256;
    ImportKind kind = ImportKind::Orders;
    QString presetId;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    DecimalStyle decimal = DecimalStyle::Point;
    QStringList headers;
    ColumnMapping mapping;
    QHash<int, DateFormat> dateFormats; // per date column

    qint64 rowsRead = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    qint64 customersCreated = 0;
    // Order rows without a customer id (guest orders), among the rejected ones: summed up instead of
    // listed one by one (the rejects file has each), with the revenue they carry.
    qint64 guestRows = 0;
    qint64 guestRevenueMinor = 0;
    QString guestCurrency;
    int csatScale = 0; // a survey file with CSAT answers: the highest score of their scale (5 or 10)
    qint64 guestFirstLine = 0; // the physical line of the first one
    QList<RejectedRow> rejects; // the first ones, for display; all of them go to the rejects file
    QStringList warnings;
    QString backupPath; // the copy of the database written before this import; empty when none was needed
    bool seenBefore = false;
    bool committed = false;
    bool compacted = false; // the file was laid out anew afterwards (runOnFile, large imports)
    // The column whose dates read both day first and month first: the import stopped, and only a
    // date format given in the options decides (the front end says how to give one).
    QString ambiguousDateColumn;
    // The required fields no column maps to, when that stopped the import (the front end says how to map one).
    QList<Field> missingFields;
    // Set when the import stopped because one column was misread (ImportOptions::acceptRejects goes on).
    std::optional<Misread> misread;
    std::optional<Error> error; // set when nothing was written
};

// What a file would import as, before importing it: its format, headers, how each column maps to a
// field and the first rows as read.
struct ImportPreview
{
    QString filePath;
    ImportKind kind = ImportKind::Orders;
    QString presetId; // the preset given or recognised; empty: columns recognised by their names
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList headers;
    ColumnMapping mapping;
    QList<Field> missing; // required fields no column maps to: the import would fail
    QList<QStringList> rows; // the first rows, as read
    QList<qint64> lines; // the physical line of each row, 1-based
};

// Imports one CSV file into a database as one transaction: the valid rows are committed together,
// rows that fail validation are reported with line, column, value and reason, and a file that
// cannot be read, or of which no row is valid, leaves the database exactly as it was.
class Importer : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxReportedRejects = 200;
    // A column that rejects more than this share of the rows, and more than MisreadRows rows, for one
    // reason was misread: the import stops unless told to accept the rejects.
    static constexpr double MisreadShare = 0.05;
    static constexpr qint64 MisreadRows = 20;
    // An import this large spreads the file's tables over the disk: runOnFile() compacts the file after
    // it (Database::compact), so that the first start after a restart of the computer stays fast.
    static constexpr qint64 CompactAfterRows = 100'000;

    explicit Importer(QObject *parent = nullptr);

    ImportReport run(Database &database, const QString &filePath, const ImportOptions &options);
    // Opens the database file on a connection of this thread, imports, and compacts the file after an
    // import of CompactAfterRows rows or more (announced by compacting()). A file that cannot be
    // compacted keeps its rows; the report's warnings say so.
    ImportReport runOnFile(const QString &databasePath, const QString &filePath, const ImportOptions &options);
    // Reads the header and the first maxRows rows as run() would, without touching any database.
    static Result<ImportPreview> preview(const QString &filePath, const ImportOptions &options, int maxRows = 50);
    // What the file most likely holds: the kind whose required columns its headers all name.
    static ImportKind guessKind(const QString &filePath);
    // One line on the report's guest orders (rows without a customer id, with their revenue); empty when
    // there were none.
    // Whether an import into this database should ask for the currency of the amounts: it holds no orders and no
    // currency setting yet (a file without a currency column would otherwise be labelled EUR).
    static bool needsCurrency(const QString &databasePath);
    static bool needsCurrency(Database &database);
    static QString guestOrderSummary(const ImportReport &report, const QLocale &locale = QLocale());
    // Thread-safe: the running import stops at the next row and rolls back. A cancel that comes before
    // run() has begun stops it at once: an Importer once cancelled stays so (take a new one per import).
    void cancel() { m_cancelled = true; }

signals:
    void progress(qint64 rows, qint64 bytesRead, qint64 bytesTotal);
    void compacting();

private:
    std::atomic<bool> m_cancelled {false};
};

} // namespace rd
