// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include "storage/privacyrepository.h"

namespace rd {

class RiskTableModel;

// A customer's rights over their data, for the window: hand out everything held about them, or erase it.
// An erasure runs in a worker thread (deleting and rewriting the file takes seconds on a large database, and
// the window stays responsive); when it succeeds the customer leaves the list model and erased() follows, on
// which the window scores again.
class CustomerDataController : public QObject
{
    Q_OBJECT

public:
    CustomerDataController(QString databasePath, RiskTableModel *model, QObject *parent = nullptr);

    QString databasePath() const { return m_path; }
    // Writes the customer's data as JSON to path (see PersonalData::writeFile).
    Result<void> exportTo(const QString &externalId, const QString &path) const;
    // Starts erasing the customer (PrivacyRepository::eraseCustomer); false while another erasure runs.
    // eraseFinished() follows, with the outcome in lastErasure(). A report with a cleanupError is still an
    // erasure: the customer is gone from the data and from the model.
    bool startErase(const QString &externalId);
    bool isErasing() const { return m_erasing.isRunning(); }
    const Result<ErasureReport> &lastErasure() const { return m_lastErasure; }

signals:
    // The customer is gone from the database and from the model.
    void erased(qint64 customerId);
    // An erasure ended, erased or not: see lastErasure().
    void eraseFinished();

private:
    void finishErase();

    QString m_path;
    RiskTableModel *m_model;
    QFutureWatcher<Result<ErasureReport>> m_erasing;
    Result<ErasureReport> m_lastErasure = Error {};
};

} // namespace rd
