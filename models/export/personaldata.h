// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "core/result.h"

namespace rd {

// The file a customer's data is handed out in (PrivacyRepository::exportCustomer): indented JSON.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)

public:
    static QByteArray toJson(const QJsonObject &object);
    // Written whole or not at all, readable and writable by the owner only (0600): it holds personal data.
    static Result<void> writeFile(const QJsonObject &object, const QString &path);
    // A file name to suggest for a customer's data: personal-data-<external id>.json, made safe for file systems.
    static QString suggestedFileName(const QString &externalId);
};

} // namespace rd
