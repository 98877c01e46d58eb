// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/businesssettings.h"

#include <cmath>

#include <QRegularExpression>

#include "dashboard/winback.h"
#include "metrics/lifetimes.h"
#include "risk/churnreasons.h"
#include "risk/riskengine.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// The rows of the catalog; defaults come from the engine's own structures, so that they cannot drift.
struct Row
{
    const char16_t *key;
    SettingGroup group;
    SettingKind kind;
    double minimum;
    double maximum;
    const char *unit;
    const char *label;
    const char *help;
};

const char *const Days = QT_TRANSLATE_NOOP("BusinessSettings", "days");
const char *const PercentDown = QT_TRANSLATE_NOOP("BusinessSettings", "% down");
const char *const Percent = QT_TRANSLATE_NOOP("BusinessSettings", "%");
const char *const Points = QT_TRANSLATE_NOOP("BusinessSettings", "points");

const char *const KeywordsHelp = QT_TRANSLATE_NOOP("BusinessSettings",
    "Your own words for this reason, comma-separated, on top of the built-in ones; compared from the start of a word, "
    "upper or lower case and umlauts alike.");
const char *const SubjectHelp = QT_TRANSLATE_NOOP("BusinessSettings",
    "Placeholders: {name}, {reason}, {value}, {last_purchase}, {owner}. Empty: the built-in text, in the window's "
    "language.");
const char *const BodyHelp = QT_TRANSLATE_NOOP("BusinessSettings",
    "Placeholders: {name}, {reason}, {value}, {last_purchase}, {owner}. Empty: the built-in text, in the window's "
    "language. On the command line, \\n is a line break.");
constexpr qsizetype MaxLine = 200; // characters of a subject
constexpr qsizetype MaxText = 4000; // of a message or a keyword list

// clang-format off
const Row rows[] = {
    {u"currency", SettingGroup::General, SettingKind::Currency, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Currency"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Shown beside amounts that came without one. Changing it relabels the amounts; it never converts them.")},
    {u"retention_target", SettingGroup::General, SettingKind::Percent, 1, 100, Percent,
        QT_TRANSLATE_NOOP("BusinessSettings", "Retention target per year"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Drawn as the target line on the retention chart, scaled to the period shown.")},
    {u"churn_model", SettingGroup::Churn, SettingKind::Choice, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Churn model"),
        QT_TRANSLATE_NOOP("BusinessSettings", "contract: a customer is lost when the contract ends; activity: after the window without an order or activity; auto: contract for customers with one.")},
    {u"inactivity_days", SettingGroup::Churn, SettingKind::Integer, 1, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Churn window"),
        QT_TRANSLATE_NOOP("BusinessSettings", "A customer without a contract counts as lost after this long without an order or activity.")},
    {u"risk.inactive_yellow_days", SettingGroup::Inactivity, SettingKind::Integer, 1, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Yellow after"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Days without a sign of life before a customer without a purchase rhythm turns yellow.")},
    {u"risk.inactive_red_days", SettingGroup::Inactivity, SettingKind::Integer, 1, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Red after"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Days without a sign of life before such a customer turns red.")},
    {u"risk.lost_recently_days", SettingGroup::Inactivity, SettingKind::Integer, 0, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Still listed after leaving"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Customers lost silently this recently stay on the list: a call may still win them back.")},
    {u"risk.activity_decline_yellow", SettingGroup::Activity, SettingKind::Number, 0, 100, PercentDown,
        QT_TRANSLATE_NOOP("BusinessSettings", "Yellow at a decline of"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Activity of the last 30 days against the monthly average of the 90 days before.")},
    {u"risk.activity_decline_red", SettingGroup::Activity, SettingKind::Number, 0, 100, PercentDown,
        QT_TRANSLATE_NOOP("BusinessSettings", "Red at a decline of"),
        QT_TRANSLATE_NOOP("BusinessSettings", "The same comparison, for red.")},
    {u"risk.activity_baseline_min_events", SettingGroup::Activity, SettingKind::Integer, 1, 1000000, QT_TRANSLATE_NOOP("BusinessSettings", "events"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Compared from"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Events needed in those 90 days before a quiet month counts: below that it is chance.")},
    {u"risk.spending_decline_yellow", SettingGroup::Spending, SettingKind::Number, 0, 100, PercentDown,
        QT_TRANSLATE_NOOP("BusinessSettings", "Yellow at a decline of"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Spending of the last 90 days against the 90 days before.")},
    {u"risk.spending_decline_red", SettingGroup::Spending, SettingKind::Number, 0, 100, PercentDown,
        QT_TRANSLATE_NOOP("BusinessSettings", "Red at a decline of"),
        QT_TRANSLATE_NOOP("BusinessSettings", "The same comparison, for red.")},
    {u"risk.order_value_decline", SettingGroup::Spending, SettingKind::Number, 0, 100, PercentDown,
        QT_TRANSLATE_NOOP("BusinessSettings", "Lower-value orders noted at"),
        QT_TRANSLATE_NOOP("BusinessSettings", "As many orders as in the 90 days before, each worth this much less on average (a smaller plan, cheaper goods): noted beside the customer, without changing the colour. 100 turns it off.")},
    {u"risk.many_tickets", SettingGroup::Support, SettingKind::Integer, 1, 1000, QT_TRANSLATE_NOOP("BusinessSettings", "tickets"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Red at"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Support tickets opened within the ticket window that make a customer red.")},
    {u"risk.ticket_window_days", SettingGroup::Support, SettingKind::Integer, 1, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Ticket window"),
        QT_TRANSLATE_NOOP("BusinessSettings", "How far back tickets are counted.")},
    {u"risk.nps_yellow", SettingGroup::Surveys, SettingKind::Integer, 0, 10, Points,
        QT_TRANSLATE_NOOP("BusinessSettings", "NPS yellow at or below"),
        QT_TRANSLATE_NOOP("BusinessSettings", "A latest recommendation score (0-10) this low is a detractor.")},
    {u"risk.nps_red", SettingGroup::Surveys, SettingKind::Integer, 0, 10, Points,
        QT_TRANSLATE_NOOP("BusinessSettings", "NPS red at or below"),
        QT_TRANSLATE_NOOP("BusinessSettings", "A latest recommendation score this low is red.")},
    {u"risk.nps_drop", SettingGroup::Surveys, SettingKind::Integer, 1, 10, Points,
        QT_TRANSLATE_NOOP("BusinessSettings", "NPS drop"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Points down since the previous answer that turn a customer yellow.")},
    {u"risk.csat_yellow", SettingGroup::Surveys, SettingKind::Integer, 1, 5, Points,
        QT_TRANSLATE_NOOP("BusinessSettings", "CSAT yellow at or below"),
        QT_TRANSLATE_NOOP("BusinessSettings", "A latest satisfaction score (1-5) this low turns a customer yellow.")},
    {u"risk.csat_red", SettingGroup::Surveys, SettingKind::Integer, 1, 5, Points,
        QT_TRANSLATE_NOOP("BusinessSettings", "CSAT red at or below"),
        QT_TRANSLATE_NOOP("BusinessSettings", "A latest satisfaction score this low is red.")},
    {u"risk.unanswered_surveys", SettingGroup::Surveys, SettingKind::Integer, 1, 100, QT_TRANSLATE_NOOP("BusinessSettings", "surveys"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Unanswered in a row"),
        QT_TRANSLATE_NOOP("BusinessSettings", "The last surveys sent, all unanswered: the customer has stopped answering.")},
    {u"risk.survey_max_age_days", SettingGroup::Surveys, SettingKind::Integer, 1, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Answers count for"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Older answers say nothing about today.")},
    {u"risk.renewal_days", SettingGroup::Contract, SettingKind::Integer, 0, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Renewal close"),
        QT_TRANSLATE_NOOP("BusinessSettings", "A renewal this close raises any other signal by one level.")},
    {u"risk.failed_payment_days", SettingGroup::Contract, SettingKind::Integer, 0, 3650, Days,
        QT_TRANSLATE_NOOP("BusinessSettings", "Failed payment counts for"),
        QT_TRANSLATE_NOOP("BusinessSettings", "A failed payment this recent and not paid since makes a customer red.")},
    {u"risk.rhythm_yellow_score", SettingGroup::Rhythm, SettingKind::Number, 0, 100, QT_TRANSLATE_NOOP("BusinessSettings", "score"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Yellow from"),
        QT_TRANSLATE_NOOP("BusinessSettings", "For customers who buy in a rhythm: the score (0-100) from the chance of no order in 90 days, weighed by value.")},
    {u"risk.rhythm_red_score", SettingGroup::Rhythm, SettingKind::Number, 0, 100, QT_TRANSLATE_NOOP("BusinessSettings", "score"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Red from"),
        QT_TRANSLATE_NOOP("BusinessSettings", "The same score, for red.")},
    {u"risk.value_weight", SettingGroup::Rhythm, SettingKind::Number, 0, 10, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Weight of value"),
        QT_TRANSLATE_NOOP("BusinessSettings", "How much a high 12-month value lowers the score; 0: the chance alone.")},
    {u"risk.red_share_max", SettingGroup::List, SettingKind::Percent, 0, 100, Percent,
        QT_TRANSLATE_NOOP("BusinessSettings", "Red at most"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Share of the listed customers that may be red (serious evidence always counts), so that the list can be worked through.")},
    {u"risk.yellow_share_max", SettingGroup::List, SettingKind::Percent, 0, 100, Percent,
        QT_TRANSLATE_NOOP("BusinessSettings", "Yellow at most"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Share of the listed customers that may be yellow.")},
    {u"risk.key_account_share", SettingGroup::List, SettingKind::Percent, 1, 100, Percent,
        QT_TRANSLATE_NOOP("BusinessSettings", "Key accounts bring"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Key accounts are the fewest customers who bring this share of 12-month revenue; they come first.")},
    {u"reasons.price", SettingGroup::Reasons, SettingKind::Keywords, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Price"), KeywordsHelp},
    {u"reasons.quality", SettingGroup::Reasons, SettingKind::Keywords, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Product quality"), KeywordsHelp},
    {u"reasons.competitor", SettingGroup::Reasons, SettingKind::Keywords, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Competitor"), KeywordsHelp},
    {u"reasons.usability", SettingGroup::Reasons, SettingKind::Keywords, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Usability"), KeywordsHelp},
    {u"reasons.service", SettingGroup::Reasons, SettingKind::Keywords, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Service"), KeywordsHelp},
    {u"reasons.not_needed", SettingGroup::Reasons, SettingKind::Keywords, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "No longer needed"), KeywordsHelp},
    {u"reasons.closed", SettingGroup::Reasons, SettingKind::Keywords, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Moved or closed"), KeywordsHelp},
    {u"winback.inactive.subject", SettingGroup::Messages, SettingKind::Line, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Inactive for a while: subject"), SubjectHelp},
    {u"winback.inactive.body", SettingGroup::Messages, SettingKind::Text, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Inactive for a while: message"), BodyHelp},
    {u"winback.spending_down.subject", SettingGroup::Messages, SettingKind::Line, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Spending down: subject"), SubjectHelp},
    {u"winback.spending_down.body", SettingGroup::Messages, SettingKind::Text, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Spending down: message"), BodyHelp},
    {u"winback.complaint.subject", SettingGroup::Messages, SettingKind::Line, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Open complaint: subject"), SubjectHelp},
    {u"winback.complaint.body", SettingGroup::Messages, SettingKind::Text, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Open complaint: message"), BodyHelp},
    {u"winback.failed_payment.subject", SettingGroup::Messages, SettingKind::Line, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Failed payment: subject"), SubjectHelp},
    {u"winback.failed_payment.body", SettingGroup::Messages, SettingKind::Text, 0, 0, "",
        QT_TRANSLATE_NOOP("BusinessSettings", "Failed payment: message"), BodyHelp},
};
// clang-format on

// Benchmark bands: their bounds as percentages per their own period.
struct BandRow
{
    const char *id;
    const char *lowLabel;
    const char *highLabel;
};

const BandRow bandRows[] = {
    {"established-yearly", QT_TRANSLATE_NOOP("BusinessSettings", "Established businesses, yearly churn from"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Established businesses, yearly churn to")},
    {"established-monthly", QT_TRANSLATE_NOOP("BusinessSettings", "Established businesses, monthly churn from"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Established businesses, monthly churn to")},
    {"small-young-yearly", QT_TRANSLATE_NOOP("BusinessSettings", "Small and young businesses, yearly churn from"),
        QT_TRANSLATE_NOOP("BusinessSettings", "Small and young businesses, yearly churn to")},
};

const char *const BandHelp = QT_TRANSLATE_NOOP(
    "BusinessSettings", "A band of churn rates from retention literature, drawn behind the churn chart as context.");

QString bandKey(const char *id, bool high)
{
    return u"band."_s + QLatin1StringView(id) + (high ? u".high"_s : u".low"_s);
}

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

const ContextBand *defaultBand(QLatin1StringView id)
{
    for (const ContextBand &band : contextBands()) {
        if (id == QLatin1StringView(band.id))
            return &band;
    }
    return nullptr;
}

QList<SettingInfo> buildCatalog()
{
    QMap<QString, QString> defaults;
    for (const auto &[key, value] : RiskThresholds().values())
        defaults.insert(u"risk."_s + key, numberText(value));
    const LifetimeSettings lifetime;
    defaults.insert(u"churn_model"_s, churnModelName(lifetime.model));
    defaults.insert(u"inactivity_days"_s, QString::number(lifetime.inactivityDays));
    defaults.insert(u"currency"_s, u"EUR"_s);
    if (const ContextBand *target = defaultBand("retention-target"_L1))
        defaults.insert(u"retention_target"_s, numberText(target->low));

    QList<SettingInfo> list;
    for (const Row &row : rows) {
        SettingInfo info {QString::fromUtf16(row.key), row.group, row.kind, {}, row.minimum, row.maximum, {}, row.unit,
            row.label, row.help};
        info.defaultValue = defaults.value(info.key); // empty for the texts: the built-in words and messages
        Q_ASSERT(!info.defaultValue.isEmpty() || !info.isNumber() || row.kind == SettingKind::Choice);
        if (row.kind == SettingKind::Choice)
            info.choices = {churnModelName(ChurnModel::Auto), churnModelName(ChurnModel::Contract),
                churnModelName(ChurnModel::Activity)};
        list.append(info);
    }
    for (const BandRow &row : bandRows) {
        const ContextBand *band = defaultBand(QLatin1StringView(row.id));
        Q_ASSERT(band);
        for (const bool high : {false, true}) {
            list.append({bandKey(row.id, high), SettingGroup::Benchmarks, SettingKind::Percent,
                numberText(high ? band->high : band->low), 0, 100, {}, Percent, high ? row.highLabel : row.lowLabel,
                BandHelp});
        }
    }
    return list;
}

} // namespace

QString SettingInfo::unitText() const
{
    return *unit ? QCoreApplication::translate("BusinessSettings", unit) : QString();
}

QString SettingInfo::labelText() const
{
    return QCoreApplication::translate("BusinessSettings", label);
}

QString SettingInfo::helpText() const
{
    return QCoreApplication::translate("BusinessSettings", help);
}

const QList<SettingInfo> &BusinessSettings::catalog()
{
    static const QList<SettingInfo> list = buildCatalog();
    return list;
}

const SettingInfo *BusinessSettings::find(QStringView key)
{
    for (const SettingInfo &info : catalog()) {
        if (info.key == key)
            return &info;
    }
    return nullptr;
}

QString BusinessSettings::groupName(SettingGroup group)
{
    switch (group) {
    case SettingGroup::General:
        return tr("General");
    case SettingGroup::Churn:
        return tr("Churn");
    case SettingGroup::Inactivity:
        return tr("No sign of life");
    case SettingGroup::Activity:
        return tr("Fading activity");
    case SettingGroup::Spending:
        return tr("Falling spending");
    case SettingGroup::Support:
        return tr("Support tickets");
    case SettingGroup::Surveys:
        return tr("Surveys");
    case SettingGroup::Contract:
        return tr("Contracts and payments");
    case SettingGroup::Rhythm:
        return tr("Purchase rhythm");
    case SettingGroup::List:
        return tr("The at-risk list");
    case SettingGroup::Reasons:
        return tr("Why customers leave");
    case SettingGroup::Messages:
        return tr("Win-back messages");
    case SettingGroup::Benchmarks:
        return tr("Benchmarks");
    }
    return {};
}

QString BusinessSettings::builtInText(const SettingInfo &info)
{
    const QStringView key(info.key);
    if (info.kind == SettingKind::Keywords && key.startsWith(u"reasons.")) {
        if (const auto reason = churnReasonFromCode(key.mid(8)))
            return ReasonClassifier::builtInKeywords(*reason).join(u", "_s);
    }
    if ((info.kind == SettingKind::Line || info.kind == SettingKind::Text) && key.startsWith(u"winback.")) {
        const QStringView name = key.mid(8, key.lastIndexOf(u'.') - 8);
        if (const auto kind = winBackTemplateFromName(name))
            return info.kind == SettingKind::Line ? WinBack::subject(*kind) : WinBack::body(*kind);
    }
    return {};
}

BusinessSettings::Values BusinessSettings::defaults()
{
    Values values;
    for (const SettingInfo &info : catalog())
        values.insert(info.key, info.defaultValue);
    return values;
}

double BusinessSettings::shownNumber(const SettingInfo &info, const QString &stored)
{
    const double value = stored.toDouble();
    return info.kind == SettingKind::Percent ? value * 100 : value;
}

QString BusinessSettings::shown(const SettingInfo &info, const QString &stored)
{
    switch (info.kind) {
    case SettingKind::Choice:
    case SettingKind::Currency:
    case SettingKind::Keywords:
    case SettingKind::Line:
        return stored;
    case SettingKind::Text: {
        QString text = stored;
        return text.replace(u"\\"_s, u"\\\\"_s).replace(u'\n', u"\\n"_s);
    }
    case SettingKind::Integer:
    case SettingKind::Number:
    case SettingKind::Percent:
        // Rounded to what a person reads (0.15 * 100 is 15.000000000000002 in binary).
        return QString::number(std::round(shownNumber(info, stored) * 1e9) / 1e9, 'g', 10);
    }
    return stored;
}

QString BusinessSettings::storedNumber(const SettingInfo &info, double shown)
{
    if (info.kind == SettingKind::Integer)
        return QString::number(qint64(std::llround(shown)));
    const double value = info.kind == SettingKind::Percent ? shown / 100 : shown;
    return numberText(std::round(value * 1e9) / 1e9);
}

Result<QString> BusinessSettings::parse(const SettingInfo &info, const QString &text)
{
    const QString value = text.trimmed();
    switch (info.kind) {
    case SettingKind::Keywords: {
        QStringList words;
        for (const QString &word : value.split(u',', Qt::SkipEmptyParts)) {
            if (!word.simplified().isEmpty())
                words.append(word.simplified());
        }
        const QString joined = words.join(u", "_s);
        if (joined.size() > MaxText)
            return Error {tr("%1 takes at most %2 characters.").arg(info.key).arg(MaxText), {}};
        return joined;
    }
    case SettingKind::Line:
    case SettingKind::Text: {
        QString message;
        if (info.kind == SettingKind::Text) {
            // \n is a line break, \\ a backslash; any other backslash stays as it is.
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == u'\\' && i + 1 < value.size()
                    && (value.at(i + 1) == u'n' || value.at(i + 1) == u'\\')) {
                    message += value.at(++i) == u'n' ? u'\n' : u'\\';
                    continue;
                }
                message += value.at(i);
            }
        } else {
            message = value;
        }
        message.replace(u"\r\n"_s, u"\n"_s);
        if (message.size() > (info.kind == SettingKind::Line ? MaxLine : MaxText))
            return Error {tr("%1 takes at most %2 characters.")
                              .arg(info.key)
                              .arg(info.kind == SettingKind::Line ? MaxLine : MaxText),
                {}};
        for (const QChar c : std::as_const(message)) {
            if ((c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
                || (info.kind == SettingKind::Line && c == u'\n'))
                return Error {tr("%1 cannot hold control characters or, in a subject, line breaks.").arg(info.key), {}};
        }
        if (const QString unknown = WinBack::unknownPlaceholder(message); !unknown.isEmpty())
            return Error {tr("%1 names the placeholder {%2}, which does not exist: use {name}, {reason}, {value}, "
                             "{last_purchase} or {owner}.")
                              .arg(info.key, unknown),
                {}};
        return message;
    }
    case SettingKind::Currency: {
        static const QRegularExpression code(u"^[A-Za-z]{3}$"_s);
        if (!code.match(value).hasMatch())
            return Error {
                tr("%1 takes a three-letter currency code such as EUR, GBP or CHF, not \"%2\".").arg(info.key, text),
                {}};
        return value.toUpper();
    }
    case SettingKind::Choice:
        for (const QString &choice : info.choices) {
            if (value.compare(choice, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return Error {tr("%1 takes %2, not \"%3\".").arg(info.key, info.choices.join(u", "_s), text), {}};
    case SettingKind::Integer:
    case SettingKind::Number:
    case SettingKind::Percent: {
        QString number = value;
        if (info.kind == SettingKind::Percent && number.endsWith(u'%'))
            number = number.chopped(1).trimmed();
        number.replace(u',', u'.');
        bool ok = false;
        const double shown = number.toDouble(&ok);
        const bool whole = info.kind != SettingKind::Integer || shown == std::floor(shown);
        if (!ok || !std::isfinite(shown) || !whole || shown < info.minimum || shown > info.maximum) {
            const QString unit = info.unitText().isEmpty() ? QString() : u' ' + info.unitText();
            return Error {
                (info.kind == SettingKind::Integer ? tr("%1 takes a whole number from %2 to %3%4, not \"%5\".")
                                                   : tr("%1 takes a number from %2 to %3%4, not \"%5\"."))
                    .arg(info.key, numberText(info.minimum), numberText(info.maximum), unit, text),
                {}};
        }
        return storedNumber(info, shown);
    }
    }
    return value;
}

Result<void> BusinessSettings::check(const Values &values)
{
    for (const SettingInfo &info : catalog()) {
        const QString stored = values.value(info.key, info.defaultValue);
        // Every value in its range, in the units a person reads.
        const QString shown = info.kind == SettingKind::Choice || info.kind == SettingKind::Currency
            ? stored
            : BusinessSettings::shown(info, stored);
        if (auto parsed = parse(info, shown); !parsed)
            return parsed.error();
    }
    // The engine's own checks, on the thresholds as it would read them.
    RiskThresholds thresholds;
    for (const auto &[key, fallback] : thresholds.values())
        thresholds.set(key, values.value(u"risk."_s + key, numberText(fallback)).toDouble());
    if (const QString problem = thresholds.problem(); !problem.isEmpty())
        return Error {tr("The risk settings do not fit together: %1.").arg(problem), {}};
    for (const BandRow &row : bandRows) {
        const auto bound = [&](bool high) {
            const QString key = bandKey(row.id, high);
            return values.value(key, find(key)->defaultValue).toDouble();
        };
        if (bound(false) > bound(true))
            return Error {tr("%1 is above %2.").arg(bandKey(row.id, false), bandKey(row.id, true)), {}};
    }
    return {};
}

Result<BusinessSettings::Values> BusinessSettings::read(const Database &database)
{
    Values values;
    for (const SettingInfo &info : catalog()) {
        auto stored = database.setting(info.key, info.defaultValue);
        if (!stored)
            return stored.error();
        values.insert(info.key, stored->isEmpty() ? info.defaultValue : *stored);
    }
    return values;
}

Result<void> BusinessSettings::change(Database &database, const Values &changes)
{
    auto current = read(database);
    if (!current)
        return current.error();
    Values next = *current;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SettingInfo *info = find(it.key());
        if (!info)
            return Error {tr("There is no setting \"%1\".").arg(it.key()), {}};
        next.insert(it.key(), it.value().isEmpty() ? info->defaultValue : it.value());
    }
    if (auto usable = check(next); !usable)
        return usable;
    if (auto begun = database.beginTransaction(); !begun)
        return begun;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        // A default is not stored: a later version's better default then applies.
        const bool isDefault = next.value(it.key()) == find(it.key())->defaultValue;
        auto written
            = isDefault ? database.removeSetting(it.key()) : database.setSetting(it.key(), next.value(it.key()));
        if (!written) {
            database.rollback();
            return written;
        }
    }
    return database.commit();
}

Result<void> BusinessSettings::reset(Database &database, const QStringList &keys)
{
    Values changes;
    for (const QString &key : keys.isEmpty() ? defaults().keys() : keys)
        changes.insert(key, QString());
    return change(database, changes);
}

QList<ContextBand> BusinessSettings::bands(const Values &values)
{
    QList<ContextBand> list = contextBands();
    for (ContextBand &band : list) {
        const QLatin1StringView id(band.id);
        if (id == "retention-target"_L1) {
            band.low = values.value(u"retention_target"_s, QString::number(band.low)).toDouble();
            continue;
        }
        band.low = values.value(bandKey(band.id, false), QString::number(band.low)).toDouble();
        band.high = values.value(bandKey(band.id, true), QString::number(band.high)).toDouble();
    }
    return list;
}

} // namespace rd
