// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "storage/database.h"
#include "support/clirunner.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd::test;

namespace {

// Orders with dates that read as day/month and as month/day alike (no day above 12).
constexpr auto AmbiguousDates = "customer_id,date,amount\n"
                                "A,03/04/2024,10.00\n"
                                "B,05/06/2024,20.00\n"
                                "C,12/11/2024,5.00\n";

} // namespace

// Runs the built retentiondesk-cli as a user would: no display, exit codes and output checked. Usage,
// help, info, compact, import and demo; the other commands in tst_clirisk, tst_clireport and tst_climetrics.
class TestCli : public rd::test::TestCase, private CliRunner
{
    Q_OBJECT

private:
    Run importGerman(const QString &db, const QStringList &extra = {})
    {
        return cli(QStringList {u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s} + extra
            + QStringList {testData(u"german_invoices_cp1252.csv"_s)});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no command") << QStringList {};
        QTest::addRow("unknown command") << QStringList {u"frobnicate"_s};
        QTest::addRow("info without db") << QStringList {u"info"_s};
        QTest::addRow("unknown option") << QStringList {u"info"_s, u"--nonsense"_s};
        QTest::addRow("bad format") << QStringList {u"info"_s, u"--db"_s, u"x.sqlite"_s, u"--format"_s, u"xml"_s};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpExitsWithZero()
    {
        const Run run = cli({u"info"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--db"_s));
    }

    void overviewHelpListsCommands()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &command : {u"cohorts"_s, u"demo"_s, u"import"_s, u"info"_s, u"report"_s, u"survival"_s})
            QVERIFY2(run.out.contains(command), qPrintable(run.out));
    }

    void subcommandHelpNamesItsOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addRow("info") << u"info"_s << QStringList {u"--db"_s, u"--format"_s};
        QTest::addRow("demo") << u"demo"_s << QStringList {u"--db"_s, u"--customers"_s, u"--seed"_s};
        QTest::addRow("import") << u"import"_s
                                << QStringList {u"--db"_s, u"--kind"_s, u"--preset"_s, u"--map"_s, u"--delimiter"_s,
                                       u"--encoding"_s, u"--date-format"_s, u"--decimal"_s, u"--rejects"_s,
                                       u"--currency"_s, u"CSVFILE"_s};
        const QStringList metrics {u"--db"_s, u"--as-of"_s, u"--segment"_s, u"--plan"_s, u"--country"_s, u"--format"_s};
        QTest::addRow("report") << u"report"_s << metrics + QStringList {u"--period"_s, u"--from"_s, u"--to"_s};
        QTest::addRow("cohorts") << u"cohorts"_s << metrics + QStringList {u"--period"_s, u"--mode"_s, u"--counts"_s};
        QTest::addRow("survival") << u"survival"_s << metrics;
    }

    void subcommandHelpNamesItsOptions()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const Run run = cli({command, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString &option : options)
            QVERIFY2(run.out.contains(option), qPrintable(option + u" is not in:\n"_s + run.out));
        const QString usage = run.out.section(u'\n', 0, 0);
        QVERIFY2(usage.contains(u"retentiondesk-cli "_s + command + u" [options]"_s), qPrintable(usage));
    }

    void compactKeepsWhatTheDatabaseHolds()
    {
        const QString db = newPath(u".sqlite"_s);
        QCOMPARE(cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, testData(u"german_invoices_cp1252.csv"_s)})
                     .exitCode,
            0);
        const QJsonObject before = info(db);
        const Run run = cli({u"compact"_s, u"--db"_s, db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Compacted "_s), qPrintable(run.out));
        QCOMPARE(info(db), before);

        QCOMPARE(cli({u"compact"_s, u"--db"_s, m_dir.filePath(u"nowhere.sqlite"_s)}).exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"nowhere.sqlite"_s)));
        QCOMPARE(cli({u"compact"_s}).exitCode, 2);
    }

    void infoOnMissingFileIsBadInput()
    {
        const Run run = cli({u"info"_s, u"--db"_s, m_dir.filePath(u"missing.sqlite"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"missing.sqlite"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
    }

    void infoAsJson()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run run = cli({u"info"_s, u"--db"_s, path, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(u"schema_version"_s).toInt(), rd::Database::SchemaVersion);
        QCOMPARE(object.value(u"customers"_s).toInt(), 0);
        QVERIFY(object.value(u"first_date"_s).isNull());
    }

    void importUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("message");
        const QStringList csv {testData(u"german_invoices_cp1252.csv"_s)};
        const QStringList orders {u"--kind"_s, u"orders"_s};
        QTest::addRow("missing --kind") << QStringList {} << csv << u"import needs --kind"_s;
        QTest::addRow("unknown --kind") << QStringList {u"--kind"_s, u"invoices"_s} << csv << u"import needs --kind"_s;
        QTest::addRow("unknown --preset")
            << orders + QStringList {u"--preset"_s, u"sap-r3"_s} << csv << u"Unknown preset \"sap-r3\""_s;
        QTest::addRow("--map without =") << orders + QStringList {u"--map"_s, u"Kundennummer"_s} << csv
                                         << u"--map takes COLUMN=field, not \"Kundennummer\""_s;
        QTest::addRow("--map without column") << orders + QStringList {u"--map"_s, u"=customer_id"_s} << csv
                                              << u"--map takes COLUMN=field, not \"=customer_id\""_s;
        QTest::addRow("--map without field") << orders + QStringList {u"--map"_s, u"Kundennummer="_s} << csv
                                             << u"--map takes COLUMN=field, not \"Kundennummer=\""_s;
        QTest::addRow("bad --delimiter") << orders + QStringList {u"--delimiter"_s, u"::"_s} << csv
                                         << u"--delimiter takes , ; | or tab, not \"::\""_s;
        QTest::addRow("bad --encoding") << orders + QStringList {u"--encoding"_s, u"ebcdic"_s} << csv
                                        << u"--encoding takes utf-8 or windows-1252, not \"ebcdic\""_s;
        QTest::addRow("bad --decimal") << orders + QStringList {u"--decimal"_s, u"dot"_s} << csv
                                       << u"--decimal takes comma or point, not \"dot\""_s;
        QTest::addRow("unknown --date-format")
            << orders + QStringList {u"--date-format"_s, u"yy/dd/MM"_s} << csv << u"Unknown date format \"yy/dd/MM\""_s;
        QTest::addRow("bad --currency") << orders + QStringList {u"--currency"_s, u"euro"_s} << csv
                                        << u"--currency takes a three-letter code such as EUR, not \"euro\""_s;
        QTest::addRow("bad --csat-scale")
            << orders + QStringList {u"--csat-scale"_s, u"7"_s} << csv << u"--csat-scale takes 5 or 10, not \"7\""_s;
        QTest::addRow("no CSVFILE") << orders << QStringList {} << u"import needs exactly one CSVFILE"_s;
        QTest::addRow("two CSVFILEs") << orders << csv + csv << u"import needs exactly one CSVFILE"_s;
        QTest::addRow("unknown option") << orders + QStringList {u"--sheet"_s, u"1"_s} << csv << u"sheet"_s;
    }

    void importUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, files);
        QFETCH(QString, message);
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli(QStringList {u"import"_s, u"--db"_s, db} + options + files);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Imported"_s), qPrintable(run.out));
        // A usage error stops before the database is opened, so none is created.
        QVERIFY(!QFile::exists(db));
    }

    void importReportsRejectsAndCommitsTheRest()
    {
        const QString db = newPath(u".sqlite"_s);
        const QString rejects = newPath(u"-rejects.csv"_s);
        const Run run = importGerman(db, {u"--rejects"_s, rejects});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"7 read, 4 accepted, 3 rejected, 0 skipped"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(rejects), qPrintable(run.out));

        // Each reject on stderr with file, line and column; rows without a customer summed up, with their first
        // line; nothing else is reported there.
        const QString file = testData(u"german_invoices_cp1252.csv"_s);
        const QStringList errLines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(errLines.size(), 3);
        QVERIFY2(errLines.at(0).startsWith(file + u":7: column \"Rechnungsdatum\", value \"31.02.2024\""),
            qPrintable(run.err));
        QVERIFY2(errLines.at(1).startsWith(file + u":8: column \"Betrag\", value \"zehn Euro\""), qPrintable(run.err));
        QVERIFY2(errLines.at(2).startsWith(file + u": 1 row without a customer"), qPrintable(run.err));
        QVERIFY2(errLines.at(2).contains(u"(a guest order, on line 6): 10.00 EUR of revenue"), qPrintable(run.err));

        QFile rejectsFile(rejects);
        QVERIFY(rejectsFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(rejectsFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"line,column,value,reason"_s);
        QVERIFY2(lines.at(1).startsWith(u"6,Kundennummer,,"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"7,Rechnungsdatum,31.02.2024,"_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(u"8,Betrag,zehn Euro,"_s), qPrintable(lines.at(3)));

        const QJsonObject object = info(db);
        QCOMPARE(object.value(u"schema_version"_s).toInt(), rd::Database::SchemaVersion);
        QCOMPARE(object.value(u"orders"_s).toInt(), 4);
        QCOMPARE(object.value(u"customers"_s).toInt(), 3);
        QCOMPARE(object.value(u"imports"_s).toInt(), 1);
        QCOMPARE(object.value(u"first_date"_s).toString(), u"2024-01-31"_s);
        QCOMPARE(object.value(u"last_date"_s).toString(), u"2024-02-29"_s);
    }

    void importingTwiceWarnsAndChangesNothing()
    {
        const QString db = newPath(u".sqlite"_s);
        const Run first = importGerman(db);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(!QString(first.out + first.err).contains(u"imported before"_s), qPrintable(first.out));
        QJsonObject before = info(db);
        QCOMPARE(before.value(u"orders"_s).toInt(), 4);

        const Run second = importGerman(db);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(u"warning: This file was imported before"_s), qPrintable(second.err));
        QJsonObject after = info(db);
        // The import log may record the second run; the data must not change.
        before.remove(u"imports"_s);
        after.remove(u"imports"_s);
        QCOMPARE(after, before);
    }

    void failedImportExitsWithOneAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content"); // written to a new file; empty: use `path`
        QTest::addColumn<QString>("path");
        QTest::addRow("no valid row") << QByteArray("customer_id,date,amount\n"
                                                    ",2024-01-01,10.00\n"
                                                    "K1,not a date,10.00\n"
                                                    "K2,2024-01-02,ten\n")
                                      << QString();
        QTest::addRow("header only") << QByteArray("customer_id,date,amount\n") << QString();
        QTest::addRow("unterminated quote") << QByteArray("customer_id,date,amount\n"
                                                          "K1,2024-01-01,10.00\n"
                                                          "\"K2,2024-01-02,20.00\n"
                                                          "K3,2024-01-03,30.00\n")
                                            << QString();
        QTest::addRow("no column for the date") << QByteArray("customer_id,amount\nK1,10.00\n") << QString();
        QTest::addRow("missing file") << QByteArray() << m_dir.filePath(u"no-such-file.csv"_s);
        QTest::addRow("directory") << QByteArray() << m_dir.path();
        // Permissions keep nobody but root out: the case only exists where they take effect.
        const QString locked = writeFile("customer_id,date,amount\nK1,2024-01-01,10.00\n");
        QFile::setPermissions(locked, QFileDevice::Permissions());
        if (QFile probe(locked); !probe.open(QIODevice::ReadOnly))
            QTest::addRow("unreadable file") << QByteArray() << locked;
    }

    void failedImportExitsWithOneAndChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, path);
        if (!content.isEmpty())
            path = writeFile(content);
        QVERIFY(!path.isEmpty());

        const QString db = newPath(u".sqlite"_s);
        QCOMPARE(importGerman(db).exitCode, 0);
        const QJsonObject before = info(db);
        QCOMPARE(before.value(u"orders"_s).toInt(), 4);

        const QString rejects = newPath(u"-rejects.csv"_s);
        const Run run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, u"--rejects"_s, rejects, path});
        QCOMPARE(run.exitCode, 1);
        const QStringList errLines = run.err.split(u'\n', Qt::SkipEmptyParts);
        const QString last = errLines.isEmpty() ? QString() : errLines.constLast();
        QVERIFY2(last.startsWith(u"error: "_s), qPrintable(run.err));
        QVERIFY2(last.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Imported"_s), qPrintable(run.out));
        QCOMPARE(info(db), before);
        // The rejects of a failed import are not left behind either.
        QVERIFY(!QFile::exists(rejects));

        // Nor is a database file that the failed import would have created.
        const QString fresh = newPath(u".sqlite"_s);
        QCOMPARE(cli({u"import"_s, u"--db"_s, fresh, u"--kind"_s, u"orders"_s, path}).exitCode, 1);
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!QFile::exists(fresh + u"-wal"_s));
    }

    void ambiguousDatesNeedADateFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<QString>("lastDate");
        QTest::addRow("not given") << QString() << 1 << QString() << QString();
        QTest::addRow("day first") << u"dd/MM/yyyy"_s << 0 << u"2024-04-03"_s << u"2024-11-12"_s;
        QTest::addRow("month first") << u"MM/dd/yyyy"_s << 0 << u"2024-03-04"_s << u"2024-12-11"_s;
    }

    void ambiguousDatesNeedADateFormat()
    {
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        QFETCH(QString, firstDate);
        QFETCH(QString, lastDate);
        const QString csv = writeFile(AmbiguousDates);
        QVERIFY(!csv.isEmpty());
        const QString db = newPath(u".sqlite"_s);
        QStringList arguments {u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s};
        if (!format.isEmpty())
            arguments << u"--date-format"_s << format;
        const Run run = cli(arguments << csv);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(run.err.contains(u"--date-format"_s), qPrintable(run.err));
            QVERIFY2(run.err.contains(QDir::toNativeSeparators(csv)), qPrintable(run.err));
            QVERIFY(!QFile::exists(db)); // the failed import created nothing
            return;
        }
        const QJsonObject object = info(db);
        // The only word on stderr: the first file of a business names no currency.
        QCOMPARE(lines(run.err).size(), 1);
        QVERIFY2(run.err.startsWith(u"warning: The file names no currency: its amounts are labelled EUR."_s),
            qPrintable(run.err));
        // A second file into the same business is not warned about again.
        const Run again = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, u"--date-format"_s, format,
            writeFile("customer_id,date,amount\nZ9,01/03/2024,1.00\n")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
        QCOMPARE(object.value(u"orders"_s).toInt(), 3);
        QCOMPARE(object.value(u"first_date"_s).toString(), firstDate);
        QCOMPARE(object.value(u"last_date"_s).toString(), lastDate);
    }

    // A column misread in many rows stops the import (exit 1, nothing stored) and says how to go on;
    // --accept-rejects imports the valid rows.
    void aMisreadColumnStopsUnlessAccepted()
    {
        QByteArray content = "order_id,customer_id,date,amount\n";
        for (int i = 0; i < 60; ++i)
            content += "O" + QByteArray::number(i) + ",K" + QByteArray::number(i % 6)
                + (i % 2 == 0 ? QByteArray(",03/15/2024,") : QByteArray(",2024-03-15,")) + "1.00\n";
        const QString csv = writeFile(content);
        const QString db = newPath(u".sqlite"_s);
        const Run stopped = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, csv});
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.err.contains(u"column \"date\" could not be read in 30 of 60 rows (50.0 %)"_s),
            qPrintable(stopped.err));
        QVERIFY2(stopped.err.contains(u"--accept-rejects"_s), qPrintable(stopped.err));
        QVERIFY(!QFile::exists(db));

        const Run accepted = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, u"--accept-rejects"_s, csv});
        QCOMPARE(accepted.exitCode, 0);
        QCOMPARE(info(db).value(u"orders"_s).toInt(), 30);
    }

    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("orders");
        QTest::addRow("shopify") << u"shopify-orders"_s << u"shopify_orders.csv"_s << 3;
        QTest::addRow("datev") << u"datev-extf"_s << u"datev_extf_cp1252.csv"_s << 3;
    }

    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(QString, file);
        QFETCH(int, orders);
        const QString db = newPath(u".sqlite"_s);
        const Run run
            = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s, u"--preset"_s, preset, testData(file)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"(preset %1)"_s.arg(preset)), qPrintable(run.out));
        QCOMPARE(info(db).value(u"orders"_s).toInt(), orders);
    }

    void presetOfAnotherKindIsBadInput()
    {
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli({u"import"_s, u"--db"_s, db, u"--kind"_s, u"customers"_s, u"--preset"_s,
            u"shopify-orders"_s, testData(u"shopify_orders.csv"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"shopify-orders"_s), qPrintable(run.err));
        QCOMPARE(info(db).value(u"customers"_s).toInt(), 0);
    }

    void mapOverridesHeaders_data()
    {
        QTest::addColumn<QStringList>("maps");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("unmapped") << QStringList {} << 1;
        QTest::addRow("by header") << QStringList {u"Kd=customer_id"_s, u"Wann=date"_s, u"Wert=amount"_s} << 0;
        QTest::addRow("by number") << QStringList {u"1=customer_id"_s, u"2=date"_s, u"3=amount"_s} << 0;
    }

    void mapOverridesHeaders()
    {
        QFETCH(QStringList, maps);
        QFETCH(int, exitCode);
        const QString csv = writeFile("Kd,Wann,Wert\n"
                                      "K1,2024-05-01,10.00\n"
                                      "K2,2024-05-02,20.00\n"
                                      "K1,2024-05-20,30.00\n");
        QVERIFY(!csv.isEmpty());
        const QString db = newPath(u".sqlite"_s);
        QStringList arguments {u"import"_s, u"--db"_s, db, u"--kind"_s, u"orders"_s};
        for (const QString &map : maps)
            arguments << u"--map"_s << map;
        const Run run = cli(arguments << csv);
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject object = info(db);
        if (exitCode != 0) {
            // Unknown headers: the message says which field is missing and how to map it.
            QVERIFY2(run.err.contains(u"--map"_s), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"Kd, Wann, Wert"_s), qPrintable(run.err));
            QCOMPARE(object.value(u"orders"_s).toInt(), 0);
            return;
        }
        QVERIFY2(run.out.contains(u"3 read, 3 accepted, 0 rejected"_s), qPrintable(run.out));
        QCOMPARE(object.value(u"orders"_s).toInt(), 3);
        QCOMPARE(object.value(u"customers"_s).toInt(), 2);
        QCOMPARE(object.value(u"first_date"_s).toString(), u"2024-05-01"_s);
        QCOMPARE(object.value(u"last_date"_s).toString(), u"2024-05-20"_s);
    }

    void demoWritesOnlyIntoAnEmptyDatabase()
    {
        const QString db = newPath(u".sqlite"_s);
        const QStringList arguments {u"demo"_s, u"--db"_s, db, u"--customers"_s, u"300"_s, u"--seed"_s, u"7"_s};
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"300 customers"_s), qPrintable(run.out));
        const QJsonObject before = info(db);
        QCOMPARE(before.value(u"customers"_s).toInt(), 300);
        QVERIFY(before.value(u"orders"_s).toInt() > 0);
        QVERIFY(before.value(u"first_date"_s).isString());

        const Run again = cli(arguments);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.startsWith(u"error: "_s), qPrintable(again.err));
        QCOMPARE(info(db), before);
    }

    void demoIntoAnImportedDatabaseIsRefused()
    {
        const QString db = newPath(u".sqlite"_s);
        QCOMPARE(importGerman(db).exitCode, 0);
        const QJsonObject before = info(db);
        QCOMPARE(before.value(u"customers"_s).toInt(), 3);
        const Run run = cli({u"demo"_s, u"--db"_s, db, u"--customers"_s, u"10"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(info(db), before);
    }

    void demoUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addRow("no customers") << QStringList {u"--customers"_s, u"0"_s};
        QTest::addRow("negative customers") << QStringList {u"--customers"_s, u"-5"_s};
        QTest::addRow("customers not a number") << QStringList {u"--customers"_s, u"abc"_s};
        QTest::addRow("too many customers") << QStringList {u"--customers"_s, u"10000001"_s};
        QTest::addRow("seed not a number") << QStringList {u"--seed"_s, u"abc"_s};
        QTest::addRow("negative seed") << QStringList {u"--seed"_s, u"-1"_s};
        QTest::addRow("unknown option") << QStringList {u"--shops"_s, u"3"_s};
    }

    void demoUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, options);
        const QString db = newPath(u".sqlite"_s);
        const Run run = cli(QStringList {u"demo"_s, u"--db"_s, db} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(db));
    }

    void demoWithoutDbIsUsageError()
    {
        const Run run = cli({u"demo"_s, u"--customers"_s, u"10"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"demo needs --db FILE"_s), qPrintable(run.err));
    }

    void demoIsDeterministic()
    {
        const auto demo = [this](const QString &seed) {
            const QString db = newPath(u".sqlite"_s);
            const Run run = cli({u"demo"_s, u"--db"_s, db, u"--customers"_s, u"300"_s, u"--seed"_s, seed});
            return run.exitCode == 0 ? info(db) : QJsonObject {{u"demo_failed"_s, run.err}};
        };
        const QJsonObject first = demo(u"7"_s);
        const QJsonObject second = demo(u"7"_s);
        const QJsonObject other = demo(u"8"_s);
        QCOMPARE(first.value(u"customers"_s).toInt(), 300);
        QCOMPARE(second, first);
        QCOMPARE(other.value(u"customers"_s).toInt(), 300);
        QVERIFY(first.value(u"orders"_s).toInt() > 0);
        QVERIFY(other.value(u"orders"_s).toInt() != first.value(u"orders"_s).toInt());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
