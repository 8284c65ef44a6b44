#include "gateway/GatewayOptions.h"

#include <QTest>

#include <string>
#include <vector>

using namespace gatehouse::gateway;

namespace {

GatewayOptions parse(const QStringList& arguments)
{
    std::vector<std::string> storage;
    for (const QString& argument : arguments)
        storage.push_back(argument.toStdString());
    const std::vector<std::string_view> views(storage.begin(), storage.end());
    return parseGatewayOptions(views);
}

} // namespace

class TestGatewayOptions : public QObject
{
    Q_OBJECT

private slots:
    void noArgumentsRunsWithDefaults()
    {
        const GatewayOptions options = parse({});
        QCOMPARE(options.action, GatewayOptions::Action::Run);
        QVERIFY(!options.configFile);
        QVERIFY(!options.listen);
        QVERIFY(!options.workers);
        QVERIFY(!options.secretsStdin);
    }

    void secretsStdinTakesNoValue()
    {
        QVERIFY(parse({"--config", "g.toml", "--secrets-stdin"}).secretsStdin);
        QVERIFY_THROWS_EXCEPTION(OptionsError, parse({"--secrets-stdin=x"}));
    }

    void readsEveryValueOption()
    {
        const GatewayOptions options =
            parse({"--config", "/etc/gatehoused.toml", "--listen", "[::1]:0", "--workers", "3"});
        QCOMPARE(options.action, GatewayOptions::Action::Run);
        QCOMPARE(QString::fromStdString(options.configFile.value()), QStringLiteral("/etc/gatehoused.toml"));
        QCOMPARE(QString::fromStdString(options.listen.value().toString()), QStringLiteral("[::1]:0"));
        QCOMPARE(options.workers.value(), 3U);
    }

    void acceptsNameEqualsValue()
    {
        const GatewayOptions options = parse({"--listen=127.0.0.1:9000", "--workers=2", "--config=g.toml"});
        QCOMPARE(QString::fromStdString(options.listen.value().toString()), QStringLiteral("127.0.0.1:9000"));
        QCOMPARE(options.workers.value(), 2U);
        QCOMPARE(QString::fromStdString(options.configFile.value()), QStringLiteral("g.toml"));
    }

    void checkConfigNamesTheFile()
    {
        const GatewayOptions options = parse({"--check-config", "g.toml"});
        QCOMPARE(options.action, GatewayOptions::Action::CheckConfig);
        QCOMPARE(QString::fromStdString(options.configFile.value()), QStringLiteral("g.toml"));
    }

    void helpAndVersionWinOverOtherOptions()
    {
        QCOMPARE(parse({"--listen", "127.0.0.1:1", "--help"}).action, GatewayOptions::Action::ShowHelp);
        QCOMPARE(parse({"-h"}).action, GatewayOptions::Action::ShowHelp);
        QCOMPARE(parse({"--check-config", "g.toml", "--version"}).action,
                 GatewayOptions::Action::ShowVersion);
        QCOMPARE(parse({"--version", "--help"}).action, GatewayOptions::Action::ShowHelp);
    }

    void usageMentionsEveryOption()
    {
        const QString usage = QString::fromStdString(gatewayUsage());
        for (const char* option :
             {"--config", "--listen", "--workers", "--check-config", "--help", "--version"})
            QVERIFY2(usage.contains(QLatin1String(option)), option);
    }

    void errorsNameTheBadArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("unknown option")
            << QStringList{"--frobnicate"} << QStringList{"--frobnicate", "unknown"};
        QTest::newRow("stray argument") << QStringList{"serve"} << QStringList{"'serve'"};
        QTest::newRow("listen without value")
            << QStringList{"--listen"} << QStringList{"--listen", "missing"};
        QTest::newRow("listen not an address")
            << QStringList{"--listen", "nonsense"} << QStringList{"--listen", "'nonsense'"};
        QTest::newRow("workers zero") << QStringList{"--workers", "0"} << QStringList{"--workers", "'0'"};
        QTest::newRow("workers text") << QStringList{"--workers=many"} << QStringList{"--workers", "'many'"};
        QTest::newRow("workers too many") << QStringList{"--workers", "100000"} << QStringList{"--workers"};
        QTest::newRow("config twice") << QStringList{"--config", "a.toml", "--check-config", "b.toml"}
                                      << QStringList{"--check-config", "only one"};
        QTest::newRow("config empty") << QStringList{"--config="} << QStringList{"--config", "empty"};
        QTest::newRow("help with value") << QStringList{"--help=yes"} << QStringList{"--help", "no value"};
    }

    void errorsNameTheBadArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mentions);

        try {
            parse(arguments);
            QFAIL("accepted");
        } catch (const OptionsError& e) {
            const QString message = QString::fromUtf8(e.what());
            for (const QString& mention : mentions)
                QVERIFY2(message.contains(mention), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayOptions)
#include "tst_gatewayoptions.moc"
