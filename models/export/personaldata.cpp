// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "export/personaldata.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rd {

QByteArray PersonalData::toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<void> PersonalData::writeFile(const QJsonObject &object, const QString &path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Could not write %1: %2").arg(nativePath, file.errorString()), {}};
    // On the temporary file before any data goes in; the rename keeps it. An existing file's wider
    // permissions are not carried over.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error {tr("Could not make %1 private to its owner: %2").arg(nativePath, file.errorString()), {}};
    }
    const QByteArray json = toJson(object);
    if (file.write(json) != json.size() || !file.commit())
        return Error {tr("Could not write %1: %2").arg(nativePath, file.errorString()), {}};
    return {};
}

QString PersonalData::suggestedFileName(const QString &externalId)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString id = externalId;
    id.replace(unsafe, u"_"_s);
    return tr("personal-data", "file name") + u'-' + (id.isEmpty() ? tr("customer", "file name") : id) + u".json"_s;
}

} // namespace rd
