// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/fields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct FieldInfo
{
    Field field;
    const char16_t *name;
    const char *title; // translatable, context "Field"
};

constexpr FieldInfo fieldInfos[] = {
    {Field::Ignore, u"ignore", QT_TRANSLATE_NOOP("Field", "not imported")},
    {Field::CustomerId, u"customer_id", QT_TRANSLATE_NOOP("Field", "Customer number")},
    {Field::Name, u"name", QT_TRANSLATE_NOOP("Field", "Name")},
    {Field::FirstName, u"first_name", QT_TRANSLATE_NOOP("Field", "First name")},
    {Field::LastName, u"last_name", QT_TRANSLATE_NOOP("Field", "Last name")},
    {Field::Email, u"email", QT_TRANSLATE_NOOP("Field", "Email")},
    {Field::Segment, u"segment", QT_TRANSLATE_NOOP("Field", "Segment")},
    {Field::Plan, u"plan", QT_TRANSLATE_NOOP("Field", "Plan")},
    {Field::Country, u"country", QT_TRANSLATE_NOOP("Field", "Country")},
    {Field::SignupDate, u"signup_date", QT_TRANSLATE_NOOP("Field", "Customer since")},
    {Field::CancelDate, u"cancel_date", QT_TRANSLATE_NOOP("Field", "Cancelled on")},
    {Field::Mrr, u"mrr", QT_TRANSLATE_NOOP("Field", "Monthly recurring revenue")},
    {Field::Interval, u"interval", QT_TRANSLATE_NOOP("Field", "Billing interval")},
    {Field::Currency, u"currency", QT_TRANSLATE_NOOP("Field", "Currency")},
    {Field::TotalSpent, u"total_spent", QT_TRANSLATE_NOOP("Field", "Total spent")},
    {Field::TotalOrders, u"total_orders", QT_TRANSLATE_NOOP("Field", "Number of orders")},
    {Field::LastActive, u"last_active", QT_TRANSLATE_NOOP("Field", "Last active")},
    {Field::RenewalDate, u"renewal_date", QT_TRANSLATE_NOOP("Field", "Renewal date")},
    {Field::OrderId, u"order_id", QT_TRANSLATE_NOOP("Field", "Order number")},
    {Field::Date, u"date", QT_TRANSLATE_NOOP("Field", "Date")},
    {Field::Amount, u"amount", QT_TRANSLATE_NOOP("Field", "Amount")},
    {Field::Quantity, u"quantity", QT_TRANSLATE_NOOP("Field", "Quantity")},
    {Field::UnitPrice, u"unit_price", QT_TRANSLATE_NOOP("Field", "Unit price")},
    {Field::Status, u"status", QT_TRANSLATE_NOOP("Field", "Status")},
    {Field::RefundedAmount, u"refunded_amount", QT_TRANSLATE_NOOP("Field", "Refunded amount")},
    {Field::DebitCredit, u"debit_credit", QT_TRANSLATE_NOOP("Field", "Debit/credit")},
    {Field::ContraAccount, u"contra_account", QT_TRANSLATE_NOOP("Field", "Contra account")},
    {Field::Kind, u"kind", QT_TRANSLATE_NOOP("Field", "Kind")},
    {Field::Count, u"count", QT_TRANSLATE_NOOP("Field", "Count")},
    {Field::TicketId, u"ticket_id", QT_TRANSLATE_NOOP("Field", "Ticket number")},
    {Field::OpenedDate, u"opened_date", QT_TRANSLATE_NOOP("Field", "Opened on")},
    {Field::ClosedDate, u"closed_date", QT_TRANSLATE_NOOP("Field", "Closed on")},
    {Field::Severity, u"severity", QT_TRANSLATE_NOOP("Field", "Severity")},
    {Field::Complaint, u"complaint", QT_TRANSLATE_NOOP("Field", "Complaint")},
    {Field::Subject, u"subject", QT_TRANSLATE_NOOP("Field", "Subject")},
    {Field::Score, u"score", QT_TRANSLATE_NOOP("Field", "Score")},
    {Field::CancelReason, u"cancel_reason", QT_TRANSLATE_NOOP("Field", "Reason for leaving")},
    {Field::Comment, u"comment", QT_TRANSLATE_NOOP("Field", "Comment")},
};

// Kinds as bits, so that one synonym can serve several kinds of file.
enum KindBit : unsigned {
    C = 1u << int(ImportKind::Customers),
    O = 1u << int(ImportKind::Orders),
    A = 1u << int(ImportKind::Activity),
    T = 1u << int(ImportKind::Tickets),
    S = 1u << int(ImportKind::Surveys),
    All = C | O | A | T | S,
};

struct Synonyms
{
    Field field;
    unsigned kinds;
    QList<QString> headers; // normalised
};

// German and English names found in exports of shop, billing and accounting tools.
const QList<Synonyms> &synonyms()
{
    static const QList<Synonyms> table = {
        {Field::CustomerId, All,
            {u"customerid"_s, u"kundennummer"_s, u"kundenid"_s, u"kdnr"_s, u"kundennr"_s, u"debitor"_s,
                u"debitorennummer"_s, u"debitorennr"_s, u"debitornr"_s, u"clientid"_s, u"customernumber"_s,
                u"customerno"_s, u"accountid"_s}},
        {Field::Name, C | O,
            {u"name"_s, u"kunde"_s, u"firma"_s, u"firmenname"_s, u"customername"_s, u"company"_s, u"companyname"_s,
                u"kundenname"_s, u"organisation"_s, u"organization"_s, u"unternehmen"_s}},
        {Field::FirstName, C | O, {u"firstname"_s, u"vorname"_s, u"givenname"_s}},
        {Field::LastName, C | O, {u"lastname"_s, u"nachname"_s, u"surname"_s, u"familyname"_s}},
        {Field::Email, C | O,
            {u"email"_s, u"emailaddress"_s, u"emailadresse"_s, u"mail"_s, u"customeremail"_s, u"kundenemail"_s}},
        {Field::Segment, C | O, {u"segment"_s, u"kundengruppe"_s, u"customergroup"_s, u"kundensegment"_s}},
        {Field::Plan, C, {u"plan"_s, u"tarif"_s, u"abo"_s, u"abonnement"_s, u"subscriptionplan"_s, u"paket"_s}},
        {Field::Country, C | O,
            {u"country"_s, u"land"_s, u"countrycode"_s, u"countryregion"_s, u"laendercode"_s, u"staat"_s}},
        {Field::SignupDate, C,
            {u"signupdate"_s, u"signup"_s, u"created"_s, u"createdat"_s, u"createdutc"_s, u"anmeldedatum"_s,
                u"kundeseit"_s, u"registriertam"_s, u"dateregistered"_s, u"registrationdate"_s, u"startdate"_s,
                u"erstelltam"_s, u"customersince"_s, u"angelegtam"_s}},
        {Field::CancelDate, C,
            {u"canceldate"_s, u"canceledat"_s, u"cancelledat"_s, u"canceledatutc"_s, u"kuendigungsdatum"_s,
                u"gekuendigtam"_s, u"endedat"_s, u"endedatutc"_s, u"churndate"_s, u"vertragsende"_s}},
        {Field::Mrr, C,
            {u"mrr"_s, u"monthlyamount"_s, u"monatsbetrag"_s, u"monthlyrecurringrevenue"_s, u"monthlycharges"_s,
                u"monatlicherbetrag"_s, u"monatsbeitrag"_s}},
        {Field::Interval, C, {u"interval"_s, u"billinginterval"_s, u"abrechnungsintervall"_s, u"zahlungsintervall"_s}},
        {Field::Currency, C | O, {u"currency"_s, u"waehrung"_s, u"wkz"_s, u"currencycode"_s}},
        {Field::TotalSpent, C, {u"totalspent"_s, u"totalspend"_s, u"gesamtumsatz"_s, u"umsatzgesamt"_s}},
        {Field::TotalOrders, C, {u"totalorders"_s, u"anzahlbestellungen"_s, u"ordercount"_s}},
        {Field::LastActive, C, {u"lastactive"_s, u"lastseen"_s, u"zuletztaktiv"_s, u"lastlogin"_s}},
        {Field::RenewalDate, C,
            {u"renewaldate"_s, u"renewal"_s, u"renewsat"_s, u"nextrenewal"_s, u"verlaengerung"_s,
                u"verlaengerungsdatum"_s, u"naechsteverlaengerung"_s, u"currentperiodend"_s}},
        {Field::OrderId, O,
            {u"orderid"_s, u"order"_s, u"ordernumber"_s, u"orderno"_s, u"invoiceno"_s, u"invoice"_s, u"invoicenumber"_s,
                u"invoiceid"_s, u"bestellnummer"_s, u"bestellnr"_s, u"rechnungsnummer"_s, u"rechnungsnr"_s,
                u"belegnummer"_s, u"belegnr"_s, u"paymentid"_s, u"transactionid"_s}},
        {Field::Date, O | A | S,
            {u"date"_s, u"orderdate"_s, u"invoicedate"_s, u"datum"_s, u"bestelldatum"_s, u"rechnungsdatum"_s,
                u"belegdatum"_s, u"paymentdate"_s, u"paidat"_s, u"transactiondate"_s, u"eventdate"_s, u"timestamp"_s,
                u"auftragsdatum"_s, u"verkaufsdatum"_s, u"kaufdatum"_s, u"saledate"_s, u"purchasedate"_s,
                u"zeitpunkt"_s, u"answereddate"_s, u"answered"_s, u"surveydate"_s}},
        {Field::Amount, O,
            {u"amount"_s, u"total"_s, u"betrag"_s, u"umsatz"_s, u"brutto"_s, u"bruttobetrag"_s, u"gesamtbetrag"_s,
                u"summe"_s, u"netsales"_s, u"revenue"_s, u"rechnungsbetrag"_s, u"amountpaid"_s, u"totalamount"_s,
                u"sales"_s, u"ordertotal"_s, u"ordervalue"_s, u"grandtotal"_s, u"umsatznetto"_s, u"nettoumsatz"_s,
                u"umsatzbrutto"_s, u"bruttoumsatz"_s, u"bestellwert"_s, u"bestellsumme"_s, u"gesamtsumme"_s,
                u"auftragswert"_s}},
        {Field::Quantity, O, {u"quantity"_s, u"qty"_s, u"menge"_s, u"anzahl"_s, u"stueck"_s}},
        {Field::UnitPrice, O,
            {u"unitprice"_s, u"price"_s, u"einzelpreis"_s, u"preis"_s, u"stueckpreis"_s, u"itemprice"_s}},
        {Field::Status, O, {u"status"_s, u"orderstatus"_s, u"financialstatus"_s, u"zahlungsstatus"_s}},
        {Field::RefundedAmount, O, {u"refundedamount"_s, u"amountrefunded"_s, u"erstattet"_s}},
        {Field::Kind, A | S,
            {u"kind"_s, u"type"_s, u"event"_s, u"eventtype"_s, u"activity"_s, u"aktivitaet"_s, u"ereignis"_s, u"art"_s,
                u"surveytype"_s, u"umfrage"_s}},
        {Field::Count, A, {u"count"_s, u"anzahl"_s, u"events"_s, u"quantity"_s, u"menge"_s}},
        {Field::TicketId, T, {u"ticketid"_s, u"ticket"_s, u"ticketnumber"_s, u"ticketnr"_s, u"vorgangsnummer"_s}},
        {Field::OpenedDate, T,
            {u"openeddate"_s, u"opened"_s, u"openedat"_s, u"createdat"_s, u"created"_s, u"erstellt"_s, u"erstelltam"_s,
                u"eroeffnet"_s, u"date"_s, u"datum"_s}},
        {Field::ClosedDate, T,
            {u"closeddate"_s, u"closed"_s, u"closedat"_s, u"resolvedat"_s, u"resolved"_s, u"geschlossen"_s,
                u"geschlossenam"_s, u"erledigtam"_s, u"geloestam"_s}},
        {Field::Severity, T, {u"severity"_s, u"priority"_s, u"prioritaet"_s, u"schweregrad"_s, u"dringlichkeit"_s}},
        {Field::Complaint, T, {u"complaint"_s, u"beschwerde"_s, u"iscomplaint"_s, u"reklamation"_s}},
        {Field::Subject, T, {u"subject"_s, u"betreff"_s, u"titel"_s, u"title"_s, u"summary"_s}},
        {Field::Score, S, {u"score"_s, u"rating"_s, u"bewertung"_s, u"punkte"_s, u"nps"_s, u"csat"_s, u"wert"_s}},
        // Stripe's subscriptions export: cancellation_details.feedback (a code such as too_expensive) and .comment.
        {Field::CancelReason, C | S,
            {u"cancelreason"_s, u"cancellationreason"_s, u"cancelationreason"_s, u"churnreason"_s, u"exitreason"_s,
                u"reason"_s, u"reasonforleaving"_s, u"cancellationdetailsfeedback"_s, u"cancellationfeedback"_s,
                u"kuendigungsgrund"_s, u"grund"_s, u"austrittsgrund"_s, u"abwanderungsgrund"_s, u"wechselgrund"_s,
                u"kuendigungsursache"_s}},
        {Field::Comment, C | S,
            {u"comment"_s, u"comments"_s, u"cancellationdetailscomment"_s, u"cancellationcomment"_s, u"kommentar"_s,
                u"anmerkung"_s, u"anmerkungen"_s, u"bemerkung"_s, u"freitext"_s}},
    };
    return table;
}

unsigned kindBit(ImportKind kind)
{
    return 1u << int(kind);
}

} // namespace

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return u"customers"_s;
    case ImportKind::Orders:
        return u"orders"_s;
    case ImportKind::Activity:
        return u"activity"_s;
    case ImportKind::Tickets:
        return u"tickets"_s;
    case ImportKind::Surveys:
        return u"surveys"_s;
    }
    return {};
}

QString importKindTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QCoreApplication::translate("ImportKind", "Customers");
    case ImportKind::Orders:
        return QCoreApplication::translate("ImportKind", "Orders and payments");
    case ImportKind::Activity:
        return QCoreApplication::translate("ImportKind", "Activity (logins, visits)");
    case ImportKind::Tickets:
        return QCoreApplication::translate("ImportKind", "Support tickets");
    case ImportKind::Surveys:
        return QCoreApplication::translate("ImportKind", "Survey answers (NPS, CSAT)");
    }
    return {};
}

std::optional<ImportKind> importKindFromName(QStringView name)
{
    for (ImportKind kind :
        {ImportKind::Customers, ImportKind::Orders, ImportKind::Activity, ImportKind::Tickets, ImportKind::Surveys}) {
        if (name.compare(importKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString fieldName(Field field)
{
    for (const FieldInfo &info : fieldInfos) {
        if (info.field == field)
            return QString::fromUtf16(info.name);
    }
    return {};
}

QString fieldTitle(Field field)
{
    for (const FieldInfo &info : fieldInfos) {
        if (info.field == field)
            return QCoreApplication::translate("Field", info.title);
    }
    return {};
}

std::optional<Field> fieldFromName(QStringView name)
{
    const QString wanted = name.trimmed().toString().toLower().replace(u'-', u'_');
    for (const FieldInfo &info : fieldInfos) {
        if (wanted == QStringView(info.name))
            return info.field;
    }
    return std::nullopt;
}

QList<Field> fieldsFor(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return {Field::CustomerId, Field::Name, Field::FirstName, Field::LastName, Field::Email, Field::Segment,
            Field::Plan, Field::Country, Field::SignupDate, Field::CancelDate, Field::Mrr, Field::Interval,
            Field::Quantity, Field::Currency, Field::TotalSpent, Field::TotalOrders, Field::LastActive,
            Field::RenewalDate, Field::CancelReason, Field::Comment};
    case ImportKind::Orders:
        return {Field::CustomerId, Field::Name, Field::FirstName, Field::LastName, Field::Email, Field::Segment,
            Field::Country, Field::OrderId, Field::Date, Field::Amount, Field::Quantity, Field::UnitPrice,
            Field::Currency, Field::Status, Field::RefundedAmount, Field::DebitCredit, Field::ContraAccount};
    case ImportKind::Activity:
        return {Field::CustomerId, Field::Date, Field::Kind, Field::Count};
    case ImportKind::Tickets:
        return {Field::CustomerId, Field::TicketId, Field::OpenedDate, Field::ClosedDate, Field::Severity,
            Field::Complaint, Field::Subject};
    case ImportKind::Surveys:
        return {Field::CustomerId, Field::Date, Field::Kind, Field::Score, Field::CancelReason, Field::Comment};
    }
    return {};
}

bool isDateField(Field field)
{
    switch (field) {
    case Field::SignupDate:
    case Field::CancelDate:
    case Field::LastActive:
    case Field::RenewalDate:
    case Field::Date:
    case Field::OpenedDate:
    case Field::ClosedDate:
        return true;
    default:
        return false;
    }
}

bool isMoneyField(Field field)
{
    switch (field) {
    case Field::Mrr:
    case Field::TotalSpent:
    case Field::Amount:
    case Field::UnitPrice:
    case Field::RefundedAmount:
        return true;
    default:
        return false;
    }
}

QString normaliseHeader(QStringView header)
{
    QString result;
    result.reserve(header.size());
    for (QChar c : header) {
        const QChar lower = c.toLower();
        switch (lower.unicode()) {
        case u'ä':
            result += u"ae";
            continue;
        case u'ö':
            result += u"oe";
            continue;
        case u'ü':
            result += u"ue";
            continue;
        case u'ß':
            result += u"ss";
            continue;
        default:
            break;
        }
        if (lower.isLetterOrNumber())
            result += lower;
    }
    return result;
}

std::optional<Field> fieldForHeader(QStringView header, ImportKind kind)
{
    // A score column may name its scale ("CSAT (1-10)", "Bewertung 1–5"): the name is what is left.
    static const QRegularExpression scale(u"\\s*[(\\[]?\\s*[01]\\s*[-–/]\\s*(5|10)\\s*[)\\]]?\\s*$"_s);
    const QString named = header.toString().remove(scale);
    const QString normalised = normaliseHeader(named.isEmpty() ? header : QStringView(named));
    if (normalised.isEmpty())
        return std::nullopt;
    for (const Synonyms &entry : synonyms()) {
        if ((entry.kinds & kindBit(kind)) && entry.headers.contains(normalised))
            return entry.field;
    }
    // A field's own name always works ("signup_date", "Signup Date").
    const QList<Field> allowed = fieldsFor(kind);
    for (Field field : allowed) {
        if (normaliseHeader(fieldName(field)) == normalised)
            return field;
    }
    return std::nullopt;
}

Result<ColumnMapping> HeaderMapper::map(const QStringList &headers, ImportKind kind,
    const QList<std::pair<QString, Field>> &presetColumns, const QList<std::pair<QString, QString>> &overrides)
{
    ColumnMapping mapping;
    mapping.fields.fill(Field::Ignore, headers.size());
    QList<QString> normalised;
    normalised.reserve(headers.size());
    for (const QString &header : headers)
        normalised.append(normaliseHeader(header));

    const auto claim = [&mapping](int column, Field field) {
        if (column >= 0 && mapping.fields.at(column) == Field::Ignore && !mapping.has(field))
            mapping.fields[column] = field;
    };
    for (const auto &[header, field] : presetColumns)
        claim(int(normalised.indexOf(normaliseHeader(header))), field);
    if (presetColumns.isEmpty()) {
        for (int column = 0; column < headers.size(); ++column) {
            if (auto field = fieldForHeader(headers.at(column), kind))
                claim(column, *field);
        }
    }

    const QList<Field> allowed = fieldsFor(kind);
    for (const auto &[columnName, wantedField] : overrides) {
        bool isNumber = false;
        const int number = columnName.toInt(&isNumber); // 1-based; any int, even INT_MIN, is compared first
        int column = isNumber && number >= 1 && number <= headers.size() ? number - 1 : -1;
        if (column < 0)
            column = int(normalised.indexOf(normaliseHeader(columnName)));
        if (column < 0) {
            return Error {
                tr("The file has no column \"%1\". Its columns are: %2.").arg(columnName, headers.join(u", "_s)), {}};
        }
        const auto field = fieldFromName(wantedField);
        if (!field || (*field != Field::Ignore && !allowed.contains(*field))) {
            QStringList names;
            for (Field f : allowed)
                names.append(fieldName(f));
            names.append(fieldName(Field::Ignore));
            return Error {tr("\"%1\" is not a field of a %2 file. Use one of: %3.")
                              .arg(wantedField, importKindName(kind), names.join(u", "_s)),
                {}};
        }
        // An explicit mapping wins: whichever column had the field before loses it.
        if (*field != Field::Ignore) {
            const int previous = mapping.column(*field);
            if (previous >= 0)
                mapping.fields[previous] = Field::Ignore;
        }
        mapping.fields[column] = *field;
    }
    return mapping;
}

QList<Field> HeaderMapper::missingRequired(const ColumnMapping &mapping, ImportKind kind)
{
    QList<Field> missing;
    const auto require = [&](Field field) {
        if (!mapping.has(field))
            missing.append(field);
    };
    require(Field::CustomerId);
    switch (kind) {
    case ImportKind::Customers:
        break;
    case ImportKind::Orders:
        require(Field::Date);
        if (!mapping.has(Field::Amount) && !(mapping.has(Field::Quantity) && mapping.has(Field::UnitPrice)))
            missing.append(Field::Amount);
        break;
    case ImportKind::Activity:
        require(Field::Date);
        break;
    case ImportKind::Tickets:
        require(Field::OpenedDate);
        break;
    case ImportKind::Surveys:
        require(Field::Date);
        // An exit survey answers with a reason instead of a score.
        if (!mapping.has(Field::CancelReason))
            require(Field::Score);
        break;
    }
    return missing;
}

} // namespace rd
