// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "itemmodels/lostcustomersmodel.h"
#include "itemmodels/reasonstablemodel.h"
#include "support/demofixture.h"
#include "support/reasonsfixture.h"
#include "support/testcase.h"
#include "views/charts/reasonschart.h"
#include "views/pages/reasonspage.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// The ids of the customers listed, sorted (a customer lost twice is listed twice).
QList<qint64> listedIds(const LostCustomersModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(LostCustomersModel::CustomerIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The ids of the customers behind a row's reason (every reason: nullopt), sorted.
QList<qint64> idsBehind(const Dataset &data, const ReasonsPeriod &row, std::optional<ChurnReason> reason)
{
    QList<qint64> ids;
    for (const ReasonFigures &figures : row.reasons) {
        if (reason && figures.reason != *reason)
            continue;
        for (const LostCustomer &lost : figures.lost)
            ids.append(data.customers.at(lost.customer).id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Every customer lost in the report's range, sorted.
QList<qint64> idsOfRange(const Dataset &data, const ReasonsReport &report)
{
    QList<qint64> ids;
    for (const ReasonsPeriod &row : report.periods)
        ids.append(idsBehind(data, row, std::nullopt));
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 lostInRange(const ReasonsReport &report)
{
    qint64 lost = 0;
    for (const ReasonsPeriod &row : report.periods)
        lost += row.lost;
    return lost;
}

// Where two lists of rows differ, or an empty string.
QString difference(const QList<ReasonsPeriod> &actual, const QList<ReasonsPeriod> &expected)
{
    if (actual.size() != expected.size())
        return u"%1 rows, expected %2"_s.arg(actual.size()).arg(expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const ReasonsPeriod &a = actual.at(i);
        const ReasonsPeriod &e = expected.at(i);
        const QString where = u"row %1 (%2)"_s.arg(i).arg(e.period.label);
        if (a.period.start != e.period.start || a.period.end != e.period.end || a.period.label != e.period.label)
            return where + u": period "_s + a.period.label;
        if (a.lost != e.lost || a.measurable != e.measurable)
            return where + u": lost %1, measurable %2"_s.arg(a.lost).arg(a.measurable);
        if (a.reasons.size() != e.reasons.size())
            return where + u": %1 reasons"_s.arg(a.reasons.size());
        for (qsizetype r = 0; r < a.reasons.size(); ++r) {
            const ReasonFigures &af = a.reasons.at(r);
            const ReasonFigures &ef = e.reasons.at(r);
            if (af.reason != ef.reason || af.customers != ef.customers || af.lostRevenueMinor != ef.lostRevenueMinor
                || af.share != ef.share || af.lost.size() != ef.lost.size())
                return where + u": reason %1 differs"_s.arg(r);
            for (qsizetype c = 0; c < af.lost.size(); ++c) {
                const LostCustomer &al = af.lost.at(c);
                const LostCustomer &el = ef.lost.at(c);
                if (al.customer != el.customer || al.left != el.left || al.lostRevenueMinor != el.lostRevenueMinor
                    || al.said != el.said)
                    return where + u": reason %1, customer %2 differs"_s.arg(r).arg(c);
            }
        }
    }
    return {};
}

// The table of reasons: the page's table whose model is the reasons model.
QTableView *reasonsView(const ReasonsPage &page)
{
    const QList<QTableView *> views = page.findChildren<QTableView *>();
    for (QTableView *view : views) {
        if (view->model() == page.reasonsModel())
            return view;
    }
    return nullptr;
}

} // namespace

// "Why customers leave": the summary, the rows the chart is given in each split, the customers behind a bar, the
// switches of the silent ones and the measure, and the empty state. How the chart draws its rows: TestReasonsChart.
class TestReasonsPage : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<DashboardSnapshot> m_demo;

    const DashboardSnapshot &snapshotNamed(const QString &source) const
    {
        static const DashboardSnapshot small = smallSnapshot();
        return source == u"demo"_s ? *m_demo : small;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the page keeps its split and splitter in QSettings
        QCoreApplication::setOrganizationName(u"RetentionDeskTests"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        auto snapshot = test::demoSnapshot(m_dir.path(), 300);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
        m_demo = std::move(snapshot.value());
        QVERIFY(m_demo->data);
        QVERIFY(!m_demo->reasons.periods.isEmpty());
        // The demo gives about two in three cancelling subscribers a reason: some said something, some nothing.
        const QList<ReasonsPeriod> total = splitReasons(m_demo->reasons, *m_demo->data, ReasonsSplit::Total);
        QCOMPARE(total.size(), 1);
        QVERIFY(total.constFirst().lost > 0);
        QVERIFY(total.constFirst().reasons.at(int(ChurnReason::Unknown)).customers > 0);
        QVERIFY(total.constFirst().reasons.at(int(ChurnReason::Unknown)).customers < total.constFirst().lost);
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void summaryNamesTheLostAndTheSilentShare_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("allSilent");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("asksForReasons");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("English") << english << false
                                 << QStringList {u"7 customers lost in the range shown"_s, u"8,200.00"_s,
                                        u"3 of them (42.9 %) gave no reason"_s}
                                 << false;
        QTest::newRow("German") << german << false
                                << QStringList {u"7 customers lost in the range shown"_s, u"8.200,00"_s,
                                       u"3 of them (42,9 %) gave no reason"_s}
                                << false;
        QTest::newRow("English, all silent")
            << english << true << QStringList {u"7 customers lost"_s, u"7 of them (100.0 %) gave no reason"_s} << true;
        QTest::newRow("German, all silent")
            << german << true << QStringList {u"7 customers lost"_s, u"7 of them (100,0 %) gave no reason"_s} << true;
    }

    void summaryNamesTheLostAndTheSilentShare()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, allSilent);
        QFETCH(QStringList, expected);
        QFETCH(bool, asksForReasons);
        QLocale::setDefault(locale);
        ReasonsPage page;
        QVERIFY(page.summary().isEmpty()); // nothing to say before a snapshot
        page.setSnapshot(smallSnapshot(allSilent));
        const QString summary = page.summary();
        for (const QString &part : std::as_const(expected))
            QVERIFY2(summary.contains(part), qPrintable(summary + u" lacks "_s + part));
        // The summary is the label's text.
        bool shown = false;
        for (const QLabel *label : page.findChildren<QLabel *>())
            shown = shown || label->text() == summary;
        QVERIFY(shown);
        // Where nobody said a word, the page says how to learn why.
        QCOMPARE(summary.contains(u"Import cancellation reasons"_s), asksForReasons);
    }

    void chartShowsTheRowsOfTheSplit_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addColumn<QStringList>("labels"); // the rows' labels, where known
        QTest::newRow("small, by period")
            << u"small"_s << ReasonsSplit::Period << QStringList {u"2024-01"_s, u"2024-02"_s, u"2024-03"_s};
        QTest::newRow("small, by segment")
            << u"small"_s << ReasonsSplit::Segment << QStringList {u"Retail"_s, u"Wholesale"_s, QString()};
        QTest::newRow("small, by plan") << u"small"_s << ReasonsSplit::Plan
                                        << QStringList {u"Basic"_s, u"Pro"_s, QString()};
        QTest::newRow("demo, by period") << u"demo"_s << ReasonsSplit::Period << QStringList();
        QTest::newRow("demo, by segment") << u"demo"_s << ReasonsSplit::Segment << QStringList();
        QTest::newRow("demo, by plan") << u"demo"_s << ReasonsSplit::Plan << QStringList();
    }

    void chartShowsTheRowsOfTheSplit()
    {
        QFETCH(QString, source);
        QFETCH(ReasonsSplit, split);
        QFETCH(QStringList, labels);
        const DashboardSnapshot &snapshot = snapshotNamed(source);
        ReasonsPage page;
        // Away from the split first, so that setSplit() has something to change.
        page.setSplit(split == ReasonsSplit::Period ? ReasonsSplit::Plan : ReasonsSplit::Period);
        page.setSnapshot(snapshot);
        page.setSplit(split);
        QCOMPARE(page.split(), split);
        QCOMPARE(page.findChild<QComboBox *>()->currentData().toInt(), int(split));

        const QList<ReasonsPeriod> expected = splitReasons(snapshot.reasons, *snapshot.data, split);
        QVERIFY(!expected.isEmpty());
        const QList<ReasonsPeriod> &rows = page.chart()->rows();
        const QString differs = difference(rows, expected);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        if (!labels.isEmpty()) {
            QStringList actual;
            for (const ReasonsPeriod &row : rows)
                actual.append(row.period.label);
            QCOMPARE(actual, labels);
        }

        // The chart draws them (its bars and captions: TestReasonsChart::barsFollowTheRows).
        QVERIFY(!page.chart()->isEmpty());
    }

    void aBarListsTheCustomersBehindIt_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addColumn<int>("row");
        QTest::addColumn<ChurnReason>("reason");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("February, price") << ReasonsSplit::Period << 1 << ChurnReason::Price << QList<qint64> {102};
        QTest::newRow("January, silent") << ReasonsSplit::Period << 0 << ChurnReason::Unknown << QList<qint64> {103};
        QTest::newRow("March, price: nobody") << ReasonsSplit::Period << 2 << ChurnReason::Price << QList<qint64> {};
        QTest::newRow("Retail, price") << ReasonsSplit::Segment << 0 << ChurnReason::Price << QList<qint64> {101, 102};
        QTest::newRow("Wholesale, silent")
            << ReasonsSplit::Segment << 1 << ChurnReason::Unknown << QList<qint64> {103, 107};
        QTest::newRow("no plan, service") << ReasonsSplit::Plan << 2 << ChurnReason::Service << QList<qint64> {106};
        QTest::newRow("Pro, competitor") << ReasonsSplit::Plan << 1 << ChurnReason::Competitor << QList<qint64> {104};
    }

    void aBarListsTheCustomersBehindIt()
    {
        QFETCH(ReasonsSplit, split);
        QFETCH(int, row);
        QFETCH(ChurnReason, reason);
        QFETCH(QList<qint64>, ids);
        ReasonsPage page;
        QAbstractItemModelTester customersTester(
            page.customersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester reasonsTester(
            page.reasonsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setSnapshot(smallSnapshot());
        page.setSplit(split);
        QTableView *view = reasonsView(page);
        QVERIFY(view);
        QSignalSpy clicked(page.chart(), &ReasonsChart::barClicked);
        QSignalSpy reset(page.customersModel(), &QAbstractItemModel::modelReset);

        emit page.chart()->barClicked(row, int(reason));
        QCOMPARE(clicked.count(), 1);
        QVERIFY(reset.count() >= 1);
        QCOMPARE(listedIds(*page.customersModel()), ids);
        QCOMPARE(page.customersModel()->reason(), std::optional<ChurnReason>(reason));
        // Every customer listed is one of that reason.
        for (int i = 0; i < page.customersModel()->rowCount(); ++i)
            QCOMPARE(page.customersModel()
                         ->index(i, LostCustomersModel::ReasonColumn)
                         .data(LostCustomersModel::RawValueRole)
                         .toInt(),
                int(reason));
        // The table beside shows that row's reasons, that reason selected.
        const ReasonsPeriod &shown = page.chart()->rows().at(row);
        QCOMPARE(page.reasonsModel()->reasons().period.label, shown.period.label);
        QCOMPARE(page.reasonsModel()->reasons().lost, shown.lost);
        QCOMPARE(view->currentIndex().data(ReasonsTableModel::ReasonRole).toInt(), int(reason));
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().data(ReasonsTableModel::ReasonRole).toInt(), int(reason));
        QVERIFY2(page.tableTitle().contains(page.chart()->rowCaption(row)), qPrintable(page.tableTitle()));
        QVERIFY2(page.behindTitle().startsWith(u"The customers behind it: %1 lost, "_s.arg(ids.size())),
            qPrintable(page.behindTitle()));

        // Another reason chosen in the table lists its customers, of the same row.
        const ChurnReason other = reason == ChurnReason::Unknown ? ChurnReason::Price : ChurnReason::Unknown;
        view->setCurrentIndex(page.reasonsModel()->index(int(other), 0));
        QCOMPARE(page.customersModel()->reason(), std::optional<ChurnReason>(other));
        QCOMPARE(listedIds(*page.customersModel()), idsBehind(*smallSnapshot().data, shown, other));
        QCOMPARE(page.reasonsModel()->reasons().period.label, shown.period.label);
    }

    // Every bar of the demo business, in every split, lists exactly its customers.
    void everyDemoBarListsItsCustomers_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::newRow("by period") << ReasonsSplit::Period;
        QTest::newRow("by segment") << ReasonsSplit::Segment;
        QTest::newRow("by plan") << ReasonsSplit::Plan;
    }

    void everyDemoBarListsItsCustomers()
    {
        QFETCH(ReasonsSplit, split);
        ReasonsPage page;
        page.setSnapshot(*m_demo);
        page.setSplit(split);
        QTableView *view = reasonsView(page);
        QVERIFY(view);
        const QList<ReasonsPeriod> rows = splitReasons(m_demo->reasons, *m_demo->data, split);
        int bars = 0;
        for (int row = 0; row < rows.size(); ++row) {
            for (ChurnReason reason : ChurnReasons) {
                if (rows.at(row).reasons.at(int(reason)).customers == 0)
                    continue;
                ++bars;
                emit page.chart()->barClicked(row, int(reason));
                QCOMPARE(listedIds(*page.customersModel()), idsBehind(*m_demo->data, rows.at(row), reason));
                QCOMPARE(page.reasonsModel()->reasons().lost, rows.at(row).lost);
                QCOMPARE(view->currentIndex().data(ReasonsTableModel::ReasonRole).toInt(), int(reason));
            }
        }
        QVERIFY(bars > 1);
    }

    void theWholeRangeListsEveryone()
    {
        const DashboardSnapshot snapshot = smallSnapshot();
        ReasonsPage page;
        page.setSnapshot(snapshot);
        page.setSplit(ReasonsSplit::Segment);
        emit page.chart()->barClicked(0, int(ChurnReason::Price));
        QCOMPARE(page.customersModel()->rowCount(), 2);

        page.showBehind(-1, std::nullopt);
        const QList<qint64> everyone {101, 102, 103, 104, 105, 106, 107};
        QCOMPARE(idsOfRange(*snapshot.data, snapshot.reasons), everyone);
        QCOMPARE(listedIds(*page.customersModel()), everyone);
        QVERIFY(!page.customersModel()->reason());
        QCOMPARE(page.reasonsModel()->reasons().lost, qint64(7));
        QCOMPARE(page.tableTitle(), u"All lost customers of the range, by reason"_s);
        QVERIFY2(page.behindTitle().startsWith(u"The customers behind it: all 7 lost, in the whole range."_s),
            qPrintable(page.behindTitle()));

        // The demo business too.
        page.setSnapshot(*m_demo);
        page.showBehind(-1, std::nullopt);
        QCOMPARE(listedIds(*page.customersModel()), idsOfRange(*m_demo->data, m_demo->reasons));
    }

    // The bug that was fixed: the table of reasons showed 0 lost for the whole range after a new snapshot.
    void aSnapshotShowsTheWholeRangesReasons_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::newRow("by period") << ReasonsSplit::Period;
        QTest::newRow("by segment") << ReasonsSplit::Segment;
        QTest::newRow("by plan") << ReasonsSplit::Plan;
    }

    void aSnapshotShowsTheWholeRangesReasons()
    {
        QFETCH(ReasonsSplit, split);
        ReasonsPage page;
        QSignalSpy reset(page.reasonsModel(), &QAbstractItemModel::modelReset);
        page.setSplit(split);
        page.setSnapshot(smallSnapshot());
        QVERIFY(reset.count() >= 1);
        QCOMPARE(page.reasonsModel()->reasons().lost, qint64(7));
        QCOMPARE(page.reasonsModel()->rowCount(), int(std::size(ChurnReasons)));
        qint64 listed = 0;
        for (int row = 0; row < page.reasonsModel()->rowCount(); ++row)
            listed += page.reasonsModel()
                          ->index(row, ReasonsTableModel::CustomersColumn)
                          .data(ReasonsTableModel::RawValueRole)
                          .toLongLong();
        QCOMPARE(listed, qint64(7));
        QCOMPARE(page.customersModel()->rowCount(), 7);

        // A new snapshot replaces the figures, also after a bar was clicked.
        emit page.chart()->barClicked(0, int(ChurnReason::Unknown));
        page.setSnapshot(*m_demo);
        const qint64 demoLost = splitReasons(m_demo->reasons, *m_demo->data, ReasonsSplit::Total).constFirst().lost;
        QCOMPARE(demoLost, lostInRange(m_demo->reasons));
        QCOMPARE(page.reasonsModel()->reasons().lost, demoLost);
        QCOMPARE(page.customersModel()->rowCount(), int(demoLost));
        QVERIFY(!page.customersModel()->reason());

        // And back to a range where nobody was lost: 0, not the demo's figures.
        page.setSnapshot(nobodyLostSnapshot());
        QCOMPARE(page.reasonsModel()->reasons().lost, qint64(0));
        QCOMPARE(page.customersModel()->rowCount(), 0);
    }

    void theSilentOnesCanBeLeftOut()
    {
        ReasonsPage page;
        page.setSnapshot(smallSnapshot());
        page.setSplit(ReasonsSplit::Period);
        auto *silent = page.findChild<QCheckBox *>();
        QVERIFY(silent);
        QVERIFY(silent->isChecked());
        QVERIFY(page.chart()->showsSilent());

        // The box switches the chart's grey bars (the bars themselves: TestReasonsChart).
        silent->setChecked(false);
        QVERIFY(!page.chart()->showsSilent());
        // The figures behind the chart stay: only the bars go.
        QCOMPARE(page.chart()->rows().at(0).reasons.at(int(ChurnReason::Unknown)).customers, qint64(1));

        silent->setChecked(true);
        QVERIFY(page.chart()->showsSilent());
    }

    void measuresLostRevenue()
    {
        ReasonsPage page;
        page.setSnapshot(smallSnapshot());
        page.setSplit(ReasonsSplit::Segment);
        QComboBox *measure = nullptr;
        for (QComboBox *box : page.findChildren<QComboBox *>()) {
            if (box->findText(u"Lost revenue"_s) >= 0)
                measure = box;
        }
        QVERIFY(measure);
        QCOMPARE(page.chart()->measure(), ReasonsChart::Measure::Customers);
        measure->setCurrentIndex(measure->findText(u"Lost revenue"_s));
        // The chart counts the revenue (its title and bars: TestReasonsChart::measuresLostRevenue).
        QCOMPARE(page.chart()->measure(), ReasonsChart::Measure::LostRevenue);
    }

    void theSegmentColumnNeedsSegments_data()
    {
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<bool>("hidden");
        QTest::newRow("no segments") << QStringList() << true;
        QTest::newRow("segments") << QStringList {u"Retail"_s, u"Wholesale"_s} << false;
    }

    void theSegmentColumnNeedsSegments()
    {
        QFETCH(QStringList, segments);
        QFETCH(bool, hidden);
        ReasonsPage page;
        DashboardSnapshot snapshot = smallSnapshot();
        // The other way first: the column follows each snapshot.
        snapshot.segments = hidden ? QStringList {u"Retail"_s} : QStringList();
        page.setSnapshot(snapshot);
        QCOMPARE(page.customersView()->isColumnHidden(LostCustomersModel::SegmentColumn), !hidden);
        snapshot.segments = segments;
        page.setSnapshot(snapshot);
        QCOMPARE(page.customersView()->isColumnHidden(LostCustomersModel::SegmentColumn), hidden);
        QVERIFY(!page.customersView()->isColumnHidden(LostCustomersModel::NameColumn));
    }

    void saysWhenNobodyWasLost_data()
    {
        QTest::addColumn<bool>("withSnapshot");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("emptyText");
        QTest::newRow("nobody lost") << true << u"No customer was lost in this range."_s
                                     << u"No customer was lost in this range."_s;
        QTest::newRow("no data yet") << false << QString()
                                     << u"No data for this period. Import orders or choose a longer period."_s;
    }

    void saysWhenNobodyWasLost()
    {
        QFETCH(bool, withSnapshot);
        QFETCH(QString, summary);
        QFETCH(QString, emptyText);
        ReasonsPage page;
        // A snapshot with lost customers first: the empty one must replace what it showed.
        page.setSnapshot(smallSnapshot());
        QVERIFY(!page.chart()->isEmpty());
        page.setSnapshot(withSnapshot ? nobodyLostSnapshot() : DashboardSnapshot {});
        QCOMPARE(page.summary(), summary);
        QVERIFY(page.chart()->isEmpty());
        QCOMPARE(page.chart()->emptyText(), emptyText);
        QCOMPARE(page.customersModel()->rowCount(), 0);
        QCOMPARE(page.reasonsModel()->reasons().lost, qint64(0));
    }
};

QTEST_MAIN(TestReasonsPage)
#include "tst_reasonspage.moc"
