// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "demo/demodatabase.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

constexpr qint64 Customers = 300;

DemoOptions demoOptions(quint32 seed = 5)
{
    DemoOptions options;
    options.customers = int(Customers);
    options.seed = seed;
    return options;
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString settingValue(const Database &db, const QString &key)
{
    QSqlQuery query(db.connection());
    if (!query.prepare(u"SELECT value FROM settings WHERE key = :key"_s))
        return u"<prepare failed>"_s;
    query.bindValue(u":key"_s, key);
    if (!query.exec())
        return u"<query failed>"_s;
    return query.next() ? query.value(0).toString() : u"<none>"_s;
}

// Everything stored, to prove that a refused write changed nothing.
QString snapshot(const Database &db)
{
    QSqlQuery query(db.connection());
    QString result;
    for (const QString &statement : {u"SELECT count(*), coalesce(sum(amount_minor), 0) FROM orders"_s,
             u"SELECT count(*), group_concat(external_id, '|') FROM customers"_s,
             u"SELECT count(*), coalesce(sum(count), 0) FROM activity"_s, u"SELECT count(*) FROM tickets"_s,
             u"SELECT count(*) FROM surveys"_s, u"SELECT count(*) FROM imports"_s,
             u"SELECT group_concat(key || '=' || value, '|') FROM settings"_s}) {
        if (!query.exec(statement) || !query.next())
            return u"query failed: "_s + statement;
        for (int i = 0; i < query.record().count(); ++i)
            result += query.value(i).toString() + u';';
    }
    return result;
}

} // namespace

class TestDemoDatabase : public rd::test::TestCase
{
    Q_OBJECT

private:
    std::unique_ptr<Database> open(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().text()));
        return std::move(db.value());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void summaryMatchesTheTables()
    {
        auto db = open(u":memory:"_s);
        QCOMPARE(settingValue(*db, u"demo_data"_s), u"<none>"_s);
        const auto summary = DemoDatabase::write(*db, demoOptions());
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().text()));
        QCOMPARE(summary->customers, Customers);
        QVERIFY(summary->orders > 0);
        QVERIFY(summary->activity > 0);
        QVERIFY(summary->tickets > 0);
        QVERIFY(summary->surveys > 0);

        QCOMPARE(count(*db, u"customers"_s), summary->customers);
        QCOMPARE(count(*db, u"orders"_s), summary->orders);
        QCOMPARE(count(*db, u"activity"_s), summary->activity);
        QCOMPARE(count(*db, u"tickets"_s), summary->tickets);
        QCOMPARE(count(*db, u"surveys"_s), summary->surveys);
        // The demo is logged as one import.
        QCOMPARE(count(*db, u"imports"_s), qint64(1));

        QCOMPARE(settingValue(*db, QString::fromUtf16(DemoDatabase::DemoSettingKey)), u"1"_s);
        QCOMPARE(settingValue(*db, u"demo_data"_s), u"1"_s);
        QCOMPARE(settingValue(*db, u"demo_seed"_s), u"5"_s);
        QCOMPARE(settingValue(*db, u"demo_customers"_s), QString::number(Customers));
        auto setting = db->setting(u"demo_data"_s);
        QVERIFY(setting);
        QCOMPARE(*setting, u"1"_s);
    }

    void sameSeedSameData()
    {
        auto first = open(u":memory:"_s);
        auto second = open(u":memory:"_s);
        auto other = open(u":memory:"_s);
        QVERIFY(DemoDatabase::write(*first, demoOptions(11)));
        QVERIFY(DemoDatabase::write(*second, demoOptions(11)));
        QVERIFY(DemoDatabase::write(*other, demoOptions(12)));
        QCOMPARE(snapshot(*second), snapshot(*first));
        QVERIFY(snapshot(*other) != snapshot(*first));
    }

    void secondWriteIsRefused()
    {
        auto db = open(u":memory:"_s);
        QVERIFY(DemoDatabase::write(*db, demoOptions()));
        const QString before = snapshot(*db);
        QVERIFY(count(*db, u"orders"_s) > 0);

        const auto again = DemoDatabase::write(*db, demoOptions(99));
        QVERIFY(!again);
        QVERIFY(!again.error().message.isEmpty());
        QCOMPARE(snapshot(*db), before);
        QCOMPARE(settingValue(*db, u"demo_seed"_s), u"5"_s);
    }

    void databaseWithOneCustomerIsRefused()
    {
        auto db = open(u":memory:"_s);
        {
            ImportStore store(*db);
            QVERIFY(store.begin(u"customers.csv"_s, u"customers"_s));
            CustomerRecord customer;
            customer.externalId = u"K-1"_s;
            customer.name = u"Erste Kundin"_s;
            QVERIFY(store.upsertCustomer(customer));
            QVERIFY(store.finish(u"00"_s, {1, 0, 0}));
        }
        QCOMPARE(count(*db, u"customers"_s), qint64(1));
        const QString before = snapshot(*db);

        const auto summary = DemoDatabase::write(*db, demoOptions());
        QVERIFY(!summary);
        QVERIFY(!summary.error().message.isEmpty());
        QCOMPARE(snapshot(*db), before);
        QCOMPARE(count(*db, u"customers"_s), qint64(1));
        QCOMPARE(settingValue(*db, u"demo_data"_s), u"<none>"_s);
    }

    void dataIsCommittedToTheFile()
    {
        const QString path = m_dir.filePath(u"demo.sqlite"_s);
        DemoSummary summary;
        QString written;
        {
            auto db = open(path);
            auto result = DemoDatabase::write(*db, demoOptions());
            QVERIFY2(result, qPrintable(result ? QString() : result.error().text()));
            summary = *result;
            written = snapshot(*db);
        }
        auto db = open(path);
        QCOMPARE(snapshot(*db), written);
        auto counts = db->counts();
        QVERIFY(counts);
        QCOMPARE(counts->customers, summary.customers);
        QCOMPARE(counts->orders, summary.orders);
        QCOMPARE(counts->activity, summary.activity);
        QCOMPARE(counts->tickets, summary.tickets);
        QCOMPARE(counts->surveys, summary.surveys);
        QCOMPARE(settingValue(*db, u"demo_data"_s), u"1"_s);

        // Opened again, the file is no longer empty: a second demo is refused there too.
        QVERIFY(!DemoDatabase::write(*db, demoOptions()));
        QCOMPARE(snapshot(*db), written);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
