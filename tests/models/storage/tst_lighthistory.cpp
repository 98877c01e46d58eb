// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSqlQuery>
#include <QTest>

#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/lighthistory.h"
#include "storage/reviewrepository.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
LightLook look(const QDateTime &at, int red)
{
    return LightLook {0, at, QDate(2024, 6, 30), u"cli"_s, red, 0, 1};
}

LightLevel change(qint64 customer, const QString &level, const QString &previous)
{
    return LightLevel {customer, level, previous, level == u"red" ? u"[]"_s : QString(), 0, {}, {}};
}

qint64 rows(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
}

const QDateTime Monday(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
} // namespace

// The light's history in the database: looks, changes, and each customer's colour as of a look.
class TestLightHistory : public rd::test::TestCase
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    qint64 m_a = 0;
    qint64 m_b = 0;

private slots:
    void init()
    {
        TestCase::init();
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        m_db = std::move(db.value());
        ImportStore store(*m_db);
        QVERIFY(store.begin(u"customers.csv"_s, u"customers"_s));
        for (const QString &id : {u"A"_s, u"B"_s}) {
            CustomerRecord record;
            record.externalId = id;
            QVERIFY(store.upsertCustomer(record));
        }
        QVERIFY(store.finish({}, {2, 0, 0}));
        m_a = ReviewRepository(*m_db).customerId(u"A"_s)->value_or(-1);
        m_b = ReviewRepository(*m_db).customerId(u"B"_s)->value_or(-1);
        QVERIFY(m_a > 0 && m_b > 0);
    }
    void cleanup() { m_db.reset(); }

    void noLookYet()
    {
        LightHistory history(*m_db);
        QVERIFY(!history.lastLook()->has_value());
        QVERIFY(history.levelsAt(0)->isEmpty());
        QVERIFY(history.looks()->isEmpty());
    }

    void levelsAsOfEachLook()
    {
        LightHistory history(*m_db);
        auto first
            = history.record(look(Monday, 1), {change(m_a, u"red"_s, u"none"_s), change(m_b, u"green"_s, u"none"_s)});
        QVERIFY(first);
        QVERIFY(first->id > 0);
        auto second = history.record(look(Monday.addDays(1), 0), {change(m_a, u"green"_s, u"red"_s)});
        QVERIFY(second);
        auto third = history.record(look(Monday.addDays(2), 0), {change(m_b, u"none"_s, u"green"_s)});
        QVERIFY(third);

        auto atFirst = history.levelsAt(first->id);
        QVERIFY(atFirst);
        QCOMPARE(atFirst->value(m_a).level, u"red"_s);
        QCOMPARE(atFirst->value(m_a).reasons, u"[]"_s);
        QCOMPARE(atFirst->value(m_b).level, u"green"_s);
        auto atSecond = history.levelsAt(second->id);
        QCOMPARE(atSecond->value(m_a).level, u"green"_s);
        QCOMPARE(atSecond->value(m_a).previous, u"red"_s);
        QCOMPARE(atSecond->value(m_a).changedAt, Monday.addDays(1));
        QCOMPARE(atSecond->value(m_b).changedAt, Monday); // unchanged since the first look
        auto atThird = history.levelsAt(third->id);
        QVERIFY(!atThird->contains(m_b)); // no longer listed
        QCOMPARE(atThird->size(), 1);

        QCOMPARE(history.lastLook()->value().id, third->id);
        QCOMPARE(history.lastLookBefore(Monday.addDays(1))->value().id, first->id);
        QVERIFY(!history.lastLookBefore(Monday)->has_value());
        QCOMPARE(history.looks()->size(), 3);
        QCOMPARE(history.looks()->at(0).red, 1);
        QCOMPARE(history.looks()->at(0).asOf, QDate(2024, 6, 30));
    }

    void failedLookLeavesNothing()
    {
        LightHistory history(*m_db);
        // The second change names a customer who does not exist: the whole look is refused.
        auto refused
            = history.record(look(Monday, 1), {change(m_a, u"red"_s, u"none"_s), change(999, u"red"_s, u"none"_s)});
        QVERIFY(!refused);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(rows(*m_db, u"light_looks"_s), 0);
        QCOMPARE(rows(*m_db, u"light_changes"_s), 0);
        // A colour that is no change is impossible too.
        QVERIFY(!history.record(look(Monday, 1), {change(m_a, u"red"_s, u"red"_s)}));
        QCOMPARE(rows(*m_db, u"light_looks"_s), 0);
    }

    void erasedCustomerTakesHistoryAlong()
    {
        LightHistory history(*m_db);
        QVERIFY(history.record(look(Monday, 1), {change(m_a, u"red"_s, u"none"_s)}));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"DELETE FROM customers WHERE id = %1"_s.arg(m_a)));
        QCOMPARE(rows(*m_db, u"light_changes"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestLightHistory)
#include "tst_lighthistory.moc"
