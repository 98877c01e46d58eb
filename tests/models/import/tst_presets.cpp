// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "import/presets.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestPresets : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    // Header rows as the tools write them (abridged to the columns that matter plus some others).
    void recognisesExports_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("customerIdHeader");
        QTest::addRow("stripe customers") << QStringList {u"id"_s, u"Description"_s, u"Email"_s, u"Name"_s,
            u"Created (UTC)"_s, u"Delinquent"_s, u"Plan"_s, u"Total Spend"_s, u"Payment Count"_s}
                                          << int(ImportKind::Customers) << u"stripe-customers"_s << u"id"_s;
        QTest::addRow("stripe subscriptions")
            << QStringList {u"id"_s, u"Customer ID"_s, u"Customer Email"_s, u"Plan"_s, u"Quantity"_s, u"Interval"_s,
                   u"Amount"_s, u"Status"_s, u"Created (UTC)"_s, u"Current Period End (UTC)"_s, u"Canceled At (UTC)"_s}
            << int(ImportKind::Customers) << u"stripe-subscriptions"_s << u"Customer ID"_s;
        QTest::addRow("stripe payments") << QStringList {u"id"_s, u"Description"_s, u"Created (UTC)"_s, u"Amount"_s,
            u"Amount Refunded"_s, u"Currency"_s, u"Status"_s, u"Customer ID"_s, u"Customer Email"_s, u"Captured"_s}
                                         << int(ImportKind::Orders) << u"stripe-payments"_s << u"Customer ID"_s;
        QTest::addRow("shopify orders") << QStringList {u"Name"_s, u"Email"_s, u"Financial Status"_s, u"Paid at"_s,
            u"Currency"_s, u"Total"_s, u"Created at"_s, u"Lineitem quantity"_s, u"Lineitem name"_s, u"Lineitem price"_s}
                                        << int(ImportKind::Orders) << u"shopify-orders"_s << u"Email"_s;
        QTest::addRow("shopify customers") << QStringList {u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Company"_s,
            u"Country Code"_s, u"Total Spent"_s, u"Total Orders"_s, u"Tags"_s}
                                           << int(ImportKind::Customers) << u"shopify-customers"_s << u"Email"_s;
        QTest::addRow("woocommerce orders") << QStringList {u"Date"_s, u"Order #"_s, u"Status"_s, u"Customer"_s,
            u"Customer type"_s, u"Product(s)"_s, u"Items sold"_s, u"Coupon(s)"_s, u"Net Sales"_s}
                                            << int(ImportKind::Orders) << u"woocommerce-orders"_s << u"Customer"_s;
        QTest::addRow("woocommerce customers") << QStringList {u"Name"_s, u"Username"_s, u"Last active"_s,
            u"Date registered"_s, u"Email"_s, u"Orders"_s, u"Total spend"_s, u"AOV"_s, u"Country / Region"_s}
                                               << int(ImportKind::Customers) << u"woocommerce-customers"_s << u"Name"_s;
        QTest::addRow("lexoffice contacts")
            << QStringList {u"Kundennummer"_s, u"Firmenname"_s, u"Steuernummer"_s, u"Umsatzsteuer ID"_s, u"Vorname"_s,
                   u"Nachname"_s, u"E-Mail"_s, u"Land"_s}
            << int(ImportKind::Customers) << u"lexoffice-contacts"_s << u"Kundennummer"_s;
        QTest::addRow("sevdesk contacts") << QStringList {u"Kunden-Nr."_s, u"Anrede"_s, u"Vorname"_s, u"Nachname"_s,
            u"Organisation"_s, u"Kategorie"_s, u"E-Mail"_s, u"Land"_s}
                                          << int(ImportKind::Customers) << u"sevdesk-contacts"_s << u"Kunden-Nr."_s;
        QTest::addRow("etsy sold orders") << QStringList {u"Sale Date"_s, u"Order ID"_s, u"Buyer User ID"_s,
            u"Full Name"_s, u"Currency"_s, u"Order Total"_s, u"Status"_s, u"Order Net"_s, u"Buyer"_s}
                                          << int(ImportKind::Orders) << u"etsy-orders"_s << u"Buyer User ID"_s;
        QTest::addRow("ebay seller hub") << QStringList {u"Sales Record Number"_s, u"Order Number"_s,
            u"Buyer Username"_s, u"Buyer Name"_s, u"Total Price"_s, u"Sale Date"_s, u"Paid On Date"_s}
                                         << int(ImportKind::Orders) << u"ebay-orders"_s << u"Buyer Username"_s;
        QTest::addRow("amazon order report") << QStringList {u"order-id"_s, u"order-item-id"_s, u"purchase-date"_s,
            u"payments-date"_s, u"buyer-email"_s, u"buyer-name"_s, u"currency"_s, u"item-price"_s}
                                             << int(ImportKind::Orders) << u"amazon-orders"_s << u"buyer-email"_s;
        QTest::addRow("paypal activity") << QStringList {u"Date"_s, u"Time"_s, u"TimeZone"_s, u"Name"_s, u"Type"_s,
            u"Status"_s, u"Currency"_s, u"Gross"_s, u"Fee"_s, u"Net"_s, u"From Email Address"_s, u"To Email Address"_s,
            u"Transaction ID"_s, u"Balance Impact"_s}
                                         << int(ImportKind::Orders) << u"paypal-activity"_s << u"From Email Address"_s;
        QTest::addRow("datev") << QStringList {u"Umsatz (ohne Soll/Haben-Kz)"_s, u"Soll/Haben-Kennzeichen"_s,
            u"WKZ Umsatz"_s, u"Konto"_s, u"Gegenkonto (ohne BU-Schlüssel)"_s, u"Belegdatum"_s, u"Belegfeld 1"_s}
                               << int(ImportKind::Orders) << u"datev-extf"_s << u"Konto"_s;
    }

    void recognisesExports()
    {
        QFETCH(QStringList, headers);
        QFETCH(int, kind);
        QFETCH(QString, preset);
        QFETCH(QString, customerIdHeader);
        const Preset *found = detectPreset(headers, ImportKind(kind));
        QVERIFY(found);
        QCOMPARE(found->id, preset);
        QCOMPARE(findPreset(preset), found);
        auto mapping = HeaderMapper::map(headers, found->kind, found->columns, {});
        QVERIFY(mapping);
        QCOMPARE(headers.at(mapping->column(Field::CustomerId)), customerIdHeader);
        QVERIFY2(HeaderMapper::missingRequired(*mapping, found->kind).isEmpty(), qPrintable(preset));
    }

    void shopifyOrderNameIsTheOrderNumber()
    {
        const QStringList headers {u"Name"_s, u"Email"_s, u"Financial Status"_s, u"Total"_s, u"Created at"_s,
            u"Lineitem quantity"_s, u"Billing Name"_s};
        const Preset *preset = findPreset(u"shopify-orders");
        QVERIFY(preset);
        auto mapping = HeaderMapper::map(headers, preset->kind, preset->columns, {});
        QVERIFY(mapping);
        QCOMPARE(mapping->column(Field::OrderId), 0);
        QCOMPARE(mapping->column(Field::Name), 6);
    }

    void unknownLayoutsAreNotGuessed()
    {
        QVERIFY(!detectPreset({u"customer_id"_s, u"date"_s, u"amount"_s}, ImportKind::Orders));
        // A Shopify orders file is not read as customers.
        QVERIFY(!detectPreset(
            {u"Name"_s, u"Email"_s, u"Financial Status"_s, u"Lineitem quantity"_s}, ImportKind::Customers));
        QVERIFY(!findPreset(u"excel"));
    }

    void presetIdsAreUnique()
    {
        QStringList ids;
        for (const Preset &preset : presets()) {
            QVERIFY(!ids.contains(preset.id));
            ids.append(preset.id);
            QVERIFY(!preset.signature.isEmpty());
        }
        QCOMPARE(ids.size(), 14);
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
