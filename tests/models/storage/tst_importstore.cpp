// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/isoday.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
QVariant value(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

OrderRecord order(const QString &customer, const QString &ref, qint64 amount)
{
    OrderRecord record;
    record.customerExternalId = customer;
    record.date = QDate(2024, 4, 1);
    record.amountMinor = amount;
    record.currency = u"EUR"_s;
    record.externalRef = ref;
    record.dedupKey = ref;
    return record;
}
} // namespace

class TestImportStore : public rd::test::TestCase
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        TestCase::init();
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void ordersCreateTheirCustomers()
    {
        ImportStore store(*m_db);
        QVERIFY(store.begin(u"a.csv"_s, u"orders"_s));
        QVERIFY(store.addOrder(order(u"K1"_s, u"R1"_s, 1000)));
        QVERIFY(store.addOrder(order(u"K1"_s, u"R2"_s, 500)));
        QVERIFY(store.addOrder(order(u"K2"_s, u"R3"_s, 700)));
        auto seen = store.finish(u"abc"_s, {3, 0, 0});
        QVERIFY(seen);
        QVERIFY(!*seen);
        QCOMPARE(store.customersCreated(), 2);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM customers"_s).toInt(), 2);
        QCOMPARE(value(*m_db, u"SELECT rows_accepted FROM imports"_s).toInt(), 3);
    }

    void sameKeyAddsUpWithinOneImportOnly()
    {
        for (int run = 0; run < 2; ++run) {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"lines.csv"_s, u"orders"_s));
            QVERIFY(store.addOrder(order(u"K1"_s, u"R1"_s, 1000)));
            QVERIFY(store.addOrder(order(u"K1"_s, u"R1"_s, 250))); // a second line of the same order
            auto seen = store.finish(u"samehash"_s, {2, 0, 0});
            QVERIFY(seen);
            QCOMPARE(*seen, run == 1);
        }
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM orders"_s).toInt(), 1);
        QCOMPARE(value(*m_db, u"SELECT amount_minor FROM orders"_s).toLongLong(), 1250);
    }

    void customerUpsertKeepsUnsetFields()
    {
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"c.csv"_s, u"customers"_s));
            CustomerRecord record;
            record.externalId = u"K1"_s;
            record.name = u"Erika Muster"_s;
            record.plan = u"Pro"_s;
            record.cancelDate = QDate(2024, 1, 31);
            QVERIFY(store.upsertCustomer(record));
            QVERIFY(store.finish({}, {1, 0, 0}));
        }
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"c2.csv"_s, u"customers"_s));
            CustomerRecord record;
            record.externalId = u"K1"_s;
            record.email = u"erika@example.com"_s;
            record.cancelDate = QDate(); // set but empty: the customer is back
            QVERIFY(store.upsertCustomer(record));
            QVERIFY(store.finish({}, {1, 0, 0}));
        }
        QCOMPARE(value(*m_db, u"SELECT name || '/' || plan || '/' || email FROM customers"_s).toString(),
            u"Erika Muster/Pro/erika@example.com"_s);
        QVERIFY(value(*m_db, u"SELECT cancel_date FROM customers"_s).isNull());
    }

    void rollbackLeavesNothing()
    {
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"x.csv"_s, u"orders"_s));
            QVERIFY(store.addOrder(order(u"K1"_s, u"R1"_s, 1000)));
            ActivityRecord activity {u"K1"_s, QDate(2024, 4, 2), u"login"_s, 2};
            QVERIFY(store.addActivity(activity));
            store.rollback();
        }
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"y.csv"_s, u"orders"_s));
            QVERIFY(store.addOrder(order(u"K9"_s, u"R9"_s, 1000)));
        } // destroyed without finish(): rolled back
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM orders"_s).toInt(), 0);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM customers"_s).toInt(), 0);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM activity"_s).toInt(), 0);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM imports"_s).toInt(), 0);
    }

    void activitySummaryFollowsTheActivity()
    {
        const auto summary = [this](const QString &customer) {
            QSqlQuery query(m_db->connection());
            query.prepare(u"SELECT d.days FROM customer_activity_days d JOIN customers c ON c.id = d.customer_id"
                          " WHERE c.external_id = ?"_s);
            query.addBindValue(customer);
            QList<std::pair<QDate, int>> days;
            if (!query.exec() || !query.next())
                return days;
            forEachPackedDay(query.value(0).toByteArray(), [&days](Day day, int count) {
                days.append({dateOf(day), count});
            });
            return days;
        };
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"a.csv"_s, u"activity"_s));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 3, 2), u"login"_s, 1}));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 3, 2), u"visit"_s, 4}));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 2, 29), u"login"_s, 1}));
            QVERIFY(store.finish({}, {3, 0, 0}));
        }
        using Days = QList<std::pair<QDate, int>>;
        QCOMPARE(summary(u"K1"_s), (Days {{QDate(2024, 2, 29), 1}, {QDate(2024, 3, 2), 5}}));
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"b.csv"_s, u"activity"_s));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 1, 1), u"login"_s, 1}));
            store.rollback(); // nothing of a rolled-back import reaches the summary
        }
        QCOMPARE(summary(u"K1"_s).size(), 2);
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"c.csv"_s, u"activity"_s));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 1, 1), u"login"_s, 1}));
            QVERIFY(store.finish({}, {1, 0, 0}));
        }
        QCOMPARE(summary(u"K1"_s), (Days {{QDate(2024, 1, 1), 1}, {QDate(2024, 2, 29), 1}, {QDate(2024, 3, 2), 5}}));
    }

    void slotsNameTheSameCustomersAsTheirIds()
    {
        ImportStore store(*m_db);
        QVERIFY(store.begin(u"a.csv"_s, u"orders"_s));
        // Slots as a producer numbers the ids it sees; a record without one is looked up by its id.
        const QList<std::tuple<QString, qint32, QString>> orders = {{u"K1"_s, 0, u"R1"_s}, {u"K2"_s, 1, u"R2"_s},
            {u"K1"_s, 0, u"R3"_s}, {u"K2"_s, -1, u"R4"_s}, {u"K3"_s, 2, u"R5"_s}, {u"K3"_s, 2, u"R6"_s}};
        for (const auto &[customer, slot, ref] : orders) {
            OrderRecord record = order(customer, ref, 100);
            record.customerSlot = slot;
            QVERIFY(store.addOrder(record));
        }
        QVERIFY(store.finish({}, {6, 0, 0}));
        QCOMPARE(store.customersCreated(), 3);
        QCOMPARE(value(*m_db,
                     u"SELECT group_concat(external_id || ':' || n, ' ') FROM (SELECT c.external_id, count(*) AS n"
                     " FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.external_id"
                     " ORDER BY c.external_id)"_s)
                     .toString(),
            u"K1:2 K2:2 K3:2"_s);
        // A second import numbers its customers afresh: slot 0 is now K3.
        QVERIFY(store.begin(u"b.csv"_s, u"orders"_s));
        OrderRecord record = order(u"K3"_s, u"R7"_s, 100);
        record.customerSlot = 0;
        QVERIFY(store.addOrder(record));
        QVERIFY(store.finish({}, {1, 0, 0}));
        QCOMPARE(value(*m_db,
                     u"SELECT c.external_id FROM orders o JOIN customers c ON c.id = o.customer_id"
                     " WHERE o.dedup_key = 'R7'"_s)
                     .toString(),
            u"K3"_s);
    }

    // Orders go to SQLite in chunks, their text bound from one buffer: every order's text comes back as it
    // was, past chunk boundaries and in any script; no reference is NULL, not empty text.
    void orderTextArrivesIntact()
    {
        ImportStore store(*m_db);
        QVERIFY(store.begin(u"a.csv"_s, u"orders"_s));
        constexpr int Count = 150; // two full chunks and a partial one
        for (int i = 0; i < Count; ++i) {
            OrderRecord record = order(i % 3 == 0 ? u"Müller & Söhne"_s : u"K%1"_s.arg(i % 7), {}, 100 + i);
            record.externalRef = i % 5 == 0 ? QString() : u"Rechnung-%1-€"_s.arg(i);
            record.dedupKey = u"key-%1-ß"_s.arg(i);
            record.currency = i % 2 ? u"EUR"_s : u"CHF"_s;
            record.status = i % 11 == 0 ? OrderStatus::Failed : OrderStatus::Paid;
            QVERIFY(store.addOrder(record));
        }
        // The same through the view the importer hands over, its bytes gone once addOrder returns.
        {
            QByteArray text = "Zoë Ltd"
                              "GBP"
                              "Ref-Ω"
                              "key-view";
            OrderView view;
            view.customerExternalId = QByteArrayView(text).first(8);
            view.date = QDate(2024, 5, 2);
            view.amountMinor = -250;
            view.currency = QByteArrayView(text).sliced(8, 3);
            view.externalRef = QByteArrayView(text).sliced(11, 6);
            view.dedupKey = QByteArrayView(text).sliced(17);
            QVERIFY(store.addOrder(view));
            text.fill('x');
        }
        QVERIFY(store.finish({}, {Count + 1, 0, 0}));
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM orders"_s).toInt(), Count + 1);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM orders WHERE external_ref IS NULL"_s).toInt(), Count / 5);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM orders WHERE status = 'failed'"_s).toInt(), 14);
        QCOMPARE(value(*m_db,
                     u"SELECT c.external_id || '|' || o.external_ref || '|' || o.amount_minor || '|' || o.currency"
                     " || '|' || o.order_date FROM orders o JOIN customers c ON c.id = o.customer_id"
                     " WHERE o.dedup_key = 'key-147-ß'"_s)
                     .toString(),
            u"Müller & Söhne|Rechnung-147-€|247|EUR|2024-04-01"_s);
        QCOMPARE(value(*m_db,
                     u"SELECT c.external_id || '|' || o.external_ref || '|' || o.amount_minor || '|' || o.currency"
                     " || '|' || o.order_date FROM orders o JOIN customers c ON c.id = o.customer_id"
                     " WHERE o.dedup_key = 'key-view'"_s)
                     .toString(),
            u"Zoë Ltd|Ref-Ω|-250|GBP|2024-05-02"_s);
    }

    // An import into a file writes through a rollback journal when it has the file to itself, and through the
    // write-ahead log while another connection has it open; either way the file is as before afterwards:
    // write-ahead log, foreign keys checked.
    void fileSettingsComeBackAfterTheImport_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::addColumn<bool>("commit");
        QTest::newRow("alone, committed") << false << true;
        QTest::newRow("alone, rolled back") << false << false;
        QTest::newRow("shared, committed") << true << true;
    }
    void fileSettingsComeBackAfterTheImport()
    {
        QFETCH(bool, shared);
        QFETCH(bool, commit);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"business.sqlite"_s);
        auto opened = Database::open(path);
        QVERIFY(opened);
        Database &db = **opened;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            if (shared) {
                other.setDatabaseName(path);
                QVERIFY(other.open());
                QSqlQuery read(other);
                QVERIFY(read.exec(u"SELECT count(*) FROM orders"_s) && read.next());
            }
            ImportStore store(db);
            QVERIFY(store.begin(u"a.csv"_s, u"orders"_s));
            QCOMPARE(value(db, u"PRAGMA journal_mode"_s).toString(), shared ? u"wal"_s : u"delete"_s);
            QCOMPARE(value(db, u"PRAGMA foreign_keys"_s).toInt(), 0);
            QCOMPARE(value(db, u"PRAGMA temp_store"_s).toInt(), 1); // FILE: an index's sort spills to disk
            QVERIFY(store.addOrder(order(u"K1"_s, u"R1"_s, 1000)));
            if (commit)
                QVERIFY(store.finish({}, {1, 0, 0}));
            else
                store.rollback();
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        QCOMPARE(value(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(value(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(value(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(value(db, u"PRAGMA temp_store"_s).toInt(), 2); // MEMORY
        QCOMPARE(value(db, u"SELECT count(*) FROM orders"_s).toInt(), commit ? 1 : 0);
        QVERIFY(!QFile::exists(path + u"-journal"_s));
    }

    // Another program holds the file's write lock: the import cannot start, and the connection is left as
    // it was, foreign keys checked and the write-ahead log in use.
    void aFailedStartLeavesTheConnectionAsItWas()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"busy.sqlite"_s);
        auto opened = Database::open(path);
        QVERIFY(opened);
        Database &db = **opened;
        QVERIFY(value(db, u"PRAGMA busy_timeout = 0"_s).isValid());
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
            ImportStore store(db);
            QVERIFY(!store.begin(u"a.csv"_s, u"orders"_s));
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            lock.finish();
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(value(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(value(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(value(db, u"PRAGMA temp_store"_s).toInt(), 2);

        // The connection is inside a transaction already: the import's own cannot begin.
        QVERIFY(db.beginTransaction());
        {
            ImportStore store(db);
            QVERIFY(!store.begin(u"b.csv"_s, u"orders"_s));
        }
        db.rollback();
        QCOMPARE(value(db, u"PRAGMA temp_store"_s).toInt(), 2);
        QCOMPARE(value(db, u"PRAGMA cache_size"_s).toInt(), -2000);
        QCOMPARE(value(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void invalidRecordFailsCleanly()
    {
        ImportStore store(*m_db);
        QVERIFY(store.begin(u"s.csv"_s, u"surveys"_s));
        SurveyRecord survey {u"K1"_s, QDate(2024, 4, 3), SurveyKind::Csat, 9}; // CSAT is 1-5
        auto result = store.upsertSurvey(survey);
        QVERIFY(!result);
        QVERIFY(!result.error().detail.isEmpty());
        store.rollback();
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM surveys"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportStore)
#include "tst_importstore.moc"
