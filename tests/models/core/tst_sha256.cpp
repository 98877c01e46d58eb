// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QCryptographicHash>
#include <QTest>

#include "core/sha256.h"
#include "support/testcase.h"

using namespace rd;

class TestSha256 : public rd::test::TestCase
{
    Q_OBJECT

private slots:
    // FIPS 180-2's examples, and the digest of nothing.
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::addRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::addRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::addRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        Sha256 hash;
        hash.addData(input);
        QCOMPARE(hash.result().toHex(), digest);
    }

    // Added in pieces of any size, the digest is that of the whole, and the same as Qt's.
    void piecesMakeTheWhole()
    {
        QByteArray input;
        for (int i = 0; i < 300000; ++i)
            input.append(char(i * 131 % 251));
        Sha256 hash;
        for (qsizetype at = 0, piece = 1; at < input.size(); at += piece, piece = piece * 3 % 9973 + 1)
            hash.addData(QByteArrayView(input).sliced(at, std::min(piece, input.size() - at)));
        QCOMPARE(hash.result().toHex(), QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    }

    // Debian's OpenSSL gives SHA-256: the fast path is the one the import takes.
    void usesLibcrypto() { QVERIFY(Sha256().usesLibcrypto()); }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
