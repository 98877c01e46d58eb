// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>

#include <QWidget>

#include "dashboard/dashboardengine.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace rd {

class CustomerDataController;
class CustomerDetail;
class ReliabilityDialog;
class ReviewController;
class WinBackController;
class WinBackDialog;
class RiskFilterProxyModel;
class RiskTableModel;

// Whom to call today: the traffic-light list with its filters, and the selected customer's detail.
class RiskPage : public QWidget
{
    Q_OBJECT

public:
    explicit RiskPage(QWidget *parent = nullptr);
    ~RiskPage() override;

    void setSnapshot(const DashboardSnapshot &snapshot, const QString &databasePath);
    void focusFilter();
    // Lists the customers of this level only (the level buttons show it).
    void showLevel(RiskLevel level);
    // The customers who turned red or yellow since the look before the last one, as the last look found them.
    void setWatch(const std::optional<LightWatch> &watch);
    // Lists only those (red and yellow); the button beside the levels turns it off again.
    void showNewSinceLastLook();
    QPushButton *newOnlyButton() const { return m_newOnly; }
    // Writes the list as it shows (filtered and sorted) to an Excel workbook (.xlsx) or a CSV file (.csv),
    // by the suffix; chooseExportFile() asks where.
    Result<void> exportList(const QString &path) const;
    void chooseExportFile();
    // "Prepare a message…": win-back messages for the selected customers, or (selectedOnly false, or nothing
    // selected) for the list as it shows, filtered. Returns the dialog, nullptr when nobody is listed.
    WinBackDialog *prepareMessages(bool selectedOnly);
    void selectRow(int row);
    // Selects a listed customer and shows the detail, turning off the filters that hide the row; false when the
    // customer is not in the list.
    bool showCustomer(qint64 customerId);
    // Opens "How reliable is the light?" for the data shown; nullptr before there is any.
    ReliabilityDialog *showReliability();
    RiskTableModel *model() const { return m_model; }
    RiskFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    CustomerDetail *detail() const { return m_detail; }
    // The header's context menu: a checkable action per column that can be hidden (all but status and
    // name). The choice is kept in the settings.
    QMenu *columnMenu() const { return m_columnMenu; }

signals:
    // The database's risk thresholds changed (tuned): the window must score again.
    void thresholdsChanged();
    // A customer was erased (and taken out of the list): the window must read the data again.
    void customerErased(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString columnTitle(int column) const;
    void updateCounts();
    void levelsChanged();
    void applyNewOnly();
    void showCurrent();
    void createColumnMenu();
    void fitColumns();

    RiskTableModel *m_model;
    RiskFilterProxyModel *m_proxy;
    ReviewController *m_reviews = nullptr;
    CustomerDataController *m_customerData = nullptr;
    WinBackController *m_winBack = nullptr;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_review;
    QComboBox *m_owner;
    QList<QPushButton *> m_levelButtons; // red, yellow, green
    QPushButton *m_newOnly; // only the new warnings since the last look
    std::optional<LightWatch> m_watch;
    CustomerDetail *m_detail;
    QSplitter *m_splitter;
    QMenu *m_columnMenu = nullptr;
    QPushButton *m_reliability;
    QPushButton *m_export;
    QPushButton *m_message;
    QMenu *m_messageMenu;
    std::shared_ptr<const Dataset> m_data;
    LifetimeSettings m_settings;
    RiskThresholds m_thresholds;
    QString m_databasePath;
};

} // namespace rd
