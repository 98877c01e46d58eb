// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <set>
#include <tuple>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "demo/demogenerator.h"
#include "support/demorecording.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::DemoOptions)

namespace {

// Stops at the limit-th record of one kind and counts whatever still arrives after that.
class StoppingSink : public DemoSink
{
public:
    StoppingSink(RecordKind kind, int limit)
        : m_kind(kind)
        , m_limit(limit)
    { }
    bool customer(const CustomerRecord &) override { return next(RecordKind::Customer); }
    bool order(const OrderRecord &) override { return next(RecordKind::Order); }
    bool activity(const ActivityRecord &) override { return next(RecordKind::Activity); }
    bool ticket(const TicketRecord &) override { return next(RecordKind::Ticket); }
    bool survey(const SurveyRecord &) override { return next(RecordKind::Survey); }

    int seen = 0;
    int afterStop = 0;

private:
    bool next(RecordKind kind)
    {
        if (m_stopped) {
            ++afterStop;
            return false;
        }
        if (kind == m_kind && ++seen == m_limit) {
            m_stopped = true;
            return false;
        }
        return true;
    }

    RecordKind m_kind;
    int m_limit;
    bool m_stopped = false;
};

} // namespace

// The generator's contract: ids, the same records from the same options, the invariants of every record,
// nothing from invalid options, and a sink that stops it. Whether the business it makes looks real is
// checked in tst_demobusiness.
class TestDemoGenerator : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void customerIds_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("expected");
        QTest::addRow("first") << 0 << u"K-000001"_s;
        QTest::addRow("123rd") << 122 << u"K-000123"_s;
        QTest::addRow("widest padded") << 999998 << u"K-999999"_s;
        QTest::addRow("beyond six digits") << 999999 << u"K-1000000"_s;
    }

    void customerIds()
    {
        QFETCH(int, index);
        QFETCH(QString, expected);
        QCOMPARE(demoCustomerId(index), expected);
    }

    void deterministic_data() { addOptionRows(); }

    void deterministic()
    {
        QFETCH(DemoOptions, options);
        RecordingSink first;
        RecordingSink second;
        QVERIFY(generateDemo(options, first));
        QVERIFY(generateDemo(options, second));
        QCOMPARE(second.customers.size(), first.customers.size());
        QCOMPARE(second.orders.size(), first.orders.size());
        QCOMPARE(second.activities.size(), first.activities.size());
        QCOMPARE(second.hash(), first.hash());

        DemoOptions other = options;
        other.seed = options.seed + 1;
        RecordingSink different;
        QVERIFY(generateDemo(other, different));
        QVERIFY(different.hash() != first.hash());
    }

    void invariantsHold_data() { addOptionRows(); }

    // Customers first, dates inside the span and after signup, scores in range, nothing twice.
    void invariantsHold()
    {
        QFETCH(DemoOptions, options);
        RecordingSink sink;
        QVERIFY(generateDemo(options, sink));
        QCOMPARE(int(sink.customers.size()), options.customers);
        QCOMPARE(sink.unknownCustomers, 0);
        QCOMPARE(sink.duplicateCustomers, 0);

        const QSet<QString> segments {
            u"Privatkunde"_s, u"Gastronomie"_s, u"Einzelhandel"_s, u"Handwerk"_s, u"Dienstleistung"_s};
        const QSet<QString> countries {u"DE"_s, u"AT"_s, u"CH"_s, u"NL"_s};
        const QRegularExpression email(u"^[a-z0-9.-]+@[a-z0-9.-]+\\.[a-z]{2,3}$"_s);
        for (int i = 0; i < int(sink.customers.size()); ++i) {
            const CustomerRecord &customer = sink.customers[i];
            QCOMPARE(customer.externalId, demoCustomerId(i));
            QVERIFY(customer.name && !customer.name->isEmpty());
            QVERIFY2(customer.email && email.match(*customer.email).hasMatch(), qPrintable(text(customer.email)));
            QVERIFY(customer.segment && segments.contains(*customer.segment));
            QVERIFY(customer.country && countries.contains(*customer.country));
            QCOMPARE(customer.currency.value_or(QString()), u"EUR"_s);
            QVERIFY(customer.signupDate);
            QVERIFY(*customer.signupDate >= options.start && *customer.signupDate <= options.end);
            if (i > 0)
                QVERIFY(*customer.signupDate >= *sink.customers[i - 1].signupDate);
            if (customer.cancelDate) {
                QVERIFY(*customer.cancelDate >= *customer.signupDate);
                QVERIFY(*customer.cancelDate <= options.end);
            }
        }

        const auto signupOf = [&](const QString &id) { return *sink.customerOf(id).signupDate; };
        const auto inSpan = [&](const QString &id, QDate date) {
            return date.isValid() && date >= signupOf(id) && date >= options.start && date <= options.end;
        };

        QSet<QString> orderKeys;
        const QRegularExpression invoice(u"^INV-\\d{4}-\\d{6}$"_s);
        const QRegularExpression creditNote(u"^CN-\\d{4}-\\d{6}$"_s);
        for (std::size_t i = 0; i < sink.orders.size(); ++i) {
            const OrderRecord &order = sink.orders[i];
            QVERIFY2(inSpan(order.customerExternalId, order.date), qPrintable(order.externalRef));
            QCOMPARE(order.currency, u"EUR"_s);
            QVERIFY(order.amountMinor != 0);
            QCOMPARE(order.dedupKey, order.externalRef);
            QVERIFY2(!orderKeys.contains(order.dedupKey), qPrintable(order.dedupKey));
            orderKeys.insert(order.dedupKey);
            QCOMPARE(order.externalRef.mid(order.externalRef.indexOf(u'-') + 1, 4).toInt(), order.date.year());
            if (order.amountMinor < 0) {
                QVERIFY(creditNote.match(order.externalRef).hasMatch());
                QCOMPARE(order.status, OrderStatus::Paid);
            } else {
                QVERIFY(invoice.match(order.externalRef).hasMatch());
            }
            // A customer's orders come together and in date order.
            if (i > 0 && sink.orders[i - 1].customerExternalId == order.customerExternalId)
                QVERIFY(sink.orders[i - 1].date <= order.date);
        }

        const QSet<QString> kinds {u"login"_s, u"visit"_s, u"email_open"_s, u"feature_use"_s};
        std::set<std::tuple<QString, qint64, QString>> activityKeys;
        for (const ActivityRecord &activity : sink.activities) {
            QVERIFY(inSpan(activity.customerExternalId, activity.date));
            QVERIFY(kinds.contains(activity.kind));
            QVERIFY(activity.count >= 1);
            QVERIFY2(
                activityKeys.emplace(activity.customerExternalId, activity.date.toJulianDay(), activity.kind).second,
                qPrintable(activity.customerExternalId + u' ' + text(activity.date) + u' ' + activity.kind));
        }

        QSet<QString> ticketKeys;
        const QRegularExpression ticketRef(u"^T-\\d{6}$"_s);
        for (const TicketRecord &ticket : sink.tickets) {
            QVERIFY(inSpan(ticket.customerExternalId, ticket.opened));
            if (ticket.closed.isValid()) {
                QVERIFY(ticket.closed >= ticket.opened);
                QVERIFY(ticket.closed <= options.end);
            }
            QVERIFY(!ticket.subject.isEmpty());
            QVERIFY(ticketRef.match(ticket.externalRef).hasMatch());
            QCOMPARE(ticket.dedupKey, ticket.externalRef);
            QVERIFY2(!ticketKeys.contains(ticket.dedupKey), qPrintable(ticket.dedupKey));
            ticketKeys.insert(ticket.dedupKey);
        }

        std::set<std::tuple<QString, qint64, int>> surveyKeys;
        for (const SurveyRecord &survey : sink.surveys) {
            QVERIFY(inSpan(survey.customerExternalId, survey.date));
            if (survey.kind == SurveyKind::Nps)
                QVERIFY2(survey.score.value_or(-1) >= 0 && survey.score.value_or(-1) <= 10,
                    qPrintable(QString::number(survey.score.value_or(-1))));
            else
                QVERIFY2(survey.score.value_or(-1) >= 1 && survey.score.value_or(-1) <= 5,
                    qPrintable(QString::number(survey.score.value_or(-1))));
            QVERIFY(surveyKeys.emplace(survey.customerExternalId, survey.date.toJulianDay(), int(survey.kind)).second);
        }
    }

    void invalidOptionsGenerateNothing_data()
    {
        QTest::addColumn<DemoOptions>("options");
        QTest::addRow("no customers") << options(0);
        QTest::addRow("negative customers") << options(-5);
        QTest::addRow("end before start") << options(10, 1, QDate(2024, 1, 1), QDate(2023, 1, 1));
        QTest::addRow("invalid start") << options(10, 1, QDate(), QDate(2023, 1, 1));
    }

    void invalidOptionsGenerateNothing()
    {
        QFETCH(DemoOptions, options);
        RecordingSink sink;
        QVERIFY(generateDemo(options, sink));
        QVERIFY(sink.customers.empty());
        QVERIFY(sink.orders.empty());
        QVERIFY(sink.activities.empty());
    }

    void sinkCanStop_data()
    {
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<int>("limit");
        QTest::addRow("first customer") << RecordKind::Customer << 1;
        QTest::addRow("40th customer") << RecordKind::Customer << 40;
        QTest::addRow("25th order") << RecordKind::Order << 25;
        QTest::addRow("300th activity") << RecordKind::Activity << 300;
        QTest::addRow("3rd ticket") << RecordKind::Ticket << 3;
        QTest::addRow("5th survey") << RecordKind::Survey << 5;
    }

    void sinkCanStop()
    {
        QFETCH(RecordKind, kind);
        QFETCH(int, limit);
        StoppingSink sink(kind, limit);
        QVERIFY(!generateDemo(options(200), sink));
        QCOMPARE(sink.seen, limit);
        QCOMPARE(sink.afterStop, 0);
    }

private:
    static void addOptionRows()
    {
        QTest::addColumn<DemoOptions>("options");
        QTest::addRow("2,000 customers over four years") << options(2000);
        QTest::addRow("seed 7, 500 customers") << options(500, 7);
        QTest::addRow("two months") << options(300, 3, QDate(2025, 11, 1), QDate(2025, 12, 31));
        QTest::addRow("one day") << options(20, 4, QDate(2024, 2, 29), QDate(2024, 2, 29));
        QTest::addRow("one customer") << options(1, 5);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
