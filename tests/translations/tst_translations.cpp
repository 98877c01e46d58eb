// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "support/testcase.h"

using namespace Qt::StringLiterals;

// The translation files: every German text is translated, and both languages count right
// ("1 customer", "2 customers"; "1 Kunde", "2 Kunden").
class TestTranslations : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void everyMessageIsFinished_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << u"retentiondesk_de.ts"_s;
        QTest::newRow("English plurals") << u"retentiondesk_en.ts"_s;
    }
    void everyMessageIsFinished()
    {
        QFETCH(QString, file);
        QFile ts(QDir(QStringLiteral(RD_TS_DIR)).filePath(file));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "message"_L1) {
                ++messages;
            } else if (xml.name() == "source"_L1) {
                source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                const QString type = xml.attributes().value("type"_L1).toString();
                if (type == "unfinished"_L1)
                    unfinished.append(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QByteArray lost = "%Ln customer(s) lost";
        QTest::newRow("en one") << u"en"_s << "rd::ChurnChart"_ba << lost << 1 << u"1 customer lost"_s;
        QTest::newRow("en many") << u"en"_s << "rd::ChurnChart"_ba << lost << 12 << u"12 customers lost"_s;
        QTest::newRow("en none") << u"en"_s << "rd::ChurnChart"_ba << lost << 0 << u"0 customers lost"_s;
        QTest::newRow("de one") << u"de"_s << "rd::ChurnChart"_ba << lost << 1 << u"1 Kunde verloren"_s;
        QTest::newRow("de many") << u"de"_s << "rd::ChurnChart"_ba << lost << 12 << u"12 Kunden verloren"_s;
        const QByteArray months = "%n month(s) after the cohort's first month";
        QTest::newRow("en cohort one") << u"en"_s << "rd::CohortTableModel"_ba << months << 1
                                       << u"1 month after the cohort's first month"_s;
        QTest::newRow("de cohort many") << u"de"_s << "rd::CohortTableModel"_ba << months << 3
                                        << u"3 Monate nach dem ersten Monat der Kohorte"_s;
    }
    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(u"retentiondesk_"_s + language, QStringLiteral(RD_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString text = QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
