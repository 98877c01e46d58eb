// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/result.h"

namespace rd {

// What a file holds: one import is one kind.
enum class ImportKind { Customers, Orders, Activity, Tickets, Surveys };

QString importKindName(ImportKind kind);
// The kind as the window names it, translated ("Orders").
QString importKindTitle(ImportKind kind);
std::optional<ImportKind> importKindFromName(QStringView name);

// The fields a column can be mapped to. Names (fieldName) are what `--map COLUMN=field` takes.
enum class Field {
    Ignore,
    CustomerId,
    Name,
    FirstName,
    LastName,
    Email,
    Segment,
    Plan,
    Country,
    SignupDate,
    CancelDate,
    Mrr,
    Interval,
    Currency,
    TotalSpent,
    TotalOrders,
    LastActive,
    RenewalDate,
    OrderId,
    Date,
    Amount,
    Quantity,
    UnitPrice,
    Status,
    RefundedAmount,
    DebitCredit, // DATEV Soll/Haben-Kennzeichen
    ContraAccount, // DATEV Gegenkonto
    Kind, // activity kind (login, visit, ...) or survey kind (nps, csat, exit)
    Count,
    TicketId,
    OpenedDate,
    ClosedDate,
    Severity,
    Complaint,
    Subject,
    Score,
    CancelReason, // why a customer left: a customer file's cancellation reason, an exit survey's answer
    Comment, // the customer's own words beside it
};

QString fieldName(Field field);
std::optional<Field> fieldFromName(QStringView name);
// The field as the window names it, translated ("Customer number" for customer_id).
QString fieldTitle(Field field);
// The fields a file of this kind can fill, in the order help texts list them.
QList<Field> fieldsFor(ImportKind kind);
bool isDateField(Field field);
bool isMoneyField(Field field);

// Lower case, umlauts spelled out (ä -> ae, ß -> ss), everything but letters and digits dropped:
// "Kunden-Nr.", "kunden_nr" and "KUNDEN NR" all become "kundennr".
QString normaliseHeader(QStringView header);

// The field a header names in a file of this kind, from German and English synonyms.
std::optional<Field> fieldForHeader(QStringView header, ImportKind kind);

struct ColumnMapping
{
    QList<Field> fields; // one per column, Field::Ignore for columns not used
    int column(Field field) const { return int(fields.indexOf(field)); }
    bool has(Field field) const { return fields.contains(field); }
};

class HeaderMapper
{
    Q_DECLARE_TR_FUNCTIONS(HeaderMapper)

public:
    // Maps a header row: preset columns first (normalised header -> field), then synonyms, then the
    // user's overrides (COLUMN=field, COLUMN a header or a 1-based column number). A field claimed by
    // two columns goes to the first. Fails on an unknown column or field in an override.
    static Result<ColumnMapping> map(const QStringList &headers, ImportKind kind,
        const QList<std::pair<QString, Field>> &presetColumns, const QList<std::pair<QString, QString>> &overrides);
    // The fields this kind cannot do without that the mapping lacks.
    static QList<Field> missingRequired(const ColumnMapping &mapping, ImportKind kind);
};

} // namespace rd
