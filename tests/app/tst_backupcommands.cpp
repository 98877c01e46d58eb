// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// backups and restore as a user runs them: a backup before each import into a database with data, and a
// restore that puts it back.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

int orders(const QString &db)
{
    const Run run = cli({u"info"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"orders"_s).toInt() : -1;
}

} // namespace

class TestBackupCommands : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void backsUpBeforeEachImportAndRestores()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"shop.sqlite"_s);
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? file.fileName()
                                                                                            : QString();
        };
        const QString first = write(u"first.csv"_s, "customer_id,date,amount\nA,2024-01-02,10\n");
        const QString second = write(u"second.csv"_s, "customer_id,date,amount\nB,2024-02-02,20\nC,2024-02-03,5\n");

        Run run = cli({u"backups"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"No backups of"_s), qPrintable(run.out));

        run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, first});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(u"kept in"_s), qPrintable(run.out)); // nothing to lose yet
        run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, second});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"The database as it was before is kept in "_s), qPrintable(run.out));
        QCOMPARE(orders(db), 3);

        run = cli({u"backups"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"1. "_s) && run.out.contains(u", before importing second.csv, "_s),
            qPrintable(run.out));

        run = cli({u"restore"_s, u"--db"_s, db, u"7"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"There is no backup 7"_s), qPrintable(run.err));
        QCOMPARE(orders(db), 3);

        run = cli({u"restore"_s, u"--db"_s, db, u"1"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(orders(db), 1);
        run = cli({u"backups"_s, u"--db"_s, db});
        QVERIFY2(run.out.contains(u"before restoring the backup of"_s), qPrintable(run.out));
        // The restore itself can be undone.
        QCOMPARE(cli({u"restore"_s, u"--db"_s, db, u"1"_s}).exitCode, 0);
        QCOMPARE(orders(db), 3);
    }
};

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
