// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/winback.h"
#include "storage/contactlog.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/reviewrepository.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

// Win-back messages: the template a reason calls for, placeholders, the mail-merge file and the contact log.
class TestWinBack : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 count(Database &db, const QString &table)
    {
        QSqlQuery query(db.connection());
        return query.exec(u"SELECT count(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void templateByMainReason_data()
    {
        QTest::addColumn<QList<ReasonCode>>("reasons");
        QTest::addColumn<QString>("kind");
        QTest::newRow("none") << QList<ReasonCode> {} << u"inactive"_s;
        QTest::newRow("silent") << QList<ReasonCode> {ReasonCode::Inactive} << u"inactive"_s;
        QTest::newRow("rhythm") << QList<ReasonCode> {ReasonCode::PurchaseRhythm} << u"inactive"_s;
        QTest::newRow("spending") << QList<ReasonCode> {ReasonCode::SpendingDecline} << u"spending_down"_s;
        QTest::newRow("complaint") << QList<ReasonCode> {ReasonCode::OpenComplaint, ReasonCode::Inactive}
                                   << u"complaint"_s;
        QTest::newRow("nps") << QList<ReasonCode> {ReasonCode::NpsLow} << u"complaint"_s;
        QTest::newRow("payment") << QList<ReasonCode> {ReasonCode::FailedPayment} << u"failed_payment"_s;
        QTest::newRow("renewal raises the next")
            << QList<ReasonCode> {ReasonCode::RenewalSoon, ReasonCode::SpendingDecline} << u"spending_down"_s;
    }

    void templateByMainReason()
    {
        QFETCH(QList<ReasonCode>, reasons);
        QFETCH(QString, kind);
        CustomerRisk risk;
        for (ReasonCode code : reasons)
            risk.reasons.append(Reason {code, RiskLevel::Red, {}});
        QCOMPARE(winBackTemplateName(winBackTemplateFor(risk)), kind);
        QCOMPARE(winBackTemplateFromName(kind), std::optional(winBackTemplateFor(risk)));
    }

    void fillsPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("filled");
        QTest::newRow("two") << u"Hello {name}, since {last_purchase}."_s << u"Hello Erika, since 3/4/24."_s;
        QTest::newRow("unknown stays") << u"{name}: {unknown}"_s << u"Erika: {unknown}"_s;
        QTest::newRow("unclosed") << u"Hi {name"_s << u"Hi {name"_s;
        QTest::newRow("a value is not filled again") << u"{owner}"_s << u"{name}"_s;
    }

    void fillsPlaceholders()
    {
        QFETCH(QString, text);
        const QHash<QString, QString> values {
            {u"name"_s, u"Erika"_s}, {u"last_purchase"_s, u"3/4/24"_s}, {u"owner"_s, u"{name}"_s}};
        QTEST(WinBack::fill(text, values), "filled");
    }

    void mailMergeFileIsSafeForExcel()
    {
        auto data = std::make_shared<Dataset>();
        MetricsCustomer evil;
        evil.id = 7;
        evil.externalId = u"K7"_s;
        evil.name = u"=HYPERLINK(\"http://x\")"_s;
        data->customers = {evil};
        data->currency = u"EUR"_s;
        data->orderOffsets = {0, 1};
        data->orders = {MetricsOrder {dayOf(QDate(2024, 3, 4)), 5000}};
        RiskReport report;
        report.asOf = dayOf(QDate(2024, 6, 30));
        CustomerRisk risk;
        risk.customer = 0;
        risk.level = RiskLevel::Red;
        risk.value12mMinor = 123456;
        risk.reasons = {Reason {ReasonCode::Inactive, RiskLevel::Red, {118}}};
        report.customers = {risk};
        Review review;
        review.owner = u"Olga"_s;
        const QList<WinBackMessage> messages
            = WinBack::prepare(*data, report, {0}, {{7, u"k7@example.com"_s}}, {{7, review}});
        QCOMPARE(messages.size(), 1);
        const WinBackMessage &message = messages.constFirst();
        QCOMPARE(message.kind, WinBackTemplate::Inactive);
        QCOMPARE(message.email, u"k7@example.com"_s);
        QCOMPARE(message.reason, u"no activity for 118 days"_s);
        QCOMPARE(message.lastPurchase, u"04/03/2024"_s);
        QVERIFY2(message.body.contains(u"(your last order: 04/03/2024)"_s), qPrintable(message.body));
        QVERIFY2(message.body.endsWith(u"Kind regards\nOlga"_s), qPrintable(message.body));

        const QString path = m_dir.filePath(u"winback.csv"_s);
        QVERIFY(TableExport::writeCsv(WinBack::mailMerge(messages), path, QLocale(QLocale::German)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte order mark, for Excel
        QVERIFY(bytes.contains("name;email;reason;value;last_purchase;owner;subject;message"));
        QVERIFY2(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), bytes.constData()); // text, not a formula
        QVERIFY(!bytes.contains(";=HYPERLINK") && !bytes.contains("\n=HYPERLINK"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void contactsAreLoggedOnTheCustomer()
    {
        auto opened = Database::open(u":memory:"_s);
        QVERIFY(opened);
        Database &db = **opened;
        {
            ImportStore store(db);
            QVERIFY(store.begin(u"customers.csv"_s, u"customers"_s));
            CustomerRecord record;
            record.externalId = u"A"_s;
            record.email = u"a@example.com"_s;
            QVERIFY(store.upsertCustomer(record));
            QVERIFY(store.finish({}, {1, 0, 0}));
        }
        ContactLog log(db);
        const auto emails = log.emails();
        QVERIFY(emails);
        QCOMPARE(emails->size(), 1);
        const qint64 id = emails->keys().constFirst();
        const QDateTime at(QDate(2026, 12, 3), QTime(7, 0), Qt::UTC);
        QVERIFY(log.log({{id, at, u"inactive"_s, u"mail_merge"_s}}, u"Olga"_s));
        const auto all = log.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().preparedAt, at);
        QCOMPARE(all->constFirst().templateName, u"inactive"_s);
        QCOMPARE(count(db, u"review_notes"_s), 1);
        // The customer shows as contacted; an owner set before stays.
        auto review = ReviewRepository(db).review(id);
        QVERIFY(review);
        QCOMPARE(review->state, ReviewState::Contacted);
        QVERIFY(ReviewRepository(db).setOwner(id, u"Olga"_s));
        QVERIFY(ReviewRepository(db).setState(id, ReviewState::Resolved));
        QVERIFY(log.log({{id, at.addDays(1), u"complaint"_s, u"mailto"_s}}));
        review = ReviewRepository(db).review(id);
        QVERIFY(review);
        QCOMPARE(review->state, ReviewState::Contacted);
        QCOMPARE(review->owner, u"Olga"_s);
        QCOMPARE(count(db, u"contact_log"_s), 2);
        QVERIFY(ReviewRepository(db).setState(id, ReviewState::Resolved));

        // A contact for a customer who does not exist: nothing of the batch is logged.
        QVERIFY(!log.log({{id, at, u"complaint"_s, u"mail_merge"_s}, {id + 100, at, u"complaint"_s, u"mailto"_s}}));
        QCOMPARE(count(db, u"contact_log"_s), 2);
        QCOMPARE(count(db, u"review_notes"_s), 2);
        QVERIFY(!log.log({{id, at, u"complaint"_s, u"fax"_s}})); // no such channel
        QCOMPARE(count(db, u"contact_log"_s), 2);
        QCOMPARE(ReviewRepository(db).review(id)->state, ReviewState::Resolved); // rolled back with the rest
    }
};

QTEST_GUILESS_MAIN(TestWinBack)
#include "tst_winback.moc"
