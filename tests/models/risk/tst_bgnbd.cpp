// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <cmath>

#include <QTest>

#include "risk/bgnbd.h"
#include "support/bgnbdfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// Gauss's hypergeometric series, for |z| well below 1.
double hypergeometric(double a, double b, double c, double z)
{
    double term = 1;
    double sum = 1;
    for (int n = 0; n < 100000 && std::abs(term) > 1e-17 * std::abs(sum); ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
    }
    return sum;
}

// The paper's closed forms (equations 7 and 10), independent of the library's quadrature.
double closedFormAlive(const BgNbdParameters &p, const BgNbdCustomer &c)
{
    if (c.x == 0)
        return 1;
    return 1 / (1 + p.a / (p.b + c.x - 1) * std::pow((p.alpha + c.T) / (p.alpha + c.tx), p.r + c.x));
}

double closedFormExpected(const BgNbdParameters &p, const BgNbdCustomer &c, double t)
{
    const double z = t / (p.alpha + c.T + t);
    const double f = hypergeometric(p.r + c.x, p.b + c.x, p.a + p.b + c.x - 1, z);
    const double inner = 1 - std::pow((p.alpha + c.T) / (p.alpha + c.T + t), p.r + c.x) * f;
    return (p.a + p.b + c.x - 1) / (p.a - 1) * inner * closedFormAlive(p, c);
}

} // namespace

// The BG/NBD model's input and scores: the summary of each customer's orders, and what fitted parameters
// say about a customer, checked against the paper's closed forms. The fit itself is in tst_bgnbdfit.
class TestBgNbd : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void summary()
    {
        const Day start = dayOf(QDate(2024, 1, 1));
        const Day end = start + 70;
        Fixture f;
        // 0: two orders on the first day, two on day 14 (one a partial refund), one after the end.
        f.add({{start, 1000}, {start, 500}, {start + 14, 3000}, {start + 14, -1000}, {end + 1, 900}});
        // 1: no orders.
        f.add({});
        // 2: a fully refunded day (+20, -20) is no purchase, and a refund on its own day touches nothing else.
        f.add({{start + 7, 2000}, {start + 21, 2000}, {start + 21, -2000}, {start + 28, -500}, {start + 35, 100}});
        // 3: only a refund and a refunded purchase: never bought.
        f.add({{start, -300}, {start + 2, 400}, {start + 2, -400}});
        // 4: first purchase on the last day of the window.
        f.add({{end, 100}});
        // 5: a refund first; the first purchase day starts the customer.
        f.add({{start, -100}, {start + 42, 100}, {start + 49, 100}});
        // 6: a free order (amount 0, no refund) is a purchase: free goods and vouchers are signs of life.
        f.add({{start + 3, 0}, {start + 10, 500}});

        const auto check = [](const BgNbdCustomer &c, double x, double tx, double T) {
            QCOMPARE(c.x, x);
            QCOMPARE(c.tx, tx);
            QCOMPARE(c.T, T);
        };
        const BgNbdInput weeks = summariseForBgNbd(f.data, end, TimeUnit::Week);
        QCOMPARE(weeks.customerIndex, (std::vector<int> {0, 2, 4, 5, 6}));
        QCOMPARE(weeks.customers.size(), size_t(5));
        check(weeks.customers[0], 1, 2, 10);
        check(weeks.customers[1], 1, 4, 9);
        check(weeks.customers[2], 0, 0, 0);
        check(weeks.customers[3], 1, 1, 4);
        check(weeks.customers[4], 1, 1, 67 / 7.0);

        const BgNbdInput days = summariseForBgNbd(f.data, end, TimeUnit::Day);
        check(days.customers[1], 1, 28, 63);
        const BgNbdInput months = summariseForBgNbd(f.data, end, TimeUnit::Month);
        check(months.customers[0], 1, 14 / 30.4375, 70 / 30.4375);

        // An earlier end cuts the history: customers 0 and 6 have made one purchase, customer 2 none yet.
        const BgNbdInput early = summariseForBgNbd(f.data, start + 5, TimeUnit::Day);
        QCOMPARE(early.customerIndex, (std::vector<int> {0, 6}));
        check(early.customers[0], 0, 0, 5);
        check(early.customers[1], 0, 0, 2);

        QVERIFY(summariseForBgNbd(Fixture().data, end, TimeUnit::Day).customers.empty());
    }

    void units()
    {
        QCOMPARE(daysPerUnit(TimeUnit::Day), 1.0);
        QCOMPARE(daysPerUnit(TimeUnit::Week), 7.0);
        QCOMPARE(daysPerUnit(TimeUnit::Month), 365.25 / 12);
    }

    // The textbook customer (x 2, tx 30.43, T 38.86 weeks) at the published estimates: P(alive) by hand is
    // 1 / (1 + 0.793 / 3.426 * (43.271 / 34.843)^2.243) = 0.7266, and lifetimes documents 1.226 expected
    // purchases in the next 39 weeks.
    void textbookCustomer()
    {
        const BgNbdCustomer c {2, 213 / 7.0, 272 / 7.0};
        QVERIFY(std::abs(probabilityAlive(Published, c) - 0.7266) < 5e-5);
        QVERIFY(std::abs(expectedPurchases(Published, c, 39) - 1.226) < 5e-4);
    }

    // P(no purchase in t): gone, or alive and the Poisson process silent for t.
    void noPurchase_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("tx");
        QTest::addColumn<double>("T");
        QTest::addColumn<double>("t");
        QTest::addRow("textbook, 13 weeks") << 2.0 << 213 / 7.0 << 272 / 7.0 << 13.0;
        QTest::addRow("one-time buyer") << 0.0 << 0.0 << 30.0 << 13.0;
        QTest::addRow("frequent, recent") << 20.0 << 38.0 << 39.0 << 4.0;
        QTest::addRow("long gone") << 5.0 << 5.0 << 52.0 << 26.0;
        QTest::addRow("no time") << 3.0 << 10.0 << 20.0 << 0.0;
    }

    void noPurchase()
    {
        QFETCH(double, x);
        QFETCH(double, tx);
        QFETCH(double, T);
        QFETCH(double, t);
        const BgNbdCustomer c {x, tx, T};
        const double alive = probabilityAlive(Published, c);
        const double silent = std::pow((Published.alpha + T) / (Published.alpha + T + t), Published.r + x);
        const double expected = 1 - alive + alive * silent;
        const double p = probabilityNoPurchase(Published, c, t);
        QVERIFY2(std::abs(p - expected) < 1e-12, qPrintable(QString::number(p)));
        QVERIFY(p >= 1 - alive - 1e-12 && p <= 1);
        // Longer horizons make a purchase likelier; none at all in no time, unless gone.
        QVERIFY(probabilityNoPurchase(Published, c, t + 10) < p);
        if (t == 0)
            QCOMPARE(p, 1.0);
    }

    void closedForms_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("tx");
        QTest::addColumn<double>("T");
        QTest::addColumn<double>("t");
        const BgNbdParameters &P = Published;
        QTest::addRow("textbook, 39 weeks") << P.r << P.alpha << P.a << P.b << 2.0 << 213 / 7.0 << 272 / 7.0 << 39.0;
        QTest::addRow("textbook, 1 week") << P.r << P.alpha << P.a << P.b << 2.0 << 213 / 7.0 << 272 / 7.0 << 1.0;
        QTest::addRow("one-time buyer") << P.r << P.alpha << P.a << P.b << 0.0 << 0.0 << 30.0 << 52.0;
        QTest::addRow("new customer") << P.r << P.alpha << P.a << P.b << 0.0 << 0.0 << 0.0 << 39.0;
        QTest::addRow("frequent, silent") << P.r << P.alpha << P.a << P.b << 20.0 << 10.0 << 38.0 << 26.0;
        QTest::addRow("frequent, recent") << P.r << P.alpha << P.a << P.b << 20.0 << 37.5 << 38.0 << 26.0;
        QTest::addRow("a above 1") << 1.5 << 20.0 << 3.0 << 0.6 << 4.0 << 100.0 << 180.0 << 90.0;
        QTest::addRow("small a") << 0.8 << 2.0 << 0.05 << 6.0 << 1.0 << 3.0 << 12.0 << 100.0;
        QTest::addRow("large a and b") << 5.0 << 30.0 << 8.0 << 30.0 << 25.0 << 20.0 << 39.0 << 150.0;
    }

    // The library integrates over the dropout chance; the paper's closed forms (with Gauss's series)
    // must agree.
    void closedForms()
    {
        QFETCH(double, r);
        QFETCH(double, alpha);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, x);
        QFETCH(double, tx);
        QFETCH(double, T);
        QFETCH(double, t);
        const BgNbdParameters p {r, alpha, a, b};
        const BgNbdCustomer c {x, tx, T};
        QVERIFY(std::abs(probabilityAlive(p, c) - closedFormAlive(p, c)) < 1e-12);
        const double expected = closedFormExpected(p, c, t);
        const double computed = expectedPurchases(p, c, t);
        QVERIFY2(std::abs(computed / expected - 1) < 1e-8,
            qPrintable(u"%1 vs %2"_s.arg(computed, 0, 'g', 12).arg(expected, 0, 'g', 12)));
        if (T == 0 && x == 0)
            QCOMPARE(expectedPurchasesNewCustomer(p, t), computed);
    }

    // Where the closed form divides by a - 1 or its series needs a + b > 1, the integral carries on.
    void awkwardParameters()
    {
        const BgNbdCustomer c {3, 20, 39};
        const double below = closedFormExpected({0.5, 5, 0.999, 2}, c, 39);
        const double above = closedFormExpected({0.5, 5, 1.001, 2}, c, 39);
        const double atOne = expectedPurchases({0.5, 5, 1, 2}, c, 39);
        QVERIFY(std::isfinite(atOne));
        QVERIFY(atOne > std::min(below, above) && atOne < std::max(below, above));

        double previous = 0;
        for (double t : {1.0, 10.0, 100.0, 1000.0, 1e6}) {
            const double value = expectedPurchasesNewCustomer({0.3, 4, 0.2, 0.3}, t); // a + b < 1
            QVERIFY(std::isfinite(value));
            QVERIFY(value > previous);
            previous = value;
        }
    }

    void scoringEdges()
    {
        QCOMPARE(probabilityAlive(Published, {0, 0, 52}), 1.0);
        QCOMPARE(expectedPurchases(Published, {2, 10, 20}, 0), 0.0);
        QVERIFY(std::isnan(probabilityAlive({0, 4, 1, 1}, {1, 1, 2})));
        QVERIFY(std::isnan(expectedPurchases(Published, {1, 3, 2}, 5))); // tx after T
        QVERIFY(std::isnan(expectedPurchases(Published, {1, 1, 2}, -1)));
        QVERIFY(std::isnan(bgNbdLogLikelihood(Published, {0.5, 0, 2})));
        // No overflow for a customer long silent after many purchases: alive with a vanishing chance.
        const double alive = probabilityAlive(Published, {300, 1, 5000});
        QVERIFY(alive >= 0 && alive < 1e-100);
        QVERIFY(std::isfinite(bgNbdLogLikelihood(Published, {300, 1, 5000})));
        QVERIFY(std::isfinite(expectedPurchases(Published, {300, 1, 5000}, 52)));
    }

    void historyStates_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("T");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("state");
        const int Day = int(TimeUnit::Day);
        const int Week = int(TimeUnit::Week);
        const int Month = int(TimeUnit::Month);
        QTest::addRow("29 days") << 1.0 << 29.0 << Day << int(HistoryState::TooShort);
        QTest::addRow("30 days") << 1.0 << 30.0 << Day << int(HistoryState::Enough);
        QTest::addRow("4 weeks") << 2.0 << 4.0 << Week << int(HistoryState::TooShort);
        QTest::addRow("5 weeks") << 2.0 << 5.0 << Week << int(HistoryState::Enough);
        QTest::addRow("one month") << 1.0 << 1.0 << Month << int(HistoryState::Enough);
        QTest::addRow("first purchase today") << 0.0 << 0.0 << Day << int(HistoryState::TooShort);
        QTest::addRow("one-time buyer") << 0.0 << 39.0 << Week << int(HistoryState::OneTimeBuyer);
        QTest::addRow("one-time buyer, short") << 0.0 << 2.0 << Week << int(HistoryState::TooShort);
    }

    void historyStates()
    {
        QFETCH(double, x);
        QFETCH(double, T);
        QFETCH(int, unit);
        QFETCH(int, state);
        QCOMPARE(int(historyState({x, 0, T}, TimeUnit(unit))), state);
    }
};

QTEST_GUILESS_MAIN(TestBgNbd)
#include "tst_bgnbd.moc"
