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
#include "support/bgnbdfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

QString testData(const QString &name)
{
    return QString::fromUtf8(RD_TEST_DATA_DIR) + u'/' + name;
}

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

// Fitting the BG/NBD model: simulated customers and the CDNOW sample give back their parameters, and
// awkward, broken or degenerate data give a finite fit or an error.
class TestBgNbdFit : public rd::test::TestCase
{
    Q_OBJECT

private slots:

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

QTEST_GUILESS_MAIN(TestBgNbdFit)
#include "tst_bgnbdfit.moc"
