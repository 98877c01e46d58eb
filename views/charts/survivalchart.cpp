// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/charts/survivalchart.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QAreaSeries>
#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

double monthsOf(double day)
{
    return day / DaysPerMonth;
}

// The step shape of S(t) or of a band bound: flat until the next change, then straight down.
template<typename Value> QList<QPointF> steps(const SurvivalCurve &curve, Value value)
{
    QList<QPointF> points {QPointF(0.0, 100.0)};
    double previous = 100.0;
    for (const SurvivalPoint &point : curve.points) {
        const double next = value(point) * 100.0;
        if (next == previous)
            continue;
        points.append(QPointF(monthsOf(point.day), previous));
        points.append(QPointF(monthsOf(point.day), next));
        previous = next;
    }
    points.append(QPointF(monthsOf(std::max(curve.longestDuration, 1)), previous));
    return points;
}

} // namespace

SurvivalChart::SurvivalChart(QWidget *parent)
    : ChartPanel(parent)
    , m_milestones(new QStandardItemModel(this))
{
    m_table = new QTableView;
    m_table->setModel(m_milestones);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->hide();
    addBelowCharts(m_note);
    addBelowCharts(m_table);
    refresh();
}

void SurvivalChart::setCurves(const QList<SurvivalCurve> &curves)
{
    m_curves = curves;
    refresh();
}

void SurvivalChart::setChurnWindow(int days)
{
    m_note->setText(days > 0 ? tr("Customers without a contract count as lost only after %n day(s) without a sign of "
                                  "life: no curve can fall sooner, and those who never came back all drop at %n "
                                  "day(s).",
                        nullptr, days)
                             : QString());
    m_note->setVisible(days > 0);
}

QString SurvivalChart::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString SurvivalChart::curveName(const SurvivalCurve &curve) const
{
    return curve.group.isEmpty() ? tr("All customers") : curve.group;
}

void SurvivalChart::rebuild()
{
    QChart *chart = this->chart();
    clearChart(chart);
    setTitle(tr("Share of customers still with you, by months since they started"));
    fillMilestones();
    const bool anyone = std::any_of(
        m_curves.cbegin(), m_curves.cend(), [](const SurvivalCurve &curve) { return curve.customers > 0; });
    if (!anyone) {
        showEmptyState(tr("No customers to follow yet. Import orders or contracts to see how long customers stay."));
        return;
    }
    showCharts();

    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const SurvivalCurve &first = m_curves.constFirst();
    if (first.customers > 0) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append(steps(first, [](const SurvivalPoint &point) { return point.upper; }));
        lower->append(steps(first, [](const SurvivalPoint &point) { return point.lower; }));
        auto *band = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its boundary lines: as its children they go when clearChart() deletes it.
        upper->setParent(band);
        lower->setParent(band);
        band->setName(m_curves.size() > 1 ? tr("95 % band (%1)", "confidence band of a curve").arg(curveName(first))
                                          : tr("95 % band", "confidence band"));
        chart->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
        QColor fill = isDark() ? QColor(120, 170, 230) : QColor(40, 90, 160);
        fill.setAlphaF(0.18f);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
    }

    int longest = 1;
    for (int i = 0; i < m_curves.size(); ++i) {
        const SurvivalCurve &curve = m_curves.at(i);
        if (curve.customers == 0)
            continue;
        longest = std::max(longest, curve.longestDuration);
        auto *line = new QLineSeries;
        line->append(steps(curve, [](const SurvivalPoint &point) { return point.survival; }));
        line->setName(curve.medianDays
                ? tr("%1 (median %Ln day(s))", "curve name and median", *curve.medianDays).arg(curveName(curve))
                : curveName(curve));
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        QPen pen = line->pen();
        pen.setWidthF(i == 0 ? 2.5 : 2.0);
        if (i == 0)
            pen.setColor(isDark() ? QColor(120, 170, 230) : QColor(40, 90, 160));
        line->setPen(pen);
        connect(line, &QLineSeries::hovered, this,
            [this, i](const QPointF &point, bool state) { state ? hoverCurve(i, point.x()) : hideHover(); });
    }

    if (first.medianDays) {
        const double x = monthsOf(*first.medianDays);
        auto *median = new QLineSeries;
        const QString months = locale().toString(x, 'f', 1);
        median->setName(m_curves.size() > 1
                ? tr("Median (%1): %2 months", "time until half the customers are gone").arg(curveName(first), months)
                : tr("Median: %1 months", "time until half the customers are gone").arg(months));
        median->append({QPointF(x, 0.0), QPointF(x, 50.0), QPointF(0.0, 50.0)});
        chart->addSeries(median);
        median->attachAxis(xAxis);
        median->attachAxis(yAxis);
        QPen pen(palette().color(QPalette::Text), 1.2, Qt::DashLine);
        median->setPen(pen);
    }

    // Months in steps that match the milestones: quarters, half years or years.
    const double months = monthsOf(longest);
    double step = 1.0;
    for (const double candidate : {1.0, 3.0, 6.0, 12.0, 24.0, 60.0}) {
        step = candidate;
        if (std::ceil(months / candidate - 1e-9) <= 8.0)
            break;
    }
    const double end = std::max(1.0, std::ceil(months / step - 1e-9)) * step;
    xAxis->setRange(0.0, end);
    xAxis->setTickCount(int(std::lround(end / step)) + 1);
    xAxis->setLabelFormat(u"%.0f"_s);
    yAxis->setRange(0.0, 100.0);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(u"%.0f"_s);
    styleAxis(xAxis, tr("Months since becoming a customer", "axis title"));
    styleAxis(yAxis, tr("Still customers (%)", "axis title"));
}

void SurvivalChart::fillMilestones()
{
    m_milestones->clear();
    m_milestones->setColumnCount(MilestoneColumnCount);
    m_milestones->setHorizontalHeaderLabels({tr("Group", "column header: the customers a curve is about"),
        tr("After", "column header: time since start"), tr("Still customers", "column header: survival in percent"),
        tr("Still observed", "column header: customers observed that long")});
    const auto number = [](const QString &text, const QVariant &raw) {
        auto *item = new QStandardItem(text);
        item->setData(raw, RawValueRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (const SurvivalCurve &curve : std::as_const(m_curves)) {
        for (const SurvivalMilestone &milestone : curve.milestones) {
            auto *group = new QStandardItem(curveName(curve));
            auto *time = number(tr("%Ln month(s)", nullptr, milestone.months), milestone.months);
            QStandardItem *survival = milestone.survival
                ? number(percentText(*milestone.survival * 100.0), *milestone.survival * 100.0)
                : number(tr("not observed yet", "survival beyond the longest duration"), QVariant());
            if (!milestone.survival)
                survival->setToolTip(tr("No customer has been with you this long yet."));
            auto *atRisk = number(countText(milestone.atRisk), milestone.atRisk);
            atRisk->setToolTip(tr("Customers who have been with you at least this long"));
            m_milestones->appendRow({group, time, survival, atRisk});
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
    // Room for the four milestones of one curve; more curves scroll.
    const int rows = std::min(m_milestones->rowCount(), 4);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
        + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
}

void SurvivalChart::hoverCurve(int index, double months)
{
    if (index < 0 || index >= m_curves.size())
        return;
    const SurvivalCurve &curve = m_curves.at(index);
    const double day = std::clamp(months * DaysPerMonth, 0.0, double(curve.longestDuration));
    const int wholeDay = int(std::lround(day));
    qint64 atRisk = 0;
    for (const SurvivalPoint &point : curve.points) {
        if (point.day >= wholeDay) {
            atRisk = point.atRisk;
            break;
        }
    }
    showHover(tr("%1\nAfter %Ln day(s) (%2 months): %3 still customers\n%4 customers still observed", nullptr, wholeDay)
                  .arg(curveName(curve), locale().toString(monthsOf(wholeDay), 'f', 1),
                      percentText(curve.survivalAt(wholeDay) * 100.0), countText(atRisk)));
}

} // namespace rd
