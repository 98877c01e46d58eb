// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "risk/leavingreasons.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

Q_DECLARE_METATYPE(rd::ReasonsSplit)

namespace {

Day day(int month, int dayOfMonth)
{
    return dayOf(QDate(2024, month, dayOfMonth));
}

// Customers with a segment and a plan each, no orders.
Dataset datasetOf(const QList<std::pair<QString, QString>> &segmentsAndPlans)
{
    Dataset data;
    data.currency = u"EUR"_s;
    data.orderOffsets = {0};
    for (const auto &[segment, plan] : segmentsAndPlans) {
        MetricsCustomer customer;
        customer.id = data.customers.size() + 1;
        customer.externalId = u"C%1"_s.arg(customer.id);
        customer.segment = segment;
        customer.plan = plan;
        data.customers.append(customer);
        data.orderOffsets.push_back(0);
    }
    return data;
}

// c0 SMB/Pro, c1 Enterprise/Pro, c2 SMB/Basic, c3 without either, c4 Enterprise/Basic, c5 Agency/Basic.
Dataset shop()
{
    return datasetOf({{u"SMB"_s, u"Pro"_s}, {u"Enterprise"_s, u"Pro"_s}, {u"SMB"_s, u"Basic"_s}, {QString(), QString()},
        {u"Enterprise"_s, u"Basic"_s}, {u"Agency"_s, u"Basic"_s}});
}

ReasonsPeriod periodOf(const QString &label, Day start, Day end, const QHash<ChurnReason, QList<LostCustomer>> &lost)
{
    ReasonsPeriod row;
    row.period = Period {start, end, label};
    for (ChurnReason reason : ChurnReasons) {
        ReasonFigures figures {reason, 0, 0, std::nullopt, lost.value(reason)};
        figures.customers = figures.lost.size();
        for (const LostCustomer &customer : std::as_const(figures.lost))
            figures.lostRevenueMinor += customer.lostRevenueMinor;
        row.lost += figures.customers;
        row.reasons.append(figures);
    }
    for (ReasonFigures &figures : row.reasons) {
        if (row.lost > 0)
            figures.share = 100.0 * double(figures.customers) / double(row.lost);
    }
    return row;
}

// January: c0 and c1 for the price, c3 silent. February: c2 for the price, c1 (back, and lost again) to a
// competitor, c4 for the service, c5 silent.
ReasonsReport report()
{
    ReasonsReport report;
    report.asOf = day(3, 31);
    report.periods.append(periodOf(u"2024-01"_s, day(1, 1), day(2, 1),
        {{ChurnReason::Price, {{0, day(1, 10), 1000, u"price"_s}, {1, day(1, 20), 5000, u"too expensive"_s}}},
            {ChurnReason::Unknown, {{3, day(1, 5), 200, QString()}}}}));
    report.periods.append(periodOf(u"2024-02"_s, day(2, 1), day(3, 1),
        {{ChurnReason::Price, {{2, day(2, 3), 3000, u"cheaper elsewhere"_s}}},
            {ChurnReason::Competitor, {{1, day(2, 25), 4000, u"switched"_s}}},
            {ChurnReason::Service, {{4, day(2, 14), 7000, u"no response"_s}}},
            {ChurnReason::Unknown, {{5, day(2, 28), 0, QString()}}}}));
    return report;
}

// "label: 3 lost; price 2 (66.7 %, 6000: c0 c1); ...": the reasons somebody left for, in order, with the
// customers behind each in the order of the list.
QString describe(const ReasonsPeriod &row)
{
    QStringList parts {u"%1: %2 lost"_s.arg(row.period.label).arg(row.lost)};
    for (const ReasonFigures &figures : row.reasons) {
        if (figures.customers == 0 && figures.lost.isEmpty() && figures.lostRevenueMinor == 0)
            continue;
        QStringList customers;
        for (const LostCustomer &lost : figures.lost)
            customers.append(u"c%1"_s.arg(lost.customer));
        parts.append(u"%1 %2 (%3, %4: %5)"_s.arg(churnReasonCode(figures.reason))
                         .arg(figures.customers)
                         .arg(figures.share ? QString::number(*figures.share, 'f', 1) + u" %"_s : u"no share"_s)
                         .arg(figures.lostRevenueMinor)
                         .arg(customers.join(u' ')));
    }
    return parts.join(u"; "_s);
}

QStringList describe(const QList<ReasonsPeriod> &rows)
{
    QStringList result;
    for (const ReasonsPeriod &row : rows)
        result.append(describe(row));
    return result;
}

bool inChurnReasonsOrder(const ReasonsPeriod &row)
{
    if (row.reasons.size() != qsizetype(std::size(ChurnReasons)))
        return false;
    for (qsizetype i = 0; i < row.reasons.size(); ++i) {
        if (row.reasons.at(i).reason != ChurnReasons[i])
            return false;
    }
    return true;
}

} // namespace

// Why customers left: the reasons report split by period, over the whole range, by segment or by plan.
class TestLeavingReasons : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void splits_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("by period: the report as it is")
            << ReasonsSplit::Period
            << QStringList {u"2024-01: 3 lost; price 2 (66.7 %, 6000: c0 c1); unknown 1 (33.3 %, 200: c3)"_s,
                   u"2024-02: 4 lost; price 1 (25.0 %, 3000: c2); competitor 1 (25.0 %, 4000: c1); "
                   u"service 1 (25.0 %, 7000: c4); unknown 1 (25.0 %, 0: c5)"_s};
        QTest::addRow("total") << ReasonsSplit::Total
                               << QStringList {u"all: 7 lost; price 3 (42.9 %, 9000: c0 c1 c2); "
                                               u"competitor 1 (14.3 %, 4000: c1); service 1 (14.3 %, 7000: c4); "
                                               u"unknown 2 (28.6 %, 200: c3 c5)"_s};
        // Most lost first; the customers without a segment and the agency lost one each: by label.
        QTest::addRow("by segment")
            << ReasonsSplit::Segment
            << QStringList {u"Enterprise: 3 lost; price 1 (33.3 %, 5000: c1); competitor 1 (33.3 %, 4000: c1); "
                            u"service 1 (33.3 %, 7000: c4)"_s,
                   u"SMB: 2 lost; price 2 (100.0 %, 4000: c0 c2)"_s, u": 1 lost; unknown 1 (100.0 %, 200: c3)"_s,
                   u"Agency: 1 lost; unknown 1 (100.0 %, 0: c5)"_s};
        // Pro comes first in the report, but Basic lost as many: by label.
        QTest::addRow("by plan") << ReasonsSplit::Plan
                                 << QStringList {u"Basic: 3 lost; price 1 (33.3 %, 3000: c2); service 1 (33.3 %, "
                                                 u"7000: c4); unknown 1 (33.3 %, 0: c5)"_s,
                                        u"Pro: 3 lost; price 2 (66.7 %, 6000: c0 c1); competitor 1 (33.3 %, 4000: "
                                        u"c1)"_s,
                                        u": 1 lost; unknown 1 (100.0 %, 200: c3)"_s};
    }

    void splits()
    {
        QFETCH(ReasonsSplit, split);
        QFETCH(QStringList, expected);
        const ReasonsReport input = report();
        const QList<ReasonsPeriod> rows = splitReasons(input, shop(), split);
        QCOMPARE(describe(rows), expected);
        qint64 lost = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ReasonsPeriod &row = rows.at(i);
            QVERIFY(inChurnReasonsOrder(row));
            lost += row.lost;
            if (split == ReasonsSplit::Period) {
                QCOMPARE(row.period.start, input.periods.at(i).period.start);
                QCOMPARE(row.period.end, input.periods.at(i).period.end);
            } else {
                // Every row spans the whole range: the first period's start to the last one's end.
                QCOMPARE(row.period.start, day(1, 1));
                QCOMPARE(row.period.end, day(3, 1));
            }
            for (const ReasonFigures &figures : row.reasons) {
                QCOMPARE(qint64(figures.lost.size()), figures.customers);
                for (qsizetype j = 1; j < figures.lost.size(); ++j)
                    QVERIFY(figures.lost.at(j - 1).left <= figures.lost.at(j).left);
            }
        }
        QCOMPARE(lost, 7);
    }

    void keepsWhatTheySaid()
    {
        const QList<ReasonsPeriod> rows = splitReasons(report(), shop(), ReasonsSplit::Segment);
        QCOMPARE(rows.size(), 4);
        const QList<LostCustomer> &enterprisePrice = rows.at(0).reasons.at(int(ChurnReason::Price)).lost;
        QCOMPARE(enterprisePrice.size(), 1);
        QCOMPARE(enterprisePrice.at(0).customer, 1);
        QCOMPARE(enterprisePrice.at(0).left, day(1, 20));
        QCOMPARE(enterprisePrice.at(0).lostRevenueMinor, 5000);
        QCOMPARE(enterprisePrice.at(0).said, u"too expensive"_s);
        QCOMPARE(rows.at(1).reasons.at(int(ChurnReason::Price)).lost.at(1).said, u"cheaper elsewhere"_s);
    }

    void emptyReportNoRows_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addRow("period") << ReasonsSplit::Period;
        QTest::addRow("total") << ReasonsSplit::Total;
        QTest::addRow("segment") << ReasonsSplit::Segment;
        QTest::addRow("plan") << ReasonsSplit::Plan;
    }

    void emptyReportNoRows()
    {
        QFETCH(ReasonsSplit, split);
        QVERIFY(splitReasons(ReasonsReport(), shop(), split).isEmpty());
        QVERIFY(splitReasons(ReasonsReport(), Dataset(), split).isEmpty());
    }

    void nobodyLost_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("period") << ReasonsSplit::Period << QStringList {u"2024-01: 0 lost"_s, u"2024-02: 0 lost"_s};
        QTest::addRow("total") << ReasonsSplit::Total << QStringList {u"all: 0 lost"_s};
        QTest::addRow("segment") << ReasonsSplit::Segment << QStringList {u"all: 0 lost"_s};
        QTest::addRow("plan") << ReasonsSplit::Plan << QStringList {u"all: 0 lost"_s};
    }

    void nobodyLost()
    {
        QFETCH(ReasonsSplit, split);
        QFETCH(QStringList, expected);
        ReasonsReport quiet;
        quiet.asOf = day(3, 31);
        quiet.periods
            = {periodOf(u"2024-01"_s, day(1, 1), day(2, 1), {}), periodOf(u"2024-02"_s, day(2, 1), day(3, 1), {})};
        const QList<ReasonsPeriod> rows = splitReasons(quiet, shop(), split);
        QCOMPARE(describe(rows), expected);
        for (const ReasonsPeriod &row : rows) {
            QCOMPARE(row.lost, 0);
            QVERIFY(inChurnReasonsOrder(row));
            for (const ReasonFigures &figures : row.reasons) {
                QCOMPARE(figures.customers, 0);
                QVERIFY(!figures.share);
                QVERIFY(figures.lost.isEmpty());
            }
        }
        if (split != ReasonsSplit::Period) {
            QCOMPARE(rows.at(0).period.start, day(1, 1));
            QCOMPARE(rows.at(0).period.end, day(3, 1));
        }
    }

    void computesFromLifetimesAndWords()
    {
        Dataset data = datasetOf({{u"SMB"_s, u"Pro"_s}, {u"SMB"_s, u"Basic"_s}, {u"Enterprise"_s, u"Basic"_s},
            {QString(), u"Pro"_s}, {u"SMB"_s, u"Pro"_s}});
        data.firstDay = dayOf(QDate(2023, 1, 1));
        data.lastDay = day(3, 31);
        // c0 pays 10.00 a month; c1's orders: one more than a year before it left, two within.
        data.customers[0].mrrMinor = 1000;
        data.customers[0].hasContract = true;
        data.orders = {{dayOf(QDate(2023, 1, 5)), 9999}, {dayOf(QDate(2023, 6, 1)), 2500}, {day(1, 15), 2500}};
        data.orderOffsets = {0, 0, 3, 3, 3, 3};

        Lifetimes lifetimes;
        lifetimes.asOf = day(3, 31);
        lifetimes.offsets = {0};
        const auto addLifetimes = [&](const QList<Lifetime> &lives) {
            for (const Lifetime &life : lives)
                lifetimes.lifetimes.push_back(life);
            lifetimes.offsets.push_back(qint64(lifetimes.lifetimes.size()));
        };
        const Day start = dayOf(QDate(2023, 1, 1));
        addLifetimes({{start, day(1, 10), LifetimeEnd::Cancelled, false}});
        addLifetimes({{start, day(1, 20), LifetimeEnd::Silent, false}});
        addLifetimes({{start, day(2, 10), LifetimeEnd::Silent, false}});
        // Cancelled, then back: the cancellation reason belongs to the last lifetime, which is open.
        addLifetimes({{start, day(2, 5), LifetimeEnd::Cancelled, false}, {day(2, 20), NoDay, LifetimeEnd::Open, true}});
        addLifetimes({{start, day(3, 15), LifetimeEnd::Cancelled, false}}); // after the window

        LeavingWords words;
        words.cancellations.insert(1, {u"too_expensive"_s, QString()});
        words.cancellations.insert(4, {u"closed"_s, QString()});
        words.cancellations.insert(5, {u"price"_s, QString()});
        words.answers = {
            {2, QDate(2023, 10, 1), {u"price"_s, QString()}}, // 111 days before leaving: too early
            {2, QDate(2024, 2, 1), {QString(), u"switched to another provider"_s}},
            {2, QDate(2024, 3, 30), {u"bug"_s, QString()}}, // further from the day of leaving
        };

        ReasonsOptions options;
        options.from = QDate(2024, 1, 1);
        options.to = QDate(2024, 2, 29);
        const ReasonsReport computed = computeReasons(data, lifetimes, words, ReasonClassifier(), options);
        QCOMPARE(computed.asOf, day(3, 31));
        QCOMPARE(describe(computed.periods),
            (QStringList {u"2024-01: 2 lost; price 1 (50.0 %, 12000: c0); competitor 1 (50.0 %, 5000: c1)"_s,
                u"2024-02: 2 lost; unknown 2 (100.0 %, 0: c3 c2)"_s}));
        QCOMPARE(computed.periods.at(0).period.start, day(1, 1));
        QCOMPARE(computed.periods.at(1).period.end, day(3, 1));
        QCOMPARE(computed.periods.at(0).reasons.at(int(ChurnReason::Price)).lost.at(0).said, u"too_expensive"_s);
        QCOMPARE(computed.periods.at(0).reasons.at(int(ChurnReason::Competitor)).lost.at(0).said,
            u"switched to another provider"_s);
        QVERIFY(computed.periods.at(1).reasons.at(int(ChurnReason::Unknown)).lost.at(0).said.isEmpty());

        QCOMPARE(describe(splitReasons(computed, data, ReasonsSplit::Segment)),
            (QStringList {u"SMB: 2 lost; price 1 (50.0 %, 12000: c0); competitor 1 (50.0 %, 5000: c1)"_s,
                u": 1 lost; unknown 1 (100.0 %, 0: c3)"_s, u"Enterprise: 1 lost; unknown 1 (100.0 %, 0: c2)"_s}));
    }
};

QTEST_GUILESS_MAIN(TestLeavingReasons)
#include "tst_leavingreasons.moc"
