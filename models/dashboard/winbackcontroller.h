// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QObject>
#include <QUrl>

#include "dashboard/winback.h"

namespace rd {

class RiskTableModel;

// "Prepare a message…" of the at-risk list: win-back messages for listed customers, as a mail-merge file or as
// mailto: links for the default mail program, each logged on its customer (who then shows as contacted). The
// program sends nothing.
class WinBackController : public QObject
{
    Q_OBJECT

public:
    WinBackController(QString databasePath, RiskTableModel *model, QObject *parent = nullptr);

    QString databasePath() const { return m_path; }
    // A message per row of the model (its source rows), in the order given; the template each customer's main
    // reason calls for unless `forced` names one; in the locale's formats and the installed translation.
    Result<QList<WinBackMessage>> prepare(
        const QList<int> &rows, std::optional<WinBackTemplate> forced = std::nullopt, const QLocale &locale = {});
    // The mail-merge file (CSV for Excel: UTF-8 with BOM, the locale's separator, formula-safe).
    static Result<void> writeMailMerge(
        const QList<WinBackMessage> &messages, const QString &path, const QLocale &locale = {});
    // mailto:address?subject=…&body=… with the message, lines ending CRLF as mail wants them; empty without an
    // address.
    static QUrl mailtoUrl(const WinBackMessage &message);
    // Logs each message on its customer (channel mail_merge or mailto) in one transaction: a contact in the log,
    // a review note, and the review state Contacted, which the list then shows.
    Result<void> log(const QList<WinBackMessage> &messages, const QString &channel);

signals:
    void logged(const QList<qint64> &customerIds);

private:
    QString m_path;
    RiskTableModel *m_model;
    std::optional<QHash<qint64, QString>> m_emails; // read once per controller (database)
};

} // namespace rd
