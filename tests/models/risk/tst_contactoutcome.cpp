// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "models/metrics/datasetbuilder.h"
#include "risk/contactoutcome.h"
#include "support/riskfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::DatasetBuilder;

namespace {

const QDate Contact(2024, 3, 1);

// Orders once a month from January 2023, the last on `last`; then, perhaps, once more on `again`.
void monthly(test::Customer &customer, const QDate &last, const QDate &again = {})
{
    for (QDate day(2023, 1, 20); day <= last; day = day.addMonths(1))
        DatasetBuilder::order(customer, day, 5000);
    if (again.isValid())
        DatasetBuilder::order(customer, again, 7000);
}

// A and B at risk and contacted on 1 March 2024, A buying again in April; C and D at risk and not contacted, C
// buying again in May; E buying all along (green); F contacted in November (too recent to tell); G at risk and
// contacted in mid-April, never buying again.
Dataset business()
{
    DatasetBuilder builder;
    monthly(builder.add(u"A"_s), QDate(2023, 12, 20), QDate(2024, 4, 1));
    monthly(builder.add(u"B"_s), QDate(2023, 12, 20));
    monthly(builder.add(u"C"_s), QDate(2023, 12, 20), QDate(2024, 5, 15));
    monthly(builder.add(u"D"_s), QDate(2023, 12, 20));
    monthly(builder.add(u"E"_s), QDate(2024, 12, 31));
    monthly(builder.add(u"F"_s), QDate(2024, 9, 20));
    monthly(builder.add(u"G"_s), QDate(2023, 12, 20));
    return builder.build();
}

qint64 idOf(const Dataset &data, const QString &externalId)
{
    for (const MetricsCustomer &customer : data.customers) {
        if (customer.externalId == externalId)
            return customer.id;
    }
    return -1;
}

} // namespace

// Did the win-back messages work: the contacted customers who bought again against the others at risk then.
class TestContactOutcome : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void comparesWithThoseAtRiskNotContacted()
    {
        const Dataset data = business();
        const QHash<qint64, Day> contacts {{idOf(data, u"A"_s), dayOf(Contact)}, {idOf(data, u"B"_s), dayOf(Contact)},
            {idOf(data, u"F"_s), dayOf(QDate(2024, 11, 1))}, {idOf(data, u"G"_s), dayOf(QDate(2024, 4, 15))},
            {999, dayOf(Contact)}}; // erased since: left out
        const ContactOutcome outcome = contactOutcome(data, {}, test::noLimits(), contacts);
        QCOMPARE(outcome.days, 90);
        QCOMPARE(outcome.contactDays, 2);
        // G on 15 April, A and B on 1 March; F too recent.
        QCOMPARE(outcome.contacted, 3);
        QCOMPARE(outcome.contactedBought, 1);
        QCOMPARE(outcome.pending, 1);
        // C and D, at risk on 15 April and not contacted around it (A and B were, six weeks before); E is green.
        QCOMPARE(outcome.others, 2);
        QCOMPARE(outcome.othersBought, 1);
        QCOMPARE(*outcome.contactedShare(), 100.0 / 3);
        QCOMPARE(*outcome.othersShare(), 50.0);
        QCOMPARE(ContactOutcomeText::summary(outcome),
            u"Of the 3 customers contacted, 33 % bought again within 90 days, against 50 % of the 2 the light had at "
            "risk on the same days who were not contacted. 1 more were contacted too recently to tell. So few "
            "customers "
            "make it a hint, not a measure."_s);
    }

    void aShorterWindow()
    {
        // Within 30 days of 1 March nobody bought again; C's order on 15 May is 30 days after 15 April.
        const Dataset data = business();
        const QHash<qint64, Day> contacts {
            {idOf(data, u"A"_s), dayOf(Contact)}, {idOf(data, u"G"_s), dayOf(QDate(2024, 4, 15))}};
        const ContactOutcome outcome = contactOutcome(data, {}, test::noLimits(), contacts, 30);
        QCOMPARE(outcome.contacted, 2);
        QCOMPARE(outcome.contactedBought, 0);
        QCOMPARE(outcome.others, 3); // B, C, D at risk on 15 April; A was contacted 45 days before, outside 30
        QCOMPARE(outcome.othersBought, 1);
    }

    void atMostTwelveContactDays()
    {
        DatasetBuilder builder;
        QHash<qint64, Day> contacts;
        for (int i = 0; i < 15; ++i) {
            test::Customer &customer = builder.add(u"K%1"_s.arg(i));
            monthly(customer, QDate(2023, 6, 20));
            contacts.insert(customer.info.id, dayOf(QDate(2023, 9, 1).addDays(i)));
        }
        monthly(builder.add(u"late"_s), QDate(2024, 6, 30));
        const ContactOutcome outcome = contactOutcome(builder.build(), {}, test::noLimits(), contacts);
        QCOMPARE(outcome.contactDays, ContactOutcome::MaxContactDays);
        QCOMPARE(outcome.contacted, ContactOutcome::MaxContactDays); // the latest twelve days'
        QCOMPARE(outcome.others, 0); // the three earlier ones had been contacted within the window
        QVERIFY(!outcome.othersShare());
    }

    void summaries_data()
    {
        QTest::addColumn<qint64>("contacted");
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<QString>("start");
        QTest::newRow("nothing yet") << qint64(0) << qint64(0) << u"No win-back message has been prepared yet"_s;
        QTest::newRow("too early") << qint64(0) << qint64(4)
                                   << u"4 customers were contacted less than 90 days before the data's last day"_s;
        QTest::newRow("no others") << qint64(2) << qint64(0)
                                   << u"Of the 2 customers contacted, 50 % bought again within 90 days, against — of "
                                      "the 0"_s;
    }

    void summaries()
    {
        QFETCH(qint64, contacted);
        QFETCH(qint64, pending);
        QFETCH(QString, start);
        ContactOutcome outcome;
        outcome.contacted = contacted;
        outcome.contactedBought = contacted / 2;
        outcome.pending = pending;
        const QString text = ContactOutcomeText::summary(outcome);
        QVERIFY2(text.startsWith(start), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestContactOutcome)
#include "tst_contactoutcome.moc"
