// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <pty.h>
#include <unistd.h>

#include "support/testcase.h"
#endif

using namespace Qt::StringLiterals;

namespace {

// K1 with a row in every table, K2 with an order of its own.
const QList<std::pair<QString, QByteArray>> Business = {
    {u"customers"_s,
        "customer_id,name,email,plan,signup_date\n"
        "K1,Erika Muster,erika.muster@example.invalid,Pro,2023-05-01\n"
        "K2,Max Beispiel,max.beispiel@example.invalid,Basic,2023-06-01\n"},
    {u"orders"_s,
        "order_id,customer_id,date,amount\n"
        "R1,K1,2024-02-01,49.00\nR2,K1,2024-03-01,49.00\nR3,K2,2024-03-05,19.00\n"},
    {u"activity"_s, "customer_id,date,event,count\nK1,2024-03-02,login,3\nK1,2024-03-04,feature_use,1\n"},
    {u"tickets"_s,
        "ticket_id,customer_id,opened,closed,severity,complaint,subject\n"
        "T1,K1,2024-03-10,,high,yes,Cannot log in\n"},
    {u"surveys"_s, "customer_id,date,nps\nK1,2024-03-08,3\n"},
};

constexpr auto OthersPermissions = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

// customer export and customer erase, run as a user would run them.
class TestCustomerCommands : public rd::test::TestCase
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    int m_files = 0;

    // stdinPath: a file (a terminal) to read standard input from; by default a closed pipe, as in a script.
    Run cli(const QStringList &arguments, const QString &stdinPath = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(env);
        if (!stdinPath.isEmpty())
            process.setStandardInputFile(stdinPath);
        process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
        if (stdinPath.isEmpty())
            process.closeWriteChannel();
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    QString newPath(const QString &suffix) { return m_dir.filePath(u"f%1%2"_s.arg(++m_files).arg(suffix)); }

    // A new database with the business imported, and a review with a note on K1; empty when that failed.
    QString business()
    {
        const QString db = newPath(u".sqlite"_s);
        for (const auto &[kind, content] : Business) {
            const QString csv = newPath(u".csv"_s);
            QFile file(csv);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                return {};
            file.close();
            if (cli({u"import"_s, u"--db"_s, db, u"--kind"_s, kind, csv}).exitCode != 0)
                return {};
        }
        if (cli({u"review"_s, u"--db"_s, db, u"--customer"_s, u"K1"_s, u"--state"_s, u"contacted"_s, u"--note"_s,
                    u"Promised a call"_s, u"--author"_s, u"Olga"_s})
                .exitCode
            != 0)
            return {};
        return db;
    }

    static QJsonObject jsonOf(const QString &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

    // Whether the customer is still there (export finds them).
    bool exists(const QString &db, const QString &id)
    {
        return cli({u"customer"_s, u"export"_s, u"--db"_s, db, id}).exitCode == 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exportWritesJsonToStandardOutput()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const Run run = cli({u"customer"_s, u"export"_s, u"--db"_s, db, u"K1"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject data = jsonOf(run.out);
        QCOMPARE(data.value(u"external_id"_s).toString(), u"K1"_s);
        const QJsonObject customer = data.value(u"customer"_s).toObject();
        QCOMPARE(customer.value(u"name"_s).toString(), u"Erika Muster"_s);
        QCOMPARE(customer.value(u"email"_s).toString(), u"erika.muster@example.invalid"_s);
        QCOMPARE(data.value(u"orders"_s).toArray().size(), 2);
        QCOMPARE(data.value(u"orders"_s).toArray().at(1).toObject().value(u"amount_minor"_s).toInteger(), 4900);
        QCOMPARE(data.value(u"activity"_s).toArray().size(), 2);
        QCOMPARE(
            data.value(u"tickets"_s).toArray().at(0).toObject().value(u"subject"_s).toString(), u"Cannot log in"_s);
        QCOMPARE(data.value(u"surveys"_s).toArray().at(0).toObject().value(u"score"_s).toInteger(), 3);
        QCOMPARE(data.value(u"reviews"_s).toArray().at(0).toObject().value(u"state"_s).toString(), u"contacted"_s);
        QCOMPARE(
            data.value(u"review_notes"_s).toArray().at(0).toObject().value(u"text"_s).toString(), u"Promised a call"_s);
        QCOMPARE(data.value(u"sources"_s).toArray().size(), 4);
        QVERIFY(!run.out.contains(u"Max Beispiel"_s));
    }

    void exportWritesAPrivateFile()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const QString file = newPath(u".json"_s);
        {
            // Written over, and made private though it was readable by all.
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("{}");
            old.close();
            QVERIFY(old.setPermissions(old.permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        const Run run = cli({u"customer"_s, u"export"_s, u"--db"_s, db, u"K2"_s, u"--out"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out, u"Wrote the data held about customer K2 to %1.\n"_s.arg(file));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject data = jsonOf(QString::fromUtf8(json.readAll()));
        QCOMPARE(data.value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Max Beispiel"_s);
        QCOMPARE(data.value(u"orders"_s).toArray().size(), 1);
        QVERIFY(json.permissions() & QFileDevice::ReadOwner);
        QCOMPARE(json.permissions() & OthersPermissions, QFileDevice::Permissions());
    }

    void unknownCustomerIsNamed_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addRow("export") << u"export"_s;
        QTest::addRow("erase") << u"erase"_s;
    }
    void unknownCustomerIsNamed()
    {
        QFETCH(QString, action);
        const QString db = business();
        QVERIFY(!db.isEmpty());
        QStringList arguments {u"customer"_s, action, u"--db"_s, db, u"K99"_s};
        if (action == u"erase")
            arguments.append(u"--yes"_s);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, u"error: There is no customer with the id \"K99\".\n"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no action") << QStringList {u"customer"_s} << u"export|erase"_s;
        QTest::addRow("unknown action") << QStringList {u"customer"_s, u"delete"_s, u"K1"_s}
                                        << u"Unknown customer command \"delete\"."_s;
        QTest::addRow("export without db") << QStringList {u"customer"_s, u"export"_s, u"K1"_s}
                                           << u"customer export needs --db FILE and one customer ID."_s;
        QTest::addRow("erase without id") << QStringList {u"customer"_s, u"erase"_s, u"--db"_s, u"x.sqlite"_s}
                                          << u"customer erase needs --db FILE and one customer ID."_s;
        QTest::addRow("two ids") << QStringList {u"customer"_s, u"export"_s, u"--db"_s, u"x.sqlite"_s, u"K1"_s, u"K2"_s}
                                 << u"one customer ID"_s;
        QTest::addRow("unknown option") << QStringList {u"customer"_s, u"erase"_s, u"--force"_s, u"K1"_s} << u"force"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void helpNamesTheOptions()
    {
        const Run overview = cli({u"--help"_s});
        QVERIFY2(overview.out.contains(u"customer"_s), qPrintable(overview.out));
        const Run run = cli({u"customer"_s, u"erase"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &option : {u"--db"_s, u"--yes"_s, u"ID"_s, u"Art. 17"_s})
            QVERIFY2(run.out.contains(option), qPrintable(run.out));
        QVERIFY2(run.out.section(u'\n', 0, 0).contains(u"retentiondesk-cli customer erase [options]"_s),
            qPrintable(run.out));
        const Run exportHelp = cli({u"customer"_s, u"export"_s, u"--help"_s});
        QCOMPARE(exportHelp.exitCode, 0);
        QVERIFY(exportHelp.out.contains(u"--out"_s));
    }

    void missingDatabaseIsNotCreated()
    {
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli({u"customer"_s, u"erase"_s, u"--db"_s, db, u"K1"_s, u"--yes"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(db));
    }

    void eraseWithoutATerminalNeedsYes()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const Run run = cli({u"customer"_s, u"erase"_s, u"--db"_s, db, u"K1"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, u"error: Erasing customer K1 (Erika Muster) cannot be undone: confirm it with --yes.\n"_s);
        QVERIFY(exists(db, u"K1"_s));
    }

    void eraseWithYes()
    {
        const QString db = business();
        QVERIFY(!db.isEmpty());
        const Run run = cli({u"customer"_s, u"erase"_s, u"--db"_s, db, u"K1"_s, u"--yes"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.out,
            u"Erased customer K1 (Erika Muster) and everything the database held about them:\n"
            "  Orders:           2\n"
            "  Activity records: 2\n"
            "  Tickets:          1\n"
            "  Survey answers:   1\n"
            "  Reviews:          1\n"
            "  Review notes:     1\n"_s);
        QVERIFY(!exists(db, u"K1"_s));
        QVERIFY(exists(db, u"K2"_s));
        const Run info = cli({u"info"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        const QJsonObject counts = jsonOf(info.out);
        QCOMPARE(counts.value(u"customers"_s).toInteger(), 1);
        QCOMPARE(counts.value(u"orders"_s).toInteger(), 1);
        QCOMPARE(counts.value(u"activity"_s).toInteger(), 0);
        QCOMPARE(counts.value(u"tickets"_s).toInteger(), 0);
        QCOMPARE(counts.value(u"surveys"_s).toInteger(), 0);
        // Nothing of K1 is left in the file, and the log is empty.
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Erika Muster"));
        QVERIFY(!bytes.contains("erika.muster@example.invalid"));
        QVERIFY(!bytes.contains("Promised a call"));
        QVERIFY(bytes.contains("Max Beispiel"));
        QVERIFY(!QFile::exists(db + u"-wal"_s) || QFileInfo(db + u"-wal"_s).size() == 0);
    }

    void eraseInATerminalAsks_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("erased");
        QTest::addRow("yes") << QByteArray("yes\n") << true;
        QTest::addRow("YES") << QByteArray(" YES \n") << true;
        QTest::addRow("no") << QByteArray("no\n") << false;
        QTest::addRow("y is not enough") << QByteArray("y\n") << false;
        QTest::addRow("end of input") << QByteArray("\x04") << false;
    }
    void eraseInATerminalAsks()
    {
#ifdef Q_OS_LINUX
        QFETCH(QByteArray, answer);
        QFETCH(bool, erased);
        const QString db = business();
        QVERIFY(!db.isEmpty());
        // A pseudo-terminal as standard input, with the answer already typed.
        int master = -1;
        int slave = -1;
        if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
            QSKIP("No pseudo-terminal available");
        const QString terminal = QString::fromLocal8Bit(ttyname(slave));
        QVERIFY(write(master, answer.constData(), size_t(answer.size())) == answer.size());
        const Run run = cli({u"customer"_s, u"erase"_s, u"--db"_s, db, u"K1"_s}, terminal);
        close(slave);
        close(master);
        QVERIFY2(run.err.startsWith(u"Erase customer K1 (Erika Muster) and everything the database holds about them? "
                                    "This cannot be undone.\nType \"yes\" to erase: "_s),
            qPrintable(run.err));
        if (erased) {
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(u"Erased customer K1 (Erika Muster)"_s), qPrintable(run.out));
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.endsWith(u"error: Nothing was erased.\n"_s), qPrintable(run.err));
            QCOMPARE(run.out, QString());
        }
        QCOMPARE(exists(db, u"K1"_s), !erased);
        QVERIFY(exists(db, u"K2"_s));
#else
        QSKIP("The pseudo-terminal is set up for Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCustomerCommands)
#include "tst_customercommands.moc"
