// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "core/result.h"

namespace rd {

class Database;

// One look at every customer's colour: when (UTC), as of which day of the data, by whom ("window" or "cli"),
// and how many were red, yellow and green.
struct LightLook
{
    qint64 id = 0; // 0: not recorded yet
    QDateTime lookedAt;
    QDate asOf;
    QString source;
    qint64 red = 0;
    qint64 yellow = 0;
    qint64 green = 0;
};

// A customer's colour as a look recorded it. Levels are the light's names (green, yellow, red) or "none" for a
// customer not listed (never scored, cancelled, lost long ago); reasons are the light's reasons of that look as
// JSON, empty for green and none.
struct LightLevel
{
    qint64 customerId = 0;
    QString level;
    QString previous; // the colour before this change
    QString reasons;
    qint64 lookId = 0; // the look that found this colour
    QDateTime changedAt; // that look's time and data day
    QDate changedAsOf;
};

// The light's history: where a look found a customer's colour changed. Nothing but changes is kept, so a
// business of 100,000 customers looked at daily grows by the few whose colour moved.
class LightHistory
{
    Q_DECLARE_TR_FUNCTIONS(LightHistory)

public:
    explicit LightHistory(Database &database);

    // The newest look, or the newest one taken before the time; nullopt when there is none.
    Result<std::optional<LightLook>> lastLook() const;
    Result<std::optional<LightLook>> lastLookBefore(const QDateTime &time) const;
    Result<QList<LightLook>> looks() const; // oldest first

    // Each customer's colour as of the look (their latest change up to it), by customer id; a customer missing
    // here was "none" then. Look 0 gives none at all.
    Result<QHash<qint64, LightLevel>> levelsAt(qint64 lookId) const;

    // Stores the look and its changes (customerId, level, previous and reasons of each) in one transaction, or
    // nothing; returns the look with its id.
    Result<LightLook> record(LightLook look, const QList<LightLevel> &changes);

private:
    Database &m_database;
};

} // namespace rd
