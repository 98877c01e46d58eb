// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QObject>

#include "storage/privacyrepository.h"

namespace rd {

class RiskTableModel;

// A customer's rights over their data, for the window: hand out everything held about them, or erase it.
// An erasure takes the customer out of the list model at once; the window scores again on erased().
class CustomerDataController : public QObject
{
    Q_OBJECT

public:
    CustomerDataController(QString databasePath, RiskTableModel *model, QObject *parent = nullptr);

    QString databasePath() const { return m_path; }
    // Writes the customer's data as JSON to path (see PersonalData::writeFile).
    Result<void> exportTo(const QString &externalId, const QString &path) const;
    // Erases the customer (PrivacyRepository::eraseCustomer). A report with a cleanupError is still an
    // erasure: the customer is gone from the data and from the model.
    Result<ErasureReport> erase(const QString &externalId);

signals:
    void erased(qint64 customerId);

private:
    QString m_path;
    RiskTableModel *m_model;
};

} // namespace rd
