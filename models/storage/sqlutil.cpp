// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/sqlutil.h"

#include <QSqlError>

namespace rd::sql {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
public:
    static Error failure(const QSqlQuery &query, const QString &statement)
    {
        return Error {tr("The database could not carry out a request."),
            query.lastError().text() + u" [" + statement.simplified() + u']'};
    }
};
} // namespace

Result<void> prepare(QSqlQuery &query, const QString &statement)
{
    if (!query.prepare(statement))
        return Tr::failure(query, statement);
    return {};
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return Tr::failure(query, query.lastQuery());
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return Tr::failure(query, statement);
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return Tr::failure(query, statement);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace rd::sql
