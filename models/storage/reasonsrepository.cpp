// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/reasonsrepository.h"

#include <QSqlQuery>

#include "storage/database.h"
#include "storage/sqlutil.h"

using namespace Qt::StringLiterals;

namespace rd {

Result<LeavingWords> loadLeavingWords(Database &database)
{
    LeavingWords words;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (auto result = sql::exec(query,
            u"SELECT id, cancel_reason, cancel_comment FROM customers"
            " WHERE cancel_reason IS NOT NULL OR cancel_comment IS NOT NULL"_s);
        !result)
        return result.error();
    while (query.next())
        words.cancellations.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    if (auto result = sql::exec(query,
            u"SELECT customer_id, answer_date, reason, comment FROM exit_answers ORDER BY customer_id, answer_date"_s);
        !result)
        return result.error();
    while (query.next()) {
        words.answers.append({query.value(0).toLongLong(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
            {query.value(2).toString(), query.value(3).toString()}});
    }
    return words;
}

Result<QHash<QString, QStringList>> loadReasonKeywords(Database &database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (auto result = sql::exec(query, u"SELECT key, value FROM settings WHERE key LIKE 'reasons.%'"_s); !result)
        return result.error();
    QHash<QString, QStringList> keywords;
    while (query.next()) {
        QStringList words;
        for (const QString &word : query.value(1).toString().split(u',', Qt::SkipEmptyParts)) {
            if (!word.trimmed().isEmpty())
                words.append(word.trimmed());
        }
        keywords.insert(query.value(0).toString().mid(8), words);
    }
    return keywords;
}

} // namespace rd
