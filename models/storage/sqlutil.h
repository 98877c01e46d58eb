// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include "core/result.h"

namespace rd::sql {

// Every prepare/exec in storage goes through these, so no failure goes unchecked.
Result<void> prepare(QSqlQuery &query, const QString &statement);
Result<void> exec(QSqlQuery &query);
Result<void> exec(QSqlQuery &query, const QString &statement);
// Runs a query that yields one value (a count, a pragma).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement);

} // namespace rd::sql
