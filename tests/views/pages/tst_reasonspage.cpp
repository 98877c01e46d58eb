// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <algorithm>
#include <set>

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/dashboardengine.h"
#include "itemmodels/lostcustomersmodel.h"
#include "itemmodels/reasonstablemodel.h"
#include "support/chartfixture.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/charts/reasonschart.h"
#include "views/pages/reasonspage.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Eight customers; seven of them lost over three months, three of them without a word:
//   January:  Anna (price), Carla (silent)
//   February: Bruno (price), Dieter (competitor), Eva (silent)
//   March:    Felix (service), Greta (silent)
// Segments: Retail Anna, Bruno, Felix; Wholesale Carla, Dieter, Greta; none Eva.
// Plans: Basic Anna, Carla, Eva; Pro Bruno, Dieter, Greta; none Felix. Hugo stays.
std::shared_ptr<Dataset> smallDataset()
{
    auto data = std::make_shared<Dataset>();
    struct Row
    {
        qint64 id;
        const char *name;
        const char *segment;
        const char *plan;
    };
    for (const Row &row : {Row {101, "Anna Bakery", "Retail", "Basic"}, Row {102, "Bruno Builders", "Retail", "Pro"},
             Row {103, "Carla Cafe", "Wholesale", "Basic"}, Row {104, "Dieter Druck", "Wholesale", "Pro"},
             Row {105, "Eva Events", "", "Basic"}, Row {106, "Felix Farm", "Retail", ""},
             Row {107, "Greta Glas", "Wholesale", "Pro"}, Row {108, "Hugo Haus", "Retail", "Basic"}}) {
        MetricsCustomer customer;
        customer.id = row.id;
        customer.externalId = u"C%1"_s.arg(row.id);
        customer.name = QString::fromLatin1(row.name);
        customer.segment = QString::fromLatin1(row.segment);
        customer.plan = QString::fromLatin1(row.plan);
        data->customers.append(customer);
    }
    data->currency = u"EUR"_s;
    return data;
}

void addLost(ReasonsReport &report, int period, int customer, ChurnReason reason, QDate left, qint64 revenue,
    const QString &said = {})
{
    ReasonsPeriod &row = report.periods[period];
    ++row.lost;
    ReasonFigures &figures = row.reasons[int(reason)];
    ++figures.customers;
    figures.lostRevenueMinor += revenue;
    figures.lost.append(LostCustomer {customer, dayOf(left), revenue, said});
}

// The three months of smallDataset(); with allSilent nobody gave a reason. 8,200.00 EUR lost in all.
ReasonsReport smallReport(bool allSilent = false)
{
    ReasonsReport report;
    report.asOf = dayOf(QDate(2024, 3, 31));
    for (const Period &period : periodsBetween(PeriodKind::Month, QDate(2024, 1, 1), QDate(2024, 3, 31))) {
        ReasonsPeriod row;
        row.period = period;
        for (ChurnReason reason : ChurnReasons)
            row.reasons.append(ReasonFigures {reason, 0, 0, std::nullopt, {}});
        report.periods.append(row);
    }
    const auto said = [allSilent](ChurnReason reason) { return allSilent ? ChurnReason::Unknown : reason; };
    addLost(report, 0, 0, said(ChurnReason::Price), QDate(2024, 1, 10), 120000, u"too expensive"_s);
    addLost(report, 0, 2, ChurnReason::Unknown, QDate(2024, 1, 20), 50000);
    addLost(report, 1, 1, said(ChurnReason::Price), QDate(2024, 2, 5), 240000, u"Preis"_s);
    addLost(report, 1, 3, said(ChurnReason::Competitor), QDate(2024, 2, 14), 300000, u"switched"_s);
    addLost(report, 1, 4, ChurnReason::Unknown, QDate(2024, 2, 20), 10000);
    addLost(report, 2, 5, said(ChurnReason::Service), QDate(2024, 3, 3), 80000, u"support slow"_s);
    addLost(report, 2, 6, ChurnReason::Unknown, QDate(2024, 3, 25), 20000);
    for (ReasonsPeriod &row : report.periods) {
        for (ReasonFigures &figures : row.reasons)
            figures.share = row.lost > 0 ? std::optional<double>(100.0 * double(figures.customers) / double(row.lost))
                                         : std::nullopt;
    }
    return report;
}

DashboardSnapshot smallSnapshot(bool allSilent = false)
{
    DashboardSnapshot snapshot;
    snapshot.data = smallDataset();
    snapshot.reasons = smallReport(allSilent);
    snapshot.asOf = snapshot.reasons.asOf;
    snapshot.currency = u"EUR"_s;
    snapshot.request.kind = PeriodKind::Month;
    snapshot.segments = {u"Retail"_s, u"Wholesale"_s};
    snapshot.plans = {u"Basic"_s, u"Pro"_s};
    return snapshot;
}

// Nobody lost in the three months.
DashboardSnapshot nobodyLostSnapshot()
{
    DashboardSnapshot snapshot = smallSnapshot();
    for (ReasonsPeriod &row : snapshot.reasons.periods) {
        row.lost = 0;
        for (ReasonFigures &figures : row.reasons)
            figures = ReasonFigures {figures.reason, 0, 0, std::nullopt, {}};
    }
    return snapshot;
}

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

QStackedBarSeries *stackOf(ReasonsChart *chart)
{
    const QList<QStackedBarSeries *> stacks = test::seriesOf<QStackedBarSeries>(chart->chart());
    return stacks.size() == 1 ? stacks.constFirst() : nullptr;
}

QStringList barSetLabels(ReasonsChart *chart)
{
    QStringList labels;
    if (QStackedBarSeries *stack = stackOf(chart)) {
        const QList<QBarSet *> sets = stack->barSets();
        for (QBarSet *set : sets)
            labels.append(set->label());
    }
    return labels;
}

QAreaSeries *notMeasurableBand(ReasonsChart *chart)
{
    const QList<QAreaSeries *> areas = test::seriesOf<QAreaSeries>(chart->chart());
    for (QAreaSeries *area : areas) {
        if (area->name() == u"Not measurable yet"_s)
            return area;
    }
    return nullptr;
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

// "Why customers leave": the summary, the chart's rows in each split, the customers behind a bar, the silent
// ones on and off, the hatched periods that cannot be measured yet and the empty state.
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

        // One category per row, captioned as the chart names its rows, and a bar per reason given.
        QVERIFY(!page.chart()->isEmpty());
        QStackedBarSeries *stack = stackOf(page.chart());
        QVERIFY(stack);
        const auto axes = page.chart()->chart()->axes(Qt::Horizontal, stack);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QBarCategoryAxis *>(axes.constFirst());
        QVERIFY(axis);
        const QStringList captions = ChartPanel::allCategoryLabels(axis);
        QCOMPARE(captions.size(), rows.size());
        for (int row = 0; row < rows.size(); ++row)
            QCOMPARE(captions.at(row), page.chart()->rowCaption(row));
        if (split == ReasonsSplit::Segment && labels.contains(QString()))
            QCOMPARE(captions.constLast(), u"(no segment)"_s);
        if (split == ReasonsSplit::Plan && labels.contains(QString()))
            QCOMPARE(captions.constLast(), u"(no plan)"_s);
        const QList<QBarSet *> sets = stack->barSets();
        QVERIFY(!sets.isEmpty());
        for (QBarSet *set : sets) {
            std::optional<ChurnReason> reason;
            for (ChurnReason candidate : ChurnReasons) {
                if (ReasonClassifier::name(candidate) == set->label())
                    reason = candidate;
            }
            QVERIFY2(reason, qPrintable(set->label()));
            QCOMPARE(qsizetype(set->count()), rows.size());
            for (int row = 0; row < rows.size(); ++row)
                QCOMPARE(set->at(row), double(rows.at(row).reasons.at(int(*reason)).customers));
        }
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
        const QString unknown = ReasonClassifier::name(ChurnReason::Unknown);
        const QStringList given {ReasonClassifier::name(ChurnReason::Price),
            ReasonClassifier::name(ChurnReason::Competitor), ReasonClassifier::name(ChurnReason::Service)};
        QCOMPARE(barSetLabels(page.chart()), given + QStringList {unknown});

        silent->setChecked(false);
        QVERIFY(!page.chart()->showsSilent());
        QCOMPARE(barSetLabels(page.chart()), given);
        // The figures behind the chart stay: only the bars go.
        QCOMPARE(page.chart()->rows().at(0).reasons.at(int(ChurnReason::Unknown)).customers, qint64(1));

        silent->setChecked(true);
        QCOMPARE(barSetLabels(page.chart()), given + QStringList {unknown});
    }

    void unmeasurablePeriodsAreHatched_data()
    {
        QTest::addColumn<ReasonsSplit>("split");
        QTest::addColumn<QList<int>>("unmeasurable");
        QTest::addColumn<double>("bandEnd"); // where the band ends on the category axis; 0 for no band
        QTest::newRow("first period") << ReasonsSplit::Period << QList<int> {0} << 0.5;
        QTest::newRow("first two periods") << ReasonsSplit::Period << QList<int> {0, 1} << 1.5;
        QTest::newRow("every period measurable") << ReasonsSplit::Period << QList<int> {} << 0.0;
        QTest::newRow("not by segment") << ReasonsSplit::Segment << QList<int> {0} << 0.0;
    }

    void unmeasurablePeriodsAreHatched()
    {
        QFETCH(ReasonsSplit, split);
        QFETCH(QList<int>, unmeasurable);
        QFETCH(double, bandEnd);
        QList<ReasonsPeriod> rows = smallReport().periods;
        for (int row : std::as_const(unmeasurable))
            rows[row].measurable = false;
        ReasonsChart chart;
        chart.setReasons(rows, split, PeriodKind::Month, dayOf(QDate(2024, 3, 31)), u"EUR"_s);
        QVERIFY(!chart.isEmpty());
        QAreaSeries *band = notMeasurableBand(&chart);
        if (bandEnd == 0.0) {
            QVERIFY(!band);
            return;
        }
        QVERIFY(band);
        QCOMPARE(band->brush().style(), Qt::BDiagPattern);
        QCOMPARE(band->upperSeries()->count(), 2);
        QCOMPARE(band->upperSeries()->at(0).x(), -0.5);
        QCOMPARE(band->upperSeries()->at(1).x(), bandEnd);
        QCOMPARE(band->lowerSeries()->at(0).y(), 0.0);
        // The bars are still drawn beside it.
        QVERIFY(stackOf(&chart));

        // Measurable again: the band goes.
        chart.setReasons(smallReport().periods, split, PeriodKind::Month, dayOf(QDate(2024, 3, 31)), u"EUR"_s);
        QVERIFY(!notMeasurableBand(&chart));
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
        QCOMPARE(page.chart()->measure(), ReasonsChart::Measure::LostRevenue);
        QCOMPARE(page.chart()->title(), u"Lost revenue by reason and segment"_s);
        QStackedBarSeries *stack = stackOf(page.chart());
        QVERIFY(stack);
        QBarSet *price = stack->barSets().constFirst();
        QCOMPARE(price->label(), ReasonClassifier::name(ChurnReason::Price));
        QCOMPARE(price->at(0), 3600.0); // Anna and Bruno, Retail: 1,200.00 and 2,400.00 EUR
        QCOMPARE(price->at(1), 0.0);
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
        QVERIFY(test::seriesOf<QStackedBarSeries>(page.chart()->chart()).isEmpty());
        QCOMPARE(page.customersModel()->rowCount(), 0);
        QCOMPARE(page.reasonsModel()->reasons().lost, qint64(0));
    }
};

QTEST_MAIN(TestReasonsPage)
#include "tst_reasonspage.moc"
