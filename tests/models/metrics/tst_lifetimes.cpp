// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "datasetbuilder.h"
#include "metrics/lifetimes.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::DatasetBuilder;

namespace {
QString describe(const Lifetimes &lifetimes, int customer)
{
    QStringList parts;
    for (const Lifetime &lifetime : lifetimes.of(customer)) {
        QString end = u"open"_s;
        if (lifetime.end != NoDay)
            end = dateOf(lifetime.end).toString(Qt::ISODate)
                + (lifetime.ending == LifetimeEnd::Cancelled ? u" cancelled"_s : u" silent"_s);
        parts.append(dateOf(lifetime.start).toString(Qt::ISODate) + u" → "_s + end
            + (lifetime.reactivation ? u" (back)"_s : QString()));
    }
    return parts.join(u"; "_s);
}
} // namespace

class TestLifetimes : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void activityCustomers_data()
    {
        QTest::addColumn<QList<QDate>>("orders");
        QTest::addColumn<QDate>("signup");
        QTest::addColumn<QDate>("cancel");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("expected");
        const QDate asOf(2024, 12, 31);
        QTest::addRow("steady buyer stays") << QList<QDate> {{2024, 10, 1}, {2024, 11, 15}, {2024, 12, 20}} << QDate()
                                            << QDate() << asOf << u"2024-10-01 → open"_s;
        // Lost on the day the window runs out: the last sign of life plus 90 days.
        QTest::addRow("silent after the window") << QList<QDate> {{2024, 1, 10}, {2024, 3, 1}} << QDate() << QDate()
                                                 << asOf << u"2024-01-10 → 2024-05-30 silent"_s;
        QTest::addRow("window ends on the as-of day") << QList<QDate> {{2024, 10, 2}} << QDate() << QDate()
                                                      << QDate(2024, 12, 31) << u"2024-10-02 → 2024-12-31 silent"_s;
        QTest::addRow("window ends the day after as-of")
            << QList<QDate> {{2024, 10, 3}} << QDate() << QDate() << QDate(2024, 12, 31) << u"2024-10-03 → open"_s;
        QTest::addRow("a gap of exactly the window is no loss")
            << QList<QDate> {{2024, 1, 1}, {2024, 3, 31}, {2024, 12, 1}} << QDate() << QDate() << asOf
            << u"2024-01-01 → 2024-06-29 silent; 2024-12-01 → open (back)"_s;
        QTest::addRow("churns and comes back")
            << QList<QDate> {{2024, 1, 1}, {2024, 6, 1}} << QDate() << QDate() << asOf
            << u"2024-01-01 → 2024-03-31 silent; 2024-06-01 → 2024-08-30 silent (back)"_s;
        QTest::addRow("signup starts the lifetime") << QList<QDate> {{2024, 2, 1}} << QDate(2024, 1, 15) << QDate()
                                                    << asOf << u"2024-01-15 → 2024-05-01 silent"_s;
        QTest::addRow("cancel ends it before the window")
            << QList<QDate> {{2024, 11, 1}} << QDate() << QDate(2024, 11, 20) << asOf
            << u"2024-11-01 → 2024-11-20 cancelled"_s;
        QTest::addRow("orders after a cancel are a comeback")
            << QList<QDate> {{2024, 3, 1}, {2024, 4, 1}} << QDate() << QDate(2024, 3, 10) << asOf
            << u"2024-03-01 → 2024-03-10 cancelled; 2024-04-01 → 2024-06-30 silent (back)"_s;
        QTest::addRow("leap day counts as a day")
            << QList<QDate> {{2024, 2, 29}} << QDate() << QDate() << asOf << u"2024-02-29 → 2024-05-29 silent"_s;
        QTest::addRow("nothing after as-of is seen") << QList<QDate> {{2024, 1, 1}, {2025, 1, 5}} << QDate() << QDate()
                                                     << asOf << u"2024-01-01 → 2024-03-31 silent"_s;
        QTest::addRow("all after as-of") << QList<QDate> {{2025, 2, 1}} << QDate() << QDate() << asOf << QString();
    }

    void activityCustomers()
    {
        QFETCH(QList<QDate>, orders);
        QFETCH(QDate, signup);
        QFETCH(QDate, cancel);
        QFETCH(QDate, asOf);
        QFETCH(QString, expected);
        DatasetBuilder builder;
        auto &customer = builder.add(u"A"_s, signup, cancel);
        for (const QDate &date : orders)
            DatasetBuilder::order(customer, date, 1000);
        const Lifetimes lifetimes = computeLifetimes(builder.build(), {ChurnModel::Auto, 90}, dayOf(asOf));
        QCOMPARE(describe(lifetimes, 0), expected);
    }

    void signsOfLifeOfEveryKind()
    {
        DatasetBuilder builder;
        auto &customer = builder.add(u"A"_s);
        DatasetBuilder::order(customer, QDate(2024, 1, 1), 1000);
        DatasetBuilder::activity(customer, QDate(2024, 3, 1));
        DatasetBuilder::contact(customer, QDate(2024, 5, 1)); // a ticket or a survey answer
        DatasetBuilder::order(customer, QDate(2024, 6, 1), -1000); // a refund is no sign of life
        const Lifetimes lifetimes = computeLifetimes(builder.build(), {}, dayOf(QDate(2024, 12, 31)));
        QCOMPARE(describe(lifetimes, 0), u"2024-01-01 → 2024-07-30 silent"_s);
    }

    void contractCustomers_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<bool>("contract");
        QTest::addColumn<QString>("expected");
        // Signed up in January, one order in February, cancels in November.
        QTest::addRow("auto, with a plan") << int(ChurnModel::Auto) << true << u"2024-01-05 → 2024-11-30 cancelled"_s;
        QTest::addRow("contract model") << int(ChurnModel::Contract) << false << u"2024-01-05 → 2024-11-30 cancelled"_s;
        QTest::addRow("auto, without a plan") << int(ChurnModel::Auto) << false << u"2024-01-05 → 2024-05-01 silent"_s;
        QTest::addRow("activity model") << int(ChurnModel::Activity) << true << u"2024-01-05 → 2024-05-01 silent"_s;
    }

    void contractCustomers()
    {
        QFETCH(int, model);
        QFETCH(bool, contract);
        QFETCH(QString, expected);
        DatasetBuilder builder;
        auto &customer = builder.add(u"A"_s, QDate(2024, 1, 5), QDate(2024, 11, 30), contract);
        DatasetBuilder::order(customer, QDate(2024, 2, 1), 4900);
        const Lifetimes lifetimes
            = computeLifetimes(builder.build(), {ChurnModel(model), 90}, dayOf(QDate(2024, 12, 31)));
        QCOMPARE(describe(lifetimes, 0), expected);
    }

    void contractWithoutActivityStaysUntilCancel()
    {
        DatasetBuilder builder;
        builder.add(u"A"_s, QDate(2020, 1, 1), {}, true);
        builder.add(u"B"_s, QDate(2020, 1, 1), QDate(2025, 3, 1), true); // cancels after as-of
        const Lifetimes lifetimes = computeLifetimes(builder.build(), {}, dayOf(QDate(2024, 12, 31)));
        QCOMPARE(describe(lifetimes, 0), u"2020-01-01 → open"_s);
        QCOMPARE(describe(lifetimes, 1), u"2020-01-01 → open"_s);
    }

    void windowIsASetting()
    {
        DatasetBuilder builder;
        auto &customer = builder.add(u"A"_s);
        DatasetBuilder::order(customer, QDate(2024, 1, 1), 1000);
        DatasetBuilder::order(customer, QDate(2024, 2, 15), 1000);
        const Dataset data = builder.build();
        QCOMPARE(describe(computeLifetimes(data, {ChurnModel::Auto, 30}, dayOf(QDate(2024, 6, 30))), 0),
            u"2024-01-01 → 2024-01-31 silent; 2024-02-15 → 2024-03-16 silent (back)"_s);
        QCOMPARE(describe(computeLifetimes(data, {ChurnModel::Auto, 60}, dayOf(QDate(2024, 6, 30))), 0),
            u"2024-01-01 → 2024-04-15 silent"_s);
    }

    void modelNames()
    {
        for (ChurnModel model : {ChurnModel::Auto, ChurnModel::Contract, ChurnModel::Activity})
            QCOMPARE(churnModelFromName(churnModelName(model)), model);
        QVERIFY(!churnModelFromName(u"sometimes"));
    }
};

QTEST_GUILESS_MAIN(TestLifetimes)
#include "tst_lifetimes.moc"
