// AccessKeySecret: the secrets the console makes for a key held by several gateways have
// gatehoused's own form (gk- and 43 base64url characters), a fresh value each time, and the
// SHA-256 and prefix the admin API is given.
#include "core/admin/AccessKeySecret.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using gatehouse::AccessKeySecret;

class TestAccessKeySecret : public QObject
{
    Q_OBJECT

private slots:
    void hasTheGatewaysFormAndItsHashAndPrefix()
    {
        const AccessKeySecret secret = AccessKeySecret::generate();
        const QString value = QString::fromLatin1(secret.value());
        QVERIFY2(QRegularExpression("^gk-[A-Za-z0-9_-]{43}$").match(value).hasMatch(), qPrintable(value));
        QCOMPARE(secret.sha256Hex(),
                 QCryptographicHash::hash(secret.value(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(secret.sha256Hex().size(), 64);
        QCOMPARE(secret.prefix(), value.mid(3, 8));
    }

    void eachIsNew()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(AccessKeySecret::generate().value());
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_APPLESS_MAIN(TestAccessKeySecret)
#include "tst_accesskeysecret.moc"
