#include "gateway/server/ListenAddress.h"

#include <QTest>

using namespace gatehouse::gateway;

class TestGatewayListenAddress : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("printed");

        QTest::newRow("ipv4") << "127.0.0.1:8080"
                              << "127.0.0.1" << 8080 << "127.0.0.1:8080";
        QTest::newRow("any port") << "127.0.0.1:0"
                                  << "127.0.0.1" << 0 << "127.0.0.1:0";
        QTest::newRow("all ipv4") << "0.0.0.0:65535"
                                  << "0.0.0.0" << 65535 << "0.0.0.0:65535";
        QTest::newRow("ipv6 loopback") << "[::1]:8080"
                                       << "::1" << 8080 << "[::1]:8080";
        QTest::newRow("all ipv6") << "[::]:0"
                                  << "::" << 0 << "[::]:0";
        QTest::newRow("ipv6 normalised") << "[0:0::0001]:80"
                                         << "::1" << 80 << "[::1]:80";
    }

    void parsesValidAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, printed);

        const ListenAddress address = parseListenAddress(text.toStdString());
        QCOMPARE(QString::fromStdString(address.host), host);
        QCOMPARE(int(address.port), port);
        QCOMPARE(QString::fromStdString(address.toString()), printed);
    }

    void rejectsInvalidAddressesNamingThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");

        QTest::newRow("host name") << "localhost:8080"
                                   << "not an IP address";
        QTest::newRow("no port") << "127.0.0.1"
                                 << "missing ':PORT'";
        QTest::newRow("empty port") << "127.0.0.1:"
                                    << "missing port";
        QTest::newRow("no host") << ":8080"
                                 << "missing host";
        QTest::newRow("port too large") << "127.0.0.1:65536"
                                        << "0 to 65535";
        QTest::newRow("negative port") << "127.0.0.1:-1"
                                       << "0 to 65535";
        QTest::newRow("port with junk") << "127.0.0.1:80x"
                                        << "0 to 65535";
        QTest::newRow("ipv6 without brackets") << "::1:8080"
                                               << "in brackets";
        QTest::newRow("ipv6 missing colon") << "[::1]8080"
                                            << "missing ':PORT'";
        QTest::newRow("ipv6 unclosed") << "[::1:8080"
                                       << "missing ']'";
        QTest::newRow("ipv4 in brackets") << "[127.0.0.1]:80"
                                          << "only IPv6";
        QTest::newRow("bad ipv4") << "127.0.0.256:80"
                                  << "not an IP address";
        QTest::newRow("empty") << ""
                               << "missing ':PORT'";
    }

    void rejectsInvalidAddressesNamingThem()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);

        try {
            const ListenAddress address = parseListenAddress(text.toStdString());
            QFAIL(qPrintable("accepted as " + QString::fromStdString(address.toString())));
        } catch (const ListenAddressError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains("'" + text + "'"), qPrintable(message));
            QVERIFY2(message.contains(why), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayListenAddress)
#include "tst_gatewaylistenaddress.moc"
