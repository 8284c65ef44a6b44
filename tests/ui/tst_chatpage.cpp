#include "tests/support/GatehousedProcess.h"
#include "tests/support/ScratchScan.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/chat/ChatPage.h"
#include "ui/chat/HistoryPanel.h"
#include "ui/chat/MessageView.h"
#include "ui/common/EmptyState.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace gatehouse;

// The Chat page against a real gatehoused on its demo provider, over real HTTP on 127.0.0.1.
class TestChatPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<gatehouse::test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

    static void selectModel(ui::ChatPage& page, const QString& model)
    {
        page.modelBox()->setCurrentText(model);
    }

    static bool ask(ui::ChatPage& page, const QString& text)
    {
        QSignalSpy done(&page, &ui::ChatPage::answerFinished);
        page.composer()->setPlainText(text);
        page.send();
        return done.wait(30000);
    }

private slots:
    void initTestCase()
    {
        const QString config = QDir::home().filePath(QStringLiteral("gatehoused.toml"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(
[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0
chunk_ms = 1

[[upstreams]]
name = "slow"
kind = "demo"
first_token_ms = 0
chunk_ms = 400

[[upstreams]]
name = "broken"
kind = "demo"
first_token_ms = 0
chunk_ms = 1
fail_after_chunks = 3

[[upstreams]]
name = "failing"
kind = "demo"
error_rate = 1.0
error_status = 503

[[models]]
name = "demo-fast"
upstreams = ["fast"]
[[models]]
name = "demo-slow"
upstreams = ["slow"]
[[models]]
name = "demo-broken"
upstreams = ["broken"]
[[models]]
name = "demo-failing"
upstreams = ["failing"]
)");
        f.close();
        m_gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{QStringLiteral("--config"), config, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log()));

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        GatewayProfile p;
        p.name = QStringLiteral("Local demo");
        p.kind = GatewayKind::Gatehouse;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
        QVERIFY2(m_console->registry().add(p).ok(), "profile stored");
    }

    void cleanupTestCase() { QCOMPARE(m_gateway->stop(), 0); }

    void emptyUntilAChatGatewayExists()
    {
        ConsoleDatabase emptyDb(QDir::home().filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(emptyDb.open());
        GatewayRegistry empty(emptyDb);
        ui::ChatPage page(empty, m_console->secrets());
        QVERIFY(page.showsEmptyState());
        QSignalSpy wanted(&page, &ui::ChatPage::gatewaysRequested);
        page.findChild<ui::EmptyState*>()->findChild<QPushButton*>()->click();
        QCOMPARE(wanted.count(), 1);
    }

    void modelsLoadAndAnAnswerStreamsWithFigures()
    {
        ui::ChatPage page(m_console->registry(), m_console->secrets());
        page.show();
        QVERIFY(!page.showsEmptyState());
        QSignalSpy models(&page, &ui::ChatPage::modelsLoaded);
        page.refreshModels();
        QVERIFY(models.wait(20000));
        QStringList offered;
        for (int i = 0; i < page.modelBox()->count(); ++i)
            offered << page.modelBox()->itemText(i);
        QVERIFY2(offered.contains(QStringLiteral("demo-fast")), qPrintable(offered.join(QLatin1Char(','))));

        selectModel(page, QStringLiteral("demo-fast"));
        QVERIFY(ask(page, QStringLiteral("What is a gateway?")));
        QCOMPARE(page.messageViews().size(), 2);
        ui::MessageView* answer = page.messageViews().last();
        QVERIFY(!answer->text().isEmpty());
        QCOMPARE(answer->errorText(), QString());
        QVERIFY2(answer->figuresText().contains(QStringLiteral("TTFT")), qPrintable(answer->figuresText()));
        QVERIFY2(answer->figuresText().contains(QStringLiteral("tokens")), qPrintable(answer->figuresText()));
        QVERIFY(page.composer()->toPlainText().isEmpty());

        // A second question carries the conversation; regenerate replaces only the last answer.
        QVERIFY(ask(page, QStringLiteral("And a cache?")));
        QCOMPARE(page.messageViews().size(), 4);
        QSignalSpy done(&page, &ui::ChatPage::answerFinished);
        QMetaObject::invokeMethod(page.messageViews().last(), "regenerateRequested");
        QVERIFY(done.wait(30000));
        QCOMPARE(page.messageViews().size(), 4);

        // Editing a question puts it back in the composer and drops what followed.
        QMetaObject::invokeMethod(page.messageViews().at(2), "editRequested");
        QCOMPARE(page.composer()->toPlainText(), QStringLiteral("And a cache?"));
        QCOMPARE(page.messageViews().size(), 2);
    }

    void escapeStopsAnAnswerMidStream()
    {
        ui::ChatPage page(m_console->registry(), m_console->secrets());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // shortcuts work in the active window
        selectModel(page, QStringLiteral("demo-slow"));
        QSignalSpy done(&page, &ui::ChatPage::answerFinished);
        page.composer()->setPlainText(QStringLiteral("Tell me a long story"));
        page.send();
        QTRY_VERIFY_WITH_TIMEOUT(page.isAnswering() && !page.messageViews().last()->text().isEmpty(), 20000);
        QTest::keyClick(page.composer(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(page.messageViews().last()->errorText(), QStringLiteral("Stopped."));
        QVERIFY(!page.isAnswering());
    }

    void failuresAreShownNotSwallowed()
    {
        ui::ChatPage page(m_console->registry(), m_console->secrets());
        page.show();
        selectModel(page, QStringLiteral("demo-broken"));
        QVERIFY(ask(page, QStringLiteral("hello")));
        QVERIFY2(page.messageViews().last()->errorText().contains(QStringLiteral("broke off")),
                 qPrintable(page.messageViews().last()->errorText()));

        selectModel(page, QStringLiteral("demo-failing"));
        QVERIFY(ask(page, QStringLiteral("hello again")));
        QVERIFY2(page.messageViews().last()->errorText().contains(QStringLiteral("503")),
                 qPrintable(page.messageViews().last()->errorText()));
    }

    void historyKeepsExchangesEncryptedAndReopensThem()
    {
        // The history in its own database file, so that the scan below reads only that folder.
        const QString folder = QDir::home().filePath(QStringLiteral("history-ui"));
        QVERIFY(QDir().mkpath(folder));
        ConsoleDatabase historyDb(folder + QStringLiteral("/console.sqlite"));
        QVERIFY(historyDb.open());
        Settings settings(QDir::home().filePath(QStringLiteral("settings.ini")));
        ui::ChatPage page(m_console->registry(), m_console->secrets(), &historyDb, &settings);
        page.show();
        ui::HistoryPanel* history = page.historyPanel();
        QVERIFY(history);

        selectModel(page, QStringLiteral("demo-fast"));
        const QString question = QStringLiteral("Where is parcel QUOKKA-5521 for Nakamura?");
        QVERIFY(ask(page, question));
        QTRY_VERIFY_WITH_TIMEOUT(history->isOn(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(history->shown().size(), 1, 10000);
        QCOMPARE(history->shown().first().question(), question);
        QVERIFY(history->shown().first().outcome.content.contains(QStringLiteral("QUOKKA-5521")));
        QVERIFY(history->shown().first().outcome.figures.totalMs > 0);

        history->searchBox()->setText(QStringLiteral("quokka"));
        QCOMPARE(history->list()->count(), 1);
        history->searchBox()->setText(QStringLiteral("no such words"));
        QCOMPARE(history->list()->count(), 0);
        history->searchBox()->clear();

        // Reopen puts the exchange back in the conversation; resend asks it again.
        page.clearConversation();
        QCOMPARE(page.messageViews().size(), 0);
        emit history->reopenRequested(history->shown().first());
        QCOMPARE(page.tabs()->currentIndex(), 0);
        QCOMPARE(page.messageViews().size(), 2);
        QCOMPARE(page.messageViews().first()->text(), question);
        QVERIFY(page.messageViews().last()->text().contains(QStringLiteral("QUOKKA-5521")));
        QSignalSpy done(&page, &ui::ChatPage::answerFinished);
        emit history->resendRequested(history->shown().first());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(page.messageViews().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(history->shown().size(), 2, 10000);

        // Nothing of the question or the answer is readable in the database folder.
        historyDb.connection().close();
        const QStringList leaks = test::filesContaining(
            QByteArrayList{QByteArrayLiteral("QUOKKA-5521"), QByteArrayLiteral("Nakamura")}, folder);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo(folder + QStringLiteral("/console.sqlite")).size() > 0);
    }

    void historyExportsAConversationAsMarkdownAndJson()
    {
        ConsoleDatabase historyDb(QDir::home().filePath(QStringLiteral("export.sqlite")));
        QVERIFY(historyDb.open());
        Settings settings(QDir::home().filePath(QStringLiteral("export.ini")));
        ui::ChatPage page(m_console->registry(), m_console->secrets(), &historyDb, &settings);
        page.show();
        ui::HistoryPanel* history = page.historyPanel();
        selectModel(page, QStringLiteral("demo-fast"));
        const QString question = QStringLiteral("Is order PELICAN-204 for Ivanova shipped?");
        QVERIFY(ask(page, question));
        QTRY_VERIFY_WITH_TIMEOUT(history->isOn(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(history->shown().size(), 1, 10000);
        QVERIFY(!history->exportButton()->isEnabled()); // nothing selected yet
        history->list()->setCurrentRow(0);
        QVERIFY(history->exportButton()->isEnabled());
        QCOMPARE(history->exportButton()->menu()->actions().size(), 2);
        const ChatExchange& shown = history->shown().first();

        const QString md = QDir::home().filePath(QStringLiteral("exports/order.md"));
        const QString json = QDir::home().filePath(QStringLiteral("exports/order.json"));
        QVERIFY(QDir().mkpath(QFileInfo(md).path()));
        QVERIFY(history->exportExchange(shown, md));
        QVERIFY2(history->stateText().contains(md), qPrintable(history->stateText()));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("## User\n\n") + question), qPrintable(markdown));
        QVERIFY(markdown.contains(shown.outcome.content.trimmed()));
        QVERIFY(markdown.startsWith(QStringLiteral("# Conversation with demo-fast via ") + shown.target));

        QVERIFY(history->exportExchange(shown, json));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("demo-fast"));
        const QJsonArray messages = o.value(QLatin1String("messages")).toArray();
        QVERIFY(messages.size() >= 2);
        QCOMPARE(messages.at(messages.size() - 2)[QLatin1String("content")].toString(), question);
        QCOMPARE(messages.last()[QLatin1String("content")].toString(), shown.outcome.content);
        QVERIFY(o.value(QLatin1String("figures")).toObject().value(QLatin1String("total_ms")).toInteger() >
                0);

        // A place that cannot be written: false, the reason shown, nothing half-written.
        const QString nowhere = QDir::home().filePath(QStringLiteral("no-such-folder/order.md"));
        QVERIFY(!history->exportExchange(shown, nowhere));
        QVERIFY2(history->stateText().contains(QStringLiteral("Could not export")),
                 qPrintable(history->stateText()));
        QVERIFY(!QFileInfo::exists(nowhere));
        historyDb.connection().close();
    }

    void noHistoryIsKeptWhenTheUserKeepsNone()
    {
        ConsoleDatabase historyDb(QDir::home().filePath(QStringLiteral("nohistory.sqlite")));
        QVERIFY(historyDb.open());
        Settings settings(QDir::home().filePath(QStringLiteral("nohistory.ini")));
        settings.setValue(Settings::Key::KeepChatHistory, false);
        ui::ChatPage page(m_console->registry(), m_console->secrets(), &historyDb, &settings);
        page.show();
        selectModel(page, QStringLiteral("demo-fast"));
        QVERIFY(ask(page, QStringLiteral("remember nothing")));
        QVERIFY(!page.historyPanel()->isOn());
        QVERIFY(page.historyPanel()->offReason().contains(QStringLiteral("keeps none")));
        QSqlQuery q(historyDb.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM chat_exchanges")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestChatPage)
#include "tst_chatpage.moc"
