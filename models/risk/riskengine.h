// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>
#include <span>

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include "metrics/lifetimes.h"
#include "metrics/periods.h"
#include "risk/bgnbd.h"

namespace rd {

enum class RiskLevel { Green, Yellow, Red };
QString riskLevelName(RiskLevel level); // green, yellow, red: never translated
std::optional<RiskLevel> riskLevelFromName(QStringView name);

// Every signal's thresholds; stored in the database settings as "risk.<key>" (see thresholdKeys()).
struct RiskThresholds
{
    int inactiveYellowDays = 30;
    int inactiveRedDays = 60;
    double activityDeclineYellow = 50; // percent down: the last 30 days against the monthly average of the 90 before
    double activityDeclineRed = 75;
    int activityBaselineMinEvents = 20; // in those 90 days, or a quiet month is only chance
    double spendingDeclineYellow = 50; // percent down: the last 90 days against the 90 before
    double spendingDeclineRed = 80;
    // Switching to lower-value options: as many purchases as before, each worth this much less on average (a
    // smaller plan, cheaper goods). Noted beside the customer without changing the colour: on the real histories
    // checked (Online Retail, CDNOW) such customers stopped buying no more often than green ones. 100 turns it off.
    double orderValueDecline = 30;
    int manyTickets = 3; // tickets opened within ticketWindowDays: red
    int ticketWindowDays = 30;
    int npsYellow = 6; // latest NPS at or below: a detractor
    int npsRed = 3;
    int npsDrop = 3; // points down since the previous answer
    int csatYellow = 3;
    int csatRed = 2;
    int unansweredSurveys = 2; // the last surveys sent, all unanswered
    int surveyMaxAgeDays = 365; // older answers say nothing about today
    int renewalDays = 30; // a renewal this close raises any other signal by one level
    int failedPaymentDays = 60; // a failed payment this recent and not paid since: red
    // Purchase rhythm, for customers who buy without a contract: the purchase model's chance of no order in
    // the next 90 days, weighed against the customer's 12-month value (see scoreCustomers), as a score 0-100.
    double rhythmYellowScore = 40;
    double rhythmRedScore = 60;
    double valueWeight = 1; // how much a high 12-month value lowers the score; 0: the chance alone
    // In a list of 20 or more, at most these shares of the listed customers are red and yellow (serious
    // evidence always counts; of the rest, the highest scores keep the colour), so that the list stays one
    // that can be worked through.
    double redShareMax = 0.15;
    double yellowShareMax = 0.25;
    double keyAccountShare = 0.8; // key accounts: the fewest customers who bring this share of 12-month revenue
    int lostRecentlyDays = 90; // customers lost silently this recently are still listed: worth a call

    // Each threshold by its setting key (without the "risk." prefix), for loading and documenting.
    QList<std::pair<QString, double>> values() const;
    bool set(const QString &key, double value);
    // A message when the thresholds contradict each other (a yellow limit beyond the red one, a share
    // above 1); empty when they are usable.
    QString problem() const;
};

// Why a customer has its colour: a code and its numbers, turned into words by RiskText.
enum class ReasonCode {
    Inactive, // days without a sign of life
    ActivityDecline, // percent down, events in the last 30 days, monthly average before
    SpendingDecline, // percent down, revenue of the 90 days before, of the last 90 days (minor units)
    OpenTickets, // number of unresolved tickets
    OpenComplaint, // number of unresolved complaints or high-severity tickets
    ManyTickets, // tickets in the window, window days
    NpsLow, // score
    NpsDrop, // score, previous score
    CsatLow, // score
    SurveysUnanswered, // number of unanswered surveys in a row
    RenewalSoon, // days until the renewal
    FailedPayment, // days since the failed payment
    PurchaseRhythm, // percent chance of no order in 90 days, days since the last order, usual days between
                    // orders (0: one order only)
    LowerOrderValue, // percent down, average purchase of the 90 days before, of the last 90 days (minor units)
};
QString reasonCodeName(ReasonCode code);
std::optional<ReasonCode> reasonCodeFromName(QStringView name);

struct Reason
{
    ReasonCode code;
    RiskLevel level;
    QList<double> numbers;
};

// P(alive) and expected purchases from the BG/NBD model, for customers who buy without a contract.
struct AliveEstimate
{
    std::optional<double> probability;
    std::optional<double> expectedPurchases90; // in the next 90 days
    // The chance of no purchase in the next 90 days: for every customer the model was fitted to, one-time
    // buyers included (it rests on the whole clientele's rhythm where the customer's own is unknown).
    std::optional<double> noPurchase90;
    bool notEnoughHistory = false; // a one-time buyer or too short a history: no verdict
};

struct CustomerRisk
{
    int customer = -1; // index into the dataset
    RiskLevel level = RiskLevel::Green;
    // 0-100: orders customers within a level. For customers with a purchase rhythm, the rhythm score;
    // otherwise 30 points a red signal, 15 a yellow one.
    int score = 0;
    QList<Reason> reasons; // worst first
    qint64 value12mMinor = 0;
    bool keyAccount = false;
    qint64 valueAtRiskMinor = 0; // the 12-month value of a yellow or red customer
    Day lastSignOfLife = NoDay;
    AliveEstimate alive;
};

struct RiskReport
{
    Day asOf = NoDay;
    QList<CustomerRisk> customers; // priority order: red, yellow, green; key accounts first; value at risk
    qint64 red = 0;
    qint64 yellow = 0;
    qint64 green = 0;
};

// Fits BG/NBD to the customers without a contract and estimates each one's P(alive) as of asOf.
// An empty list (and the error) when the data cannot support a fit.
Result<std::vector<AliveEstimate>> estimateAlive(
    const Dataset &data, const Lifetimes &lifetimes, const BgNbdOptions &options = {});

// A customer's activity events in the last 30 days up to asOf, and in the 90 days before those: what the
// activity signals (decline for the light, growth for upselling) compare.
struct ActivityWindows
{
    qint64 recent = 0;
    qint64 baseline = 0;
};
ActivityWindows activityWindows(const Dataset &data, int customer, Day asOf);

// Purchase days (see forEachPurchaseDay: refunds net out, zero amounts count) in (after, until]:
// how BG/NBD counts transactions, for comparing its predictions with a holdout period.
int purchaseDays(const Dataset &data, int customer, Day after, Day until);

// Predicted against actual repeat purchases in a holdout period, as the BG/NBD literature checks a fit.
struct HoldoutRow
{
    int calibrationPurchases = 0; // x in the calibration period; the last row collects this many or more
    int customers = 0;
    double predicted = 0;
    double actual = 0;
};
struct HoldoutComparison
{
    double predicted = 0;
    double actual = 0;
    QList<HoldoutRow> rows;
};
HoldoutComparison compareHoldout(const Dataset &data, const BgNbdInput &calibration, const BgNbdParameters &parameters,
    TimeUnit unit, Day calibrationEnd, Day holdoutEnd, int lastRow = 7);

// Scores every current customer: those whose latest lifetime is open as of asOf, and those lost silently
// within lostRecentlyDays (not those who cancelled). A customer who buys without a contract and has a
// model estimate is judged by purchase rhythm rather than by fixed days without an order: the rhythm score is
// 100 / (1 + e^-z), z = logit(chance of no order in 90 days) - valueWeight * ln(1 + value / median value),
// the median over the listed customers with a 12-month value; fixed days then apply only to activity. The
// rhythm colours a customer only once overdue: silent for their usual gap between orders (90 days at most;
// after one order, the clientele's usual gap, else yellow at most).
RiskReport scoreCustomers(const Dataset &data, const Lifetimes &lifetimes, const RiskThresholds &thresholds,
    std::span<const AliveEstimate> alive = {});

// Keeps only the customers the filter matches and counts the levels again: the window's and the CLI's
// segment, plan and country views. Levels and scores stay as scored over the whole list.
void restrictTo(RiskReport &report, const Dataset &data, const CustomerFilter &filter);

// Turns reasons into sentences with their numbers: "spending down 80 % (500.00 → 100.00 per 90 days)".
class RiskText
{
    Q_DECLARE_TR_FUNCTIONS(RiskText)

public:
    static QString reason(const Reason &reason, const QString &currency, const QLocale &locale = {});
    static QString level(RiskLevel level); // Green, Yellow, Red in the user's language
};

} // namespace rd
