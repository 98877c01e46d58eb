// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/bgnbd.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <limits>
#include <numbers>
#include <optional>

#include <QCoreApplication>

#include <nlopt.hpp>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BgNbd)
};

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// Bounds of the log-parameters: 1e-6 to 1e6 covers any unit from days to months.
constexpr double LogLower = -13.815510557964274;
constexpr double LogUpper = 13.815510557964274;
// A plain fit with every parameter within 1e-4 to 1e4 stands without the penalty.
constexpr double PlausibleLog = 9.210340371976184;
// The largest component of the objective's projected gradient (per customer, log scale) that still counts
// as a stationary point.
constexpr double GradientTolerance = 1e-5;

double logAddExp(double u, double v)
{
    const double high = std::max(u, v);
    return high + std::log1p(std::exp(-std::abs(u - v)));
}

// ln(1 + e^z) without overflow.
double softplus(double z)
{
    return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

double digamma(double z)
{
    double result = 0;
    while (z < 6) {
        result -= 1 / z;
        z += 1;
    }
    const double inv = 1 / z;
    const double inv2 = inv * inv;
    return result + std::log(z) - 0.5 * inv
        - inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
}

double logBeta(double a, double b)
{
    return std::lgamma(a) + std::lgamma(b) - std::lgamma(a + b);
}

bool finite(const BgNbdParameters &p)
{
    return std::isfinite(p.r) && std::isfinite(p.alpha) && std::isfinite(p.a) && std::isfinite(p.b);
}

bool valid(const BgNbdParameters &p)
{
    return finite(p) && p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0;
}

bool valid(const BgNbdCustomer &c)
{
    return std::isfinite(c.x) && std::isfinite(c.tx) && std::isfinite(c.T) && c.x >= 0 && c.x == std::floor(c.x)
        && c.tx >= 0 && c.tx <= c.T && (c.x > 0 || c.tx == 0);
}

BgNbdParameters fromLog(const double *v)
{
    return {std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3])};
}

// Identical (x, tx, T) triples share one likelihood term with a weight, and the terms that depend on x
// alone are computed once per distinct x: with days as the finest resolution, 25,000 customers come down
// to a few thousand groups and a few dozen values of x.
class Objective
{
public:
    Objective(const std::vector<BgNbdCustomer> &customers, double penalty)
        : m_penalty(penalty)
        , m_customers(double(customers.size()))
    {
        std::vector<BgNbdCustomer> sorted = customers;
        std::sort(sorted.begin(), sorted.end(), [](const BgNbdCustomer &l, const BgNbdCustomer &r) {
            if (l.x != r.x)
                return l.x < r.x;
            if (l.tx != r.tx)
                return l.tx < r.tx;
            return l.T < r.T;
        });
        for (const BgNbdCustomer &c : sorted) {
            if (m_xs.empty() || m_xs.back() != c.x) {
                m_xs.push_back(c.x);
                m_xWeights.push_back(0);
            }
            m_xWeights.back() += 1;
            const int xIndex = int(m_xs.size()) - 1;
            if (!m_groups.empty() && m_groups.back().xIndex == xIndex && m_groups.back().tx == c.tx
                && m_groups.back().T == c.T) {
                m_groups.back().weight += 1;
            } else {
                m_groups.push_back({xIndex, c.tx, c.T, 1});
            }
        }
        m_xTerms.resize(m_xs.size());
    }

    // The mean negative log-likelihood per customer plus the penalty, and its gradient with respect to the
    // log-parameters when gradient is not null.
    double operator()(const double *logParameters, double *gradient)
    {
        ++m_evaluations;
        const BgNbdParameters p = fromLog(logParameters);
        std::array<double, 4> g {};
        const double ll = logLikelihood(p, gradient ? g.data() : nullptr);
        double penalty = 0;
        for (int i = 0; i < 4; ++i)
            penalty += logParameters[i] * logParameters[i];
        const double value = -ll / m_customers + m_penalty * penalty;
        if (!std::isfinite(value)) {
            if (gradient)
                std::fill_n(gradient, 4, 0.0);
            return std::numeric_limits<double>::max();
        }
        if (gradient) {
            const std::array<double, 4> scale {p.r, p.alpha, p.a, p.b};
            for (int i = 0; i < 4; ++i)
                gradient[i] = -g[i] * scale[i] / m_customers + 2 * m_penalty * logParameters[i];
        }
        return value;
    }

    // The summed log-likelihood; with gradient, its derivatives with respect to r, alpha, a and b.
    double logLikelihood(const BgNbdParameters &p, double *gradient)
    {
        const double logAlpha = std::log(p.alpha);
        const double lgR = std::lgamma(p.r);
        const double lgAB = std::lgamma(p.a + p.b);
        const double lgB = std::lgamma(p.b);
        const double logA = std::log(p.a);
        const double psiR = gradient ? digamma(p.r) : 0;
        const double psiAB = gradient ? digamma(p.a + p.b) : 0;
        const double psiB = gradient ? digamma(p.b) : 0;

        double sum = 0;
        std::array<double, 4> g {};
        for (size_t i = 0; i < m_xs.size(); ++i) {
            const double x = m_xs[i];
            XTerms &t = m_xTerms[i];
            const double constant = std::lgamma(p.r + x) - lgR + p.r * logAlpha + lgAB + std::lgamma(p.b + x) - lgB
                - std::lgamma(p.a + p.b + x);
            sum += m_xWeights[i] * constant;
            t.logA4 = x > 0 ? logA - std::log(p.b + x - 1) : 0;
            t.inverseB = x > 0 ? 1 / (p.b + x - 1) : 0;
            if (gradient) {
                const double psiABX = digamma(p.a + p.b + x);
                g[0] += m_xWeights[i] * (digamma(p.r + x) - psiR + logAlpha);
                g[1] += m_xWeights[i] * p.r / p.alpha;
                g[2] += m_xWeights[i] * (psiAB - psiABX);
                g[3] += m_xWeights[i] * (psiAB + digamma(p.b + x) - psiB - psiABX);
            }
        }

        // ln(A3 + A4) of the paper's equation 6, by log-add-exp so that neither term over- or underflows.
        for (const Group &group : m_groups) {
            const double x = m_xs[group.xIndex];
            const double m = p.r + x;
            const double logT = std::log(p.alpha + group.T);
            const double a3 = -m * logT;
            if (x == 0) {
                sum += group.weight * a3;
                if (gradient) {
                    g[0] -= group.weight * logT;
                    g[1] -= group.weight * m / (p.alpha + group.T);
                }
                continue;
            }
            const XTerms &t = m_xTerms[group.xIndex];
            const double logTx = std::log(p.alpha + group.tx);
            const double a4 = t.logA4 - m * logTx;
            const double total = logAddExp(a3, a4);
            sum += group.weight * total;
            if (gradient) {
                const double w3 = std::exp(a3 - total);
                const double w4 = std::exp(a4 - total);
                g[0] -= group.weight * (w3 * logT + w4 * logTx);
                g[1] -= group.weight * m * (w3 / (p.alpha + group.T) + w4 / (p.alpha + group.tx));
                g[2] += group.weight * w4 / p.a;
                g[3] -= group.weight * w4 * t.inverseB;
            }
        }
        if (gradient)
            std::copy(g.begin(), g.end(), gradient);
        return sum;
    }

    // The largest component of the gradient that could still lower the objective inside the bounds.
    double projectedGradient(const std::vector<double> &logParameters)
    {
        std::array<double, 4> g {};
        if (!std::isfinite((*this)(logParameters.data(), g.data())))
            return std::numeric_limits<double>::infinity();
        double largest = 0;
        for (int i = 0; i < 4; ++i) {
            if ((logParameters[i] <= LogLower && g[i] > 0) || (logParameters[i] >= LogUpper && g[i] < 0))
                continue;
            largest = std::max(largest, std::abs(g[i]));
        }
        return largest;
    }

    int evaluations() const { return m_evaluations; }

private:
    struct Group
    {
        int xIndex;
        double tx;
        double T;
        double weight;
    };
    struct XTerms
    {
        double logA4 = 0; // ln a - ln(b + x - 1)
        double inverseB = 0; // 1 / (b + x - 1)
    };

    double m_penalty;
    double m_customers;
    std::vector<double> m_xs;
    std::vector<double> m_xWeights;
    std::vector<XTerms> m_xTerms;
    std::vector<Group> m_groups;
    int m_evaluations = 0;
};

double objectiveCallback(unsigned n, const double *x, double *gradient, void *data)
{
    Q_UNUSED(n);
    return (*static_cast<Objective *>(data))(x, gradient);
}

struct Run
{
    std::vector<double> point;
    double value = std::numeric_limits<double>::infinity();
};

Run optimise(Objective &objective, nlopt::algorithm algorithm, const std::vector<double> &start, int maxEvaluations)
{
    Run run {start};
    try {
        nlopt::opt opt(algorithm, 4);
        opt.set_min_objective(objectiveCallback, &objective);
        opt.set_lower_bounds(LogLower);
        opt.set_upper_bounds(LogUpper);
        opt.set_ftol_rel(1e-12);
        opt.set_xtol_rel(1e-10);
        opt.set_maxeval(maxEvaluations);
        if (algorithm != nlopt::LD_LBFGS)
            opt.set_initial_step(0.5);
        opt.optimize(run.point, run.value);
    } catch (const std::exception &) {
        // Round-off limits and other failures leave the best point found in run.point; the caller judges
        // it by its gradient.
        run.value = objective(run.point.data(), nullptr);
    }
    for (double v : run.point) {
        if (!std::isfinite(v))
            run.value = std::numeric_limits<double>::infinity();
    }
    return run;
}

} // namespace

double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day:
        return 1.0;
    case TimeUnit::Week:
        return 7.0;
    case TimeUnit::Month:
        return 365.25 / 12;
    }
    return 1.0;
}

BgNbdInput summariseForBgNbd(const Dataset &data, Day end, TimeUnit unit)
{
    const double unitDays = daysPerUnit(unit);
    BgNbdInput input;
    for (int customer = 0; customer < data.customerCount(); ++customer) {
        Day first = NoDay;
        Day last = NoDay;
        int purchaseDays = 0;
        forEachPurchaseDay(data.ordersOf(customer), [&](Day day, qint64) {
            if (day > end)
                return;
            if (first == NoDay)
                first = day;
            last = day;
            ++purchaseDays;
        });
        if (first == NoDay)
            continue;
        input.customers.push_back({double(purchaseDays - 1), (last - first) / unitDays, (end - first) / unitDays});
        input.customerIndex.push_back(customer);
    }
    return input;
}

namespace {

struct Search
{
    Run best;
    QString algorithmName;
    bool converged = false;
    int evaluations = 0;
    double logLikelihood = 0; // at the best point, without the penalty
};

// L-BFGS with the analytic gradient first; if it stops away from a stationary point, BOBYQA and then
// Nelder-Mead carry on from the best point so far without relying on derivatives.
Search searchMaximum(
    const std::vector<BgNbdCustomer> &customers, double penalty, const std::vector<double> &start, int maxEvaluations)
{
    Objective objective(customers, penalty);
    struct Optimiser
    {
        nlopt::algorithm algorithm;
        QString name;
    };
    const Optimiser optimisers[]
        = {{nlopt::LD_LBFGS, u"L-BFGS"_s}, {nlopt::LN_BOBYQA, u"BOBYQA"_s}, {nlopt::LN_NELDERMEAD, u"Nelder-Mead"_s}};
    Search search;
    search.best = Run {start, objective(start.data(), nullptr)};
    for (const Optimiser &optimiser : optimisers) {
        const int budget = maxEvaluations - objective.evaluations();
        if (budget <= 0)
            break;
        const Run run = optimise(objective, optimiser.algorithm, search.best.point, budget);
        if (std::isfinite(run.value) && run.value <= search.best.value) {
            search.best = run;
            search.algorithmName = optimiser.name;
        }
        search.converged
            = std::isfinite(search.best.value) && objective.projectedGradient(search.best.point) <= GradientTolerance;
        if (search.converged)
            break;
    }
    search.logLikelihood = objective.logLikelihood(fromLog(search.best.point.data()), nullptr);
    search.evaluations = objective.evaluations();
    return search;
}

} // namespace

Result<BgNbdFit> fitBgNbd(const std::vector<BgNbdCustomer> &customers, const BgNbdOptions &options)
{
    if (customers.empty())
        return Error {Tr::tr("The purchase model cannot be fitted without customers."), {}};
    if (!std::isfinite(options.penalty) || options.penalty < 0 || options.maxEvaluations < 1)
        return Error {Tr::tr("The purchase model cannot be fitted with these options."),
            u"penalty %1, maxEvaluations %2"_s.arg(options.penalty).arg(options.maxEvaluations)};

    int repeatBuyers = 0;
    double totalX = 0;
    double totalT = 0;
    for (size_t i = 0; i < customers.size(); ++i) {
        const BgNbdCustomer &c = customers[i];
        if (!valid(c)) {
            return Error {Tr::tr("The purchase model cannot be fitted: a customer summary is invalid."),
                u"customer %1: x %2, tx %3, T %4"_s.arg(i).arg(c.x).arg(c.tx).arg(c.T)};
        }
        if (c.x > 0)
            ++repeatBuyers;
        totalX += c.x;
        totalT += c.T;
    }
    if (repeatBuyers < options.minimumRepeatBuyers) {
        return Error {Tr::tr("The purchase model needs at least %n customer(s) with a repeat purchase.", nullptr,
                          options.minimumRepeatBuyers),
            u"%1 of %2 customers bought again"_s.arg(repeatBuyers).arg(customers.size())};
    }
    if (!(totalT > 0))
        return Error {Tr::tr("The purchase model needs customers observed for some time."), {}};

    // Start with r = 1, a purchase rate r / alpha equal to the average rate (an underestimate, as some
    // customers have left), and a = 1, b = 3: a dropout chance of a quarter per purchase.
    const double rate = totalX / totalT;
    const std::vector<double> start {0.0, std::clamp(-std::log(rate), LogLower + 1, LogUpper - 1), 0.0, std::log(3.0)};

    // The plain maximum likelihood fit first; the penalty only where it does not converge or drifts
    // beyond 1e-4 to 1e4 (data that barely identify a and b let the fit run off towards a -> 0, b -> infinity,
    // where nobody ever leaves), so that it never moves a fit that stands.
    const auto inside = [](const std::vector<double> &point) {
        return std::all_of(point.begin(), point.end(), [](double v) { return std::abs(v) < PlausibleLog; });
    };
    Search search = searchMaximum(customers, 0.0, start, options.maxEvaluations);
    if (options.penalty > 0 && !(search.converged && inside(search.best.point)))
        search = searchMaximum(customers, options.penalty, start, options.maxEvaluations);

    BgNbdFit fit;
    fit.parameters = fromLog(search.best.point.data());
    fit.logLikelihood = search.logLikelihood;
    fit.customers = int(customers.size());
    fit.repeatBuyers = repeatBuyers;
    fit.converged = search.converged;
    if (!finite(fit.parameters) || !std::isfinite(fit.logLikelihood)) {
        return Error {Tr::tr("The purchase model could not be fitted to these customers."),
            u"no finite likelihood after %1 evaluations"_s.arg(search.evaluations)};
    }
    fit.message = search.converged
        ? Tr::tr("The fit converged after %n evaluation(s).", nullptr, search.evaluations)
        : Tr::tr("The fit stopped after %n evaluation(s) without converging; treat its scores with care.", nullptr,
            search.evaluations);
    if (!search.algorithmName.isEmpty())
        fit.message += u" ("_s + search.algorithmName + u')';
    return fit;
}

double bgNbdLogLikelihood(const BgNbdParameters &p, const BgNbdCustomer &c)
{
    if (!valid(p) || !valid(c))
        return NaN;
    Objective single({c}, 0.0);
    return single.logLikelihood(p, nullptr);
}

double probabilityAlive(const BgNbdParameters &p, const BgNbdCustomer &c)
{
    if (!valid(p) || !valid(c))
        return NaN;
    if (c.x == 0)
        return 1.0;
    const double m = p.r + c.x;
    const double logOdds
        = std::log(p.a) - std::log(p.b + c.x - 1) + m * (std::log(p.alpha + c.T) - std::log(p.alpha + c.tx));
    return 1 / (1 + std::exp(logOdds));
}

double probabilityNoPurchase(const BgNbdParameters &p, const BgNbdCustomer &c, double t)
{
    if (!valid(p) || !valid(c) || !(t >= 0))
        return NaN;
    const double alive = probabilityAlive(p, c);
    const double silent = std::exp((p.r + c.x) * (std::log(p.alpha + c.T) - std::log(p.alpha + c.T + t)));
    return 1 - alive + alive * silent;
}

namespace {

double integralByQuadrature(const BgNbdParameters &p, const BgNbdCustomer &c, double t)
{
    // Alive at T, the customer's rate follows Gamma(r + x, alpha + T) and the dropout chance Beta(a, b + x).
    // With rate lambda and chance q, the expected purchases in t are (1 - e^(-q lambda t)) / q; over the
    // rate that is h(q) = (1 - (1 + q k)^-(r + x)) / q with k = t / (alpha + T). Where the series below
    // crawls (z near 1) or does not apply (a + b + x <= 1), the integral of h over the Beta density is
    // computed by tanh-sinh quadrature, which copes with the density's endpoint singularities for any
    // positive a and b.
    const double m = p.r + c.x;
    const double k = t / (p.alpha + c.T);
    const double beta = p.b + c.x;
    const double logNorm = logBeta(p.a, beta);
    const auto h = [m, k](double q) {
        const double qk = q * k;
        return qk < 1e-12 ? m * k * (1 - 0.5 * (m + 1) * qk) : -std::expm1(-m * std::log1p(qk)) / q;
    };
    // Node u: q = 1 / (1 + e^-v) with v = pi sinh u, so ln q and ln(1 - q) stay exact near both ends.
    const auto term = [&](double u) {
        const double v = std::numbers::pi * std::sinh(u);
        const double logQ = -softplus(-v);
        const double log1mQ = -softplus(v);
        const double weight = std::exp(p.a * logQ + beta * log1mQ - logNorm) * std::numbers::pi * std::cosh(u);
        return weight == 0 ? 0.0 : h(std::exp(logQ)) * weight;
    };
    constexpr double Step = 1.0 / 16;
    constexpr double MaxU = 12.0;
    double sum = term(0);
    // Each tail ends once its terms no longer count; past u = 3 both are decaying for any a and b.
    const auto add = [&sum, &term](double u, bool &done) {
        const double value = term(u);
        sum += value;
        done = std::abs(u) >= 3 && value <= 1e-18 * sum;
    };
    bool leftDone = false;
    bool rightDone = false;
    for (int j = 1; !(leftDone && rightDone) && j * Step <= MaxU; ++j) {
        if (!leftDone)
            add(-j * Step, leftDone);
        if (!rightDone)
            add(j * Step, rightDone);
    }
    return sum * Step;
}

// The same integral in closed form: (a + b + x - 1) / (a - 1) * (1 - (1 - z)^(r + x) 2F1(r + x, b + x;
// a + b + x - 1; z)) with z = t / (alpha + T + t) (Fader, Hardie and Lee 2005, equation 10, without the
// P(alive) factor). Euler's transformation turns the hypergeometric term into (1 - z)^(a - 1) 2F1(a + b - 1 -
// r, a - 1; a + b + x - 1; z), whose series has no cancellation between large terms, and the division by
// a - 1 is carried out on it exactly: a few dozen terms where the quadrature needs hundreds of exponentials.
// Empty where z is so close to 1 that the series would crawl.
std::optional<double> integralBySeries(const BgNbdParameters &p, const BgNbdCustomer &c, double t)
{
    const double z = t / (p.alpha + c.T + t);
    if (!(z < 0.98))
        return std::nullopt;
    const double upper = p.a + p.b - 1 - p.r; // the transformed series' first parameter
    const double lower = p.a + p.b + c.x - 1; // its third
    if (!(lower > 0))
        return std::nullopt;
    // S = sum over n >= 1 of (upper)_n (a)_(n-1) z^n / ((lower)_n n!), so that the series is 1 + (a - 1) S.
    double term = upper * z / lower;
    double sum = term;
    for (int n = 1; n < 5000; ++n) {
        term *= (upper + n) * (p.a + n - 1) * z / ((lower + n) * (n + 1));
        sum += term;
        if (std::abs(term) <= 1e-17 * std::abs(sum) || term == 0) {
            const double logRest = std::log1p(-z);
            const double am1 = p.a - 1;
            const double head = std::abs(am1) < 1e-12 ? -logRest : -std::expm1(am1 * logRest) / am1;
            const double value = lower * (head - std::exp(am1 * logRest) * sum);
            return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

double expectedPurchases(const BgNbdParameters &p, const BgNbdCustomer &c, double t)
{
    if (!valid(p) || !valid(c) || !std::isfinite(t) || t < 0)
        return NaN;
    if (t == 0)
        return 0.0;
    const std::optional<double> series = integralBySeries(p, c, t);
    const double result = probabilityAlive(p, c) * (series ? *series : integralByQuadrature(p, c, t));
    return std::isfinite(result) ? result : NaN;
}

double expectedPurchasesNewCustomer(const BgNbdParameters &p, double t)
{
    return expectedPurchases(p, BgNbdCustomer {0, 0, 0}, t);
}

HistoryState historyState(const BgNbdCustomer &c, TimeUnit unit, double minimumDays)
{
    if (!(c.T * daysPerUnit(unit) >= minimumDays))
        return HistoryState::TooShort;
    if (c.x == 0)
        return HistoryState::OneTimeBuyer;
    return HistoryState::Enough;
}

} // namespace rd
