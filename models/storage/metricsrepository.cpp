// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/metricsrepository.h"

#include <algorithm>

#include <QFuture>
#include <QHash>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include "storage/database.h"
#include "storage/isoday.h"
#include "storage/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct DayRange
{
    Day first = NoDay;
    Day last = NoDay;

    void see(Day day)
    {
        if (day == NoDay)
            return;
        if (first == NoDay || day < first)
            first = day;
        if (last == NoDay || day > last)
            last = day;
    }
    void see(const DayRange &other)
    {
        see(other.first);
        see(other.last);
    }
};

QString text(const SqliteStatement &statement, int column)
{
    return QString::fromUtf8(statement.columnText(column));
}

// Customer-indexed pairs gathered in file order, then laid out per customer, sorted by day.
template<typename Value>
void layOut(int customers, std::vector<std::pair<int, Value>> &pairs, std::vector<qint64> &offsets,
    std::vector<Value> &values, bool distinct)
{
    offsets.assign(customers + 1, 0);
    for (const auto &[customer, value] : pairs)
        ++offsets[customer + 1];
    for (int i = 0; i < customers; ++i)
        offsets[i + 1] += offsets[i];
    values.resize(pairs.size());
    std::vector<qint64> next(offsets.begin(), offsets.end() - 1);
    for (const auto &[customer, value] : pairs)
        values[next[customer]++] = value;
    pairs.clear();
    pairs.shrink_to_fit();
    const auto byDay = [](const Value &a, const Value &b) {
        if constexpr (std::is_same_v<Value, Day>)
            return a < b;
        else
            return a.day < b.day;
    };
    qint64 write = 0;
    for (int i = 0; i < customers; ++i) {
        const auto begin = values.begin() + offsets[i];
        const auto end = values.begin() + offsets[i + 1];
        // Most lists come in order already (files are mostly written by date, the activity summary is).
        if (!std::is_sorted(begin, end, byDay))
            std::stable_sort(begin, end, byDay);
        auto last = end;
        if constexpr (std::is_same_v<Value, Day>) {
            if (distinct)
                last = std::unique(begin, end);
        }
        offsets[i] = write;
        write = std::move(begin, last, values.begin() + write) - values.begin();
    }
    offsets[customers] = write;
    values.resize(write);
}

// The orders table as read, before its customer ids are known as indexes.
struct OrderRows
{
    std::vector<std::pair<qint64, MetricsOrder>> paid; // by customer id
    std::vector<std::pair<qint64, Day>> failed;
    QHash<QString, qint64> currencies; // orders per currency
};

Result<OrderRows> readOrders(sqlite3 *db)
{
    OrderRows rows;
    // The largest rowid bounds the number of rows (SQLite finds it at the end of the table's tree): one
    // allocation instead of some twenty doublings of a list of a million orders.
    auto sized
        = SqliteStatement::forEachRow(db, u"SELECT max(rowid) FROM orders"_s, [&rows](const SqliteStatement &row) {
              rows.paid.reserve(std::size_t(std::max<qint64>(0, row.columnInt64(0))));
          });
    if (!sized)
        return sized.error();
    QByteArray lastCurrency;
    qint64 *currencyCount = nullptr;
    auto read = SqliteStatement::forEachRow(db,
        u"SELECT customer_id, order_date, amount_minor, currency, status = 'failed' FROM orders"_s,
        [&](const SqliteStatement &row) {
            const qint64 customer = row.columnInt64(0);
            const Day day = parseIsoDay(row.columnText(1));
            if (day == NoDay)
                return;
            if (row.columnInt64(4) != 0) {
                rows.failed.push_back({customer, day});
                return;
            }
            rows.paid.push_back({customer, MetricsOrder {day, row.columnInt64(2)}});
            const QByteArrayView currency = row.columnText(3);
            if (!currencyCount || currency != lastCurrency) {
                lastCurrency = currency.toByteArray();
                currencyCount = &rows.currencies[QString::fromUtf8(currency)];
            }
            ++*currencyCount;
        });
    if (!read)
        return read.error();
    return rows;
}

// Reads the orders on a connection of its own, so that a second core reads them while this one reads
// the rest. An import running meanwhile in another process could commit between the two reads; orders
// of customers the other read has not seen are then left out, as orders without a customer are.
Result<OrderRows> readOrdersAlongside(const QString &path)
{
    auto database = Database::open(path);
    if (!database)
        return database.error();
    return readOrders(SqliteStatement::handle((*database)->connection()));
}

// Days with an order that is no refund (zero amounts included) or an activity event, merged from the two
// sorted lists.
void mergeEngagement(Dataset &data)
{
    const int count = data.customerCount();
    data.engagementOffsets.assign(count + 1, 0);
    data.engagementDays.clear();
    data.engagementDays.reserve(data.activity.size() + data.orders.size());
    for (int i = 0; i < count; ++i) {
        const auto orders = data.ordersOf(i);
        const auto activity = data.activityOf(i);
        auto order = orders.begin();
        auto active = activity.begin();
        const auto append = [&data, begin = data.engagementDays.size()](Day day) {
            if (data.engagementDays.size() == begin || data.engagementDays.back() != day)
                data.engagementDays.push_back(day);
        };
        while (order != orders.end() || active != activity.end()) {
            if (order != orders.end() && order->amountMinor < 0) {
                ++order;
            } else if (active == activity.end() || (order != orders.end() && order->day < active->day)) {
                append(order->day);
                ++order;
            } else {
                append(active->day);
                ++active;
            }
        }
        data.engagementOffsets[i + 1] = qint64(data.engagementDays.size());
    }
}

} // namespace

Result<Dataset> MetricsRepository::load(const Database &database)
{
    // The orders, the largest table, on a second core meanwhile (an in-memory database has one connection).
    const bool alongside = database.path() != u":memory:";
    QFuture<Result<OrderRows>> ordersRead;
    if (alongside)
        ordersRead = QtConcurrent::run(readOrdersAlongside, database.path());
    // Whichever way this returns, the other connection is closed by then.
    const auto waitForOrders = qScopeGuard([&ordersRead] { ordersRead.waitForFinished(); });

    sqlite3 *db = SqliteStatement::handle(database.connection());
    Dataset data;
    // Customer ids are the rowids SQLite handed out: dense, so a vector maps them to indexes.
    std::vector<int> indexById;
    const auto indexOf
        = [&indexById](qint64 id) { return id >= 0 && id < qint64(indexById.size()) ? indexById[id] : -1; };

    auto customersRead = SqliteStatement::forEachRow(db,
        u"SELECT id, external_id, name, segment, plan, country, signup_date, cancel_date, mrr_minor,"
        " renewal_date FROM customers ORDER BY id"_s,
        [&](const SqliteStatement &row) {
            MetricsCustomer customer;
            customer.id = row.columnInt64(0);
            customer.externalId = text(row, 1);
            customer.name = text(row, 2);
            customer.segment = text(row, 3);
            customer.plan = text(row, 4);
            customer.country = text(row, 5);
            customer.signup = parseIsoDay(row.columnText(6));
            customer.cancel = parseIsoDay(row.columnText(7));
            customer.mrrMinor = row.columnInt64(8);
            customer.hasContract = !customer.plan.isEmpty() || !row.columnIsNull(8);
            customer.renewal = parseIsoDay(row.columnText(9));
            if (customer.id >= 0 && customer.id < (qint64(1) << 31)) {
                if (customer.id >= qint64(indexById.size()))
                    indexById.resize(std::max<std::size_t>(customer.id + 1, indexById.size() * 2), -1);
                indexById[customer.id] = int(data.customers.size());
            }
            data.customers.append(customer);
        });
    if (!customersRead)
        return customersRead.error();
    const int count = int(data.customers.size());

    DayRange range;
    for (const MetricsCustomer &customer : std::as_const(data.customers)) {
        range.see(customer.signup);
        range.see(customer.cancel);
    }

    // Tickets (opened and closed) and answered surveys are signs of life too.
    std::vector<std::pair<int, Day>> contacts;
    std::vector<std::pair<int, MetricsTicket>> tickets;
    auto ticketsRead = SqliteStatement::forEachRow(db,
        u"SELECT customer_id, opened_date, closed_date, severity, is_complaint FROM tickets"_s,
        [&](const SqliteStatement &row) {
            const int customer = indexOf(row.columnInt64(0));
            MetricsTicket ticket;
            ticket.day = parseIsoDay(row.columnText(1));
            if (customer < 0 || ticket.day == NoDay)
                return;
            ticket.closed = parseIsoDay(row.columnText(2));
            const QByteArrayView severity = row.columnText(3);
            ticket.severity = severity == "critical" ? MetricsSeverity::Critical
                : severity == "high"                 ? MetricsSeverity::High
                : severity == "low"                  ? MetricsSeverity::Low
                                                     : MetricsSeverity::Normal;
            ticket.complaint = row.columnInt64(4) != 0;
            tickets.push_back({customer, ticket});
            contacts.push_back({customer, ticket.day});
            range.see(ticket.day);
            if (ticket.closed != NoDay) {
                contacts.push_back({customer, ticket.closed});
                range.see(ticket.closed);
            }
        });
    if (!ticketsRead)
        return ticketsRead.error();
    std::vector<std::pair<int, MetricsSurvey>> surveys;
    auto surveysRead = SqliteStatement::forEachRow(
        db, u"SELECT customer_id, survey_date, kind, score, scale FROM surveys"_s, [&](const SqliteStatement &row) {
            const int customer = indexOf(row.columnInt64(0));
            MetricsSurvey survey;
            survey.day = parseIsoDay(row.columnText(1));
            if (customer < 0 || survey.day == NoDay)
                return;
            survey.nps = row.columnText(2) == "nps";
            survey.score = row.columnIsNull(3) ? -1 : int(row.columnInt64(3));
            survey.scale = row.columnInt64(4) == 5 ? 5 : 10; // the table allows 5 and 10 only
            surveys.push_back({customer, survey});
            range.see(survey.day);
            if (survey.score >= 0)
                contacts.push_back({customer, survey.day});
        });
    if (!surveysRead)
        return surveysRead.error();
    // Exit surveys come after leaving: the data reaches to their days (why-customers-leave reads them), though
    // they are no sign of life.
    auto exitsRead = SqliteStatement::forEachRow(
        db, u"SELECT min(answer_date), max(answer_date) FROM exit_answers"_s, [&](const SqliteStatement &row) {
            range.see(parseIsoDay(row.columnText(0)));
            range.see(parseIsoDay(row.columnText(1)));
        });
    if (!exitsRead)
        return exitsRead.error();
    // Activity is by far the largest table; its per-customer summary holds the days and their events. One
    // row per customer, read in customer order (its key), goes straight into place: no pairs to lay out.
    data.activityOffsets.assign(std::size_t(count) + 1, 0);
    int laidOut = 0; // customers whose activity begins are set
    auto activityRead = SqliteStatement::forEachRow(db,
        u"SELECT customer_id, days FROM customer_activity_days ORDER BY customer_id"_s,
        [&](const SqliteStatement &row) {
            const int customer = indexOf(row.columnInt64(0));
            if (customer < laidOut)
                return; // unknown (-1), or a customer seen already: ids and indexes rise together
            const auto begin = qint64(data.activity.size());
            for (; laidOut <= customer; ++laidOut)
                data.activityOffsets[std::size_t(laidOut)] = begin;
            forEachPackedDay(row.columnBlob(1), [&](Day day, int events) {
                data.activity.push_back(ActivityDay {day, events});
                range.see(day);
            });
            const auto first = data.activity.begin() + begin;
            const auto byDay = [](const ActivityDay &a, const ActivityDay &b) { return a.day < b.day; };
            if (!std::is_sorted(first, data.activity.end(), byDay))
                std::stable_sort(first, data.activity.end(), byDay);
        });
    if (!activityRead)
        return activityRead.error();
    for (; laidOut <= count; ++laidOut)
        data.activityOffsets[std::size_t(laidOut)] = qint64(data.activity.size());
    layOut(count, contacts, data.contactOffsets, data.contactDays, true);
    layOut(count, tickets, data.ticketOffsets, data.tickets, false);
    layOut(count, surveys, data.surveyOffsets, data.surveys, false);

    auto orderRows = alongside ? ordersRead.result() : readOrders(db);
    if (!orderRows)
        return orderRows.error();
    std::vector<std::pair<int, MetricsOrder>> orders;
    orders.reserve(orderRows->paid.size());
    for (const auto &[id, order] : orderRows->paid) {
        if (const int customer = indexOf(id); customer >= 0) {
            orders.push_back({customer, order});
            range.see(order.day);
        }
    }
    orderRows->paid = {};
    std::vector<std::pair<int, Day>> failed;
    for (const auto &[id, day] : orderRows->failed) {
        if (const int customer = indexOf(id); customer >= 0) {
            failed.push_back({customer, day});
            range.see(day);
        }
    }
    layOut(count, orders, data.orderOffsets, data.orders, false);
    layOut(count, failed, data.failedPaymentOffsets, data.failedPayments, true);
    mergeEngagement(data);

    data.firstDay = range.first;
    // The last day of the data is the default as-of day; it never lies after today, whatever a file
    // dated in the future says (the importer refuses dates more than a year ahead).
    const Day today = dayOf(QDate::currentDate());
    data.lastDay = range.last == NoDay ? NoDay : std::max(range.first, std::min(range.last, today));
    // The currency the user chose for this business relabels the amounts; without one, the currency most
    // orders name (an import without a currency column stores the default it was given).
    auto chosen = database.setting(u"currency"_s);
    if (!chosen)
        return chosen.error();
    data.currency = *chosen;
    if (data.currency.isEmpty()) {
        qint64 best = -1;
        const QHash<QString, qint64> &currencies = orderRows->currencies;
        for (auto it = currencies.cbegin(); it != currencies.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < data.currency)) {
                best = it.value();
                data.currency = it.key();
            }
        }
    }
    if (data.currency.isEmpty())
        data.currency = u"EUR"_s;

    // Guest orders (rows without a customer id) each import counted; a file imported again counts once.
    auto guestsRead = SqliteStatement::forEachRow(db,
        u"SELECT coalesce(sum(rows_seen), 0), coalesce(sum(revenue), 0) FROM"
        " (SELECT max(guest_rows) AS rows_seen, max(guest_revenue_minor) AS revenue FROM imports"
        "  WHERE kind = 'orders' GROUP BY coalesce(sha256, CAST(id AS TEXT))) AS per_file"_s,
        [&data](const SqliteStatement &row) {
            data.guestOrderRows = row.columnInt64(0);
            data.guestRevenueMinor = row.columnInt64(1);
        });
    if (!guestsRead)
        return guestsRead.error();
    return data;
}

Result<RiskThresholds> MetricsRepository::riskThresholds(const Database &database)
{
    RiskThresholds thresholds;
    const auto defaults = thresholds.values();
    for (const auto &[key, fallback] : defaults) {
        auto stored = database.setting(u"risk."_s + key);
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            continue;
        bool ok = false;
        const double value = stored->toDouble(&ok);
        if (!ok || value < 0)
            return Error {tr("The setting risk.%1 is \"%2\"; it must be a number of 0 or more.").arg(key, *stored), {}};
        thresholds.set(key, value);
    }
    if (const QString problem = thresholds.problem(); !problem.isEmpty())
        return Error {tr("The risk settings do not fit together: %1.").arg(problem), {}};
    return thresholds;
}

Result<void> MetricsRepository::storeRiskThresholds(
    Database &database, const RiskThresholds &thresholds, const QStringList &keys)
{
    const auto values = thresholds.values();
    if (auto begun = database.beginTransaction(); !begun)
        return begun;
    for (const QString &key : keys) {
        const auto found
            = std::find_if(values.cbegin(), values.cend(), [&key](const auto &v) { return v.first == key; });
        if (found == values.cend()) {
            database.rollback();
            return Error {tr("There is no risk setting \"%1\".").arg(key), {}};
        }
        if (auto stored = database.setSetting(u"risk."_s + key, QString::number(found->second, 'g', 10)); !stored) {
            database.rollback();
            return stored;
        }
    }
    return database.commit();
}

Result<LifetimeSettings> MetricsRepository::lifetimeSettings(const Database &database)
{
    LifetimeSettings settings;
    auto model = database.setting(u"churn_model"_s);
    if (!model)
        return model.error();
    if (!model->isEmpty()) {
        const auto parsed = churnModelFromName(*model);
        if (!parsed)
            return Error {
                tr("The setting churn_model is \"%1\"; it must be auto, contract or activity.").arg(*model), {}};
        settings.model = *parsed;
    }
    auto window = database.setting(u"inactivity_days"_s);
    if (!window)
        return window.error();
    if (!window->isEmpty()) {
        bool ok = false;
        const int days = window->toInt(&ok);
        if (!ok || days < 1 || days > 3650)
            return Error {
                tr("The setting inactivity_days is \"%1\"; it must be a number of days from 1 to 3650.").arg(*window),
                {}};
        settings.inactivityDays = days;
    }
    return settings;
}

} // namespace rd
