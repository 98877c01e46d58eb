// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// The error of a failed result, for a test's failure message (QVERIFY2 reads it even when the check holds).
template<typename T> QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().text().toUtf8();
}
// SQL keywords and SQLite's own wording: for the detail, never for the user.
bool looksTechnical(const QString &message)
{
    static const QRegularExpression technical(u"\\b(INSERT|SELECT|UPDATE|PRAGMA|BEGIN|COMMIT)\\b|SQLite|"
                                              u"database is locked|readonly database|file is not a database"_s);
    return technical.match(message).hasMatch();
}
} // namespace

// SQLite's failures in words for the user, the same through Qt SQL and through SQLite's own API.
class TestSqlUtil : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"db%1.sqlite"_s.arg(++m_files)); }

private slots:

    void messageFollowsThePrimaryCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::addRow("full") << SQLITE_FULL << u"The disk is full, so the changes to %1 could not be written"_s;
        QTest::addRow("busy") << SQLITE_BUSY << u"Another program is using %1"_s;
        QTest::addRow("locked") << SQLITE_LOCKED << u"Another program is using %1"_s;
        QTest::addRow("busy, extended") << SQLITE_BUSY_SNAPSHOT << u"Another program is using %1"_s;
        QTest::addRow("read-only") << SQLITE_READONLY << u"%1 cannot be written to"_s;
        QTest::addRow("read-only, extended") << SQLITE_READONLY_DIRECTORY << u"%1 cannot be written to"_s;
        QTest::addRow("corrupt") << SQLITE_CORRUPT << u"%1 is damaged"_s;
        QTest::addRow("not a database") << SQLITE_NOTADB << u"%1 is damaged"_s;
        QTest::addRow("i/o error") << SQLITE_IOERR << u"Reading or writing %1 failed"_s;
        QTest::addRow("i/o error writing") << SQLITE_IOERR_WRITE << u"Reading or writing %1 failed"_s;
        QTest::addRow("cannot open") << SQLITE_CANTOPEN << u"%1 could not be opened"_s;
        QTest::addRow("other") << SQLITE_ERROR << u"The database could not carry out a request."_s;
    }
    void messageFollowsThePrimaryCode()
    {
        QFETCH(int, code);
        QFETCH(QString, expected);
        const QString file = u"/data/shop.sqlite"_s;
        const QString named = sql::userMessage(code, file);
        if (expected.contains(u"%1"_s))
            expected = expected.arg(QDir::toNativeSeparators(file));
        QVERIFY2(named.startsWith(expected), qPrintable(named));
        const QString unnamed = sql::userMessage(code);
        QVERIFY2(!unnamed.contains(u"%1"_s) && !unnamed.isEmpty(), qPrintable(unnamed));
        // The same through Qt SQL, whose QSQLITE driver hands on SQLite's code as text.
        const Error viaQt = sql::failure(
            QSqlError(u"driver text"_s, u"database text"_s, QSqlError::StatementError, QString::number(code)),
            u"INSERT INTO orders VALUES (1)"_s, file);
        QCOMPARE(viaQt.message, named);
        QVERIFY(viaQt.detail.contains(u"database text"_s));
        QVERIFY(viaQt.detail.contains(u"[INSERT INTO orders VALUES (1)]"_s));
        QVERIFY(!looksTechnical(viaQt.message));
    }

    // A write lock held by another connection, as another program would hold it.
    void busyNamesTheFileNotTheStatement()
    {
        const QString path = newPath();
        auto opened = Database::open(path);
        QVERIFY2(opened, why(opened).constData());
        Database &db = **opened;
        QCOMPARE(sql::scalar(db.connection(), u"PRAGMA busy_timeout = 0"_s).value_or({}).toInt(), 0);
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));

            // Qt SQL
            auto stored = db.setSetting(u"currency"_s, u"EUR"_s);
            QVERIFY(!stored);
            QVERIFY2(
                stored.error().message.startsWith(u"Another program is using %1"_s.arg(QDir::toNativeSeparators(path))),
                qPrintable(stored.error().message));
            QVERIFY2(!looksTechnical(stored.error().message), qPrintable(stored.error().message));
            QVERIFY2(stored.error().detail.contains(u"database is locked"_s), qPrintable(stored.error().detail));
            QVERIFY2(stored.error().detail.contains(u"INSERT INTO settings"_s), qPrintable(stored.error().detail));

            // SQLite's own API, as an import writes
            ImportStore store(db);
            auto begun = store.begin(u"orders.csv"_s, u"orders"_s);
            QVERIFY(!begun);
            QVERIFY2(
                begun.error().message.startsWith(u"Another program is using %1"_s.arg(QDir::toNativeSeparators(path))),
                qPrintable(begun.error().message));
            QVERIFY2(!looksTechnical(begun.error().message), qPrintable(begun.error().message));
            QVERIFY2(begun.error().detail.contains(u"INSERT INTO imports"_s), qPrintable(begun.error().detail));

            QVERIFY(lock.exec(u"ROLLBACK"_s));
            lock.finish();
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(db.setSetting(u"currency"_s, u"EUR"_s));
    }

    void readOnlyConnectionSaysSo()
    {
        const QString path = newPath();
        QVERIFY(Database::open(path));
        const QString expected = u"%1 cannot be written to"_s.arg(QDir::toNativeSeparators(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            auto written = sql::exec(query, u"INSERT INTO settings (key, value) VALUES ('a', 'b')"_s);
            QVERIFY(!written);
            QVERIFY2(written.error().message.startsWith(expected), qPrintable(written.error().message));
            QVERIFY2(!looksTechnical(written.error().message), qPrintable(written.error().message));

            SqliteStatement insert;
            QVERIFY(
                insert.prepare(SqliteStatement::handle(db), u"INSERT INTO settings (key, value) VALUES (?1, ?2)"_s));
            insert.bind(1, u"a"_s);
            insert.bind(2, u"b"_s);
            auto stepped = insert.step();
            QVERIFY(!stepped);
            QVERIFY2(stepped.error().message.startsWith(expected), qPrintable(stepped.error().message));
            QVERIFY2(stepped.error().detail.contains(u"readonly"_s), qPrintable(stepped.error().detail));
            insert.finalize();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"reader"_s);
    }

    void fileThatIsNoDatabaseIsDamaged()
    {
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(QByteArray("customer_id,date,amount\n").repeated(400)) > 0);
        }
        const QString expected = u"%1 is damaged"_s.arg(QDir::toNativeSeparators(path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"garbage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open()); // SQLite reads the file at the first statement
            auto version = sql::scalar(db, u"PRAGMA user_version"_s);
            QVERIFY(!version);
            QVERIFY2(version.error().message.startsWith(expected), qPrintable(version.error().message));
            QVERIFY2(!looksTechnical(version.error().message), qPrintable(version.error().message));
            QVERIFY2(version.error().detail.contains(u"PRAGMA user_version"_s), qPrintable(version.error().detail));

            auto read = SqliteStatement::forEachRow(
                SqliteStatement::handle(db), u"SELECT count(*) FROM sqlite_master"_s, [](SqliteStatement &) {});
            QVERIFY(!read);
            QVERIFY2(read.error().message.startsWith(expected), qPrintable(read.error().message));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"garbage"_s);
    }

    void folderThatDoesNotExistCannotBeOpened()
    {
        const QString path = m_dir.filePath(u"no such folder/shop.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"nowhere"_s);
            db.setDatabaseName(path);
            QVERIFY(!db.open());
            const Error error = sql::failure(db.lastError(), {}, path);
            QVERIFY2(error.message.startsWith(u"%1 could not be opened"_s.arg(QDir::toNativeSeparators(path))),
                qPrintable(error.message));
        }
        QSqlDatabase::removeDatabase(u"nowhere"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlUtil)
#include "tst_sqlutil.moc"
