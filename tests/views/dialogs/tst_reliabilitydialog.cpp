// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../../models/metrics/datasetbuilder.h"
#include "itemmodels/backtesttablemodel.h"
#include "storage/database.h"
#include "storage/metricsrepository.h"
#include "support/testcase.h"
#include "views/dialogs/reliabilitydialog.h"

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::DatasetBuilder;

namespace {

// Shoppers who order every ten days, half of them stopping 100 days before 2024-06-30, over `days` days
// from 2023-05-27 on.
std::shared_ptr<const Dataset> business(int days)
{
    const QDate start(2023, 5, 27);
    DatasetBuilder builder;
    for (int i = 0; i < 16; ++i) {
        DatasetBuilder::Customer &c = builder.add(u"S%1"_s.arg(i, 2, 10, QChar(u'0')), start);
        const int last = i % 2 == 0 ? days : 300;
        for (int day = i; day <= std::min(last, days); day += 10)
            DatasetBuilder::order(c, start.addDays(day), 2500);
    }
    return std::make_shared<const Dataset>(builder.build());
}

// 300 shoppers over 900 days, each at their own pace and stopping at a random point: enough for the
// purchase model, so that the rhythm's thresholds matter.
std::shared_ptr<const Dataset> varied()
{
    QRandomGenerator random(7);
    const QDate start(2022, 1, 1);
    DatasetBuilder builder;
    for (int i = 0; i < 300; ++i) {
        DatasetBuilder::Customer &c = builder.add(u"K%1"_s.arg(i, 3, 10, QChar(u'0')), start);
        const int gap = 7 + int(random.bounded(84));
        const int first = int(random.bounded(450));
        const int stop = first + int(random.bounded(1350));
        const qint64 amount = 1000 + qint64(random.bounded(20000));
        for (int day = first; day <= std::min(stop, 900); day += gap)
            DatasetBuilder::order(c, start.addDays(day), amount);
    }
    return std::make_shared<const Dataset>(builder.build());
}

} // namespace

class TestReliabilityDialog : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void showsTheCheckInWordsAChartAndATable()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        ReliabilityDialog dialog(business(600), {}, RiskThresholds());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy checked(&dialog, &ReliabilityDialog::checked);
        const QPointer<QChart> placeholder = dialog.chartView()->chart(); // the view's own, until there is a result
        dialog.show();
        QVERIFY(checked.wait(30000) || checked.count() == 1);
        QVERIFY(!dialog.isBusy());
        QVERIFY2(placeholder.isNull(), "the chart the result replaced is still alive");
        // The latest day with 180 days after it: the last order (2023-05-27 + 600 days) - 180 days.
        QVERIFY2(dialog.headline().startsWith(u"Of the customers this light marked red on 20 July 2024, 100"_s),
            qPrintable(dialog.headline()));
        QVERIFY2(dialog.headline().contains(u"of the green ones 0"_s), qPrintable(dialog.headline()));
        QCOMPARE(dialog.model()->rowCount(), int(BacktestTableModel::RowCount));
        QVERIFY(dialog.chartView()->isVisible());
        QBarCategoryAxis *categories = nullptr;
        for (QAbstractAxis *axis : dialog.chartView()->chart()->axes(Qt::Horizontal))
            categories = categories ? categories : qobject_cast<QBarCategoryAxis *>(axis);
        QVERIFY(categories);
        QCOMPARE(categories->categories(), (QStringList {u"Red"_s, u"Yellow"_s, u"Green"_s, u"All customers"_s}));
    }

    // Tune searches the thresholds on the same history, stores what it found with the database and checks
    // again; without a database there is no button.
    void tunesAndStores()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"shop.sqlite"_s);
        QVERIFY(Database::open(path));
        // Thresholds far from the best: tuning finds better ones.
        RiskThresholds poor;
        poor.rhythmYellowScore = 90;
        poor.rhythmRedScore = 99;
        poor.valueWeight = 0;
        ReliabilityDialog dialog(varied(), {}, poor, path);
        QSignalSpy checked(&dialog, &ReliabilityDialog::checked);
        QSignalSpy tuned(&dialog, &ReliabilityDialog::tuned);
        QSignalSpy changed(&dialog, &ReliabilityDialog::thresholdsChanged);
        QSignalSpy contacts(&dialog, &ReliabilityDialog::contactsChecked);
        QVERIFY(checked.wait(30000) || checked.count() == 1);
        // The win-back line, from the file's (empty) contact log.
        QVERIFY(contacts.count() == 1 || contacts.wait(30000));
        QVERIFY2(dialog.contactsText().startsWith(u"Win-back: No win-back message has been prepared yet"_s),
            qPrintable(dialog.contactsText()));
        const QPointer<QChart> firstChart = dialog.chartView()->chart();
        QVERIFY(dialog.tuneButton()->isVisibleTo(&dialog));
        QVERIFY(dialog.tuneButton()->isEnabled());
        dialog.tuneButton()->click();
        QVERIFY(!dialog.tuneButton()->isEnabled());
        QVERIFY(tuned.wait(30000) || tuned.count() == 1);
        QVERIFY2(dialog.tuningText().contains(u"Tuning used only the data up to"_s), qPrintable(dialog.tuningText()));
        qInfo("%s", qPrintable(dialog.tuningText()));
        QVERIFY2(dialog.tuningText().contains(u"stored with this database"_s), qPrintable(dialog.tuningText()));
        QCOMPARE(changed.count(), 1);
        auto database = Database::open(path);
        QVERIFY(database);
        const auto thresholds = MetricsRepository::riskThresholds(**database);
        QVERIFY(thresholds);
        QVERIFY(thresholds->rhythmRedScore < 99);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 30000); // checked again with the new thresholds
        QVERIFY2(firstChart.isNull(), "the first check's chart is still alive"); // the second one replaced it
        QVERIFY(dialog.tuneButton()->isEnabled());

        ReliabilityDialog withoutDatabase(business(600), {}, RiskThresholds());
        QVERIFY(!withoutDatabase.tuneButton()->isVisibleTo(&withoutDatabase));
        QSignalSpy done(&withoutDatabase, &ReliabilityDialog::checked);
        QVERIFY(done.wait(30000) || done.count() == 1);
        QVERIFY(withoutDatabase.contactsText().isEmpty()); // no file, no contact log
        QVERIFY(!withoutDatabase.isBusy());
    }

    void saysWhenTheHistoryIsTooShort()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        ReliabilityDialog dialog(business(200), {}, RiskThresholds());
        QSignalSpy checked(&dialog, &ReliabilityDialog::checked);
        QVERIFY(checked.wait(30000) || checked.count() == 1);
        QCOMPARE(dialog.headline(), u"Not enough history to tell yet."_s);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.chartView()->isVisibleTo(&dialog));
    }
};

QTEST_MAIN(TestReliabilityDialog)
#include "tst_reliabilitydialog.moc"
