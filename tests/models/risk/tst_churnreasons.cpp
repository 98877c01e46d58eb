// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "risk/churnreasons.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

// What customers say when they leave, in German and English, free text or a tool's code, into a category.
class TestChurnReasons : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        const auto row = [](const char *name, const QString &text, const char *category) {
            QTest::newRow(name) << text << QString::fromLatin1(category);
        };
        row("empty", QString(), "unknown");
        row("blank", u"  \t "_s, "unknown");
        row("en price", u"It's just too expensive for us"_s, "price");
        row("de price", u"Zu teuer"_s, "price");
        row("de price compound", u"Die Preiserhöhung war zu viel"_s, "price");
        row("de costs", u"Kosten senken"_s, "price");
        row("en competitor", u"We moved to a competitor"_s, "competitor");
        row("de competitor", u"Zur Konkurrenz gewechselt"_s, "competitor");
        row("de other provider", u"Wir gehen zu einem anderen Anbieter"_s, "competitor");
        row("competitor beats price", u"Preis zu hoch, deshalb zur Konkurrenz"_s, "competitor");
        row("en quality", u"Too many bugs, the export is broken"_s, "quality");
        row("de quality", u"Qualität hat nachgelassen"_s, "quality");
        row("de quality umlaut free", u"Qualitaet schlecht"_s, "quality");
        row("de defect", u"Ware kam defekt an"_s, "quality");
        row("en usability", u"The app is too complicated"_s, "usability");
        row("de usability", u"Umständlich zu bedienen"_s, "usability");
        row("en service", u"Support never answered"_s, "service");
        row("de service", u"Kundenservice unfreundlich"_s, "service");
        row("en not needed", u"No longer needed after the project"_s, "not_needed");
        row("de not needed", u"Kein Bedarf mehr"_s, "not_needed");
        row("en closed", u"We are closing the shop, retired"_s, "closed");
        row("de closed", u"Geschäftsaufgabe zum Jahresende"_s, "closed");
        row("de moved", u"Umzug ins Ausland"_s, "closed");
        row("moved to is a competitor", u"moved to another tool"_s, "competitor");
        // Stripe's cancellation_details.feedback codes.
        row("stripe too_expensive", u"too_expensive"_s, "price");
        row("stripe missing_features", u"missing_features"_s, "quality");
        row("stripe switched_service", u"switched_service"_s, "competitor");
        row("stripe unused", u"unused"_s, "not_needed");
        row("stripe customer_service", u"customer_service"_s, "service");
        row("stripe too_complex", u"too_complex"_s, "usability");
        row("stripe low_quality", u"low_quality"_s, "quality");
        row("stripe other", u"other"_s, "other");
        // Our own codes, as a file may carry them.
        row("code not_needed", u"not_needed"_s, "not_needed");
        row("de other", u"Sonstiges"_s, "other");
        row("nothing known", u"Weil."_s, "other");
        // A word that only contains a keyword is no match: tax is no price, "support" not in "unsupported".
        row("steuer is not teuer", u"Steuerberater hat gewechselt"_s, "competitor");
        row("word start only", u"unsupported browser"_s, "other");
    }

    void classifies()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        const ReasonClassifier classifier;
        QCOMPARE(churnReasonCode(classifier.classify(text)), category);
    }

    void userKeywordsExtendTheCategories()
    {
        const ReasonClassifier plain;
        QCOMPARE(plain.classify(u"Abo pausiert wegen Saison"_s), ChurnReason::Other);
        const ReasonClassifier extended({{ChurnReason::NotNeeded, {u"Saison"_s, u" pausiert "_s}}});
        QCOMPARE(extended.classify(u"Abo pausiert wegen Saison"_s), ChurnReason::NotNeeded);
        QCOMPARE(extended.classify(u"zu teuer"_s), ChurnReason::Price); // the built-in ones stay
    }

    void codesRoundTrip()
    {
        for (ChurnReason reason : ChurnReasons) {
            QCOMPARE(churnReasonFromCode(churnReasonCode(reason)), std::optional(reason));
            QVERIFY(!ReasonClassifier::name(reason).isEmpty());
        }
        QCOMPARE(churnReasonFromCode(u"weather"), std::nullopt);
        QCOMPARE(ReasonClassifier::settingKey(ChurnReason::NotNeeded), u"reasons.not_needed"_s);
    }

    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("umlauts") << u"Qualität, Größe, Übel"_s << u"qualitaet groesse uebel"_s;
        QTest::newRow("accents") << u"Café résumé"_s << u"cafe resume"_s;
        QTest::newRow("punctuation") << u"  too_expensive!! (really) "_s << u"too expensive really"_s;
    }

    void folds()
    {
        QFETCH(QString, text);
        QTEST(foldReasonText(text), "folded");
    }
};

QTEST_GUILESS_MAIN(TestChurnReasons)
#include "tst_churnreasons.moc"
