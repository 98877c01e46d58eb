// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Importing what customers do besides ordering: activity, support tickets and survey answers.
#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "storage/database.h"
#include "support/importfixture.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestEventImport : public rd::test::TestCase
{
    Q_OBJECT

private:
    static std::unique_ptr<Database> openDatabase() { return test::memoryDatabase(); }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        return test::writeTestFile(m_dir, name, content);
    }
    static QVariant value(Database &db, const QString &statement) { return test::sqlValue(db, statement); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void activityTicketsAndSurveys()
    {
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Activity;
        QVERIFY(importer
                    .run(*db,
                        writeFile(u"activity.csv"_s,
                            "Kundennummer;Datum;Art;Anzahl\n"
                            "K1;01.03.2024;login;3\nK1;01.03.2024;login;2\n"
                            "K2;02.03.2024;visit;\n"),
                        options)
                    .committed);
        QCOMPARE(value(*db, u"SELECT sum(count) FROM activity"_s).toInt(), 6);
        QCOMPARE(value(*db, u"SELECT count(*) FROM activity"_s).toInt(), 2);

        options.kind = ImportKind::Tickets;
        const ImportReport tickets = importer.run(*db,
            writeFile(u"tickets.csv"_s,
                "ticket_id,customer_id,opened,closed,priority,complaint,subject\n"
                "T1,K1,2024-03-03,2024-03-05,high,yes,Lieferung kaputt\n"
                "T2,K2,2024-03-04,,normal,no,Frage zur Rechnung\n"
                "T3,K2,2024-03-04,,whenever,no,Falsche Priorität\n"),
            options);
        QVERIFY(tickets.committed);
        QCOMPARE(tickets.rejected, 1);
        QCOMPARE(tickets.rejects.constFirst().column, u"priority"_s);
        QCOMPARE(value(*db, u"SELECT severity || is_complaint || closed_date FROM tickets WHERE external_ref = 'T1'"_s)
                     .toString(),
            u"high12024-03-05"_s);
        QVERIFY(value(*db, u"SELECT closed_date FROM tickets WHERE external_ref = 'T2'"_s).isNull());

        options.kind = ImportKind::Surveys;
        const ImportReport surveys = importer.run(
            *db, writeFile(u"nps.csv"_s, "customer_id,date,NPS\nK1,2024-03-10,9\nK2,2024-03-11,11\n"), options);
        QVERIFY(surveys.committed);
        QCOMPARE(surveys.rejected, 1);
        QCOMPARE(value(*db, u"SELECT kind || score FROM surveys"_s).toString(), u"nps9"_s);

        // A survey sent and not answered has no score: silence counts too.
        const ImportReport sent = importer.run(*db,
            writeFile(u"csat.csv"_s, "customer_id;datum;art;bewertung\nK1;05.04.2024;CSAT;\nK2;06.04.2024;csat;4\n"),
            options);
        QVERIFY2(sent.committed, qPrintable(sent.error ? sent.error->text() : QString()));
        QCOMPARE(sent.accepted, 2);
        QVERIFY(value(*db, u"SELECT score FROM surveys WHERE survey_date = '2024-04-05'"_s).isNull());
        QCOMPARE(value(*db, u"SELECT score FROM surveys WHERE survey_date = '2024-04-06'"_s).toInt(), 4);
        QCOMPARE(sent.csatScale, 5);
        QCOMPARE(value(*db, u"SELECT scale FROM surveys WHERE survey_date = '2024-04-06'"_s).toInt(), 5);
    }

    // CSAT on 1-5 or 1-10: given, named by the column, or read from the answers; kept with each answer.
    void csatScales_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("given");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("stored"); // score/scale of each answer, by date
        QTest::addColumn<QString>("rejected"); // the reason of the first rejected row
        QTest::addRow("answers up to 5") << QByteArray("customer_id,date,CSAT\nK1,2024-05-01,2\nK2,2024-05-02,5\n") << 0
                                         << 5 << u"2/5 5/5"_s << QString();
        QTest::addRow("an answer above 5")
            << QByteArray("customer_id,date,CSAT\nK1,2024-05-01,2\nK2,2024-05-02,9\nK3,2024-05-03,11\n") << 0 << 10
            << u"2/10 9/10"_s << u"a CSAT score is 1 to 10 in this file"_s;
        QTest::addRow("named by the column")
            << QByteArray("customer_id,date,CSAT (1-10)\nK1,2024-05-01,2\nK2,2024-05-02,5\n") << 0 << 10
            << u"2/10 5/10"_s << QString();
        QTest::addRow("given") << QByteArray("customer_id,date,CSAT\nK1,2024-05-01,2\nK2,2024-05-02,7\n") << 5 << 5
                               << u"2/5"_s << u"a CSAT score is 1 to 5 in this file"_s;
        QTest::addRow("NPS and CSAT in one column")
            << QByteArray("customer_id,date,kind,score (0-10)\nK1,2024-05-01,nps,9\nK2,2024-05-02,csat,3\n") << 0 << 5
            << u"9/10 3/5"_s << QString();
    }

    void csatScales()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, given);
        QFETCH(int, scale);
        QFETCH(QString, stored);
        QFETCH(QString, rejected);
        auto db = openDatabase();
        Importer importer;
        ImportOptions options;
        options.kind = ImportKind::Surveys;
        if (given > 0)
            options.csatScale = given;
        const ImportReport report = importer.run(*db, writeFile(u"scales.csv"_s, content), options);
        QVERIFY2(report.committed, qPrintable(report.error ? report.error->text() : QString()));
        QCOMPARE(report.csatScale, scale);
        QCOMPARE(
            value(*db,
                u"SELECT group_concat(score || '/' || scale, ' ') FROM (SELECT * FROM surveys ORDER BY survey_date)"_s)
                .toString(),
            stored);
        QCOMPARE(report.rejects.isEmpty() ? QString() : report.rejects.constFirst().reason, rejected);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
