// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/winback.h"

#include <QRegularExpression>

#include "core/money.h"
#include "storage/contactlog.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd {

QString winBackTemplateName(WinBackTemplate kind)
{
    switch (kind) {
    case WinBackTemplate::Inactive:
        return u"inactive"_s;
    case WinBackTemplate::SpendingDown:
        return u"spending_down"_s;
    case WinBackTemplate::Complaint:
        return u"complaint"_s;
    case WinBackTemplate::FailedPayment:
        return u"failed_payment"_s;
    }
    return {};
}

std::optional<WinBackTemplate> winBackTemplateFromName(QStringView name)
{
    for (WinBackTemplate kind : {WinBackTemplate::Inactive, WinBackTemplate::SpendingDown, WinBackTemplate::Complaint,
             WinBackTemplate::FailedPayment}) {
        if (name == winBackTemplateName(kind))
            return kind;
    }
    return std::nullopt;
}

WinBackTemplate winBackTemplateFor(const CustomerRisk &risk)
{
    for (const Reason &reason : risk.reasons) {
        switch (reason.code) {
        case ReasonCode::FailedPayment:
            return WinBackTemplate::FailedPayment;
        case ReasonCode::OpenComplaint:
        case ReasonCode::OpenTickets:
        case ReasonCode::ManyTickets:
        case ReasonCode::NpsLow:
        case ReasonCode::NpsDrop:
        case ReasonCode::CsatLow:
            return WinBackTemplate::Complaint;
        case ReasonCode::SpendingDecline:
        case ReasonCode::LowerOrderValue:
            return WinBackTemplate::SpendingDown;
        case ReasonCode::Inactive:
        case ReasonCode::ActivityDecline:
        case ReasonCode::PurchaseRhythm:
        case ReasonCode::SurveysUnanswered:
            return WinBackTemplate::Inactive;
        case ReasonCode::RenewalSoon:
            continue; // raises another signal; that one decides
        }
    }
    return WinBackTemplate::Inactive;
}

QString WinBack::title(WinBackTemplate kind)
{
    switch (kind) {
    case WinBackTemplate::Inactive:
        return tr("Inactive for a while");
    case WinBackTemplate::SpendingDown:
        return tr("Spending down");
    case WinBackTemplate::Complaint:
        return tr("Open complaint");
    case WinBackTemplate::FailedPayment:
        return tr("Failed payment");
    }
    return {};
}

QString WinBack::subject(WinBackTemplate kind)
{
    switch (kind) {
    case WinBackTemplate::Inactive:
        return tr("We miss you, {name}");
    case WinBackTemplate::SpendingDown:
        return tr("Is everything still right for you, {name}?");
    case WinBackTemplate::Complaint:
        return tr("Your concern, {name}: we are on it");
    case WinBackTemplate::FailedPayment:
        return tr("Your last payment did not go through");
    }
    return {};
}

QString WinBack::body(WinBackTemplate kind)
{
    switch (kind) {
    case WinBackTemplate::Inactive:
        return tr("Hello {name},\n\nwe have not heard from you for a while (your last order: {last_purchase}). Is "
                  "there anything we could do better? Just reply to this message.\n\nKind regards\n{owner}");
    case WinBackTemplate::SpendingDown:
        return tr("Hello {name},\n\nwe noticed that you have been ordering less from us lately. If something no "
                  "longer fits, we would like to know and find a solution with you.\n\nKind regards\n{owner}");
    case WinBackTemplate::Complaint:
        return tr("Hello {name},\n\nyou told us about a problem, and it is not solved yet. We are sorry for that. "
                  "We will take care of it personally: when may we call you?\n\nKind regards\n{owner}");
    case WinBackTemplate::FailedPayment:
        return tr("Hello {name},\n\nyour last payment could not be collected. Please check your payment details "
                  "so that nothing is interrupted; reply if we can help.\n\nKind regards\n{owner}");
    }
    return {};
}

QString WinBack::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString result;
    result.reserve(text.size());
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(u'{', at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'}', open);
        if (open < 0 || close < 0) {
            result += QStringView(text).mid(at);
            break;
        }
        result += QStringView(text).mid(at, open - at);
        const QString key = text.mid(open + 1, close - open - 1);
        const auto value = values.constFind(key);
        result += value != values.cend() ? *value : text.mid(open, close - open + 1);
        at = close + 1;
    }
    return result;
}

QString WinBack::unknownPlaceholder(const QString &text)
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z_]+)\\}"_s);
    static const QStringList known {u"name"_s, u"reason"_s, u"value"_s, u"last_purchase"_s, u"owner"_s};
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString key = it.next().captured(1);
        if (!known.contains(key))
            return key;
    }
    return {};
}

QString WinBackTexts::subject(WinBackTemplate kind) const
{
    const QString &own = subjects.at(std::size_t(kind));
    return own.isEmpty() ? WinBack::subject(kind) : own;
}

QString WinBackTexts::body(WinBackTemplate kind) const
{
    const QString &own = bodies.at(std::size_t(kind));
    return own.isEmpty() ? WinBack::body(kind) : own;
}

QString WinBackTexts::subjectKey(WinBackTemplate kind)
{
    return u"winback."_s + winBackTemplateName(kind) + u".subject"_s;
}

QString WinBackTexts::bodyKey(WinBackTemplate kind)
{
    return u"winback."_s + winBackTemplateName(kind) + u".body"_s;
}

WinBackTexts WinBackTexts::fromSettings(const QMap<QString, QString> &values)
{
    WinBackTexts texts;
    for (WinBackTemplate kind : {WinBackTemplate::Inactive, WinBackTemplate::SpendingDown, WinBackTemplate::Complaint,
             WinBackTemplate::FailedPayment}) {
        texts.subjects.at(std::size_t(kind)) = values.value(subjectKey(kind));
        texts.bodies.at(std::size_t(kind)) = values.value(bodyKey(kind));
    }
    return texts;
}

QList<WinBackMessage> WinBack::prepare(const Dataset &data, const RiskReport &report, const QList<int> &rows,
    const QHash<qint64, QString> &emails, const QHash<qint64, Review> &reviews, std::optional<WinBackTemplate> forced,
    const QLocale &locale, const WinBackTexts &texts)
{
    QList<WinBackMessage> messages;
    for (int row : rows) {
        if (row < 0 || row >= report.customers.size())
            continue;
        const CustomerRisk &risk = report.customers.at(row);
        const MetricsCustomer &customer = data.customers.at(risk.customer);
        WinBackMessage message;
        message.customerId = customer.id;
        message.kind = forced.value_or(winBackTemplateFor(risk));
        message.name = customer.name.isEmpty() ? customer.externalId : customer.name;
        message.email = emails.value(customer.id);
        message.reason
            = risk.reasons.isEmpty() ? QString() : RiskText::reason(risk.reasons.constFirst(), data.currency, locale);
        message.value = formatMoney(risk.value12mMinor, data.currency, locale);
        Day last = NoDay;
        for (const MetricsOrder &order : data.ordersOf(risk.customer)) {
            if (order.day <= report.asOf && order.amountMinor > 0)
                last = order.day;
        }
        message.lastPurchase = last == NoDay ? QString() : locale.toString(dateOf(last), QLocale::ShortFormat);
        message.owner = reviews.value(customer.id).owner;
        const QHash<QString, QString> values {{u"name"_s, message.name}, {u"reason"_s, message.reason},
            {u"value"_s, message.value}, {u"last_purchase"_s, message.lastPurchase}, {u"owner"_s, message.owner}};
        message.subject = fill(texts.subject(message.kind), values);
        message.body = fill(texts.body(message.kind), values);
        messages.append(message);
    }
    return messages;
}

Result<ContactOutcome> WinBack::outcome(const QString &databasePath, const Dataset &data,
    const LifetimeSettings &settings, const RiskThresholds &thresholds, int days)
{
    auto database = Database::open(databasePath);
    if (!database)
        return database.error();
    auto first = ContactLog(**database).firstContacts();
    if (!first)
        return first.error();
    QHash<qint64, Day> firstDays;
    for (auto it = first->cbegin(); it != first->cend(); ++it)
        firstDays.insert(it.key(), dayOf(it.value()));
    return contactOutcome(data, settings, thresholds, firstDays, days);
}

ExportTable WinBack::mailMerge(const QList<WinBackMessage> &messages)
{
    ExportTable table;
    table.title = tr("Win-back");
    // Column names a mail merge refers to: the same in every language.
    table.headers
        = {u"name"_s, u"email"_s, u"reason"_s, u"value"_s, u"last_purchase"_s, u"owner"_s, u"subject"_s, u"message"_s};
    for (const WinBackMessage &message : messages) {
        table.rows.append({ExportCell::fromText(message.name), ExportCell::fromText(message.email),
            ExportCell::fromText(message.reason), ExportCell::fromText(message.value),
            ExportCell::fromText(message.lastPurchase), ExportCell::fromText(message.owner),
            ExportCell::fromText(message.subject), ExportCell::fromText(message.body)});
    }
    return table;
}

} // namespace rd
