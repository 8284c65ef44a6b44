#include "tests/support/CtlRun.h"
#include "tests/support/GatehousedProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

// gatehousectl chat against a real `gatehoused --demo` on 127.0.0.1.
using gatehouse::test::CtlRun;
using gatehouse::test::runCtl;

class TestCtlChat : public QObject
{
    Q_OBJECT

    std::unique_ptr<gatehouse::test::GatehousedProcess> m_gateway;
    QString m_url;

    static CtlRun ctl(const QStringList& args, const QByteArray& input = {})
    {
        return runCtl(QStringLiteral(GATEHOUSECTL_PATH), args, input);
    }

private slots:
    void initTestCase()
    {
        m_gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_url = m_gateway->baseUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_gateway->log()));
    }

    void cleanupTestCase() { QCOMPARE(m_gateway->stop(), 0); }

    void streamsTheAnswerAndPrintsFiguresToStderr()
    {
        const CtlRun r = ctl({QStringLiteral("chat"), QStringLiteral("--url"), m_url,
                              QStringLiteral("--stream"), QStringLiteral("What is a gateway?")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("What is a gateway?"),
                 qPrintable(r.out)); // the demo model echoes the question
        QVERIFY2(r.err.startsWith("TTFT "), qPrintable(r.err));
        QVERIFY(r.err.contains("tokens"));
    }

    void jsonIsOneObjectWithTheFigures()
    {
        const CtlRun r =
            ctl({QStringLiteral("chat"), QStringLiteral("--url"), m_url, QStringLiteral("--json"),
                 QStringLiteral("--model"), QStringLiteral("gatehouse-demo"), QStringLiteral("-")},
                "Привет из stdin");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value("text").toString().contains(QStringLiteral("Привет из stdin")));
        QCOMPARE(o.value("model").toString(), QStringLiteral("gatehouse-demo"));
        QVERIFY(o.value("ttft_ms").toInt() >= 0);
        QVERIFY(o.value("completion_tokens").toInt() > 0);
        QVERIFY(o.value("error").isNull());
        for (const char* key :
             {"total_ms", "tokens_per_s", "prompt_tokens", "cache", "filter", "upstream", "request_id"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    void errorsAreOneLineAndExitNonZero()
    {
        const CtlRun unknown = ctl({QStringLiteral("chat"), QStringLiteral("--url"), m_url,
                                    QStringLiteral("--model"), QStringLiteral("nope"), QStringLiteral("hi")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.startsWith("gatehousectl: The gateway answered 404"), qPrintable(unknown.err));
        QCOMPARE(unknown.err.count('\n'), 1);

        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const QString dead = QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort());
        probe.close();
        const CtlRun refused = ctl({QStringLiteral("chat"), QStringLiteral("--url"), dead,
                                    QStringLiteral("--model"), QStringLiteral("x"), QStringLiteral("hi")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("refused the connection"), qPrintable(refused.err));
    }

    void usageErrors()
    {
        QCOMPARE(ctl({QStringLiteral("chat"), QStringLiteral("hi")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("chat"), QStringLiteral("--url"), m_url}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("chat"), QStringLiteral("--url"), QStringLiteral("ftp://x"),
                      QStringLiteral("hi")})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("chat"), QStringLiteral("--target"), QStringLiteral("missing"),
                      QStringLiteral("hi")})
                     .exitCode,
                 1);
        QCOMPARE(ctl({QStringLiteral("chat"), QStringLiteral("--url"), m_url, QStringLiteral("--api-key-env"),
                      QStringLiteral("GATEHOUSE_TEST_UNSET_VARIABLE"), QStringLiteral("hi")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCtlChat)
#include "tst_ctl_chat.moc"
