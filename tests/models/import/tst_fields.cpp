// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "import/fields.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestFields : public rd::test::TestCase
{
    Q_OBJECT

private slots:

    void normalisesHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("normalised");
        QTest::addRow("underscore") << u"customer_id"_s << u"customerid"_s;
        QTest::addRow("spaces and case") << u" Customer ID "_s << u"customerid"_s;
        QTest::addRow("dash and dot") << u"Kunden-Nr."_s << u"kundennr"_s;
        QTest::addRow("umlaut") << u"Kündigungsdatum"_s << u"kuendigungsdatum"_s;
        QTest::addRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::addRow("brackets") << u"Created (UTC)"_s << u"createdutc"_s;
    }

    void normalisesHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, normalised);
        QCOMPARE(normaliseHeader(header), normalised);
    }

    void mapsSynonyms_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("field");
        const auto row = [](const QString &header, ImportKind kind, Field field) {
            QTest::addRow("%s (%s)", qPrintable(header), qPrintable(importKindName(kind)))
                << header << int(kind) << int(field);
        };
        const ImportKind C = ImportKind::Customers;
        const ImportKind O = ImportKind::Orders;
        for (const QString &header : {u"customer_id"_s, u"Customer ID"_s, u"Kundennummer"_s, u"Kunden-ID"_s, u"KdNr"_s,
                 u"Debitor"_s, u"CustomerID"_s})
            row(header, O, Field::CustomerId);
        for (const QString &header : {u"name"_s, u"Kunde"_s, u"Firma"_s, u"Firmenname"_s})
            row(header, C, Field::Name);
        for (const QString &header : {u"email"_s, u"E-Mail"_s})
            row(header, C, Field::Email);
        for (const QString &header : {u"signup_date"_s, u"created"_s, u"Anmeldedatum"_s, u"Kunde seit"_s})
            row(header, C, Field::SignupDate);
        for (const QString &header : {u"cancel_date"_s, u"canceled_at"_s, u"Kündigungsdatum"_s})
            row(header, C, Field::CancelDate);
        for (const QString &header : {u"plan"_s, u"Tarif"_s})
            row(header, C, Field::Plan);
        for (const QString &header : {u"mrr"_s, u"monthly_amount"_s, u"Monatsbetrag"_s})
            row(header, C, Field::Mrr);
        for (const QString &header :
            {u"order_id"_s, u"InvoiceNo"_s, u"invoice"_s, u"Bestellnummer"_s, u"Rechnungsnummer"_s})
            row(header, O, Field::OrderId);
        for (const QString &header : {u"date"_s, u"order_date"_s, u"InvoiceDate"_s, u"Datum"_s, u"Bestelldatum"_s,
                 u"Rechnungsdatum"_s, u"Order Date"_s, u"Auftragsdatum"_s, u"Verkaufsdatum"_s})
            row(header, O, Field::Date);
        for (const QString &header : {u"amount"_s, u"total"_s, u"Betrag"_s, u"Umsatz"_s, u"Brutto"_s, u"Sales"_s,
                 u"Revenue"_s, u"Order Total"_s, u"Total Amount"_s, u"Net Sales"_s, u"Grand Total"_s, u"Umsatz netto"_s,
                 u"Gesamtbetrag"_s, u"Bestellwert"_s})
            row(header, O, Field::Amount);
        row(u"Customer Name"_s, O, Field::Name);
        for (const QString &header : {u"quantity"_s, u"qty"_s, u"Menge"_s, u"Anzahl"_s})
            row(header, O, Field::Quantity);
        for (const QString &header : {u"unit_price"_s, u"UnitPrice"_s, u"price"_s, u"Einzelpreis"_s, u"Preis"_s})
            row(header, O, Field::UnitPrice);
        for (const QString &header : {u"country"_s, u"Land"_s})
            row(header, C, Field::Country);
        // Score columns that name their scale.
        for (const QString &header : {u"score"_s, u"NPS"_s, u"CSAT (1-10)"_s, u"score (0-10)"_s, u"CSAT 1–5"_s})
            row(header, ImportKind::Surveys, Field::Score);
        // The same word means different things in different files.
        row(u"Anzahl"_s, ImportKind::Activity, Field::Count);
        row(u"created"_s, ImportKind::Tickets, Field::OpenedDate);
        row(u"Datum"_s, ImportKind::Surveys, Field::Date);
        row(u"segment"_s, C, Field::Segment);
    }

    void mapsSynonyms()
    {
        QFETCH(QString, header);
        QFETCH(int, kind);
        QFETCH(int, field);
        const auto mapped = fieldForHeader(header, ImportKind(kind));
        QVERIFY(mapped.has_value());
        QCOMPARE(fieldName(*mapped), fieldName(Field(field)));
    }

    void leavesUnknownHeaders()
    {
        QVERIFY(!fieldForHeader(u"StockCode", ImportKind::Orders));
        QVERIFY(!fieldForHeader(u"Description", ImportKind::Orders));
        QVERIFY(!fieldForHeader(u"Ship Date", ImportKind::Orders)); // not when it was ordered
        QVERIFY(!fieldForHeader(u"Betrag", ImportKind::Customers)); // an amount means nothing in a customer file
    }

    void fieldNamesRoundTrip()
    {
        for (ImportKind kind : {ImportKind::Customers, ImportKind::Orders, ImportKind::Activity, ImportKind::Tickets,
                 ImportKind::Surveys}) {
            QCOMPARE(importKindFromName(importKindName(kind)), kind);
            for (Field field : fieldsFor(kind))
                QCOMPARE(fieldFromName(fieldName(field)), field);
        }
        QVERIFY(!fieldFromName(u"nonsense"));
        QCOMPARE(fieldFromName(u"Customer_ID"), Field::CustomerId);
    }

    void overridesAndConflicts()
    {
        const QStringList headers {u"Kundennummer"_s, u"Debitor"_s, u"Datum"_s, u"Betrag"_s};
        auto mapping = HeaderMapper::map(headers, ImportKind::Orders, {}, {});
        QVERIFY(mapping);
        QCOMPARE(mapping->column(Field::CustomerId), 0); // the first column claiming a field keeps it
        QCOMPARE(mapping->fields.at(1), Field::Ignore);
        QVERIFY(HeaderMapper::missingRequired(*mapping, ImportKind::Orders).isEmpty());

        auto overridden = HeaderMapper::map(headers, ImportKind::Orders, {}, {{u"debitor"_s, u"customer_id"_s}});
        QVERIFY(overridden);
        QCOMPARE(overridden->column(Field::CustomerId), 1);
        QCOMPARE(overridden->fields.at(0), Field::Ignore);

        auto byNumber = HeaderMapper::map(headers, ImportKind::Orders, {}, {{u"4"_s, u"ignore"_s}});
        QVERIFY(byNumber);
        QVERIFY(!byNumber->has(Field::Amount));
        QCOMPARE(HeaderMapper::missingRequired(*byNumber, ImportKind::Orders), QList<Field> {Field::Amount});

        auto unknownColumn = HeaderMapper::map(headers, ImportKind::Orders, {}, {{u"Preis"_s, u"amount"_s}});
        QVERIFY(!unknownColumn);
        QVERIFY(unknownColumn.error().message.contains(u"Preis"_s));
        auto wrongKind = HeaderMapper::map(headers, ImportKind::Orders, {}, {{u"Datum"_s, u"score"_s}});
        QVERIFY(!wrongKind);
        QVERIFY(wrongKind.error().message.contains(u"score"_s));
    }
};

QTEST_GUILESS_MAIN(TestFields)
#include "tst_fields.moc"
