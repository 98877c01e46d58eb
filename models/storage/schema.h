// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QList>
#include <QString>

namespace rd {

// One step of the schema: the statements that take a database from the version before to this one.
struct Migration
{
    int version;
    QList<QString> statements;
};

// Every step in order; Database::SchemaVersion is the last one's version. Portable SQL only (SQLite and
// PostgreSQL), which Database applies in one transaction per upgrade.
const QList<Migration> &schemaMigrations();

} // namespace rd
