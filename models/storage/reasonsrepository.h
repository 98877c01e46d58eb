// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "core/result.h"

namespace rd {

class Database;

// What customers said when they left, as imported: a customer file's cancellation reason and comment, and the
// answers of exit surveys. Customers are named by their database id.
struct LeavingWords
{
    struct Said
    {
        QString reason;
        QString comment;
    };
    struct Answer
    {
        qint64 customerId = 0;
        QDate date;
        Said said;
    };
    QHash<qint64, Said> cancellations; // customers with a reason or a comment only
    QList<Answer> answers; // by customer, then day
};

Result<LeavingWords> loadLeavingWords(Database &database);
// The user's own keywords per reason category: the settings "reasons.<code>", comma-separated, by code.
Result<QHash<QString, QStringList>> loadReasonKeywords(Database &database);

} // namespace rd
