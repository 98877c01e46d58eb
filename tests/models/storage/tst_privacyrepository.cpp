// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/contactlog.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/lighthistory.h"
#include "storage/privacyrepository.h"
#include "storage/reviewrepository.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

// Strings found nowhere else, so that finding them in a file's bytes means this customer's data is there.
const QString K1Name = u"Zephyrine Quillfeather"_s;
const QString K1Email = u"zephyrine.quillfeather@erasure-test.invalid"_s;
const QString K1Note = u"Promised Zephyrine a call about the March invoice"_s;
const QString K2Name = u"Bartholomew Nettlecombe"_s;
const QString K2Email = u"b.nettlecombe@erasure-test.invalid"_s;

QVariant value(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

CustomerRecord customer(const QString &externalId, const QString &name, const QString &email)
{
    CustomerRecord record;
    record.externalId = externalId;
    record.name = name;
    record.email = email;
    record.plan = u"Pro"_s;
    record.signupDate = QDate(2023, 5, 1);
    return record;
}

OrderRecord order(const QString &customer, const QString &ref, const QDate &date, qint64 amount)
{
    OrderRecord record;
    record.customerExternalId = customer;
    record.date = date;
    record.amountMinor = amount;
    record.currency = u"EUR"_s;
    record.externalRef = ref;
    record.dedupKey = ref;
    return record;
}

TicketRecord ticket(const QString &customer, const QString &ref, const QString &subject)
{
    TicketRecord record;
    record.customerExternalId = customer;
    record.opened = QDate(2024, 3, 10);
    record.complaint = true;
    record.subject = subject;
    record.externalRef = ref;
    record.dedupKey = ref;
    return record;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPrivacyRepository : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;

    // K1 and K2 with rows in every table keyed by a customer; K3 with a customer row only.
    void populate(Database &db)
    {
        {
            ImportStore store(db);
            QVERIFY(store.begin(u"customers.csv"_s, u"customers"_s));
            QVERIFY(store.upsertCustomer(customer(u"K1"_s, K1Name, K1Email)));
            QVERIFY(store.upsertCustomer(customer(u"K2"_s, K2Name, K2Email)));
            QVERIFY(store.upsertCustomer(customer(u"K3"_s, u"Carla Third"_s, {})));
            QVERIFY(store.finish({}, {3, 0, 0}));
        }
        {
            ImportStore store(db);
            QVERIFY(store.begin(u"orders-2024.csv"_s, u"orders"_s));
            QVERIFY(store.addOrder(order(u"K1"_s, u"R1"_s, QDate(2024, 3, 1), 4900)));
            QVERIFY(store.addOrder(order(u"K1"_s, u"R2"_s, QDate(2024, 2, 1), 4900)));
            QVERIFY(store.addOrder(order(u"K2"_s, u"R3"_s, QDate(2024, 3, 5), 1900)));
            QVERIFY(store.finish({}, {3, 0, 0}));
        }
        {
            ImportStore store(db);
            QVERIFY(store.begin(u"events.csv"_s, u"activity"_s));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 3, 2), u"login"_s, 3}));
            QVERIFY(store.addActivity({u"K1"_s, QDate(2024, 3, 4), u"feature_use"_s, 1}));
            QVERIFY(store.addActivity({u"K2"_s, QDate(2024, 3, 2), u"login"_s, 1}));
            QVERIFY(store.finish({}, {3, 0, 0}));
        }
        {
            ImportStore store(db);
            QVERIFY(store.begin(u"tickets.csv"_s, u"tickets"_s));
            QVERIFY(store.upsertTicket(ticket(u"K1"_s, u"T1"_s, K1Name + u" cannot log in"_s)));
            QVERIFY(store.upsertTicket(ticket(u"K2"_s, u"T2"_s, u"Invoice address"_s)));
            QVERIFY(store.finish({}, {2, 0, 0}));
        }
        {
            ImportStore store(db);
            QVERIFY(store.begin(u"surveys.csv"_s, u"surveys"_s));
            QVERIFY(store.upsertSurvey({u"K1"_s, QDate(2024, 3, 8), SurveyKind::Nps, 3}));
            QVERIFY(store.upsertSurvey({u"K2"_s, QDate(2024, 3, 8), SurveyKind::Csat, 5}));
            QVERIFY(store.upsertSurvey({u"K1"_s, QDate(2024, 3, 9), SurveyKind::Exit, {}, 5, u"zu teuer"_s}));
            QVERIFY(store.finish({}, {3, 0, 0}));
        }
        ReviewRepository reviews(db);
        const qint64 k1 = idOf(db, u"K1"_s);
        const qint64 k2 = idOf(db, u"K2"_s);
        QVERIFY(k1 > 0 && k2 > 0);
        QVERIFY(reviews.setState(k1, ReviewState::Contacted));
        QVERIFY(reviews.setOwner(k1, u"Olga"_s));
        QVERIFY(reviews.addNote(k1, u"Olga"_s, K1Note));
        QVERIFY(reviews.addNote(k1, u"Olga"_s, u"Called, no answer"_s));
        QVERIFY(reviews.setOwner(k2, u"Olga"_s));
        QVERIFY(reviews.addNote(k2, u"Olga"_s, u"Happy with the service"_s));
        // The light's history: K1 red, then green again; K2 green.
        LightHistory history(db);
        const auto look = [](int day) {
            return LightLook {
                0, QDateTime(QDate(2024, 3, day), QTime(9, 0), Qt::UTC), QDate(2024, 3, day), u"cli"_s, 0, 0, 0};
        };
        QVERIFY(history.record(
            look(9), {{k1, u"red"_s, u"none"_s, u"[]"_s, 0, {}, {}}, {k2, u"green"_s, u"none"_s, {}, 0, {}, {}}}));
        QVERIFY(history.record(look(10), {{k1, u"green"_s, u"red"_s, {}, 0, {}, {}}}));
        // After the notes above, which the export lists first.
        QVERIFY(ContactLog(db).log({{k1, QDateTime::currentDateTimeUtc().addDays(1), u"inactive"_s, u"mail_merge"_s}}));
    }

    static qint64 idOf(Database &db, const QString &externalId)
    {
        auto id = ReviewRepository(db).customerId(externalId);
        return id && id->has_value() ? **id : -1;
    }

    // Rows per table (customerTables() and customers) of one customer.
    static QHash<QString, qint64> rowsOf(Database &db, qint64 customerId)
    {
        QHash<QString, qint64> rows;
        for (const QString &table : PrivacyRepository::customerTables())
            rows.insert(table,
                value(db, u"SELECT count(*) FROM %1 WHERE customer_id = %2"_s.arg(table).arg(customerId)).toLongLong());
        rows.insert(
            u"customers"_s, value(db, u"SELECT count(*) FROM customers WHERE id = %1"_s.arg(customerId)).toLongLong());
        return rows;
    }

    static const QHash<QString, qint64> &k1Rows()
    {
        static const QHash<QString, qint64> rows {{u"orders"_s, 2}, {u"activity"_s, 2},
            {u"customer_activity_days"_s, 1}, {u"tickets"_s, 1}, {u"surveys"_s, 1}, {u"reviews"_s, 1},
            {u"review_notes"_s, 3}, {u"exit_answers"_s, 1}, {u"contact_log"_s, 1}, {u"light_changes"_s, 2},
            {u"customers"_s, 1}};
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        TestCase::init();
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        m_db = std::move(db.value());
        populate(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void populatedEveryTable() { QCOMPARE(rowsOf(*m_db, idOf(*m_db, u"K1"_s)), k1Rows()); }

    // A table that names a customer and that erasure does not know about would keep their data.
    void customerTablesMatchTheSchema()
    {
        QSqlQuery tables(m_db->connection());
        QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
        QSet<QString> referencing;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery keys(m_db->connection());
            QVERIFY(keys.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table)));
            while (keys.next()) {
                if (keys.value(2).toString() == u"customers")
                    referencing.insert(table);
            }
        }
        QVERIFY(referencing.contains(u"review_notes"_s));
        const QStringList known = PrivacyRepository::customerTables();
        QCOMPARE(referencing, QSet<QString>(known.cbegin(), known.cend()));
    }

    void exportHoldsEveryTable()
    {
        auto exported = PrivacyRepository(*m_db).exportCustomer(u"K1"_s);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().text()));
        const QJsonObject data = *exported;
        QCOMPARE(data.value(u"format"_s).toString(), u"retentiondesk-personal-data"_s);
        QCOMPARE(data.value(u"external_id"_s).toString(), u"K1"_s);
        QVERIFY(QDateTime::fromString(data.value(u"exported_at"_s).toString(), Qt::ISODate).isValid());

        const QJsonObject customer = data.value(u"customer"_s).toObject();
        QCOMPARE(customer.value(u"external_id"_s).toString(), u"K1"_s);
        QCOMPARE(customer.value(u"name"_s).toString(), K1Name);
        QCOMPARE(customer.value(u"email"_s).toString(), K1Email);
        QCOMPARE(customer.value(u"plan"_s).toString(), u"Pro"_s);
        QCOMPARE(customer.value(u"signup_date"_s).toString(), u"2023-05-01"_s);
        QVERIFY(customer.value(u"cancel_date"_s).isNull());

        for (auto it = k1Rows().cbegin(); it != k1Rows().cend(); ++it) {
            if (it.key() != u"customers")
                QCOMPARE(data.value(it.key()).toArray().size(), it.value());
        }
        // Each table in a stable order, its values typed.
        const QJsonArray orders = data.value(u"orders"_s).toArray();
        QCOMPARE(orders.at(0).toObject().value(u"order_date"_s).toString(), u"2024-02-01"_s);
        QCOMPARE(orders.at(1).toObject().value(u"external_ref"_s).toString(), u"R1"_s);
        QCOMPARE(orders.at(1).toObject().value(u"amount_minor"_s).toInteger(), 4900);
        QCOMPARE(orders.at(1).toObject().value(u"status"_s).toString(), u"paid"_s);
        const QJsonArray activity = data.value(u"activity"_s).toArray();
        QCOMPARE(activity.at(0).toObject().value(u"kind"_s).toString(), u"login"_s);
        QCOMPARE(activity.at(0).toObject().value(u"count"_s).toInteger(), 3);
        const QJsonArray days
            = data.value(u"customer_activity_days"_s).toArray().at(0).toObject().value(u"days"_s).toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).toObject().value(u"date"_s).toString(), u"2024-03-02"_s);
        QCOMPARE(days.at(0).toObject().value(u"count"_s).toInt(), 3);
        QCOMPARE(days.at(1).toObject().value(u"date"_s).toString(), u"2024-03-04"_s);
        const QJsonObject ticket = data.value(u"tickets"_s).toArray().at(0).toObject();
        QCOMPARE(ticket.value(u"subject"_s).toString(), K1Name + u" cannot log in"_s);
        QCOMPARE(ticket.value(u"is_complaint"_s).toInteger(), 1);
        QVERIFY(ticket.value(u"closed_date"_s).isNull());
        const QJsonObject survey = data.value(u"surveys"_s).toArray().at(0).toObject();
        QCOMPARE(survey.value(u"kind"_s).toString(), u"nps"_s);
        QCOMPARE(survey.value(u"score"_s).toInteger(), 3);
        const QJsonObject review = data.value(u"reviews"_s).toArray().at(0).toObject();
        QCOMPARE(review.value(u"state"_s).toString(), u"contacted"_s);
        QCOMPARE(review.value(u"owner"_s).toString(), u"Olga"_s);
        const QJsonArray notes = data.value(u"review_notes"_s).toArray();
        QCOMPARE(notes.at(0).toObject().value(u"text"_s).toString(), K1Note);
        QCOMPARE(notes.at(1).toObject().value(u"text"_s).toString(), u"Called, no answer"_s);

        // The imports the rows came from; the customer file brought no rows of its own.
        QStringList sources;
        for (const QJsonValue &source : data.value(u"sources"_s).toArray())
            sources.append(source.toObject().value(u"file_name"_s).toString());
        QCOMPARE(sources, (QStringList {u"orders-2024.csv"_s, u"events.csv"_s, u"tickets.csv"_s, u"surveys.csv"_s}));

        // Nothing of anybody else.
        const QByteArray json = QJsonDocument(data).toJson();
        QVERIFY(!json.contains(K2Name.toUtf8()));
        QVERIFY(!json.contains("R3"));
        QVERIFY(!json.contains("Happy with the service"));
    }

    void exportOfACustomerWithoutRows()
    {
        auto exported = PrivacyRepository(*m_db).exportCustomer(u"K3"_s);
        QVERIFY(exported);
        QCOMPARE(exported->value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Carla Third"_s);
        QVERIFY(exported->value(u"customer"_s).toObject().value(u"email"_s).isNull());
        for (const QString &table : PrivacyRepository::customerTables()) {
            QVERIFY2(exported->value(table).isArray(), qPrintable(table));
            QVERIFY2(exported->value(table).toArray().isEmpty(), qPrintable(table));
        }
        QVERIFY(exported->value(u"sources"_s).toArray().isEmpty());
    }

    void unknownIdIsNamed()
    {
        PrivacyRepository privacy(*m_db);
        const auto exported = privacy.exportCustomer(u"NOPE-42"_s);
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.contains(u"\"NOPE-42\""_s), qPrintable(exported.error().message));
        const auto erased = privacy.eraseCustomer(u"NOPE-42"_s);
        QVERIFY(!erased);
        QVERIFY2(erased.error().message.contains(u"\"NOPE-42\""_s), qPrintable(erased.error().message));
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM customers"_s).toInt(), 3);
        // External ids are matched exactly.
        QVERIFY(!privacy.exportCustomer(u"k1"_s));
        QVERIFY(!privacy.exportCustomer(u"K1 "_s));
    }

    void eraseRemovesTheCustomerAndAllTheirRows()
    {
        const qint64 k1 = idOf(*m_db, u"K1"_s);
        const qint64 k2 = idOf(*m_db, u"K2"_s);
        const QHash<QString, qint64> k2Before = rowsOf(*m_db, k2);
        QCOMPARE(k2Before.value(u"orders"_s), 1);
        QCOMPARE(k2Before.value(u"review_notes"_s), 1);

        // Off for this connection (Debian builds SQLite with it on by default): the erasure turns it on.
        QCOMPARE(value(*m_db, u"PRAGMA secure_delete = OFF"_s).toInt(), 0);
        auto report = PrivacyRepository(*m_db).eraseCustomer(u"K1"_s);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QVERIFY2(!report->cleanupError, qPrintable(report->cleanupError ? report->cleanupError->text() : QString()));
        QCOMPARE(report->customerId, k1);
        QCOMPARE(report->externalId, u"K1"_s);
        QCOMPARE(report->name, K1Name);
        QCOMPARE(report->rows.size(), k1Rows().size());
        QCOMPARE(report->rows.constLast().table, u"customers"_s);
        for (auto it = k1Rows().cbegin(); it != k1Rows().cend(); ++it)
            QCOMPARE(report->rowsOf(it.key()), it.value());

        for (const qint64 rows : rowsOf(*m_db, k1))
            QCOMPARE(rows, 0);
        QCOMPARE(idOf(*m_db, u"K1"_s), -1);
        QCOMPARE(rowsOf(*m_db, k2), k2Before);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM customers"_s).toInt(), 2);
        // The imports are the business's log, not the customer's data.
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM imports"_s).toInt(), 5);
        // The connection is left as it was.
        QCOMPARE(value(*m_db, u"PRAGMA secure_delete"_s).toInt(), 0);
        QVERIFY(!PrivacyRepository(*m_db).exportCustomer(u"K1"_s));

        // A customer with nothing but the customer row.
        auto bare = PrivacyRepository(*m_db).eraseCustomer(u"K3"_s);
        QVERIFY(bare);
        QCOMPARE(bare->rowsOf(u"customers"_s), 1);
        QCOMPARE(bare->rowsOf(u"orders"_s), 0);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM customers"_s).toInt(), 1);
    }

    void eraseIsOneTransaction()
    {
        // The customer row refuses to go, after every other row of the customer has been deleted.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"CREATE TRIGGER keep_customers BEFORE DELETE ON customers"
                           " BEGIN SELECT RAISE(ABORT, 'customers are kept'); END"_s));
        const qint64 k1 = idOf(*m_db, u"K1"_s);
        QCOMPARE(value(*m_db, u"PRAGMA secure_delete = OFF"_s).toInt(), 0);
        auto report = PrivacyRepository(*m_db).eraseCustomer(u"K1"_s);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"\"K1\""_s), qPrintable(report.error().message));
        QVERIFY2(report.error().message.contains(u"nothing was deleted"_s), qPrintable(report.error().message));
        QVERIFY2(report.error().detail.contains(u"customers are kept"_s), qPrintable(report.error().detail));
        QCOMPARE(rowsOf(*m_db, k1), k1Rows());
        QCOMPARE(value(*m_db, u"PRAGMA secure_delete"_s).toInt(), 0);
        // The connection is usable, outside any transaction.
        QVERIFY(query.exec(u"DROP TRIGGER keep_customers"_s));
        QVERIFY(PrivacyRepository(*m_db).eraseCustomer(u"K1"_s));
        QCOMPARE(rowsOf(*m_db, k1).value(u"customers"_s), 0);
    }

    void erasedDataIsGoneFromTheFile_data()
    {
        QTest::addColumn<bool>("incremental");
        QTest::addRow("no auto-vacuum (as created)") << false;
        QTest::addRow("incremental auto-vacuum") << true;
    }

    // What secure_delete, the vacuum and the checkpoint are for: the bytes of the deleted rows must not
    // stay behind in free pages, in the free space of pages, or in the write-ahead log.
    void erasedDataIsGoneFromTheFile()
    {
        QFETCH(bool, incremental);
        const QString path = m_dir.filePath(u"erase%1.sqlite"_s.arg(++m_files));
        const QString wal = path + u"-wal"_s;
        const auto inFiles = [&](const QString &text) {
            const QByteArray needle = text.toUtf8();
            return bytesOf(path).contains(needle) || bytesOf(wal).contains(needle);
        };
        {
            auto opened = Database::open(path);
            QVERIFY(opened);
            Database &db = **opened;
            populate(db);
            if (QTest::currentTestFailed())
                return;
            // Pages of K1's own, which the erasure frees whole.
            {
                ImportStore store(db);
                QVERIFY(store.begin(u"more-orders.csv"_s, u"orders"_s));
                for (int i = 0; i < 2000; ++i)
                    QVERIFY(store.addOrder(
                        order(u"K1"_s, u"Quillfeather-order-%1"_s.arg(i), QDate(2023, 1, 1).addDays(i % 400), 100)));
                QVERIFY(store.finish({}, {2000, 0, 0}));
            }
            if (incremental) {
                QSqlQuery query(db.connection());
                QVERIFY(query.exec(u"PRAGMA auto_vacuum = INCREMENTAL"_s));
                QVERIFY(query.exec(u"VACUUM"_s));
            }
            QCOMPARE(value(db, u"PRAGMA auto_vacuum"_s).toInt(), incremental ? 2 : 0);
            QCOMPARE(value(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
            // The test can fail: the strings are in the files now.
            for (const QString &text : {K1Name, K1Email, K1Note, u"Quillfeather-order-1999"_s, K2Name, K2Email})
                QVERIFY2(inFiles(text), qPrintable(text));

            auto report = PrivacyRepository(db).eraseCustomer(u"K1"_s);
            QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
            QVERIFY2(
                !report->cleanupError, qPrintable(report->cleanupError ? report->cleanupError->text() : QString()));
            // Still open: nothing in the file, and the log has been folded back and cut to nothing.
            for (const QString &text : {K1Name, K1Email, K1Note, u"Quillfeather-order-1999"_s})
                QVERIFY2(!inFiles(text), qPrintable(text + u" is still in the file"_s));
            QCOMPARE(QFileInfo(wal).size(), 0);
            // The pages the customer took are given back, not kept as free pages.
            QCOMPARE(value(db, u"PRAGMA freelist_count"_s).toInt(), 0);
            QCOMPARE(report->rowsOf(u"orders"_s), 2002);
            QVERIFY(inFiles(K2Name));
        }
        QVERIFY(QFileInfo::exists(path));
        for (const QString &text : {K1Name, K1Email, K1Note, u"Quillfeather-order-1999"_s})
            QVERIFY2(!inFiles(text), qPrintable(text + u" is in the file after closing"_s));
        QVERIFY(inFiles(K2Name));
        QVERIFY(inFiles(K2Email));

        // The file is still a good database with the other customers.
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        QCOMPARE(value(**reopened, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(value(**reopened, u"SELECT count(*) FROM customers"_s).toInt(), 2);
        QCOMPARE(value(**reopened, u"SELECT count(*) FROM orders"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyRepository)
#include "tst_privacyrepository.moc"
