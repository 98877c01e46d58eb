// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/winbackcontroller.h"

#include "dashboard/businesssettings.h"
#include "export/tableexport.h"
#include "itemmodels/risktablemodel.h"
#include "storage/contactlog.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"

using namespace Qt::StringLiterals;

namespace rd {

WinBackController::WinBackController(QString databasePath, RiskTableModel *model, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_model(model)
{ }

Result<QList<WinBackMessage>> WinBackController::prepare(
    const QList<int> &rows, std::optional<WinBackTemplate> forced, const QLocale &locale)
{
    if (!m_model->dataset())
        return QList<WinBackMessage>();
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    if (!m_emails) {
        auto emails = ContactLog(**database).emails();
        if (!emails)
            return emails.error();
        m_emails = std::move(emails.value());
    }
    // The user's own templates, as they are now (the settings may have changed since the last message).
    auto settings = BusinessSettings::read(**database);
    if (!settings)
        return settings.error();
    QHash<qint64, Review> reviews;
    for (int row : rows) {
        const Review review = m_model->review(row);
        reviews.insert(review.customerId, review);
    }
    return WinBack::prepare(*m_model->dataset(), m_model->report(), rows, *m_emails, reviews, forced, locale,
        WinBackTexts::fromSettings(*settings));
}

Result<void> WinBackController::writeMailMerge(
    const QList<WinBackMessage> &messages, const QString &path, const QLocale &locale)
{
    return TableExport::writeCsv(WinBack::mailMerge(messages), path, locale);
}

QUrl WinBackController::mailtoUrl(const WinBackMessage &message)
{
    const QString address = message.email.trimmed();
    if (address.isEmpty())
        return {};
    const auto encode = [](QString text) {
        text.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
        return QUrl::toPercentEncoding(text);
    };
    // The address as one opaque part: an @ and the like stay, anything that would end it (?, #, &) is encoded.
    const QByteArray url = "mailto:" + QUrl::toPercentEncoding(address, "@+") + "?subject=" + encode(message.subject)
        + "&body=" + encode(message.body);
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

Result<void> WinBackController::log(const QList<WinBackMessage> &messages, const QString &channel)
{
    if (messages.isEmpty())
        return {};
    auto database = Database::open(m_path);
    if (!database)
        return database.error();
    QList<ContactRecord> contacts;
    QList<qint64> ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const WinBackMessage &message : messages) {
        contacts.append({message.customerId, now, winBackTemplateName(message.kind), channel});
        ids.append(message.customerId);
    }
    if (auto logged = ContactLog(**database).log(contacts); !logged)
        return logged;
    // The list shows what is stored now: the state Contacted, the owner as it was.
    ReviewRepository reviews(**database);
    for (qint64 id : std::as_const(ids)) {
        if (auto review = reviews.review(id))
            m_model->setReview(id, *review);
    }
    emit logged(ids);
    return {};
}

} // namespace rd
