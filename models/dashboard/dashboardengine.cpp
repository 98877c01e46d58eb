// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/dashboardengine.h"

#include <algorithm>
#include <cmath>

#include <QFileInfo>
#include <QFuture>
#include <QLocale>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include "core/checkedmath.h"
#include "core/money.h"
#include "dashboard/storedbusiness.h"
#include "demo/demodatabase.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd {

QString Kpi::format(double value, const QString &currency, const QLocale &locale) const
{
    switch (kind) {
    case Kind::Count:
        return locale.toString(qint64(std::llround(value)));
    case Kind::Percent:
        return locale.toString(value, 'f', 2) + QStringLiteral(" %");
    case Kind::Money:
        return formatMoney(qint64(std::llround(value)), currency, locale);
    }
    return {};
}

DashboardEngine::DashboardEngine(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Result<void> DashboardEngine::checkDatabase(const QString &path)
{
    auto database = Database::open(path);
    if (!database)
        return database.error();
    return {};
}

bool DashboardEngine::isDemoDatabase(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false; // opening would create it
    auto database = Database::open(path);
    return database && DemoDatabase::holdsDemo(**database);
}

void DashboardEngine::reload()
{
    std::lock_guard lock(m_mutex);
    m_data.reset();
    m_words.reset();
    m_alive.clear();
    m_aliveAsOf = NoDay;
    m_lifetimes.reset();
    m_periodFree = {};
    m_lookDue = true;
}

void DashboardEngine::lookAgain()
{
    std::lock_guard lock(m_mutex);
    m_lookDue = true;
}

Result<DashboardSnapshot> DashboardEngine::compute(const DashboardRequest &request)
{
    std::lock_guard lock(m_mutex);
    // Each call opens its own connection: the worker thread that runs it owns it.
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    if (!m_data) {
        auto business = StoredBusiness::load(**database);
        if (!business)
            return business.error();
        auto leaving = LeavingInput::load(**database);
        if (!leaving)
            return leaving.error();
        m_data = std::make_shared<const Dataset>(std::move(business->data));
        m_bands = std::move(business->bands);
        m_settings = business->settings;
        m_thresholds = business->thresholds;
        m_demo = business->demo;
        m_words = std::move(leaving->words);
        m_classifier = std::move(leaving->classifier);
    }
    auto reviews = ReviewRepository(**database).all();
    if (!reviews)
        return reviews.error();

    const Dataset &data = *m_data;
    DashboardSnapshot snapshot;
    snapshot.request = request;
    snapshot.data = m_data;
    snapshot.settings = m_settings;
    snapshot.thresholds = m_thresholds;
    snapshot.bands = m_bands;
    snapshot.currency = data.currency;
    snapshot.demoData = m_demo;
    snapshot.firstDay = data.firstDay;
    snapshot.asOf = request.asOf.isValid() ? dayOf(request.asOf) : data.lastDay;
    snapshot.reviews = std::move(reviews.value());
    // The values the toolbar's filters offer, each once, in the user's alphabetical order.
    QSet<QString> segments;
    QSet<QString> plans;
    QSet<QString> countries;
    for (const MetricsCustomer &customer : data.customers) {
        for (const auto &[set, value] : {std::pair {&segments, &customer.segment}, std::pair {&plans, &customer.plan},
                 std::pair {&countries, &customer.country}}) {
            if (!value->isEmpty())
                set->insert(*value);
        }
    }
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        std::sort(
            list.begin(), list.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        return list;
    };
    snapshot.segments = sorted(segments);
    snapshot.plans = sorted(plans);
    snapshot.countries = sorted(countries);
    if (snapshot.asOf == NoDay)
        return snapshot; // an empty database: nothing to compute

    if (!m_lifetimes || m_lifetimes->asOf != snapshot.asOf)
        m_lifetimes = std::make_shared<const Lifetimes>(computeLifetimes(data, m_settings, snapshot.asOf));
    const Lifetimes &lifetimes = *m_lifetimes;
    if (m_periodFree.asOf != snapshot.asOf || m_periodFree.filter != request.filter) {
        m_periodFree = {};
        m_periodFree.asOf = snapshot.asOf;
        m_periodFree.filter = request.filter;
    }
    // The purchase model is fitted once per as-of day, on the second core while this one computes the
    // rest; other requests reuse it.
    QFuture<void> alive;
    snapshot.partial = request.quick && m_aliveAsOf != snapshot.asOf;
    if (m_aliveAsOf != snapshot.asOf && !snapshot.partial) {
        alive = QtConcurrent::run([this, &data, &lifetimes, asOf = snapshot.asOf] {
            auto estimates = estimateAlive(data, lifetimes);
            m_alive = estimates ? std::move(estimates.value()) : std::vector<AliveEstimate>();
            m_aliveAsOf = asOf;
        });
    }
    ReportOptions options;
    options.kind = request.kind;
    options.from = request.from;
    if (!options.from.isValid() && request.kind != PeriodKind::Year) {
        QDate start = periodStart(request.kind, dateOf(snapshot.asOf));
        for (int i = 1; i < DefaultPeriods; ++i)
            start = periodStart(request.kind, start.addDays(-1));
        options.from = std::max(start, dateOf(data.firstDay));
    }
    options.to = request.to;
    options.filter = request.filter;
    snapshot.report = computeReport(data, lifetimes, options);
    snapshot.reasons = computeReasons(data, lifetimes, *m_words, m_classifier,
        ReasonsOptions {request.kind, options.from, options.to, request.filter});
    for (ReasonsPeriod &period : snapshot.reasons.periods) {
        for (const PeriodFigures &figures : std::as_const(snapshot.report.periods)) {
            if (figures.period.start == period.period.start)
                period.measurable = figures.measurable;
        }
    }
    const PeriodKind cohortKind = request.kind == PeriodKind::Week ? PeriodKind::Month : request.kind;
    auto cohorts = m_periodFree.cohorts.constFind(int(cohortKind));
    if (cohorts == m_periodFree.cohorts.cend()) {
        cohorts = m_periodFree.cohorts.insert(int(cohortKind),
            {computeCohorts(data, lifetimes, cohortKind, CohortMode::Active, request.filter),
                computeCohorts(data, lifetimes, cohortKind, CohortMode::Returning, request.filter),
                computeCohorts(data, lifetimes, cohortKind, CohortMode::Revenue, request.filter)});
    }
    snapshot.cohorts = cohorts->at(0);
    snapshot.returningCohorts = cohorts->at(1);
    snapshot.revenueCohorts = cohorts->at(2);
    if (!m_periodFree.survival) {
        m_periodFree.survival = computeSurvival(data, lifetimes, request.filter);
        m_periodFree.survivalBySegment = computeSurvivalBySegment(data, lifetimes, request.filter);
    }
    snapshot.survival = *m_periodFree.survival;
    snapshot.survivalBySegment = m_periodFree.survivalBySegment;

    alive.waitForFinished();
    if (!m_periodFree.risk || m_periodFree.riskWithAlive != !snapshot.partial) {
        static const std::vector<AliveEstimate> none;
        m_periodFree.risk
            = assessRisk(data, lifetimes, m_thresholds, snapshot.partial ? none : m_alive, request.filter);
        m_periodFree.riskWithAlive = !snapshot.partial;
        m_periodFree.growing = findGrowing(data, *m_periodFree.risk);
    }
    snapshot.risk = *m_periodFree.risk;
    snapshot.growing = m_periodFree.growing;
    // A look at the light is over every customer as of the data's last day, with the purchase model.
    if (m_lookDue && !snapshot.partial && snapshot.asOf == data.lastDay && !(*database)->isReadOnly()) {
        m_lookDue = false;
        static const CustomerFilter everyone;
        const RiskReport all
            = request.filter == everyone ? snapshot.risk : assessRisk(data, lifetimes, m_thresholds, m_alive, everyone);
        auto watch = takeLook(**database, data, all, LightSource::Window, QDateTime::currentDateTimeUtc());
        if (watch)
            m_watch = std::move(watch.value());
    }
    snapshot.watch = m_watch;
    snapshot.overview = overview(snapshot.report, snapshot.risk);
    snapshot.overviewSoFar = overviewSoFar(snapshot.report, snapshot.risk);
    return snapshot;
}

std::optional<OverviewFigures> DashboardEngine::overviewSoFar(const Report &report, const RiskReport &risk)
{
    // With a single period there is nothing complete to open on: the overview already shows the partial one.
    if (report.periods.size() < 2 || !report.periods.constLast().partial)
        return std::nullopt;
    return overview(report, risk, false);
}

OverviewFigures DashboardEngine::overview(const Report &report, const RiskReport &risk, bool lastComplete)
{
    OverviewFigures figures;
    for (const CustomerRisk &customer : risk.customers) {
        if (customer.level == RiskLevel::Red)
            addSaturating(figures.redValueMinor, customer.valueAtRiskMinor);
        else if (customer.level == RiskLevel::Yellow)
            addSaturating(figures.yellowValueMinor, customer.valueAtRiskMinor);
    }
    if (report.periods.isEmpty())
        return figures;
    qsizetype at = report.periods.size() - 1;
    if (lastComplete && report.periods.at(at).partial && at > 0)
        --at;
    const PeriodFigures &now = report.periods.at(at);
    const PeriodFigures *before = at > 0 ? &report.periods.at(at - 1) : nullptr;
    figures.period = now.period.label;
    figures.previousPeriod = before ? before->period.label : QString();
    figures.kind = report.options.kind;
    figures.shown = now.period;
    figures.previous = before ? before->period : Period {};
    figures.partial = now.partial;
    const auto value
        = [before](auto get) -> std::optional<double> { return before ? get(*before) : std::optional<double>(); };
    using K = Kpi::Kind;
    using B = Kpi::Better;
    const QLocale locale;
    // A rate without a value says why: the churn window has not passed yet, or there was no one to lose.
    const QString noStart = now.measurable ? tr("no customers at the start") : tr("not measurable yet");
    figures.kpis = {
        {tr("Active customers"), K::Count, B::Higher, double(now.endCustomers),
            value([](const PeriodFigures &f) { return std::optional<double>(double(f.endCustomers)); }),
            tr("customers at the end = %1 at start + %2 new − %3 lost")
                .arg(locale.toString(now.startCustomers), locale.toString(now.newCustomers),
                    locale.toString(now.lostCustomers)),
            {}},
        {tr("Churn rate"), K::Percent, B::Lower, now.churnRate(),
            value([](const PeriodFigures &f) { return f.churnRate(); }), ReportExplanation::churnRate(now, locale),
            noStart},
        {tr("Retention rate"), K::Percent, B::Higher, now.retentionRate(),
            value([](const PeriodFigures &f) { return f.retentionRate(); }),
            ReportExplanation::retentionRate(now, locale), noStart},
        {tr("New customers"), K::Count, B::Higher, double(now.newCustomers),
            value([](const PeriodFigures &f) { return std::optional<double>(double(f.newCustomers)); }),
            tr("%1 new, of them %2 back after leaving")
                .arg(locale.toString(now.newCustomers), locale.toString(now.reactivatedCustomers)),
            {}},
        {tr("Revenue"), K::Money, B::Higher, double(now.revenueMinor),
            value([](const PeriodFigures &f) { return std::optional<double>(double(f.revenueMinor)); }),
            tr("paid orders in the period, refunds subtracted, from %1 paying customers")
                .arg(locale.toString(now.payingCustomers)),
            {}},
        {tr("Net revenue retention"), K::Percent, B::Higher, now.nrr(),
            value([](const PeriodFigures &f) { return f.nrr(); }), ReportExplanation::nrr(now, report.currency, locale),
            tr("no revenue in the period before")},
    };
    return figures;
}

} // namespace rd
