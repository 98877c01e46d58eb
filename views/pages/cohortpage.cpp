// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/cohortpage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "dashboard/dashboardengine.h"
#include "itemmodels/cohorttablemodel.h"
#include "views/charts/heatmapdelegate.h"

namespace rd {

CohortPage::CohortPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_model(new CohortTableModel(this))
    , m_view(new QTableView(this))
    , m_delegate(new HeatmapDelegate(m_view))
    , m_legend(new HeatmapLegend(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_title->setWordWrap(true);
    bar->addWidget(m_title, 1);
    m_mode->addItem(tr("Customers"));
    m_mode->addItem(tr("Returning customers"));
    m_mode->addItem(tr("Revenue"));
    bar->addWidget(m_mode);
    layout->addLayout(bar);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CohortPage::showMatrix);
    showMatrix();
}

void CohortPage::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_customers = snapshot.cohorts;
    m_returning = snapshot.returningCohorts;
    m_revenue = snapshot.revenueCohorts;
    m_currency = snapshot.currency;
    showMatrix();
}

CohortPage::Mode CohortPage::mode() const
{
    return Mode(m_mode->currentIndex());
}

void CohortPage::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode);
}

void CohortPage::showMatrix()
{
    switch (mode()) {
    case Customers:
        m_title->setText(tr("Share of each cohort still a customer, by periods since it started"));
        m_model->setMatrix(m_customers, m_currency);
        break;
    case Returning:
        m_title->setText(tr("Share of each cohort that ordered or was active, by periods since it started"));
        m_model->setMatrix(m_returning, m_currency);
        break;
    case Revenue:
        m_title->setText(tr("Revenue of each cohort against its first period"));
        m_model->setMatrix(m_revenue, m_currency);
        break;
    }
    // The colours spread over the values shown.
    const auto [low, high] = m_model->percentRange();
    m_delegate->setRange(low, high);
    m_legend->setRange(low, high);
    m_view->viewport()->update();
}

} // namespace rd
