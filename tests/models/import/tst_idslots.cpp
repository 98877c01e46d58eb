// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QTest>

#include "import/idslots.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestIdSlots : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    void numbersIdsInTheOrderFirstSeen_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<int>>("numbers");
        QTest::addColumn<QList<bool>>("added");
        QTest::addRow("short") << QStringList {u"C1"_s, u"C2"_s, u"C1"_s, u"C3"_s, u"C2"_s}
                               << QList<int> {0, 1, 0, 2, 1} << QList<bool> {true, true, false, true, false};
        // Ids longer than the entry holds, and ids that agree on the part it holds.
        QTest::addRow("long") << QStringList {u"kunde@example.com"_s, u"kunde@example.org"_s, u"kunde@example.com"_s}
                              << QList<int> {0, 1, 0} << QList<bool> {true, true, false};
        QTest::addRow("eleven and twelve characters")
            << QStringList {u"ABCDEFGHIJK"_s, u"ABCDEFGHIJKL"_s, u"ABCDEFGHIJK"_s, u"ABCDEFGHIJKL"_s}
            << QList<int> {0, 1, 0, 1} << QList<bool> {true, true, false, false};
        // An empty id is not the same as a long one whose text the entry does not hold.
        QTest::addRow("empty beside long") << QStringList {u"a-very-long-customer-id"_s, u""_s, u""_s}
                                           << QList<int> {0, 1, 1} << QList<bool> {true, true, false};
        QTest::addRow("case and umlauts") << QStringList {u"Müller"_s, u"müller"_s, u"Mueller"_s, u"Müller"_s}
                                          << QList<int> {0, 1, 2, 0} << QList<bool> {true, true, true, false};
    }

    void numbersIdsInTheOrderFirstSeen()
    {
        QFETCH(QStringList, ids);
        QFETCH(QList<int>, numbers);
        QFETCH(QList<bool>, added);
        IdSlots table;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const IdSlots::Slot slot = table.insert(ids.at(i));
            QCOMPARE(slot.number, numbers.at(i));
            QCOMPARE(slot.added, added.at(i));
            QCOMPARE(table.id(slot.number), ids.at(i));
        }
        QCOMPARE(table.size(), qsizetype(*std::max_element(numbers.cbegin(), numbers.cend()) + 1));
    }

    // Enough ids to grow the table several times: every id keeps its number, and a second pass adds none.
    void keepsNumbersWhileGrowing()
    {
        IdSlots table;
        constexpr int Count = 100000;
        for (int i = 0; i < Count; ++i) {
            const IdSlots::Slot slot = table.insert(u"C%1"_s.arg(i * 7919 % Count, 6, 10, QChar(u'0')));
            QVERIFY(slot.added);
            QCOMPARE(slot.number, i);
        }
        for (int i = 0; i < Count; ++i) {
            const IdSlots::Slot slot = table.insert(u"C%1"_s.arg(i * 7919 % Count, 6, 10, QChar(u'0')));
            QVERIFY(!slot.added);
            QCOMPARE(slot.number, i);
        }
        QCOMPARE(table.size(), qsizetype(Count));
        table.clear();
        QCOMPARE(table.size(), qsizetype(0));
        QVERIFY(table.insert(u"C000001"_s).added);
    }

    void hashesEqualTextAlike()
    {
        const QString one = u"INV-0000001"_s;
        const QString other = QString::fromUtf8("INV-0000001");
        QVERIFY(one.constData() != other.constData());
        QCOMPARE(IdSlots::hash(one), IdSlots::hash(other));
        QVERIFY(IdSlots::hash(u"INV-0000001") != IdSlots::hash(u"INV-0000002"));
        QVERIFY(IdSlots::hash(u"") != IdSlots::hash(QStringView(u"\u0000", 1)));
    }
};

QTEST_GUILESS_MAIN(TestIdSlots)
#include "tst_idslots.moc"
