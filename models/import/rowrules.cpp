// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The rules that turn one checked row into records: process() rejects rows the reader flagged or that
// hold an overlong field and hands the rest to the rules of the import's kind (processCustomer,
// processOrder, processActivity, processTicket, processSurvey), which read cells and dates, reject
// what cannot be right and put the records in the batch. Also the words that order statuses,
// severities, yes/no and billing intervals are written with.
#include "importrun.h"

#include <cmath>

#include <QCryptographicHash>
#include <QLocale>

#include "core/checkedmath.h"
#include "import/presets.h"

using namespace Qt::StringLiterals;

namespace rd::detail {

namespace {

// No name, address, subject or id needs more characters than this; a longer field is a misread or an attack.
constexpr qsizetype MaxFieldLength = 10000;
// Events of one kind on one day: a day has 86,400 seconds; a count beyond a million is a misread.
constexpr qint64 MaxEventsPerRow = 1'000'000;

bool matchesAny(QStringView value, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        if (value.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// What an order's status text means for revenue.
enum class StatusMeaning { Paid, Failed, Refunded, NotASale, Unknown };

StatusMeaning statusMeaning(QStringView status)
{
    if (status.isEmpty()
        || matchesAny(status,
            {u"paid", u"completed", u"complete", u"processing", u"succeeded", u"success", u"authorized",
                u"partially_refunded", u"partially refunded", u"bezahlt", u"abgeschlossen", u"erfolgreich", u"on-hold",
                u"in bearbeitung", u"captured", u"cleared"}))
        return StatusMeaning::Paid;
    if (matchesAny(status, {u"failed", u"declined", u"denied", u"fehlgeschlagen", u"abgelehnt", u"payment failed"}))
        return StatusMeaning::Failed;
    if (matchesAny(status, {u"refunded", u"reversed", u"erstattet", u"rückerstattet", u"gutschrift", u"credit note"}))
        return StatusMeaning::Refunded;
    if (matchesAny(status,
            {u"cancelled", u"canceled", u"voided", u"void", u"pending", u"abandoned", u"draft", u"storniert",
                u"abgebrochen", u"offen", u"entwurf", u"trash", u"checkout-draft", u"unclaimed", u"held"}))
        return StatusMeaning::NotASale;
    return StatusMeaning::Unknown;
}

std::optional<TicketSeverity> severityFrom(QStringView text)
{
    if (text.isEmpty() || matchesAny(text, {u"normal", u"medium", u"mittel", u"moderate", u"standard", u"2"}))
        return TicketSeverity::Normal;
    if (matchesAny(text, {u"low", u"niedrig", u"gering", u"minor", u"1"}))
        return TicketSeverity::Low;
    if (matchesAny(text, {u"high", u"hoch", u"major", u"wichtig", u"3"}))
        return TicketSeverity::High;
    if (matchesAny(text, {u"critical", u"kritisch", u"urgent", u"dringend", u"blocker", u"sehr hoch", u"4"}))
        return TicketSeverity::Critical;
    return std::nullopt;
}

std::optional<bool> booleanFrom(QStringView text)
{
    if (text.isEmpty() || matchesAny(text, {u"no", u"nein", u"false", u"falsch", u"0", u"n"}))
        return false;
    if (matchesAny(text, {u"yes", u"ja", u"true", u"wahr", u"1", u"x", u"y", u"j"}))
        return true;
    return std::nullopt;
}

// Months per billing interval, as a fraction: the monthly amount is amount * numerator / denominator.
std::optional<std::pair<int, int>> intervalFactor(QStringView text)
{
    if (text.isEmpty() || matchesAny(text, {u"month", u"monthly", u"monat", u"monatlich", u"mo", u"1"}))
        return std::pair {1, 1};
    if (matchesAny(text, {u"year", u"yearly", u"annual", u"annually", u"jahr", u"jährlich", u"jaehrlich", u"yr"}))
        return std::pair {1, 12};
    if (matchesAny(text, {u"quarter", u"quarterly", u"quartal", u"vierteljährlich", u"quartalsweise"}))
        return std::pair {1, 3};
    if (matchesAny(text, {u"week", u"weekly", u"woche", u"wöchentlich"}))
        return std::pair {52, 12};
    if (matchesAny(text, {u"day", u"daily", u"tag", u"täglich"}))
        return std::pair {365, 12};
    return std::nullopt;
}

// The dedup key of a record whose source gives it no id: a digest of what identifies it.
QString contentKey(const QByteArray &content)
{
    return u"auto:"_s + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
}

qint64 roundedDiv(qint64 numerator, qint64 denominator)
{
    const double value = double(numerator) / double(denominator);
    return qint64(std::llround(value));
}

} // namespace

void ImportRun::process(const Row &row)
{
    ++m_report.rowsRead;
    if (row.flaw != CsvReader::Flaw::None) {
        // A stray byte that is no text in the file's encoding, or a NUL: this row is rejected, the rest read on.
        const QChar mark
            = row.flaw == CsvReader::Flaw::NulCharacter ? QChar(u'\0') : QChar(QChar::ReplacementCharacter);
        int column = 0;
        while (column < row.fields.size() && !row.fields.at(column).contains(mark))
            ++column;
        Row shown = row;
        if (column < shown.fields.size())
            shown.fields[column].replace(mark, QChar(QChar::ReplacementCharacter));
        rejectColumn(shown, column < row.fields.size() ? column : 0,
            row.flaw == CsvReader::Flaw::NulCharacter
                ? tr("holds a NUL character, which no text may hold")
                : tr("holds bytes that are not %1 text (shown as �)").arg(encodingName(m_report.encoding)));
        ++m_report.rejected;
        return;
    }
    for (int column = 0; column < row.fields.size(); ++column) {
        if (row.fields.at(column).size() > MaxFieldLength) {
            rejectColumn(row, column,
                tr("longer than %1 characters, which no name, address or text needs")
                    .arg(QLocale().toString(MaxFieldLength)));
            ++m_report.rejected;
            return;
        }
    }
    // A line with nothing in any column this import reads: an empty line of delimiters (",,,,") or a note
    // under the data ("4 record(s) downloaded", "Seller ID : ..." in eBay's report). Skipped, not rejected.
    const auto &fields = m_report.mapping.fields;
    bool readsSomething = false;
    for (qsizetype column = 0; column < fields.size() && !readsSomething; ++column)
        readsSomething = fields.at(column) != Field::Ignore && column < row.fields.size()
            && !QStringView(row.fields.at(column)).trimmed().isEmpty();
    if (!readsSomething) {
        ++m_report.skipped;
        return;
    }
    Outcome outcome = Outcome::Rejected;
    switch (m_options.kind) {
    case ImportKind::Customers:
        outcome = processCustomer(row);
        break;
    case ImportKind::Orders:
        outcome = processOrder(row);
        break;
    case ImportKind::Activity:
        outcome = processActivity(row);
        break;
    case ImportKind::Tickets:
        outcome = processTicket(row);
        break;
    case ImportKind::Surveys:
        outcome = processSurvey(row);
        break;
    }
    switch (outcome) {
    case Outcome::Accepted:
        ++m_report.accepted;
        break;
    case Outcome::Rejected:
        ++m_report.rejected;
        break;
    case Outcome::Skipped:
        ++m_report.skipped;
        break;
    }
}

QDate ImportRun::date(const Row &row, Field field) const
{
    const int column = m_report.mapping.column(field);
    const DateFormat format = m_report.dateFormats.value(column, DateFormat::Iso);
    const QString text = cell(row, field);
    if (format != DateFormat::DayMonth)
        return parseDate(text, format);
    // DATEV writes Belegdatum as ddMM; the year comes from the batch's period.
    QDate value = parseDate(text, format, m_datevFrom.year());
    if (value.isValid() && value < m_datevFrom)
        value = parseDate(text, format, m_datevFrom.year() + 1);
    return value;
}

std::optional<QDate> ImportRun::optionalDate(const Row &row, Field field, bool *bad) const
{
    *bad = false;
    if (!has(field))
        return std::nullopt;
    if (cell(row, field).isEmpty())
        return QDate();
    const QDate value = date(row, field);
    *bad = !value.isValid();
    return value;
}

QString ImportRun::customerName(const Row &row) const
{
    QString name = cell(row, Field::Name);
    if (name.isEmpty())
        name = QString(cell(row, Field::FirstName) + u' ' + cell(row, Field::LastName)).trimmed();
    if (name.isEmpty() && m_preset && m_preset->nameFromCustomerId)
        name = cell(row, Field::CustomerId);
    return name;
}

QString ImportRun::currency(const Row &row) const
{
    const QString value = cell(row, Field::Currency).toUpper();
    return value.isEmpty() ? m_defaultCurrency : value;
}

Outcome ImportRun::processCustomer(const Row &row)
{
    CustomerRecord record;
    record.externalId = normaliseId(cell(row, Field::CustomerId));
    // Suppliers in an address book are no customers.
    if (matchesAny(cell(row, Field::Segment), {u"lieferant", u"supplier", u"vendor", u"kreditor"}))
        return Outcome::Skipped;
    if (record.externalId.isEmpty()) {
        if (m_preset && m_preset->addressBook)
            return Outcome::Skipped;
        return reject(row, Field::CustomerId, tr("no customer id"));
    }
    // Empty text cells keep what is stored; an empty cancel date clears it (the customer is back).
    const auto text = [&](Field field) -> std::optional<QString> {
        const QString value = cell(row, field);
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    };
    const QString name = customerName(row);
    if (!name.isEmpty())
        record.name = name;
    record.email = text(Field::Email);
    record.segment = text(Field::Segment);
    record.plan = text(Field::Plan);
    record.country = text(Field::Country);
    record.cancelReason = text(Field::CancelReason);
    record.cancelComment = text(Field::Comment);
    record.currency = has(Field::Currency) ? std::optional<QString>(currency(row)) : std::nullopt;
    for (const auto &[field, target] :
        {std::pair {Field::SignupDate, &record.signupDate}, std::pair {Field::CancelDate, &record.cancelDate},
            std::pair {Field::LastActive, &record.lastActive}, std::pair {Field::RenewalDate, &record.renewalDate}}) {
        bool bad = false;
        std::optional<QDate> value = optionalDate(row, field, &bad);
        if (bad)
            return rejectDate(row, field);
        if (value && value->isValid() && !isPlausible(*value, field))
            return rejectImplausibleDate(row, field);
        if (value && (value->isValid() || field == Field::CancelDate))
            *target = value;
    }
    if (record.signupDate && record.cancelDate && record.cancelDate->isValid()
        && *record.cancelDate < *record.signupDate)
        return reject(row, Field::CancelDate, tr("cancel date before the signup date"));

    if (has(Field::Mrr) && !cell(row, Field::Mrr).isEmpty()) {
        auto amount = parseMoney(cell(row, Field::Mrr), m_report.decimal);
        if (!amount)
            return reject(row, Field::Mrr, tr("not an amount"));
        if (!isPlausibleAmount(*amount))
            return rejectImplausibleAmount(row, Field::Mrr);
        qint64 quantity = 1;
        if (has(Field::Quantity) && !cell(row, Field::Quantity).isEmpty()) {
            auto parsed = parseInteger(cell(row, Field::Quantity));
            if (!parsed || *parsed < 0)
                return reject(row, Field::Quantity, tr("not a whole number of 0 or more"));
            quantity = *parsed;
        }
        const auto factor = intervalFactor(cell(row, Field::Interval));
        if (!factor)
            return reject(row, Field::Interval, tr("unknown billing interval (month, quarter, year, week or day)"));
        const auto seats = checkedMul(*amount, quantity);
        const auto perInterval = seats ? checkedMul(*seats, factor->first) : std::nullopt;
        if (!perInterval || !isPlausibleAmount(roundedDiv(*perInterval, factor->second)))
            return reject(row, has(Field::Quantity) ? Field::Quantity : Field::Mrr,
                tr("the monthly amount (amount × seats × billing interval) is beyond ±%1, which cannot be right")
                    .arg(QLocale().toString(MaxPlausibleAmountMinor / 100)));
        record.mrrMinor = roundedDiv(*perInterval, factor->second);
    }
    if (has(Field::TotalSpent) && !cell(row, Field::TotalSpent).isEmpty()) {
        auto amount = parseMoney(cell(row, Field::TotalSpent), m_report.decimal);
        if (!amount)
            return reject(row, Field::TotalSpent, tr("not an amount"));
        if (!isPlausibleAmount(*amount))
            return rejectImplausibleAmount(row, Field::TotalSpent);
        record.totalSpentMinor = *amount;
    }
    if (has(Field::TotalOrders) && !cell(row, Field::TotalOrders).isEmpty()) {
        auto count = parseInteger(cell(row, Field::TotalOrders));
        if (!count || *count < 0)
            return reject(row, Field::TotalOrders, tr("not a whole number of 0 or more"));
        record.totalOrders = *count;
    }
    put(std::move(record));
    return Outcome::Accepted;
}

qint32 ImportRun::customerSlot(const QString &externalId, bool *firstSeen)
{
    return customerSlot(externalId, IdSlots::hash(externalId), firstSeen);
}

qint32 ImportRun::customerSlot(const QString &externalId, quint64 idHash, bool *firstSeen)
{
    const IdSlots::Slot slot = m_customerSlots.insert(externalId, idHash);
    if (firstSeen)
        *firstSeen = slot.added;
    return slot.number;
}

void ImportRun::flushOrder()
{
    if (!m_pendingOrder)
        return;
    put(std::move(*m_pendingOrder));
    m_pendingOrder.reset();
}

Outcome ImportRun::processOrder(const Row &row)
{
    const QString orderId = normaliseId(cell(row, Field::OrderId));
    const bool continuation = m_pendingOrder && !orderId.isEmpty() && m_pendingOrder->externalRef == orderId;

    QString customer = normaliseId(cell(row, Field::CustomerId));
    qint64 sign = 1;
    // Ledgers and payment accounts (DATEV, PayPal): whose sale a row is, and which way the money went.
    const Party party = orderParty(row, customer, sign);
    if (party == Party::NotASale)
        return Outcome::Skipped;
    // A row without a customer that is not a line of the order before is a guest order: read on, so that
    // its revenue can be told, and counted instead of imported.
    const bool guest = customer.isEmpty() && !continuation;
    if (customer.isEmpty() && continuation)
        customer = m_pendingOrder->customerExternalId;
    const quint64 customerHash = m_customerSlots.prefetch(customer);

    QDate day = cell(row, Field::Date).isEmpty() && continuation ? m_pendingOrder->date : date(row, Field::Date);
    if (!day.isValid())
        return rejectDate(row, Field::Date);
    if (!isPlausible(day, Field::Date))
        return rejectImplausibleDate(row, Field::Date);

    qint64 amount = 0;
    const QString amountText = cell(row, Field::Amount);
    if (has(Field::Amount) && !amountText.isEmpty()) {
        auto parsed = parseMoney(amountText, m_report.decimal);
        if (!parsed)
            return reject(row, Field::Amount, tr("not an amount"));
        if (!isPlausibleAmount(*parsed))
            return rejectImplausibleAmount(row, Field::Amount);
        amount = *parsed;
    } else if (has(Field::Quantity) && has(Field::UnitPrice) && !cell(row, Field::Quantity).isEmpty()
        && !cell(row, Field::UnitPrice).isEmpty()) {
        auto quantity = parseDecimal(cell(row, Field::Quantity), m_report.decimal);
        if (!quantity)
            return reject(row, Field::Quantity, tr("not a number"));
        auto price = parseDecimal(cell(row, Field::UnitPrice), m_report.decimal);
        if (!price)
            return reject(row, Field::UnitPrice, tr("not a price"));
        const double minor = *quantity * *price * 100.0;
        if (!std::isfinite(minor) || std::abs(minor) > double(MaxPlausibleAmountMinor))
            return reject(row, Field::Quantity,
                tr("quantity × unit price is beyond ±%1, which cannot be right")
                    .arg(QLocale().toString(MaxPlausibleAmountMinor / 100)));
        amount = std::llround(minor);
    } else if (!continuation) {
        return reject(row, has(Field::Amount) ? Field::Amount : Field::UnitPrice, tr("no amount"));
    }
    if (has(Field::RefundedAmount) && !cell(row, Field::RefundedAmount).isEmpty()) {
        auto refunded = parseMoney(cell(row, Field::RefundedAmount), m_report.decimal);
        if (!refunded)
            return reject(row, Field::RefundedAmount, tr("not an amount"));
        if (!isPlausibleAmount(*refunded))
            return rejectImplausibleAmount(row, Field::RefundedAmount);
        amount -= std::abs(*refunded); // both within ±10^14: no overflow
    }
    amount *= sign;

    OrderStatus status = continuation ? m_pendingOrder->status : OrderStatus::Paid;
    const QString statusText = cell(row, Field::Status);
    if (!statusText.isEmpty()) {
        switch (statusMeaning(statusText)) {
        case StatusMeaning::Paid:
            status = OrderStatus::Paid;
            break;
        case StatusMeaning::Failed:
            status = OrderStatus::Failed;
            break;
        case StatusMeaning::Refunded:
            // A refunded order without a refunded amount gives everything back; a credit note's
            // positive amount is a refund. A payment account books the refund as a row of its own.
            if (!has(Field::RefundedAmount) && amount > 0 && party != Party::PaymentAccount)
                amount = -amount;
            break;
        case StatusMeaning::NotASale:
            return Outcome::Skipped;
        case StatusMeaning::Unknown:
            return reject(row, Field::Status, tr("unknown order status"));
        }
    }
    if (guest) {
        flushOrder();
        return rejectGuestOrder(row, status == OrderStatus::Failed ? 0 : amount, currency(row));
    }

    bool firstSeen = false;
    const qint32 slot = customerSlot(customer, customerHash, &firstSeen);
    if (firstSeen) {
        const QString name = customerName(row);
        const QString email = cell(row, Field::Email);
        const QString country = cell(row, Field::Country);
        const QString segment = cell(row, Field::Segment);
        if (!name.isEmpty() || !email.isEmpty() || !country.isEmpty() || !segment.isEmpty()) {
            CustomerRecord record;
            record.externalId = customer;
            if (!name.isEmpty())
                record.name = name;
            if (!email.isEmpty())
                record.email = email;
            if (!country.isEmpty())
                record.country = country;
            if (!segment.isEmpty())
                record.segment = segment;
            put(std::move(record));
        }
    }

    if (continuation) {
        const auto total = checkedAdd(m_pendingOrder->amountMinor, amount);
        if (!total || !isPlausibleAmount(*total))
            return reject(row, has(Field::Amount) ? Field::Amount : Field::Quantity,
                tr("the order's line items add up to more than ±%1, which cannot be right")
                    .arg(QLocale().toString(MaxPlausibleAmountMinor / 100)));
        m_pendingOrder->amountMinor = *total;
        m_pendingOrder->status = status;
        return Outcome::Accepted;
    }
    flushOrder();

    OrderRecord order;
    order.customerExternalId = customer;
    order.customerSlot = slot;
    order.date = day;
    order.amountMinor = amount;
    order.currency = currency(row);
    order.status = status;
    order.externalRef = orderId;
    if (!orderId.isEmpty()) {
        order.dedupKey = orderId;
        m_pendingOrder = std::move(order);
        return Outcome::Accepted;
    }
    // Without an order number, the row's content identifies it; identical consecutive rows are
    // told apart by their position in the run, so a re-import finds each again.
    QByteArray content = customer.toUtf8() + '\x1f' + day.toString(Qt::ISODate).toLatin1() + '\x1f'
        + QByteArray::number(amount) + '\x1f' + order.currency.toLatin1();
    if (content == m_lastAutoKey) {
        ++m_autoKeyRepeat;
    } else {
        m_lastAutoKey = content;
        m_autoKeyRepeat = 0;
    }
    content += '\x1f' + QByteArray::number(m_autoKeyRepeat);
    order.dedupKey = contentKey(content);
    put(std::move(order));
    return Outcome::Accepted;
}

Outcome ImportRun::processActivity(const Row &row)
{
    ActivityRecord record;
    record.customerExternalId = normaliseId(cell(row, Field::CustomerId));
    if (record.customerExternalId.isEmpty())
        return reject(row, Field::CustomerId, tr("no customer id"));
    record.date = date(row, Field::Date);
    if (!record.date.isValid())
        return rejectDate(row, Field::Date);
    if (!isPlausible(record.date, Field::Date))
        return rejectImplausibleDate(row, Field::Date);
    record.customerSlot = customerSlot(record.customerExternalId);
    record.kind = cell(row, Field::Kind).toLower();
    if (record.kind.isEmpty())
        record.kind = u"activity"_s;
    if (has(Field::Count) && !cell(row, Field::Count).isEmpty()) {
        auto count = parseInteger(cell(row, Field::Count));
        if (!count || *count < 0)
            return reject(row, Field::Count, tr("not a whole number of 0 or more"));
        if (*count > MaxEventsPerRow)
            return reject(row, Field::Count,
                tr("more than %1 events on one day, which cannot be right").arg(QLocale().toString(MaxEventsPerRow)));
        record.count = *count;
    }
    put(std::move(record));
    return Outcome::Accepted;
}

Outcome ImportRun::processTicket(const Row &row)
{
    TicketRecord record;
    record.customerExternalId = normaliseId(cell(row, Field::CustomerId));
    if (record.customerExternalId.isEmpty())
        return reject(row, Field::CustomerId, tr("no customer id"));
    record.opened = date(row, Field::OpenedDate);
    if (!record.opened.isValid())
        return rejectDate(row, Field::OpenedDate);
    if (!isPlausible(record.opened, Field::OpenedDate))
        return rejectImplausibleDate(row, Field::OpenedDate);
    bool bad = false;
    if (auto closed = optionalDate(row, Field::ClosedDate, &bad); closed)
        record.closed = *closed;
    if (bad)
        return rejectDate(row, Field::ClosedDate);
    if (record.closed.isValid() && !isPlausible(record.closed, Field::ClosedDate))
        return rejectImplausibleDate(row, Field::ClosedDate);
    if (record.closed.isValid() && record.closed < record.opened)
        return reject(row, Field::ClosedDate, tr("closed before it was opened"));
    const auto severity = severityFrom(cell(row, Field::Severity));
    if (!severity)
        return reject(row, Field::Severity, tr("unknown severity (low, normal, high or critical)"));
    record.severity = *severity;
    const auto complaint = booleanFrom(cell(row, Field::Complaint));
    if (!complaint)
        return reject(row, Field::Complaint, tr("not yes or no"));
    record.complaint = *complaint;
    record.subject = cell(row, Field::Subject);
    record.externalRef = normaliseId(cell(row, Field::TicketId));
    if (!record.externalRef.isEmpty()) {
        record.dedupKey = record.externalRef;
    } else {
        record.dedupKey = contentKey(record.customerExternalId.toUtf8() + '\x1f'
            + record.opened.toString(Qt::ISODate).toLatin1() + '\x1f' + record.subject.toUtf8());
    }
    put(std::move(record));
    return Outcome::Accepted;
}

Outcome ImportRun::processSurvey(const Row &row)
{
    SurveyRecord record;
    record.customerExternalId = normaliseId(cell(row, Field::CustomerId));
    if (record.customerExternalId.isEmpty())
        return reject(row, Field::CustomerId, tr("no customer id"));
    record.date = date(row, Field::Date);
    if (!record.date.isValid())
        return rejectDate(row, Field::Date);
    if (!isPlausible(record.date, Field::Date))
        return rejectImplausibleDate(row, Field::Date);
    if (m_surveyKind) {
        record.kind = *m_surveyKind;
    } else {
        const auto kind = surveyKindFrom(cell(row, Field::Kind));
        if (!kind)
            return reject(row, Field::Kind, tr("unknown survey kind (nps, csat or exit)"));
        record.kind = *kind;
    }
    // An exit survey's answer is a reason and a comment; none is a survey sent and not answered.
    if (record.kind == SurveyKind::Exit) {
        record.reason = cell(row, Field::CancelReason);
        record.comment = cell(row, Field::Comment);
        put(std::move(record));
        return Outcome::Accepted;
    }
    // A survey without a score was sent and not answered: silence counts too.
    if (cell(row, Field::Score).isEmpty()) {
        put(std::move(record));
        return Outcome::Accepted;
    }
    const auto score = parseInteger(cell(row, Field::Score));
    if (!score)
        return reject(row, Field::Score, tr("not a whole number"));
    record.scale = m_report.csatScale == 10 ? 10 : 5;
    const bool inRange
        = record.kind == SurveyKind::Nps ? (*score >= 0 && *score <= 10) : (*score >= 1 && *score <= record.scale);
    if (!inRange)
        return reject(row, Field::Score,
            record.kind == SurveyKind::Nps ? tr("an NPS score is 0 to 10")
                                           : tr("a CSAT score is 1 to %1 in this file").arg(record.scale));
    record.score = int(*score);
    put(std::move(record));
    return Outcome::Accepted;
}

} // namespace rd::detail
