// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/tablecountsmodel.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestTableCountsModel : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void showsCountsPerTable()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        TableCountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TableCounts counts;
        counts.customers = 12345;
        counts.orders = 7;
        model.setCounts(counts);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, TableCountsModel::CountColumn).data().toString(), u"12.345"_s);
        QCOMPARE(model.index(0, TableCountsModel::CountColumn).data(TableCountsModel::RawValueRole).toLongLong(),
                 12345);
        QCOMPARE(model.index(1, TableCountsModel::CountColumn).data(TableCountsModel::RawValueRole).toLongLong(), 7);
        QCOMPARE(model.index(0, TableCountsModel::NameColumn).data().toString(), u"Customers"_s);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestTableCountsModel)
#include "tst_tablecountsmodel.moc"
