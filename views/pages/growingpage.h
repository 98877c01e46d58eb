// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rd {

class GrowingTableModel;
struct DashboardSnapshot;

// Beside the at-risk list: the customers whose spending or activity clearly rises, key accounts first, with the
// reasons in numbers. Upsell candidates; a double click opens the customer in the at-risk list's detail.
class GrowingPage : public QWidget
{
    Q_OBJECT

public:
    explicit GrowingPage(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot);
    void focusFilter();
    GrowingTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QString summary() const;

signals:
    void customerRequested(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();

    GrowingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLineEdit *m_search;
    QTableView *m_view;
    int m_scored = 0; // customers scored: the growing ones are among these
    QDate m_asOf;
};

} // namespace rd
