// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLineSeries>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include "support/chartfixture.h"
#include "support/testcase.h"
#include "views/charts/churnchart.h"
#include "views/charts/heatmapdelegate.h"
#include "views/charts/revenuechart.h"
#include "views/charts/survivalchart.h"

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

// What the panel's last build made: every series, the lines bounding an area, the bar sets and the axes.
QList<QPointer<QObject>> builtObjects(const ChartPanel &panel)
{
    QList<QPointer<QObject>> result;
    for (QChart *chart : panel.charts()) {
        for (QAbstractSeries *series : chart->series()) {
            result.append(series);
            if (auto *area = qobject_cast<QAreaSeries *>(series))
                result << area->upperSeries() << area->lowerSeries();
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    result.append(set);
            }
        }
        for (QAbstractAxis *axis : chart->axes())
            result.append(axis);
    }
    return result;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(45, 45, 48));
    palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
    palette.setColor(QPalette::Base, QColor(30, 30, 32));
    palette.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    palette.setColor(QPalette::Text, QColor(225, 225, 225));
    palette.setColor(QPalette::Button, QColor(50, 50, 54));
    palette.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(239, 239, 239));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

} // namespace

// What every chart panel shares: the theme follows the palette, a rebuild frees the last one, images are
// saved with where their figures come from; and the heatmap's colours, readable on light and dark.
class TestChartPanel : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    // Any warning fails a test, except the offscreen platform's note that it cannot raise the tooltip.

    void themeFollowsThePalette()
    {
        ChurnChart chart;
        chart.setPalette(lightPalette());
        chart.setReport(smallReport());
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
        chart.setPalette(darkPalette());
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart.chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
        // The series are built again after the theme change: lines, bars, two bands and the retention target.
        QCOMPARE(chart.chart()->series().size(), 6);
    }

    // A rebuild (new data, or a palette change) deletes everything the last one made: nothing piles up.
    void rebuildsFreeTheLastBuild_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::newRow("churn, with context bands") << u"churn"_s;
        QTest::newRow("revenue, with movements") << u"revenue"_s;
        QTest::newRow("survival, with a band") << u"survival"_s;
    }

    void rebuildsFreeTheLastBuild()
    {
        QFETCH(QString, panel);
        ChurnChart churn;
        RevenueChart revenue;
        SurvivalChart survival;
        const QHash<QString, ChartPanel *> panels {
            {u"churn"_s, &churn}, {u"revenue"_s, &revenue}, {u"survival"_s, &survival}};
        ChartPanel *chart = panels.value(panel);
        QVERIFY(chart);
        const auto setData = [&] {
            churn.setReport(smallReport());
            revenue.setReport(smallReport(true));
            survival.setCurves({curve(QString())});
        };
        setData();
        const QList<QPointer<QObject>> first = builtObjects(*chart);
        const qsizetype seriesCount = chart->chart()->series().size();
        QVERIFY(seriesCount >= 3);
        QVERIFY(panel == u"revenue"_s || !seriesOf<QAreaSeries>(chart->chart()).isEmpty());
        QList<QPointer<QObject>> last = first;
        for (int i = 0; i < 6; ++i) {
            if (i % 2 == 0)
                setData();
            else
                chart->setPalette(i % 4 == 1 ? darkPalette() : lightPalette());
            for (const QPointer<QObject> &object : std::as_const(last))
                QVERIFY2(object.isNull(), object ? object->metaObject()->className() : "");
            last = builtObjects(*chart);
            QCOMPARE(chart->chart()->series().size(), seriesCount);
            QCOMPARE(last.size(), first.size());
        }
    }

    void savesImages_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("png") << u"png"_s;
        QTest::addRow("svg") << u"svg"_s;
    }

    void savesImages()
    {
        QFETCH(QString, suffix);
        ChurnChart churn;
        churn.setReport(smallReport());
        RevenueChart revenue;
        revenue.setReport(smallReport(true));
        SurvivalChart survival;
        survival.setCurves({curve(QString())});
        const QList<ChartPanel *> panels {&churn, &revenue, &survival};
        for (ChartPanel *panel : panels) {
            panel->resize(900, 450);
            panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(panel));
            const QString path = m_dir.filePath(
                QString::fromLatin1(panel->metaObject()->className()).section(u"::"_s, -1) + u'.' + suffix);
            QVERIFY(panel->saveImage(path));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        QVERIFY(!churn.saveImage(m_dir.filePath(u"chart.unknown"_s)));
    }

    void exportedImagesSayWhereTheFiguresComeFrom()
    {
        ChurnChart churn;
        churn.setReport(smallReport());
        churn.resize(900, 450);
        churn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&churn));
        const int plain = churn.toPixmap().height();
        const QString context = u"shop.sqlite · 1/1/24 to 3/31/24 · as of 3/31/24"_s;
        churn.setExportContext(context);
        QCOMPARE(churn.exportContext(), context);
        // A line more for the context below the title; the chart itself keeps its size.
        QCOMPARE(churn.toPixmap().height(), plain + QFontMetrics(churn.font()).height());
        const QString svg = m_dir.filePath(u"context.svg"_s);
        QVERIFY(churn.saveImage(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"as of 3/31/24"_s));
    }

    void heatmapColorGrowsAwayFromTheBase_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addRow("light") << lightPalette();
        QTest::addRow("dark") << darkPalette();
    }

    void heatmapColorGrowsAwayFromTheBase()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        QCOMPARE(heatmapColor(0.0, palette), base.toRgb());
        QCOMPARE(heatmapColor(-5.0, palette), heatmapColor(0.0, palette));
        QCOMPARE(heatmapColor(140.0, palette), heatmapColor(100.0, palette));
        const auto distance = [&base](const QColor &color) {
            return std::abs(color.redF() - base.redF()) + std::abs(color.greenF() - base.greenF())
                + std::abs(color.blueF() - base.blueF());
        };
        double previous = -1.0;
        for (int percent = 0; percent <= 100; percent += 5) {
            const QColor color = heatmapColor(percent, palette);
            QVERIFY2(distance(color) > previous, qPrintable(QString::number(percent)));
            previous = distance(color);
            const QColor text = heatmapTextColor(color, palette);
            QVERIFY2(contrastRatio(color, text) >= 4.5, qPrintable(QString::number(percent)));
        }
        // Readable text stays in the palette's text colour where that works, at the low end at least.
        QCOMPARE(heatmapTextColor(heatmapColor(10.0, palette), palette), palette.color(QPalette::Text));
    }

    void contrastRatioMatchesWcag_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        QTest::addRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::addRow("same") << QColor(120, 60, 30) << QColor(120, 60, 30) << 1.0;
        QTest::addRow("grey 767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    }

    void contrastRatioMatchesWcag()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY(std::abs(contrastRatio(a, b) - ratio) < 0.01);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
