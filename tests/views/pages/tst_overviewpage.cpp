// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <tuple>

#include "support/testcase.h"
#include "views/pages/kpitile.h"
#include "views/pages/overviewpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

// The Overview on data that ends inside a month: the last complete month by default, the month so far a
// click away, and either way the page says which it shows.
class TestOverviewPage : public rd::test::TestCase
{
    Q_OBJECT

private:
    static DashboardSnapshot snapshot(bool endsInside)
    {
        DashboardSnapshot snapshot;
        Report &report = snapshot.report;
        report.options.kind = PeriodKind::Month;
        for (const auto &[start, end, label, revenue] :
            {std::tuple {QDate(2011, 10, 1), QDate(2011, 11, 1), "2011-10", 50000},
                std::tuple {QDate(2011, 11, 1), QDate(2011, 12, 1), "2011-11", 80000},
                std::tuple {QDate(2011, 12, 1), QDate(2012, 1, 1), "2011-12", 10000}}) {
            PeriodFigures figures;
            figures.period = {dayOf(start), dayOf(end), QString::fromLatin1(label)};
            figures.revenueMinor = revenue;
            figures.startCustomers = 10;
            report.periods.append(figures);
        }
        report.periods.last().partial = endsInside;
        snapshot.asOf = dayOf(endsInside ? QDate(2011, 12, 9) : QDate(2011, 12, 31));
        snapshot.currency = u"GBP"_s;
        snapshot.overview = DashboardEngine::overview(report, {});
        snapshot.overviewSoFar = DashboardEngine::overviewSoFar(report, {});
        return snapshot;
    }

    static QString heading(const OverviewPage &page) { return page.findChild<QLabel *>()->text(); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void showsTheLastCompletePeriodFirst()
    {
        OverviewPage page;
        const DashboardSnapshot data = snapshot(true);
        page.setSnapshot(data);
        QVERIFY2(heading(page).startsWith(u"November 2011, as of "_s), qPrintable(heading(page)));
        QVERIFY2(page.noteText().contains(u"December 2011 is not over yet"_s), qPrintable(page.noteText()));
        QVERIFY(page.noteText().contains(u"Show December 2011 so far"_s));
        QVERIFY(!page.showsPeriodSoFar());
        const KpiTile *revenue = page.tiles().at(4);
        QVERIFY2(revenue->findChildren<QLabel *>().size() > 1, "the tile shows its value");

        // The link shows the month so far, said to be incomplete, and back.
        auto *note = page.findChildren<QLabel *>().at(1);
        QCOMPARE(note->text(), page.noteText());
        emit note->linkActivated(u"so-far"_s);
        QVERIFY(page.showsPeriodSoFar());
        QVERIFY2(heading(page).contains(u"incomplete"_s), qPrintable(heading(page)));
        QVERIFY2(page.noteText().contains(u"compared with the whole of November 2011"_s), qPrintable(page.noteText()));
        emit note->linkActivated(u"complete"_s);
        QVERIFY(!page.showsPeriodSoFar());
        QVERIFY(heading(page).startsWith(u"November 2011"_s));

        // The choice stays with the next snapshot.
        page.showPeriodSoFar(true);
        page.setSnapshot(data);
        QVERIFY(heading(page).contains(u"incomplete"_s));
    }

    void completeDataNeedsNoNote()
    {
        OverviewPage page;
        page.showPeriodSoFar(true);
        page.setSnapshot(snapshot(false));
        QVERIFY2(heading(page).startsWith(u"December 2011, as of "_s), qPrintable(heading(page)));
        QVERIFY(page.noteText().isEmpty());
    }

    void saysWhenGuestOrdersAreLeftOut()
    {
        OverviewPage page;
        DashboardSnapshot data = snapshot(false);
        page.setSnapshot(data);
        QCOMPARE(page.coverageText(), QString());
        auto dataset = std::make_shared<Dataset>();
        dataset->guestOrderRows = 135080;
        dataset->guestRevenueMinor = 144712345;
        data.data = dataset;
        page.setSnapshot(data);
        QVERIFY2(page.coverageText().startsWith(
                     u"Revenue and customers count identified customers only: 135,080 order row"_s),
            qPrintable(page.coverageText()));
        QVERIFY2(page.coverageText().endsWith(u"(guest orders, £1,447,123.45) were not imported."_s),
            qPrintable(page.coverageText()));
    }

    // The first thing under the heading: what turned red or yellow since the last look, the first of them with
    // its reason, and a link to them.
    void saysWhatIsNewSinceTheLastLook()
    {
        OverviewPage page;
        QSignalSpy requested(&page, &OverviewPage::newWarningsRequested);
        DashboardSnapshot data = snapshot(false);
        page.setSnapshot(data);
        QVERIFY(page.watchText().isEmpty()); // no look yet

        auto dataset = std::make_shared<Dataset>();
        MetricsCustomer alpha;
        alpha.externalId = u"A"_s;
        alpha.name = u"Alpha <GmbH>"_s;
        dataset->customers = {alpha, MetricsCustomer {}};
        data.data = dataset;
        LightWatch watch;
        watch.look.id = 2;
        data.watch = watch;
        page.setSnapshot(data);
        QVERIFY2(page.watchText().startsWith(u"This was the first look"_s), qPrintable(page.watchText()));

        watch.since = LightLook {
            1, QDateTime(QDate(2011, 12, 30), QTime(9, 0), Qt::UTC), QDate(2011, 12, 30), u"window"_s, 0, 0, 0};
        data.watch = watch;
        page.setSnapshot(data);
        QVERIFY2(page.watchText().startsWith(u"Nothing new since your last look"_s), qPrintable(page.watchText()));

        LightChange red;
        red.customer = 0;
        red.level = RiskLevel::Red;
        red.reasons = {Reason {ReasonCode::Inactive, RiskLevel::Red, {75}}};
        LightChange yellow;
        yellow.customer = 1;
        yellow.level = RiskLevel::Yellow;
        LightChange green;
        green.level = RiskLevel::Green;
        green.previous = RiskLevel::Red;
        watch.alerts = {red, yellow};
        watch.recovered = {green};
        data.watch = watch;
        page.setSnapshot(data);
        const QString text = page.watchText();
        QVERIFY2(text.contains(u"<b>1 turned red</b>, 1 turned yellow, 1 green again."_s), qPrintable(text));
        QVERIFY2(text.contains(u"First: Alpha &lt;GmbH&gt;, no activity for 75 days."_s), qPrintable(text));
        QVERIFY(text.contains(u"<a href=\"new\">"_s));
        QLabel *label = nullptr;
        for (QLabel *child : page.findChildren<QLabel *>()) {
            if (child->text() == text)
                label = child;
        }
        QVERIFY(label);
        emit label->linkActivated(u"new"_s);
        QCOMPARE(requested.count(), 1);
    }

    void aSinglePartialPeriodSaysSo()
    {
        DashboardSnapshot data = snapshot(true);
        data.report.periods.remove(0, 2);
        data.overview = DashboardEngine::overview(data.report, {});
        data.overviewSoFar = DashboardEngine::overviewSoFar(data.report, {});
        OverviewPage page;
        page.setSnapshot(data);
        // Nothing complete to open on: the period so far, called incomplete, and no link to itself.
        QVERIFY2(heading(page).contains(u"incomplete"_s), qPrintable(heading(page)));
        QVERIFY(page.noteText().isEmpty());
        page.showPeriodSoFar(true);
        QVERIFY(heading(page).contains(u"incomplete"_s));
        QVERIFY(page.noteText().isEmpty());
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
