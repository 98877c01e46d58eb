// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// retentiondesk-cli export-report as a user runs it, without a display: the PDF's pages and text (read
// back with poppler's pdfinfo and pdftotext) hold the figures `report` gives for the same period.
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include "support/clirunner.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;

class tst_ExportReport : public rd::test::TestCase, public rd::test::CliRunner
{
    Q_OBJECT

    QString m_db;

    static QString tool(const QString &name) { return QStandardPaths::findExecutable(name); }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The text of the PDF, whitespace folded, and its page count.
    static std::pair<QString, int> read(const QString &pdf)
    {
        const QString text = run(tool(u"pdftotext"_s), {u"-layout"_s, pdf, u"-"_s}).simplified();
        const QRegularExpressionMatch pages
            = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(tool(u"pdfinfo"_s), {pdf}));
        return {text, pages.hasMatch() ? pages.captured(1).toInt() : -1};
    }

    // The period the report's figures are of: the last complete one (the last but one when the data ends
    // inside the last), and the one before it, from `report --format json`.
    std::pair<QJsonObject, QJsonObject> reportedPeriods(const QStringList &extra = {})
    {
        const QJsonObject report
            = jsonOf(cli(QStringList {u"report"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s} + extra));
        const QJsonArray periods = report.value(u"periods"_s).toArray();
        qsizetype last = periods.size() - 1;
        if (last > 0 && periods.at(last).toObject().value(u"partial"_s).toBool())
            --last;
        if (last < 1)
            return {};
        return {periods.at(last).toObject(), periods.at(last - 1).toObject()};
    }

private slots:
    void initTestCase()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed: the PDF cannot be read back.");
        QVERIFY(m_dir.isValid());
        m_db = newPath(u".sqlite"_s);
        const Run demo = cli({u"demo"_s, u"--db"_s, m_db, u"--customers"_s, u"800"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void holdsTheFiguresOfReport_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("churnTitle");
        QTest::newRow("English") << u"en"_s << u"en_US"_s << u"Churn rate"_s;
        QTest::newRow("German") << u"de"_s << u"de_DE"_s << u"Abwanderungsrate"_s;
    }
    void holdsTheFiguresOfReport()
    {
        QFETCH(QString, lang);
        QFETCH(QString, locale);
        QFETCH(QString, churnTitle);
        const QString pdf = newPath(u".pdf"_s);
        const Run exported = cli({u"export-report"_s, u"--db"_s, m_db, u"--out"_s, pdf, u"--lang"_s, lang});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QRegularExpressionMatch said = QRegularExpression(u"\\((\\d+) (pages|Seiten)\\)"_s).match(exported.out);
        QVERIFY2(said.hasMatch(), qPrintable(exported.out));

        const auto [text, pages] = read(pdf);
        QCOMPARE(pages, said.captured(1).toInt());
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));

        const auto [period, previous] = reportedPeriods();
        QVERIFY(!period.isEmpty());
        const QLocale numbers(locale);
        const auto percent = [&](const QJsonObject &figures, const QString &key) -> QString {
            return numbers.toString(figures.value(key).toDouble(), 'f', 2) + u" %"_s;
        };
        // The figures table: this period and the one before, as `report` computed them.
        const QStringList expected {churnTitle, percent(period, u"churn_rate"_s), percent(previous, u"churn_rate"_s),
            percent(period, u"retention_rate"_s), numbers.toString(period.value(u"end_customers"_s).toInteger()),
            numbers.toString(previous.value(u"end_customers"_s).toInteger()),
            numbers.toString(period.value(u"revenue"_s).toDouble(), 'f', 2)};
        for (const QString &figure : expected)
            QVERIFY2(text.contains(figure), qPrintable(figure + u" not in: "_s + text.left(1500)));
    }

    void followsTheOptions()
    {
        const QString pdf = newPath(u".pdf"_s);
        const Run exported = cli({u"export-report"_s, u"--db"_s, m_db, u"--out"_s, pdf, u"--lang"_s, u"en"_s,
            u"--period"_s, u"quarter"_s, u"--segment"_s, u"Einzelhandel"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const auto [text, pages] = read(pdf);
        QVERIFY(pages >= 5);
        QVERIFY2(text.contains(u"Customers: segment Einzelhandel"_s), qPrintable(text.left(1500)));
        QVERIFY2(text.contains(u"per quarter"_s), qPrintable(text.left(1500)));
        const auto [period, previous]
            = reportedPeriods({u"--period"_s, u"quarter"_s, u"--segment"_s, u"Einzelhandel"_s});
        QVERIFY(!period.isEmpty());
        const QString churn = QLocale(u"en_US"_s).toString(period.value(u"churn_rate"_s).toDouble(), 'f', 2) + u" %"_s;
        QVERIFY2(text.contains(churn), qPrintable(churn));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList {} << u"needs --out FILE"_s;
        QTest::newRow("language") << QStringList {u"--out"_s, u"x.pdf"_s, u"--lang"_s, u"fr"_s}
                                  << u"--lang takes de or en"_s;
        QTest::newRow("period") << QStringList {u"--out"_s, u"x.pdf"_s, u"--period"_s, u"decade"_s}
                                << u"--period takes week, month, quarter or year"_s;
        QTest::newRow("date") << QStringList {u"--out"_s, u"x.pdf"_s, u"--as-of"_s, u"31.12.2025"_s}
                              << u"--as-of takes a date as yyyy-MM-dd"_s;
    }
    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(QStringList {u"export-report"_s, u"--db"_s, m_db} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(u"x.pdf"_s));
    }

    void aMissingDatabaseIsAnError()
    {
        const QString pdf = newPath(u".pdf"_s);
        const Run run = cli({u"export-report"_s, u"--db"_s, newPath(u".sqlite"_s), u"--out"_s, pdf});
        QVERIFY(run.exitCode != 0);
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(tst_ExportReport)
#include "tst_exportreport.moc"
