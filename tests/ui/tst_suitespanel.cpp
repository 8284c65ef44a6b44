#include "core/chat/ChatClient.h"
#include "core/suites/SuiteRunner.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/chat/MessageView.h"
#include "ui/chat/SuitesPanel.h"

#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace gatehouse;

namespace {

QString writeFile(const QString& name, const QByteArray& content)
{
    const QString path = QDir::home().filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

} // namespace

// The Suites tab running a suite file against a real gatehoused on its demo provider.
class TestSuitesPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GatehousedProcess> m_gateway;
    std::unique_ptr<test::ConsoleFixture> m_console;

private slots:
    void initTestCase()
    {
        const QString config = writeFile(QStringLiteral("gatehoused.toml"), "[[upstreams]]\n"
                                                                            "name = \"slow\"\n"
                                                                            "kind = \"demo\"\n"
                                                                            "first_token_ms = 0\n"
                                                                            "chunk_ms = 100\n"
                                                                            "[[models]]\n"
                                                                            "name = \"demo-slow\"\n"
                                                                            "upstreams = [\"slow\"]\n");
        m_gateway = std::make_unique<test::GatehousedProcess>(QStringLiteral(GATEHOUSED_PATH),
                                                              QStringList{QStringLiteral("--config"), config,
                                                                          QStringLiteral("--listen"),
                                                                          QStringLiteral("127.0.0.1:0")});
        const quint16 port = m_gateway->waitForPort();
        QVERIFY2(port != 0, qPrintable(m_gateway->log()));
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        GatewayProfile p;
        p.name = QStringLiteral("Local demo");
        p.kind = GatewayKind::Gatehouse;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        QVERIFY(m_console->registry().add(p).ok());
    }

    void cleanupTestCase() { QCOMPARE(m_gateway->stop(), 0); }

    void runsASuiteAndShowsEachCasesAnswerAndChecks()
    {
        const QString suite =
            writeFile(QStringLiteral("suite.json"),
                      "{\"name\": \"smoke\", \"model\": \"demo-slow\", \"concurrency\": 2, \"cases\": [\n"
                      "  {\"name\": \"echo\", \"prompt\": \"ping the gateway\", \"expect\": {\"contains\": "
                      "\"ping\"}},\n"
                      "  {\"name\": \"forbidden word\", \"prompt\": \"say banana\", \"expect\": "
                      "{\"not_contains\": \"banana\"}}\n"
                      "]}");
        ChatClient client;
        ui::SuitesPanel panel(m_console->registry(), m_console->secrets(), client);
        panel.show();
        QVERIFY2(panel.open(suite), qPrintable(panel.problem()));
        QCOMPARE(panel.table()->rowCount(), 2);
        // The suite names no target: run it against the one chosen here.
        panel.targetBox()->setCurrentIndex(panel.targetBox()->findData(QStringLiteral("Local demo")));
        QSignalSpy done(&panel, &ui::SuitesPanel::runFinished);
        panel.run();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(panel.progress()->value(), 2);
        QCOMPARE(panel.table()->item(0, 2)->text(), QStringLiteral("pass"));
        QCOMPARE(panel.table()->item(1, 2)->text(), QStringLiteral("FAIL"));
        QVERIFY2(panel.table()->item(1, 5)->text().contains(QStringLiteral("not_contains")),
                 qPrintable(panel.table()->item(1, 5)->text()));

        panel.table()->setCurrentCell(1, 0);
        QVERIFY(panel.answerView()->isVisible());
        QVERIFY(panel.answerView()->text().contains(QStringLiteral("banana")));
        QVERIFY(panel.answerView()->figuresText().contains(QStringLiteral("TTFT")));
        QCOMPARE(panel.checksList()->count(), 2); // answers without error, not_contains
        QVERIFY2(panel.checksList()->item(1)->text().contains(QStringLiteral("found in the answer")),
                 qPrintable(panel.checksList()->item(1)->text()));
    }

    void runsEveryCaseAgainstSeveralTargetsAndComparesTheAnswers()
    {
        // A second entry for the same gateway: the demo's answers depend only on the prompt, so the
        // two must come out the same, word for word.
        GatewayProfile second;
        second.name = QStringLiteral("Second demo");
        second.kind = GatewayKind::Gatehouse;
        second.baseUrl = m_console->registry().findByName(QStringLiteral("Local demo"))->baseUrl;
        if (!m_console->registry().findByName(second.name))
            QVERIFY(m_console->registry().add(second).ok());
        const QString suite = writeFile(
            QStringLiteral("two.json"),
            "{\"name\": \"two targets\", \"model\": \"demo-slow\", \"concurrency\": 4, \"cases\": [\n"
            "  {\"name\": \"echo\", \"prompt\": \"ping the gateway\", \"expect\": {\"contains\": "
            "\"ping\"}},\n"
            "  {\"name\": \"forbidden word\", \"prompt\": \"say banana\", \"expect\": "
            "{\"not_contains\": \"banana\"}}\n"
            "]}");
        ChatClient client;
        ui::SuitesPanel panel(m_console->registry(), m_console->secrets(), client);
        panel.show();
        QVERIFY2(panel.open(suite), qPrintable(panel.problem()));
        QVERIFY(panel.targetBox()->findText(QStringLiteral("Several targets…")) >= 0);
        panel.setTargets({QStringLiteral("Local demo"), QStringLiteral("Second demo")});
        QCOMPARE(panel.targetBox()->currentText(), QStringLiteral("Local demo + Second demo"));
        QCOMPARE(panel.targets(), (QStringList{QStringLiteral("Local demo"), QStringLiteral("Second demo")}));
        QCOMPARE(panel.table()->rowCount(), 4); // each case once per target, before it runs

        QSignalSpy done(&panel, &ui::SuitesPanel::runFinished);
        panel.run();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QCOMPARE(panel.progress()->maximum(), 4);
        QCOMPARE(panel.progress()->value(), 4);
        const QStringList targets{QStringLiteral("Local demo"), QStringLiteral("Second demo")};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(panel.table()->item(row, 0)->text(),
                     row < 2 ? QStringLiteral("echo") : QStringLiteral("forbidden word"));
            QVERIFY2(panel.table()->item(row, 1)->text().startsWith(targets.at(row % 2)),
                     qPrintable(panel.table()->item(row, 1)->text()));
            QCOMPARE(panel.table()->item(row, 2)->text(),
                     row < 2 ? QStringLiteral("pass") : QStringLiteral("FAIL"));
        }
        QVERIFY2(panel.table()->item(1, 5)->text().contains(QStringLiteral("same answer as Local demo")),
                 qPrintable(panel.table()->item(1, 5)->text()));
        QVERIFY(!panel.table()->item(0, 5)->text().contains(QStringLiteral("same answer")));

        // The second target's row shows how its answer compares with the first target's.
        panel.table()->setCurrentCell(3, 0);
        QVERIFY(panel.diffView()->isVisible());
        QVERIFY2(
            panel.diffView()->toPlainText().startsWith(QStringLiteral("The same answer as Local demo's.")),
            qPrintable(panel.diffView()->toPlainText()));
        QVERIFY(!panel.diffView()->toPlainText().contains(QStringLiteral("banana"))); // nothing to mark
        const QString shots =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        panel.resize(1100, 700);
        QVERIFY(panel.grab().save(shots + QStringLiteral("/suites-two-targets.png")));
        panel.table()->setCurrentCell(2, 0);
        QVERIFY(!panel.diffView()->isVisible()); // the first target's own row has nothing to compare

        // Back to one target: one row per case again.
        panel.setTargets({QStringLiteral("Local demo")});
        QCOMPARE(panel.targets(), QStringList{QStringLiteral("Local demo")});
        QVERIFY2(panel.open(suite), qPrintable(panel.problem()));
        QCOMPARE(panel.table()->rowCount(), 2);
    }

    void cancelSkipsWhatHasNotRun()
    {
        QByteArray cases;
        for (int i = 0; i < 6; ++i)
            cases +=
                QStringLiteral("%1{\"prompt\": \"tell a long story %2\"}").arg(i ? "," : "").arg(i).toUtf8();
        const QString suite =
            writeFile(QStringLiteral("long.json"),
                      "{\"target\": \"Local demo\", \"model\": \"demo-slow\", \"cases\": [" + cases + "]}");
        ChatClient client;
        ui::SuitesPanel panel(m_console->registry(), m_console->secrets(), client);
        QVERIFY(panel.open(suite));
        QSignalSpy done(&panel, &ui::SuitesPanel::runFinished);
        panel.run();
        QTRY_VERIFY_WITH_TIMEOUT(panel.table()->item(0, 2)->text() == QStringLiteral("running…"), 20000);
        panel.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(panel.runner()->skippedCount() + panel.runner()->passedCount(), 6);
        QVERIFY(panel.runner()->skippedCount() >= 5);
        QCOMPARE(panel.table()->item(5, 2)->text(), QStringLiteral("skipped"));
    }

    void aBrokenSuiteFileIsExplained()
    {
        const QString bad = writeFile(QStringLiteral("bad.json"), "{\"cases\": [{\"prompt\": \"p\"}]}");
        ChatClient client;
        ui::SuitesPanel panel(m_console->registry(), m_console->secrets(), client);
        QVERIFY(!panel.open(bad));
        QVERIFY2(panel.problem().contains(QStringLiteral("cases[0].model")), qPrintable(panel.problem()));
        QCOMPARE(panel.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSuitesPanel)
#include "tst_suitespanel.moc"
