// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/backtesttablemodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

BacktestResult sample()
{
    BacktestResult result;
    result.asOf = dayOf(QDate(2011, 6, 30));
    result.horizonDays = 162;
    result.customers = 2000;
    result.stopped = 600;
    result.baseRate = 0.3;
    result.levels[std::size_t(RiskLevel::Red)] = {300, 0.15, 0.6};
    result.levels[std::size_t(RiskLevel::Yellow)] = {500, 0.25, 0.4};
    result.levels[std::size_t(RiskLevel::Green)] = {1200, 0.6, 0.2};
    result.auc = 0.755;
    result.topDecilePrecision = 0.57;
    result.recency = {0.675, 0.5};
    result.frequency = {0.727, 0.55};
    result.pAlive = {std::nullopt, std::nullopt};
    return result;
}

} // namespace

class TestBacktestTableModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void emptyWithoutAResult()
    {
        BacktestTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(BacktestTableModel::ColumnCount));
        QVERIFY(!model.result());
    }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text"); // in the C locale
        QTest::addColumn<QVariant>("raw");
        using M = BacktestTableModel;
        QTest::addRow("red's name") << int(M::RedRow) << int(M::GroupColumn) << u"Red"_s << QVariant();
        QTest::addRow("red customers") << int(M::RedRow) << int(M::CustomersColumn) << u"300"_s
                                       << QVariant(qint64(300));
        QTest::addRow("red share") << int(M::RedRow) << int(M::ShareColumn) << u"15\u00a0%"_s << QVariant(0.15);
        QTest::addRow("red stopped") << int(M::RedRow) << int(M::StoppedColumn) << u"60\u00a0%"_s << QVariant(0.6);
        QTest::addRow("a level has no AUC") << int(M::GreenRow) << int(M::AucColumn) << QString() << QVariant();
        QTest::addRow("green stopped") << int(M::GreenRow) << int(M::StoppedColumn) << u"20\u00a0%"_s << QVariant(0.2);
        QTest::addRow("the light's AUC") << int(M::LightRow) << int(M::AucColumn) << u"0.76"_s << QVariant(0.755);
        QTest::addRow("the light's top tenth")
            << int(M::LightRow) << int(M::TopDecileColumn) << u"57\u00a0%"_s << QVariant(0.57);
        QTest::addRow("an ordering's stopped: all customers")
            << int(M::RecencyRow) << int(M::StoppedColumn) << u"30\u00a0%"_s << QVariant(0.3);
        QTest::addRow("frequency's AUC") << int(M::FrequencyRow) << int(M::AucColumn) << u"0.73"_s << QVariant(0.727);
        QTest::addRow("no P(alive): empty") << int(M::AliveRow) << int(M::AucColumn) << QString() << QVariant();
        QTest::addRow("an ordering has no share") << int(M::LightRow) << int(M::ShareColumn) << QString() << QVariant();
    }

    void cells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QVariant, raw);
        QLocale::setDefault(QLocale::c());
        BacktestTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setResult(sample());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), int(BacktestTableModel::RowCount));
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data().toString(), text);
        const QVariant value = index.data(BacktestTableModel::RawValueRole);
        QCOMPARE(value.isValid(), raw.isValid());
        if (raw.isValid())
            QCOMPARE(value.toDouble(), raw.toDouble());
        if (column != BacktestTableModel::GroupColumn && !text.isEmpty())
            QCOMPARE(index.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        model.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void levelsAndHeaders()
    {
        BacktestTableModel model;
        model.setResult(sample());
        QCOMPARE(model.index(BacktestTableModel::RedRow, 0).data(BacktestTableModel::LevelRole).toInt(),
            int(RiskLevel::Red));
        QCOMPARE(model.index(BacktestTableModel::GreenRow, 0).data(BacktestTableModel::LevelRole).toInt(),
            int(RiskLevel::Green));
        QVERIFY(!model.index(BacktestTableModel::LightRow, 0).data(BacktestTableModel::LevelRole).isValid());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.index(BacktestTableModel::LightRow, BacktestTableModel::AucColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBacktestTableModel)
#include "tst_backtesttablemodel.moc"
