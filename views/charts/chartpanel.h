// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QWidget>

#include "metrics/periods.h"

class QAbstractAxis;
class QAction;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QPainter;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;
class QValueAxis;

namespace rd {

// The frame every dashboard chart sits in: a title in words, one or more Qt Charts views (or a sentence
// when there is nothing to draw), and the export actions (PNG, SVG, clipboard) as a menu button and as
// the context menu of the charts. Subclasses are the adapters from the engine's results to Qt Charts, so
// a later move to Qt Graphs stays inside views/charts.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    QChart *chart() const; // the main chart
    QList<QChart *> charts() const; // the main chart first, then any added below it
    QString title() const;
    bool isEmpty() const; // the empty-state sentence is shown instead of the charts
    QString emptyText() const;
    // The text of the last hover tooltip; empty once the pointer has left the value.
    QString hoverText() const { return m_hoverText; }
    QList<QAction *> exportActions() const;
    // The period captions of a category axis as built, whichever of them the axis shows.
    static QStringList allCategoryLabels(QBarCategoryAxis *axis);
    // Long ranges label every n-th period: the smallest calendar-friendly n (1, 2, 3, 4, 6, 12, 13, 26,
    // 52) for which n categories of `room` pixels hold a label `needed` pixels across.
    static int labelStep(double room, double needed);
    // Lines mark each period with a dot up to this many periods; beyond it the dots would hide the line.
    static constexpr int MaxMarkedPeriods = 40;

    // What an exported image says below its title, so that it stands on its own in a document: the
    // database, the range, the as-of day and the segment. The window shows these in its toolbar.
    void setExportContext(const QString &context) { m_exportContext = context; }
    QString exportContext() const { return m_exportContext; }
    // The title and the visible charts as an image; PNG, SVG or another image format by the suffix.
    bool saveImage(const QString &path);
    QPixmap toPixmap();
    // The charts alone (no title), laid out at `layout` pixels and scaled into target: vector output on a
    // PDF or printer painter. For a report that draws its own headings.
    void paintCharts(QPainter *painter, const QRectF &target, const QSize &layout);

public slots:
    void copyToClipboard();
    void saveAsPng();
    void saveAsSvg();

protected:
    void setTitle(const QString &title);
    void showEmptyState(const QString &text);
    void showCharts();
    // Another chart below the main one, with the same theme, actions and size policy.
    QChartView *addChartView();
    void setChartViewVisible(QChart *chart, bool visible);
    // A widget below the charts (a table of the numbers, say), hidden with them in the empty state.
    void addBelowCharts(QWidget *widget);
    // Builds the series and axes from the subclass's data. Qt Charts' theme resets the colours, fonts and
    // pens of series and axes, so after the theme followed a palette change the series are built again.
    virtual void rebuild() = 0;
    // rebuild(), then the legends and the category labels: what subclasses call when their data changes.
    void refresh();

    // Removes every series and axis of the chart and sets it up for the current palette.
    void clearChart(QChart *chart);
    void styleAxis(QAbstractAxis *axis, const QString &title, bool grid = true) const;
    // A hatched band over the categories 0 to lastCategory of a category axis, whose figures cannot be measured
    // yet (the data does not reach back far enough): named in the legend, explained on hover.
    // top: a value above the axis' range (the plot area clips the band to it; far beyond it, the band is not drawn).
    void addNotMeasurableBand(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis, int lastCategory, double top,
        const QString &name, const QString &explanation);
    // A range with round steps that contains [low, high]; whole numbers only when integral.
    static void fitAxis(QValueAxis *axis, double low, double high, bool integral = false);
    bool isDark() const;

    // Texts shared by the charts, in the panel's locale.
    QString percentText(double percent) const;
    QString moneyText(qint64 minor, const QString &currency) const;
    QString countText(qint64 count) const;
    QString periodCaption(const Period &period, PeriodKind kind) const; // "Mar '24", "Q1 2024", "2024-W09"
    QString periodRange(const Period &period) const; // "01.03.24 – 31.03.24"

    void showHover(const QString &text);
    void hideHover();

    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QWidget *frame;
        QChartView *view;
        QLabel *legend;
    };

    Card createCard();
    void translateActions();
    bool m_refreshQueued = false;
    void setExportEnabled(bool enabled); // an empty state is nothing to export
    // Qt Charts' legend cuts long names short and cannot wrap; German names are long, so the legend is a
    // wrapping label below each chart.
    void updateLegends();
    QString legendHtml(QChart *chart) const;
    // Category labels turn when they would not fit side by side (Qt Charts would cut them short), and
    // only every n-th shows when even upright ones would overlap.
    void updateCategoryLabels();
    void applyTheme(QChart *chart) const;
    void paintImage(QPainter *painter, const QSize &size);
    QSize imageSize();
    int titleHeight(int width) const;
    QString suggestedFileName(const QString &suffix) const;
    QString askFileName(const QString &caption, const QString &filter, const QString &suffix);

    QLabel *m_title = nullptr;
    QToolButton *m_menuButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_chartsPage = nullptr;
    QVBoxLayout *m_chartsLayout = nullptr;
    QLabel *m_empty = nullptr;
    QList<Card> m_cards;
    QList<QAction *> m_actions;
    QString m_hoverText;
    QString m_exportContext;
};

} // namespace rd
