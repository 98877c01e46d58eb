// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/charts/chartpanel.h"

#include <array>
#include <cmath>

#include <QAbstractBarSeries>
#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/money.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
// The dynamic property on a category axis that keeps every period's caption while only some show.
constexpr char AllLabelsProperty[] = "rdAllLabels";
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *png = new QAction(this);
    connect(png, &QAction::triggered, this, &ChartPanel::saveAsPng);
    auto *svg = new QAction(this);
    connect(svg, &QAction::triggered, this, &ChartPanel::saveAsSvg);
    auto *copy = new QAction(this);
    connect(copy, &QAction::triggered, this, &ChartPanel::copyToClipboard);
    m_actions = {png, svg, copy};

    m_menuButton = new QToolButton(this);
    translateActions();
    m_menuButton->setIcon(QIcon::fromTheme(u"document-save"_s));
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    auto *menu = new QMenu(m_menuButton);
    menu->addActions(m_actions);
    m_menuButton->setMenu(menu);

    m_stack = new QStackedWidget(this);
    m_chartsPage = new QWidget(m_stack);
    m_chartsLayout = new QVBoxLayout(m_chartsPage);
    m_chartsLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_chartsPage);
    m_stack->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_menuButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    m_cards.append(createCard());
    m_chartsLayout->addWidget(m_cards.constFirst().frame, 1);
    setMinimumSize(320, 220);
}

ChartPanel::~ChartPanel() = default;

ChartPanel::Card ChartPanel::createCard()
{
    // The chart and its legend on the palette's base colour, like a card on the window.
    auto *frame = new QWidget(m_chartsPage);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *view = new QChartView(new QChart, frame);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions(m_actions);
    view->setMinimumHeight(200);
    auto *legend = new QLabel(frame);
    legend->setWordWrap(true);
    legend->setAlignment(Qt::AlignHCenter);
    legend->setTextFormat(Qt::RichText);
    legend->setContentsMargins(8, 0, 8, 6);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view, 1);
    layout->addWidget(legend);
    applyTheme(view->chart());
    connect(view->chart(), &QChart::plotAreaChanged, this, &ChartPanel::updateCategoryLabels);
    return {frame, view, legend};
}

QChartView *ChartPanel::addChartView()
{
    const Card card = createCard();
    m_cards.append(card);
    m_chartsLayout->addWidget(card.frame, 1);
    return card.view;
}

void ChartPanel::setChartViewVisible(QChart *chart, bool visible)
{
    for (const Card &card : std::as_const(m_cards)) {
        if (card.view->chart() == chart)
            card.frame->setVisible(visible);
    }
}

void ChartPanel::addBelowCharts(QWidget *widget)
{
    widget->setParent(m_chartsPage);
    m_chartsLayout->addWidget(widget, 0);
}

QChart *ChartPanel::chart() const
{
    return m_cards.constFirst().view->chart();
}

QList<QChart *> ChartPanel::charts() const
{
    QList<QChart *> result;
    for (const Card &card : m_cards)
        result.append(card.view->chart());
    return result;
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

bool ChartPanel::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartPanel::emptyText() const
{
    return isEmpty() ? m_empty->text() : QString();
}

QList<QAction *> ChartPanel::exportActions() const
{
    return m_actions;
}

void ChartPanel::showEmptyState(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    setExportEnabled(false);
    hideHover();
}

void ChartPanel::showCharts()
{
    m_stack->setCurrentWidget(m_chartsPage);
    m_empty->clear(); // a hidden message would outlive a change of language
    setExportEnabled(true);
}

void ChartPanel::setExportEnabled(bool enabled)
{
    m_menuButton->setEnabled(enabled);
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

bool ChartPanel::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ChartPanel::applyTheme(QChart *chart) const
{
    const QPalette &pal = palette();
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme paints its own background; the system palette decides instead.
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale());
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->hide();
}

void ChartPanel::clearChart(QChart *chart)
{
    hideHover();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
    applyTheme(chart);
}

void ChartPanel::addNotMeasurableBand(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis, int lastCategory,
    double top, const QString &name, const QString &explanation)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->append({QPointF(-0.5, top), QPointF(lastCategory + 0.5, top)});
    lower->append({QPointF(-0.5, 0), QPointF(lastCategory + 0.5, 0)});
    auto *area = new QAreaSeries(upper, lower);
    // QAreaSeries does not own its boundary lines: as its children they go when clearChart() deletes it.
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    chart->addSeries(area);
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);
    QColor hatch = palette().color(QPalette::Text);
    hatch.setAlphaF(0.25f);
    area->setBrush(QBrush(hatch, Qt::BDiagPattern));
    area->setPen(Qt::NoPen);
    connect(area, &QAreaSeries::hovered, this,
        [this, explanation](const QPointF &, bool state) { state ? showHover(explanation) : hideHover(); });
}

void ChartPanel::styleAxis(QAbstractAxis *axis, const QString &title, bool grid) const
{
    const QColor text = palette().color(QPalette::Text);
    axis->setTitleText(title);
    axis->setTitleFont(font());
    axis->setTitleBrush(text);
    axis->setLabelsFont(font());
    axis->setLabelsColor(text);
    axis->setGridLineVisible(grid);
    axis->setMinorGridLineVisible(false);
}

void ChartPanel::fitAxis(QValueAxis *axis, double low, double high, bool integral)
{
    if (!(high > low))
        high = low + 1.0;
    // Steps of 1, 2 and 5 times a power of ten, the smallest that needs at most six intervals.
    double magnitude = std::pow(10.0, std::floor(std::log10((high - low) / 6.0)));
    double step = magnitude;
    double from = 0.0;
    double to = 0.0;
    for (int i = 0;; ++i) {
        step = magnitude * std::array {1.0, 2.0, 5.0}[i % 3] * std::pow(10.0, i / 3);
        if (integral && step < 1.0)
            continue;
        from = std::floor(low / step + 1e-9) * step;
        to = std::ceil(high / step - 1e-9) * step;
        if ((to - from) / step <= 6.0 + 1e-9)
            break;
    }
    if (to - from < 2.0 * step)
        to = from + 2.0 * step;
    axis->setRange(from, to);
    axis->setTickCount(int(std::lround((to - from) / step)) + 1);
    const int decimals = step >= 1.0 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    axis->setLabelFormat(u"%."_s + QString::number(decimals) + u"f"_s);
}

QString ChartPanel::percentText(double percent) const
{
    return tr("%1 %", "percentage").arg(locale().toString(percent, 'f', 1));
}

QString ChartPanel::moneyText(qint64 minor, const QString &currency) const
{
    return formatMoney(minor, currency, locale());
}

QString ChartPanel::countText(qint64 count) const
{
    return locale().toString(count);
}

QString ChartPanel::periodCaption(const Period &period, PeriodKind kind) const
{
    const QDate start = dateOf(period.start);
    switch (kind) {
    case PeriodKind::Week:
        return period.label;
    case PeriodKind::Month:
        return locale().toString(start, u"MMM ''yy"_s);
    case PeriodKind::Quarter:
        return tr("Q%1 %2", "quarter and year").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case PeriodKind::Year:
        return locale().toString(start, u"yyyy"_s);
    }
    return period.label;
}

QString ChartPanel::periodRange(const Period &period) const
{
    return tr("%1 – %2", "date range")
        .arg(locale().toString(dateOf(period.start), QLocale::ShortFormat),
            locale().toString(dateOf(period.end).addDays(-1), QLocale::ShortFormat));
}

void ChartPanel::showHover(const QString &text)
{
    m_hoverText = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

void ChartPanel::hideHover()
{
    m_hoverText.clear();
    QToolTip::hideText();
}

void ChartPanel::translateActions()
{
    m_actions.at(0)->setText(tr("Save as &PNG…"));
    m_actions.at(1)->setText(tr("Save as &SVG…"));
    m_actions.at(2)->setText(tr("&Copy to clipboard"));
    m_menuButton->setText(tr("Export", "chart menu button"));
    m_menuButton->setToolTip(tr("Save or copy this chart"));
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        translateActions();
        // Titles, axes, legends and captions are drawn again in the new language and locale, once for the
        // several events a switch sends.
        if (!m_refreshQueued) {
            m_refreshQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_refreshQueued = false;
                    refresh();
                },
                Qt::QueuedConnection);
        }
        return;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LocaleChange) {
        for (const Card &card : std::as_const(m_cards))
            applyTheme(card.view->chart());
        refresh();
    }
}

void ChartPanel::refresh()
{
    rebuild();
    updateLegends();
    updateCategoryLabels();
}

void ChartPanel::updateLegends()
{
    for (const Card &card : std::as_const(m_cards)) {
        const QString html = legendHtml(card.view->chart());
        card.legend->setText(html);
        card.legend->setVisible(!html.isEmpty());
    }
}

QString ChartPanel::legendHtml(QChart *chart) const
{
    const QColor base = palette().color(QPalette::Base);
    // Translucent fills as they look on the chart's background.
    const auto opaque = [&base](const QColor &color) {
        const double a = color.alphaF();
        return QColor::fromRgbF(float(color.redF() * a + base.redF() * (1 - a)),
            float(color.greenF() * a + base.greenF() * (1 - a)), float(color.blueF() * a + base.blueF() * (1 - a)));
    };
    QStringList entries;
    const auto add = [&entries](const QColor &color, const QString &symbol, const QString &name) {
        if (name.isEmpty())
            return;
        // Lines wrap between entries, never inside one.
        const QString text = name.toHtmlEscaped().replace(u' ', u"&nbsp;"_s);
        entries.append(u"<span style=\"color:%1\">%2</span>&nbsp;%3"_s.arg(color.name(), symbol, text));
    };
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *item : series) {
        if (auto *area = qobject_cast<QAreaSeries *>(item)) {
            add(opaque(area->brush().color()), u"\u25A0"_s, area->name());
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(item)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                add(opaque(set->color()), u"\u25A0"_s, set->label());
        } else if (auto *line = qobject_cast<QLineSeries *>(item)) {
            const bool dashed = line->pen().style() != Qt::SolidLine;
            add(line->pen().color(), dashed ? u"\u254D\u254D"_s : u"\u2501\u2501"_s, line->name());
        }
    }
    return entries.join(u"&nbsp;&nbsp; "_s);
}

void ChartPanel::updateCategoryLabels()
{
    for (const Card &card : std::as_const(m_cards)) {
        const QList<QAbstractAxis *> axes = card.view->chart()->axes(Qt::Horizontal);
        for (QAbstractAxis *axis : axes) {
            auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
            if (!categories || categories->count() == 0)
                continue;
            // The periods' captions as the chart was built; the axis may show only every n-th of them.
            const QStringList labels = allCategoryLabels(categories);
            categories->setProperty(AllLabelsProperty, labels);
            const QFontMetrics metrics(categories->labelsFont());
            int widest = 0;
            for (const QString &label : std::as_const(labels))
                widest = std::max(widest, metrics.horizontalAdvance(label));
            // The plot area once the chart is laid out; before that, the view less room for the value axes.
            const QRectF plot = card.view->chart()->plotArea();
            const double plotWidth
                = plot.width() > 50.0 ? plot.width() : std::max(1.0, double(card.view->width()) - 240.0);
            const double room = plotWidth / double(labels.size());
            // Side by side where they fit, else side by side under every n-th period (up to a quarter's
            // worth), else upright under every n-th. Labels that skip periods have the room of the
            // skipped ones: Qt Charts must not cut them to one period's width.
            const int across = labelStep(room, widest + metrics.averageCharWidth() * 2);
            const bool upright = across > 13;
            const int step = upright ? labelStep(room, metrics.height() + 4) : across;
            categories->setLabelsAngle(upright ? -90 : 0);
            categories->setTruncateLabels(step == 1);
            // Categories must differ: the ones without a label get invisible ones of different lengths.
            QStringList shown;
            for (int i = 0; i < labels.size(); ++i)
                shown.append(i % step == 0 ? labels.at(i) : QString(i, QChar(0x200B)));
            if (shown != categories->categories())
                categories->setCategories(shown);
        }
    }
}

QStringList ChartPanel::allCategoryLabels(QBarCategoryAxis *axis)
{
    const QStringList all = axis->property(AllLabelsProperty).toStringList();
    return all.size() == axis->count() ? all : axis->categories();
}

int ChartPanel::labelStep(double room, double needed)
{
    // Steps that keep to the calendar: every 2nd or 3rd month is a quarter's rhythm, 13 weeks one quarter.
    for (int step : {1, 2, 3, 4, 6, 12, 13, 26, 52}) {
        if (room * step >= needed)
            return step;
    }
    return int(std::ceil(needed / std::max(room, 0.1)));
}

} // namespace rd
