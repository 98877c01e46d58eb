// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "dashboard/businesssettings.h"
#include "dashboard/winbackcontroller.h"
#include "itemmodels/risktablemodel.h"
#include "storage/database.h"
#include "support/demofixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

// "Prepare a message…" behind the at-risk list: messages for the list's rows, mailto: links, and the contacts
// logged so that the list shows them as contacted.
class TestWinBackController : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void mailtoUrl_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << u"a@example.com"_s << u"Hi"_s << u"Line"_s
                               << u"mailto:a@example.com?subject=Hi&body=Line"_s;
        QTest::newRow("lines end CRLF")
            << u"a@example.com"_s << u"We miss you, Anna"_s << u"Hello\n\nBye"_s
            << u"mailto:a@example.com?subject=We%20miss%20you%2C%20Anna&body=Hello%0D%0A%0D%0ABye"_s;
        QTest::newRow("umlauts as UTF-8") << u"b@example.de"_s << u"Grüße"_s << u"ß"_s
                                          << u"mailto:b@example.de?subject=Gr%C3%BC%C3%9Fe&body=%C3%9F"_s;
        QTest::newRow("an ampersand cannot end the body")
            << u"c@example.com"_s << u"A & B"_s << u"x&cc=evil@x"_s
            << u"mailto:c@example.com?subject=A%20%26%20B&body=x%26cc%3Devil%40x"_s;
        QTest::newRow("an address cannot add fields") << u"d@example.com?cc=evil@x"_s << u"S"_s << u"B"_s
                                                      << u"mailto:d@example.com%3Fcc%3Devil@x?subject=S&body=B"_s;
        QTest::newRow("no address, no link") << u"  "_s << u"S"_s << u"B"_s << QString();
    }

    void mailtoUrl()
    {
        QFETCH(QString, email);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, encoded);
        WinBackMessage message;
        message.email = email;
        message.subject = subject;
        message.body = body;
        const QUrl url = WinBackController::mailtoUrl(message);
        QCOMPARE(QString::fromLatin1(url.toEncoded()), encoded);
        if (!encoded.isEmpty()) {
            QVERIFY(url.isValid());
            // What a mail program reads back: the subject and the body whole, and no other field.
            const QUrlQuery query(url);
            QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), subject);
            QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), QString(body).replace(u"\n"_s, u"\r\n"_s));
            QCOMPARE(query.queryItems().size(), 2);
        }
    }

    void preparesLogsAndShowsContacted()
    {
        const QString path = test::demoCopy(m_dir.path(), 300, u"winback.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto snapshot = DashboardEngine(path).compute(DashboardRequest {});
        QVERIFY(snapshot);
        RiskTableModel model;
        model.setSnapshot(snapshot->data, snapshot->risk, snapshot->reviews, snapshot->currency);
        QVERIFY(model.rowCount() >= 3);
        WinBackController controller(path, &model);

        // Rows in the order given, each the customer of its row, with its address from the database.
        const QList<int> rows {2, 0};
        auto messages = controller.prepare(rows);
        QVERIFY(messages);
        QCOMPARE(messages->size(), 2);
        for (int i = 0; i < rows.size(); ++i) {
            const qint64 id = model.index(rows.at(i), 0).data(RiskTableModel::CustomerIdRole).toLongLong();
            QCOMPARE(messages->at(i).customerId, id);
            QVERIFY2(messages->at(i).email.contains(u'@'), qPrintable(messages->at(i).email));
            QVERIFY(!messages->at(i).subject.isEmpty());
        }
        auto forced = controller.prepare({0}, WinBackTemplate::FailedPayment);
        QVERIFY(forced);
        QCOMPARE(forced->constFirst().kind, WinBackTemplate::FailedPayment);
        QCOMPARE(forced->constFirst().subject, WinBack::subject(WinBackTemplate::FailedPayment));

        // The user's own template, from the settings, as soon as it is stored.
        {
            auto database = Database::open(path);
            QVERIFY(database);
            // A misspelt placeholder is refused, the subject that came with it too.
            QVERIFY(!BusinessSettings::change(**database,
                {{u"winback.failed_payment.subject"_s, u"Zahlung offen, {name}"_s},
                    {u"winback.failed_payment.body"_s, u"Hallo {name},\nbitte prüfen.\n{unknown}"_s}}));
            QVERIFY(BusinessSettings::change(**database,
                {{u"winback.failed_payment.subject"_s, u"Zahlung offen, {name}"_s},
                    {u"winback.failed_payment.body"_s, u"Hallo {name},\nbitte prüfen."_s}}));
        }
        auto own = controller.prepare({0}, WinBackTemplate::FailedPayment);
        QVERIFY(own);
        const QString name = model.index(0, RiskTableModel::NameColumn).data().toString();
        QCOMPARE(own->constFirst().subject, u"Zahlung offen, "_s + name);
        QCOMPARE(own->constFirst().body, u"Hallo "_s + name + u",\nbitte prüfen."_s);

        QSignalSpy logged(&controller, &WinBackController::logged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(controller.log(*messages, u"mailto"_s));
        QCOMPARE(logged.count(), 1);
        QCOMPARE(logged.constFirst().constFirst().value<QList<qint64>>(),
            (QList<qint64> {messages->at(0).customerId, messages->at(1).customerId}));
        QCOMPARE(changed.count(), 2);
        for (int row : rows) {
            QCOMPARE(model.review(row).state, ReviewState::Contacted);
            QCOMPARE(model.index(row, RiskTableModel::ReviewStateColumn).data().toString(), u"Contacted"_s);
        }
        QCOMPARE(model.review(1).state, ReviewState::Open); // not among them

        auto database = Database::open(path);
        QVERIFY(database);
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"SELECT count(*), min(channel), max(channel) FROM contact_log"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QCOMPARE(query.value(1).toString(), u"mailto"_s);

        // Nothing to log logs nothing and says nothing.
        QVERIFY(controller.log({}, u"mailto"_s));
        QCOMPARE(logged.count(), 1);
    }

    void aFailedLogChangesNothing()
    {
        const QString path = test::demoCopy(m_dir.path(), 300, u"winback-fail.sqlite"_s);
        QVERIFY(!path.isEmpty());
        auto snapshot = DashboardEngine(path).compute(DashboardRequest {});
        QVERIFY(snapshot);
        RiskTableModel model;
        model.setSnapshot(snapshot->data, snapshot->risk, snapshot->reviews, snapshot->currency);
        WinBackController controller(path, &model);
        auto messages = controller.prepare({0});
        QVERIFY(messages);
        QSignalSpy logged(&controller, &WinBackController::logged);
        QVERIFY(!controller.log(*messages, u"carrier_pigeon"_s)); // no such channel: the database refuses it
        QCOMPARE(logged.count(), 0);
        QCOMPARE(model.review(0).state, ReviewState::Open);
    }
};

QTEST_GUILESS_MAIN(TestWinBackController)
#include "tst_winbackcontroller.moc"
