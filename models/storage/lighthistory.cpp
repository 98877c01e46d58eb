// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/lighthistory.h"

#include <QSqlQuery>

#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestamp(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

const QString LookColumns = u"id, looked_at, as_of, source, red, yellow, green"_s;

LightLook lookFromRow(const QSqlQuery &query)
{
    LightLook look;
    look.id = query.value(0).toLongLong();
    look.lookedAt = timestamp(query.value(1));
    look.asOf = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    look.source = query.value(3).toString();
    look.red = query.value(4).toLongLong();
    look.yellow = query.value(5).toLongLong();
    look.green = query.value(6).toLongLong();
    return look;
}

Result<std::optional<LightLook>> oneLook(QSqlQuery &query)
{
    if (auto result = sql::exec(query); !result)
        return result.error();
    if (!query.next())
        return std::optional<LightLook>();
    return std::optional<LightLook>(lookFromRow(query));
}

} // namespace

LightHistory::LightHistory(Database &database)
    : m_database(database)
{ }

Result<std::optional<LightLook>> LightHistory::lastLook() const
{
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query, u"SELECT %1 FROM light_looks ORDER BY id DESC LIMIT 1"_s.arg(LookColumns));
        !result)
        return result.error();
    return oneLook(query);
}

Result<std::optional<LightLook>> LightHistory::lastLookBefore(const QDateTime &time) const
{
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(
            query, u"SELECT %1 FROM light_looks WHERE looked_at < :time ORDER BY id DESC LIMIT 1"_s.arg(LookColumns));
        !result)
        return result.error();
    query.bindValue(u":time"_s, timestampText(time));
    return oneLook(query);
}

Result<QList<LightLook>> LightHistory::looks() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto result = sql::exec(query, u"SELECT %1 FROM light_looks ORDER BY id"_s.arg(LookColumns)); !result)
        return result.error();
    QList<LightLook> looks;
    while (query.next())
        looks.append(lookFromRow(query));
    return looks;
}

Result<QHash<qint64, LightLevel>> LightHistory::levelsAt(qint64 lookId) const
{
    QHash<qint64, LightLevel> levels;
    if (lookId <= 0)
        return levels;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Each customer's latest change up to the look: the primary key (customer_id, look_id) finds it directly.
    if (auto result = sql::prepare(query,
            u"SELECT c.customer_id, c.level, c.previous, c.reasons, c.look_id, l.looked_at, l.as_of"
            " FROM light_changes c JOIN light_looks l ON l.id = c.look_id"
            " WHERE c.look_id = (SELECT max(look_id) FROM light_changes"
            "                    WHERE customer_id = c.customer_id AND look_id <= :look)"_s);
        !result)
        return result.error();
    query.bindValue(u":look"_s, lookId);
    if (auto result = sql::exec(query); !result)
        return result.error();
    while (query.next()) {
        LightLevel level;
        level.customerId = query.value(0).toLongLong();
        level.level = query.value(1).toString();
        level.previous = query.value(2).toString();
        level.reasons = query.value(3).toString();
        level.lookId = query.value(4).toLongLong();
        level.changedAt = timestamp(query.value(5));
        level.changedAsOf = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        if (level.level != u"none")
            levels.insert(level.customerId, level);
    }
    return levels;
}

Result<LightLook> LightHistory::record(LightLook look, const QList<LightLevel> &changes)
{
    if (auto begun = m_database.beginTransaction(); !begun)
        return begun.error();
    const auto fail = [this](const Error &error) {
        m_database.rollback();
        return sql::orMessage(error, tr("Could not save the look at the customers' colours."));
    };
    QSqlQuery query(m_database.connection());
    if (auto result = sql::prepare(query,
            u"INSERT INTO light_looks (looked_at, as_of, source, red, yellow, green)"
            " VALUES (:at, :as_of, :source, :red, :yellow, :green)"_s);
        !result)
        return fail(result.error());
    query.bindValue(u":at"_s, timestampText(look.lookedAt));
    query.bindValue(u":as_of"_s, look.asOf.toString(Qt::ISODate));
    query.bindValue(u":source"_s, look.source);
    query.bindValue(u":red"_s, look.red);
    query.bindValue(u":yellow"_s, look.yellow);
    query.bindValue(u":green"_s, look.green);
    if (auto result = sql::exec(query); !result)
        return fail(result.error());
    look.id = query.lastInsertId().toLongLong();

    // SQLite's own binding: a first look stores a row per customer (100,000 for a large business).
    SqliteStatement insert;
    if (auto result = insert.prepare(SqliteStatement::handle(m_database.connection()),
            u"INSERT INTO light_changes (look_id, customer_id, level, previous, reasons)"
            " VALUES (?1, ?2, ?3, ?4, ?5)"_s);
        !result)
        return fail(result.error());
    for (const LightLevel &change : changes) {
        insert.bind(1, look.id);
        insert.bind(2, change.customerId);
        insert.bind(3, change.level);
        insert.bind(4, change.previous);
        insert.bind(5, change.reasons.isEmpty() ? QString() : change.reasons);
        auto step = insert.step();
        insert.reset();
        if (!step)
            return fail(step.error());
    }
    insert.finalize();
    if (auto committed = m_database.commit(); !committed)
        return sql::orMessage(committed.error(), tr("Could not save the look at the customers' colours."));
    return look;
}

} // namespace rd
