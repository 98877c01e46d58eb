// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/report/reportdocument.h"

using namespace Qt::StringLiterals;
using namespace rd;

class tst_ReportDocument : public rd::test::TestCase
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<DashboardSnapshot> m_snapshot;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto snapshot = test::demoSnapshot(m_dir.path(), 600);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().text()));
        m_snapshot = std::move(*snapshot);
    }

    // A4 in German and wherever the metric system is used; US Letter where the locale measures in inches.
    void pageSizeFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("size");
        QTest::newRow("German") << u"de_DE"_s << int(QPageSize::A4);
        QTest::newRow("English, US") << u"en_US"_s << int(QPageSize::Letter);
        QTest::newRow("English, UK") << u"en_GB"_s << int(QPageSize::A4);
        QTest::newRow("English, Canada") << u"en_CA"_s << int(QPageSize::A4);
    }
    void pageSizeFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, size);
        const QPageLayout layout = ReportDocument::pageLayout(QLocale(locale));
        QCOMPARE(int(layout.pageSize().id()), size);
        QCOMPARE(layout.orientation(), QPageLayout::Portrait);
    }

    void titleBlockNamesPeriodAndCustomers()
    {
        const ReportDocument report(*m_snapshot, u"Demo shop"_s, QLocale(u"en_GB"_s));
        const QString period = report.periodTitle(false);
        QVERIFY(!period.isEmpty());
        QVERIFY(!period.contains(u'-')); // "November 2025", not the machine label "2025-11"
        QCOMPARE(report.periodLine(), u"Period: %1, compared with %2"_s.arg(period, report.periodTitle(true)));
        QCOMPARE(report.customersLine(), u"Customers: all"_s);

        DashboardSnapshot filtered = *m_snapshot;
        filtered.request.filter.segment = u"Enterprise"_s;
        filtered.request.filter.country = u"DE"_s;
        QCOMPARE(
            ReportDocument(filtered, u"Demo shop"_s).customersLine(), u"Customers: segment Enterprise, country DE"_s);
    }

    // The same pages whether measured or painted: the count paint() returns is the PDF's.
    void writesEveryPart()
    {
        const QString path = m_dir.filePath(u"report.pdf"_s);
        const ReportDocument report(*m_snapshot, u"Demo shop"_s, QLocale(u"en_GB"_s));
        const auto pages = report.writePdf(path);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().text()));
        // Title and figures, two chart pages, at least one page of customers, definitions.
        QVERIFY2(*pages >= 5, qPrintable(QString::number(*pages)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        // The page tree's count, as a PDF reader reads it.
        const QRegularExpressionMatch count
            = QRegularExpression(u"/Type /Pages.*?/Count (\\d+)"_s, QRegularExpression::DotMatchesEverythingOption)
                  .match(QString::fromLatin1(pdf));
        QVERIFY(count.hasMatch());
        QCOMPARE(count.captured(1).toInt(), *pages);
        QCOMPARE(
            QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void aFolderThatCannotBeWrittenIsAnError()
    {
        const ReportDocument report(*m_snapshot, u"Demo shop"_s);
        const QString path = m_dir.filePath(u"no such folder/report.pdf"_s);
        const auto pages = report.writePdf(path);
        QVERIFY(!pages);
        QVERIFY2(pages.error().message.contains(path), qPrintable(pages.error().message));
        QVERIFY(!QFile::exists(path));
    }

    // Each level lists at most MaxListedPerLevel customers, and the page count grows with them, not beyond.
    void pagesGrowWithTheListedCustomers()
    {
        QPdfWriter few(m_dir.filePath(u"few.pdf"_s));
        few.setPageLayout(ReportDocument::pageLayout(QLocale(u"de_DE"_s)));
        DashboardSnapshot none = *m_snapshot;
        none.risk.customers.removeIf([](const CustomerRisk &risk) { return risk.level != RiskLevel::Green; });
        const int fewPages = ReportDocument(none, u"Demo shop"_s).paint(&few);
        QPdfWriter many(m_dir.filePath(u"many.pdf"_s));
        many.setPageLayout(ReportDocument::pageLayout(QLocale(u"de_DE"_s)));
        const int manyPages = ReportDocument(*m_snapshot, u"Demo shop"_s).paint(&many);
        QCOMPARE(fewPages, 5);
        QVERIFY2(manyPages > fewPages, qPrintable(u"%1 %2"_s.arg(manyPages).arg(fewPages)));
    }
};

QTEST_MAIN(tst_ReportDocument)
#include "tst_reportdocument.moc"
