// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// What the tests of the charts share: a small report and a survival curve to draw, and the series drawn.
#pragma once

#include <array>
#include <cstddef>

#include <QAbstractSeries>
#include <QChart>
#include <QList>

#include "metrics/periods.h"
#include "metrics/report.h"
#include "metrics/survival.h"

namespace rd::test {

// Three months: 200 customers at the start, 10 lost and 20 new in the first month, and so on.
inline Report smallReport(bool withMrr = false)
{
    Report report;
    report.options.kind = PeriodKind::Month;
    report.currency = QStringLiteral("EUR");
    const QList<Period> periods = periodsBetween(PeriodKind::Month, QDate(2024, 1, 1), QDate(2024, 3, 31));
    qint64 start = 200;
    const std::array<qint64, 3> lost {10, 4, 8};
    const std::array<qint64, 3> gained {20, 6, 2};
    for (int i = 0; i < periods.size(); ++i) {
        PeriodFigures figures;
        figures.period = periods.at(i);
        figures.startCustomers = start;
        figures.lostCustomers = lost[std::size_t(i)];
        figures.newCustomers = gained[std::size_t(i)];
        figures.endCustomers = start + figures.newCustomers - figures.lostCustomers;
        start = figures.endCustomers;
        figures.revenueMinor = 1'000'000 + i * 150'000;
        figures.payingCustomers = 150;
        figures.previousRevenueMinor = 900'000;
        figures.retainedRevenueMinor = 950'000 - i * 100'000;
        figures.cappedRevenueMinor = 850'000 - i * 100'000;
        figures.hasPrevious = true;
        if (withMrr) {
            figures.mrrMinor = 500'000;
            figures.mrrNewMinor = 40'000;
            figures.mrrExpansionMinor = 10'000;
            figures.mrrContractionMinor = 5'000;
            figures.mrrChurnedMinor = 20'000 + i * 1'000;
            figures.mrrReactivatedMinor = 3'000;
        }
        report.periods.append(figures);
    }
    return report;
}

inline SurvivalCurve curve(const QString &group)
{
    SurvivalCurve curve;
    curve.group = group;
    curve.customers = 100;
    curve.events = 60;
    curve.longestDuration = 800;
    curve.points = {
        {30, 100, 10, 0, 0.90, 0.83, 0.94},
        {90, 90, 0, 5, 0.90, 0.83, 0.94},
        {200, 85, 30, 0, 0.5824, 0.48, 0.67},
        {400, 50, 20, 10, 0.3494, 0.25, 0.45},
        {800, 20, 0, 20, 0.3494, 0.25, 0.45},
    };
    curve.medianDays = 200;
    curve.milestones = {{3, 3 * DaysPerMonth, 0.90, 85}, {6, 6 * DaysPerMonth, 0.90, 85},
        {12, 12 * DaysPerMonth, 0.5824, 50}, {24, 24 * DaysPerMonth, 0.3494, 20}};
    return curve;
}

template<typename Series> QList<Series *> seriesOf(QChart *chart)
{
    QList<Series *> result;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all) {
        if (auto *typed = qobject_cast<Series *>(series))
            result.append(typed);
    }
    return result;
}

} // namespace rd::test
