// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/dashboardtoolbar.h"

#include <tuple>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSettings>

#include "dashboard/dashboardengine.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

DashboardToolBar::DashboardToolBar(QWidget *parent)
    : QToolBar(parent)
    , m_period(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_asOfLabel(new QLabel(this))
    , m_from(dateEdit(this))
    , m_asOf(dateEdit(this))
{
    setObjectName(u"period"_s);
    setMovable(false);
    addWidget(m_periodLabel);
    for (const PeriodKind kind : {PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year})
        m_period->addItem(QString(), int(kind));
    m_period->setCurrentIndex(QSettings().value(u"window/period"_s, 1).toInt());
    addWidget(m_period);
    addSeparator();
    addWidget(m_fromLabel);
    addWidget(m_from);
    addWidget(m_asOfLabel);
    addWidget(m_asOf);
    addSeparator();
    m_segment = addFilter();
    m_plan = addFilter();
    m_country = addFilter();
    retranslate();
    for (const Filter &filter : {m_plan, m_country}) {
        filter.label->setVisible(false);
        filter.field->setVisible(false);
    }

    const auto chosen = [this] {
        if (!m_updating)
            emit changed();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, chosen](int index) {
        if (!m_updating)
            QSettings().setValue(u"window/period"_s, index);
        chosen();
    });
    for (const Filter &filter : {m_segment, m_plan, m_country})
        connect(filter.combo, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_asOf, &QDateEdit::dateChanged, this, chosen);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_updating)
            emit fromChanged(date);
    });
}

void DashboardToolBar::retranslate()
{
    setWindowTitle(tr("Period"));
    m_periodLabel->setText(tr("Period:") + u' ');
    const QStringList periods {tr("Week"), tr("Month"), tr("Quarter"), tr("Year")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    m_fromLabel->setText(tr("From:") + u' ');
    m_from->setToolTip(tr("First day of the charts and the report (by default the last 12 periods)"));
    m_asOfLabel->setText(u' ' + tr("As of:") + u' ');
    for (QDateEdit *edit : {m_from, m_asOf}) {
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        if (!edit->specialValueText().isEmpty())
            edit->setSpecialValueText(tr("—", "no date"));
    }
    for (const auto &[filter, label, all] : {std::tuple {&m_segment, tr("Segment:"), tr("All customers")},
             std::tuple {&m_plan, tr("Plan:"), tr("All plans")},
             std::tuple {&m_country, tr("Country:"), tr("All countries")}}) {
        filter->text->setText(u' ' + label + u' ');
        filter->combo->setItemText(0, all);
    }
}

void DashboardToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

PeriodKind DashboardToolBar::period() const
{
    return PeriodKind(m_period->currentData().toInt());
}

QDate DashboardToolBar::from() const
{
    return m_from->date();
}

QDate DashboardToolBar::asOf() const
{
    return m_asOf->date();
}

CustomerFilter DashboardToolBar::filter() const
{
    CustomerFilter filter;
    filter.segment = m_segment.combo->currentData().toString();
    filter.plan = m_plan.combo->currentData().toString();
    filter.country = m_country.combo->currentData().toString();
    return filter;
}

void DashboardToolBar::showSnapshot(const DashboardSnapshot &snapshot)
{
    m_updating = true;
    const QDate asOf = dateOf(snapshot.asOf);
    if (!snapshot.report.periods.isEmpty()) {
        m_from->setDateRange(dateOf(snapshot.firstDay), asOf);
        m_from->setDate(dateOf(snapshot.report.periods.constFirst().period.start));
    }
    if (asOf.isValid()) {
        m_asOf->setDateRange(
            dateOf(snapshot.firstDay), std::max(asOf, dateOf(snapshot.data ? snapshot.data->lastDay : snapshot.asOf)));
        m_asOf->setDate(asOf);
    }
    // A database without data has no days to choose from: the fields show a dash, not a made-up day.
    for (QDateEdit *edit : {m_from, m_asOf}) {
        edit->setEnabled(asOf.isValid());
        edit->setSpecialValueText(asOf.isValid() ? QString() : tr("—", "no date"));
        if (!asOf.isValid())
            edit->setDate(edit->minimumDate());
    }
    // The segment filter stays in its place, greyed out, on data without segments: it is the one users
    // look for. Plans and countries show only where the data has them.
    showChoices(m_segment, snapshot.segments);
    showChoices(m_plan, snapshot.plans);
    showChoices(m_country, snapshot.countries);
    m_segment.label->setVisible(true);
    m_segment.field->setVisible(true);
    m_updating = false;
}

DashboardToolBar::Filter DashboardToolBar::addFilter()
{
    Filter filter;
    filter.text = new QLabel(this);
    filter.label = addWidget(filter.text);
    filter.combo = new QComboBox(this);
    filter.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filter.combo->addItem(QString(), QString());
    filter.field = addWidget(filter.combo);
    return filter;
}

void DashboardToolBar::showChoices(const Filter &filter, const QStringList &values)
{
    const QString chosen = filter.combo->currentData().toString();
    while (filter.combo->count() > 1)
        filter.combo->removeItem(1);
    for (const QString &value : values)
        filter.combo->addItem(value, value);
    filter.combo->setCurrentIndex(std::max(0, filter.combo->findData(chosen)));
    // Through the toolbar's action: the toolbar gives its widgets the enabled state of their actions.
    filter.field->setEnabled(!values.isEmpty());
    filter.label->setVisible(!values.isEmpty());
    filter.field->setVisible(!values.isEmpty());
}

} // namespace rd
