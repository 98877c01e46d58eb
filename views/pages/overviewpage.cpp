// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/overviewpage.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/money.h"
#include "views/charts/churnchart.h"
#include "views/pages/kpitile.h"

namespace rd {

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_coverage(new QLabel(this))
    , m_watch(new QLabel(this))
    , m_red(new KpiTile)
    , m_yellow(new KpiTile)
    , m_green(new KpiTile)
    , m_figures(new QWidget(this))
    , m_riskFigures(new QWidget(this))
    , m_import(new QPushButton(this))
    , m_trend(new ChurnChart(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    // The first thing after the heading: what turned red or yellow since the user last looked.
    m_watch->setWordWrap(true);
    m_watch->setTextFormat(Qt::RichText);
    m_watch->hide();
    connect(m_watch, &QLabel::linkActivated, this, &OverviewPage::newWarningsRequested);
    layout->addWidget(m_watch);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->hide();
    connect(m_note, &QLabel::linkActivated, this, [this] { showPeriodSoFar(!m_soFar); });
    layout->addWidget(m_note);
    m_coverage->setWordWrap(true);
    m_coverage->hide();
    layout->addWidget(m_coverage);
    // Only an empty database shows it, under the heading that says what to do.
    m_import->hide();
    connect(m_import, &QPushButton::clicked, this, &OverviewPage::importRequested);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addStretch(1);
    layout->addLayout(importRow);

    auto *grid = new QGridLayout(m_figures);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 6; ++i) {
        auto *tile = new KpiTile(m_figures);
        m_tiles.append(tile);
        grid->addWidget(tile, i / 3, i % 3);
    }
    layout->addWidget(m_figures);

    auto *riskLayout = new QVBoxLayout(m_riskFigures);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    m_riskHeading = new QLabel(m_riskFigures);
    m_riskHeading->setFont(font);
    riskLayout->addWidget(m_riskHeading);
    auto *risk = new QGridLayout;
    for (const auto &[tile, level] : {std::pair {m_red, RiskLevel::Red}, std::pair {m_yellow, RiskLevel::Yellow},
             std::pair {m_green, RiskLevel::Green}}) {
        tile->setClickable(true);
        connect(tile, &KpiTile::clicked, this, [this, level] { emit riskLevelRequested(level); });
    }
    risk->addWidget(m_red, 0, 0);
    risk->addWidget(m_yellow, 0, 1);
    risk->addWidget(m_green, 0, 2);
    riskLayout->addLayout(risk);
    layout->addWidget(m_riskFigures);
    // The trend, against the context bands for businesses like this one.
    layout->addWidget(m_trend, 1);
    layout->addStretch(0); // takes the room only while the trend is hidden
    retranslate();
}

void OverviewPage::retranslate()
{
    m_import->setText(tr("Import a File…"));
    m_riskHeading->setText(tr("Customers at risk now"));
    m_red->setTitle(tr("Red: call today"));
    m_yellow->setTitle(tr("Yellow: keep an eye on"));
    m_green->setTitle(tr("Green: fine"));
    for (KpiTile *tile : {m_red, m_yellow, m_green})
        tile->setToolTip(tr("Show these customers in the at-risk list"));
}

void OverviewPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The figures follow with the snapshot computed in the new language.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void OverviewPage::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_complete = snapshot.overview;
    m_partial = snapshot.overviewSoFar;
    m_currency = snapshot.currency;
    m_asOf = snapshot.asOf;
    // An empty database: what to do, and nothing else.
    const bool empty = snapshot.asOf == NoDay;
    m_import->setVisible(empty);
    m_riskFigures->setVisible(!empty);
    m_trend->setVisible(!empty);
    showFigures();
    const QLocale locale;
    const QString currency = snapshot.currency;
    const OverviewFigures &overview = snapshot.overview;
    const qint64 guests = snapshot.data ? snapshot.data->guestOrderRows : 0;
    if (guests > 0) {
        m_coverage->setText(tr("Revenue and customers count identified customers only: %Ln order row(s) without a "
                               "customer id (guest orders, %1) were not imported.",
            nullptr, int(std::min<qint64>(guests, INT_MAX)))
                                .arg(formatMoney(snapshot.data->guestRevenueMinor, currency, locale)));
    }
    m_coverage->setVisible(guests > 0 && !empty);
    m_red->setValue(locale.toString(snapshot.risk.red));
    m_red->setChange(
        tr("%1 of revenue at stake (12 months)").arg(formatMoney(overview.redValueMinor, currency, locale)),
        KpiTile::Trend::Neutral);
    m_yellow->setValue(locale.toString(snapshot.risk.yellow));
    m_yellow->setChange(
        tr("%1 of revenue at stake (12 months)").arg(formatMoney(overview.yellowValueMinor, currency, locale)),
        KpiTile::Trend::Neutral);
    m_green->setValue(locale.toString(snapshot.risk.green));
    m_green->setChange(tr("no signal"), KpiTile::Trend::Neutral);
    m_trend->setBands(snapshot.bands);
    m_trend->setReport(snapshot.report);
    showWatch(snapshot);
}

QString OverviewPage::watchText() const
{
    return m_watch->isHidden() ? QString() : m_watch->text();
}

void OverviewPage::showWatch(const DashboardSnapshot &snapshot)
{
    m_watch->setVisible(snapshot.watch.has_value() && snapshot.asOf != NoDay);
    if (!snapshot.watch)
        return;
    const LightWatch &watch = *snapshot.watch;
    if (!watch.since) {
        m_watch->setText(tr("This was the first look at the light: from your next look on, who turned red or yellow "
                            "since then is shown here."));
        return;
    }
    const QLocale locale;
    const QString since = locale.toString(watch.since->lookedAt.toLocalTime(), QLocale::ShortFormat);
    if (watch.alerts.isEmpty() && watch.recovered.isEmpty()) {
        m_watch->setText(tr("Nothing new since your last look (%1).").arg(since));
        return;
    }
    const int red = int(watch.newRed());
    const int yellow = int(watch.alerts.size()) - red;
    QStringList parts;
    if (red > 0)
        parts.append(tr("<b>%n turned red</b>", nullptr, red));
    if (yellow > 0)
        parts.append(tr("%n turned yellow", nullptr, yellow));
    if (!watch.recovered.isEmpty())
        parts.append(tr("%n green again", nullptr, int(watch.recovered.size())));
    QString text = tr("Since your last look (%1): %2.").arg(since, parts.join(tr(", ")));
    // The first of them, and why: the list's order puts the most valuable red customer first.
    if (!watch.alerts.isEmpty() && snapshot.data) {
        const LightChange &first = watch.alerts.constFirst();
        if (first.customer >= 0 && first.customer < snapshot.data->customers.size() && !first.reasons.isEmpty()) {
            const MetricsCustomer &customer = snapshot.data->customers.at(first.customer);
            const QString name = customer.name.isEmpty() ? customer.externalId : customer.name;
            text += u' '
                + tr("First: %1, %2.")
                      .arg(name.toHtmlEscaped(),
                          RiskText::reason(first.reasons.constFirst(), snapshot.currency, locale).toHtmlEscaped());
        }
        text += u' ' + tr("<a href=\"new\">Show the new warnings</a>");
    }
    m_watch->setText(text);
}

void OverviewPage::showPeriodSoFar(bool soFar)
{
    m_soFar = soFar;
    showFigures();
}

QString OverviewPage::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString OverviewPage::coverageText() const
{
    return m_coverage->isHidden() ? QString() : m_coverage->text();
}

void OverviewPage::showFigures()
{
    const QLocale locale;
    const bool soFar = m_soFar && m_partial;
    const OverviewFigures &overview = soFar ? *m_partial : m_complete;
    const QString asOf = locale.toString(dateOf(m_asOf), QLocale::ShortFormat);
    const PeriodKind kind = overview.kind;
    if (overview.period.isEmpty()) {
        m_heading->setText(
            tr("No orders or customers yet. Import a file (File > Import, Ctrl+I) or drop a CSV file here "
               "to see your figures."));
    } else {
        const QString title = overview.partial ? partialPeriodTitle(overview.shown, m_asOf, locale)
                                               : periodTitle(overview.shown, kind, locale);
        m_heading->setText(tr("%1, as of %2").arg(title, asOf));
    }
    // Say why the period shown is not the one the data ends in, and offer it; or the other way round.
    if (m_partial) {
        const QString partial = periodTitle(m_partial->shown, kind, locale);
        const QString previous = periodTitle(m_partial->previous, kind, locale);
        m_note->setText(soFar
                ? tr("%1 is not over yet: its figures cover the days up to %2 and are compared with the whole of "
                     "%3. <a href=\"complete\">Show %3, the last complete period</a>")
                      .arg(partial.toHtmlEscaped(), asOf, previous.toHtmlEscaped())
                : tr("%1 is not over yet (the data ends on %2), so the figures are those of %3, the last complete "
                     "period. <a href=\"so-far\">Show %1 so far</a>")
                      .arg(partial.toHtmlEscaped(), asOf, previous.toHtmlEscaped()));
    }
    m_note->setVisible(m_partial.has_value());

    m_figures->setVisible(!overview.kpis.isEmpty());
    const QString previousTitle
        = overview.previous.start == NoDay ? QString() : periodTitle(overview.previous, kind, locale);
    for (int i = 0; i < m_tiles.size(); ++i) {
        KpiTile *tile = m_tiles.at(i);
        if (i >= overview.kpis.size()) {
            tile->hide();
            continue;
        }
        tile->show();
        const Kpi &kpi = overview.kpis.at(i);
        tile->setTitle(kpi.title);
        tile->setValue(kpi.current ? kpi.format(*kpi.current, m_currency) : QStringLiteral("—"));
        tile->setToolTip(kpi.explanation);
        const std::optional<double> change = kpi.change();
        if (!change) {
            tile->setChange(kpi.current ? tr("no earlier period to compare") : kpi.missing, KpiTile::Trend::Neutral);
            continue;
        }
        const double delta = *change;
        const QString arrow = delta > 0 ? QStringLiteral("▲") : delta < 0 ? QStringLiteral("▼") : QStringLiteral("■");
        QString amount = kpi.format(std::abs(delta), m_currency);
        if (kpi.kind == Kpi::Kind::Percent)
            amount = tr("%1 points", "percentage points").arg(locale.toString(std::abs(delta), 'f', 2));
        tile->setChange(tr("%1 %2 against %3").arg(arrow, amount, previousTitle),
            delta == 0           ? KpiTile::Trend::Neutral
                : kpi.improved() ? KpiTile::Trend::Good
                                 : KpiTile::Trend::Bad);
    }
}

} // namespace rd
