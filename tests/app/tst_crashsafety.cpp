// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/testcase.h"

using namespace Qt::StringLiterals;

namespace {

// Orders of `customers` customers, each with its own order number.
QByteArray ordersCsv(int rows, int customers, const QByteArray &prefix)
{
    QByteArray csv = "order_id,customer_id,date,amount\n";
    csv.reserve(qsizetype(rows) * 40);
    const QDate first(2022, 1, 1);
    for (int row = 0; row < rows; ++row) {
        csv += prefix + QByteArray::number(row) + ',' + prefix + 'C' + QByteArray::number(row % customers) + ','
            + first.addDays(row % 1000).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(5 + row % 300) + '.'
            + QByteArray::number(10 + row % 90) + '\n';
    }
    return csv;
}

// What a database file holds, read the way a program opening it after the crash would.
struct Stored
{
    QString integrity;
    QString counts;
    QString journalMode;
};

Stored readBack(const QString &path)
{
    static int connections = 0;
    const QString name = u"crash-check-%1"_s.arg(++connections);
    Stored stored;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            QStringList lines;
            if (query.exec(u"PRAGMA integrity_check"_s)) {
                while (query.next())
                    lines.append(query.value(0).toString());
            }
            if (query.exec(u"PRAGMA journal_mode"_s) && query.next())
                stored.journalMode = query.value(0).toString();
            stored.integrity
                = lines.isEmpty() ? u"integrity_check did not run: "_s + query.lastError().text() : lines.join(u'\n');
            // The tables and indexes too: an import changes rows, never the schema.
            const QList<std::pair<QString, QString>> parts = {
                {u"customers"_s, u"SELECT count(*) FROM customers"_s},
                {u"orders"_s, u"SELECT count(*) FROM orders"_s},
                {u"amount"_s, u"SELECT coalesce(sum(amount_minor), 0) FROM orders"_s},
                {u"imports"_s, u"SELECT count(*) FROM imports"_s},
                {u"schema objects"_s, u"SELECT count(*) FROM sqlite_master"_s},
            };
            QStringList counts;
            for (const auto &[label, statement] : parts) {
                const bool read = query.exec(statement) && query.next();
                counts.append(label + u' ' + (read ? query.value(0).toString() : u"?"_s));
            }
            stored.counts = counts.join(u", "_s);
            query.finish();
            db.close();
        } else {
            stored.integrity = u"could not open: "_s + db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return stored;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size(); // 0 when missing
}

// How far process pid has read file: the offset of its descriptor on it, from Linux's /proc; -1 when it has
// none open. fd caches the descriptor between calls.
qint64 readOffset(qint64 pid, const QString &file, int &fd)
{
    const QString base = u"/proc/%1/"_s.arg(pid);
    if (fd >= 0 && QFileInfo(base + u"fd/"_s + QString::number(fd)).symLinkTarget() != file)
        fd = -1; // closed, or the number taken by another file
    if (fd < 0) {
        const QStringList entries
            = QDir(base + u"fd"_s).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            if (QFileInfo(base + u"fd/"_s + entry).symLinkTarget() == file)
                fd = entry.toInt();
        }
        if (fd < 0)
            return -1;
    }
    QFile info(base + u"fdinfo/"_s + QString::number(fd));
    if (!info.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : info.readAll().split('\n')) {
        if (line.startsWith("pos:"))
            return line.mid(4).trimmed().toLongLong();
    }
    return -1;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(to + suffix);
    return QFile::copy(from, to) && (!QFile::exists(from + u"-wal"_s) || QFile::copy(from + u"-wal", to + u"-wal"));
}

} // namespace

// kill -9 of retentiondesk-cli while it imports a large file or compacts the database: whenever it dies, the
// file opens, passes SQLite's integrity check and holds exactly the state before or the state after, never
// part of the import.
class TestCrashSafety : public rd::test::TestCase
{
    Q_OBJECT

private:
    static constexpr int LargeRows = 300000;
    static constexpr int LargeCustomers = 20000;
    static constexpr int SeedRows = 1000;
    static constexpr int SeedCustomers = 100;

    enum class Trigger {
        Read, // once the program has read threshold bytes of the CSV file
        Time, // after threshold milliseconds
        Journal, // once the journal (-journal or -wal) is larger than threshold bytes
        File, // once the database file is larger than threshold bytes (pages are written into it)
    };

    struct Watch
    {
        qint64 elapsedMs = 0;
        qint64 maxJournal = 0;
        // When the journal began to grow: the import's first change (its rollback journal, which keeps the
        // pages the file had) or VACUUM's copy (into the write-ahead log).
        qint64 journalStartMs = -1;
        qint64 journalAtKill = 0;
        qint64 fileAtKill = 0;
        qint64 readAtKill = -1;
        bool killed = false;
        int exitCode = -1;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_csvTarget; // as /proc names it
    qint64 m_csvSize = 0;
    QString m_beforeDb;
    QString m_afterDb;
    Stored m_before;
    Stored m_after;
    Watch m_import;
    Watch m_compact;
    qint64 m_beforeSize = 0;
    qint64 m_afterSize = 0;
    QStringList m_figures;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        return env;
    }

    static QStringList importArguments(const QString &db, const QString &csv)
    {
        return {u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, csv};
    }

    // Runs the CLI; with a trigger, kills it (SIGKILL) once the trigger fires. Watches the journal meanwhile.
    Watch run(const QStringList &arguments, const QString &db, Trigger trigger = Trigger::Time, qint64 threshold = -1)
    {
        Watch watch;
        QProcess process;
        process.setProcessEnvironment(environment());
        QElapsedTimer timer;
        process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
        if (!process.waitForStarted(10000))
            return watch;
        timer.start();
        int csvDescriptor = -1;
        while (process.state() == QProcess::Running && timer.elapsed() < 120000) {
            const qint64 journalSize = std::max(fileSize(db + u"-wal"_s), fileSize(db + u"-journal"_s));
            watch.maxJournal = std::max(watch.maxJournal, journalSize);
            if (journalSize > 0 && watch.journalStartMs < 0)
                watch.journalStartMs = timer.elapsed();
            const qint64 read
                = trigger == Trigger::Read ? readOffset(process.processId(), m_csvTarget, csvDescriptor) : -1;
            bool fire = false;
            switch (threshold < 0 ? Trigger::Time : trigger) {
            case Trigger::Read:
                fire = read >= threshold;
                break;
            case Trigger::Time:
                fire = threshold >= 0 && timer.elapsed() >= threshold;
                break;
            case Trigger::Journal:
                fire = journalSize > threshold;
                break;
            case Trigger::File:
                fire = fileSize(db) > threshold;
                break;
            }
            if (fire) {
                watch.journalAtKill = journalSize;
                watch.fileAtKill = fileSize(db);
                watch.readAtKill = read;
                process.kill();
                break;
            }
            process.waitForFinished(1);
        }
        process.waitForFinished(30000);
        watch.elapsedMs = timer.elapsed();
        watch.killed = process.exitStatus() == QProcess::CrashExit;
        watch.exitCode = watch.killed ? -1 : process.exitCode();
        watch.err = QString::fromUtf8(process.readAllStandardError());
        return watch;
    }

    Watch runToEnd(const QStringList &arguments, const QString &db) { return run(arguments, db); }

    // The orders count that `info` reports: the program itself opens the file after the crash.
    static QString infoOrders(const QString &db)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QString::fromUtf8(RD_CLI_PATH), {u"info"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return u"info failed: "_s + QString::fromUtf8(process.readAllStandardError());
        const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        return u"orders "_s + QString::number(object.value(u"orders"_s).toInteger(-1));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(u"large.csv"_s);
        {
            QFile csv(m_csv);
            const QByteArray content = ordersCsv(LargeRows, LargeCustomers, "L");
            QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write(content) == content.size());
            m_csvSize = content.size();
        }
        m_csvTarget = QFileInfo(m_csv).canonicalFilePath();
        const QString seed = m_dir.filePath(u"seed.csv"_s);
        {
            QFile csv(seed);
            const QByteArray content = ordersCsv(SeedRows, SeedCustomers, "S");
            QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write(content) == content.size());
        }

        // Before: a business with one small import, closed cleanly (no -wal file left).
        m_beforeDb = m_dir.filePath(u"before.sqlite"_s);
        const Watch seeded = runToEnd(importArguments(m_beforeDb, seed), m_beforeDb);
        QVERIFY2(!seeded.killed && seeded.exitCode == 0, qPrintable(seeded.err));
        QVERIFY(!QFile::exists(m_beforeDb + u"-wal"_s));
        m_before = readBack(m_beforeDb);
        QCOMPARE(m_before.integrity, u"ok"_s);
        QVERIFY2(m_before.counts.startsWith(u"customers %1, orders %2, "_s.arg(SeedCustomers).arg(SeedRows)),
            qPrintable(m_before.counts));
        m_beforeSize = fileSize(m_beforeDb);

        // After: the large import run to its end, timed, with the journal watched.
        m_afterDb = m_dir.filePath(u"after.sqlite"_s);
        QVERIFY(copyDatabase(m_beforeDb, m_afterDb));
        m_import = runToEnd(importArguments(m_afterDb, m_csv), m_afterDb);
        QVERIFY2(!m_import.killed && m_import.exitCode == 0, qPrintable(m_import.err));
        m_after = readBack(m_afterDb);
        QCOMPARE(m_after.integrity, u"ok"_s);
        QVERIFY2(m_after.counts.startsWith(
                     u"customers %1, orders %2, "_s.arg(SeedCustomers + LargeCustomers).arg(SeedRows + LargeRows)),
            qPrintable(m_after.counts));
        QVERIFY2(m_after.counts.contains(u"imports 2, "_s), qPrintable(m_after.counts));
        QCOMPARE(m_after.counts.section(u", "_s, -1), m_before.counts.section(u", "_s, -1));
        m_afterSize = fileSize(m_afterDb);
        // The import keeps a rollback journal of the pages the file had, and writes its new pages once, into
        // the file (not into a log first, to be copied again); the file is in write-ahead mode after it.
        QVERIFY2(m_import.maxJournal > 0 && m_import.journalStartMs > 0
                && m_import.maxJournal < (m_afterSize - m_beforeSize) / 4,
            qPrintable(u"largest journal seen: %1 bytes, the file grew by %2"_s.arg(m_import.maxJournal)
                           .arg(m_afterSize - m_beforeSize)));
        QVERIFY(!QFile::exists(m_afterDb + u"-journal"_s));
        QCOMPARE(m_after.journalMode, u"wal"_s);

        // Compacting the file after the import (as the window does after large imports), timed.
        const QString compacted = m_dir.filePath(u"compacted.sqlite"_s);
        QVERIFY(copyDatabase(m_afterDb, compacted));
        m_compact = runToEnd({u"compact"_s, u"--db"_s, compacted}, compacted);
        QVERIFY2(!m_compact.killed && m_compact.exitCode == 0, qPrintable(m_compact.err));
        QVERIFY(m_compact.journalStartMs > 0);
        const Stored afterCompaction = readBack(compacted);
        QCOMPARE(afterCompaction.integrity, u"ok"_s);
        QCOMPARE(afterCompaction.counts, m_after.counts);
        m_figures.append(u"import of %1 rows: %2 ms, journal from %3 ms, largest journal %4 bytes; compact: %5 ms, "
                         u"copy from %6 ms, largest -wal %7 bytes"_s.arg(QString::number(LargeRows),
                             QString::number(m_import.elapsedMs), QString::number(m_import.journalStartMs),
                             QString::number(m_import.maxJournal), QString::number(m_compact.elapsedMs),
                             QString::number(m_compact.journalStartMs), QString::number(m_compact.maxJournal)));
        m_figures.append(u"before: "_s + m_before.counts);
        m_figures.append(u"after:  "_s + m_after.counts);
        QVERIFY(QFile::remove(compacted));
    }

    void cleanupTestCase()
    {
        for (const QString &line : std::as_const(m_figures))
            qInfo("%s", qPrintable(line));
    }

    void killedAtAnyPointLeavesBeforeOrAfter_data()
    {
        QTest::addColumn<bool>("compact");
        QTest::addColumn<int>("trigger");
        QTest::addColumn<qint64>("threshold");
        QTest::addColumn<bool>("mustBeAfter");
        // Points in the file: the program reads it as it stores the rows, and commits after the last one.
        for (const int percent : {10, 50, 90}) {
            QTest::addRow("import, %d %% of the file read", percent)
                << false << int(Trigger::Read) << m_csvSize * percent / 100 << false;
        }
        QTest::addRow("import, writing the rollback journal")
            << false << int(Trigger::Journal) << m_import.maxJournal / 3 << false;
        // New pages go into the file while the journal still holds the old ones: rolled back when opened.
        QTest::addRow("import, writing its pages into the file")
            << false << int(Trigger::File) << m_beforeSize + (m_afterSize - m_beforeSize) / 2 << false;
        // VACUUM builds the new layout in a temporary file first, then copies it into the log; half the time the
        // run to the end took for the first part.
        QTest::addRow("compact, building the new layout")
            << true << int(Trigger::Time) << m_compact.journalStartMs / 2 << true;
        QTest::addRow("compact, writing the new layout to the log")
            << true << int(Trigger::Journal) << m_compact.maxJournal / 2 << true;
    }
    void killedAtAnyPointLeavesBeforeOrAfter()
    {
        QFETCH(bool, compact);
        QFETCH(int, trigger);
        QFETCH(qint64, threshold);
        QFETCH(bool, mustBeAfter);
        const QString db = m_dir.filePath(u"killed.sqlite"_s);
        QVERIFY(copyDatabase(compact ? m_afterDb : m_beforeDb, db));

        if (Trigger(trigger) == Trigger::Read && !QFileInfo::exists(u"/proc/self/fdinfo"_s))
            QSKIP("Needs Linux's /proc to see how far the program has read its file.");
        Watch watch = compact ? run({u"compact"_s, u"--db"_s, db}, db, Trigger(trigger), threshold)
                              : run(importArguments(db, m_csv), db, Trigger(trigger), threshold);
        // A point in time from the run to the end may lie past the end of a faster run: try earlier.
        for (int attempt = 0; Trigger(trigger) == Trigger::Time && !watch.killed && attempt < 3; ++attempt) {
            threshold /= 2;
            QVERIFY(copyDatabase(compact ? m_afterDb : m_beforeDb, db));
            watch = compact ? run({u"compact"_s, u"--db"_s, db}, db, Trigger(trigger), threshold)
                            : run(importArguments(db, m_csv), db, Trigger(trigger), threshold);
        }
        QVERIFY2(watch.killed,
            qPrintable(
                u"the program ended (exit code %1) before the kill point: %2"_s.arg(watch.exitCode).arg(watch.err)));

        const Stored stored = readBack(db);
        const QString state = stored.counts == m_before.counts ? u"before"_s
            : stored.counts == m_after.counts                  ? u"after"_s
                                                               : u"IN BETWEEN"_s;
        const QString read = watch.readAtKill < 0 ? QString() : u"CSV read to %1, "_s.arg(watch.readAtKill);
        m_figures.append(u"%1: killed after %2 ms (%3journal %4 bytes, file %5 bytes) -> integrity %6, %7 (%8)"_s.arg(
            QString::fromUtf8(QTest::currentDataTag()), QString::number(watch.elapsedMs), read,
            QString::number(watch.journalAtKill), QString::number(watch.fileAtKill), stored.integrity, state,
            stored.counts));
        QCOMPARE(stored.integrity, u"ok"_s);
        QVERIFY2(state != u"IN BETWEEN", qPrintable(stored.counts));
        if (mustBeAfter)
            QCOMPARE(stored.counts, m_after.counts);
        // Killed before the import wrote anything: nothing of it may be there.
        if (!compact && watch.journalAtKill == 0 && watch.fileAtKill <= m_beforeSize)
            QCOMPARE(stored.counts, m_before.counts);
        // The program itself opens the file again and reads the same.
        QCOMPARE(infoOrders(db), stored.counts.section(u", "_s, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
