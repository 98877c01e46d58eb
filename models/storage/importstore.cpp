// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/importstore.h"

#include <algorithm>

#include <QDateTime>

#include "core/utf8.h"
#include "storage/database.h"
#include "storage/isoday.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString textOrNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

QString severityName(TicketSeverity severity)
{
    switch (severity) {
    case TicketSeverity::Low:
        return u"low"_s;
    case TicketSeverity::Normal:
        return u"normal"_s;
    case TicketSeverity::High:
        return u"high"_s;
    case TicketSeverity::Critical:
        return u"critical"_s;
    }
    return u"normal"_s;
}

// Optional customer fields: an unset optional keeps the stored value, a set one replaces it.
// Parameter n + 1 says whether field n is set; n holds the value.
const QString upsertCustomerSql
    = u"INSERT INTO customers (external_id, name, email, segment, plan, country,"
      "  signup_date, cancel_date, mrr_minor, currency, total_spent_minor, total_orders,"
      "  last_active, renewal_date, cancel_reason, cancel_comment)"
      " VALUES (?1, ?2, ?4, ?6, ?8, ?10, ?12, ?14, ?16, ?18, ?20, ?22, ?24, ?26, ?28, ?30)"
      " ON CONFLICT (external_id) DO UPDATE SET"
      "  name = CASE WHEN ?3 = 1 THEN excluded.name ELSE customers.name END,"
      "  email = CASE WHEN ?5 = 1 THEN excluded.email ELSE customers.email END,"
      "  segment = CASE WHEN ?7 = 1 THEN excluded.segment ELSE customers.segment END,"
      "  plan = CASE WHEN ?9 = 1 THEN excluded.plan ELSE customers.plan END,"
      "  country = CASE WHEN ?11 = 1 THEN excluded.country ELSE customers.country END,"
      "  signup_date = CASE WHEN ?13 = 1 THEN excluded.signup_date"
      "    ELSE customers.signup_date END,"
      "  cancel_date = CASE WHEN ?15 = 1 THEN excluded.cancel_date"
      "    ELSE customers.cancel_date END,"
      "  mrr_minor = CASE WHEN ?17 = 1 THEN excluded.mrr_minor ELSE customers.mrr_minor END,"
      "  currency = CASE WHEN ?19 = 1 THEN excluded.currency ELSE customers.currency END,"
      "  total_spent_minor = CASE WHEN ?21 = 1 THEN excluded.total_spent_minor"
      "    ELSE customers.total_spent_minor END,"
      "  total_orders = CASE WHEN ?23 = 1 THEN excluded.total_orders"
      "    ELSE customers.total_orders END,"
      "  last_active = CASE WHEN ?25 = 1 THEN excluded.last_active"
      "    ELSE customers.last_active END,"
      "  renewal_date = CASE WHEN ?27 = 1 THEN excluded.renewal_date ELSE customers.renewal_date END,"
      "  cancel_reason = CASE WHEN ?29 = 1 THEN excluded.cancel_reason ELSE customers.cancel_reason END,"
      "  cancel_comment = CASE WHEN ?31 = 1 THEN excluded.cancel_comment ELSE customers.cancel_comment END"
      " RETURNING id"_s;

// Rows of one import with the same key add up (line items of one order, several rows of one day);
// a later import replaces the value, so importing a file again changes nothing.
QString ordersSql(int rows)
{
    QString sql = u"INSERT INTO orders (customer_id, order_date, amount_minor, currency, status, external_ref,"
                  " dedup_key, import_id) VALUES "_s;
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? u"(?, ?, ?, ?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    return sql
        + u" ON CONFLICT (dedup_key) DO UPDATE SET"
          "  amount_minor = CASE WHEN orders.import_id = excluded.import_id"
          "    THEN orders.amount_minor + excluded.amount_minor ELSE excluded.amount_minor END,"
          "  customer_id = excluded.customer_id, order_date = excluded.order_date, currency = excluded.currency,"
          "  status = excluded.status, external_ref = excluded.external_ref, import_id = excluded.import_id"_s;
}

QString activitySql(int rows)
{
    QString sql = u"INSERT INTO activity (customer_id, event_date, kind, count, import_id) VALUES "_s;
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? u"(?, ?, ?, ?, ?)"_s : u", (?, ?, ?, ?, ?)"_s;
    return sql
        + u" ON CONFLICT (customer_id, event_date, kind) DO UPDATE SET"
          "  count = CASE WHEN activity.import_id = excluded.import_id"
          "    THEN activity.count + excluded.count ELSE excluded.count END,"
          "  import_id = excluded.import_id"_s;
}

} // namespace

ImportStore::ImportStore(Database &database)
    : m_database(database)
{ }

ImportStore::~ImportStore()
{
    if (m_active)
        rollback();
}

Result<void> ImportStore::begin(const QString &fileName, const QString &kind)
{
    // Slots number the customers of one import only.
    m_customerIds.clear();
    m_slotIds.clear();
    sqlite3 *db = SqliteStatement::handle(m_database.connection());
    const QList<std::pair<SqliteStatement *, QString>> statements = {
        {&m_findCustomer, u"SELECT id FROM customers WHERE external_id = ?1"_s},
        // A plain insert: RETURNING would make SQLite keep a statement journal for every new customer.
        {&m_createCustomer, u"INSERT INTO customers (external_id) VALUES (?1)"_s},
        {&m_upsertCustomer, upsertCustomerSql},
        {&m_orderChunk, ordersSql(ChunkRows)},
        {&m_activityChunk, activitySql(ChunkRows)},
        {&m_upsertTicket,
            u"INSERT INTO tickets (customer_id, opened_date, closed_date, severity, is_complaint, subject, "
            u"external_ref,"
            "  dedup_key, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
            " ON CONFLICT (dedup_key) DO UPDATE SET"
            "  customer_id = excluded.customer_id, opened_date = excluded.opened_date,"
            "  closed_date = excluded.closed_date, severity = excluded.severity, is_complaint = excluded.is_complaint,"
            "  subject = excluded.subject, external_ref = excluded.external_ref, import_id = excluded.import_id"_s},
        {&m_upsertSurvey,
            u"INSERT INTO surveys (customer_id, survey_date, kind, score, import_id, scale)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
            " ON CONFLICT (customer_id, survey_date, kind) DO UPDATE SET"
            "  score = excluded.score, scale = excluded.scale, import_id = excluded.import_id"_s},
        {&m_upsertExitAnswer,
            u"INSERT INTO exit_answers (customer_id, answer_date, reason, comment, import_id)"
            " VALUES (?1, ?2, ?3, ?4, ?5)"
            " ON CONFLICT (customer_id, answer_date) DO UPDATE SET"
            "  reason = excluded.reason, comment = excluded.comment, import_id = excluded.import_id"_s},
        {&m_findImport, u"SELECT count(*) FROM imports WHERE sha256 = ?1 AND id <> ?2"_s},
        {&m_logImport,
            u"UPDATE imports SET sha256 = ?1, rows_accepted = ?2, rows_rejected = ?3, rows_skipped = ?4,"
            " guest_rows = ?6, guest_revenue_minor = ?7 WHERE id = ?5"_s},
    };
    for (const auto &[statement, sql] : statements) {
        if (auto result = statement->prepare(db, sql); !result)
            return result;
    }

    // A failed start leaves the connection as it was (foreign keys checked, the write-ahead log).
    auto bulk = m_database.setBulkWriting(true);
    if (bulk)
        bulk = m_database.beginTransaction();
    if (!bulk) {
        endBulkWriting();
        return bulk;
    }
    m_active = true;
    SqliteStatement log;
    if (auto result = log.prepare(db,
            u"INSERT INTO imports (file_name, kind, imported_at) VALUES (?1, ?2, ?3)"
            " RETURNING id"_s);
        !result) {
        rollback();
        return result;
    }
    log.bind(1, fileName);
    log.bind(2, kind);
    const QString importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    log.bind(3, importedAt);
    auto row = log.step();
    if (!row || !*row) {
        rollback();
        return row ? Error {tr("Could not log the import."), {}} : row.error();
    }
    m_importId = log.columnInt64(0);
    log.reset();
    auto customers = customerCount();
    if (!customers) {
        rollback();
        return customers.error();
    }
    m_customersBefore = *customers;
    m_customersCreated = 0;
    return {};
}

Result<qint64> ImportStore::customerCount()
{
    SqliteStatement count;
    if (auto prepared
        = count.prepare(SqliteStatement::handle(m_database.connection()), u"SELECT count(*) FROM customers"_s);
        !prepared)
        return prepared.error();
    auto row = count.step();
    if (!row)
        return row.error();
    return *row ? count.columnInt64(0) : 0;
}

// Rewrites the activity summary (customer_activity_days: each day with its number of events) of every
// customer this import gave activity.
Result<void> ImportStore::updateActivitySummaries()
{
    if (m_activityCustomers.isEmpty())
        return {};
    sqlite3 *db = SqliteStatement::handle(m_database.connection());
    SqliteStatement days;
    SqliteStatement store;
    if (auto prepared = days.prepare(db,
            u"SELECT event_date, sum(count) FROM activity WHERE customer_id = ?1"
            " GROUP BY event_date ORDER BY event_date"_s);
        !prepared)
        return prepared;
    if (auto prepared = store.prepare(db,
            u"INSERT INTO customer_activity_days (customer_id, days) VALUES (?1, ?2)"
            " ON CONFLICT (customer_id) DO UPDATE SET days = excluded.days"_s);
        !prepared)
        return prepared;
    QList<qint64> customers(m_activityCustomers.cbegin(), m_activityCustomers.cend());
    std::sort(customers.begin(), customers.end());
    QByteArray blob;
    for (qint64 customer : std::as_const(customers)) {
        blob.clear();
        days.bind(1, customer);
        for (;;) {
            auto row = days.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (const Day day = parseIsoDay(days.columnText(0)); day != NoDay)
                appendPackedDay(blob, day, days.columnInt64(1));
        }
        days.reset();
        store.bind(1, customer);
        store.bindBlob(2, blob);
        if (auto stored = run(store); !stored)
            return stored;
    }
    m_activityCustomers.clear();
    return {};
}

Result<void> ImportStore::run(SqliteStatement &statement)
{
    auto result = statement.step();
    statement.reset();
    if (!result)
        return result.error();
    return {};
}

Result<qint64> ImportStore::customerId(QByteArrayView externalId, qint32 slot)
{
    if (slot >= 0 && std::size_t(slot) < m_slotIds.size() && m_slotIds[std::size_t(slot)] != 0)
        return m_slotIds[std::size_t(slot)];
    return customerId(QString::fromUtf8(externalId), slot);
}

Result<qint64> ImportStore::customerId(const QString &externalId, qint32 slot)
{
    // The producer numbered the ids it saw: a vector read instead of hashing the text again.
    if (slot >= 0 && std::size_t(slot) < m_slotIds.size() && m_slotIds[std::size_t(slot)] != 0)
        return m_slotIds[std::size_t(slot)];
    const auto remember = [&](qint64 id) {
        if (slot >= 0) {
            if (std::size_t(slot) >= m_slotIds.size())
                m_slotIds.resize(std::max(std::size_t(slot) + 1, m_slotIds.size() * 2), 0);
            m_slotIds[std::size_t(slot)] = id;
        }
        return id;
    };
    if (const auto it = m_customerIds.constFind(externalId); it != m_customerIds.cend())
        return remember(*it);
    m_findCustomer.bind(1, externalId);
    auto found = m_findCustomer.step();
    if (!found)
        return found.error();
    qint64 id = 0;
    if (*found) {
        id = m_findCustomer.columnInt64(0);
        m_findCustomer.reset();
    } else {
        m_findCustomer.reset();
        m_createCustomer.bind(1, externalId);
        if (auto created = run(m_createCustomer); !created)
            return created.error();
        id = m_createCustomer.lastInsertId();
    }
    m_customerIds.insert(externalId, id);
    return remember(id);
}

Result<void> ImportStore::upsertCustomer(const CustomerRecord &record)
{
    SqliteStatement &statement = m_upsertCustomer;
    statement.bind(1, record.externalId);
    int index = 2;
    const auto bindText = [&](const std::optional<QString> &value) {
        statement.bind(index++, value ? textOrNull(*value) : QString());
        statement.bind(index++, qint64(value.has_value()));
    };
    const auto bindDate = [&](const std::optional<QDate> &value) {
        statement.bind(index++, value.value_or(QDate()));
        statement.bind(index++, qint64(value.has_value()));
    };
    const auto bindNumber = [&](const std::optional<qint64> &value) {
        if (value)
            statement.bind(index++, *value);
        else
            statement.bindNull(index++);
        statement.bind(index++, qint64(value.has_value()));
    };
    bindText(record.name);
    bindText(record.email);
    bindText(record.segment);
    bindText(record.plan);
    bindText(record.country);
    bindDate(record.signupDate);
    bindDate(record.cancelDate);
    bindNumber(record.mrrMinor);
    bindText(record.currency);
    bindNumber(record.totalSpentMinor);
    bindNumber(record.totalOrders);
    bindDate(record.lastActive);
    bindDate(record.renewalDate);
    bindText(record.cancelReason);
    bindText(record.cancelComment);
    auto row = statement.step();
    if (!row)
        return row.error();
    if (*row && !m_customerIds.contains(record.externalId))
        m_customerIds.insert(record.externalId, statement.columnInt64(0));
    statement.reset();
    return {};
}

Result<void> ImportStore::addOrder(const OrderRecord &record)
{
    QByteArray &text = m_recordText;
    text.resize(0);
    appendUtf8(text, record.customerExternalId);
    const qsizetype customerEnd = text.size();
    appendUtf8(text, record.currency);
    const qsizetype currencyEnd = text.size();
    appendUtf8(text, record.externalRef);
    const qsizetype referenceEnd = text.size();
    appendUtf8(text, record.dedupKey);
    const QByteArrayView all(text);
    return addOrder(OrderView {all.first(customerEnd), record.date, record.amountMinor,
        all.sliced(customerEnd, currencyEnd - customerEnd), record.status,
        all.sliced(currencyEnd, referenceEnd - currencyEnd), all.sliced(referenceEnd), record.customerSlot});
}

Result<void> ImportStore::addOrder(const OrderView &order)
{
    auto customer = customerId(order.customerExternalId, order.customerSlot);
    if (!customer)
        return customer.error();
    const qsizetype at = m_pendingOrderText.size();
    m_pendingOrderText.append(order.currency).append(order.externalRef).append(order.dedupKey);
    m_pendingOrders.push_back({*customer, order.amountMinor, order.date, order.status, at, order.currency.size(),
        order.externalRef.size(), order.dedupKey.size()});
    return m_pendingOrders.size() >= std::size_t(ChunkRows) ? flushOrders() : Result<void>();
}

Result<void> ImportStore::flushOrders()
{
    if (m_pendingOrders.empty())
        return {};
    SqliteStatement partial;
    SqliteStatement *statement = &m_orderChunk;
    if (m_pendingOrders.size() != std::size_t(ChunkRows)) {
        if (auto prepared
            = partial.prepare(SqliteStatement::handle(m_database.connection()), ordersSql(int(m_pendingOrders.size())));
            !prepared)
            return prepared;
        statement = &partial;
    }
    int index = 1;
    const QByteArrayView text(m_pendingOrderText);
    for (const PendingOrder &pending : m_pendingOrders) {
        statement->bind(index++, pending.customerId);
        statement->bind(index++, pending.date);
        statement->bind(index++, pending.amountMinor);
        statement->bindUtf8(index++, text.sliced(pending.textAt, pending.currencySize));
        statement->bindUtf8(index++, pending.status == OrderStatus::Failed ? "failed" : "paid");
        if (pending.referenceSize == 0)
            statement->bindNull(index++);
        else
            statement->bindUtf8(index++, text.sliced(pending.textAt + pending.currencySize, pending.referenceSize));
        statement->bindUtf8(
            index++, text.sliced(pending.textAt + pending.currencySize + pending.referenceSize, pending.keySize));
        statement->bind(index++, m_importId);
    }
    // The text stays as it is until the statement has run: it is bound, not copied.
    auto ran = run(*statement);
    m_pendingOrders.clear();
    m_pendingOrderText.resize(0);
    return ran;
}

Result<void> ImportStore::addActivity(const ActivityRecord &record)
{
    auto customer = customerId(record.customerExternalId, record.customerSlot);
    if (!customer)
        return customer.error();
    m_pendingActivity.append({*customer, record});
    m_activityCustomers.insert(*customer);
    return m_pendingActivity.size() >= ChunkRows ? flushActivity() : Result<void>();
}

Result<void> ImportStore::flushActivity()
{
    if (m_pendingActivity.isEmpty())
        return {};
    SqliteStatement partial;
    SqliteStatement *statement = &m_activityChunk;
    if (m_pendingActivity.size() != ChunkRows) {
        if (auto prepared = partial.prepare(
                SqliteStatement::handle(m_database.connection()), activitySql(int(m_pendingActivity.size())));
            !prepared)
            return prepared;
        statement = &partial;
    }
    int index = 1;
    for (const PendingActivity &pending : std::as_const(m_pendingActivity)) {
        statement->bind(index++, pending.customerId);
        statement->bind(index++, pending.record.date);
        statement->bind(index++, pending.record.kind);
        statement->bind(index++, pending.record.count);
        statement->bind(index++, m_importId);
    }
    m_pendingActivity.clear();
    return run(*statement);
}

Result<void> ImportStore::flush()
{
    if (auto orders = flushOrders(); !orders)
        return orders;
    return flushActivity();
}

Result<void> ImportStore::upsertTicket(const TicketRecord &record)
{
    auto customer = customerId(record.customerExternalId);
    if (!customer)
        return customer.error();
    m_upsertTicket.bind(1, *customer);
    m_upsertTicket.bind(2, record.opened);
    m_upsertTicket.bind(3, record.closed);
    m_upsertTicket.bind(4, severityName(record.severity));
    m_upsertTicket.bind(5, qint64(record.complaint ? 1 : 0));
    m_upsertTicket.bind(6, textOrNull(record.subject));
    m_upsertTicket.bind(7, textOrNull(record.externalRef));
    m_upsertTicket.bind(8, record.dedupKey);
    m_upsertTicket.bind(9, m_importId);
    return run(m_upsertTicket);
}

Result<void> ImportStore::upsertSurvey(const SurveyRecord &record)
{
    auto customer = customerId(record.customerExternalId);
    if (!customer)
        return customer.error();
    if (record.kind == SurveyKind::Exit) {
        m_upsertExitAnswer.bind(1, *customer);
        m_upsertExitAnswer.bind(2, record.date);
        m_upsertExitAnswer.bind(3, textOrNull(record.reason));
        m_upsertExitAnswer.bind(4, textOrNull(record.comment));
        m_upsertExitAnswer.bind(5, m_importId);
        return run(m_upsertExitAnswer);
    }
    m_upsertSurvey.bind(1, *customer);
    m_upsertSurvey.bind(2, record.date);
    m_upsertSurvey.bind(3, record.kind == SurveyKind::Csat ? u"csat"_s : u"nps"_s);
    if (record.score)
        m_upsertSurvey.bind(4, qint64(*record.score));
    else
        m_upsertSurvey.bindNull(4);
    m_upsertSurvey.bind(5, m_importId);
    m_upsertSurvey.bind(6, qint64(record.kind == SurveyKind::Csat ? record.scale : 10));
    return run(m_upsertSurvey);
}

Result<bool> ImportStore::finish(const QString &sha256, const Summary &summary)
{
    if (auto flushed = flush(); !flushed) {
        rollback();
        return flushed.error();
    }
    if (auto summaries = updateActivitySummaries(); !summaries) {
        rollback();
        return summaries.error();
    }
    bool seenBefore = false;
    if (!sha256.isEmpty()) {
        m_findImport.bind(1, sha256);
        m_findImport.bind(2, m_importId);
        auto row = m_findImport.step();
        if (!row) {
            rollback();
            return row.error();
        }
        seenBefore = *row && m_findImport.columnInt64(0) > 0;
        m_findImport.reset();
    }
    m_logImport.bind(1, textOrNull(sha256));
    m_logImport.bind(2, summary.accepted);
    m_logImport.bind(3, summary.rejected);
    m_logImport.bind(4, summary.skipped);
    m_logImport.bind(5, m_importId);
    m_logImport.bind(6, summary.guestRows);
    m_logImport.bind(7, summary.guestRevenueMinor);
    if (auto result = run(m_logImport); !result) {
        rollback();
        return result.error();
    }
    auto customers = customerCount();
    if (!customers) {
        rollback();
        return customers.error();
    }
    m_customersCreated = *customers - m_customersBefore;
    finishStatements();
    m_active = false;
    auto committed = m_database.commit();
    endBulkWriting();
    if (!committed)
        return committed.error();
    return seenBefore;
}

void ImportStore::rollback()
{
    m_pendingOrders.clear();
    m_pendingOrderText.resize(0);
    m_pendingActivity.clear();
    m_activityCustomers.clear();
    finishStatements();
    m_database.rollback();
    endBulkWriting();
    m_active = false;
    m_customerIds.clear();
    m_slotIds.clear();
}

void ImportStore::finishStatements()
{
    for (SqliteStatement *statement : {&m_findCustomer, &m_createCustomer, &m_upsertCustomer, &m_orderChunk,
             &m_activityChunk, &m_upsertTicket, &m_upsertSurvey, &m_findImport, &m_logImport})
        statement->finalize();
}

void ImportStore::endBulkWriting()
{
    // After the transaction: SQLite changes the journal only outside one. Only a failing connection
    // refuses this; the import's own result says what went wrong.
    [[maybe_unused]] const auto reset = m_database.setBulkWriting(false);
}

} // namespace rd
