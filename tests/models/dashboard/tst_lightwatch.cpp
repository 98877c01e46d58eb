// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "dashboard/lightwatch.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/reviewrepository.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

Q_DECLARE_METATYPE(std::optional<rd::RiskLevel>)

namespace {
const QDateTime Monday(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
}

// Looks at the light: what is new since the last look, what is green again, and nothing twice.
class TestLightWatch : public rd::test::TestCase
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    Dataset m_data;

    // A report listing the dataset's customers with these colours, in this order (nullopt: not listed).
    RiskReport report(const QList<std::optional<RiskLevel>> &levels)
    {
        RiskReport result;
        result.asOf = dayOf(QDate(2024, 6, 30));
        for (qsizetype i = 0; i < levels.size(); ++i) {
            if (!levels.at(i))
                continue;
            CustomerRisk risk;
            risk.customer = int(i);
            risk.level = *levels.at(i);
            if (risk.level != RiskLevel::Green)
                risk.reasons.append(Reason {ReasonCode::Inactive, risk.level, {double(40 + i)}});
            risk.value12mMinor = 1000 * (i + 1);
            (risk.level == RiskLevel::Red             ? result.red
                    : risk.level == RiskLevel::Yellow ? result.yellow
                                                      : result.green)++;
            result.customers.append(risk);
        }
        return result;
    }

    static QStringList names(const Dataset &data, const QList<LightChange> &changes)
    {
        QStringList result;
        for (const LightChange &change : changes)
            result.append(data.customers.at(change.customer).externalId);
        return result;
    }

private slots:
    void init()
    {
        TestCase::init();
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        m_db = std::move(db.value());
        ImportStore store(*m_db);
        QVERIFY(store.begin(u"customers.csv"_s, u"customers"_s));
        m_data = {};
        for (const QString &id : {u"A"_s, u"B"_s, u"C"_s}) {
            CustomerRecord record;
            record.externalId = id;
            QVERIFY(store.upsertCustomer(record));
        }
        QVERIFY(store.finish({}, {3, 0, 0}));
        for (const QString &id : {u"A"_s, u"B"_s, u"C"_s}) {
            MetricsCustomer customer;
            customer.externalId = id;
            customer.id = ReviewRepository(*m_db).customerId(id)->value_or(-1);
            QVERIFY(customer.id > 0);
            m_data.customers.append(customer);
        }
    }
    void cleanup() { m_db.reset(); }

    void changeKinds_data()
    {
        QTest::addColumn<std::optional<RiskLevel>>("previous");
        QTest::addColumn<std::optional<RiskLevel>>("level");
        QTest::addColumn<bool>("alert");
        QTest::addColumn<bool>("recovery");
        const std::optional<RiskLevel> none;
        QTest::newRow("new red") << none << std::optional(RiskLevel::Red) << true << false;
        QTest::newRow("green to yellow") << std::optional(RiskLevel::Green) << std::optional(RiskLevel::Yellow) << true
                                         << false;
        QTest::newRow("yellow to red") << std::optional(RiskLevel::Yellow) << std::optional(RiskLevel::Red) << true
                                       << false;
        QTest::newRow("red to yellow") << std::optional(RiskLevel::Red) << std::optional(RiskLevel::Yellow) << false
                                       << false;
        QTest::newRow("red to green") << std::optional(RiskLevel::Red) << std::optional(RiskLevel::Green) << false
                                      << true;
        QTest::newRow("red, no longer listed") << std::optional(RiskLevel::Red) << none << false << false;
        QTest::newRow("new green") << none << std::optional(RiskLevel::Green) << false << false;
    }

    void changeKinds()
    {
        QFETCH(std::optional<RiskLevel>, previous);
        QFETCH(std::optional<RiskLevel>, level);
        LightChange change;
        change.previous = previous;
        change.level = level;
        QTEST(change.isAlert(), "alert");
        QTEST(change.isRecovery(), "recovery");
    }

    void reasonsRoundTrip()
    {
        const QList<Reason> reasons {{ReasonCode::SpendingDecline, RiskLevel::Red, {80, 150000, 30000}},
            {ReasonCode::RenewalSoon, RiskLevel::Yellow, {12}}};
        const QList<Reason> back = reasonsFromJson(reasonsToJson(reasons));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).code, ReasonCode::SpendingDecline);
        QCOMPARE(back.at(0).level, RiskLevel::Red);
        QCOMPARE(back.at(0).numbers, (QList<double> {80, 150000, 30000}));
        QCOMPARE(back.at(1).code, ReasonCode::RenewalSoon);
        // Codes a later version may add are left out, not misread.
        QCOMPARE(reasonsFromJson(u"[{\"code\":\"weather\",\"level\":\"red\",\"numbers\":[]}]"_s).size(), 0);
        QCOMPARE(reasonsFromJson(u"not json"_s).size(), 0);
    }

    void newSinceTheLastLookOnly()
    {
        const auto red = std::optional(RiskLevel::Red);
        const auto yellow = std::optional(RiskLevel::Yellow);
        const auto green = std::optional(RiskLevel::Green);
        auto first = takeLook(*m_db, m_data, report({green, red, yellow}), LightSource::Window, Monday);
        QVERIFY(first);
        QVERIFY(!first->since);
        QCOMPARE(names(m_data, first->alerts), (QStringList {u"B"_s, u"C"_s})); // in the report's order
        QCOMPARE(first->alerts.at(0).reasons.at(0).numbers, QList<double> {41});
        QCOMPARE(first->alerts.at(0).value12mMinor, 2000);
        QCOMPARE(first->look.red, 1);
        QCOMPARE(first->look.source, u"window"_s);

        auto again = takeLook(*m_db, m_data, report({green, red, yellow}), LightSource::Cli, Monday.addSecs(60));
        QVERIFY(again);
        QCOMPARE(again->since->id, first->look.id);
        QVERIFY(again->alerts.isEmpty());
        QVERIFY(again->recovered.isEmpty());

        // C turns red, B recovers, A leaves the list.
        auto later = takeLook(*m_db, m_data, report({std::nullopt, green, red}), LightSource::Cli, Monday.addDays(1));
        QVERIFY(later);
        QCOMPARE(names(m_data, later->alerts), QStringList {u"C"_s});
        QCOMPARE(later->alerts.at(0).previous, yellow);
        QCOMPARE(later->alerts.at(0).changedAt, Monday.addDays(1));
        QCOMPARE(names(m_data, later->recovered), QStringList {u"B"_s});
        QCOMPARE(later->recovered.at(0).reasons.at(0).code, ReasonCode::Inactive); // what it was red for

        // Since a time before the first look: compared with no look at all.
        auto since = takeLook(
            *m_db, m_data, report({std::nullopt, green, red}), LightSource::Cli, Monday.addDays(2), Monday.addSecs(-1));
        QVERIFY(since);
        QVERIFY(!since->since);
        QCOMPARE(names(m_data, since->alerts), QStringList {u"C"_s});
        QVERIFY(since->recovered.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLightWatch)
#include "tst_lightwatch.moc"
