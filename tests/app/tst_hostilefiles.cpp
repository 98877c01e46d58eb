// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Files made to break the importer, imported with the command-line tool as a user would: each gives an
// exact message and exit status, and the database holds what it held before wherever nothing was imported.
#include <sys/stat.h>
#include <unistd.h>

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testcase.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &stdoutFile = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// What a database holds, as `info` reports it; the imports count shows whether anything was committed.
QString contents(const QString &db)
{
    const Run run = cli({u"info"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        return u"info failed: "_s + run.err;
    QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray utf16(const QString &text)
{
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text)
        bytes.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    return bytes;
}

} // namespace

class TestHostileFiles : public rd::test::TestCase
{
    Q_OBJECT

private:
    QString m_base; // a database with one import, copied for every case
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const QString &name) { return m_dir.filePath(u"%1-%2"_s.arg(++m_files).arg(name)); }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = newPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    QString copyOfBase()
    {
        const QString path = newPath(u"shop.sqlite"_s);
        return QFile::copy(m_base, path) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(u"base.sqlite"_s);
        const QString orders = write(u"base.csv"_s, "customer_id,name,date,amount\nK1,Anna,2024-01-02,10.00\n");
        const Run run = cli({u"import"_s, u"--db"_s, m_base, u"--kind"_s, u"orders"_s, orders});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A checkpointed file: copies of it need no -wal beside them.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"base"_s);
        db.setDatabaseName(m_base);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"base"_s);
    }

    // Every row: what the file holds, the exit status, the exact line the tool ends its error output with
    // (%F the file's path), and how many rows it imports (-1: nothing, the database as it was).
    void importsHostileFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("lastErrorLine");
        QTest::addColumn<int>("accepted");

        const QString latest = QDate::currentDate().addYears(1).toString(Qt::ISODate);
        const QByteArray header("customer_id,name,date,amount\n");
        const QByteArray good("K2,Berta,2024-02-03,20.00\n");

        QTest::addRow("empty") << u"empty.csv"_s << QByteArray() << 1 << u"error: %F is empty."_s << -1;
        QTest::addRow("header only") << u"header.csv"_s << header << 1
                                     << u"error: %F holds no data rows. Nothing was imported."_s << -1;
        QTest::addRow("binary") << u"program.csv"_s
                                << QByteArray("\x7F"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                       16)
                                << 1
                                << u"error: %F holds binary data, not text: it is not a CSV file. Save the data as CSV "
                                   "and import that file."_s
                                << -1;
        QTest::addRow("excel workbook") << u"orders.xlsx"_s << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << 1
                                        << u"error: %F is not a CSV file but a workbook or an archive (an Excel "
                                           "file?). Open it in Excel or LibreOffice and save it as CSV (\"CSV "
                                           "UTF-8\"), then import that file."_s
                                        << -1;
        QTest::addRow("nul byte in a row")
            << u"nul.csv"_s << header + good + QByteArray("K3,Ca\0rl,2024-02-04,1\n", 22) << 0
            << u"%F:3: column \"name\", value \"Ca\uFFFDrl\": holds a NUL character, "
               "which no text may hold"_s
            << 1;
        QTest::addRow("unbalanced quotes") << u"quotes.csv"_s << header + good + "K3,\"Open,2024-01-01,1\nK4,x,y,z\n"
                                           << 1
                                           << u"error: %F could not be read: The quoted field that begins on line 3 "
                                              "is not closed. Nothing was imported."_s
                                           << -1;
        QTest::addRow("mixed line endings") << u"endings.csv"_s
                                            << QByteArray("customer_id,name,date,amount\r\nK2,B,2024-02-03,1\nK3,C,"
                                                          "2024-02-04,2\rK4,D,2024-02-05,3\r\n")
                                            << 0 << QString() << 3;
        QTest::addRow("impossible date") << u"date.csv"_s << header + good + "K3,Carl,9999-12-31,5.00\n"
                                         << 0
                                         << u"%F:3: column \"date\", value \"9999-12-31\": a date before 1900-01-01 "
                                            "or after %1, which cannot be right"_s.arg(latest)
                                         << 1;
        QTest::addRow("impossible amount")
            << u"amount.csv"_s << header + good + "K3,Carl,2024-01-01,99999999999999999999\n"
            << 0 << u"%F:3: column \"amount\", value \"99999999999999999999\": not an amount"_s << 1;
        QTest::addRow("implausible amount")
            << u"big.csv"_s << header + good + "K3,Carl,2024-01-01,1000000000000.01\n"
            << 0
            << u"%F:3: column \"amount\", value \"1000000000000.01\": an amount beyond ±1,000,000,000,000, which cannot be right"_s
            << 1;
        QTest::addRow("sql in a name") << u"sql.csv"_s
                                       << header + "K3,\"Robert'); DROP TABLE customers;--\",2024-01-01,1\n"
                                       << 0 << QString() << 1;
        QTest::addRow("rtl and emoji") << u"rtl.csv"_s
                                       << header
                + "K3,\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80,"
                  "2024-01-01,1\n" << 0 << QString()
                                       << 1;
        QTest::addRow("1 MB name") << u"long.csv"_s
                                   << header + good + "K3," + QByteArray(1 << 20, 'x') + ",2024-01-01,1\n"
                                   << 0
                                   << u"%F:3: column \"name\", value \"%1…\": longer than 10,000 characters, which no "
                                      "name, address or text needs"_s.arg(QString(40, u'x'))
                                   << 1;
        QTest::addRow("100,000 columns") << u"wide.csv"_s << QByteArray("c,").repeated(100000) + "\n1,\n"
                                         << 1 << QString() << -1;
        QTest::addRow("50 MB single line") << u"line.csv"_s << QByteArray(50 << 20, 'a') << 1
                                           << u"error: %F could not be read: Line 1 is longer than 16,777,216 "
                                              "characters. A quoted field is probably not closed."_s
                                           << -1;
        QTest::addRow("placeholders in the file name")
            << u"orders %1 %2.csv"_s << header + good + "K3,Carl,bad,1\n"
            << 0
            << u"%F:3: column \"date\", value \"bad\": not a date in the form "
               "yyyy-MM-dd"_s
            << 1;
        QTest::addRow("utf-16") << u"unicode.txt"_s
                                << utf16(u"customer_id\tname\tdate\tamount\r\nK2\tMüller\t2024-02-03\t1.50\r\n"_s) << 0
                                << QString() << 1;
        QTest::addRow("duplicated header")
            << u"twice.csv"_s << QByteArray("customer_id,name,date,amount,amount\nK2,B,2024-02-03,1,2\n") << 0
            << u"warning: The column \"amount\" appears twice (columns 4 and 5): column "
               "4 is read as amount, column 5 is not imported."_s
            << 1;
    }

    void importsHostileFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, lastErrorLine);
        QFETCH(int, accepted);
        const QString db = copyOfBase();
        QVERIFY(!db.isEmpty());
        const QString file = write(name, content);
        QVERIFY(!file.isEmpty());
        const QString before = contents(db);

        QElapsedTimer timer;
        timer.start();
        const Run run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, file});
        QVERIFY2(timer.elapsed() < 30000, "the import must not hang");
        QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1\n%2%3"_s.arg(run.exitCode).arg(run.out, run.err)));
        const QStringList errorLines = run.err.split(u'\n', Qt::SkipEmptyParts);
        if (!lastErrorLine.isEmpty()) {
            QVERIFY2(!errorLines.isEmpty(), "no error output");
            QString expected = lastErrorLine;
            expected.replace(u"%F"_s, file);
            QCOMPARE(errorLines.constLast(), expected);
        } else if (exitCode == 0) {
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        }
        // No message runs longer than a screen can hold.
        for (const QString &line : errorLines)
            QVERIFY2(line.size() < 4000, qPrintable(line.left(200)));
        if (accepted < 0) {
            QCOMPARE(contents(db), before);
        } else {
            QVERIFY2(run.out.contains(u", %1 accepted,"_s.arg(accepted)), qPrintable(run.out));
            QVERIFY(contents(db) != before);
        }
    }

    // Names are stored as given; an SQL-looking one is text, and RTL and emoji come back as they went in.
    void storesNamesExactly()
    {
        const QString db = copyOfBase();
        const QString name = u"Robert'); DROP TABLE customers;-- שלום 😀"_s;
        const QString file = write(
            u"names.csv"_s, QByteArray("customer_id,name,date,amount\nK9,\"") + name.toUtf8() + "\",2024-01-01,1\n");
        QCOMPARE(cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, file}).exitCode, 0);
        const Run risk = cli({u"risk"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        QCOMPARE(risk.exitCode, 0);
        QVERIFY2(risk.out.contains(name), qPrintable(risk.out.left(500)));
        QVERIFY(contents(db).contains(u"\"customers\":2"_s));
    }

    // The rejects file never replaces the database or the input; nothing is written then.
    void refusesRejectsOverTheDatabase()
    {
        const QString db = copyOfBase();
        const QByteArray content("customer_id,name,date,amount\nK2,B,2024-02-03,1\nK3,C,bad,2\n");
        const QString file = write(u"rejects.csv"_s, content);
        const QString before = contents(db);
        for (const QString &target : QStringList {db, db + u"-wal"_s, file}) {
            const Run run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, u"--rejects"_s, target, file});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"choose another name for the rejected rows"_s), qPrintable(run.err));
            QCOMPARE(contents(db), before);
            QFile input(file);
            QVERIFY(input.open(QIODevice::ReadOnly));
            QCOMPARE(input.readAll(), content);
        }
    }

    // Output that cannot be written is an error, not a success.
    void failsWhenOutputCannotBeWritten()
    {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("this system has no /dev/full");
        const Run run = cli({u"info"_s, u"--db"_s, m_base}, u"/dev/full"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"error: the output could not be written: No space left on device"_s),
            qPrintable(run.err));
    }

    // Escape sequences in names must not drive the terminal that shows them.
    void escapesControlCharactersOnATerminal()
    {
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) is needed to give the tool a terminal");
        const QString db = copyOfBase();
        const QString file
            = write(u"escape.csv"_s, "customer_id,name,date,amount\nK7,\"Evil\x1B[2J\x1B]0;owned\x07\",2024-01-01,1\n");
        QCOMPARE(cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, file}).exitCode, 0);
        QProcess process;
        const QString command = u"'%1' risk --db '%2' --format csv"_s.arg(QString::fromUtf8(RD_CLI_PATH), db);
        process.start(u"script"_s, {u"-q"_s, u"-e"_s, u"-c"_s, command, u"/dev/null"_s});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray shown = process.readAllStandardOutput();
        QVERIFY2(shown.contains("Evil\\x1b[2J\\x1b]0;owned\\x07"), shown.constData());
        QVERIFY(!shown.contains('\x1B'));
        // Written to a file or a pipe, the data stays as it is.
        const Run piped = cli({u"risk"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
        QVERIFY(piped.out.contains(u"Evil\x1B[2J"_s));
    }

    void reportsDamagedAndReadOnlyDatabases()
    {
        const QString damaged = copyOfBase();
        QFile file(damaged);
        QVERIFY(file.resize(2048));
        Run run = cli({u"info"_s, u"--db"_s, damaged});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"is damaged"_s), qPrintable(run.err));

        // A database in a folder the user may not write to still opens for reading. Root may write anywhere,
        // so the tool runs as nobody there.
        if (::geteuid() == 0 && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
            QSKIP("setpriv is needed to run the tool as an ordinary user");
        const QString folder = newPath(u"readonly"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + u"/shop.sqlite"_s;
        QVERIFY(QFile::copy(m_base, db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                | QFile::ExeOther));
        // Writable again at the end, pass or fail, so that the temporary folder can be removed.
        const auto writable = qScopeGuard(
            [folder] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755));
        QStringList prefix;
        if (::geteuid() == 0)
            prefix = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, QString::fromUtf8(RD_CLI_PATH)};
        const auto asUser = [&](const QStringList &arguments) {
            QProcess process;
            if (prefix.isEmpty())
                process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
            else
                process.start(u"setpriv"_s, prefix + arguments);
            process.waitForFinished(60000);
            return Run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
        };
        run = asUser({u"info"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"\"orders\": 1"_s));
        run = asUser({u"report"_s, u"--db"_s, db});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString csv = write(u"more.csv"_s, "customer_id,name,date,amount\nK2,B,2024-02-03,1\n");
        QFile::setPermissions(csv, QFile::Permissions(0x4444));
        run = asUser({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"is read-only"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
