// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/customerdatacontroller.h"

#include "export/personaldata.h"
#include "itemmodels/risktablemodel.h"
#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rd {

CustomerDataController::CustomerDataController(QString databasePath, RiskTableModel *model, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_model(model)
{
    connect(&m_erasing, &QFutureWatcherBase::finished, this, &CustomerDataController::finishErase);
}

Result<void> CustomerDataController::exportTo(const QString &externalId, const QString &path) const
{
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    auto data = PrivacyRepository(**database).exportCustomer(externalId);
    if (!data)
        return data.error();
    return PersonalData::writeFile(*data, path);
}

bool CustomerDataController::startErase(const QString &externalId)
{
    if (m_erasing.isRunning())
        return false;
    // The worker holds its own connection and copies of what it needs, never this object, which may be
    // gone (another database opened) before it ends.
    m_erasing.setFuture(QtConcurrent::run([path = m_path, externalId]() -> Result<ErasureReport> {
        auto database = Database::open(path);
        if (!database)
            return database.error();
        return PrivacyRepository(**database).eraseCustomer(externalId);
    }));
    return true;
}

void CustomerDataController::finishErase()
{
    m_lastErasure = m_erasing.result();
    if (m_lastErasure) {
        if (m_model)
            m_model->removeCustomer(m_lastErasure->customerId);
        emit erased(m_lastErasure->customerId);
    }
    emit eraseFinished();
}

} // namespace rd
