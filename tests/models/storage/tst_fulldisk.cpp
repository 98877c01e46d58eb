// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "storage/database.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// The error of a failed result, for a test's failure message (QVERIFY2 reads it even when the check holds).
template<typename T> QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().text().toUtf8();
}

// Orders of `customers` customers, each order with its own number, so that every row is a new record.
QByteArray ordersCsv(int rows, int customers, const QByteArray &prefix)
{
    QByteArray csv = "order_id,customer_id,date,amount\n";
    csv.reserve(rows * 40);
    for (int row = 0; row < rows; ++row) {
        csv += prefix + QByteArray::number(row) + ',' + prefix + 'C' + QByteArray::number(row % customers) + ','
            + QDate(2023, 1, 1).addDays(row % 700).toString(Qt::ISODate).toLatin1() + ','
            + QByteArray::number(10 + row % 90) + '.' + QByteArray::number(10 + row % 89) + '\n';
    }
    return csv;
}

// Everything an import changes, to prove that a failed one changed nothing.
QString snapshot(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QString result;
    for (const QString &statement : {u"SELECT count(*), coalesce(sum(amount_minor), 0) FROM orders"_s,
             u"SELECT count(*) FROM customers"_s, u"SELECT count(*), coalesce(sum(rows_accepted), 0) FROM imports"_s,
             u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master ORDER BY name)"_s}) {
        if (!query.exec(statement) || !query.next())
            return u"query failed: "_s + statement;
        for (int i = 0; i < query.record().count(); ++i)
            result += query.value(i).toString() + u';';
    }
    return result;
}

QString integrity(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return u"integrity_check failed to run"_s;
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

qint64 pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    return query.exec(statement) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

// An import that runs out of disk space fails with a message that says so in words, and leaves the
// database exactly as it was.
class TestFullDisk : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mountPoint;
    bool m_mounted = false;
    QString m_seedCsv;
    QString m_largeCsv;

    static constexpr int SeedRows = 2000;
    static constexpr int LargeRows = 60000;
    // Room for the seeded database and its journals, far too little for the large import.
    static constexpr auto TmpfsSize = "1536k";

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    static bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seedCsv = m_dir.filePath(u"seed.csv"_s);
        m_largeCsv = m_dir.filePath(u"large.csv"_s);
        QVERIFY(writeFile(m_seedCsv, ordersCsv(SeedRows, 200, "S")));
        QVERIFY(writeFile(m_largeCsv, ordersCsv(LargeRows, 5000, "L")));
        // A small tmpfs is a real full disk. Mounting one needs root (or CAP_SYS_ADMIN); elsewhere only the
        // page limit of SQLite stands in for it.
        m_mountPoint = m_dir.filePath(u"tmpfs"_s);
        QVERIFY(QDir().mkpath(m_mountPoint));
        m_mounted = run(u"mount"_s,
            {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + QString::fromLatin1(TmpfsSize), u"tmpfs"_s, m_mountPoint});
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QVERIFY(run(u"umount"_s, {m_mountPoint}));
    }

    void importFailsCleanlyWhenTheDiskIsFull_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("tmpfs of 1.5 MiB") << true;
        QTest::newRow("max_page_count") << false;
    }
    void importFailsCleanlyWhenTheDiskIsFull()
    {
        QFETCH(bool, tmpfs);
        if (tmpfs && !m_mounted)
            QSKIP("Cannot mount a tmpfs here (needs root); the max_page_count row covers the full disk.");
        const QString path = QDir(tmpfs ? m_mountPoint : m_dir.path()).filePath(u"shop.sqlite"_s);
        QFile::remove(path);

        QString before;
        {
            auto opened = Database::open(path);
            QVERIFY2(opened, why(opened).constData());
            Database &db = **opened;
            Importer importer;
            const ImportReport seeded = importer.run(db, m_seedCsv, {});
            QVERIFY2(seeded.committed, qPrintable(seeded.error ? seeded.error->text() : QString()));
            QCOMPARE(seeded.accepted, SeedRows);
            before = snapshot(db.connection());
            QVERIFY2(before.startsWith(u"2000;"_s) && before.contains(u";200;1;2000;"_s)
                    && before.contains(u"sqlite_autoindex_orders_1"_s),
                qPrintable(before));
            if (!tmpfs) {
                // The page limit holds for this connection only: the file may grow by 40 pages of 4 KiB.
                const qint64 pages = pragma(db.connection(), u"PRAGMA page_count"_s);
                QVERIFY(pages > 0);
                QCOMPARE(pragma(db.connection(), u"PRAGMA max_page_count = %1"_s.arg(pages + 40)), pages + 40);
            }

            const ImportReport report = importer.run(db, m_largeCsv, {});
            QVERIFY(!report.committed);
            QVERIFY(report.error);
            const QString message = report.error->message;
            qInfo("The user reads: %s", qPrintable(message));
            // The words the user reads (after "large.csv could not be stored: " when a row failed to go in), with
            // no SQL and no SQLite wording: both stay in the detail, for a bug report.
            const QString expected = u"The disk is full, so the changes to %1 could not be written; nothing was "
                                     u"changed. Free some space and try again."_s.arg(QDir::toNativeSeparators(path));
            static const QRegularExpression technical(
                u"\\b(INSERT|SELECT|UPDATE|CREATE|COMMIT|ROLLBACK)\\b|database or disk is full|SQLite"_s);
            QVERIFY2(message.endsWith(expected) && !technical.match(message).hasMatch(), qPrintable(message));
            QVERIFY2(report.error->detail.contains(u"database or disk is full"_s), qPrintable(report.error->detail));

            QCOMPARE(snapshot(db.connection()), before);
            QCOMPARE(integrity(db.connection()), u"ok"_s);
        }
        // Opened again, as after a restart: the partly written journal holds no committed change.
        auto reopened = Database::open(path);
        QVERIFY2(reopened, why(reopened).constData());
        QCOMPARE(snapshot((*reopened)->connection()), before);
        QCOMPARE(integrity((*reopened)->connection()), u"ok"_s);
        reopened.value().reset();
        QVERIFY(QFile::remove(path));
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
