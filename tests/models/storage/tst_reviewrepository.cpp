// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/reviewrepository.h"
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

CustomerRecord customer(const QString &externalId, const QString &name, const QString &plan)
{
    CustomerRecord record;
    record.externalId = externalId;
    record.name = name;
    record.plan = plan;
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

const QDate Later(2030, 1, 15);
} // namespace

class TestReviewRepository : public rd::test::TestCase
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    qint64 m_k1 = 0;
    qint64 m_k2 = 0;

    qint64 idOf(const QString &externalId)
    {
        auto id = ReviewRepository(*m_db).customerId(externalId);
        return id && id->has_value() ? **id : -1;
    }

    // A customer file and an orders file as the importer would write them.
    void importBusiness(const QList<CustomerRecord> &customers, const QList<OrderRecord> &orders)
    {
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"customers.csv"_s, u"customers"_s));
            for (const CustomerRecord &record : customers)
                QVERIFY(store.upsertCustomer(record));
            QVERIFY(store.finish({}, {customers.size(), 0, 0}));
        }
        {
            ImportStore store(*m_db);
            QVERIFY(store.begin(u"orders.csv"_s, u"orders"_s));
            for (const OrderRecord &record : orders)
                QVERIFY(store.addOrder(record));
            QVERIFY(store.finish({}, {orders.size(), 0, 0}));
        }
    }

private slots:
    void init()
    {
        TestCase::init();
        auto db = Database::open(u":memory:"_s);
        QVERIFY(db);
        m_db = std::move(db.value());
        importBusiness(
            {customer(u"K1"_s, u"Erika Muster"_s, u"Pro"_s), customer(u"K2"_s, u"Max Beispiel"_s, u"Basic"_s)},
            {order(u"K1"_s, u"R1"_s, QDate(2024, 3, 1), 4900), order(u"K2"_s, u"R2"_s, QDate(2024, 3, 5), 1900)});
        if (QTest::currentTestFailed())
            return;
        m_k1 = idOf(u"K1"_s);
        m_k2 = idOf(u"K2"_s);
        QVERIFY(m_k1 > 0);
        QVERIFY(m_k2 > 0);
        QVERIFY(m_k1 != m_k2);
    }
    void cleanup() { m_db.reset(); }

    void stateNames_data()
    {
        QTest::addColumn<ReviewState>("state");
        QTest::addColumn<QString>("name");
        QTest::addRow("open") << ReviewState::Open << u"open"_s;
        QTest::addRow("contacted") << ReviewState::Contacted << u"contacted"_s;
        QTest::addRow("resolved") << ReviewState::Resolved << u"resolved"_s;
        QTest::addRow("snoozed") << ReviewState::Snoozed << u"snoozed"_s;
    }
    void stateNames()
    {
        QFETCH(ReviewState, state);
        QFETCH(QString, name);
        QCOMPARE(reviewStateName(state), name);
        QCOMPARE(reviewStateFromName(name), std::optional<ReviewState>(state));
        QCOMPARE(reviewStateFromName(name.toUpper()), std::nullopt);
    }

    void unknownStateNames()
    {
        QCOMPARE(reviewStateFromName(u""), std::nullopt);
        QCOMPARE(reviewStateFromName(u"closed"), std::nullopt);
        QCOMPARE(reviewStateFromName(u" open"), std::nullopt);
    }

    void unreviewedCustomerIsOpen()
    {
        ReviewRepository repository(*m_db);
        auto review = repository.review(m_k1);
        QVERIFY(review);
        QCOMPARE(review->customerId, m_k1);
        QCOMPARE(review->state, ReviewState::Open);
        QVERIFY(review->owner.isEmpty());
        QVERIFY(!review->snoozedUntil.isValid());
        QVERIFY(!review->updatedAt.isValid());
        auto all = repository.all();
        QVERIFY(all);
        QVERIFY(all->isEmpty());
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM reviews"_s).toInt(), 0); // reading stores nothing
    }

    void setState_data()
    {
        QTest::addColumn<ReviewState>("state");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("expectedDate");
        QTest::addRow("open") << ReviewState::Open << QDate() << QDate();
        QTest::addRow("contacted") << ReviewState::Contacted << QDate() << QDate();
        QTest::addRow("resolved") << ReviewState::Resolved << QDate() << QDate();
        QTest::addRow("contacted ignores a date") << ReviewState::Contacted << Later << QDate();
        QTest::addRow("snoozed") << ReviewState::Snoozed << Later << Later;
        QTest::addRow("snoozed into the past") << ReviewState::Snoozed << QDate(2020, 2, 29) << QDate(2020, 2, 29);
    }
    void setState()
    {
        QFETCH(ReviewState, state);
        QFETCH(QDate, date);
        QFETCH(QDate, expectedDate);
        ReviewRepository repository(*m_db);
        // Start from another snooze, so that each row also shows what becomes of an earlier date.
        QVERIFY(repository.setState(m_k1, ReviewState::Snoozed, QDate(2029, 6, 1)));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(repository.setState(m_k1, state, date));
        const QDateTime after = QDateTime::currentDateTimeUtc();

        auto review = repository.review(m_k1);
        QVERIFY(review);
        QCOMPARE(review->customerId, m_k1);
        QCOMPARE(review->state, state);
        QCOMPARE(review->snoozedUntil, expectedDate);
        QVERIFY(review->owner.isEmpty());
        QCOMPARE(review->updatedAt.timeSpec(), Qt::UTC);
        QVERIFY2(review->updatedAt >= before && review->updatedAt <= after,
            qPrintable(review->updatedAt.toString(Qt::ISODateWithMs)));

        QCOMPARE(value(*m_db, u"SELECT state FROM reviews"_s).toString(), reviewStateName(state));
        QCOMPARE(value(*m_db, u"SELECT snoozed_until IS NULL FROM reviews"_s).toBool(), !expectedDate.isValid());

        auto all = repository.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QVERIFY(all->contains(m_k1));
        QCOMPARE(all->value(m_k1).state, state);
        QCOMPARE(all->value(m_k1).snoozedUntil, expectedDate);
        QCOMPARE(all->value(m_k1).updatedAt, review->updatedAt);

        auto other = repository.review(m_k2);
        QVERIFY(other);
        QCOMPARE(other->state, ReviewState::Open);
    }

    void snoozeNeedsADate()
    {
        ReviewRepository repository(*m_db);
        QVERIFY(repository.setState(m_k1, ReviewState::Contacted));
        auto result = repository.setState(m_k1, ReviewState::Snoozed);
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
        result = repository.setState(m_k2, ReviewState::Snoozed, QDate(2024, 2, 30)); // not a date
        QVERIFY(!result);

        auto review = repository.review(m_k1);
        QVERIFY(review);
        QCOMPARE(review->state, ReviewState::Contacted);
        QVERIFY(!review->snoozedUntil.isValid());
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM reviews"_s).toInt(), 1);
    }

    void effectiveState_data()
    {
        QTest::addColumn<ReviewState>("state");
        QTest::addColumn<QDate>("snoozedUntil");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<ReviewState>("expected");
        const QDate today(2024, 5, 10);
        QTest::addRow("open") << ReviewState::Open << QDate() << today << ReviewState::Open;
        QTest::addRow("contacted") << ReviewState::Contacted << QDate() << today << ReviewState::Contacted;
        QTest::addRow("resolved") << ReviewState::Resolved << QDate() << today << ReviewState::Resolved;
        QTest::addRow("snoozed until later")
            << ReviewState::Snoozed << today.addDays(1) << today << ReviewState::Snoozed;
        QTest::addRow("snoozed through today") << ReviewState::Snoozed << today << today << ReviewState::Snoozed;
        QTest::addRow("snooze passed yesterday")
            << ReviewState::Snoozed << today.addDays(-1) << today << ReviewState::Open;
        QTest::addRow("snooze passed long ago")
            << ReviewState::Snoozed << QDate(2020, 1, 1) << today << ReviewState::Open;
        QTest::addRow("snoozed without a date") << ReviewState::Snoozed << QDate() << today << ReviewState::Open;
    }
    void effectiveState()
    {
        QFETCH(ReviewState, state);
        QFETCH(QDate, snoozedUntil);
        QFETCH(QDate, today);
        QFETCH(ReviewState, expected);
        Review review;
        review.customerId = 1;
        review.state = state;
        review.snoozedUntil = snoozedUntil;
        QCOMPARE(rd::effectiveState(review, today), expected);
    }

    void storedSnoozeThatPassedIsOpen()
    {
        ReviewRepository repository(*m_db);
        QVERIFY(repository.setState(m_k1, ReviewState::Snoozed, QDate(2024, 5, 9)));
        auto review = repository.review(m_k1);
        QVERIFY(review);
        QCOMPARE(review->state, ReviewState::Snoozed); // stored as it was set
        QCOMPARE(rd::effectiveState(*review, QDate(2024, 5, 9)), ReviewState::Snoozed);
        QCOMPARE(rd::effectiveState(*review, QDate(2024, 5, 10)), ReviewState::Open);
    }

    void ownerSetAndClear()
    {
        ReviewRepository repository(*m_db);
        QVERIFY(repository.setOwner(m_k1, u"  Anna Schmidt "_s));
        auto review = repository.review(m_k1);
        QVERIFY(review);
        QCOMPARE(review->owner, u"Anna Schmidt"_s);
        QCOMPARE(review->state, ReviewState::Open); // an owner alone opens a review row in state open
        QVERIFY(review->updatedAt.isValid());

        QVERIFY(repository.setState(m_k1, ReviewState::Snoozed, Later));
        QVERIFY(repository.setOwner(m_k1, u"Bernd"_s));
        review = repository.review(m_k1);
        QVERIFY(review);
        QCOMPARE(review->owner, u"Bernd"_s);
        QCOMPARE(review->state, ReviewState::Snoozed); // the owner leaves the state alone...
        QCOMPARE(review->snoozedUntil, Later);

        QVERIFY(repository.setState(m_k1, ReviewState::Contacted));
        review = repository.review(m_k1);
        QVERIFY(review);
        QCOMPARE(review->owner, u"Bernd"_s); // ...and the state the owner

        QVERIFY(repository.setOwner(m_k1, u""_s));
        review = repository.review(m_k1);
        QVERIFY(review);
        QVERIFY(review->owner.isEmpty());
        QCOMPARE(review->state, ReviewState::Contacted);
        QVERIFY(value(*m_db, u"SELECT owner IS NULL FROM reviews"_s).toBool());

        QVERIFY(repository.setOwner(m_k1, u"Carla"_s));
        QVERIFY(repository.setOwner(m_k1, u"   "_s)); // white space clears as well
        QVERIFY(value(*m_db, u"SELECT owner IS NULL FROM reviews"_s).toBool());
    }

    void notesNewestFirstAndRemoval()
    {
        ReviewRepository repository(*m_db);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto first = repository.addNote(m_k1, u"Anna"_s, u"Called, no answer."_s);
        auto second = repository.addNote(m_k1, u"Anna"_s, u"Called again, asked for a discount."_s);
        auto third = repository.addNote(m_k1, {}, u"Discount granted.\nRenewal expected in June."_s);
        auto elsewhere = repository.addNote(m_k2, u"Bernd"_s, u"Happy customer."_s);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(first);
        QVERIFY(second);
        QVERIFY(third);
        QVERIFY(elsewhere);
        QCOMPARE(QSet<qint64>({*first, *second, *third, *elsewhere}).size(), 4);

        auto notes = repository.notes(m_k1);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 3);
        QCOMPARE(notes->at(0).id, *third);
        QCOMPARE(notes->at(1).id, *second);
        QCOMPARE(notes->at(2).id, *first);
        QCOMPARE(notes->at(0).text, u"Discount granted.\nRenewal expected in June."_s);
        QVERIFY(notes->at(0).author.isEmpty());
        QCOMPARE(notes->at(2).author, u"Anna"_s);
        QCOMPARE(notes->at(2).text, u"Called, no answer."_s);
        for (const ReviewNote &note : std::as_const(*notes)) {
            QCOMPARE(note.customerId, m_k1);
            QCOMPARE(note.writtenAt.timeSpec(), Qt::UTC);
            QVERIFY(note.writtenAt >= before && note.writtenAt <= after);
        }

        // The time written decides the order, not the id.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.prepare(u"UPDATE review_notes SET written_at = :at WHERE id = :id"_s));
        query.bindValue(u":at"_s, after.addSecs(60).toString(Qt::ISODateWithMs));
        query.bindValue(u":id"_s, *first);
        QVERIFY(query.exec());
        notes = repository.notes(m_k1);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 3);
        QCOMPARE(notes->at(0).id, *first);
        QCOMPARE(notes->at(0).writtenAt, after.addSecs(60));
        QCOMPARE(notes->at(1).id, *third);

        QVERIFY(repository.removeNote(*third));
        notes = repository.notes(m_k1);
        QVERIFY(notes);
        QCOMPARE(notes->size(), 2);
        QCOMPARE(notes->at(0).id, *first);
        QCOMPARE(notes->at(1).id, *second);
        QVERIFY(!repository.removeNote(*third)); // already gone
        QVERIFY(!repository.removeNote(987654));

        auto others = repository.notes(m_k2);
        QVERIFY(others);
        QCOMPARE(others->size(), 1);
        QCOMPARE(others->at(0).text, u"Happy customer."_s);
        // Notes are not a review state: the customers are still unreviewed.
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM reviews"_s).toInt(), 0);
    }

    void emptyNoteIsAnError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("spaces") << u"   "_s;
        QTest::addRow("line breaks and tabs") << u"\n\t\r\n"_s;
    }
    void emptyNoteIsAnError()
    {
        QFETCH(QString, text);
        ReviewRepository repository(*m_db);
        auto id = repository.addNote(m_k1, u"Anna"_s, text);
        QVERIFY(!id);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM review_notes"_s).toInt(), 0);
    }

    void unknownCustomerIsAnError()
    {
        ReviewRepository repository(*m_db);
        const qint64 unknown = m_k1 + m_k2 + 100;
        const QString idText = QString::number(unknown);

        auto review = repository.review(unknown);
        QVERIFY(!review);
        QVERIFY(review.error().message.contains(idText));
        auto state = repository.setState(unknown, ReviewState::Contacted);
        QVERIFY(!state);
        QVERIFY(state.error().message.contains(idText));
        auto snooze = repository.setState(unknown, ReviewState::Snoozed, Later);
        QVERIFY(!snooze);
        QVERIFY(snooze.error().message.contains(idText));
        auto owner = repository.setOwner(unknown, u"Anna"_s);
        QVERIFY(!owner);
        QVERIFY(owner.error().message.contains(idText));
        auto note = repository.addNote(unknown, u"Anna"_s, u"Hello"_s);
        QVERIFY(!note);
        QVERIFY(note.error().message.contains(idText));
        auto notes = repository.notes(unknown);
        QVERIFY(!notes);
        QVERIFY(notes.error().message.contains(idText));

        QCOMPARE(value(*m_db, u"SELECT count(*) FROM reviews"_s).toInt(), 0);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM review_notes"_s).toInt(), 0);
    }

    void customerIdByExternalId()
    {
        ReviewRepository repository(*m_db);
        auto k1 = repository.customerId(u"K1"_s);
        QVERIFY(k1);
        QCOMPARE(*k1, std::optional<qint64>(m_k1));
        QCOMPARE(value(*m_db, u"SELECT external_id FROM customers WHERE id = %1"_s.arg(m_k1)).toString(), u"K1"_s);
        auto missing = repository.customerId(u"K9"_s);
        QVERIFY(missing);
        QCOMPARE(*missing, std::nullopt);
        auto caseMatters = repository.customerId(u"k1"_s);
        QVERIFY(caseMatters);
        QCOMPARE(*caseMatters, std::nullopt);
    }

    void reviewsSurviveAReimport()
    {
        ReviewRepository repository(*m_db);
        QVERIFY(repository.setState(m_k1, ReviewState::Snoozed, Later));
        QVERIFY(repository.setOwner(m_k1, u"Anna"_s));
        QVERIFY(repository.setState(m_k2, ReviewState::Contacted));
        auto note1 = repository.addNote(m_k1, u"Anna"_s, u"Renewal talk in January."_s);
        auto note2 = repository.addNote(m_k2, u"Bernd"_s, u"Sent the new price list."_s);
        QVERIFY(note1);
        QVERIFY(note2);
        auto reviewsBefore = repository.all();
        QVERIFY(reviewsBefore);
        QCOMPARE(reviewsBefore->size(), 2);
        auto notes1Before = repository.notes(m_k1);
        QVERIFY(notes1Before);

        // The same customers again with new values, their old orders, new orders and a new customer.
        importBusiness(
            {customer(u"K2"_s, u"Max Beispiel-Neu"_s, u"Pro"_s), customer(u"K3"_s, u"Jana Neu"_s, u"Basic"_s),
                customer(u"K1"_s, u"Erika Muster-Schulz"_s, u"Enterprise"_s)},
            {order(u"K1"_s, u"R1"_s, QDate(2024, 3, 1), 4900), order(u"K2"_s, u"R2"_s, QDate(2024, 3, 5), 1900),
                order(u"K1"_s, u"R3"_s, QDate(2024, 4, 1), 9900), order(u"K3"_s, u"R4"_s, QDate(2024, 4, 2), 1900)});
        if (QTest::currentTestFailed())
            return;

        // The import did take place...
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM customers"_s).toInt(), 3);
        QCOMPARE(value(*m_db, u"SELECT count(*) FROM orders"_s).toInt(), 4);
        QCOMPARE(value(*m_db, u"SELECT name || '/' || plan FROM customers WHERE external_id = 'K1'"_s).toString(),
            u"Erika Muster-Schulz/Enterprise"_s);
        QCOMPARE(
            value(*m_db, u"SELECT name FROM customers WHERE external_id = 'K2'"_s).toString(), u"Max Beispiel-Neu"_s);
        // ...kept the customers' ids...
        QCOMPARE(idOf(u"K1"_s), m_k1);
        QCOMPARE(idOf(u"K2"_s), m_k2);

        // ...and left their reviews alone.
        auto reviews = repository.all();
        QVERIFY(reviews);
        QCOMPARE(reviews->size(), 2);
        for (qint64 id : {m_k1, m_k2}) {
            QVERIFY(reviews->contains(id));
            const Review &now = reviews->value(id);
            const Review &then = reviewsBefore->value(id);
            QCOMPARE(now.state, then.state);
            QCOMPARE(now.owner, then.owner);
            QCOMPARE(now.snoozedUntil, then.snoozedUntil);
            QCOMPARE(now.updatedAt, then.updatedAt);
        }
        auto k1 = repository.review(m_k1);
        QVERIFY(k1);
        QCOMPARE(k1->state, ReviewState::Snoozed);
        QCOMPARE(k1->snoozedUntil, Later);
        QCOMPARE(k1->owner, u"Anna"_s);
        auto k2 = repository.review(m_k2);
        QVERIFY(k2);
        QCOMPARE(k2->state, ReviewState::Contacted);
        QVERIFY(k2->owner.isEmpty());
        auto k3 = repository.review(idOf(u"K3"_s));
        QVERIFY(k3);
        QCOMPARE(k3->state, ReviewState::Open);

        auto notes1 = repository.notes(m_k1);
        QVERIFY(notes1);
        QCOMPARE(notes1->size(), 1);
        QCOMPARE(notes1->at(0).id, *note1);
        QCOMPARE(notes1->at(0).author, u"Anna"_s);
        QCOMPARE(notes1->at(0).text, u"Renewal talk in January."_s);
        QCOMPARE(notes1->at(0).writtenAt, notes1Before->at(0).writtenAt);
        auto notes2 = repository.notes(m_k2);
        QVERIFY(notes2);
        QCOMPARE(notes2->size(), 1);
        QCOMPARE(notes2->at(0).id, *note2);
        QCOMPARE(notes2->at(0).text, u"Sent the new price list."_s);
    }
};

QTEST_GUILESS_MAIN(TestReviewRepository)
#include "tst_reviewrepository.moc"
