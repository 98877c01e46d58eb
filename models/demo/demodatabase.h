// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>

#include "core/result.h"
#include "demo/demogenerator.h"

namespace rd {

class Database;

struct DemoSummary
{
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 activity = 0;
    qint64 tickets = 0;
    qint64 surveys = 0;
};

class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    // Settings keys the demo writes, so that the window can say it shows demo data.
    static constexpr auto DemoSettingKey = u"demo_data";

    // Whether the database holds the made-up demo business (its setting says so).
    static bool holdsDemo(const Database &database);

    // Writes the generated business into an empty database, in one transaction.
    static Result<DemoSummary> write(Database &database, const DemoOptions &options);
};

} // namespace rd
