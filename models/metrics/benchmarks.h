// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QList>
#include <QString>

#include "metrics/periods.h"

namespace rd {

enum class BandMetric { ChurnRate, RetentionRate };

// A range readers can hold a figure against, drawn by the GUI and never used in arithmetic. Rates are
// fractions (0.05 is 5 %) per period of the given kind.
struct ContextBand
{
    const char *id; // stable, for settings and tests
    const char *label; // QT_TRANSLATE_NOOP("ContextBand", ...): translate with contextBandLabel()
    BandMetric metric;
    PeriodKind per;
    double low;
    double high;
};

const QList<ContextBand> &contextBands();
QString contextBandLabel(const ContextBand &band);

// The average length of a period in years: a week is 7 / 365.2425 of a Gregorian year.
double periodYears(PeriodKind kind);

// A churn rate over one period length expressed over another, assuming the same chance of being lost
// in every stretch of time: the rate that, compounded, loses the same share. From yearly churn y to
// monthly: 1 - (1 - y)^(1/12); from monthly m to yearly: 1 - (1 - m)^12.
double scaleChurnRate(double rate, PeriodKind from, PeriodKind to);
// The same for a retention rate r = 1 - churn: r^(length(to) / length(from)).
double scaleRetentionRate(double rate, PeriodKind from, PeriodKind to);
// The band with its bounds scaled to another period kind; id and label stay.
ContextBand scaledBand(const ContextBand &band, PeriodKind to);

} // namespace rd
