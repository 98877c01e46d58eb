// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "dashboard/lightwatch.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

const QString NotListed = u"none"_s;

// How serious a colour is: not listed and green alike 0, yellow 1, red 2.
int severity(const std::optional<RiskLevel> &level)
{
    if (!level || *level == RiskLevel::Green)
        return 0;
    return *level == RiskLevel::Yellow ? 1 : 2;
}

std::optional<RiskLevel> levelOf(const QHash<qint64, LightLevel> &levels, qint64 customerId)
{
    const auto it = levels.constFind(customerId);
    return it == levels.cend() ? std::nullopt : riskLevelFromName(it->level);
}

} // namespace

bool LightChange::isAlert() const
{
    return severity(level) > severity(previous);
}

bool LightChange::isRecovery() const
{
    return level == RiskLevel::Green && severity(previous) > 0;
}

qsizetype LightWatch::newRed() const
{
    return std::count_if(
        alerts.cbegin(), alerts.cend(), [](const LightChange &change) { return change.level == RiskLevel::Red; });
}

QString reasonsToJson(const QList<Reason> &reasons)
{
    QJsonArray array;
    for (const Reason &reason : reasons) {
        QJsonArray numbers;
        for (double number : reason.numbers)
            numbers.append(number);
        array.append(QJsonObject {{u"code"_s, reasonCodeName(reason.code)}, {u"level"_s, riskLevelName(reason.level)},
            {u"numbers"_s, numbers}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Reason> reasonsFromJson(const QString &json)
{
    QList<Reason> reasons;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto code = reasonCodeFromName(object.value(u"code"_s).toString());
        const auto level = riskLevelFromName(object.value(u"level"_s).toString());
        if (!code || !level)
            continue; // written by a later version: left out rather than misread
        Reason reason {*code, *level, {}};
        for (const QJsonValue &number : object.value(u"numbers"_s).toArray())
            reason.numbers.append(number.toDouble());
        reasons.append(reason);
    }
    return reasons;
}

Result<LightWatch> takeLook(Database &database, const Dataset &data, const RiskReport &report, LightSource source,
    const QDateTime &now, const std::optional<QDateTime> &since)
{
    LightHistory history(database);
    auto last = history.lastLook();
    if (!last)
        return last.error();
    auto before = since ? history.lastLookBefore(*since) : last;
    if (!before)
        return before.error();
    auto recorded = history.levelsAt(*last ? (*last)->id : 0);
    if (!recorded)
        return recorded.error();

    // The changes since the last look, and where each listed customer stands in the report's order.
    QList<LightLevel> changes;
    QHash<qint64, qsizetype> position;
    position.reserve(report.customers.size());
    for (qsizetype i = 0; i < report.customers.size(); ++i) {
        const CustomerRisk &risk = report.customers.at(i);
        const qint64 id = data.customers.at(risk.customer).id;
        position.insert(id, i);
        const QString level = riskLevelName(risk.level);
        const auto it = recorded->constFind(id);
        const QString previous = it == recorded->cend() ? NotListed : it->level;
        if (level != previous) {
            changes.append(LightLevel {id, level, previous,
                risk.level == RiskLevel::Green ? QString() : reasonsToJson(risk.reasons), 0, {}, {}});
        }
    }
    for (auto it = recorded->cbegin(); it != recorded->cend(); ++it) {
        if (!position.contains(it.key()))
            changes.append(LightLevel {it.key(), NotListed, it->level, {}, 0, {}, {}});
    }

    LightLook look {0, now.toUTC(), dateOf(report.asOf), source == LightSource::Window ? u"window"_s : u"cli"_s,
        report.red, report.yellow, report.green};
    auto stored = history.record(look, changes);
    if (!stored)
        return stored.error();

    LightWatch watch;
    watch.look = *stored;
    watch.since = *before;
    // The colours as of this look: the last look's with this look's changes (what levelsAt(look) would read).
    QHash<qint64, LightLevel> levelsNow = *recorded;
    for (LightLevel change : std::as_const(changes)) {
        if (change.level == NotListed) {
            levelsNow.remove(change.customerId);
            continue;
        }
        change.lookId = watch.look.id;
        change.changedAt = watch.look.lookedAt;
        change.changedAsOf = watch.look.asOf;
        levelsNow.insert(change.customerId, change);
    }
    const qint64 beforeId = *before ? (*before)->id : 0;
    const qint64 lastId = *last ? (*last)->id : 0;
    // Since the last look (the usual case) the colours then are those just read.
    auto then = beforeId == lastId ? Result<QHash<qint64, LightLevel>>(*recorded) : history.levelsAt(beforeId);
    if (!then)
        return then.error();
    QHash<qint64, int> index;
    index.reserve(data.customers.size());
    for (qsizetype i = 0; i < data.customers.size(); ++i)
        index.insert(data.customers.at(i).id, int(i));

    QList<std::pair<qsizetype, LightChange>> found;
    for (auto it = levelsNow.cbegin(); it != levelsNow.cend(); ++it) {
        LightChange change;
        change.customerId = it.key();
        change.customer = index.value(it.key(), -1);
        change.level = riskLevelFromName(it->level);
        change.previous = levelOf(*then, it.key());
        if (!change.isAlert() && !change.isRecovery())
            continue;
        change.changedAt = it->changedAt;
        change.changedAsOf = it->changedAsOf;
        const auto listed = position.constFind(it.key());
        if (listed != position.cend()) {
            const CustomerRisk &risk = report.customers.at(*listed);
            change.value12mMinor = risk.value12mMinor;
            change.keyAccount = risk.keyAccount;
        }
        // A warning with today's reasons; a recovery with those it had (the reasons of a green are none).
        change.reasons = change.isRecovery() ? reasonsFromJson(then->value(it.key()).reasons)
            : listed != position.cend()      ? report.customers.at(*listed).reasons
                                             : reasonsFromJson(it->reasons);
        found.append({listed != position.cend() ? *listed : report.customers.size(), change});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[ignored, change] : found)
        (change.isAlert() ? watch.alerts : watch.recovered).append(std::move(change));
    return watch;
}

} // namespace rd
