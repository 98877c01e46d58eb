// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the built retentiondesk-cli as a user would: no display, exit codes and output checked.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no command") << QStringList{};
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::addRow("info without db") << QStringList{u"info"_s};
        QTest::addRow("unknown option") << QStringList{u"info"_s, u"--nonsense"_s};
        QTest::addRow("bad format") << QStringList{u"info"_s, u"--db"_s, u"x.sqlite"_s, u"--format"_s, u"xml"_s};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpExitsWithZero()
    {
        const Run run = cli({u"info"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--db"_s));
    }

    void infoOnMissingFileIsBadInput()
    {
        const Run run = cli({u"info"_s, u"--db"_s, m_dir.filePath(u"missing.sqlite"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"missing.sqlite"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
    }

    void infoAsJson()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = cli({u"info"_s, u"--db"_s, path, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(u"schema_version"_s).toInt(), 2);
        QCOMPARE(object.value(u"customers"_s).toInt(), 0);
        QVERIFY(object.value(u"first_date"_s).isNull());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
