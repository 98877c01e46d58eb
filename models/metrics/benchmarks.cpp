// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "metrics/benchmarks.h"

#include <cmath>

#include <QCoreApplication>

namespace rd {

const QList<ContextBand> &contextBands()
{
    // Rules of thumb from retention literature, shown as context and not as targets the engine enforces.
    static const QList<ContextBand> bands {
        {"established-yearly", QT_TRANSLATE_NOOP("ContextBand", "Established businesses"), BandMetric::ChurnRate,
            PeriodKind::Year, 0.05, 0.07},
        {"established-monthly", QT_TRANSLATE_NOOP("ContextBand", "Established businesses"), BandMetric::ChurnRate,
            PeriodKind::Month, 0.0, 0.01},
        {"small-young-yearly", QT_TRANSLATE_NOOP("ContextBand", "Small and young businesses"), BandMetric::ChurnRate,
            PeriodKind::Year, 0.10, 0.15},
        {"retention-target", QT_TRANSLATE_NOOP("ContextBand", "Common retention target"), BandMetric::RetentionRate,
            PeriodKind::Year, 0.85, 1.0},
    };
    return bands;
}

QString contextBandLabel(const ContextBand &band)
{
    return QCoreApplication::translate("ContextBand", band.label);
}

double periodYears(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return 7.0 / 365.2425;
    case PeriodKind::Month:
        return 1.0 / 12.0;
    case PeriodKind::Quarter:
        return 1.0 / 4.0;
    case PeriodKind::Year:
        return 1.0;
    }
    return 1.0;
}

double scaleRetentionRate(double rate, PeriodKind from, PeriodKind to)
{
    if (from == to)
        return rate;
    return std::pow(rate, periodYears(to) / periodYears(from));
}

double scaleChurnRate(double rate, PeriodKind from, PeriodKind to)
{
    if (from == to)
        return rate;
    return 1.0 - scaleRetentionRate(1.0 - rate, from, to);
}

ContextBand scaledBand(const ContextBand &band, PeriodKind to)
{
    ContextBand scaled = band;
    scaled.per = to;
    const auto scale = band.metric == BandMetric::ChurnRate ? scaleChurnRate : scaleRetentionRate;
    scaled.low = scale(band.low, band.per, to);
    scaled.high = scale(band.high, band.per, to);
    return scaled;
}

} // namespace rd
