// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "metrics/periods.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestPeriods : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void labelsAndBounds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("next");
        const auto W = int(PeriodKind::Week);
        QTest::addRow("week 9") << W << QDate(2024, 2, 29) << u"2024-W09"_s << QDate(2024, 2, 26) << QDate(2024, 3, 4);
        QTest::addRow("week 53 of 2020") << W << QDate(2021, 1, 3) << u"2020-W53"_s << QDate(2020, 12, 28)
                                         << QDate(2021, 1, 4);
        QTest::addRow("week 1 of 2025 in 2024")
            << W << QDate(2024, 12, 30) << u"2025-W01"_s << QDate(2024, 12, 30) << QDate(2025, 1, 6);
        QTest::addRow("leap month") << int(PeriodKind::Month) << QDate(2024, 2, 29) << u"2024-02"_s << QDate(2024, 2, 1)
                                    << QDate(2024, 3, 1);
        QTest::addRow("quarter") << int(PeriodKind::Quarter) << QDate(2024, 3, 31) << u"2024-Q1"_s << QDate(2024, 1, 1)
                                 << QDate(2024, 4, 1);
        QTest::addRow("fourth quarter") << int(PeriodKind::Quarter) << QDate(2024, 10, 1) << u"2024-Q4"_s
                                        << QDate(2024, 10, 1) << QDate(2025, 1, 1);
        QTest::addRow("year") << int(PeriodKind::Year) << QDate(2024, 7, 4) << u"2024"_s << QDate(2024, 1, 1)
                              << QDate(2025, 1, 1);
    }

    void labelsAndBounds()
    {
        QFETCH(int, kind);
        QFETCH(QDate, date);
        QFETCH(QString, label);
        QFETCH(QDate, start);
        QFETCH(QDate, next);
        const QDate first = periodStart(PeriodKind(kind), date);
        QCOMPARE(first, start);
        QCOMPARE(nextPeriodStart(PeriodKind(kind), first), next);
        QCOMPARE(periodLabel(PeriodKind(kind), first), label);
    }

    void periodsCoverTheRange()
    {
        const QList<Period> months = periodsBetween(PeriodKind::Month, QDate(2023, 12, 15), QDate(2024, 3, 1));
        QCOMPARE(months.size(), 4);
        QCOMPARE(months.constFirst().label, u"2023-12"_s);
        QCOMPARE(months.constLast().label, u"2024-03"_s);
        for (int i = 0; i + 1 < months.size(); ++i)
            QCOMPARE(months.at(i).end, months.at(i + 1).start);
        QCOMPARE(months.at(2).end - months.at(2).start, 29); // February 2024
        QVERIFY(periodsBetween(PeriodKind::Month, QDate(2024, 3, 1), QDate(2024, 2, 1)).isEmpty());
    }

    void names()
    {
        for (PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year})
            QCOMPARE(periodKindFromName(periodKindName(kind)), kind);
        QVERIFY(!periodKindFromName(u"fortnight"));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
