#include "core/chat/ChatClient.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/chat/AnswerStream.h"
#include "ui/chat/ChatPage.h"
#include "ui/chat/CompareColumn.h"
#include "ui/chat/ComparePanel.h"
#include "ui/chat/MessageView.h"
#include "ui/chat/TargetPicker.h"

#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace gatehouse;

namespace {

// A gatehoused whose demo provider answers at the given pace; "demo-failing" always answers 503.
std::unique_ptr<test::GatehousedProcess> startGateway(const QString& name, int chunkMs)
{
    const QString config = QDir::home().filePath(name + QStringLiteral(".toml"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return nullptr;
    f.write(QStringLiteral("[[upstreams]]\n"
                           "name = \"paced\"\n"
                           "kind = \"demo\"\n"
                           "first_token_ms = 0\n"
                           "chunk_ms = %1\n"
                           "\n"
                           "[[upstreams]]\n"
                           "name = \"failing\"\n"
                           "kind = \"demo\"\n"
                           "error_rate = 1.0\n"
                           "error_status = 503\n"
                           "\n"
                           "[[models]]\n"
                           "name = \"demo-paced\"\n"
                           "upstreams = [\"paced\"]\n"
                           "[[models]]\n"
                           "name = \"demo-failing\"\n"
                           "upstreams = [\"failing\"]\n")
                .arg(chunkMs)
                .toUtf8());
    f.close();
    return std::make_unique<test::GatehousedProcess>(QStringLiteral(GATEHOUSED_PATH),
                                                     QStringList{QStringLiteral("--config"), config,
                                                                 QStringLiteral("--listen"),
                                                                 QStringLiteral("127.0.0.1:0")});
}

} // namespace

// The compare view against two real gatehoused processes with different pacing, over real HTTP.
class TestComparePanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GatehousedProcess> m_fast;
    std::unique_ptr<test::GatehousedProcess> m_slow;
    std::unique_ptr<test::ConsoleFixture> m_console;
    qint64 m_fastId = 0;
    qint64 m_slowId = 0;

    qint64 addGateway(const QString& name, quint16 port)
    {
        GatewayProfile p;
        p.name = name;
        p.kind = GatewayKind::Gatehouse;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        return m_console->registry().add(p).ok() ? p.id : 0;
    }

    static void choose(ui::CompareColumn* column, qint64 target, const QString& model)
    {
        column->picker()->selectTarget(target);
        column->picker()->modelBox()->setCurrentText(model);
    }

private slots:
    void initTestCase()
    {
        m_fast = startGateway(QStringLiteral("fast"), 1);
        m_slow = startGateway(QStringLiteral("slow"), 250);
        QVERIFY(m_fast && m_slow);
        const quint16 fastPort = m_fast->waitForPort();
        const quint16 slowPort = m_slow->waitForPort();
        QVERIFY2(fastPort != 0, qPrintable(m_fast->log()));
        QVERIFY2(slowPort != 0, qPrintable(m_slow->log()));

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        m_fastId = addGateway(QStringLiteral("Fast gateway"), fastPort);
        m_slowId = addGateway(QStringLiteral("Slow gateway"), slowPort);
        QVERIFY(m_fastId != 0 && m_slowId != 0);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_fast->stop(), 0);
        QCOMPARE(m_slow->stop(), 0);
    }

    void columnsCanBeAddedAndRemovedWithinTwoToFour()
    {
        ChatClient client;
        ui::ComparePanel panel(m_console->registry(), m_console->secrets(), client);
        QCOMPARE(panel.columns().size(), 2);
        // New columns start on different targets when there are several.
        QVERIFY(panel.columns().at(0)->picker()->currentProfile()->id !=
                panel.columns().at(1)->picker()->currentProfile()->id);
        QVERIFY(panel.addColumn());
        QVERIFY(panel.addColumn());
        QCOMPARE(panel.columns().size(), 4);
        QCOMPARE(panel.addColumn(), nullptr);
        panel.removeColumn(panel.columns().at(1));
        panel.removeColumn(panel.columns().at(1));
        panel.removeColumn(panel.columns().at(1));
        QCOMPARE(panel.columns().size(), 2);
    }

    void eachColumnStreamsOnItsOwnWithItsOwnFigures()
    {
        ChatClient client;
        ui::ComparePanel panel(m_console->registry(), m_console->secrets(), client);
        panel.show();
        auto* fast = panel.columns().at(0);
        auto* slow = panel.columns().at(1);
        choose(fast, m_fastId, QStringLiteral("demo-paced"));
        choose(slow, m_slowId, QStringLiteral("demo-paced"));
        QSignalSpy all(&panel, &ui::ComparePanel::allFinished);
        panel.composer()->setPlainText(QStringLiteral("Explain a gateway"));
        panel.send();
        QVERIFY(fast->isRunning() || fast->answer());
        QVERIFY(slow->isRunning());

        // The fast column finishes while the slow one is still streaming, already showing text.
        QTRY_VERIFY_WITH_TIMEOUT(!fast->isRunning(), 30000);
        QVERIFY(slow->isRunning());
        QVERIFY2(fast->answer()->figuresText().contains(QStringLiteral("TTFT")),
                 qPrintable(fast->answer()->figuresText()));
        QCOMPARE(all.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!slow->answer()->text().isEmpty(), 30000);
        QVERIFY(slow->isRunning());

        QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 60000);
        for (ui::CompareColumn* c : {fast, slow}) {
            QCOMPARE(c->answer()->errorText(), QString());
            QVERIFY(!c->answer()->text().isEmpty());
            QVERIFY2(c->answer()->figuresText().contains(QStringLiteral("tokens")),
                     qPrintable(c->answer()->figuresText()));
            QVERIFY(c->stream()->outcome().figures.timeToFirstTokenMs >= 0);
        }
        // Each column's figures are its own: the slow gateway's generation took far longer.
        QVERIFY2(slow->stream()->outcome().figures.totalMs > fast->stream()->outcome().figures.totalMs,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(slow->stream()->outcome().figures.totalMs)
                                .arg(fast->stream()->outcome().figures.totalMs)));
    }

    void oneFailingColumnDoesNotDisturbTheOther()
    {
        ChatClient client;
        ui::ComparePanel panel(m_console->registry(), m_console->secrets(), client);
        panel.show();
        auto* failing = panel.columns().at(0);
        auto* working = panel.columns().at(1);
        choose(failing, m_fastId, QStringLiteral("demo-failing"));
        choose(working, m_slowId, QStringLiteral("demo-paced"));
        QSignalSpy all(&panel, &ui::ComparePanel::allFinished);
        panel.composer()->setPlainText(QStringLiteral("hello"));
        panel.send();
        QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 60000);
        QVERIFY2(failing->answer()->errorText().contains(QStringLiteral("503")),
                 qPrintable(failing->answer()->errorText()));
        QCOMPARE(working->answer()->errorText(), QString());
        QVERIFY(!working->answer()->text().isEmpty());
        QVERIFY(working->stream()->outcome().succeeded());
    }

    void stopStopsEveryColumn()
    {
        ChatClient client;
        ui::ComparePanel panel(m_console->registry(), m_console->secrets(), client);
        panel.show();
        QVERIFY(panel.addColumn());
        for (ui::CompareColumn* c : panel.columns())
            choose(c, m_slowId, QStringLiteral("demo-paced"));
        QSignalSpy all(&panel, &ui::ComparePanel::allFinished);
        panel.composer()->setPlainText(QStringLiteral("Tell me a long story"));
        panel.send();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.columns().at(0)->answer()->text().isEmpty(), 30000);
        QVERIFY(panel.isRunning());
        panel.stop();
        QTRY_COMPARE_WITH_TIMEOUT(all.count(), 1, 10000);
        for (ui::CompareColumn* c : panel.columns())
            QCOMPARE(c->answer()->errorText(), QStringLiteral("Stopped."));
        QVERIFY(!panel.isRunning());
    }

    void escapeOnTheChatPageStopsTheComparison()
    {
        ui::ChatPage page(m_console->registry(), m_console->secrets());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.tabs()->setCurrentIndex(1);
        for (ui::CompareColumn* c : page.comparePanel()->columns())
            choose(c, m_slowId, QStringLiteral("demo-paced"));
        QSignalSpy done(&page, &ui::ChatPage::answerFinished);
        page.comparePanel()->composer()->setPlainText(QStringLiteral("Tell me a long story"));
        page.send();
        QTRY_VERIFY_WITH_TIMEOUT(page.comparePanel()->isRunning(), 20000);
        QTest::keyClick(page.comparePanel()->composer(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(!page.comparePanel()->isRunning());
    }
};

QTEST_MAIN(TestComparePanel)
#include "tst_comparepanel.moc"
