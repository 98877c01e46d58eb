// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QObject>

#include "dashboard/businesssettings.h"

namespace rd {

// The settings of one database for the window: read them, change them with the engine's checks (all or
// nothing), restore defaults. changed() tells the window to score and draw again.
class SettingsController : public QObject
{
    Q_OBJECT

public:
    explicit SettingsController(QString databasePath, QObject *parent = nullptr);

    QString databasePath() const { return m_path; }
    Result<BusinessSettings::Values> values() const;
    // Writes the values that differ from the stored ones (stored values; empty restores a default).
    Result<void> apply(const BusinessSettings::Values &values);
    Result<void> restoreDefaults();

signals:
    void changed();

private:
    QString m_path;
};

} // namespace rd
