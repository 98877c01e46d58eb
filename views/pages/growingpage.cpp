// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/growingpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "dashboard/dashboardengine.h"
#include "itemmodels/growingtablemodel.h"
#include "views/pages/riskdelegate.h"

namespace rd {

GrowingPage::GrowingPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new GrowingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary->setWordWrap(true);
    bar->addWidget(m_summary, 2);
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GrowingTableModel::RawValueRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(GrowingTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_proxy->setFilterFixedString(text.trimmed()); });
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(GrowingTableModel::StatusColumn, new RiskDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // findGrowing()'s order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit customerRequested(index.data(GrowingTableModel::CustomerIdRole).toLongLong());
    });
    retranslate();
}

void GrowingPage::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_model->setGrowing(snapshot.data, snapshot.growing, snapshot.currency);
    m_view->setColumnHidden(GrowingTableModel::SegmentColumn, snapshot.segments.isEmpty());
    m_scored = int(snapshot.risk.customers.size());
    m_asOf = dateOf(snapshot.asOf);
    retranslate();
    fitColumns();
}

void GrowingPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString GrowingPage::summary() const
{
    return m_summary->text();
}

void GrowingPage::retranslate()
{
    const QLocale locale;
    m_search->setPlaceholderText(tr("Filter by name, number or reason"));
    const QString asOf = locale.toString(m_asOf, QLocale::ShortFormat);
    if (!m_asOf.isValid())
        m_summary->clear();
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("No customer is clearly growing as of %1: nobody spends half again as much as in the "
                              "90 days before, and nobody's activity rose by half.")
                               .arg(asOf));
    else
        m_summary->setText(tr("%1 of %2 customers are growing as of %3: spending up by half or more against the 90 "
                              "days before, or activity up by half. Key accounts first: worth a call to offer more. "
                              "Double-click a customer for the detail.")
                               .arg(locale.toString(m_model->rowCount()), locale.toString(m_scored), asOf));
}

void GrowingPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    const int character = m_view->fontMetrics().averageCharWidth();
    if (m_view->columnWidth(GrowingTableModel::NameColumn) > character * 28)
        m_view->setColumnWidth(GrowingTableModel::NameColumn, character * 28);
    if (m_view->columnWidth(GrowingTableModel::ReasonsColumn) > character * 70)
        m_view->setColumnWidth(GrowingTableModel::ReasonsColumn, character * 70);
}

void GrowingPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
        fitColumns();
    }
}

} // namespace rd
