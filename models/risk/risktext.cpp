// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/riskengine.h"

#include <cmath>

#include "core/money.h"

using namespace Qt::StringLiterals;

namespace rd {

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Green:
        return u"green"_s;
    case RiskLevel::Yellow:
        return u"yellow"_s;
    case RiskLevel::Red:
        return u"red"_s;
    }
    return {};
}

std::optional<RiskLevel> riskLevelFromName(QStringView name)
{
    for (RiskLevel level : {RiskLevel::Green, RiskLevel::Yellow, RiskLevel::Red}) {
        if (name == riskLevelName(level))
            return level;
    }
    return std::nullopt;
}

QString reasonCodeName(ReasonCode code)
{
    switch (code) {
    case ReasonCode::Inactive:
        return u"inactive"_s;
    case ReasonCode::ActivityDecline:
        return u"activity_decline"_s;
    case ReasonCode::SpendingDecline:
        return u"spending_decline"_s;
    case ReasonCode::OpenTickets:
        return u"open_tickets"_s;
    case ReasonCode::OpenComplaint:
        return u"open_complaint"_s;
    case ReasonCode::ManyTickets:
        return u"many_tickets"_s;
    case ReasonCode::NpsLow:
        return u"nps_low"_s;
    case ReasonCode::NpsDrop:
        return u"nps_drop"_s;
    case ReasonCode::CsatLow:
        return u"csat_low"_s;
    case ReasonCode::SurveysUnanswered:
        return u"surveys_unanswered"_s;
    case ReasonCode::RenewalSoon:
        return u"renewal_soon"_s;
    case ReasonCode::FailedPayment:
        return u"failed_payment"_s;
    case ReasonCode::PurchaseRhythm:
        return u"purchase_rhythm"_s;
    case ReasonCode::LowerOrderValue:
        return u"lower_order_value"_s;
    }
    return {};
}

std::optional<ReasonCode> reasonCodeFromName(QStringView name)
{
    for (int code = int(ReasonCode::Inactive); code <= int(ReasonCode::LowerOrderValue); ++code) {
        if (name == reasonCodeName(ReasonCode(code)))
            return ReasonCode(code);
    }
    return std::nullopt;
}

QString RiskText::level(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Green:
        return tr("Green", "risk level");
    case RiskLevel::Yellow:
        return tr("Yellow", "risk level");
    case RiskLevel::Red:
        return tr("Red", "risk level");
    }
    return {};
}

QString RiskText::reason(const Reason &reason, const QString &currency, const QLocale &locale)
{
    const auto number
        = [&](int i, int decimals = 0) { return locale.toString(reason.numbers.value(i), 'f', decimals); };
    const auto money
        = [&](int i) { return formatMoney(qint64(std::llround(reason.numbers.value(i))), currency, locale); };
    switch (reason.code) {
    case ReasonCode::Inactive:
        return tr("no activity for %1 days").arg(number(0));
    case ReasonCode::ActivityDecline:
        // Counts as labels: "1 events" reads wrong, and the CLI prints English without a translator.
        return tr("activity down %1 % (events in the last 30 days: %2, before: %3 a month)")
            .arg(number(0), number(1), number(2, 1));
    case ReasonCode::SpendingDecline:
        return tr("spending down %1 % (%2 → %3 per 90 days)").arg(number(0), money(1), money(2));
    case ReasonCode::OpenTickets:
        return tr("unresolved tickets: %1").arg(number(0));
    case ReasonCode::OpenComplaint:
        return tr("unresolved complaint or urgent ticket: %1").arg(number(0));
    case ReasonCode::ManyTickets:
        return tr("%1 tickets in %2 days").arg(number(0), number(1));
    case ReasonCode::NpsLow:
        return tr("NPS %1").arg(number(0));
    case ReasonCode::NpsDrop:
        return tr("NPS %1, was %2").arg(number(0), number(1));
    case ReasonCode::CsatLow:
        return tr("CSAT %1 of %2").arg(number(0), locale.toString(int(reason.numbers.value(1, 5))));
    case ReasonCode::SurveysUnanswered:
        return tr("last %1 surveys not answered").arg(number(0));
    // Days as words where a number would read wrong ("in 1 days"; the CLI has no plural forms).
    case ReasonCode::RenewalSoon:
        if (reason.numbers.value(0) == 0)
            return tr("renewal today");
        if (reason.numbers.value(0) == 1)
            return tr("renewal tomorrow");
        return tr("renewal in %1 days").arg(number(0));
    case ReasonCode::FailedPayment:
        if (reason.numbers.value(0) == 0)
            return tr("payment failed today");
        if (reason.numbers.value(0) == 1)
            return tr("payment failed yesterday");
        return tr("payment failed %1 days ago").arg(number(0));
    case ReasonCode::PurchaseRhythm: {
        const QString chance = tr("%1 % likely to order nothing in the next 90 days").arg(number(0));
        if (reason.numbers.value(2) > 0)
            return tr("no order for %1 days; usually orders every %2 days; %3").arg(number(1), number(2), chance);
        return tr("one order so far, %1 days ago; %2").arg(number(1), chance);
    }
    case ReasonCode::LowerOrderValue:
        return tr("switches to lower-value options: average order down %1 % (%2 → %3, last 90 days against the 90 "
                  "before)")
            .arg(number(0), money(1), money(2));
    }
    return {};
}

} // namespace rd
