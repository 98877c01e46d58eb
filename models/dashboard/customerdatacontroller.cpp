// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/customerdatacontroller.h"

#include "export/personaldata.h"
#include "itemmodels/risktablemodel.h"
#include "storage/database.h"

namespace rd {

CustomerDataController::CustomerDataController(QString databasePath, RiskTableModel *model, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_model(model)
{ }

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

Result<ErasureReport> CustomerDataController::erase(const QString &externalId)
{
    Result<ErasureReport> report = Error {};
    {
        auto database = Database::open(m_path);
        if (!database)
            return database.error();
        report = PrivacyRepository(**database).eraseCustomer(externalId);
    }
    if (!report)
        return report;
    if (m_model)
        m_model->removeCustomer(report->customerId);
    emit erased(report->customerId);
    return report;
}

} // namespace rd
