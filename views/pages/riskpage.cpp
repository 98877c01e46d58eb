// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/riskpage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "dashboard/customerdatacontroller.h"
#include "dashboard/reviewcontroller.h"
#include "dashboard/winbackcontroller.h"
#include "export/tableexport.h"
#include "itemmodels/riskfilterproxymodel.h"
#include "itemmodels/risktablemodel.h"
#include "views/dialogs/reliabilitydialog.h"
#include "views/dialogs/winbackdialog.h"
#include "views/pages/customerdetail.h"
#include "views/pages/riskdelegate.h"

using namespace Qt::StringLiterals;

namespace rd {

RiskPage::RiskPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RiskTableModel(this))
    , m_proxy(new RiskFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_review(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_newOnly(new QPushButton(this))
    , m_detail(new CustomerDetail(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_reliability(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_message(new QPushButton(this))
    , m_messageMenu(new QMenu(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    for (RiskLevel level : {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green}) {
        auto *button = new QPushButton(this);
        button->setCheckable(true);
        button->setChecked(level != RiskLevel::Green);
        button->setProperty("level", int(level));
        connect(button, &QPushButton::toggled, this, &RiskPage::levelsChanged);
        m_levelButtons.append(button);
        filters->addWidget(button);
    }
    m_newOnly->setCheckable(true);
    m_newOnly->hide();
    connect(m_newOnly, &QPushButton::toggled, this, &RiskPage::applyNewOnly);
    filters->addWidget(m_newOnly);
    for (const int state : {-1, int(ReviewState::Open), int(ReviewState::Contacted), int(ReviewState::Resolved),
             int(ReviewState::Snoozed)})
        m_review->addItem(QString(), state);
    filters->addWidget(m_review);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_owner);
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);
    // What to do with the list, on a row of its own: the filters keep their room in German too.
    auto *actions = new QHBoxLayout;
    connect(m_export, &QPushButton::clicked, this, &RiskPage::chooseExportFile);
    m_messageMenu->addAction(QString(), this, [this] { prepareMessages(true); });
    m_messageMenu->addAction(QString(), this, [this] { prepareMessages(false); });
    connect(m_messageMenu, &QMenu::aboutToShow, this, &RiskPage::retranslate); // the counts as they are now
    m_message->setMenu(m_messageMenu);
    m_message->setEnabled(false);
    actions->addWidget(m_message);
    actions->addWidget(m_export);
    actions->addStretch(1);
    m_reliability->setEnabled(false);
    connect(m_reliability, &QPushButton::clicked, this, &RiskPage::showReliability);
    actions->addWidget(m_reliability);
    layout->addLayout(actions);

    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(RiskTableModel::StatusColumn, new RiskDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RiskTableModel::StatusColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, for a message to each
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The reason right after the value: who matters and why comes first, the finer figures after.
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(
        header->visualIndex(RiskTableModel::MainReasonColumn), header->visualIndex(RiskTableModel::Value12mColumn) + 1);
    header->setStretchLastSection(true);
    m_view->setWordWrap(false);
    createColumnMenu();
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 400});
    m_splitter->restoreState(QSettings().value(u"risk/splitter"_s).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { QSettings().setValue(u"risk/splitter"_s, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RiskFilterProxyModel::setSearchText);
    connect(m_review, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_review->currentData().toInt();
        m_proxy->setReviewStates(state < 0 ? QSet<ReviewState>() : QSet<ReviewState> {ReviewState(state)});
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setOwner(m_owner->currentData().toString()); });
    connect(m_proxy, &RiskFilterProxyModel::countsByLevelChanged, this, &RiskPage::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RiskPage::showCurrent);
    levelsChanged();
    retranslate();
}

void RiskPage::retranslate()
{
    const QStringList states {tr("Any review state"), tr("Open"), tr("Contacted"), tr("Resolved"), tr("Snoozed")};
    for (int i = 0; i < states.size(); ++i)
        m_review->setItemText(i, states.at(i));
    m_search->setPlaceholderText(tr("Filter by name, number or reason (Ctrl+F)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the list as it shows, filtered and sorted, for Excel"));
    if (m_watch && m_watch->since) {
        const QLocale locale;
        m_newOnly->setText(tr("New (%1)", "warnings since the last look").arg(locale.toString(m_watch->alerts.size())));
        m_newOnly->setToolTip(tr("Only the customers who turned red or yellow since your look of %1")
                                  .arg(locale.toString(m_watch->since->lookedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_message->setText(tr("Prepare a Message…"));
    m_message->setToolTip(tr("Win-back messages for your mail tool or mail program, from a template; nothing is "
                             "sent from here"));
    const QLocale here;
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_messageMenu->actions().at(0)->setText(tr("To the Selected Customers (%1)…").arg(here.toString(selected)));
    m_messageMenu->actions().at(0)->setEnabled(selected > 0);
    m_messageMenu->actions().at(1)->setText(
        tr("To Everyone in the List as Shown (%1)…").arg(here.toString(m_proxy->rowCount())));
    m_messageMenu->actions().at(1)->setEnabled(m_proxy->rowCount() > 0);
    m_reliability->setText(tr("How reliable is the light?"));
    m_reliability->setToolTip(tr("See how the light's colours worked out on your own history"));
    m_view->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    if (m_owner->count() >= 2) {
        m_owner->setItemText(0, tr("Any owner"));
        m_owner->setItemText(1, tr("Nobody", "owner filter"));
    }
    const QList<QAction *> columns = m_columnMenu->actions();
    for (int i = 0; i < columns.size(); ++i)
        columns.at(i)->setText(columnTitle(RiskTableModel::KeyAccountColumn + i));
    updateCounts();
}

void RiskPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        fitColumns();
        showCurrent(); // the customer's facts, in the new language
    }
}

QString RiskPage::columnTitle(int column) const
{
    return column == RiskTableModel::KeyAccountColumn ? tr("Key account")
                                                      : m_model->headerData(column, Qt::Horizontal).toString();
}

RiskPage::~RiskPage() = default;

ReliabilityDialog *RiskPage::showReliability()
{
    if (!m_data)
        return nullptr;
    auto *dialog = new ReliabilityDialog(m_data, m_settings, m_thresholds, m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReliabilityDialog::thresholdsChanged, this, &RiskPage::thresholdsChanged);
    dialog->show();
    return dialog;
}

void RiskPage::setSnapshot(const DashboardSnapshot &snapshot, const QString &databasePath)
{
    if (!m_reviews || m_reviews->property("path").toString() != databasePath) {
        delete m_reviews;
        m_reviews = new ReviewController(databasePath, m_model, this);
        m_reviews->setProperty("path", databasePath);
        m_detail->setController(m_reviews);
    }
    if (!m_customerData || m_customerData->databasePath() != databasePath) {
        delete m_customerData;
        m_customerData = new CustomerDataController(databasePath, m_model, this);
        connect(m_customerData, &CustomerDataController::erased, this, &RiskPage::customerErased);
        m_detail->setDataController(m_customerData);
    }
    if (!m_winBack || m_winBack->databasePath() != databasePath) {
        delete m_winBack;
        m_winBack = new WinBackController(databasePath, m_model, this);
        connect(m_winBack, &WinBackController::logged, this, [this] { showCurrent(); }); // the new note
    }
    m_model->setSnapshot(snapshot.data, snapshot.risk, snapshot.reviews, snapshot.currency, dateOf(snapshot.asOf));
    m_data = snapshot.data;
    m_databasePath = databasePath;
    m_settings = snapshot.settings;
    m_thresholds = snapshot.thresholds;
    m_reliability->setEnabled(m_data != nullptr);
    m_message->setEnabled(m_data != nullptr);
    // The owners to filter by: everyone who looks after a listed customer.
    const QString owner = m_owner->currentData().toString();
    QStringList owners;
    for (const Review &review : snapshot.reviews) {
        if (!review.owner.isEmpty() && !owners.contains(review.owner))
            owners.append(review.owner);
    }
    owners.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), QString());
    m_owner->addItem(tr("Nobody", "owner filter"), RiskFilterProxyModel::nobody());
    for (const QString &name : std::as_const(owners))
        m_owner->addItem(name, name);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    fitColumns();
    updateCounts();
    if (m_proxy->rowCount() > 0)
        selectRow(0);
    else
        m_detail->clear();
}

void RiskPage::createColumnMenu()
{
    QHeaderView *header = m_view->horizontalHeader();
    m_columnMenu = new QMenu(this);
    const QStringList hidden = QSettings().value(u"risk/hiddenColumns"_s).toStringList();
    for (int column = RiskTableModel::KeyAccountColumn; column < RiskTableModel::ColumnCount; ++column) {
        QAction *action = m_columnMenu->addAction(columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!hidden.contains(QString::number(column)));
        header->setSectionHidden(column, !action->isChecked());
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            QStringList columns;
            for (int i = 0; i < RiskTableModel::ColumnCount; ++i) {
                if (header->isSectionHidden(i))
                    columns.append(QString::number(i));
            }
            QSettings().setValue(u"risk/hiddenColumns"_s, columns);
        });
    }
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        [this, header](const QPoint &at) { m_columnMenu->popup(header->mapToGlobal(at)); });
}

void RiskPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    // Long names and reasons are elided (the detail and the tooltip show them whole): the list keeps
    // room for its other columns.
    const int character = m_view->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] :
        {std::pair {RiskTableModel::NameColumn, 24}, std::pair {RiskTableModel::MainReasonColumn, 40}}) {
        if (m_view->columnWidth(column) > character * characters)
            m_view->setColumnWidth(column, character * characters);
    }
}

Result<void> RiskPage::exportList(const QString &path) const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const ExportTable table = TableExport::riskList(*m_model, rows);
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return TableExport::writeXlsx(table, path);
    return TableExport::writeCsv(table, path);
}

void RiskPage::chooseExportFile()
{
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV for Excel (*.csv)");
    const QString name
        = tr("at-risk-customers") + u'-' + dateOf(m_model->report().asOf).toString(Qt::ISODate) + u".xlsx"_s;
    QString filter = excel;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the At-Risk List"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name), excel + u";;"_s + csv,
        &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csv ? u".csv"_s : u".xlsx"_s;
    if (auto written = exportList(path); !written)
        QMessageBox::warning(this, tr("Could not export the list"), written.error().message);
}

WinBackDialog *RiskPage::prepareMessages(bool selectedOnly)
{
    if (!m_winBack)
        return nullptr;
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selectedOnly && !selected.isEmpty()) {
        // In the list's order, as the user sees it.
        QList<int> shown;
        for (const QModelIndex &index : selected)
            shown.append(index.row());
        std::sort(shown.begin(), shown.end());
        for (int row : std::as_const(shown))
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    if (rows.isEmpty())
        return nullptr;
    const QString scope = selectedOnly && !selected.isEmpty()
        ? tr("the %Ln selected customer(s)", nullptr, int(rows.size()))
        : tr("the %Ln customer(s) of the list as shown", nullptr, int(rows.size()));
    auto *dialog = new WinBackDialog(m_winBack, rows, scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void RiskPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RiskPage::selectRow(int row)
{
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_proxy->index(row, 0));
    showCurrent();
}

bool RiskPage::showCustomer(qint64 customerId)
{
    const int source = m_model->rowOfCustomer(customerId);
    if (source < 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(source, 0)).isValid()) {
        m_newOnly->setChecked(false);
        m_search->clear();
        m_review->setCurrentIndex(0);
        m_owner->setCurrentIndex(0);
        const auto level = RiskLevel(m_model->index(source, 0).data(RiskTableModel::RiskLevelRole).toInt());
        for (QPushButton *button : std::as_const(m_levelButtons)) {
            if (RiskLevel(button->property("level").toInt()) == level)
                button->setChecked(true);
        }
    }
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(source, 0));
    if (!shown.isValid())
        return false;
    selectRow(shown.row());
    m_view->scrollTo(shown);
    return true;
}

void RiskPage::showLevel(RiskLevel level)
{
    for (QPushButton *button : std::as_const(m_levelButtons)) {
        const QSignalBlocker blocker(button);
        button->setChecked(RiskLevel(button->property("level").toInt()) == level);
    }
    levelsChanged();
}

void RiskPage::setWatch(const std::optional<LightWatch> &watch)
{
    m_watch = watch;
    // On the first look everyone red or yellow is new: the list itself says as much.
    const bool any = watch && watch->since && !watch->alerts.isEmpty();
    m_newOnly->setVisible(any);
    if (!any)
        m_newOnly->setChecked(false);
    applyNewOnly(); // the new look's customers
    retranslate();
}

void RiskPage::applyNewOnly()
{
    std::optional<QSet<qint64>> ids;
    if (m_newOnly->isChecked() && m_watch) {
        ids.emplace();
        for (const LightChange &change : std::as_const(m_watch->alerts))
            ids->insert(change.customerId);
    }
    m_proxy->setCustomerIds(ids);
}

void RiskPage::showNewSinceLastLook()
{
    for (QPushButton *button : std::as_const(m_levelButtons)) {
        const QSignalBlocker blocker(button);
        button->setChecked(RiskLevel(button->property("level").toInt()) != RiskLevel::Green);
    }
    levelsChanged();
    m_newOnly->setChecked(m_newOnly->isVisible());
}

void RiskPage::levelsChanged()
{
    QSet<RiskLevel> levels;
    for (QPushButton *button : std::as_const(m_levelButtons)) {
        if (button->isChecked())
            levels.insert(RiskLevel(button->property("level").toInt()));
    }
    m_proxy->setLevels(levels.size() == 3 ? QSet<RiskLevel>() : levels);
}

void RiskPage::updateCounts()
{
    const QHash<RiskLevel, int> counts = m_proxy->countsByLevel();
    const QLocale locale;
    for (QPushButton *button : std::as_const(m_levelButtons)) {
        const auto level = RiskLevel(button->property("level").toInt());
        button->setText(
            tr("%1 (%2)", "risk level and count").arg(RiskText::level(level), locale.toString(counts.value(level))));
    }
}

void RiskPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    m_detail->showCustomer(*m_model, source.row());
}

} // namespace rd
