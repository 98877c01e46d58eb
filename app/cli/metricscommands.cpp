// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The churn and retention figures: the period report, cohorts and survival.
#include "cli/metricscommands.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/common.h"
#include "import/csvreader.h"
#include "metrics/cohorts.h"
#include "metrics/report.h"
#include "metrics/survival.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Churn and retention per period: customers at the start, new, reactivated, lost, at the end, churn "
                "rate (lost / at start), retention rate ((end - new) / start), revenue, NRR and GRR."));
    MetricsOptions options;
    options.addTo(parser);
    const QCommandLineOption period(
        u"period"_s, Cli::tr("Period length: week, month, quarter or year."), Cli::tr("PERIOD"), u"month"_s);
    const QCommandLineOption from(
        u"from"_s, Cli::tr("First day (yyyy-MM-dd; default: the first day in the data)."), Cli::tr("DATE"));
    const QCommandLineOption to(u"to"_s, Cli::tr("Last day (yyyy-MM-dd; default: the as-of day)."), Cli::tr("DATE"));
    for (const QCommandLineOption &option : {period, from, to})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    ReportOptions reportOptions;
    if (auto stop = parsePeriodKind(parser, period, reportOptions.kind))
        return *stop;
    if (auto stop = parseDates(parser, {{&from, &reportOptions.from}, {&to, &reportOptions.to}}))
        return *stop;
    if (reportOptions.from.isValid() && reportOptions.to.isValid() && reportOptions.from > reportOptions.to)
        return usageError(Cli::tr("--from must not be after --to."), parser);
    MetricsInput input;
    if (auto stop = loadMetrics(parser, options, u"report"_s, input))
        return *stop;
    reportOptions.filter = input.filter;
    const Report report = computeReport(input.data, input.lifetimes, reportOptions);

    if (parser.value(options.format) == u"json") {
        QJsonArray rows;
        for (const PeriodFigures &figures : report.periods) {
            rows.append(QJsonObject {
                {u"period"_s, figures.period.label},
                {u"partial"_s, figures.partial},
                {u"measurable"_s, figures.measurable},
                {u"start_customers"_s, figures.startCustomers},
                {u"new_customers"_s, figures.newCustomers},
                {u"reactivated_customers"_s, figures.reactivatedCustomers},
                {u"lost_customers"_s, figures.lostCustomers},
                {u"end_customers"_s, figures.endCustomers},
                {u"churn_rate"_s, jsonNumber(figures.churnRate())},
                {u"retention_rate"_s, jsonNumber(figures.retentionRate())},
                {u"revenue"_s, moneyNumber(figures.revenueMinor)},
                {u"nrr"_s, jsonNumber(figures.nrr())},
                {u"grr"_s, jsonNumber(figures.grr())},
                {u"paying_customers"_s, figures.payingCustomers},
                {u"revenue_per_customer"_s,
                    figures.revenuePerCustomer() ? QJsonValue(moneyNumber(std::llround(*figures.revenuePerCustomer())))
                                                 : QJsonValue()},
                // How each rate was computed, with its numbers (in English: machine-readable output does not
                // follow the user's language).
                {u"explanations"_s,
                    QJsonObject {{u"churn_rate"_s, ReportExplanation::churnRate(figures, QLocale::c())},
                        {u"retention_rate"_s, ReportExplanation::retentionRate(figures, QLocale::c())},
                        {u"nrr"_s, ReportExplanation::nrr(figures, report.currency, QLocale::c())},
                        {u"grr"_s, ReportExplanation::grr(figures, report.currency, QLocale::c())}}},
                {u"mrr"_s, moneyNumber(figures.mrrMinor)},
                {u"mrr_new"_s, moneyNumber(figures.mrrNewMinor)},
                {u"mrr_expansion"_s, moneyNumber(figures.mrrExpansionMinor)},
                {u"mrr_contraction"_s, moneyNumber(figures.mrrContractionMinor)},
                {u"mrr_churned"_s, moneyNumber(figures.mrrChurnedMinor)},
                {u"mrr_reactivated"_s, moneyNumber(figures.mrrReactivatedMinor)},
                {u"quick_ratio"_s, jsonNumber(figures.quickRatio())},
            });
        }
        const QJsonObject object {
            {u"as_of"_s, dateOf(report.asOf).toString(Qt::ISODate)},
            {u"period"_s, periodKindName(reportOptions.kind)},
            {u"currency"_s, report.currency},
            {u"churn_model"_s, churnModelName(input.lifetimes.settings.model)},
            {u"inactivity_days"_s, input.lifetimes.settings.inactivityDays},
            {u"periods"_s, rows},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << "period,start_customers,new_customers,reactivated_customers,lost_customers,end_customers,churn_rate,"
             "retention_rate,revenue,nrr,grr,partial,measurable\n";
    for (const PeriodFigures &figures : report.periods) {
        out() << figures.period.label << ',' << figures.startCustomers << ',' << figures.newCustomers << ','
              << figures.reactivatedCustomers << ',' << figures.lostCustomers << ',' << figures.endCustomers << ','
              << csvNumber(figures.churnRate()) << ',' << csvNumber(figures.retentionRate()) << ','
              << money(figures.revenueMinor) << ',' << csvNumber(figures.nrr()) << ',' << csvNumber(figures.grr())
              << ',' << int(figures.partial) << ',' << int(figures.measurable) << '\n';
    }
    out().flush();
    return Success;
}

int cohortsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("The cohort retention matrix: customers grouped by the period they started in (shops: their first "
                "order), one column per period since. Modes: active (still a customer), returning (ordered or was "
                "active in that period), revenue (revenue against the first period)."));
    MetricsOptions options;
    options.addTo(parser);
    const QCommandLineOption period(
        u"period"_s, Cli::tr("Period length: month, quarter or year."), Cli::tr("PERIOD"), u"month"_s);
    const QCommandLineOption mode(u"mode"_s, Cli::tr("active, returning or revenue."), Cli::tr("MODE"), u"active"_s);
    const QCommandLineOption counts(u"counts"_s,
        Cli::tr("Print the counts (customers, or revenue in the revenue mode) instead of "
                "percentages; offset 0 is the cohort's size."));
    for (const QCommandLineOption &option : {period, mode, counts})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    const auto kind = periodKindFromName(parser.value(period));
    if (!kind || *kind == PeriodKind::Week)
        return usageError(
            Cli::tr("--period takes month, quarter or year, not \"%1\".").arg(parser.value(period)), parser);
    const auto cohortMode = cohortModeFromName(parser.value(mode));
    if (!cohortMode)
        return usageError(
            Cli::tr("--mode takes active, returning or revenue, not \"%1\".").arg(parser.value(mode)), parser);
    MetricsInput input;
    if (auto stop = loadMetrics(parser, options, u"cohorts"_s, input))
        return *stop;
    const CohortMatrix matrix = computeCohorts(input.data, input.lifetimes, *kind, *cohortMode, input.filter);
    const bool showCounts = parser.isSet(counts);
    const bool revenue = *cohortMode == CohortMode::Revenue;
    const auto countText = [revenue](qint64 count) { return revenue ? money(count) : QString::number(count); };

    if (parser.value(options.format) == u"json") {
        QJsonArray rows;
        for (const CohortRow &row : matrix.rows) {
            QJsonArray percentages;
            QJsonArray values;
            for (int k = 0; k < row.counts.size(); ++k) {
                percentages.append(jsonNumber(row.percentages.value(k)));
                values.append(revenue ? QJsonValue(moneyNumber(row.counts.at(k))) : QJsonValue(row.counts.at(k)));
            }
            rows.append(QJsonObject {{u"cohort"_s, row.label}, {u"size"_s, row.size}, {u"percentages"_s, percentages},
                {u"counts"_s, values}});
        }
        const QJsonObject object {{u"as_of"_s, dateOf(matrix.asOf).toString(Qt::ISODate)},
            {u"period"_s, periodKindName(*kind)}, {u"mode"_s, cohortModeName(*cohortMode)}, {u"cohorts"_s, rows}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << "cohort";
    for (int k = 0; k < matrix.maxOffsets(); ++k)
        out() << ',' << k;
    out() << '\n';
    for (const CohortRow &row : matrix.rows) {
        out() << row.label;
        for (int k = 0; k < row.counts.size(); ++k)
            out() << ',' << (showCounts ? countText(row.counts.at(k)) : csvNumber(row.percentages.at(k)));
        // Offsets a young cohort has not reached yet stay empty, so that every row has the header's width.
        for (qsizetype k = row.counts.size(); k < matrix.maxOffsets(); ++k)
            out() << ',';
        out() << '\n';
    }
    out().flush();
    return Success;
}

namespace {

QString survivalNumber(double value)
{
    return QString::number(value, 'f', 4);
}

QJsonObject survivalJson(const SurvivalCurve &curve)
{
    QJsonArray points;
    for (const SurvivalPoint &point : curve.points) {
        points.append(QJsonObject {{u"days"_s, point.day}, {u"at_risk"_s, point.atRisk}, {u"events"_s, point.events},
            {u"censored"_s, point.censored}, {u"survival"_s, survivalNumber(point.survival).toDouble()},
            {u"lower"_s, survivalNumber(point.lower).toDouble()},
            {u"upper"_s, survivalNumber(point.upper).toDouble()}});
    }
    QJsonArray milestones;
    for (const SurvivalMilestone &milestone : curve.milestones) {
        milestones.append(QJsonObject {{u"months"_s, milestone.months},
            {u"survival"_s,
                milestone.survival ? QJsonValue(survivalNumber(*milestone.survival).toDouble()) : QJsonValue()},
            {u"at_risk"_s, milestone.atRisk}});
    }
    return QJsonObject {
        {u"customers"_s, curve.customers},
        {u"events"_s, curve.events},
        {u"censored"_s, curve.censored},
        {u"median_days"_s, curve.medianDays ? QJsonValue(*curve.medianDays) : QJsonValue()},
        {u"milestones"_s, milestones},
        {u"points"_s, points},
    };
}

// The curve's rows, then its summary as comment lines: survival at 3, 6, 12 and 24 months, and last the median.
void writeSurvivalCsv(const SurvivalCurve &curve, const QString &segment, bool bySegment)
{
    const QString prefix = bySegment ? csvTextCell(segment) + u',' : QString();
    for (const SurvivalPoint &point : curve.points) {
        out() << prefix << point.day << ',' << point.atRisk << ',' << point.events << ',' << point.censored << ','
              << survivalNumber(point.survival) << ',' << survivalNumber(point.lower) << ','
              << survivalNumber(point.upper) << '\n';
    }
    const QString label = bySegment ? u"segment="_s + segment + u' ' : QString();
    for (const SurvivalMilestone &milestone : curve.milestones) {
        out() << "# " << label << "months=" << milestone.months
              << " survival=" << (milestone.survival ? survivalNumber(*milestone.survival) : QString())
              << " at_risk=" << milestone.atRisk << '\n';
    }
    out() << "# " << label
          << "median_days=" << (curve.medianDays ? QString::number(*curve.medianDays) : u"not reached"_s) << '\n';
}

} // namespace

int survivalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Kaplan-Meier survival of customer lifetimes (each customer's first one), censored at the as-of "
                "day, with a 95 % confidence band (Greenwood, log-log) and the median lifetime."));
    MetricsOptions options;
    options.addTo(parser);
    const QCommandLineOption bySegment(
        u"by-segment"_s, Cli::tr("One curve per segment (CSV: a first column segment)."));
    parser.addOption(bySegment);
    if (auto stop = parse(parser, arguments))
        return *stop;
    MetricsInput input;
    if (auto stop = loadMetrics(parser, options, u"survival"_s, input))
        return *stop;
    const bool perSegment = parser.isSet(bySegment);
    const QList<SurvivalCurve> curves = perSegment
        ? computeSurvivalBySegment(input.data, input.lifetimes, input.filter)
        : QList<SurvivalCurve> {computeSurvival(input.data, input.lifetimes, input.filter)};
    const QString asOf = dateOf(input.lifetimes.asOf).toString(Qt::ISODate);

    if (parser.value(options.format) == u"json") {
        QJsonObject object;
        if (perSegment) {
            QJsonArray segments;
            for (const SurvivalCurve &curve : curves) {
                QJsonObject entry = survivalJson(curve);
                entry.insert(u"segment"_s, curve.group);
                segments.append(entry);
            }
            object.insert(u"segments"_s, segments);
        } else {
            object = survivalJson(curves.constFirst());
        }
        object.insert(u"as_of"_s, asOf);
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << (perSegment ? "segment," : "") << "days,at_risk,events,censored,survival,lower,upper\n";
    for (const SurvivalCurve &curve : curves)
        writeSurvivalCsv(curve, curve.group, perSegment);
    out().flush();
    return Success;
}

} // namespace rd::cli
