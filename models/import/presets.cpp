// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "import/presets.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

const QList<Preset> &presets()
{
    using F = Field;
    static const QList<Preset> list = {
        {u"stripe-customers"_s, QT_TRANSLATE_NOOP("Preset", "Stripe customers"), ImportKind::Customers,
            {{u"id"_s, F::CustomerId}, {u"Email"_s, F::Email}, {u"Name"_s, F::Name}, {u"Description"_s, F::Name},
                {u"Created (UTC)"_s, F::SignupDate}, {u"Plan"_s, F::Plan}, {u"Currency"_s, F::Currency},
                {u"Total Spend"_s, F::TotalSpent}, {u"Payment Count"_s, F::TotalOrders}},
            {u"id"_s, u"Created (UTC)"_s, u"Delinquent"_s}, QChar(u','), DecimalStyle::Point, DateFormat::Iso},
        {u"stripe-subscriptions"_s, QT_TRANSLATE_NOOP("Preset", "Stripe subscriptions"), ImportKind::Customers,
            {{u"Customer ID"_s, F::CustomerId}, {u"Customer Email"_s, F::Email}, {u"Customer Name"_s, F::Name},
                {u"Customer Description"_s, F::Name}, {u"Plan"_s, F::Plan}, {u"Product"_s, F::Plan},
                {u"Quantity"_s, F::Quantity}, {u"Interval"_s, F::Interval}, {u"Amount"_s, F::Mrr},
                {u"Currency"_s, F::Currency}, {u"Start (UTC)"_s, F::SignupDate}, {u"Start Date (UTC)"_s, F::SignupDate},
                {u"Created (UTC)"_s, F::SignupDate}, {u"Canceled At (UTC)"_s, F::CancelDate},
                {u"Ended At (UTC)"_s, F::CancelDate}, {u"Current Period End (UTC)"_s, F::RenewalDate},
                // Why the customer cancelled (a code such as too_expensive) and in their own words.
                {u"Cancellation Feedback"_s, F::CancelReason}, {u"cancellation_details.feedback"_s, F::CancelReason},
                {u"Cancellation Comment"_s, F::Comment}, {u"cancellation_details.comment"_s, F::Comment}},
            {u"Customer ID"_s, u"Interval"_s, u"Current Period End (UTC)"_s}, QChar(u','), DecimalStyle::Point,
            DateFormat::Iso},
        {u"stripe-payments"_s, QT_TRANSLATE_NOOP("Preset", "Stripe payments"), ImportKind::Orders,
            {{u"id"_s, F::OrderId}, {u"Customer ID"_s, F::CustomerId}, {u"Customer Email"_s, F::Email},
                {u"Customer Description"_s, F::Name}, {u"Created (UTC)"_s, F::Date}, {u"Amount"_s, F::Amount},
                {u"Amount Refunded"_s, F::RefundedAmount}, {u"Currency"_s, F::Currency}, {u"Status"_s, F::Status}},
            {u"id"_s, u"Amount Refunded"_s, u"Captured"_s}, QChar(u','), DecimalStyle::Point, DateFormat::Iso},
        {u"shopify-orders"_s, QT_TRANSLATE_NOOP("Preset", "Shopify orders"), ImportKind::Orders,
            {{u"Email"_s, F::CustomerId}, {u"Name"_s, F::OrderId}, {u"Created at"_s, F::Date}, {u"Paid at"_s, F::Date},
                {u"Total"_s, F::Amount}, {u"Refunded Amount"_s, F::RefundedAmount}, {u"Currency"_s, F::Currency},
                {u"Financial Status"_s, F::Status}, {u"Billing Name"_s, F::Name}, {u"Billing Country"_s, F::Country}},
            {u"Name"_s, u"Financial Status"_s, u"Lineitem quantity"_s}, QChar(u','), DecimalStyle::Point,
            DateFormat::Iso},
        {u"shopify-customers"_s, QT_TRANSLATE_NOOP("Preset", "Shopify customers"), ImportKind::Customers,
            {{u"Email"_s, F::CustomerId}, {u"First Name"_s, F::FirstName}, {u"Last Name"_s, F::LastName},
                {u"Company"_s, F::Name}, {u"Default Address Company"_s, F::Name}, {u"Country Code"_s, F::Country},
                {u"Default Address Country Code"_s, F::Country}, {u"Country"_s, F::Country},
                {u"Total Spent"_s, F::TotalSpent}, {u"Total Orders"_s, F::TotalOrders}},
            {u"Email"_s, u"Total Spent"_s, u"Total Orders"_s}, QChar(u','), DecimalStyle::Point, DateFormat::Iso},
        {u"woocommerce-orders"_s, QT_TRANSLATE_NOOP("Preset", "WooCommerce orders (Analytics)"), ImportKind::Orders,
            {{u"Order #"_s, F::OrderId}, {u"Date"_s, F::Date}, {u"Customer"_s, F::CustomerId},
                {u"Net Sales"_s, F::Amount}, {u"Status"_s, F::Status}},
            {u"Order #"_s, u"Customer"_s, u"Net Sales"_s}, QChar(u','), DecimalStyle::Point, DateFormat::Iso, true},
        {u"woocommerce-customers"_s, QT_TRANSLATE_NOOP("Preset", "WooCommerce customers (Analytics)"),
            ImportKind::Customers,
            {{u"Name"_s, F::CustomerId}, {u"Email"_s, F::Email}, {u"Last active"_s, F::LastActive},
                {u"Date registered"_s, F::SignupDate}, {u"Sign Up"_s, F::SignupDate}, {u"Orders"_s, F::TotalOrders},
                {u"Total spend"_s, F::TotalSpent}, {u"Country / Region"_s, F::Country}, {u"Country"_s, F::Country}},
            {u"Name"_s, u"Last active"_s, u"Total spend"_s}, QChar(u','), DecimalStyle::Point, DateFormat::Iso, true},
        {u"etsy-orders"_s, QT_TRANSLATE_NOOP("Preset", "Etsy sold orders"), ImportKind::Orders,
            {{u"Order ID"_s, F::OrderId}, {u"Buyer User ID"_s, F::CustomerId}, {u"Buyer"_s, F::CustomerId},
                {u"Full Name"_s, F::Name}, {u"Sale Date"_s, F::Date}, {u"Order Total"_s, F::Amount},
                {u"Currency"_s, F::Currency}, {u"Status"_s, F::Status}, {u"Ship Country"_s, F::Country}},
            {u"Sale Date"_s, u"Buyer User ID"_s, u"Order Net"_s}, QChar(u','), DecimalStyle::Point,
            DateFormat::MonthDayYearSlash},
        // eBay's Seller Hub order report: one buyer by their user name, dates as "Jul 1, 2024 10:00:00 AM" (or
        // "Mar-04-24" in older reports), amounts with the currency's sign; the currency itself is not named.
        {u"ebay-orders"_s, QT_TRANSLATE_NOOP("Preset", "eBay orders (Seller Hub)"), ImportKind::Orders,
            {{u"Order Number"_s, F::OrderId}, {u"Buyer Username"_s, F::CustomerId}, {u"Buyer Name"_s, F::Name},
                {u"Buyer Email"_s, F::Email}, {u"Buyer Country"_s, F::Country}, {u"Sale Date"_s, F::Date},
                {u"Total Price"_s, F::Amount}},
            {u"Sales Record Number"_s, u"Buyer Username"_s, u"Total Price"_s}, QChar(u','), DecimalStyle::Point,
            DateFormat::MonthName},
        // Amazon Seller Central's order report (tab-separated): no customer number, but every buyer has an
        // e-mail address of their own (an anonymous relay address) that names them across orders.
        {u"amazon-orders"_s, QT_TRANSLATE_NOOP("Preset", "Amazon Seller Central order report"), ImportKind::Orders,
            {{u"order-id"_s, F::OrderId}, {u"buyer-email"_s, F::CustomerId}, {u"buyer-name"_s, F::Name},
                {u"purchase-date"_s, F::Date}, {u"item-price"_s, F::Amount}, {u"currency"_s, F::Currency},
                {u"ship-country"_s, F::Country}},
            {u"order-id"_s, u"order-item-id"_s, u"buyer-email"_s}, QChar(u'\t'), DecimalStyle::Point, DateFormat::Iso},
        // PayPal's activity download: every movement of the account. Sales are payments received (Balance Impact
        // Credit) from the sender's address, refunds and reversals are paid back (Debit) to the receiver's.
        {u"paypal-activity"_s, QT_TRANSLATE_NOOP("Preset", "PayPal activity download"), ImportKind::Orders,
            {{u"Transaction ID"_s, F::OrderId}, {u"From Email Address"_s, F::CustomerId},
                {u"To Email Address"_s, F::ContraAccount}, {u"Name"_s, F::Name}, {u"Date"_s, F::Date},
                {u"Gross"_s, F::Amount}, {u"Currency"_s, F::Currency}, {u"Status"_s, F::Status}, {u"Type"_s, F::Kind},
                {u"Balance Impact"_s, F::DebitCredit}, {u"Country"_s, F::Country}},
            {u"Transaction ID"_s, u"From Email Address"_s, u"Balance Impact"_s}, QChar(u','), DecimalStyle::Point,
            std::nullopt, false, false, true},
        {u"lexoffice-contacts"_s, QT_TRANSLATE_NOOP("Preset", "Lexware Office (lexoffice) contacts"),
            ImportKind::Customers,
            {{u"Kundennummer"_s, F::CustomerId}, {u"Firmenname"_s, F::Name}, {u"Firma"_s, F::Name},
                {u"Vorname"_s, F::FirstName}, {u"Nachname"_s, F::LastName}, {u"E-Mail"_s, F::Email},
                {u"E-Mail-Adresse"_s, F::Email}, {u"Land"_s, F::Country}, {u"Angelegt am"_s, F::SignupDate},
                {u"Erstellt am"_s, F::SignupDate}},
            {u"Kundennummer"_s, u"Firmenname"_s, u"Umsatzsteuer ID"_s}, QChar(u';'), DecimalStyle::Comma,
            DateFormat::DayMonthYearDot, false, false, false, true},
        {u"sevdesk-contacts"_s, QT_TRANSLATE_NOOP("Preset", "sevdesk contacts"), ImportKind::Customers,
            {{u"Kunden-Nr."_s, F::CustomerId}, {u"Kundennummer"_s, F::CustomerId}, {u"Organisation"_s, F::Name},
                {u"Vorname"_s, F::FirstName}, {u"Nachname"_s, F::LastName}, {u"E-Mail"_s, F::Email},
                {u"Land"_s, F::Country}, {u"Kategorie"_s, F::Segment}, {u"Erstellt am"_s, F::SignupDate}},
            {u"Kunden-Nr."_s, u"Organisation"_s, u"Kategorie"_s}, QChar(u';'), DecimalStyle::Comma,
            DateFormat::DayMonthYearDot, false, false, false, true},
        {u"datev-extf"_s, QT_TRANSLATE_NOOP("Preset", "DATEV booking batch (EXTF)"), ImportKind::Orders,
            {{u"Umsatz (ohne Soll/Haben-Kz)"_s, F::Amount}, {u"Soll/Haben-Kennzeichen"_s, F::DebitCredit},
                {u"WKZ Umsatz"_s, F::Currency}, {u"Konto"_s, F::CustomerId},
                {u"Gegenkonto (ohne BU-Schlüssel)"_s, F::ContraAccount}, {u"Belegdatum"_s, F::Date},
                {u"Belegfeld 1"_s, F::OrderId}},
            {u"Umsatz (ohne Soll/Haben-Kz)"_s, u"Soll/Haben-Kennzeichen"_s, u"Belegdatum"_s}, QChar(u';'),
            DecimalStyle::Comma, DateFormat::DayMonth, false, true},
    };
    return list;
}

const Preset *findPreset(QStringView id)
{
    for (const Preset &preset : presets()) {
        if (id.compare(preset.id, Qt::CaseInsensitive) == 0)
            return &preset;
    }
    return nullptr;
}

const Preset *detectPreset(const QStringList &headers, ImportKind kind)
{
    QStringList normalised;
    for (const QString &header : headers)
        normalised.append(normaliseHeader(header));
    for (const Preset &preset : presets()) {
        if (preset.kind != kind)
            continue;
        const bool all = std::all_of(preset.signature.cbegin(), preset.signature.cend(),
            [&](const QString &header) { return normalised.contains(normaliseHeader(header)); });
        if (all)
            return &preset;
    }
    return nullptr;
}

} // namespace rd
