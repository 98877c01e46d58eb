// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/report/reportdocument.h"

#include <algorithm>

#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>

#include "core/money.h"
#include "core/version.h"
#include "views/charts/churnchart.h"
#include "views/charts/heatmapdelegate.h"
#include "views/charts/revenuechart.h"
#include "views/charts/survivalchart.h"
#include "views/pages/riskdelegate.h"
#include "views/report/reportcanvas.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString periodKindWord(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return ReportDocument::tr("week");
    case PeriodKind::Month:
        return ReportDocument::tr("month");
    case PeriodKind::Quarter:
        return ReportDocument::tr("quarter");
    case PeriodKind::Year:
        return ReportDocument::tr("year");
    }
    return {};
}

// A date as the report writes it: "9 December 2011", "9. Dezember 2011".
QString longDate(const QLocale &locale, const QDate &date)
{
    return locale.toString(date, ReportDocument::tr("d MMMM yyyy", "date format: day, month name, year"));
}

} // namespace

// The window's own chart classes, fed the snapshot once: measuring the pages and painting them draw the same.
struct ReportDocument::Charts
{
    explicit Charts(const DashboardSnapshot &snapshot)
    {
        churn.setBands(snapshot.bands);
        churn.setReport(snapshot.report);
        revenue.setReport(snapshot.report);
        survival.setChurnWindow(snapshot.settings.model == ChurnModel::Contract ? 0 : snapshot.settings.inactivityDays);
        survival.setCurves({snapshot.survival});
    }
    ChurnChart churn;
    RevenueChart revenue;
    SurvivalChart survival;
};

ReportDocument::ReportDocument(const DashboardSnapshot &snapshot, const QString &businessName, const QLocale &locale)
    : m_snapshot(snapshot)
    , m_business(businessName)
    , m_locale(locale)
{ }

QPageLayout ReportDocument::pageLayout(const QLocale &locale)
{
    // A4 in German and wherever the metric system is used; US Letter where the locale measures in inches.
    const QPageSize size(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
}

QString ReportDocument::title() const
{
    return tr("Customer retention report");
}

QString ReportDocument::periodTitle(bool previous) const
{
    const OverviewFigures &overview = m_snapshot.overview;
    const Period &period = previous ? overview.previous : overview.shown;
    return period.start == NoDay ? QString() : rd::periodTitle(period, overview.kind, m_locale);
}

QString ReportDocument::periodLine() const
{
    if (periodTitle(false).isEmpty())
        return tr("No period with data yet");
    if (periodTitle(true).isEmpty())
        return tr("Period: %1").arg(periodTitle(false));
    return tr("Period: %1, compared with %2").arg(periodTitle(false), periodTitle(true));
}

QString ReportDocument::customersLine() const
{
    const CustomerFilter &filter = m_snapshot.request.filter;
    if (filter.isEmpty())
        return tr("Customers: all");
    QStringList parts;
    if (!filter.segment.isEmpty())
        parts << tr("segment %1").arg(filter.segment);
    if (!filter.plan.isEmpty())
        parts << tr("plan %1").arg(filter.plan);
    if (!filter.country.isEmpty())
        parts << tr("country %1").arg(filter.country);
    return tr("Customers: %1").arg(parts.join(u", "_s));
}

int ReportDocument::paint(QPagedPaintDevice *device) const
{
    const QString footer
        = tr("RetentionDesk · %1 · as of %2").arg(m_business, longDate(m_locale, dateOf(m_snapshot.asOf)));
    // First measure where the pages break, then paint knowing how many there are ("page 2 of 7").
    Charts charts(m_snapshot);
    ReportCanvas measure(device, nullptr, footer, m_locale);
    paintPages(measure, charts);
    const int pages = measure.finish();
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ReportCanvas canvas(device, &painter, footer, m_locale, pages);
    paintPages(canvas, charts);
    canvas.finish();
    painter.end();
    return pages;
}

Result<int> ReportDocument::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("The report could not be written to %1: %2").arg(path, file.errorString()), {}};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout(m_locale));
        writer.setResolution(300);
        writer.setTitle(tr("%1: customer retention report").arg(m_business));
        writer.setCreator(u"RetentionDesk "_s + QString::fromLatin1(Version));
        pages = paint(&writer);
        if (pages == 0)
            return Error {tr("The report could not be drawn."), {}};
    }
    if (!file.commit())
        return Error {tr("The report could not be written to %1: %2").arg(path, file.errorString()), {}};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return pages;
}

void ReportDocument::paintPages(ReportCanvas &canvas, Charts &charts) const
{
    paintTitle(canvas);
    paintKpis(canvas);
    canvas.newPage();
    paintCharts(canvas, charts);
    canvas.newPage();
    paintCohorts(canvas, charts);
    canvas.newPage();
    paintCustomers(canvas);
    canvas.newPage();
    paintDefinitions(canvas);
}

void ReportDocument::paintTitle(ReportCanvas &canvas) const
{
    const double icon = canvas.mm(16);
    if (QPainter *painter = canvas.painter()) {
        QSvgRenderer renderer(u":/icons/retentiondesk.svg"_s);
        renderer.render(painter, QRectF(canvas.left(), canvas.y(), icon, icon));
    }
    canvas.text(u"RetentionDesk"_s, ReportCanvas::Small, canvas.left() + icon + canvas.mm(4), canvas.width());
    canvas.advance(icon + canvas.mm(6));
    canvas.paragraph(title(), ReportCanvas::Title);
    canvas.paragraph(m_business, ReportCanvas::Heading);
    canvas.advance(canvas.mm(3));
    canvas.paragraph(periodLine(), ReportCanvas::Body);
    if (!m_snapshot.report.periods.isEmpty()) {
        const Report &report = m_snapshot.report;
        const Day last = std::min(report.periods.constLast().period.end - 1, m_snapshot.asOf);
        canvas.paragraph(tr("Charts: %1 to %2, per %3")
                             .arg(longDate(m_locale, dateOf(report.periods.constFirst().period.start)),
                                 longDate(m_locale, dateOf(last)), periodKindWord(m_snapshot.request.kind)),
            ReportCanvas::Body);
    }
    canvas.paragraph(tr("As of: %1").arg(longDate(m_locale, dateOf(m_snapshot.asOf))), ReportCanvas::Body);
    canvas.paragraph(customersLine(), ReportCanvas::Body);
    canvas.paragraph(tr("Written on %1 by RetentionDesk %2, from the data on this computer only.")
                         .arg(longDate(m_locale, QDate::currentDate()), QString::fromLatin1(Version)),
        ReportCanvas::Small);
    if (m_snapshot.demoData)
        canvas.paragraph(tr("These are made-up demo data."), ReportCanvas::Small);
    canvas.advance(canvas.mm(8));
}

void ReportDocument::paintKpis(ReportCanvas &canvas) const
{
    const OverviewFigures &overview = m_snapshot.overview;
    canvas.paragraph(tr("The figures of %1").arg(periodTitle(false)), ReportCanvas::Heading);
    if (overview.partial)
        canvas.paragraph(tr("The data ends inside this period: it is not over yet."), ReportCanvas::Small);
    const QString currency = m_snapshot.currency;
    QList<QStringList> rows;
    for (const Kpi &kpi : overview.kpis) {
        QString change;
        if (const auto delta = kpi.change()) {
            const QString sign = *delta > 0 ? u"+"_s : *delta < 0 ? u"−"_s : QString();
            change = kpi.kind == Kpi::Kind::Percent
                ? tr("%1%2 points", "percentage points").arg(sign, m_locale.toString(std::abs(*delta), 'f', 2))
                : sign + kpi.format(std::abs(*delta), currency, m_locale);
        }
        rows.append({kpi.title, kpi.current ? kpi.format(*kpi.current, currency, m_locale) : kpi.missing,
            kpi.previous ? kpi.format(*kpi.previous, currency, m_locale) : u"—"_s, change});
    }
    canvas.table({tr("Figure"), periodTitle(false), periodTitle(true).isEmpty() ? tr("Before") : periodTitle(true),
                     tr("Change")},
        {0.34, 0.22, 0.22, 0.22}, rows);
    canvas.advance(canvas.mm(6));

    canvas.paragraph(tr("Customers at risk now"), ReportCanvas::Heading);
    const RiskReport &risk = m_snapshot.risk;
    canvas.table({tr("Light"), tr("Customers"), tr("Revenue at stake (12 months)")}, {0.34, 0.22, 0.44},
        {{RiskText::level(RiskLevel::Red), m_locale.toString(risk.red),
             formatMoney(overview.redValueMinor, currency, m_locale)},
            {RiskText::level(RiskLevel::Yellow), m_locale.toString(risk.yellow),
                formatMoney(overview.yellowValueMinor, currency, m_locale)},
            {RiskText::level(RiskLevel::Green), m_locale.toString(risk.green), QString()}},
        [](int row) {
            const RiskLevel levels[] = {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green};
            return riskColour(levels[row], QPalette(Qt::white));
        });
}

namespace {

// A chart panel drawn into the report: its title, then its charts as vectors, or the sentence it shows
// when it has nothing to draw.
void chartBlock(ReportCanvas &canvas, ChartPanel &panel, const QSize &layout)
{
    canvas.paragraph(panel.title(), ReportCanvas::Subheading);
    if (panel.isEmpty()) {
        canvas.paragraph(panel.emptyText(), ReportCanvas::Body);
        return;
    }
    const double height = canvas.width() * layout.height() / layout.width();
    canvas.block(height, [&](QPainter *painter, const QRectF &area) { panel.paintCharts(painter, area, layout); });
    canvas.advance(canvas.mm(4));
}

} // namespace

void ReportDocument::paintCharts(ReportCanvas &canvas, Charts &charts) const
{
    canvas.paragraph(tr("Churn, retention and revenue"), ReportCanvas::Heading);
    chartBlock(canvas, charts.churn, QSize(760, 370));
    chartBlock(canvas, charts.revenue, QSize(760, 500));
}

void ReportDocument::paintCohorts(ReportCanvas &canvas, Charts &charts) const
{
    canvas.paragraph(tr("Cohorts and survival"), ReportCanvas::Heading);
    const CohortMatrix &cohorts = m_snapshot.cohorts;
    // The latest cohorts and offsets that fit the page's width: twelve of each.
    constexpr int MaxShown = 12;
    const qsizetype firstRow = std::max<qsizetype>(0, cohorts.rows.size() - MaxShown);
    const int offsets = std::min(cohorts.maxOffsets(), MaxShown);
    canvas.paragraph(tr("Share of each cohort (customers by the period they started) still active n periods "
                        "later, in %."),
        ReportCanvas::Small);
    if (cohorts.rows.isEmpty() || offsets == 0) {
        canvas.paragraph(tr("No cohorts yet."), ReportCanvas::Body);
    } else {
        QStringList header {tr("Cohort"), tr("Customers")};
        QList<double> widths {0.16, 0.12};
        for (int k = 0; k < offsets; ++k) {
            header << m_locale.toString(k);
            widths << 0.72 / offsets;
        }
        QList<QStringList> rows;
        for (qsizetype r = firstRow; r < cohorts.rows.size(); ++r) {
            const CohortRow &row = cohorts.rows.at(r);
            QStringList cells {row.label, m_locale.toString(row.size)};
            for (int k = 0; k < offsets; ++k) {
                const auto percent = k < row.percentages.size() ? row.percentages.at(k) : std::nullopt;
                cells << (percent ? m_locale.toString(*percent, 'f', 0) : QString());
            }
            rows.append(cells);
        }
        // The cells shaded as in the window, on the scale of the values shown.
        double low = 100;
        for (qsizetype r = firstRow; r < cohorts.rows.size(); ++r) {
            for (const auto &percent : cohorts.rows.at(r).percentages)
                low = std::min(low, percent.value_or(100.0));
        }
        QPalette paper;
        paper.setColor(QPalette::Base, Qt::white);
        paper.setColor(QPalette::Text, Qt::black);
        canvas.table(header, widths, rows, {}, [&](int row, int column) {
            const auto &percentages = cohorts.rows.at(firstRow + row).percentages;
            const int k = column - 2;
            if (k < 0 || k >= percentages.size() || !percentages.at(k))
                return QColor();
            return heatmapColor(*percentages.at(k), paper, low, 100.0);
        });
        if (firstRow > 0)
            canvas.paragraph(tr("The %n earlier cohort(s) are in the window's Cohorts page.", nullptr, int(firstRow)),
                ReportCanvas::Small);
    }
    canvas.advance(canvas.mm(5));
    chartBlock(canvas, charts.survival, QSize(760, 400));
}

void ReportDocument::paintCustomers(ReportCanvas &canvas) const
{
    canvas.paragraph(tr("Customers at risk, and why"), ReportCanvas::Heading);
    canvas.paragraph(tr("Most valuable first within each colour. ★ marks a key account: one of the fewest "
                        "customers who together bring 80 % of the revenue of the last 12 months."),
        ReportCanvas::Small);
    const QString currency = m_snapshot.currency;
    for (const RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow}) {
        QList<QStringList> rows;
        qint64 count = 0;
        qint64 stake = 0;
        for (const CustomerRisk &risk : m_snapshot.risk.customers) {
            if (risk.level != level)
                continue;
            ++count;
            stake += risk.valueAtRiskMinor;
            if (rows.size() >= MaxListedPerLevel)
                continue;
            const MetricsCustomer &customer = m_snapshot.data->customers.at(risk.customer);
            QStringList reasons;
            for (const Reason &reason : risk.reasons)
                reasons << RiskText::reason(reason, currency, m_locale);
            const QString name = customer.name.isEmpty() || customer.name == customer.externalId
                ? customer.externalId
                : tr("%1 (%2)", "customer name (id)").arg(customer.name, customer.externalId);
            rows.append({(risk.keyAccount ? u"★ "_s : QString()) + name,
                formatMoney(risk.value12mMinor, currency, m_locale), reasons.join(u"; "_s)});
        }
        const QString heading = level == RiskLevel::Red
            ? tr("Red: call today (%Ln customer(s), %1 of revenue at stake)", nullptr, count)
            : tr("Yellow: keep an eye on (%Ln customer(s), %1 of revenue at stake)", nullptr, count);
        canvas.need(canvas.mm(20));
        canvas.paragraph(heading.arg(formatMoney(stake, currency, m_locale)), ReportCanvas::Subheading);
        if (rows.isEmpty()) {
            canvas.paragraph(tr("None."), ReportCanvas::Body);
        } else {
            canvas.table({tr("Customer"), tr("Value (12 months)"), tr("Reasons")}, {0.3, 0.16, 0.54}, rows);
            if (count > rows.size())
                canvas.paragraph(tr("… and %Ln more: the at-risk list in the window, or retentiondesk-cli risk, "
                                    "lists them all.",
                                     nullptr, count - rows.size()),
                    ReportCanvas::Small);
        }
        canvas.advance(canvas.mm(5));
    }
}

void ReportDocument::paintDefinitions(ReportCanvas &canvas) const
{
    canvas.paragraph(tr("What the figures mean"), ReportCanvas::Heading);
    const QList<std::pair<QString, QString>> terms {
        {tr("Active customers"),
            tr("Customers at the end of the period: with a running contract, or who bought within the churn "
               "window (%Ln day(s) without an order or activity count as lost).",
                nullptr, m_snapshot.settings.inactivityDays)},
        {tr("New customers"), tr("Customers who started in the period, for the first time or again (reactivated).")},
        {tr("Lost customers"),
            tr("Customers who cancelled in the period, or whose last sign of life is a whole churn window old.")},
        {tr("Churn rate"), tr("Customers lost in the period / customers at its start × 100.")},
        {tr("Retention rate"),
            tr("(Customers at the end − new customers) / customers at the start × 100: the share of the customers "
               "at the start still there at the end.")},
        {tr("Revenue"),
            tr("The net amount of the orders in the period (refunds subtracted), in %1.")
                .arg(m_snapshot.currency.isEmpty() ? tr("the business's currency") : m_snapshot.currency)},
        {tr("Net revenue retention (NRR)"),
            tr("Revenue in the period from the customers who bought in the period before / their revenue then × "
               "100: above 100 % the existing customers spend more than they did.")},
        {tr("Cohort"),
            tr("The customers who started in the same period; the table shows the share of them still active "
               "0, 1, 2 … periods later.")},
        {tr("Survival"), tr("The share of customers still with you, by months since they started (Kaplan-Meier).")},
        {RiskText::level(RiskLevel::Red),
            tr("A serious unresolved complaint, or strong evidence that a customer is leaving: call today.")},
        {RiskText::level(RiskLevel::Yellow),
            tr("An unresolved problem or fading engagement: keep an eye on the customer.")},
        {RiskText::level(RiskLevel::Green), tr("No warning signal.")},
        {tr("Value (12 months)"), tr("The customer's revenue in the 12 months up to the as-of day.")},
        {tr("As-of day"), tr("The day the figures are computed for; nothing after it is counted.")},
    };
    QList<QStringList> rows;
    for (const auto &[term, definition] : terms)
        rows.append({term, definition});
    canvas.table({tr("Figure"), tr("Definition")}, {0.28, 0.72}, rows);
}

} // namespace rd
