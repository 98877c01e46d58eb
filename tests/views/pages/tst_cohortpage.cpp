// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "itemmodels/cohorttablemodel.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/pages/cohortpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestCohortPage : public rd::test::TestCase
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

    void exportsTheHeatMap_data()
    {
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : {"png", "svg", "xlsx", "csv"})
            QTest::newRow(suffix) << QString::fromLatin1(suffix);
    }

    void exportsTheHeatMap()
    {
        QFETCH(QString, suffix);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CohortPage page;
        page.resize(600, 400);
        page.setSnapshot(*m_snapshot);
        const QString path = m_dir.filePath(u"cohorts."_s + suffix);
        const auto written = page.exportTo(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const CohortRow &first = m_snapshot->cohorts.rows.constFirst();
        if (suffix == u"png") {
            const QImage image = QImage::fromData(bytes, "PNG");
            QVERIFY(!image.isNull());
            // The whole table, not only what fits on the page.
            QVERIFY(image.height() > page.view()->horizontalHeader()->height() * 2);
        } else if (suffix == u"svg") {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("still a customer"));
        } else if (suffix == u"xlsx") {
            QVERIFY(bytes.startsWith("PK")); // a zip, as every workbook is
        } else {
            const QStringList lines = QString::fromUtf8(bytes).remove(QChar(0xFEFF)).split(u"\r\n"_s);
            QVERIFY2(lines.at(0).startsWith(u"Cohort,Customers,0,1"_s), qPrintable(lines.at(0)));
            QVERIFY2(lines.at(1).startsWith(u"%1,%2,100,"_s.arg(first.label).arg(first.size)), qPrintable(lines.at(1)));
            QCOMPARE(lines.size() - 1, m_snapshot->cohorts.rows.size() + 1); // a line break after the last row
        }
    }
};

QTEST_MAIN(TestCohortPage)
#include "tst_cohortpage.moc"
