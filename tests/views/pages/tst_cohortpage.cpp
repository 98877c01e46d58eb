// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "itemmodels/cohorttablemodel.h"
#include "support/demofixture.h"
#include "views/pages/cohortpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestCohortPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<DashboardSnapshot> m_snapshot;

private slots:
    void initTestCase()
    {
        auto snapshot = test::demoSnapshot(m_dir.path(), 300);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
        m_snapshot = std::move(snapshot.value());
        QVERIFY(!m_snapshot->cohorts.rows.isEmpty());
    }

    void switchesBetweenCustomersAndRevenue()
    {
        CohortPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.view()->model(), page.model());
        QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);

        page.setSnapshot(*m_snapshot);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(page.mode(), CohortPage::Customers);
        QCOMPARE(page.model()->matrix().mode, m_snapshot->cohorts.mode);
        QCOMPARE(page.model()->rowCount(), m_snapshot->cohorts.rows.size());
        auto *title = page.findChild<QLabel *>();
        QVERIFY(title->text().contains(u"still a customer"_s));

        page.findChild<QComboBox *>()->setCurrentIndex(CohortPage::Returning);
        QCOMPARE(page.mode(), CohortPage::Returning);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(page.model()->matrix().mode, CohortMode::Returning);
        QCOMPARE(page.model()->rowCount(), m_snapshot->returningCohorts.rows.size());
        QVERIFY(title->text().contains(u"ordered or was active"_s));

        page.findChild<QComboBox *>()->setCurrentIndex(CohortPage::Revenue);
        QCOMPARE(page.mode(), CohortPage::Revenue);
        QCOMPARE(reset.count(), 3);
        QCOMPARE(page.model()->matrix().mode, CohortMode::Revenue);
        QCOMPARE(page.model()->rowCount(), m_snapshot->revenueCohorts.rows.size());
        QVERIFY(title->text().contains(u"Revenue"_s));

        // The chosen mode stays with the next snapshot.
        page.setSnapshot(*m_snapshot);
        QCOMPARE(page.model()->matrix().mode, CohortMode::Revenue);
        page.setMode(CohortPage::Customers);
        QCOMPARE(page.model()->matrix().mode, m_snapshot->cohorts.mode);
    }
};

QTEST_MAIN(TestCohortPage)
#include "tst_cohortpage.moc"
