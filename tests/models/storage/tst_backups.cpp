// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <sys/stat.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/backups.h"
#include "storage/database.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

bool addCustomer(Database &db, const QString &id)
{
    QSqlQuery query(db.connection());
    return query.exec(u"INSERT INTO customers (external_id, name) VALUES ('%1', 'Name %1')"_s.arg(id));
}

int customers(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    auto counts = (*db)->counts();
    return counts ? int(counts->customers) : -1;
}

} // namespace

class TestBackups : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nothingToLoseNoBackup()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY(db);
        auto backup = Backups::create(**db, u"before importing x.csv"_s);
        QVERIFY(backup);
        QVERIFY(backup->path.isEmpty());
        QVERIFY(Backups::list(path).isEmpty());
    }

    // The newest five stay, each private, each saying what followed it.
    void keepsTheNewestFive()
    {
        const mode_t previous = ::umask(022);
        const QString path = m_dir.filePath(u"shop.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY(db);
        for (int i = 1; i <= 7; ++i) {
            QVERIFY(addCustomer(**db, u"K%1"_s.arg(i)));
            auto backup = Backups::create(**db, u"before importing file %1.csv"_s.arg(i));
            QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().text()));
            QVERIFY(QFile::exists(backup->path));
        }
        ::umask(previous);
        const QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), Backups::Kept);
        QCOMPARE(backups.constFirst().reason, u"before importing file 7.csv"_s);
        QCOMPARE(backups.constLast().reason, u"before importing file 3.csv"_s);
        for (const BackupInfo &backup : backups) {
            QCOMPARE(modeOf(backup.path), 0600);
            QVERIFY(backup.created.isValid());
            QVERIFY(backup.bytes > 0);
        }
        QCOMPARE(modeOf(Backups::folderFor(path)), 0700);
        QCOMPARE(customers(backups.constFirst().path), 7);
        QCOMPARE(customers(backups.constLast().path), 3);
    }

    // A restore puts the old state back and keeps the state it replaced as the newest backup.
    void restoresAndCanBeUndone()
    {
        const QString path = m_dir.filePath(u"restore.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(addCustomer(**db, u"A"_s));
            QVERIFY(Backups::create(**db, u"before importing b.csv"_s));
            QVERIFY(addCustomer(**db, u"B"_s));
            QVERIFY(addCustomer(**db, u"C"_s));
        }
        QCOMPARE(customers(path), 3);
        const QString oldest = Backups::list(path).constFirst().path;
        auto restored = Backups::restore(path, oldest);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().text()));
        QCOMPARE(customers(path), 1);
        const QList<BackupInfo> backups = Backups::list(path);
        QCOMPARE(backups.size(), 2);
        QVERIFY2(
            backups.constFirst().reason.startsWith(u"before restoring"_s), qPrintable(backups.constFirst().reason));
        QCOMPARE(customers(backups.constFirst().path), 3);
        QVERIFY(Backups::restore(path, backups.constFirst().path));
        QCOMPARE(customers(path), 3);
    }

    void refusesWhatIsNoBackup()
    {
        const QString path = m_dir.filePath(u"other.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(addCustomer(**db, u"A"_s));
        }
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        auto restored = Backups::restore(path, text);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(u"is not a backup"_s), qPrintable(restored.error().text()));
        QCOMPARE(customers(path), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
