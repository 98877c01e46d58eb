// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The commands about customers at risk: the light itself, the purchase model behind it, and the check of both
// against the business's own history.
#include "cli/riskcommands.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

#include "cli/common.h"
#include "dashboard/lighttuning.h"
#include "dashboard/storedbusiness.h"
#include "dashboard/winback.h"
#include "import/csvreader.h"
#include "risk/backtest.h"
#include "risk/reliability.h"
#include "risk/riskengine.h"
#include "risk/tuning.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

int riskCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("At-risk customers in priority order: a traffic light per customer (red, yellow, green) with the "
                "reasons in numbers, key accounts and value at risk first."));
    MetricsOptions options;
    options.addTo(parser);
    const QCommandLineOption status(u"status"_s, Cli::tr("Only these levels, e.g. red,yellow."), Cli::tr("LEVELS"));
    parser.addOption(status);
    if (auto stop = parse(parser, arguments))
        return *stop;
    QList<RiskLevel> levels;
    if (auto stop = parseLevels(parser, status, levels))
        return *stop;
    MetricsInput input;
    if (auto stop = loadMetrics(parser, options, u"risk"_s, input))
        return *stop;
    const RiskReport report = scoreRisk(input);
    const QString currency = input.data.currency;
    auto reviews = ReviewRepository(*input.database).all();
    if (!reviews)
        return failure(reviews.error());
    const auto included = [&](const CustomerRisk &risk) { return levels.isEmpty() || levels.contains(risk.level); };
    const auto probability = [](const CustomerRisk &risk) {
        return risk.alive.probability ? QString::number(*risk.alive.probability, 'f', 3) : QString();
    };

    if (parser.value(options.format) == u"json") {
        QJsonArray rows;
        for (const CustomerRisk &risk : report.customers) {
            if (!included(risk))
                continue;
            const MetricsCustomer &customer = input.data.customers.at(risk.customer);
            const QJsonArray reasons = reasonsJson(risk.reasons, currency);
            rows.append(QJsonObject {
                {u"customer_id"_s, customer.externalId},
                {u"name"_s, customer.name},
                {u"status"_s, riskLevelName(risk.level)},
                {u"score"_s, risk.score},
                {u"key_account"_s, risk.keyAccount},
                {u"value_12m"_s, moneyNumber(risk.value12mMinor)},
                {u"p_alive"_s, risk.alive.probability ? QJsonValue(probability(risk).toDouble()) : QJsonValue()},
                {u"not_enough_history"_s, risk.alive.notEnoughHistory},
                {u"last_sign_of_life"_s, dateOf(risk.lastSignOfLife).toString(Qt::ISODate)},
                {u"reasons"_s, reasons},
                {u"review"_s, reviewJson(reviews->value(customer.id), dateOf(report.asOf))},
            });
        }
        const QJsonObject object {{u"as_of"_s, dateOf(report.asOf).toString(Qt::ISODate)}, {u"currency"_s, currency},
            {u"red"_s, report.red}, {u"yellow"_s, report.yellow}, {u"green"_s, report.green}, {u"customers"_s, rows}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << "customer_id,name,status,score,key_account,value_12m,p_alive,reasons\n";
    for (const CustomerRisk &risk : report.customers) {
        if (!included(risk))
            continue;
        const MetricsCustomer &customer = input.data.customers.at(risk.customer);
        QStringList reasons;
        for (const Reason &reason : risk.reasons)
            reasons.append(RiskText::reason(reason, currency, QLocale::c()));
        out() << csvTextCell(customer.externalId) << ',' << csvTextCell(customer.name) << ','
              << riskLevelName(risk.level) << ',' << risk.score << ',' << (risk.keyAccount ? "yes" : "no") << ','
              << money(risk.value12mMinor) << ',' << probability(risk) << ',' << csvTextCell(reasons.join(u"; "_s))
              << '\n';
    }
    out().flush();
    return Success;
}

int fitCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Fits the BG/NBD model (Fader, Hardie and Lee 2005) to the customers who buy without a contract: "
                "purchases of one day count once, refunds are netted out, recency and age count from each "
                "customer's first purchase. With --calibration-end, compares predicted and actual repeat purchases "
                "after it."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOf(u"as-of"_s,
        Cli::tr("Compute as of this day (yyyy-MM-dd; default: the last day in the data)."), Cli::tr("DATE"));
    const QCommandLineOption calibrationEnd(u"calibration-end"_s,
        Cli::tr("End of the calibration period (yyyy-MM-dd); the rest up to the "
                "as-of day is the holdout."),
        Cli::tr("DATE"));
    const QCommandLineOption unit(
        u"unit"_s, Cli::tr("Time unit of the parameters: day, week or month."), Cli::tr("UNIT"), u"week"_s);
    const QCommandLineOption format(u"format"_s, Cli::tr("Output format: text or json."), Cli::tr("FORMAT"), u"text"_s);
    for (const QCommandLineOption &option : {db, asOf, calibrationEnd, unit, format})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("%1 needs --db FILE.").arg(u"fit"_s), parser);
    const QString unitName = parser.value(unit).toLower();
    const TimeUnit timeUnit = unitName == u"day" ? TimeUnit::Day
        : unitName == u"month"                   ? TimeUnit::Month
                                                 : TimeUnit::Week;
    if (unitName != u"day" && unitName != u"week" && unitName != u"month")
        return usageError(Cli::tr("--unit takes day, week or month, not \"%1\".").arg(parser.value(unit)), parser);
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json")
        return usageError(Cli::tr("Unknown format \"%1\": use text or json.").arg(formatName), parser);
    std::optional<QDate> asOfDate;
    std::optional<QDate> calibrationDate;
    for (const auto &[option, target] : {std::pair {&asOf, &asOfDate}, std::pair {&calibrationEnd, &calibrationDate}}) {
        if (!parser.isSet(*option))
            continue;
        *target = isoDate(parser.value(*option));
        if (!*target)
            return usageError(Cli::tr("--%1 takes a date as yyyy-MM-dd, not \"%2\".")
                                  .arg(option->names().constFirst(), parser.value(*option)),
                parser);
    }
    StoredData stored;
    if (auto stop = openStored(parser.value(db), stored))
        return *stop;
    const Dataset *data = &stored.data;
    const LifetimeSettings *settings = &stored.settings;
    const Day end = asOfDate ? dayOf(*asOfDate) : data->lastDay;
    const Day calibration = calibrationDate ? dayOf(*calibrationDate) : end;
    if (calibration > end)
        return usageError(Cli::tr("--calibration-end must not be after the as-of day."), parser);

    // The customers who buy without a contract, summarised as the literature does.
    const BgNbdInput all = summariseForBgNbd(*data, calibration, timeUnit);
    BgNbdInput input;
    for (std::size_t i = 0; i < all.customers.size(); ++i) {
        if (isContractCustomer(data->customers.at(all.customerIndex[i]), settings->model))
            continue;
        input.customers.push_back(all.customers[i]);
        input.customerIndex.push_back(all.customerIndex[i]);
    }
    auto fit = fitBgNbd(input.customers);
    if (!fit)
        return failure(fit.error());
    const BgNbdParameters &p = fit->parameters;
    std::optional<HoldoutComparison> holdout;
    if (calibrationDate && calibration < end)
        holdout = compareHoldout(*data, input, p, timeUnit, calibration, end);

    if (formatName == u"json") {
        QJsonObject object {{u"r"_s, p.r}, {u"alpha"_s, p.alpha}, {u"a"_s, p.a}, {u"b"_s, p.b},
            {u"log_likelihood"_s, fit->logLikelihood}, {u"customers"_s, fit->customers},
            {u"repeat_buyers"_s, fit->repeatBuyers}, {u"converged"_s, fit->converged}, {u"unit"_s, unitName},
            {u"calibration_end"_s, dateOf(calibration).toString(Qt::ISODate)}};
        if (holdout) {
            QJsonArray rows;
            for (const HoldoutRow &row : holdout->rows) {
                rows.append(QJsonObject {{u"calibration_purchases"_s, row.calibrationPurchases},
                    {u"customers"_s, row.customers}, {u"predicted"_s, row.predicted}, {u"actual"_s, row.actual}});
            }
            object.insert(u"holdout"_s,
                QJsonObject {{u"end"_s, dateOf(end).toString(Qt::ISODate)}, {u"predicted"_s, holdout->predicted},
                    {u"actual"_s, holdout->actual}, {u"by_calibration_purchases"_s, rows}});
        }
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    const auto n = [](double value, int decimals) { return QString::number(value, 'f', decimals); };
    out() << Cli::tr("BG/NBD fit of %1 customers (%2 with repeat purchases), unit %3, calibration to %4")
                 .arg(fit->customers)
                 .arg(fit->repeatBuyers)
                 .arg(unitName, dateOf(calibration).toString(Qt::ISODate))
          << '\n'
          << "r      = " << n(p.r, 4) << '\n'
          << "alpha  = " << n(p.alpha, 4) << '\n'
          << "a      = " << n(p.a, 4) << '\n'
          << "b      = " << n(p.b, 4) << '\n'
          << "log-likelihood = " << n(fit->logLikelihood, 2) << '\n';
    if (holdout) {
        out() << Cli::tr("Holdout to %1: predicted %2, actual %3 repeat purchases")
                     .arg(dateOf(end).toString(Qt::ISODate), n(holdout->predicted, 1), n(holdout->actual, 1))
              << '\n'
              << "x\tcustomers\tpredicted\tactual\n";
        for (const HoldoutRow &row : holdout->rows) {
            out() << row.calibrationPurchases << (row.calibrationPurchases == holdout->rows.size() - 1 ? "+" : "")
                  << '\t' << row.customers << '\t' << n(row.predicted, 1) << '\t' << n(row.actual, 1) << '\n';
        }
    }
    out().flush();
    return Success;
}

namespace {

QJsonValue optionalNumber(const std::optional<double> &value, int decimals = 4)
{
    if (!value)
        return QJsonValue();
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QString optionalText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

QJsonObject backtestJson(const BacktestResult &result)
{
    QJsonObject levels;
    for (RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
        const BacktestLevel &figures = result.level(level);
        levels.insert(riskLevelName(level),
            QJsonObject {{u"customers"_s, figures.customers}, {u"share"_s, optionalNumber(figures.share)},
                {u"stopped"_s, optionalNumber(figures.stopped)}});
    }
    const auto baseline = [](const BacktestBaseline &ordering) {
        return QJsonObject {{u"auc"_s, optionalNumber(ordering.auc)},
            {u"top_decile_precision"_s, optionalNumber(ordering.topDecilePrecision)}};
    };
    return QJsonObject {
        {u"as_of"_s, dateOf(result.asOf).toString(Qt::ISODate)},
        {u"horizon_days"_s, result.horizonDays},
        {u"whole_horizon"_s, result.wholeHorizon},
        {u"customers"_s, result.customers},
        {u"stopped"_s, result.stopped},
        {u"base_rate"_s, optionalNumber(result.baseRate)},
        {u"levels"_s, levels},
        {u"lift_red_over_green"_s, optionalNumber(result.liftRedOverGreen, 2)},
        {u"auc"_s, optionalNumber(result.auc)},
        {u"level_auc"_s, optionalNumber(result.levelAuc)},
        {u"top_decile_precision"_s, optionalNumber(result.topDecilePrecision)},
        {u"baselines"_s,
            QJsonObject {{u"recency"_s, baseline(result.recency)}, {u"frequency"_s, baseline(result.frequency)},
                {u"p_alive"_s, baseline(result.pAlive)}}},
    };
}

void writeBacktestCsv(const BacktestResult &result)
{
    const QString prefix = dateOf(result.asOf).toString(Qt::ISODate) + u',' + QString::number(result.horizonDays);
    out() << "as_of,horizon_days,ordering,customers,share,stopped,auc,top_decile_precision\n";
    for (RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
        const BacktestLevel &figures = result.level(level);
        out() << prefix << ',' << riskLevelName(level) << ',' << figures.customers << ',' << optionalText(figures.share)
              << ',' << optionalText(figures.stopped) << ",,\n";
    }
    out() << prefix << ",light," << result.customers << ",1.0000," << optionalText(result.baseRate) << ','
          << optionalText(result.auc) << ',' << optionalText(result.topDecilePrecision) << '\n';
    const std::pair<const char *, const BacktestBaseline *> baselines[]
        = {{"recency", &result.recency}, {"frequency", &result.frequency}, {"p_alive", &result.pAlive}};
    for (const auto &[name, ordering] : baselines) {
        out() << prefix << ',' << name << ',' << result.customers << ",1.0000," << optionalText(result.baseRate) << ','
              << optionalText(ordering->auc) << ',' << optionalText(ordering->topDecilePrecision) << '\n';
    }
}

} // namespace

int backtestCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Hindsight check: scores every customer as of a past day with only the data known then, and "
                "compares each level with what the customers did in the following days (stopped buying: no "
                "purchase, or for contract customers a cancellation). Shows the light beside three naive "
                "orderings it must beat: days since the last purchase, number of purchase days and P(alive)."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOf(u"as-of"_s,
        Cli::tr("Score as of this day (yyyy-MM-dd; default: the latest day that leaves a whole horizon)."),
        Cli::tr("DATE"));
    const QCommandLineOption horizon = horizonOption();
    const QCommandLineOption format(u"format"_s, Cli::tr("Output format: json or csv."), Cli::tr("FORMAT"), u"json"_s);
    for (const QCommandLineOption &option : {db, asOf, horizon, format})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("%1 needs --db FILE.").arg(u"backtest"_s), parser);
    const QString formatName = parser.value(format);
    if (formatName != u"csv" && formatName != u"json")
        return usageError(Cli::tr("Unknown format \"%1\": use csv or json.").arg(formatName), parser);
    int exitCode = Success;
    const std::optional<int> days = parseHorizon(parser, horizon, exitCode);
    if (!days)
        return exitCode;
    const int horizonDays = *days;
    std::optional<QDate> day;
    if (parser.isSet(asOf)) {
        day = isoDate(parser.value(asOf));
        if (!day)
            return usageError(
                Cli::tr("--as-of takes a date as yyyy-MM-dd, not \"%1\".").arg(parser.value(asOf)), parser);
    }
    StoredData stored;
    if (auto stop = openStored(parser.value(db), stored))
        return *stop;
    const Dataset *data = &stored.data;
    const LifetimeSettings *settings = &stored.settings;

    const ReliabilityCheck check
        = Reliability::check(*data, *settings, stored.thresholds, horizonDays, day ? dayOf(*day) : NoDay);
    if (!check.result)
        return failure(check.problem);
    const BacktestResult *result = &*check.result;
    if (!result->aliveWarning.isEmpty())
        err() << Cli::tr("warning: no probability alive: %1").arg(result->aliveWarning) << Qt::endl;
    if (!result->wholeHorizon)
        err() << Cli::tr("warning: the data ends before the horizon does; customers count as stopped who may "
                         "still buy.")
              << Qt::endl;
    if (formatName == u"json") {
        QJsonObject object = backtestJson(*result);
        // Whether the win-back messages logged in the file worked, beside the light's own record.
        auto contacts = WinBack::outcome(parser.value(db), *data, *settings, stored.thresholds);
        if (!contacts)
            return failure(contacts.error());
        object.insert(u"win_back"_s,
            QJsonObject {{u"days"_s, contacts->days}, {u"contacted"_s, contacts->contacted},
                {u"contacted_bought_again"_s, contacts->contactedBought},
                {u"contacted_share"_s, jsonNumber(contacts->contactedShare())}, {u"others"_s, contacts->others},
                {u"others_bought_again"_s, contacts->othersBought},
                {u"others_share"_s, jsonNumber(contacts->othersShare())}, {u"pending"_s, contacts->pending},
                {u"contact_days"_s, contacts->contactDays}});
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else
        writeBacktestCsv(*result);
    out().flush();
    return Success;
}

namespace {

QJsonObject thresholdsJson(const RiskThresholds &thresholds)
{
    QJsonObject object;
    for (const auto &[key, value] : thresholds.values()) {
        if (Tuning::keys().contains(key))
            object.insert(key, value);
    }
    return object;
}

// "AUC 0.700, red 15 % (38 % stopped), green 60 % (15 % stopped), lift 2.57"
QString backtestLine(const BacktestResult &result)
{
    const auto percent = [](double share) -> QString { return QString::number(share * 100, 'f', 0) + u" %"_s; };
    const BacktestLevel &red = result.level(RiskLevel::Red);
    const BacktestLevel &yellow = result.level(RiskLevel::Yellow);
    const BacktestLevel &green = result.level(RiskLevel::Green);
    return Cli::tr("AUC %1, red %2 (%3 stopped), yellow %4 (%5), green %6 (%7), lift %8")
        .arg(optionalText(result.auc))
        .arg(percent(red.share))
        .arg(percent(red.stopped))
        .arg(percent(yellow.share))
        .arg(percent(yellow.stopped))
        .arg(percent(green.share))
        .arg(percent(green.stopped))
        .arg(result.liftRedOverGreen ? QString::number(*result.liftRedOverGreen, 'f', 2) : u"-"_s);
}

} // namespace

int tuneCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Tunes the traffic light on the business's own history: tries thresholds of the purchase rhythm "
                "(rhythm_yellow_score, rhythm_red_score, value_weight) with the hindsight check, keeps the best "
                "that hold red and yellow within their share limits, and stores them as the database's risk.* "
                "settings. Tuning uses only the data before the last horizon; the last horizon checks the "
                "result."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption horizon = horizonOption();
    const QCommandLineOption dryRun(u"dry-run"_s, Cli::tr("Report only; store nothing."));
    const QCommandLineOption format(u"format"_s, Cli::tr("Output format: text or json."), Cli::tr("FORMAT"), u"text"_s);
    for (const QCommandLineOption &option : {db, horizon, dryRun, format})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("%1 needs --db FILE.").arg(u"tune"_s), parser);
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json")
        return usageError(Cli::tr("Unknown format \"%1\": use text or json.").arg(formatName), parser);
    int exitCode = Success;
    const std::optional<int> days = parseHorizon(parser, horizon, exitCode);
    if (!days)
        return exitCode;
    const int horizonDays = *days;
    StoredData stored;
    if (auto stop = openStored(parser.value(db), stored))
        return *stop;
    auto outcome = LightTuning::run(
        parser.value(db), stored.data, stored.settings, stored.thresholds, horizonDays, !parser.isSet(dryRun));
    if (!outcome)
        return failure(outcome.error());
    const TuningResult *tuned = &outcome->result;
    const bool store = outcome->stored;

    if (formatName == u"json") {
        const QJsonObject object {
            {u"horizon_days"_s, tuned->horizonDays},
            {u"tuned_as_of"_s, dateOf(tuned->tunedBefore.asOf).toString(Qt::ISODate)},
            {u"checked_as_of"_s, dateOf(tuned->checkedBefore.asOf).toString(Qt::ISODate)},
            {u"candidates"_s, tuned->candidates},
            {u"changed"_s, tuned->changed},
            {u"stored"_s, store},
            {u"before"_s, thresholdsJson(tuned->before)},
            {u"after"_s, thresholdsJson(tuned->after)},
            {u"tuning"_s,
                QJsonObject {
                    {u"before"_s, backtestJson(tuned->tunedBefore)}, {u"after"_s, backtestJson(tuned->tunedAfter)}}},
            {u"check"_s,
                QJsonObject {{u"before"_s, backtestJson(tuned->checkedBefore)},
                    {u"after"_s, backtestJson(tuned->checkedAfter)}}},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    const auto day = [](Day d) { return dateOf(d).toString(Qt::ISODate); };
    out() << Cli::tr("Tuned on the customers as of %1 and what they did in the %2 days after; the data after %3 "
                     "was not used for tuning. %4 threshold sets tried.")
                 .arg(day(tuned->tunedBefore.asOf))
                 .arg(tuned->horizonDays)
                 .arg(day(tuned->tunedBefore.asOf + tuned->horizonDays))
                 .arg(tuned->candidates)
          << '\n';
    const auto before = tuned->before.values();
    const auto after = tuned->after.values();
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (Tuning::keys().contains(before.at(i).first)) {
            out() << "  " << before.at(i).first << ": " << before.at(i).second << " -> " << after.at(i).second << '\n';
        }
    }
    out() << Cli::tr("Tuning day %1, before: %2").arg(day(tuned->tunedBefore.asOf), backtestLine(tuned->tunedBefore))
          << '\n'
          << Cli::tr("Tuning day %1, after: %2").arg(day(tuned->tunedAfter.asOf), backtestLine(tuned->tunedAfter))
          << '\n'
          << Cli::tr("Check day %1 (outcomes tuning did not see), before: %2")
                 .arg(day(tuned->checkedBefore.asOf), backtestLine(tuned->checkedBefore))
          << '\n'
          << Cli::tr("Check day %1 (outcomes tuning did not see), after: %2")
                 .arg(day(tuned->checkedAfter.asOf), backtestLine(tuned->checkedAfter))
          << '\n';
    if (store)
        out() << Cli::tr("Stored as risk.* settings in %1.").arg(parser.value(db)) << '\n';
    else if (tuned->changed)
        out() << Cli::tr("Nothing stored (--dry-run).") << '\n';
    else
        out() << Cli::tr("The current thresholds are the best found; nothing changed.") << '\n';
    out().flush();
    return Success;
}

} // namespace rd::cli
