// The two comparisons gatehoused makes with secrets: the admin token (constantTimeEquals) and an
// access key's SHA-256 against the stored hash (sameHash, CRYPTO_memcmp). Their timing is not
// measured here (timing belongs in bench/); these check that they are correct comparisons for
// every case a caller can present: equal, unequal anywhere, and of another length.

#include "gateway/access/KeySecret.h"
#include "gateway/admin/AdminToken.h"

#include <QTest>

#include <string>

using namespace gatehouse::gateway;

class TestConstantTime : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsAreEqual()
    {
        QVERIFY(constantTimeEquals("", ""));
        QVERIFY(constantTimeEquals("gh-admin-token", "gh-admin-token"));
        const std::string withNul("a\0b", 3);
        QVERIFY(constantTimeEquals(withNul, std::string("a\0b", 3)));
    }

    void aDifferenceAnywhereIsUnequal()
    {
        const std::string token = "gh-admin-Lq3nV8sK2wT6yB4r";
        for (std::size_t at = 0; at < token.size(); ++at) {
            std::string other = token;
            other[at] = static_cast<char>(other[at] ^ 0x01);
            QVERIFY2(!constantTimeEquals(other, token), qPrintable(QStringLiteral("at %1").arg(at)));
            QVERIFY(!constantTimeEquals(token, other));
        }
        // Bits that a careless OR-fold could cancel: every bit differs in one byte.
        QVERIFY(!constantTimeEquals(std::string(1, '\xff'), std::string(1, '\x00')));
        // After a NUL: no C-string comparison.
        QVERIFY(!constantTimeEquals(std::string("a\0b", 3), std::string("a\0c", 3)));
    }

    void otherLengthsAreUnequal()
    {
        const std::string token = "gh-admin-token";
        QVERIFY(!constantTimeEquals("", token));
        QVERIFY(!constantTimeEquals(token, ""));
        QVERIFY(!constantTimeEquals(token + "x", token));        // the token and more
        QVERIFY(!constantTimeEquals(token.substr(0, 5), token)); // a prefix
        QVERIFY(!constantTimeEquals(token, token.substr(0, 5)));
        // A longer text whose extra bytes are NUL: the padding used inside must not make it equal.
        QVERIFY(!constantTimeEquals(token + std::string(3, '\0'), token));
        QVERIFY(!constantTimeEquals(token, token + std::string(3, '\0')));
    }

    void keyHashesCompareByEveryByte()
    {
        const access::KeyHash hash = access::hashKey("gk-example-key-for-tests");
        QVERIFY(access::sameHash(hash, access::hashKey("gk-example-key-for-tests")));
        for (std::size_t at = 0; at < hash.size(); ++at) {
            access::KeyHash other = hash;
            other[at] = static_cast<unsigned char>(other[at] ^ 0x80);
            QVERIFY2(!access::sameHash(hash, other), qPrintable(QStringLiteral("byte %1").arg(at)));
        }
        QVERIFY(!access::sameHash(hash, access::hashKey("gk-example-key-for-tests ")));
        QVERIFY(!access::sameHash(access::hashKey(""), hash));
    }
};

QTEST_GUILESS_MAIN(TestConstantTime)
#include "tst_constanttime.moc"
