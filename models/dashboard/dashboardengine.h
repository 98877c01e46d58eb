// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <array>
#include <memory>
#include <mutex>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include "core/result.h"
#include "dashboard/lightwatch.h"
#include "metrics/benchmarks.h"
#include "metrics/cohorts.h"
#include "metrics/report.h"
#include "metrics/survival.h"
#include "risk/growth.h"
#include "risk/leavingreasons.h"
#include "risk/riskengine.h"
#include "storage/reviewrepository.h"

namespace rd {

// What the window asks for: the period length and range, the as-of day and the customers.
struct DashboardRequest
{
    PeriodKind kind = PeriodKind::Month;
    QDate from; // default: the start of the last 12 periods up to the as-of day (all of them for years)
    QDate to; // default: the as-of day
    QDate asOf; // default: the last day of the data
    CustomerFilter filter;
    // A first, faster picture: without the purchase model, whose fit is the slowest part. The window
    // shows it at once and asks again for the whole.
    bool quick = false;

    // The same figures asked for, however quickly.
    bool asksForSameAs(const DashboardRequest &other) const
    {
        return kind == other.kind && from == other.from && to == other.to && asOf == other.asOf
            && filter == other.filter;
    }
};

// One figure of the overview: this period against the previous one, and how it was computed.
struct Kpi
{
    enum class Kind { Count, Percent, Money };
    enum class Better { Higher, Lower };
    QString title; // translated
    Kind kind = Kind::Count;
    Better better = Better::Higher; // which way is good for the business
    std::optional<double> current; // money in minor units
    std::optional<double> previous;
    QString explanation; // the formula with its numbers, translated
    QString missing; // why current may be empty (translated): shown in its place when it is

    std::optional<double> change() const
    {
        return current && previous ? std::optional<double>(*current - *previous) : std::nullopt;
    }
    // A value of this figure as people read it: "1,234", "6.88 %", "£1,234.56".
    QString format(double value, const QString &currency, const QLocale &locale = {}) const;
    // Whether the change is good for the business (falling churn is, falling revenue is not).
    bool improved() const
    {
        const double delta = change().value_or(0.0);
        return better == Better::Higher ? delta > 0 : delta < 0;
    }
};

struct OverviewFigures
{
    QString period; // label of the period shown
    QString previousPeriod; // and the one before
    PeriodKind kind = PeriodKind::Month;
    Period shown; // the period shown, and the one before (start NoDay when there is none)
    Period previous;
    bool partial = false; // the period shown is not over: the data ends inside it
    QList<Kpi> kpis;
    qint64 redValueMinor = 0; // 12-month value of the red and yellow customers: what is at stake
    qint64 yellowValueMinor = 0;
};

// The window's charts read best with a year of months: the default range of a request.
inline constexpr int DefaultPeriods = 12;

// Everything the pages show, computed in one go off the UI thread and handed over whole.
struct DashboardSnapshot
{
    DashboardRequest request;
    Day asOf = NoDay;
    Day firstDay = NoDay;
    QString currency;
    bool demoData = false;
    bool partial = false; // computed without the purchase model (DashboardRequest::quick)
    std::shared_ptr<const Dataset> data;
    LifetimeSettings settings; // the database's, as computed with
    RiskThresholds thresholds;
    QList<ContextBand> bands; // the benchmark bands and the retention target, with the database's bounds
    Report report;
    CohortMatrix cohorts; // active customers
    CohortMatrix returningCohorts; // customers who ordered or were active in the period
    CohortMatrix revenueCohorts; // revenue against the first period
    SurvivalCurve survival;
    QList<SurvivalCurve> survivalBySegment;
    RiskReport risk;
    // Why the customers lost in the report's periods left (the same periods, range and customers).
    ReasonsReport reasons;
    QList<GrowingCustomer> growing; // of the risk report's customers: upsell candidates, key accounts first
    OverviewFigures overview; // the last complete period
    std::optional<OverviewFigures> overviewSoFar; // the period the data ends inside, when there is one
    QHash<qint64, Review> reviews;
    // What changed at the window's last look at the light (taken as of the data's last day, over every customer,
    // when the file is opened, after an import and once a day); nullopt before the first look, or when the file
    // cannot keep one (opened read-only).
    std::optional<LightWatch> watch;
    QStringList segments; // every segment the customers have, sorted
    QStringList plans; // every plan, sorted
    QStringList countries; // every country, sorted
};

// Computes dashboard snapshots for one database file. The data is read once and kept; a new request
// (another period, another segment) only recomputes. Call from one thread at a time: the worker that
// runs compute() opens its own connection.
class DashboardEngine
{
    Q_DECLARE_TR_FUNCTIONS(DashboardEngine)

public:
    explicit DashboardEngine(QString databasePath);
    // Whether the file opens as a database of this program (newer and foreign files are refused, untouched).
    static Result<void> checkDatabase(const QString &path);
    // Whether the file holds the made-up demo business (no place for one's own data).
    static bool isDemoDatabase(const QString &path);

    QString databasePath() const { return m_path; }
    Result<DashboardSnapshot> compute(const DashboardRequest &request);
    // Forgets the data read so far: the next compute() reads the file again (after an import), and looks at the
    // light again.
    void reload();
    // The next compute() of the whole picture (not a quick one) as of the data's last day takes a new look at the
    // light (once a day while the window is open).
    void lookAgain();
    // The overview's figures: the last period of the report against the one before.
    // The Overview compares the last complete period with the one before: a period the data ends inside
    // holds fewer days than the one it would be compared with. With lastComplete false, that period so far.
    static OverviewFigures overview(const Report &report, const RiskReport &risk, bool lastComplete = true);
    // The period the data ends inside, when the overview opens on an earlier, complete one; nullopt otherwise.
    static std::optional<OverviewFigures> overviewSoFar(const Report &report, const RiskReport &risk);

private:
    QString m_path;
    std::mutex m_mutex;
    std::shared_ptr<const Dataset> m_data;
    LifetimeSettings m_settings;
    RiskThresholds m_thresholds;
    QList<ContextBand> m_bands;
    bool m_demo = false;
    std::optional<LeavingWords> m_words;
    ReasonClassifier m_classifier;
    Day m_aliveAsOf = NoDay;
    std::vector<AliveEstimate> m_alive;
    bool m_lookDue = true;
    std::optional<LightWatch> m_watch;

    // What does not depend on the period, kept from earlier requests: a new period (the most common
    // change) computes only the report, and the cohorts of a period length not asked for before.
    std::shared_ptr<const Lifetimes> m_lifetimes; // for the as-of day they name
    struct PeriodFree
    {
        Day asOf = NoDay;
        CustomerFilter filter;
        std::optional<RiskReport> risk;
        bool riskWithAlive = false; // scored with the purchase model
        QList<GrowingCustomer> growing; // of that risk report
        std::optional<SurvivalCurve> survival;
        QList<SurvivalCurve> survivalBySegment;
        QHash<int, std::array<CohortMatrix, 3>> cohorts; // by int(PeriodKind): active, returning, revenue
    };
    PeriodFree m_periodFree;
};

} // namespace rd
