// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The commands for acting on churn: the warnings that come to the user, and why customers leave.
#include "cli/churncommands.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "cli/common.h"
#include "dashboard/lightwatch.h"
#include "dashboard/winback.h"
#include "export/tableexport.h"
#include "import/csvreader.h"
#include "risk/growth.h"
#include "risk/leavingreasons.h"
#include "risk/riskengine.h"
#include "storage/contactlog.h"
#include "storage/reasonsrepository.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

namespace {

QString levelName(const std::optional<RiskLevel> &level)
{
    return level ? riskLevelName(*level) : u"none"_s;
}

QString reasonsText(const LightChange &change, const QString &currency)
{
    QStringList texts;
    for (const Reason &reason : change.reasons)
        texts.append(RiskText::reason(reason, currency, QLocale::c()));
    return texts.join(u"; "_s);
}

} // namespace

int alertsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Takes a look at every customer's traffic light and lists those who turned red or yellow since the "
                "last look (or since a day), with the reasons in numbers, and those who are green again. Each look "
                "is kept in the database, so a second look at the same data finds nothing new. Exit status 0 when "
                "nothing new turned red or yellow, 3 when something did: for a daily job that mails the list."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption since(u"since"_s,
        Cli::tr("Compare with the colours as of the last look before this day (yyyy-MM-dd)."), Cli::tr("DATE"));
    const QCommandLineOption sinceLast(u"since-last"_s, Cli::tr("Compare with the last look (the default)."));
    const QCommandLineOption format(
        u"format"_s, Cli::tr("Output format: text, csv or json."), Cli::tr("FORMAT"), u"text"_s);
    for (const QCommandLineOption &option : {db, since, sinceLast, format})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("alerts needs --db FILE."), parser);
    if (parser.isSet(since) && parser.isSet(sinceLast))
        return usageError(Cli::tr("Use either --since or --since-last."), parser);
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"csv" && formatName != u"json")
        return usageError(Cli::tr("Unknown format \"%1\": use text, csv or json.").arg(formatName), parser);
    QDate sinceDay;
    if (auto stop = parseDates(parser, {{&since, &sinceDay}}))
        return *stop;

    MetricsInput input;
    if (auto stop = openStored(parser.value(db), input))
        return *stop;
    if (input.database->isReadOnly())
        return failure(Cli::tr("%1 is opened read-only: a look cannot be kept.").arg(parser.value(db)));
    input.lifetimes = computeLifetimes(input.data, input.settings, input.data.lastDay);
    const RiskReport report = scoreRisk(input);
    std::optional<QDateTime> sinceTime;
    if (sinceDay.isValid())
        sinceTime = sinceDay.startOfDay();
    auto watch
        = takeLook(*input.database, input.data, report, LightSource::Cli, QDateTime::currentDateTimeUtc(), sinceTime);
    if (!watch)
        return failure(watch.error());

    const QString currency = input.data.currency;
    QList<const LightChange *> changes;
    for (const LightChange &change : watch->alerts)
        changes.append(&change);
    for (const LightChange &change : watch->recovered)
        changes.append(&change);
    const auto customerText = [&](const LightChange &change, auto field) {
        return change.customer >= 0 ? input.data.customers.at(change.customer).*field : QString();
    };
    const QString sinceText = watch->since ? watch->since->lookedAt.toString(Qt::ISODate) : QString();

    if (formatName == u"json") {
        QJsonArray rows;
        for (const LightChange *change : changes) {
            rows.append(QJsonObject {
                {u"customer_id"_s, customerText(*change, &MetricsCustomer::externalId)},
                {u"name"_s, customerText(*change, &MetricsCustomer::name)},
                {u"change"_s, change->isAlert() ? u"alert"_s : u"recovered"_s},
                {u"status"_s, levelName(change->level)},
                {u"previous"_s, levelName(change->previous)},
                {u"changed_at"_s, change->changedAt.toString(Qt::ISODate)},
                {u"changed_as_of"_s, change->changedAsOf.toString(Qt::ISODate)},
                {u"key_account"_s, change->keyAccount},
                {u"value_12m"_s, moneyNumber(change->value12mMinor)},
                {u"reasons"_s, reasonsJson(change->reasons, currency)},
            });
        }
        const QJsonObject object {{u"looked_at"_s, watch->look.lookedAt.toString(Qt::ISODate)},
            {u"as_of"_s, watch->look.asOf.toString(Qt::ISODate)},
            {u"since"_s, sinceText.isEmpty() ? QJsonValue() : QJsonValue(sinceText)}, {u"currency"_s, currency},
            {u"new_alerts"_s, watch->alerts.size()}, {u"recovered"_s, watch->recovered.size()}, {u"customers"_s, rows}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else if (formatName == u"csv") {
        out() << "customer_id,name,change,status,previous,changed_at,key_account,value_12m,reasons\n";
        for (const LightChange *change : changes) {
            out() << csvTextCell(customerText(*change, &MetricsCustomer::externalId)) << ','
                  << csvTextCell(customerText(*change, &MetricsCustomer::name)) << ','
                  << (change->isAlert() ? "alert" : "recovered") << ',' << levelName(change->level) << ','
                  << levelName(change->previous) << ',' << change->changedAt.toString(Qt::ISODate) << ','
                  << (change->keyAccount ? "yes" : "no") << ',' << money(change->value12mMinor) << ','
                  << csvTextCell(reasonsText(*change, currency)) << '\n';
        }
        out().flush();
    } else {
        const QLocale locale;
        if (watch->since)
            out() << Cli::tr("Since the look of %1 (data as of %2):")
                         .arg(locale.toString(watch->since->lookedAt.toLocalTime(), QLocale::ShortFormat),
                             locale.toString(watch->since->asOf, QLocale::ShortFormat));
        else
            out() << Cli::tr("First look (nothing to compare with yet):");
        out() << u' ' << Cli::tr("%n turned red or yellow, ", nullptr, int(watch->alerts.size()))
              << Cli::tr("%n green again.", nullptr, int(watch->recovered.size())) << u'\n';
        for (const LightChange *change : changes) {
            const QString who = customerText(*change, &MetricsCustomer::name).isEmpty()
                ? customerText(*change, &MetricsCustomer::externalId)
                : u"%1 (%2)"_s.arg(
                    customerText(*change, &MetricsCustomer::name), customerText(*change, &MetricsCustomer::externalId));
            const QString colour = change->level ? RiskText::level(*change->level) : QString();
            out() << u"  "_s << colour.leftJustified(7) << u' ' << who;
            if (change->keyAccount)
                out() << u' ' << Cli::tr("[key account]");
            const QString why = reasonsText(*change, currency);
            if (!why.isEmpty())
                out() << u"\n      "_s << (change->isRecovery() ? Cli::tr("was: %1").arg(why) : why);
            out() << u'\n';
        }
        out().flush();
    }
    return watch->alerts.isEmpty() ? Success : NewAlerts;
}

int reasonsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Why customers leave: the customers lost in each period by the reason they gave (a cancellation "
                "reason, an exit survey), in the categories price, quality, competitor, usability, service, "
                "not_needed, closed and other, with unknown for those who said nothing; the revenue they brought in "
                "their last 12 months, and their share of the period's lost customers in percent."));
    MetricsOptions options;
    options.addTo(parser);
    const QCommandLineOption period(u"period"_s,
        Cli::tr("Period length: week, month, quarter or year, or all for one row per reason over the whole range."),
        Cli::tr("PERIOD"), u"month"_s);
    const QCommandLineOption from(u"from"_s,
        Cli::tr("First day of the range (yyyy-MM-dd; default: the first day of the data)."), Cli::tr("DATE"));
    parser.addOption(period);
    parser.addOption(from);
    if (auto stop = parse(parser, arguments))
        return *stop;
    ReasonsOptions reasonsOptions;
    if (parser.value(period) == u"all") {
        reasonsOptions.kind = std::nullopt;
    } else {
        PeriodKind kind = PeriodKind::Month;
        if (auto stop = parsePeriodKind(parser, period, kind))
            return *stop;
        reasonsOptions.kind = kind;
    }
    if (auto stop = parseDates(parser, {{&from, &reasonsOptions.from}}))
        return *stop;
    MetricsInput input;
    if (auto stop = loadMetrics(parser, options, u"reasons"_s, input))
        return *stop;
    reasonsOptions.filter = input.filter;
    auto leaving = LeavingInput::load(*input.database);
    if (!leaving)
        return failure(leaving.error());
    const ReasonsReport report
        = computeReasons(input.data, input.lifetimes, leaving->words, leaving->classifier, reasonsOptions);

    if (parser.value(options.format) == u"json") {
        QJsonArray rows;
        for (const ReasonsPeriod &row : report.periods) {
            for (const ReasonFigures &figures : row.reasons) {
                QJsonArray customers;
                for (const LostCustomer &lost : figures.lost)
                    customers.append(input.data.customers.at(lost.customer).externalId);
                rows.append(
                    QJsonObject {{u"period"_s, row.period.label}, {u"category"_s, churnReasonCode(figures.reason)},
                        {u"customers"_s, figures.customers}, {u"lost_revenue"_s, moneyNumber(figures.lostRevenueMinor)},
                        {u"share"_s, jsonNumber(figures.share)}, {u"customer_ids"_s, customers}});
            }
        }
        const QJsonObject object {{u"as_of"_s, dateOf(report.asOf).toString(Qt::ISODate)},
            {u"currency"_s, input.data.currency}, {u"rows"_s, rows}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << "period,category,customers,lost_revenue,share\n";
    for (const ReasonsPeriod &row : report.periods) {
        for (const ReasonFigures &figures : row.reasons) {
            out() << row.period.label << ',' << churnReasonCode(figures.reason) << ',' << figures.customers << ','
                  << money(figures.lostRevenueMinor) << ',' << csvNumber(figures.share) << '\n';
        }
    }
    out().flush();
    return Success;
}

int winbackCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prepares win-back messages for the at-risk customers: a mail-merge file (CSV for Excel, UTF-8) "
                "with name, email, the main reason in plain words, value, last purchase, owner, subject and message, "
                "for the user's own mail tool; nothing is sent. Each prepared message is logged on the customer."));
    MetricsOptions options;
    options.addTo(parser);
    const QCommandLineOption outFile(u"out"_s, Cli::tr("The mail-merge file to write (.csv)."), Cli::tr("FILE"));
    const QCommandLineOption status(
        u"status"_s, Cli::tr("Only these levels (default red,yellow)."), Cli::tr("LEVELS"), u"red,yellow"_s);
    const QCommandLineOption templateOption(u"template"_s,
        Cli::tr("auto (by each customer's main reason), inactive, spending_down, complaint or failed_payment."),
        Cli::tr("NAME"), u"auto"_s);
    const QCommandLineOption lang(
        u"lang"_s, Cli::tr("The messages' language: de or en (default: the system's)."), Cli::tr("LANG"));
    const QCommandLineOption noLog(u"no-log"_s, Cli::tr("Write the file without logging the contacts."));
    for (const QCommandLineOption &option : {outFile, status, templateOption, lang, noLog})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(outFile))
        return usageError(Cli::tr("winback needs --out FILE."), parser);
    QList<RiskLevel> levels;
    if (auto stop = parseLevels(parser, status, levels))
        return *stop;
    std::optional<WinBackTemplate> forced;
    if (parser.value(templateOption) != u"auto") {
        forced = winBackTemplateFromName(parser.value(templateOption));
        if (!forced)
            return usageError(Cli::tr("--template takes auto, inactive, spending_down, complaint or failed_payment, "
                                      "not \"%1\".")
                                  .arg(parser.value(templateOption)),
                parser);
    }
    QLocale locale;
    if (auto stop = parseLanguage(parser, lang, locale))
        return *stop;
    MetricsInput input;
    if (auto stop = loadMetrics(parser, options, u"winback"_s, input))
        return *stop;
    const RiskReport report = scoreRisk(input);
    ContactLog log(*input.database);
    auto emails = log.emails();
    if (!emails)
        return failure(emails.error());
    auto reviews = ReviewRepository(*input.database).all();
    if (!reviews)
        return failure(reviews.error());
    QList<int> rows;
    for (int row = 0; row < report.customers.size(); ++row) {
        if (levels.contains(report.customers.at(row).level))
            rows.append(row);
    }
    auto settings = BusinessSettings::read(*input.database);
    if (!settings)
        return failure(settings.error());
    const QList<WinBackMessage> messages = WinBack::prepare(
        input.data, report, rows, *emails, *reviews, forced, locale, WinBackTexts::fromSettings(*settings));
    if (auto written = TableExport::writeCsv(WinBack::mailMerge(messages), parser.value(outFile), locale); !written)
        return failure(written.error());
    if (!parser.isSet(noLog)) {
        QList<ContactRecord> contacts;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const WinBackMessage &message : messages)
            contacts.append({message.customerId, now, winBackTemplateName(message.kind), u"mail_merge"_s});
        if (auto logged = log.log(contacts); !logged)
            return failure(logged.error());
    }
    out() << Cli::tr("%n message(s) written to %1", nullptr, int(messages.size())).arg(parser.value(outFile))
          << (parser.isSet(noLog) ? Cli::tr(" (not logged).") : Cli::tr("; each logged on its customer.")) << Qt::endl;
    return Success;
}

int growingCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Customers who are growing, for upselling: spending up 50 % or more in the last 90 days against the "
                "90 before, or activity up 50 % or more in the last 30 days against the monthly average of the 90 "
                "before; key accounts first, then by the increase in revenue, with the reasons in numbers."));
    MetricsOptions options;
    options.addTo(parser);
    if (auto stop = parse(parser, arguments))
        return *stop;
    MetricsInput input;
    if (auto stop = loadMetrics(parser, options, u"growing"_s, input))
        return *stop;
    const RiskReport report = scoreRisk(input);
    const QList<GrowingCustomer> growing = findGrowing(input.data, report);
    const QString currency = input.data.currency;
    if (parser.value(options.format) == u"json") {
        QJsonArray rows;
        for (const GrowingCustomer &found : growing) {
            const MetricsCustomer &customer = input.data.customers.at(found.customer);
            QJsonArray reasons;
            for (const GrowthReason &reason : found.reasons) {
                QJsonArray numbers;
                for (double number : reason.numbers)
                    numbers.append(number);
                reasons.append(QJsonObject {
                    {u"code"_s, reason.code == GrowthCode::SpendingUp ? u"spending_up"_s : u"activity_up"_s},
                    {u"numbers"_s, numbers}, {u"text"_s, GrowthText::reason(reason, currency, QLocale::c())}});
            }
            rows.append(QJsonObject {{u"customer_id"_s, customer.externalId}, {u"name"_s, customer.name},
                {u"status"_s, riskLevelName(found.level)}, {u"key_account"_s, found.keyAccount},
                {u"value_12m"_s, moneyNumber(found.value12mMinor)},
                {u"increase_90d"_s, moneyNumber(found.increaseMinor)}, {u"reasons"_s, reasons}});
        }
        const QJsonObject object {
            {u"as_of"_s, dateOf(report.asOf).toString(Qt::ISODate)}, {u"currency"_s, currency}, {u"customers"_s, rows}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << "customer_id,name,status,key_account,value_12m,increase_90d,reasons\n";
    for (const GrowingCustomer &found : growing) {
        const MetricsCustomer &customer = input.data.customers.at(found.customer);
        QStringList reasons;
        for (const GrowthReason &reason : found.reasons)
            reasons.append(GrowthText::reason(reason, currency, QLocale::c()));
        out() << csvTextCell(customer.externalId) << ',' << csvTextCell(customer.name) << ','
              << riskLevelName(found.level) << ',' << (found.keyAccount ? "yes" : "no") << ','
              << money(found.value12mMinor) << ',' << money(found.increaseMinor) << ','
              << csvTextCell(reasons.join(u"; "_s)) << '\n';
    }
    out().flush();
    return Success;
}

} // namespace rd::cli
