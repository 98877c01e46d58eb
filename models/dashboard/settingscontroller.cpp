// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/settingscontroller.h"

#include "storage/database.h"

namespace rd {

SettingsController::SettingsController(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{ }

Result<BusinessSettings::Values> SettingsController::values() const
{
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    return BusinessSettings::read(**database);
}

Result<void> SettingsController::apply(const BusinessSettings::Values &values)
{
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    auto stored = BusinessSettings::read(**database);
    if (!stored)
        return stored.error();
    BusinessSettings::Values changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (stored->value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        return {};
    if (auto changed = BusinessSettings::change(**database, changes); !changed)
        return changed;
    database->reset(); // closed before the window reads the file again
    emit changed();
    return {};
}

Result<void> SettingsController::restoreDefaults()
{
    {
        auto database = Database::open(m_path);
        if (!database)
            return database.error();
        if (auto restored = BusinessSettings::reset(**database); !restored)
            return restored;
    }
    emit changed();
    return {};
}

} // namespace rd
