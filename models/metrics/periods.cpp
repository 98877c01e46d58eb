// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "metrics/periods.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

QString periodKindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return u"week"_s;
    case PeriodKind::Month:
        return u"month"_s;
    case PeriodKind::Quarter:
        return u"quarter"_s;
    case PeriodKind::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<PeriodKind> periodKindFromName(QStringView name)
{
    for (PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year}) {
        if (name.compare(periodKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QDate periodStart(PeriodKind kind, const QDate &date)
{
    switch (kind) {
    case PeriodKind::Week:
        return date.addDays(1 - date.dayOfWeek());
    case PeriodKind::Month:
        return QDate(date.year(), date.month(), 1);
    case PeriodKind::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case PeriodKind::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate nextPeriodStart(PeriodKind kind, const QDate &start)
{
    switch (kind) {
    case PeriodKind::Week:
        return start.addDays(7);
    case PeriodKind::Month:
        return start.addMonths(1);
    case PeriodKind::Quarter:
        return start.addMonths(3);
    case PeriodKind::Year:
        return start.addYears(1);
    }
    return start;
}

QString periodLabel(PeriodKind kind, const QDate &start)
{
    switch (kind) {
    case PeriodKind::Week: {
        int year = 0;
        const int week = start.weekNumber(&year); // ISO 8601: the week belongs to the year of its Thursday
        return u"%1-W%2"_s.arg(year, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
    }
    case PeriodKind::Month:
        return u"%1-%2"_s.arg(start.year(), 4, 10, QChar(u'0')).arg(start.month(), 2, 10, QChar(u'0'));
    case PeriodKind::Quarter:
        return u"%1-Q%2"_s.arg(start.year(), 4, 10, QChar(u'0')).arg((start.month() - 1) / 3 + 1);
    case PeriodKind::Year:
        return u"%1"_s.arg(start.year(), 4, 10, QChar(u'0'));
    }
    return {};
}

QList<Period> periodsBetween(PeriodKind kind, const QDate &from, const QDate &to)
{
    QList<Period> periods;
    if (!from.isValid() || !to.isValid() || to < from)
        return periods;
    for (QDate start = periodStart(kind, from); start <= to; start = nextPeriodStart(kind, start)) {
        const QDate next = nextPeriodStart(kind, start);
        periods.append(Period {dayOf(start), dayOf(next), periodLabel(kind, start)});
    }
    return periods;
}

namespace {
// The translation context of the period titles.
struct PeriodText
{
    Q_DECLARE_TR_FUNCTIONS(PeriodText)
};
} // namespace

QString periodTitle(const Period &period, PeriodKind kind, const QLocale &locale)
{
    const QDate start = dateOf(period.start);
    switch (kind) {
    case PeriodKind::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return PeriodText::tr("Week %1/%2", "ISO week and its year").arg(week).arg(year);
    }
    case PeriodKind::Month:
        return locale.standaloneMonthName(start.month(), QLocale::LongFormat) + u' ' + QString::number(start.year());
    case PeriodKind::Quarter:
        return PeriodText::tr("Q%1 %2", "quarter and year").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case PeriodKind::Year:
        return QString::number(start.year());
    }
    return period.label;
}

QString partialPeriodTitle(const Period &period, Day lastDay, const QLocale &locale)
{
    const QDate first = dateOf(period.start);
    const QDate last = dateOf(lastDay);
    return PeriodText::tr("%1 to %2, incomplete", "first and last day of a period the data ends inside")
        .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
}

} // namespace rd
