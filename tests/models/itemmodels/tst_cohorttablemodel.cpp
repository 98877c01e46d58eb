// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/cohorttablemodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

CohortRow row(const QString &label, qint64 size, const QList<qint64> &counts)
{
    CohortRow result;
    result.label = label;
    result.size = size;
    result.counts = counts;
    for (const qint64 count : counts)
        result.percentages.append(
            size > 0 ? std::optional<double>(100.0 * double(count) / double(size)) : std::nullopt);
    return result;
}

CohortMatrix activeMatrix()
{
    CohortMatrix matrix;
    matrix.kind = PeriodKind::Month;
    matrix.mode = CohortMode::Active;
    matrix.rows
        = {row(u"2024-01"_s, 57, {57, 42, 30}), row(u"2024-02"_s, 1200, {1200, 900}), row(u"2024-03"_s, 10, {10})};
    return matrix;
}

} // namespace

class TestCohortTableModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void showsPercentagesCountsAndTooltips()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CohortTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setMatrix(activeMatrix());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);

        const QModelIndex cell = model.index(0, 1);
        QCOMPARE(cell.data().toString(), u"73.7 %"_s);
        QCOMPARE(cell.data(CohortTableModel::RawValueRole).toDouble(), 100.0 * 42 / 57);
        QCOMPARE(cell.data(CohortTableModel::CountRole).toLongLong(), 42);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"42 of 57 customers"_s);
        QCOMPARE(cell.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(), u"900 of 1,200 customers"_s);

        // Periods after the as-of day are empty, not 0 %.
        const QModelIndex future = model.index(2, 1);
        QVERIFY(!future.data().isValid());
        QVERIFY(!future.data(CohortTableModel::RawValueRole).isValid());
        QVERIFY(!future.data(CohortTableModel::CountRole).isValid());

        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"0"_s);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"2"_s);
        // Without a translation loaded, the source text of the plural stays: "2 month(s) after ...".
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(u"2 month"_s));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"2024-02 (1,200)"_s);
        QVERIFY(
            model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().startsWith(u"Cohort 2024-01: 57 customer"_s));
    }

    void formatsWithTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CohortTableModel model;
        model.setMatrix(activeMatrix());
        QCOMPARE(model.index(0, 1).data().toString(), u"73,7 %"_s);
        QCOMPARE(model.index(1, 1).data(Qt::ToolTipRole).toString(), u"900 of 1.200 customers"_s);
    }

    void revenueModeShowsAmounts()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CohortMatrix matrix;
        matrix.mode = CohortMode::Revenue;
        CohortRow paying = row(u"2024-01"_s, 4, {50000, 62500});
        paying.percentages = {100.0, 125.0};
        CohortRow refunded = row(u"2024-02"_s, 2, {0, 1000});
        refunded.percentages = {std::nullopt, std::nullopt};
        matrix.rows = {paying, refunded};
        CohortTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatrix(matrix, u"EUR"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"125.0 %"_s);
        QCOMPARE(model.index(0, 1).data(CohortTableModel::CountRole).toLongLong(), 62500);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"625.00"_s));
        // Without revenue in the first period there is no percentage, but the amount is still there.
        QVERIFY(!model.index(1, 1).data(CohortTableModel::RawValueRole).isValid());
        QVERIFY(!model.index(1, 1).data().isValid());
        QVERIFY(model.index(1, 1).data(Qt::ToolTipRole).toString().contains(u"10.00"_s));
    }

    void resetsThroughTheTester()
    {
        CohortTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMatrix(activeMatrix());
        CohortMatrix smaller;
        smaller.rows = {row(u"2025-01"_s, 3, {3})};
        model.setMatrix(smaller);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.index(0, 0).data(CohortTableModel::RawValueRole).toDouble(), 100.0);
        model.setMatrix({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setMatrix(activeMatrix());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(aboutToReset.count(), 4);
        QCOMPARE(reset.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCohortTableModel)
#include "tst_cohorttablemodel.moc"
