// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"

namespace rd {

class Database;

// How many rows of one table an erasure removed.
struct ErasedRows
{
    QString table;
    qint64 rows = 0;
};

struct ErasureReport
{
    qint64 customerId = 0;
    QString externalId;
    QString name;
    QList<ErasedRows> rows; // one entry per table in customerTables() order, the customer row last
    // Set when the customer is gone from the data but the file could not be rewritten afterwards (another
    // program holding it, no disk space), so that old copies of the deleted pages may still be in the file.
    std::optional<Error> cleanupError;

    qint64 rowsOf(const QString &table) const;
};

// Data subject rights: everything the database holds about one customer (GDPR Art. 15), and erasing it so
// that it is not left behind in the file either (Art. 17). Customers are named by their external id, as the
// user knows them.
class PrivacyRepository
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyRepository)

public:
    explicit PrivacyRepository(Database &database);

    // The tables that hold rows keyed by a customer (column customer_id), children of the customers table.
    // A table added to the schema with a customer_id must be added here (a test compares it with the schema).
    static QStringList customerTables();

    struct Customer
    {
        qint64 id = 0;
        QString name; // empty when the data has none
    };
    // The customer with this external id; an error naming the id when there is none.
    Result<Customer> customer(const QString &externalId) const;

    // The customer row and every row of customerTables() about them, with the imports they came from.
    Result<QJsonObject> exportCustomer(const QString &externalId) const;

    // Deletes the customer and all their rows in one transaction, with SQLite's secure_delete on, then frees
    // the pages (incremental vacuum or VACUUM, as the file is set up) and folds the write-ahead log back and
    // truncates it. An unknown external id is an error naming it; on any error before the commit nothing is
    // deleted.
    Result<ErasureReport> eraseCustomer(const QString &externalId);

private:
    Result<void> freePages();

    Database &m_database;
};

} // namespace rd
