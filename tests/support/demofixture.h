// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDir>
#include <QFile>

#include "dashboard/dashboardengine.h"
#include "demo/demodatabase.h"
#include "storage/database.h"

namespace rd::test {

// A demo database of the given size in the directory, written on first use and reused after:
// an empty string if it could not be written.
inline QString demoDatabase(const QString &directory, int customers)
{
    const QString path = QDir(directory).filePath(QStringLiteral("demo-%1.sqlite").arg(customers));
    if (QFile::exists(path))
        return path;
    auto db = Database::open(path);
    if (!db)
        return {};
    DemoOptions options;
    options.customers = customers;
    if (!DemoDatabase::write(**db, options))
        return {};
    return path;
}

// A copy of the demo business (see demoDatabase) of its own, named name in the directory, for a test that
// changes it: an empty string if it could not be written.
inline QString demoCopy(const QString &directory, int customers, const QString &name)
{
    const QString demo = demoDatabase(directory, customers);
    const QString copy = QDir(directory).filePath(name);
    return !demo.isEmpty() && QFile::copy(demo, copy) ? copy : QString();
}

// What the window shows for a demo business of the given size (see demoDatabase), computed as it does.
inline Result<DashboardSnapshot> demoSnapshot(const QString &directory, int customers)
{
    const QString path = demoDatabase(directory, customers);
    if (path.isEmpty())
        return Error {QStringLiteral("Could not write the demo database in %1.").arg(directory), QString()};
    return DashboardEngine(path).compute(DashboardRequest {});
}

} // namespace rd::test
