// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "risk/bgnbd.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Fader, Hardie and Lee (2005), table 1 (or lifetimes' documentation, r 0.24, alpha 4.41, a 0.79, b 2.43).
const BgNbdParameters Published {0.243, 4.414, 0.793, 2.426};
constexpr double PublishedLogLikelihood = -9582.4;

QString testData(const QString &name)
{
    return QString::fromUtf8(RD_TEST_DATA_DIR) + u'/' + name;
}

// A Dataset with orders only; each customer's orders are given as (day offset, amount in cents).
struct Fixture
{
    Dataset data;

    Fixture()
    {
        data.orderOffsets.push_back(0);
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
    }

    void add(std::vector<MetricsOrder> orders)
    {
        std::stable_sort(
            orders.begin(), orders.end(), [](const MetricsOrder &l, const MetricsOrder &r) { return l.day < r.day; });
        MetricsCustomer customer;
        customer.id = data.customers.size() + 1;
        data.customers.append(customer);
        data.orders.insert(data.orders.end(), orders.cbegin(), orders.cend());
        data.orderOffsets.push_back(qint64(data.orders.size()));
        data.engagementOffsets.push_back(0);
        data.contactOffsets.push_back(0);
    }
};

// Draws for the simulation, written from the textbook methods: Marsaglia and Tsang's gamma sampler (with
// the u^(1/shape) boost below shape 1), beta as a ratio of gammas, exponential by inversion.
class Sampler
{
public:
    explicit Sampler(quint32 seed)
        : m_random(seed)
    { }

    double uniform() // in (0, 1)
    {
        double u = 0;
        while (u == 0)
            u = m_random.generateDouble();
        return u;
    }
    double normal() { return std::sqrt(-2 * std::log(uniform())) * std::cos(2 * std::numbers::pi * uniform()); }
    double gamma(double shape)
    {
        if (shape < 1)
            return gamma(shape + 1) * std::pow(uniform(), 1 / shape);
        const double d = shape - 1.0 / 3;
        const double c = 1 / std::sqrt(9 * d);
        for (;;) {
            double z = 0;
            double v = 0;
            do {
                z = normal();
                v = 1 + c * z;
            } while (v <= 0);
            v = v * v * v;
            const double u = uniform();
            if (std::log(u) < 0.5 * z * z + d - d * v + d * std::log(v))
                return d * v;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }
    double exponential(double rate) { return -std::log(uniform()) / rate; }

private:
    QRandomGenerator m_random;
};

// The BG/NBD story: purchases at rate lambda while alive, and after each repeat purchase the customer
// leaves with probability p. Each customer is observed for T after the first purchase. With a resolution,
// purchase times are rounded down to it, as days are in a real summary.
std::vector<BgNbdCustomer> simulate(
    int customers, const BgNbdParameters &p, double T, quint32 seed, double resolution = 0)
{
    Sampler sampler(seed);
    std::vector<BgNbdCustomer> result;
    result.reserve(customers);
    for (int i = 0; i < customers; ++i) {
        const double lambda = sampler.gamma(p.r) / p.alpha;
        const double dropout = sampler.beta(p.a, p.b);
        BgNbdCustomer c {0, 0, T};
        double t = 0;
        for (;;) {
            t += sampler.exponential(lambda);
            if (t > T)
                break;
            c.x += 1;
            c.tx = resolution > 0 ? std::floor(t / resolution) * resolution : t;
            if (sampler.uniform() < dropout)
                break;
        }
        result.push_back(c);
    }
    return result;
}

double totalLogLikelihood(const BgNbdParameters &p, const std::vector<BgNbdCustomer> &customers)
{
    double sum = 0;
    for (const BgNbdCustomer &c : customers)
        sum += bgNbdLogLikelihood(p, c);
    return sum;
}

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

struct Cdnow
{
    Dataset data;
    // The paper's summary of each customer, worked out here from the raw rows: every day with a row is a
    // transaction, whatever its amount.
    std::vector<BgNbdCustomer> paper;
    int freeRows = 0; // rows of 0.00 dollars (free CDs)
};

const Day CdnowEnd = dayOf(QDate(1997, 9, 30)); // the end of week 39

// The CDNOW sample: master id, sample id, date (YYYYMMDD), number of CDs, dollars; whitespace separated.
Cdnow loadCdnow()
{
    Cdnow result;
    QFile file(testData(u"cdnow_sample.txt"_s));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    std::map<QString, std::vector<MetricsOrder>> byCustomer;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromLatin1(file.readLine()).simplified().split(u' ');
        if (fields.size() != 5)
            continue;
        const QDate date = QDate::fromString(fields.at(2), u"yyyyMMdd"_s);
        const auto cents = qint64(std::llround(fields.at(4).toDouble() * 100));
        byCustomer[fields.at(0)].push_back({dayOf(date), cents});
    }
    Fixture fixture;
    for (auto &[id, orders] : byCustomer) {
        fixture.add(orders);
        std::vector<Day> days;
        for (const MetricsOrder &order : orders) {
            if (order.day <= CdnowEnd)
                days.push_back(order.day);
            result.freeRows += order.amountMinor == 0 ? 1 : 0;
        }
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        result.paper.push_back(
            {double(days.size()) - 1, (days.back() - days.front()) / 7.0, (CdnowEnd - days.front()) / 7.0});
    }
    result.data = std::move(fixture.data);
    return result;
}

bool sameFit(const BgNbdFit &l, const BgNbdFit &r)
{
    return l.parameters.r == r.parameters.r && l.parameters.alpha == r.parameters.alpha
        && l.parameters.a == r.parameters.a && l.parameters.b == r.parameters.b && l.logLikelihood == r.logLikelihood
        && l.converged == r.converged && l.message == r.message;
}

bool finite(const BgNbdFit &fit)
{
    const BgNbdParameters &p = fit.parameters;
    return std::isfinite(p.r) && std::isfinite(p.alpha) && std::isfinite(p.a) && std::isfinite(p.b)
        && std::isfinite(fit.logLikelihood) && p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0;
}

std::vector<BgNbdCustomer> repeated(const BgNbdCustomer &c, int count)
{
    return std::vector<BgNbdCustomer>(size_t(count), c);
}

std::vector<BgNbdCustomer> joined(std::vector<BgNbdCustomer> l, const std::vector<BgNbdCustomer> &r)
{
    l.insert(l.end(), r.cbegin(), r.cend());
    return l;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<rd::BgNbdCustomer>)

class TestBgNbd : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

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

    // 5,000 simulated customers, each observed for 39 weeks. The maximum likelihood estimate must beat the
    // true parameters' likelihood, by less than the likelihood ratio test allows (2 ΔLL below 18.47, the
    // 0.999 quantile of chi-squared with 4 degrees of freedom), and each parameter must lie within 15 % of
    // the truth (a and b, the least precise, have a standard error near 10 % at this size).
    void recoversSimulatedParameters()
    {
        const BgNbdParameters truth {0.24, 4.4, 0.79, 2.43};
        const std::vector<BgNbdCustomer> customers = simulate(5000, truth, 39, 20050101);
        const Result<BgNbdFit> fit = fitBgNbd(customers, BgNbdOptions {.penalty = 0});
        if (!fit.ok())
            QFAIL(qPrintable(fit.error().text()));
        QVERIFY(fit->converged);
        QCOMPARE(fit->customers, 5000);
        const int repeatBuyers
            = int(std::count_if(customers.cbegin(), customers.cend(), [](const BgNbdCustomer &c) { return c.x > 0; }));
        QCOMPARE(fit->repeatBuyers, repeatBuyers);

        const double gain = fit->logLikelihood - totalLogLikelihood(truth, customers);
        QVERIFY2(gain >= 0 && 2 * gain < 18.47, qPrintable(QString::number(gain)));
        const BgNbdParameters &p = fit->parameters;
        const auto near = [](double value, double expected) { return std::abs(value / expected - 1) < 0.15; };
        QVERIFY2(near(p.r, truth.r), qPrintable(QString::number(p.r)));
        QVERIFY2(near(p.alpha, truth.alpha), qPrintable(QString::number(p.alpha)));
        QVERIFY2(near(p.a, truth.a), qPrintable(QString::number(p.a)));
        QVERIFY2(near(p.b, truth.b), qPrintable(QString::number(p.b)));

        // The default penalty only nudges a fit of this size.
        const Result<BgNbdFit> penalised = fitBgNbd(customers);
        QVERIFY(penalised.ok());
        QVERIFY(penalised->converged);
        QVERIFY(fit->logLikelihood - penalised->logLikelihood < 0.5);
    }

    // Customers who never drop out let the plain fit run off towards a -> 0, b -> infinity (P(alive) 1 for
    // everyone); the default fit then applies the penalty and stays within 1e-4 to 1e4.
    void driftingFitIsPenalised()
    {
        const std::vector<BgNbdCustomer> customers = simulate(3000, BgNbdParameters {0.7, 9, 1e-6, 1e3}, 39, 11);
        const Result<BgNbdFit> plain = fitBgNbd(customers, BgNbdOptions {.penalty = 0});
        QVERIFY(plain.ok());
        const BgNbdParameters &p = plain->parameters;
        QVERIFY2(p.a < 1e-4 || p.b > 1e4, qPrintable(u"a %1, b %2"_s.arg(p.a).arg(p.b)));
        const Result<BgNbdFit> fit = fitBgNbd(customers);
        QVERIFY(fit.ok());
        QVERIFY(fit->converged);
        for (double value : {fit->parameters.r, fit->parameters.alpha, fit->parameters.a, fit->parameters.b})
            QVERIFY2(value > 1e-4 && value < 1e4, qPrintable(QString::number(value)));
        // The penalised fit explains the data about as well: 2 ΔLL below 5.99, the 0.95 quantile of chi-squared
        // with the 2 degrees of freedom (a, b) the penalty pins.
        QVERIFY2(2 * (plain->logLikelihood - fit->logLikelihood) < 5.99,
            qPrintable(QString::number(plain->logLikelihood - fit->logLikelihood)));
    }

    void cdnow()
    {
        const Cdnow cdnow = loadCdnow();
        QCOMPARE(cdnow.data.customerCount(), 2357);
        QCOMPARE(cdnow.paper.size(), size_t(2357));

        // Our summary agrees with the paper's for every customer: a free CD is a purchase, as in the paper.
        QVERIFY(cdnow.freeRows > 0);
        const BgNbdInput input = summariseForBgNbd(cdnow.data, CdnowEnd, TimeUnit::Week);
        QCOMPARE(input.customers.size(), size_t(2357));
        for (size_t i = 0; i < input.customers.size(); ++i) {
            QCOMPARE(input.customerIndex[i], int(i));
            QCOMPARE(input.customers[i].x, cdnow.paper[i].x);
            QCOMPARE(input.customers[i].tx, cdnow.paper[i].tx);
            QCOMPARE(input.customers[i].T, cdnow.paper[i].T);
        }
        // Customer 4 of the master file bought on 1997-01-01, 01-18 and 08-02.
        QCOMPARE(input.customers[0].x, 2.0);
        QCOMPARE(input.customers[0].tx, 213 / 7.0);
        QCOMPARE(input.customers[0].T, 272 / 7.0);

        // The paper's input and the plain maximum likelihood fit: its table 1 to the digits it prints.
        QVERIFY(std::abs(totalLogLikelihood(Published, cdnow.paper) - PublishedLogLikelihood) < 0.05);
        const Result<BgNbdFit> fit = fitBgNbd(cdnow.paper, BgNbdOptions {.penalty = 0});
        if (!fit.ok())
            QFAIL(qPrintable(fit.error().text()));
        QVERIFY(fit->converged);
        QCOMPARE(fit->customers, 2357);
        QCOMPARE(fit->repeatBuyers, 946);
        const BgNbdParameters &p = fit->parameters;
        QVERIFY2(std::abs(p.r - Published.r) < 0.001, qPrintable(QString::number(p.r)));
        QVERIFY2(std::abs(p.alpha - Published.alpha) < 0.005, qPrintable(QString::number(p.alpha)));
        QVERIFY2(std::abs(p.a - Published.a) < 0.001, qPrintable(QString::number(p.a)));
        QVERIFY2(std::abs(p.b - Published.b) < 0.005, qPrintable(QString::number(p.b)));
        QVERIFY2(std::abs(fit->logLikelihood - PublishedLogLikelihood) < 0.05,
            qPrintable(QString::number(fit->logLikelihood, 'f', 3)));
        QVERIFY(fit->logLikelihood >= totalLogLikelihood(Published, cdnow.paper));
        // A maximum: moving any parameter by 1 % lowers the likelihood.
        for (double BgNbdParameters::*member :
            {&BgNbdParameters::r, &BgNbdParameters::alpha, &BgNbdParameters::a, &BgNbdParameters::b}) {
            for (double factor : {0.99, 1.01}) {
                BgNbdParameters moved = p;
                moved.*member *= factor;
                QVERIFY(totalLogLikelihood(moved, cdnow.paper) < fit->logLikelihood);
            }
        }

        // Our own summary with the default settings (penalty included): within 1 % of the published
        // estimates and 0.5 of their log-likelihood.
        const Result<BgNbdFit> ours = fitBgNbd(input.customers);
        QVERIFY(ours.ok());
        QVERIFY(ours->converged);
        QCOMPARE(ours->customers, 2357);
        QCOMPARE(ours->repeatBuyers, 946);
        const auto near = [](double value, double expected) { return std::abs(value / expected - 1) < 0.01; };
        QVERIFY2(near(ours->parameters.r, Published.r), qPrintable(QString::number(ours->parameters.r)));
        QVERIFY2(near(ours->parameters.alpha, Published.alpha), qPrintable(QString::number(ours->parameters.alpha)));
        QVERIFY2(near(ours->parameters.a, Published.a), qPrintable(QString::number(ours->parameters.a)));
        QVERIFY2(near(ours->parameters.b, Published.b), qPrintable(QString::number(ours->parameters.b)));
        QVERIFY(std::abs(ours->logLikelihood - PublishedLogLikelihood) < 0.5);
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

    void failures_data()
    {
        QTest::addColumn<std::vector<BgNbdCustomer>>("customers");
        QTest::addColumn<double>("penalty");
        const std::vector<BgNbdCustomer> enough = repeated({2, 10, 39}, 20);
        QTest::addRow("empty") << std::vector<BgNbdCustomer>() << 1e-4;
        QTest::addRow("one-time buyers only") << repeated({0, 0, 39}, 1000) << 1e-4;
        QTest::addRow("19 repeat buyers") << joined(repeated({1, 5, 39}, 19), repeated({0, 0, 39}, 1000)) << 1e-4;
        QTest::addRow("NaN") << joined(enough, {{1, std::nan(""), 39}}) << 1e-4;
        QTest::addRow("infinite T") << joined(enough, {{1, 1, std::numeric_limits<double>::infinity()}}) << 1e-4;
        QTest::addRow("tx after T") << joined(enough, {{1, 40, 39}}) << 1e-4;
        QTest::addRow("negative x") << joined(enough, {{-1, 0, 39}}) << 1e-4;
        QTest::addRow("fractional x") << joined(enough, {{1.5, 3, 39}}) << 1e-4;
        QTest::addRow("tx without repeat") << joined(enough, {{0, 3, 39}}) << 1e-4;
        QTest::addRow("negative penalty") << enough << -1.0;
        QTest::addRow("no time observed") << repeated({2, 0, 0}, 30) << 1e-4;
    }

    void failures()
    {
        QFETCH(std::vector<BgNbdCustomer>, customers);
        QFETCH(double, penalty);
        const Result<BgNbdFit> fit = fitBgNbd(customers, BgNbdOptions {.penalty = penalty});
        QVERIFY(!fit.ok());
        QVERIFY(!fit.error().message.isEmpty());
    }

    void extremes_data()
    {
        QTest::addColumn<std::vector<BgNbdCustomer>>("customers");
        QTest::addColumn<int>("minimumRepeatBuyers");
        QTest::addRow("everyone bought at the end") << repeated({5, 39, 39}, 50) << 20;
        QTest::addRow("hundreds of purchases in a day")
            << joined(repeated({400, 1e-3, 1}, 30), repeated({0, 0, 1}, 30)) << 20;
        QTest::addRow("long silence after one repeat")
            << joined(repeated({1, 1e-6, 1e5}, 25), repeated({0, 0, 1e5}, 100)) << 20;
        QTest::addRow("one-time buyers without a minimum") << repeated({0, 0, 39}, 100) << 0;
        QTest::addRow("tiny times") << joined(repeated({3, 1e-9, 2e-9}, 40), repeated({0, 0, 1e-9}, 10)) << 20;
    }

    // Degenerate but valid data: a finite fit or an Error, never NaN.
    void extremes()
    {
        QFETCH(std::vector<BgNbdCustomer>, customers);
        QFETCH(int, minimumRepeatBuyers);
        const Result<BgNbdFit> fit = fitBgNbd(customers, BgNbdOptions {.minimumRepeatBuyers = minimumRepeatBuyers});
        if (fit.ok()) {
            QVERIFY(finite(fit.value()));
            QVERIFY(!fit->message.isEmpty());
        } else {
            QVERIFY(!fit.error().message.isEmpty());
        }
    }

    // Out of evaluations before a stationary point: finite parameters, reported as not converged.
    void evaluationBudget()
    {
        const std::vector<BgNbdCustomer> customers = simulate(2000, Published, 39, 11);
        const Result<BgNbdFit> fit = fitBgNbd(customers, BgNbdOptions {.maxEvaluations = 4});
        QVERIFY(fit.ok());
        QVERIFY(finite(fit.value()));
        QVERIFY(!fit.value().converged);
        QVERIFY(!fitBgNbd(customers, BgNbdOptions {.maxEvaluations = 0}).ok());
    }

    void deterministic()
    {
        std::vector<BgNbdCustomer> customers = simulate(3000, {0.5, 10, 0.6, 3}, 52, 7, 1 / 7.0);
        const Result<BgNbdFit> first = fitBgNbd(customers);
        const Result<BgNbdFit> second = fitBgNbd(customers);
        std::reverse(customers.begin(), customers.end());
        const Result<BgNbdFit> reversed = fitBgNbd(customers);
        QVERIFY(first.ok() && second.ok() && reversed.ok());
        QVERIFY(sameFit(first.value(), second.value()));
        QVERIFY(sameFit(first.value(), reversed.value()));
        // The same seed simulates the same customers.
        QCOMPARE(simulate(10, {0.5, 10, 0.6, 3}, 52, 7).back().tx, simulate(10, {0.5, 10, 0.6, 3}, 52, 7).back().tx);
    }
};

QTEST_GUILESS_MAIN(TestBgNbd)
#include "tst_bgnbd.moc"
