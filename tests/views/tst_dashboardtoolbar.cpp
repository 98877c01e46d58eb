// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "storage/database.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/dashboardtoolbar.h"

using namespace Qt::StringLiterals;
using namespace rd;

// The window's toolbar: what a snapshot was computed for goes in without a signal, the user's choices come
// out as one.
class TestDashboardToolBar : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<DashboardSnapshot> m_snapshot;

    static QComboBox *combo(const DashboardToolBar &bar, int index)
    {
        return bar.findChildren<QComboBox *>().at(index);
    }
    static QDateEdit *dateEdit(const DashboardToolBar &bar, int index)
    {
        return bar.findChildren<QDateEdit *>().at(index);
    }

    // Whether the toolbar shows the widget (its action is visible; the widget itself shows with the bar).
    static bool shown(const DashboardToolBar &bar, QWidget *widget)
    {
        for (QAction *action : bar.actions()) {
            if (bar.widgetForAction(action) == widget)
                return action->isVisible();
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto snapshot = test::demoSnapshot(m_dir.path(), 300);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
        m_snapshot = std::move(snapshot.value());
        QVERIFY(!m_snapshot->segments.isEmpty());
    }

    void showsASnapshotQuietly()
    {
        DashboardToolBar bar;
        QSignalSpy changed(&bar, &DashboardToolBar::changed);
        QSignalSpy from(&bar, &DashboardToolBar::fromChanged);
        bar.showSnapshot(*m_snapshot);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(from.count(), 0);
        QCOMPARE(bar.asOf(), dateOf(m_snapshot->asOf));
        QCOMPARE(bar.from(), dateOf(m_snapshot->report.periods.constFirst().period.start));
        QCOMPARE(dateEdit(bar, 0)->minimumDate(), dateOf(m_snapshot->firstDay));
        QCOMPARE(bar.filter(), CustomerFilter {});
        QComboBox *segment = combo(bar, 1);
        QCOMPARE(segment->count(), m_snapshot->segments.size() + 1);
        QCOMPARE(segment->itemText(0), u"All customers"_s);
        QCOMPARE(segment->itemText(1), m_snapshot->segments.constFirst());
    }

    void userChoicesAreSignalled()
    {
        DashboardToolBar bar;
        bar.showSnapshot(*m_snapshot);
        QSignalSpy changed(&bar, &DashboardToolBar::changed);
        QSignalSpy from(&bar, &DashboardToolBar::fromChanged);

        combo(bar, 1)->setCurrentIndex(1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().segment, m_snapshot->segments.constFirst());

        // The period chosen is remembered for the next start.
        QComboBox *period = combo(bar, 0);
        const int next = (period->currentIndex() + 1) % period->count();
        period->setCurrentIndex(next);
        QCOMPARE(changed.count(), 2);
        const PeriodKind kinds[] = {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year};
        QCOMPARE(bar.period(), kinds[next]);
        QCOMPARE(QSettings().value(u"window/period"_s).toInt(), next);
        QCOMPARE(DashboardToolBar().period(), kinds[next]);

        const QDate earlier = bar.asOf().addDays(-30);
        dateEdit(bar, 1)->setDate(earlier);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(bar.asOf(), earlier);

        const QDate start = bar.from().addMonths(1);
        dateEdit(bar, 0)->setDate(start);
        QCOMPARE(from.count(), 1);
        QCOMPARE(from.at(0).at(0).toDate(), start);
        QCOMPARE(changed.count(), 3);

        // The chosen segment stays chosen when the next snapshot comes.
        bar.showSnapshot(*m_snapshot);
        QCOMPARE(bar.filter().segment, m_snapshot->segments.constFirst());
        QCOMPARE(changed.count(), 3);
    }

    void emptyDatabaseHasNoDays()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QVERIFY(Database::open(path));
        DashboardEngine engine(path);
        auto snapshot = engine.compute(DashboardRequest {});
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
        DashboardToolBar bar;
        bar.showSnapshot(*snapshot);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!dateEdit(bar, i)->isEnabled());
            QCOMPARE(dateEdit(bar, i)->text(), u"—"_s);
        }
        QVERIFY(!combo(bar, 1)->isEnabled());
        // Plan and country show only where the data has them; the segment filter stays, greyed out.
        QVERIFY(shown(bar, combo(bar, 1)));
        QVERIFY(!shown(bar, combo(bar, 2)));
        QVERIFY(!shown(bar, combo(bar, 3)));
    }

    void filtersByPlanAndCountry()
    {
        DashboardSnapshot snapshot = *m_snapshot;
        snapshot.plans = {u"basic"_s, u"pro"_s};
        snapshot.countries = {u"AT"_s, u"CH"_s, u"DE"_s};
        DashboardToolBar bar;
        bar.showSnapshot(snapshot);
        QComboBox *plan = combo(bar, 2);
        QComboBox *country = combo(bar, 3);
        QVERIFY(shown(bar, plan) && plan->isEnabled());
        QVERIFY(shown(bar, country));
        QCOMPARE(plan->count(), 3);
        QCOMPARE(country->count(), 4);
        QSignalSpy changed(&bar, &DashboardToolBar::changed);
        plan->setCurrentIndex(2);
        country->setCurrentIndex(3);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(bar.filter(), (CustomerFilter {QString(), u"pro"_s, u"DE"_s}));
        // Data without plans: the plan filter goes, and with it the choice.
        snapshot.plans.clear();
        bar.showSnapshot(snapshot);
        QVERIFY(!shown(bar, plan));
        QCOMPARE(bar.filter(), (CustomerFilter {QString(), QString(), u"DE"_s}));
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestDashboardToolBar)
#include "tst_dashboardtoolbar.moc"
