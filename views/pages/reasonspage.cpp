// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/reasonspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/money.h"
#include "dashboard/dashboardengine.h"
#include "itemmodels/lostcustomersmodel.h"
#include "itemmodels/reasonstablemodel.h"
#include "views/charts/reasonschart.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QTableView *tableView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ReasonsPage::ReasonsPage(QWidget *parent)
    : QWidget(parent)
    , m_splitLabel(new QLabel(this))
    , m_splitBox(new QComboBox(this))
    , m_measureLabel(new QLabel(this))
    , m_measure(new QComboBox(this))
    , m_silent(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_chart(new ReasonsChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_tableTitle(new QLabel(this))
    , m_reasonsModel(new ReasonsTableModel(this))
    , m_reasonsView(tableView(this))
    , m_behindTitle(new QLabel(this))
    , m_customersModel(new LostCustomersModel(this))
    , m_customersProxy(new QSortFilterProxyModel(this))
    , m_customersView(tableView(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    bar->addWidget(m_summary, 1);
    for (ReasonsSplit split : {ReasonsSplit::Period, ReasonsSplit::Segment, ReasonsSplit::Plan})
        m_splitBox->addItem(QString(), int(split));
    m_splitLabel->setBuddy(m_splitBox);
    bar->addWidget(m_splitLabel);
    bar->addWidget(m_splitBox);
    m_silent->setChecked(true);
    bar->addWidget(m_silent);
    m_measure->addItem(QString(), int(ReasonsChart::Measure::Customers));
    m_measure->addItem(QString(), int(ReasonsChart::Measure::LostRevenue));
    m_measureLabel->setBuddy(m_measure);
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measure);
    layout->addLayout(bar);

    m_chart->setMinimumHeight(260);
    m_splitter->addWidget(m_chart);
    auto *tables = new QWidget(m_splitter);
    auto *tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    m_tableTitle->setWordWrap(true);
    left->addWidget(m_tableTitle);
    m_reasonsView->setModel(m_reasonsModel);
    left->addWidget(m_reasonsView, 1);
    auto *right = new QVBoxLayout;
    m_behindTitle->setWordWrap(true);
    right->addWidget(m_behindTitle);
    m_customersProxy->setSourceModel(m_customersModel);
    m_customersProxy->setSortRole(LostCustomersModel::RawValueRole);
    m_customersProxy->setSortLocaleAware(true);
    m_customersView->setModel(m_customersProxy);
    m_customersView->setSortingEnabled(true);
    m_customersView->sortByColumn(LostCustomersModel::LostRevenueColumn, Qt::DescendingOrder);
    right->addWidget(m_customersView, 1);
    tablesLayout->addLayout(left, 1);
    tablesLayout->addLayout(right, 1);
    m_splitter->addWidget(tables);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(QSettings().value(u"reasons/splitter"_s).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(u"reasons/splitter"_s, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    const int split = QSettings().value(u"reasons/split"_s, int(ReasonsSplit::Period)).toInt();
    m_splitBox->setCurrentIndex(std::max(0, m_splitBox->findData(split)));
    connect(m_splitBox, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(u"reasons/split"_s, m_splitBox->currentData().toInt());
        showSplit();
    });
    connect(m_silent, &QCheckBox::toggled, m_chart, &ReasonsChart::setShowSilent);
    connect(m_measure, &QComboBox::currentIndexChanged, this,
        [this] { m_chart->setMeasure(ReasonsChart::Measure(m_measure->currentData().toInt())); });
    connect(m_chart, &ReasonsChart::barClicked, this,
        [this](int row, int reason) { showBehind(row, ChurnReason(reason)); });
    connect(m_reasonsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showBehind(m_row, ChurnReason(current.data(ReasonsTableModel::ReasonRole).toInt()));
        });
    retranslate();
    showSplit();
}

ReasonsPage::~ReasonsPage() = default;

void ReasonsPage::setSnapshot(const DashboardSnapshot &snapshot)
{
    m_report = snapshot.reasons;
    m_data = snapshot.data;
    m_currency = snapshot.currency;
    m_kind = snapshot.request.kind;
    m_customersView->setColumnHidden(LostCustomersModel::SegmentColumn, snapshot.segments.isEmpty());
    showSplit();
}

void ReasonsPage::setSplit(ReasonsSplit split)
{
    m_splitBox->setCurrentIndex(std::max(0, m_splitBox->findData(int(split))));
}

ReasonsSplit ReasonsPage::split() const
{
    return ReasonsSplit(m_splitBox->currentData().toInt());
}

void ReasonsPage::showSplit()
{
    static const Dataset none;
    const Dataset &data = m_data ? *m_data : none;
    m_rows = m_data ? splitReasons(m_report, data, split()) : QList<ReasonsPeriod>();
    const QList<ReasonsPeriod> total
        = m_data ? splitReasons(m_report, data, ReasonsSplit::Total) : QList<ReasonsPeriod>();
    m_total = total.isEmpty() ? ReasonsPeriod {} : total.constFirst();
    if (m_total.reasons.isEmpty()) {
        for (ChurnReason reason : ChurnReasons)
            m_total.reasons.append(ReasonFigures {reason, 0, 0, std::nullopt, {}});
    }
    m_chart->setReasons(m_rows, split(), m_kind, m_report.asOf, m_currency);
    m_stale = true;
    updateSummary();
    showBehind(-1, std::nullopt);
}

void ReasonsPage::showBehind(int row, std::optional<ChurnReason> reason)
{
    if (row >= m_rows.size())
        row = -1;
    const ReasonsPeriod &shown = row < 0 ? m_total : m_rows.at(row);
    // A reason chosen in the table keeps the table (and its selection) as it is.
    const bool sameRow = row == m_row && !m_stale;
    m_row = row;
    m_reason = reason;
    m_stale = false;
    if (!sameRow)
        m_reasonsModel->setReasons(shown, m_currency);
    m_customersModel->setCustomers(m_data, shown, reason, m_currency);
    if (reason) {
        const QModelIndex index = m_reasonsModel->index(int(*reason), 0);
        if (m_reasonsView->currentIndex().row() != index.row())
            m_reasonsView->setCurrentIndex(index);
    }
    m_tableTitle->setText(tableTitle());
    m_behindTitle->setText(behindTitle());
    m_customersView->resizeColumnsToContents();
    m_reasonsView->resizeColumnsToContents();
    // Long names and words are elided (their tooltip shows them whole): the columns after them stay in view.
    const int character = m_customersView->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] :
        {std::pair {int(LostCustomersModel::NameColumn), 24}, std::pair {int(LostCustomersModel::SaidColumn), 36}}) {
        if (m_customersView->columnWidth(column) > character * characters)
            m_customersView->setColumnWidth(column, character * characters);
    }
}

QString ReasonsPage::tableTitle() const
{
    return m_row < 0 ? tr("All lost customers of the range, by reason")
                     : tr("Lost customers, %1, by reason").arg(m_chart->rowCaption(m_row));
}

QString ReasonsPage::behindTitle() const
{
    const QLocale locale;
    const QString count = locale.toString(m_customersModel->rowCount());
    const QString where = m_row < 0 ? tr("in the whole range") : m_chart->rowCaption(m_row);
    if (!m_reason)
        return tr("The customers behind it: all %1 lost, %2. Click a bar or a reason to see only those.")
            .arg(count, where);
    if (*m_reason == ChurnReason::Unknown)
        return tr("The customers behind it: %1 lost, %2, who said nothing.").arg(count, where);
    return tr("The customers behind it: %1 lost, %2, for %3.").arg(count, where, ReasonClassifier::name(*m_reason));
}

QString ReasonsPage::summary() const
{
    return m_summary->text();
}

void ReasonsPage::updateSummary()
{
    const QLocale locale;
    if (m_total.lost == 0) {
        m_summary->setText(m_data ? tr("No customer was lost in this range.") : QString());
        return;
    }
    const ReasonFigures &silent = m_total.reasons.at(int(ChurnReason::Unknown));
    QString text = tr("%1 customers lost in the range shown, who brought %2 in their last 12 months. %3 of them "
                      "(%4 %) gave no reason: the silent ones.")
                       .arg(locale.toString(m_total.lost), formatMoney(m_total.lostRevenueMinor(), m_currency, locale),
                           locale.toString(silent.customers), locale.toString(silent.share.value_or(0.0), 'f', 1));
    if (silent.customers == m_total.lost)
        text += u' '
            + tr("Import cancellation reasons (a column such as \"Cancellation reason\" or \"Kündigungsgrund\" in a "
                 "customer file) or exit survey answers to see why customers leave.");
    m_summary->setText(text);
}

void ReasonsPage::retranslate()
{
    m_splitLabel->setText(tr("&Split:"));
    m_splitBox->setItemText(0, tr("By period"));
    m_splitBox->setItemText(1, tr("By segment"));
    m_splitBox->setItemText(2, tr("By plan"));
    m_silent->setText(tr("Those who said &nothing"));
    m_silent->setToolTip(tr("Stack the lost customers who gave no reason on top, in grey. Most customers leave "
                            "without a word; without them the reasons given read larger."));
    m_measureLabel->setText(tr("S&how:"));
    m_measure->setItemText(0, tr("Customers"));
    m_measure->setItemText(1, tr("Lost revenue"));
}

void ReasonsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_reasonsModel->retranslate();
        m_customersModel->retranslate();
        updateSummary();
        m_tableTitle->setText(tableTitle());
        m_behindTitle->setText(behindTitle());
    }
}

} // namespace rd
