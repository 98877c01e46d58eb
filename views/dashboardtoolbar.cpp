// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/dashboardtoolbar.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
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
    : QToolBar(tr("Period"), parent)
    , m_period(new QComboBox(this))
    , m_from(dateEdit(this))
    , m_asOf(dateEdit(this))
{
    setObjectName(u"period"_s);
    setMovable(false);
    addWidget(new QLabel(tr("Period:") + u' ', this));
    m_period->addItem(tr("Week"), int(PeriodKind::Week));
    m_period->addItem(tr("Month"), int(PeriodKind::Month));
    m_period->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_period->addItem(tr("Year"), int(PeriodKind::Year));
    m_period->setCurrentIndex(QSettings().value(u"window/period"_s, 1).toInt());
    addWidget(m_period);
    addSeparator();
    addWidget(new QLabel(tr("From:") + u' ', this));
    m_from->setToolTip(tr("First day of the charts and the report (by default the last 12 periods)"));
    addWidget(m_from);
    addWidget(new QLabel(u' ' + tr("As of:") + u' ', this));
    addWidget(m_asOf);
    addSeparator();
    m_segment = addFilter(tr("Segment:"), tr("All customers"));
    m_plan = addFilter(tr("Plan:"), tr("All plans"));
    m_country = addFilter(tr("Country:"), tr("All countries"));
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

DashboardToolBar::Filter DashboardToolBar::addFilter(const QString &label, const QString &all)
{
    Filter filter;
    filter.all = all;
    filter.label = addWidget(new QLabel(u' ' + label + u' ', this));
    filter.combo = new QComboBox(this);
    filter.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filter.combo->addItem(all, QString());
    filter.field = addWidget(filter.combo);
    return filter;
}

void DashboardToolBar::showChoices(const Filter &filter, const QStringList &values)
{
    const QString chosen = filter.combo->currentData().toString();
    filter.combo->clear();
    filter.combo->addItem(filter.all, QString());
    for (const QString &value : values)
        filter.combo->addItem(value, value);
    filter.combo->setCurrentIndex(std::max(0, filter.combo->findData(chosen)));
    // Through the toolbar's action: the toolbar gives its widgets the enabled state of their actions.
    filter.field->setEnabled(!values.isEmpty());
    filter.label->setVisible(!values.isEmpty());
    filter.field->setVisible(!values.isEmpty());
}

} // namespace rd
