// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>

#include <QWidget>

#include "risk/leavingreasons.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace rd {

class LostCustomersModel;
class ReasonsChart;
class ReasonsTableModel;
struct DashboardSnapshot;

// Why customers leave: the lost customers by the reason they gave, per period, segment or plan, with the revenue
// they brought and the share of those who said nothing. A bar, or a reason in the table, lists the customers
// behind it.
class ReasonsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReasonsPage(QWidget *parent = nullptr);
    ~ReasonsPage() override;

    void setSnapshot(const DashboardSnapshot &snapshot);
    void setSplit(ReasonsSplit split); // Period, Segment or Plan
    ReasonsSplit split() const;
    // Shows the figures of one row of the chart (-1: the whole range) and lists the customers behind one of
    // its reasons (nullopt: every reason of the row).
    void showBehind(int row, std::optional<ChurnReason> reason);

    ReasonsChart *chart() const { return m_chart; }
    ReasonsTableModel *reasonsModel() const { return m_reasonsModel; }
    LostCustomersModel *customersModel() const { return m_customersModel; }
    QTableView *customersView() const { return m_customersView; }
    QString summary() const;
    QString behindTitle() const;
    QString tableTitle() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSplit();
    void updateSummary();

    ReasonsReport m_report;
    std::shared_ptr<const Dataset> m_data;
    QString m_currency;
    PeriodKind m_kind = PeriodKind::Month;
    QList<ReasonsPeriod> m_rows; // as the chart shows them
    ReasonsPeriod m_total;
    int m_row = -1; // the chart's row in the table, -1 for the whole range
    std::optional<ChurnReason> m_reason;
    bool m_stale = true; // the table shows a row of data replaced since

    QLabel *m_splitLabel;
    QComboBox *m_splitBox;
    QLabel *m_measureLabel;
    QComboBox *m_measure;
    QCheckBox *m_silent;
    QLabel *m_summary;
    ReasonsChart *m_chart;
    QSplitter *m_splitter;
    QLabel *m_tableTitle;
    ReasonsTableModel *m_reasonsModel;
    QTableView *m_reasonsView;
    QLabel *m_behindTitle;
    LostCustomersModel *m_customersModel;
    QSortFilterProxyModel *m_customersProxy;
    QTableView *m_customersView;
};

} // namespace rd
