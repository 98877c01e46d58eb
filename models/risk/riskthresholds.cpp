// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/riskengine.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct ThresholdField
{
    const char16_t *key;
    double RiskThresholds::*real = nullptr;
    int RiskThresholds::*whole = nullptr;
};

const ThresholdField thresholdFields[] = {
    {u"inactive_yellow_days", nullptr, &RiskThresholds::inactiveYellowDays},
    {u"inactive_red_days", nullptr, &RiskThresholds::inactiveRedDays},
    {u"activity_decline_yellow", &RiskThresholds::activityDeclineYellow},
    {u"activity_decline_red", &RiskThresholds::activityDeclineRed},
    {u"activity_baseline_min_events", nullptr, &RiskThresholds::activityBaselineMinEvents},
    {u"spending_decline_yellow", &RiskThresholds::spendingDeclineYellow},
    {u"spending_decline_red", &RiskThresholds::spendingDeclineRed},
    {u"order_value_decline", &RiskThresholds::orderValueDecline},
    {u"many_tickets", nullptr, &RiskThresholds::manyTickets},
    {u"ticket_window_days", nullptr, &RiskThresholds::ticketWindowDays},
    {u"nps_yellow", nullptr, &RiskThresholds::npsYellow},
    {u"nps_red", nullptr, &RiskThresholds::npsRed},
    {u"nps_drop", nullptr, &RiskThresholds::npsDrop},
    {u"csat_yellow", nullptr, &RiskThresholds::csatYellow},
    {u"csat_red", nullptr, &RiskThresholds::csatRed},
    {u"unanswered_surveys", nullptr, &RiskThresholds::unansweredSurveys},
    {u"survey_max_age_days", nullptr, &RiskThresholds::surveyMaxAgeDays},
    {u"renewal_days", nullptr, &RiskThresholds::renewalDays},
    {u"failed_payment_days", nullptr, &RiskThresholds::failedPaymentDays},
    {u"rhythm_yellow_score", &RiskThresholds::rhythmYellowScore},
    {u"rhythm_red_score", &RiskThresholds::rhythmRedScore},
    {u"value_weight", &RiskThresholds::valueWeight},
    {u"red_share_max", &RiskThresholds::redShareMax},
    {u"yellow_share_max", &RiskThresholds::yellowShareMax},
    {u"key_account_share", &RiskThresholds::keyAccountShare},
    {u"lost_recently_days", nullptr, &RiskThresholds::lostRecentlyDays},
};

} // namespace

QList<std::pair<QString, double>> RiskThresholds::values() const
{
    QList<std::pair<QString, double>> list;
    for (const ThresholdField &field : thresholdFields)
        list.append({QString::fromUtf16(field.key), field.real ? this->*field.real : double(this->*field.whole)});
    return list;
}

bool RiskThresholds::set(const QString &key, double value)
{
    for (const ThresholdField &field : thresholdFields) {
        if (key != QStringView(field.key))
            continue;
        if (field.real)
            this->*field.real = value;
        else
            this->*field.whole = int(std::lround(value));
        return true;
    }
    return false;
}

QString RiskThresholds::problem() const
{
    if (inactiveYellowDays > inactiveRedDays)
        return RiskText::tr("inactive_yellow_days is above inactive_red_days");
    if (activityDeclineYellow > activityDeclineRed || spendingDeclineYellow > spendingDeclineRed)
        return RiskText::tr("a yellow decline threshold is above its red one");
    if (npsRed > npsYellow || csatRed > csatYellow)
        return RiskText::tr("a red satisfaction threshold is above its yellow one");
    if (rhythmYellowScore > rhythmRedScore || rhythmRedScore > 100)
        return RiskText::tr("rhythm_yellow_score must not be above rhythm_red_score, nor that above 100");
    if (redShareMax > 1 || yellowShareMax > 1)
        return RiskText::tr("red_share_max and yellow_share_max must be at most 1");
    if (keyAccountShare <= 0 || keyAccountShare > 1)
        return RiskText::tr("key_account_share must be above 0 and at most 1");
    return {};
}

} // namespace rd
