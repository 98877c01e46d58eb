// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "metrics/lifetimes.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rd {

QString churnModelName(ChurnModel model)
{
    switch (model) {
    case ChurnModel::Auto:
        return u"auto"_s;
    case ChurnModel::Contract:
        return u"contract"_s;
    case ChurnModel::Activity:
        return u"activity"_s;
    }
    return {};
}

std::optional<ChurnModel> churnModelFromName(QStringView name)
{
    for (ChurnModel model : {ChurnModel::Auto, ChurnModel::Contract, ChurnModel::Activity}) {
        if (name.trimmed().compare(churnModelName(model), Qt::CaseInsensitive) == 0)
            return model;
    }
    return std::nullopt;
}

bool isContractCustomer(const MetricsCustomer &customer, ChurnModel model)
{
    switch (model) {
    case ChurnModel::Contract:
        return true;
    case ChurnModel::Activity:
        return false;
    case ChurnModel::Auto:
        return customer.hasContract;
    }
    return false;
}

namespace {

// Walks the union of sorted day lists in order, each day once.
class MergedDays
{
public:
    explicit MergedDays(std::initializer_list<std::span<const Day>> lists)
    {
        for (std::span<const Day> list : lists) {
            if (!list.empty())
                m_lists[m_count++] = list;
        }
    }

    bool next(Day &day)
    {
        bool found = false;
        for (int i = 0; i < m_count; ++i) {
            if (m_positions[i] < m_lists[i].size() && (!found || m_lists[i][m_positions[i]] < day)) {
                day = m_lists[i][m_positions[i]];
                found = true;
            }
        }
        for (int i = 0; i < m_count; ++i) {
            while (m_positions[i] < m_lists[i].size() && m_lists[i][m_positions[i]] == day)
                ++m_positions[i];
        }
        return found;
    }

private:
    std::array<std::span<const Day>, 3> m_lists;
    std::array<std::size_t, 3> m_positions {};
    int m_count = 0;
};

void contractLifetime(const MetricsCustomer &customer, Day firstSign, Day asOf, std::vector<Lifetime> &out)
{
    Day start = firstSign;
    if (customer.signup != NoDay && (start == NoDay || customer.signup < start))
        start = customer.signup;
    if (start == NoDay || start > asOf)
        return;
    Lifetime lifetime;
    lifetime.start = start;
    if (customer.cancel != NoDay && customer.cancel <= asOf) {
        lifetime.end = std::max(customer.cancel, start);
        lifetime.ending = LifetimeEnd::Cancelled;
    }
    out.push_back(lifetime);
}

// Signing up counts as a sign of life, like orders, activity, tickets and survey answers.
void activityLifetimes(
    const MetricsCustomer &customer, MergedDays signs, int window, Day asOf, std::vector<Lifetime> &out)
{
    const Day cancel = customer.cancel;
    Lifetime current;
    Day last = NoDay;
    // Whether the lifetime that had its last sign of life on `last` ended before `next` (or, at the
    // end, by the as-of day): by the cancel date if it comes first, else by W days of silence.
    const auto ends = [&](Day next, bool atEnd) {
        const Day limit = atEnd ? asOf : next - 1;
        if (cancel != NoDay && cancel >= last && cancel <= limit && cancel <= last + window) {
            current.end = cancel;
            current.ending = LifetimeEnd::Cancelled;
            return true;
        }
        if (last + window <= limit) {
            current.end = last + window;
            current.ending = LifetimeEnd::Silent;
            return true;
        }
        return false;
    };

    Day day = NoDay;
    while (signs.next(day) && day <= asOf) {
        if (last == NoDay) {
            current.start = day;
        } else if (ends(day, false)) {
            out.push_back(current);
            current = Lifetime();
            current.start = day;
            current.reactivation = true;
        }
        last = day;
    }
    if (last == NoDay)
        return;
    ends(asOf, true);
    out.push_back(current);
}

} // namespace

Lifetimes computeLifetimes(const Dataset &data, const LifetimeSettings &settings, Day asOf)
{
    Lifetimes result;
    result.asOf = asOf;
    result.settings = settings;
    const int count = data.customerCount();
    result.offsets.reserve(count + 1);
    result.lifetimes.reserve(count + count / 4);
    result.offsets.push_back(0);
    for (int i = 0; i < count; ++i) {
        const MetricsCustomer &customer = data.customers.at(i);
        const auto engagement = data.engagementOf(i);
        const auto contacts = data.contactsOf(i);
        if (isContractCustomer(customer, settings.model)) {
            Day firstSign = NoDay;
            if (!engagement.empty())
                firstSign = engagement.front();
            if (!contacts.empty() && (firstSign == NoDay || contacts.front() < firstSign))
                firstSign = contacts.front();
            contractLifetime(customer, firstSign, asOf, result.lifetimes);
        } else {
            const Day signup = customer.signup;
            const std::span<const Day> signupDay = signup == NoDay ? std::span<const Day>() : std::span(&signup, 1);
            activityLifetimes(customer, MergedDays({signupDay, engagement, contacts}), settings.inactivityDays, asOf,
                result.lifetimes);
        }
        result.offsets.push_back(qint64(result.lifetimes.size()));
    }
    return result;
}

} // namespace rd
