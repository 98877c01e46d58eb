// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <sys/stat.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The file's permission bits as chmod shows them (0600).
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

QVariant pragma(const Database &db, const QString &name)
{
    auto value = sql::scalar(db.connection(), u"PRAGMA "_s + name);
    return value ? *value : QVariant();
}
} // namespace

class TestDatabase : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void init()
    {
        TestCase::init();
        QVERIFY(m_dir.isValid());
    }

    void createsNewFileAtCurrentVersion()
    {
        const QString path = m_dir.filePath(u"new.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(pragma(**db, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(**db, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(**db, u"application_id"_s).toInt(), Database::ApplicationId);
        QVERIFY((*db)->backupPath().isEmpty());
        auto counts = (*db)->counts();
        QVERIFY(counts);
        QCOMPARE(counts->customers, 0);
    }

    void settingsTravelWithTheFile()
    {
        const QString path = m_dir.filePath(u"settings.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY((*db)->setSetting(u"inactivity_days"_s, u"90"_s));
            QVERIFY((*db)->setSetting(u"inactivity_days"_s, u"120"_s));
        }
        auto db = Database::open(path);
        QVERIFY(db);
        auto value = (*db)->setting(u"inactivity_days"_s);
        QVERIFY(value);
        QCOMPARE(*value, u"120"_s);
        auto missing = (*db)->setting(u"nothing"_s, u"fallback"_s);
        QVERIFY(missing);
        QCOMPARE(*missing, u"fallback"_s);
    }

    void foreignKeysAreEnforced()
    {
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(!query.exec(u"INSERT INTO orders (customer_id, order_date, amount_minor, currency, dedup_key)"
                            " VALUES (42, '2024-01-01', 100, 'EUR', 'x')"_s));
    }

    void refusesNewerFileWithoutTouchingIt()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 1)));
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"newer version"_s), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text file") << QByteArray("customer_id;name\n1;Muster GmbH\n") << u"not a RetentionDesk"_s;
        QTest::addRow("other sqlite") << QByteArray() << u"not a RetentionDesk"_s;
        QTest::addRow("binary") << QByteArray(4096, '\x7F') << u"no database file at all"_s;
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(
            u"foreign-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        if (content.isEmpty()) {
            const QString name = u"foreign"_s;
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                other.setDatabaseName(path);
                QVERIFY(other.open());
                QSqlQuery query(other);
                QVERIFY(query.exec(u"CREATE TABLE notes (text TEXT)"_s));
                other.close();
            }
            QSqlDatabase::removeDatabase(name);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().text()));
        QCOMPARE(fileHash(path), before);
    }

    // A file cut off (a copy interrupted, a full disk) is damaged, and the message says so.
    void reportsDamagedFiles()
    {
        const QString path = m_dir.filePath(u"cut.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"INSERT INTO customers (external_id, name) VALUES ('K-1', 'Müller')"_s));
            QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path);
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(4096)); // the schema's pages are gone
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"is damaged"_s), qPrintable(db.error().text()));
        QCOMPARE(fileHash(path), before);
    }

    // Customers' data is the user's alone: a new database and its journal files are 0600 whatever the umask,
    // and a backup keeps the mode of the file it copies.
    void filesAreReadableByTheUserOnly()
    {
        const mode_t previous = ::umask(022);
        const QString path = m_dir.filePath(u"private.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s));
            for (const QString &file : QStringList {path, path + u"-wal"_s, path + u"-shm"_s}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QCOMPARE(modeOf(file), 0600);
            }
        }
        const QString old = m_dir.filePath(u"private-old.sqlite"_s);
        QVERIFY(Database::createAtVersion(old, 1));
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
        auto db = Database::open(old);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        QVERIFY(!(*db)->backupPath().isEmpty());
        QCOMPARE(modeOf((*db)->backupPath()), 0600);
        ::umask(previous);
    }

    void migratesOlderFileAfterBackup()
    {
        const QString path = m_dir.filePath(u"old.sqlite"_s);
        QVERIFY(Database::createAtVersion(path, 1));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"INSERT INTO customers (external_id, name) VALUES ('K-1', 'Müller')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
        const QString backup = (*db)->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        auto counts = (*db)->counts();
        QVERIFY(counts);
        QCOMPARE(counts->customers, 1);
        QCOMPARE(counts->activity, 0); // the table of version 2 exists now

        // The backup is the old file, still at version 1 with its data.
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
        copy.setDatabaseName(backup);
        QVERIFY(copy.open());
        QCOMPARE(sql::scalar(copy, u"PRAGMA user_version"_s)->toInt(), 1);
        QCOMPARE(sql::scalar(copy, u"SELECT name FROM customers"_s)->toString(), u"Müller"_s);
        copy.close();
        copy = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"copy"_s);
    }

    // Version 4 gives survey answers their scale: the answers of version 3 keep their scores, CSAT on 1-5.
    void surveysKeepTheirAnswersOnTheNewScale()
    {
        const QString path = m_dir.filePath(u"surveys-v3.sqlite"_s);
        QVERIFY(Database::createAtVersion(path, 3));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw3"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"INSERT INTO customers (id, external_id) VALUES (1, 'K-1')"_s));
            QVERIFY(query.exec(u"INSERT INTO surveys (customer_id, survey_date, kind, score) VALUES"
                               " (1, '2024-01-02', 'csat', 4), (1, '2024-01-03', 'nps', 9),"
                               " (1, '2024-01-04', 'csat', NULL)"_s));
            QVERIFY(!query.exec(u"INSERT INTO surveys (customer_id, survey_date, kind, score) VALUES"
                                " (1, '2024-01-05', 'csat', 8)"_s)); // 1-5 only, then
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw3"_s);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(
            u"SELECT kind || ' ' || coalesce(score, '-') || '/' || scale FROM surveys ORDER BY survey_date"_s));
        QStringList rows;
        while (query.next())
            rows.append(query.value(0).toString());
        QCOMPARE(rows, (QStringList {u"csat 4/5"_s, u"nps 9/10"_s, u"csat -/5"_s}));
        // Now a CSAT answer of 8 fits a survey on 1-10, and not one on 1-5.
        QVERIFY(query.exec(u"INSERT INTO surveys (customer_id, survey_date, kind, score, scale) VALUES"
                           " (1, '2024-01-05', 'csat', 8, 10)"_s));
        QVERIFY(!query.exec(u"INSERT INTO surveys (customer_id, survey_date, kind, score, scale) VALUES"
                            " (1, '2024-01-06', 'csat', 8, 5)"_s));
        QVERIFY(!query.exec(u"INSERT INTO surveys (customer_id, survey_date, kind, score, scale) VALUES"
                            " (1, '2024-01-07', 'nps', 8, 5)"_s));
    }

    // Version 5 drops the index on orders by customer and date: its orders stay, and erasing one customer
    // still takes their orders with them.
    void ordersLoseTheirCustomerIndex()
    {
        const QString path = m_dir.filePath(u"orders-v4.sqlite"_s);
        QVERIFY(Database::createAtVersion(path, 4));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw4"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QCOMPARE(
                sql::scalar(raw, u"SELECT count(*) FROM sqlite_master WHERE name = 'orders_customer_date'"_s)->toInt(),
                1);
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"INSERT INTO customers (id, external_id) VALUES (1, 'K-1'), (2, 'K-2')"_s));
            QVERIFY(query.exec(u"INSERT INTO orders (customer_id, order_date, amount_minor, currency, dedup_key)"
                               " VALUES (1, '2024-01-02', 500, 'EUR', 'A'), (2, '2024-01-03', 700, 'EUR', 'B')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw4"_s);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(sql::scalar((*db)->connection(),
                     u"SELECT count(*) FROM sqlite_master WHERE name ="
                     " 'orders_customer_date'"_s)
                     ->toInt(),
            0);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"DELETE FROM customers WHERE id = 1"_s));
        QCOMPARE(sql::scalar((*db)->connection(), u"SELECT group_concat(dedup_key) FROM orders"_s)->toString(), u"B"_s);
    }

    void dateRangeSpansAllTables()
    {
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"INSERT INTO customers (id, external_id, signup_date) VALUES (1, 'A', '2023-05-01')"_s));
        QVERIFY(query.exec(u"INSERT INTO orders (customer_id, order_date, amount_minor, currency, dedup_key)"
                           " VALUES (1, '2024-02-03', 100, 'EUR', 'a')"_s));
        QVERIFY(query.exec(u"INSERT INTO surveys (customer_id, survey_date, kind, score)"
                           " VALUES (1, '2024-06-30', 'nps', 9)"_s));
        auto range = (*db)->dateRange();
        QVERIFY(range);
        QCOMPARE(range->first, QDate(2023, 5, 1));
        QCOMPARE(range->last, QDate(2024, 6, 30));
    }

    void compactingKeepsEveryRowAndFreesTheSpace()
    {
        const QString path = m_dir.filePath(u"compact.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->setSetting(u"currency"_s, u"CHF"_s));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"INSERT INTO customers (id, external_id) VALUES (1, 'A')"_s));
        QVERIFY((*db)->beginTransaction());
        for (int i = 0; i < 3000; ++i) {
            QVERIFY(query.exec(u"INSERT INTO orders (customer_id, order_date, amount_minor, currency, dedup_key)"
                               " VALUES (1, '2024-02-03', %1, 'EUR', 'k%1')"_s.arg(i)));
        }
        QVERIFY((*db)->commit());
        QVERIFY(query.exec(u"DELETE FROM orders WHERE amount_minor >= 1000"_s));
        QVERIFY(pragma(**db, u"freelist_count"_s).toInt() > 0);

        QVERIFY((*db)->compact());
        QCOMPARE(pragma(**db, u"freelist_count"_s).toInt(), 0);
        QCOMPARE(pragma(**db, u"integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE((*db)->counts()->orders, 1000);
        QCOMPARE((*db)->setting(u"currency"_s).value_or(QString()), u"CHF"_s);
        QCOMPARE(pragma(**db, u"temp_store"_s).toInt(), 2); // back to memory for everything else
        // The log is folded into the file: nothing is left in it.
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
