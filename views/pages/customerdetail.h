// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

class QChartView;

namespace rd {

class ReviewController;
class RiskTableModel;

// All the facts behind a customer's colour: every reason with its numbers, monthly spend and activity
// over 24 months, tickets and answers, value; and the review, edited here and saved at once.
class CustomerDetail : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetail(QWidget *parent = nullptr);

    void setController(ReviewController *controller);
    void showCustomer(const RiskTableModel &model, int row);
    void clear();
    qint64 customerId() const { return m_customerId; }
    QString factsText() const;

private:
    void saveState();
    void saveOwner();
    void addNote();
    void undo();
    void loadNotes();
    void report(const QString &error);

    ReviewController *m_controller = nullptr;
    qint64 m_customerId = 0;
    bool m_loading = false;
    QLabel *m_heading;
    QTextBrowser *m_facts;
    QChartView *m_chart;
    QComboBox *m_state;
    QDateEdit *m_until;
    QLineEdit *m_owner;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    QPushButton *m_undo;
    QListWidget *m_notes;
    QLabel *m_error;
};

} // namespace rd
