// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// What the importer's tests share: a database in memory, files written for a test, and one stored value.
#pragma once

#include <memory>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtGlobal>

#include "storage/database.h"

namespace rd::test {

inline std::unique_ptr<Database> memoryDatabase()
{
    auto db = Database::open(QStringLiteral(":memory:"));
    if (!db)
        qFatal("cannot open database: %s", qPrintable(db.error().text()));
    return std::move(db.value());
}

// The file written into the directory; the test stops when it cannot be.
inline QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The first column of the statement's first row; invalid when there is none.
inline QVariant sqlValue(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

} // namespace rd::test
