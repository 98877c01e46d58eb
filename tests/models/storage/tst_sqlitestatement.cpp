// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

// Binding values the way an import does, read back through SQLite as text.
class TestSqliteStatement : public rd::test::TestCase
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    // What SQLite holds for the value bind() gave parameter 1, as text ("NULL" for NULL).
    template<typename Binder> QString roundTrip(Binder &&binder)
    {
        SqliteStatement statement;
        if (auto prepared = statement.prepare(
                SqliteStatement::handle(m_db->connection()), u"SELECT coalesce(?1, 'NULL'), typeof(?1)"_s);
            !prepared)
            return prepared.error().text();
        binder(statement);
        auto row = statement.step();
        if (!row || !*row)
            return u"no row"_s;
        return QString::fromUtf8(statement.columnText(0)) + u' ' + QString::fromUtf8(statement.columnText(1));
    }

private slots:
    void init()
    {
        TestCase::init();
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    // Dates as ISO text, computed from the day number without Qt's calendar: it must agree with Qt's.
    void bindsDatesAsIsoText_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("stored");
        QTest::addRow("ordinary") << QDate(2024, 4, 1) << u"2024-04-01 text"_s;
        QTest::addRow("leap day") << QDate(2024, 2, 29) << u"2024-02-29 text"_s;
        QTest::addRow("leap day of a century") << QDate(2000, 2, 29) << u"2000-02-29 text"_s;
        QTest::addRow("no leap day in 1900") << QDate(1900, 3, 1) << u"1900-03-01 text"_s;
        QTest::addRow("new year's eve") << QDate(1999, 12, 31) << u"1999-12-31 text"_s;
        QTest::addRow("first day") << QDate(1, 1, 1) << u"0001-01-01 text"_s;
        QTest::addRow("last four-digit day") << QDate(9999, 12, 31) << u"9999-12-31 text"_s;
        // Beyond four digits there is no yyyy-MM-dd (nor in Qt's ISO text): NULL, which no date column takes.
        QTest::addRow("five digits") << QDate(10000, 1, 1) << u"NULL null"_s;
        QTest::addRow("before the common era") << QDate(-1, 12, 31) << u"NULL null"_s;
        QTest::addRow("invalid") << QDate() << u"NULL null"_s;
    }

    void bindsDatesAsIsoText()
    {
        QFETCH(QDate, date);
        QFETCH(QString, stored);
        QCOMPARE(roundTrip([&](SqliteStatement &statement) { statement.bind(1, date); }), stored);
    }

    // Every day of four centuries (a whole Gregorian cycle) against Qt's own text.
    void agreesWithQtOnEveryDay()
    {
        SqliteStatement statement;
        QVERIFY(statement.prepare(SqliteStatement::handle(m_db->connection()), u"SELECT ?1"_s));
        for (QDate day(1899, 12, 1); day < QDate(2300, 1, 1); day = day.addDays(1)) {
            statement.bind(1, day);
            auto row = statement.step();
            QVERIFY(row && *row);
            const QString text = QString::fromUtf8(statement.columnText(0));
            if (text != day.toString(Qt::ISODate))
                QCOMPARE(text, day.toString(Qt::ISODate));
            statement.reset();
        }
    }

    void bindsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::addRow("ascii") << u"INV-0000001"_s << u"INV-0000001 text"_s;
        QTest::addRow("umlauts") << u"Müller & Söhne"_s << u"Müller & Söhne text"_s;
        QTest::addRow("emoji") << u"Café ☕ 🍰"_s << u"Café ☕ 🍰 text"_s;
        QTest::addRow("empty is text") << u""_s << u" text"_s;
        QTest::addRow("null is NULL") << QString() << u"NULL null"_s;
    }

    void bindsText()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        QCOMPARE(roundTrip([&](SqliteStatement &statement) { statement.bind(1, text); }), stored);
        // The same bytes bound as UTF-8 are the same text; an empty view is empty text, never NULL.
        if (!text.isNull()) {
            const QByteArray utf8 = text.toUtf8();
            QCOMPARE(roundTrip([&](SqliteStatement &statement) { statement.bindUtf8(1, utf8); }), stored);
        }
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
