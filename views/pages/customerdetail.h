// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <functional>

#include <QPointer>
#include <QWidget>

class QAction;
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

class CustomerDataController;
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
    void setDataController(CustomerDataController *controller);
    // "Export data…" (the customer's data as a JSON file) and "Erase customer…", enabled while a customer shows.
    QAction *exportAction() const { return m_exportAction; }
    QAction *eraseAction() const { return m_eraseAction; }
    // What the two actions ask the user; by default a file dialog and a message box. The chooser gets a
    // suggested path and returns the chosen one (empty: cancelled); confirm gets the question and the
    // consequences and returns whether to go on.
    void setFileChooser(std::function<QString(const QString &suggested)> chooser);
    void setConfirmation(std::function<bool(const QString &question, const QString &consequences)> confirm);
    void showCustomer(const RiskTableModel &model, int row);
    void clear();
    qint64 customerId() const { return m_customerId; }
    QString factsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void saveState();
    void saveOwner();
    void addNote();
    void undo();
    void loadNotes();
    void report(const QString &error);
    void exportData();
    void eraseCustomer();
    void eraseFinished();
    void updateActions();

    ReviewController *m_controller = nullptr;
    // Guarded: the risk page replaces the controller (and deletes the old one) when another database opens.
    QPointer<CustomerDataController> m_dataController;
    std::function<QString(const QString &)> m_chooseFile;
    std::function<bool(const QString &, const QString &)> m_confirm;
    qint64 m_customerId = 0;
    QString m_externalId;
    QString m_name;
    QString m_erasing; // who is being erased, for the message at the end (the detail may show another by then)
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
    QAction *m_exportAction;
    QAction *m_eraseAction;
    QLabel *m_untilLabel;
    QLabel *m_reviewLabel;
    QLabel *m_ownerLabel;
};

} // namespace rd
