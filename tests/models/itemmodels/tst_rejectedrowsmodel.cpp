// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/rejectedrowsmodel.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestRejectedRowsModel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void listsLineColumnValueAndReason()
    {
        RejectedRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRejects({{6, u"Kundennummer"_s, QString(), u"no customer number"_s},
            {12345, u"Rechnungsdatum"_s, u"31.02.2024"_s, u"not a date in the format dd.MM.yyyy"_s}});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RejectedRowsModel::ColumnCount));
        using M = RejectedRowsModel;
        QCOMPARE(model.index(1, M::LineColumn).data().toString(), u"12345"_s); // no thousands separator
        QCOMPARE(model.index(1, M::LineColumn).data(M::LineRole).toLongLong(), 12345);
        QCOMPARE(model.index(1, M::ColumnColumn).data().toString(), u"Rechnungsdatum"_s);
        QCOMPARE(model.index(1, M::ValueColumn).data().toString(), u"31.02.2024"_s);
        QCOMPARE(model.index(0, M::ReasonColumn).data().toString(), u"no customer number"_s);
        QCOMPARE(
            model.index(1, M::ReasonColumn).data(Qt::ToolTipRole).toString(), u"not a date in the format dd.MM.yyyy"_s);
        QCOMPARE(Qt::Alignment(model.index(0, M::LineColumn).data(Qt::TextAlignmentRole).toInt()),
            Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.headerData(M::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);

        model.setRejects({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRejectedRowsModel)
#include "tst_rejectedrowsmodel.moc"
