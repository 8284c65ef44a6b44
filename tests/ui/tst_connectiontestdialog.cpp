#include "tests/ui/ConsoleFixture.h"
#include "ui/gateways/ConnectionTestDialog.h"

#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace gatehouse;

class TestConnectionTestDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ConsoleFixture> m_console;

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

private slots:
    void initTestCase()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
    }

    void refusedPortIsReportedInPlainWords()
    {
        GatewayProfile p;
        p.name = QStringLiteral("Nothing there");
        p.kind = GatewayKind::OpenAiCompatible;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        ui::ConnectionTestDialog dialog(p, m_console->secrets());
        QSignalSpy done(&dialog, &ui::ConnectionTestDialog::testFinished);
        dialog.show();
        dialog.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        const QString steps = dialog.stepTexts().join(QLatin1Char('\n'));
        QVERIFY2(steps.contains(QStringLiteral("Connection:")), qPrintable(steps));
        QVERIFY2(dialog.summary().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(dialog.summary()));
        QVERIFY(!dialog.isRunning());
    }

    void missingKeyIsSaidAndTheTestStillRuns()
    {
        GatewayProfile p;
        p.name = QStringLiteral("Needs a key");
        p.kind = GatewayKind::OpenAiCompatible;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        p.apiKeySecret = QStringLiteral("never-stored");
        ui::ConnectionTestDialog dialog(p, m_console->secrets());
        QSignalSpy done(&dialog, &ui::ConnectionTestDialog::testFinished);
        dialog.start();
        QVERIFY(done.wait(40000));
        QVERIFY2(dialog.stepTexts().first().contains(QStringLiteral("never-stored")),
                 qPrintable(dialog.stepTexts().join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestConnectionTestDialog)
#include "tst_connectiontestdialog.moc"
