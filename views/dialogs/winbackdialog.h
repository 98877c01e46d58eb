// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDialog>

#include "dashboard/winback.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rd {

class WinBackController;

// "Prepare a message…": win-back messages for the customers chosen in the at-risk list (the selection, or the
// list as filtered), from the template each one's main reason calls for or one chosen, with a preview. Saves a
// mail-merge file for the user's mail tool, or opens the default mail program with a message per customer
// (mailto:). Nothing is sent by the program; each prepared message is logged on its customer.
class WinBackDialog : public QDialog
{
    Q_OBJECT

public:
    // rows: source rows of the controller's model; scope says who they are ("the 12 selected customers").
    WinBackDialog(WinBackController *controller, QList<int> rows, const QString &scope, QWidget *parent = nullptr);

    const QList<WinBackMessage> &messages() const { return m_messages; }
    // Writes the mail-merge file and logs the messages (unless logging is off); false when nothing was written
    // (the reason was shown).
    bool saveMailMerge(const QString &path);
    // Opens the default mail program with the messages of these indexes (into messages()) that have an address,
    // and logs those; returns how many were opened.
    int openInMailProgram(const QList<int> &indexes);
    QListWidget *customerList() const { return m_customers; }
    QComboBox *templateBox() const { return m_template; }
    QCheckBox *logBox() const { return m_log; }
    // Open All: off for more than 50 customers with an address (a mail-merge file is the way then).
    QPushButton *openAllButton() const { return m_openAll; }
    QPlainTextEdit *preview() const { return m_preview; }
    QString summary() const;

private:
    void prepare();
    void showMessage(int index);
    void chooseMailMergeFile();
    void openCurrent();
    void openAll();

    WinBackController *m_controller;
    QList<int> m_rows;
    QString m_scope;
    QList<WinBackMessage> m_messages;
    QLabel *m_summary;
    QComboBox *m_template;
    QListWidget *m_customers;
    QPlainTextEdit *m_preview;
    QCheckBox *m_log;
    QPushButton *m_save;
    QPushButton *m_open;
    QPushButton *m_openAll;
};

} // namespace rd
