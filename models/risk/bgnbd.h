// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <vector>

#include <QString>

#include "core/result.h"
#include "metrics/dataset.h"

namespace rd {

// The BG/NBD "buy till you die" model of Fader, Hardie and Lee (2005), "Counting Your Customers the Easy
// Way", Marketing Science 24(2): while alive a customer buys at a Poisson rate lambda ~ Gamma(r, alpha)
// and after each repeat purchase drops out with probability p ~ Beta(a, b).

enum class TimeUnit { Day, Week, Month }; // a month is 365.25 / 12 days

double daysPerUnit(TimeUnit unit);

// One customer's calibration summary in the chosen unit: x repeat purchases, the last of them tx after the
// first purchase, observed for T after the first purchase.
struct BgNbdCustomer
{
    double x = 0;
    double tx = 0;
    double T = 0;
};

struct BgNbdParameters
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

struct BgNbdInput
{
    std::vector<BgNbdCustomer> customers;
    std::vector<int> customerIndex; // the Dataset index of each summary
};

// Summaries from the paid orders up to end (inclusive). Orders of one day are one purchase, orders of zero
// amount included; a day that refunds more than it sells is none (forEachPurchaseDay). The first purchase day starts
// the customer; x counts the later purchase days, tx = last - first purchase day, T = end - first purchase day.
// Customers without a purchase by end are left out.
BgNbdInput summariseForBgNbd(const Dataset &data, Day end, TimeUnit unit);

struct BgNbdOptions
{
    // Ridge penalty on the log-parameters, added to the mean negative log-likelihood per customer:
    // penalty * (ln^2 r + ln^2 alpha + ln^2 a + ln^2 b), like lifetimes' penalizer_coef but on the log scale.
    // Used only where the plain fit does not converge or leaves 1e-4 to 1e4 (data that barely
    // identify a and b): there it keeps the parameters finite; a fit that stands is never moved by it.
    // 0 gives the plain maximum likelihood fit always.
    double penalty = 1e-4;
    int minimumRepeatBuyers = 20; // fewer customers with x > 0 than this: no fit
    // Likelihood evaluations over all optimisers together. L-BFGS needs some 25; were it to fail, BOBYQA
    // needs some 150 and Nelder-Mead 300 (each about 1 ms for 25,000 customers).
    int maxEvaluations = 1500;
};

struct BgNbdFit
{
    BgNbdParameters parameters;
    double logLikelihood = 0; // sum over the customers at the parameters, without the penalty
    int customers = 0;
    int repeatBuyers = 0; // customers with x > 0: what the fit of a and b rests on
    bool converged = false; // the gradient of the objective vanishes at the parameters
    QString message; // whether the fit converged, after how many evaluations, and which optimiser found it
};

// Maximum likelihood fit. An Error (never NaN parameters) for invalid input, too few repeat buyers or a
// likelihood the optimisers cannot make finite.
Result<BgNbdFit> fitBgNbd(const std::vector<BgNbdCustomer> &customers, const BgNbdOptions &options = {});

// The log-likelihood of one customer (Fader, Hardie and Lee 2005, equation 6), NaN for invalid input.
double bgNbdLogLikelihood(const BgNbdParameters &p, const BgNbdCustomer &c);

// P(alive at T | x, tx, T). For x = 0 it is 1 by the model's assumption (no one drops out before a
// repeat purchase): see historyState() before presenting it.
double probabilityAlive(const BgNbdParameters &p, const BgNbdCustomer &c);

// P(X(T, T + t) = 0 | x, tx, T): the chance of no purchase in the next t units, gone or only quiet:
// 1 - P(alive) + P(alive) * ((alpha + T) / (alpha + T + t))^(r + x). A dropout happens only right after a
// purchase, so an alive customer buys nothing in t exactly when the Poisson process stays silent.
double probabilityNoPurchase(const BgNbdParameters &p, const BgNbdCustomer &c, double t);

// E[X(T, T + t) | x, tx, T]: the expected number of purchases in the next t units.
double expectedPurchases(const BgNbdParameters &p, const BgNbdCustomer &c, double t);

// E[X(t)]: the expected number of repeat purchases in the first t units after a first purchase.
double expectedPurchasesNewCustomer(const BgNbdParameters &p, double t);

enum class HistoryState {
    Enough,
    TooShort, // observed for less than the minimum: the scores say little yet
    OneTimeBuyer, // no repeat purchase: P(alive) = 1 is the model's assumption, not evidence
};

// TooShort when the customer has been observed (T, in the given unit) for less than minimumDays,
// OneTimeBuyer when x = 0, Enough otherwise.
HistoryState historyState(const BgNbdCustomer &c, TimeUnit unit, double minimumDays = 30.0);

} // namespace rd
