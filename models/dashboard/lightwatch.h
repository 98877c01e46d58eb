// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QDateTime>
#include <QList>

#include "core/result.h"
#include "risk/riskengine.h"
#include "storage/lighthistory.h"

namespace rd {

class Database;

enum class LightSource { Window, Cli };

// A customer whose colour differs between two looks.
struct LightChange
{
    qint64 customerId = 0;
    int customer = -1; // index into the dataset; -1 when it no longer holds the customer
    std::optional<RiskLevel> level; // now; nullopt: not listed (cancelled, lost long ago)
    std::optional<RiskLevel> previous; // at the earlier look; nullopt: not listed then, or no earlier look
    QList<Reason> reasons; // a warning's reasons today; a recovery's, those it had before
    qint64 value12mMinor = 0; // as the report has them
    bool keyAccount = false;
    QDateTime changedAt; // that look (UTC) and the day of the data it was as of
    QDate changedAsOf;

    // Turned yellow or red, or red from yellow: what a warning is about.
    bool isAlert() const;
    // Green again after yellow or red.
    bool isRecovery() const;
};

struct LightWatch
{
    LightLook look; // the look just taken
    std::optional<LightLook> since; // the look compared with; nullopt: there was none (this is the first)
    QList<LightChange> alerts; // in the report's priority order: red first, key accounts and value at risk
    QList<LightChange> recovered;

    qsizetype newRed() const; // of the alerts, those red now; the rest are yellow
};

// Takes a look at the light: stores each customer's colour in the report where it changed since the last look
// (the report must cover every customer, without a filter), then compares it with the colours as of the last
// look before `since` or, without it, the last look before this one. One look's changes are stored in one
// transaction; a second look at unchanged data finds nothing new.
Result<LightWatch> takeLook(Database &database, const Dataset &data, const RiskReport &report, LightSource source,
    const QDateTime &now, const std::optional<QDateTime> &since = {});

// The reasons as stored with a change, and back: [{"code": "inactive", "level": "red", "numbers": [45]}, ...].
QString reasonsToJson(const QList<Reason> &reasons);
QList<Reason> reasonsFromJson(const QString &json);

} // namespace rd
