// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QList>
#include <QLocale>
#include <QString>

#include "metrics/dataset.h"

namespace rd {

enum class PeriodKind { Week, Month, Quarter, Year };

QString periodKindName(PeriodKind kind); // week, month, quarter, year
std::optional<PeriodKind> periodKindFromName(QStringView name);

// A calendar period [start, end): ISO weeks (Monday to Sunday), months, quarters, years.
struct Period
{
    Day start = NoDay;
    Day end = NoDay; // the first day after the period
    QString label; // 2024-W09, 2024-03, 2024-Q1 or 2024: never translated
};

// The first day of the period that contains the date.
QDate periodStart(PeriodKind kind, const QDate &date);
QDate nextPeriodStart(PeriodKind kind, const QDate &start);
QString periodLabel(PeriodKind kind, const QDate &start);
// The period as people write it, in the locale's language: "December 2025" / "Dezember 2025", "Q4 2025" /
// "4. Quartal 2025", "Week 49/2025" / "KW 49/2025", "2025". For the window; machine output keeps the label.
QString periodTitle(const Period &period, PeriodKind kind, const QLocale &locale);
// A period the data ends inside: "1–9 Dec 2025, incomplete" / "1.–9. Dez. 2025, unvollständig", from its
// first day to lastDay.
QString partialPeriodTitle(const Period &period, Day lastDay, const QLocale &locale);
// The whole periods that overlap [from, to], in order.
QList<Period> periodsBetween(PeriodKind kind, const QDate &from, const QDate &to);

// Which customers a figure is about: empty fields match everyone.
struct CustomerFilter
{
    QString segment;
    QString plan;
    QString country;

    bool matches(const MetricsCustomer &customer) const
    {
        return (segment.isEmpty() || customer.segment == segment) && (plan.isEmpty() || customer.plan == plan)
            && (country.isEmpty() || customer.country == country);
    }
    bool isEmpty() const { return segment.isEmpty() && plan.isEmpty() && country.isEmpty(); }
    bool operator==(const CustomerFilter &) const = default;
};

} // namespace rd
