// The Cache page against real gatehoused processes (SQLite caches in their state dirs, entries made
// by real chat requests to the demo upstream, admin tokens in the real gnome-keyring): paging as the
// table scrolls, filters, the detail pane, pin, TTL, delete with retry of failures, delete matching,
// flush and FAQ answers — each checked on the gateway itself. Runs inside tests/support/private-session.
#include "core/admin/CacheDeletion.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/RawHttp.h"
#include "tests/support/RedisServerProcess.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/cache/CacheEntryDetail.h"
#include "ui/cache/CacheEntryTableModel.h"
#include "ui/cache/CachePage.h"
#include "ui/cache/CacheStatsBar.h"
#include "ui/cache/CacheStoresTable.h"
#include "ui/cache/FaqAnswerDialog.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/common/EmptyState.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using gatehouse::test::answerNextModal;
using gatehouse::test::request;

namespace {

const QByteArray adminToken = "gh-admin-cachepage-Vq7w2Lm";

QByteArray chatBody(const QString& model, const QString& question)
{
    return QJsonDocument(
               QJsonObject{{"model", model},
                           {"temperature", 0},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}})
        .toJson(QJsonDocument::Compact);
}

// Clicks the button of the open message box whose text (without '&') starts with `label`.
void clickButton(QMessageBox* box, const QString& label)
{
    for (QAbstractButton* b : box->buttons()) {
        if (b->text().remove(QLatin1Char('&')).startsWith(label)) {
            b->click();
            return;
        }
    }
    QFAIL(qPrintable("no button " + label + " in: " + box->text()));
}

} // namespace

class TestCachePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

    std::unique_ptr<test::GatehousedProcess> startGateway(const QString& name, quint16& port,
                                                          const QByteArray& cacheSection = {})
    {
        const QString tokenFile = test::writeFile(m_dir, name + ".token", adminToken);
        const QString config = test::writeFile(
            m_dir, name + ".toml",
            "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n[state]\ndir = \"" +
                m_dir.filePath(name + "-state").toUtf8() + "\"\n\n[cache]\n" + cacheSection +
                "\n[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
                "[[models]]\nname = \"chat\"\nupstreams = [\"d\"]\n\n"
                "[[models]]\nname = \"other\"\nupstreams = [\"d\"]\n");
        auto gateway = std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        port = gateway->waitForPort();
        return gateway;
    }

    void registerGateway(const QString& name, quint16 port, const QStringList& tags = {})
    {
        GatewayProfile profile = test::gatehouseProfile(name, port, "cache-admin", tags);
        QCOMPARE(m_console->addGateway(profile), QString());
    }

    test::HttpResult admin(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                           quint16 port = 0)
    {
        return request(port ? port : m_port, method, "/admin/v1/" + path, body,
                       "Authorization: Bearer " + adminToken + "\r\n");
    }

    QJsonArray gatewayEntries(const QByteArray& query = {})
    {
        return admin("GET", "cache/entries?limit=1000" + query).json().value("entries").toArray();
    }

    int ask(const QString& question, const QString& model = QStringLiteral("chat"), quint16 port = 0)
    {
        return request(port ? port : m_port, "POST", "/v1/chat/completions", chatBody(model, question))
            .status;
    }

    // The one entry whose prompt holds `text`, from the gateway.
    QJsonObject gatewayEntry(const QString& text)
    {
        const QJsonArray found =
            gatewayEntries("&q=" + QUrl::toPercentEncoding(text)); // prompt search, case-insensitive
        return found.size() == 1 ? found.first().toObject() : QJsonObject();
    }

    static bool waitFor(QSignalSpy& spy, int count)
    {
        return QTest::qWaitFor([&] { return spy.count() >= count; }, 60000);
    }

    // A shown page on the gateway `name`, its first page of entries read.
    std::unique_ptr<ui::CachePage> openPage(const QString& name = QStringLiteral("Edge"))
    {
        auto page = std::make_unique<ui::CachePage>(m_console->registry(), m_console->secrets());
        page->resize(1200, 700);
        page->gatewayPicker()->setCurrentText(name);
        page->show();
        if (!QTest::qWaitFor(
                [&] { return !page->model()->isLoading() && page->statusText().contains("entr"); }, 60000))
            qWarning("page did not load: %s / %s", qPrintable(page->statusText()),
                     qPrintable(page->problemText()));
        return page;
    }

    int rowOfPrompt(ui::CachePage& page, const QString& text)
    {
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            if (page.model()->entryAt(row)->prompt.contains(text))
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session");
        qRegisterMetaType<gatehouse::CacheDeletion*>();
        m_gateway = startGateway("edge", m_port);
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log()));

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
    }

    void withoutAGatewayThePageSaysWhatToDo()
    {
        ui::CachePage page(m_console->registry(), m_console->secrets());
        QSignalSpy wanted(&page, &ui::CachePage::gatewaysRequested);
        page.show();
        QVERIFY(page.emptyState()->isVisible());
        QCOMPARE(page.emptyState()->text(), ui::AdminGatewayPicker::noGatewayText());

        QCOMPARE(m_console->writeSecret("cache-admin", adminToken, SecretKind::AdminToken), QString());
        registerGateway("Edge", m_port);
        page.reloadGateways();
        QVERIFY(!page.emptyState()->isVisible());
        QCOMPARE(page.gatewayPicker()->currentText(), QStringLiteral("Edge"));
    }

    void theTablePagesInAsItScrolls()
    {
        // 450 entries: more than two pages of 200.
        for (int i = 0; i < 450; ++i)
            QCOMPARE(ask(QStringLiteral("paging question %1").arg(i), i % 3 ? "chat" : "other"), 200);
        auto page = openPage();
        QVERIFY2(page->problemText().isEmpty(), qPrintable(page->problemText()));
        QCOMPARE(page->model()->rowCount(), ui::CacheEntryTableModel::pageSize);
        QVERIFY(page->model()->hasMore());
        QTRY_COMPARE_WITH_TIMEOUT(page->statusText(),
                                  QStringLiteral("200 of 450 entries shown — scroll for more."), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(page->statsBar()->text().contains("Entries: 450"),
                                  qPrintable(page->statsBar()->text()), 30000);

        // Scrolling to the end asks for the next page, and the next, until the cursor runs out.
        page->table()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 400, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 30000);
        page->table()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 450, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->hasMore() && !page->model()->isLoading(), 30000);
        page->table()->scrollToBottom();
        QTest::qWait(200);
        QCOMPARE(page->model()->rowCount(), 450);
        QStringList ids;
        for (int row = 0; row < 450; ++row)
            ids << page->model()->entryAt(row)->id;
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 450);
        QCOMPARE(page->statusText(), QStringLiteral("450 entry(s)."));

        // The model filter lists what the entries use and narrows the table to it.
        QTRY_COMPARE(page->modelFilter()->count(), 3);
        page->modelFilter()->setCurrentText("other");
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowCount() == 150, 30000);
        for (int row = 0; row < page->model()->rowCount(); ++row)
            QCOMPARE(page->model()->entryAt(row)->model, QStringLiteral("other"));

        // Search by prompt text (debounced as one types).
        page->modelFilter()->setCurrentIndex(0);
        QTest::keyClicks(page->searchField(), "question 44");
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->filter().text == "question 44" && !page->model()->isLoading(),
                                 30000);
        QCOMPARE(page->model()->rowCount(), 11); // 44, 440…449
        QCOMPARE(page->statusText(), QStringLiteral("11 entry(s) match."));

        QCOMPARE(admin("POST", "cache/flush?include_pinned=true", "{}").status, 200);
    }

    void detailShowsTheRequestAndAnswerAndPinAndTtlReachTheGateway()
    {
        QCOMPARE(ask("Where is my invoice?"), 200);
        const QString expected =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat", "Where is my invoice?"))
                .json()
                .value("choices")
                .toArray()
                .first()
                .toObject()
                .value("message")
                .toObject()
                .value("content")
                .toString();
        QVERIFY(!expected.isEmpty());
        auto page = openPage();
        QSignalSpy finished(page.get(), &ui::CachePage::operationFinished);
        const int row = rowOfPrompt(*page, "Where is my invoice?");
        QVERIFY(row >= 0);
        QCOMPARE(page->model()->data(page->model()->index(row, ui::CacheEntryTableModel::Prompt)).toString(),
                 QStringLiteral("Where is my invoice?"));
        page->table()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(page->detail()->answerText() == expected, 30000);
        QVERIFY2(page->detail()->requestText().contains("\"Where is my invoice?\""),
                 qPrintable(page->detail()->requestText()));
        QVERIFY2(page->detail()->factsText().startsWith("Cached answer · chat\n"),
                 qPrintable(page->detail()->factsText()));
        QVERIFY2(page->detail()->factsText().contains("1 hit(s)"), qPrintable(page->detail()->factsText()));

        // Pin, then unpin.
        int count = int(finished.count());
        page->togglePinSelected();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY2(page->problemText().isEmpty(), qPrintable(page->problemText()));
        QVERIFY(gatewayEntry("Where is my invoice?").value("pinned").toBool());
        QCOMPARE(page->model()->data(page->model()->index(row, ui::CacheEntryTableModel::Kind)).toString(),
                 QStringLiteral("Pinned"));
        QVERIFY(page->detail()->factsText().startsWith("Cached answer, pinned"));
        count = int(finished.count());
        page->togglePinSelected();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY(!gatewayEntry("Where is my invoice?").value("pinned").toBool());

        // A new TTL: "never", then an unreadable one is refused without a call.
        answerNextModal<QInputDialog>([](QInputDialog* d) {
            d->setTextValue("never");
            d->accept();
        });
        count = int(finished.count());
        page->changeTtlSelected();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY2(page->problemText().isEmpty(), qPrintable(page->problemText()));
        QVERIFY(gatewayEntry("Where is my invoice?").value("expires_at").isNull());
        QCOMPARE(page->model()->data(page->model()->index(row, ui::CacheEntryTableModel::Expires)).toString(),
                 QStringLiteral("never"));
        answerNextModal<QInputDialog>([](QInputDialog* d) {
            d->setTextValue("tomorrow");
            d->accept();
        });
        page->changeTtlSelected();
        QVERIFY2(page->problemText().contains("\"tomorrow\" is not a time to live"),
                 qPrintable(page->problemText()));

        QCOMPARE(admin("POST", "cache/flush?include_pinned=true", "{}").status, 200);
    }

    void deleteSelectedEntriesAfterConfirming()
    {
        for (int i = 0; i < 6; ++i)
            QCOMPARE(ask(QStringLiteral("delete me %1").arg(i)), 200);
        QCOMPARE(ask("keep me"), 200);
        auto page = openPage();
        QCOMPARE(page->model()->rowCount(), 7);
        QSignalSpy started(page.get(), &ui::CachePage::deletionStarted);
        QSignalSpy finished(page.get(), &ui::CachePage::operationFinished);

        // Cancelling the confirmation deletes nothing.
        page->table()->selectAll();
        page->table()->selectionModel()->select(page->model()->index(rowOfPrompt(*page, "keep me"), 0),
                                                QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        answerNextModal<QMessageBox>([](QMessageBox* box) {
            QVERIFY2(box->text().startsWith("Delete 6 cache entry(s) from Edge?"), qPrintable(box->text()));
            box->button(QMessageBox::Cancel)->click();
        });
        page->deleteSelected();
        QCOMPARE(started.count(), 0);
        QCOMPARE(gatewayEntries().size(), 7);

        answerNextModal<QMessageBox>([](QMessageBox* box) { clickButton(box, "Delete"); });
        const int count = int(finished.count());
        page->deleteSelected();
        QCOMPARE(started.count(), 1);
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY2(page->problemText().isEmpty(), qPrintable(page->problemText()));
        QTRY_VERIFY2_WITH_TIMEOUT(page->statusText().startsWith("Deleted 6 entry(s)."),
                                  qPrintable(page->statusText()), 30000);
        QCOMPARE(page->model()->rowCount(), 1);
        const QJsonArray left = gatewayEntries();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().toObject().value("prompt").toString().contains("keep me"));
        QCOMPARE(admin("POST", "cache/flush?include_pinned=true", "{}").status, 200);
    }

    void failedDeletionsAreReportedAndCanBeRetried()
    {
        quint16 port = 0;
        auto doomed = startGateway("doomed", port);
        QVERIFY2(port != 0, qPrintable(doomed->log()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ask(QStringLiteral("doomed %1").arg(i), "chat", port), 200);
        registerGateway("Doomed", port);
        auto page = openPage("Doomed");
        QCOMPARE(page->model()->rowCount(), 3);
        QSignalSpy started(page.get(), &ui::CachePage::deletionStarted);
        page->table()->selectAll();
        doomed.reset(); // the gateway goes away between listing and deleting

        QStringList reports;
        const std::function<void(QMessageBox*)> retryOnce = [&reports](QMessageBox* box) {
            reports << box->text();
            clickButton(box, reports.size() == 1 ? "Retry" : "Close");
        };
        answerNextModal<QMessageBox>([&](QMessageBox* box) {
            clickButton(box, "Delete");
            answerNextModal<QMessageBox>(
                [&](QMessageBox* failed) {
                    retryOnce(failed);
                    answerNextModal<QMessageBox>(retryOnce, 1500);
                },
                1500);
        });
        page->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 60000);
        QCOMPARE(started.count(), 2); // the retry ran again, with exactly the failures
        QVERIFY2(reports.first().startsWith("3 of 3 entries could not be deleted."),
                 qPrintable(reports.first()));
        QTRY_VERIFY_WITH_TIMEOUT(page->problemText().contains("could not be deleted"), 30000);
        QCOMPARE(page->model()->rowCount(), 3); // nothing shown as deleted that was not
        QVERIFY(m_console->registry().remove(m_console->registry().findByName("Doomed")->id).ok());
    }

    void deleteMatchingCountsFirstThenDeletes()
    {
        for (const char* q : {"billing one", "billing two", "billing three", "shipping"})
            QCOMPARE(ask(q), 200);
        auto page = openPage();
        QSignalSpy finished(page.get(), &ui::CachePage::operationFinished);
        page->searchField()->setText("billing");
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->filter().text == "billing" && page->model()->rowCount() == 3,
                                 30000);

        QString asked;
        answerNextModal<QMessageBox>(
            [&](QMessageBox* box) {
                asked = box->text();
                clickButton(box, "Delete");
            },
            1500);
        int count = int(finished.count());
        page->deleteMatching();
        QVERIFY(waitFor(finished, count + 1));
        QCOMPARE(asked,
                 QStringLiteral("Delete the 3 entry(s) of Edge matching prompts containing \"billing\"?"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 30000);
        QCOMPARE(gatewayEntries().size(), 1);
        QVERIFY(gatewayEntries().first().toObject().value("prompt").toString().contains("shipping"));

        // Without a filter it points at Flush instead of deleting everything.
        page->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->filter().isEmpty() && !page->model()->isLoading(), 30000);
        answerNextModal<QMessageBox>([&](QMessageBox* box) {
            asked = box->text();
            box->button(QMessageBox::Ok)->click();
        });
        page->deleteMatching();
        QVERIFY2(asked.contains("use Flush"), qPrintable(asked));
        QCOMPARE(gatewayEntries().size(), 1);
        QCOMPARE(admin("POST", "cache/flush?include_pinned=true", "{}").status, 200);
    }

    void faqAnswersAreStoredAndServedAndFlushKeepsThem()
    {
        QCOMPARE(ask("ordinary"), 200);
        auto page = openPage();
        QSignalSpy finished(page.get(), &ui::CachePage::operationFinished);

        // First with a model the gateway does not serve: the editor stays open with the problem and
        // everything typed; then with the right model.
        // Driven from the editor's own signal and a poll that cannot fail silently: a watchdog
        // closes the editor, so a lost step fails the test instead of hanging it.
        QPointer<ui::FaqAnswerDialog> editor;
        QStringList problems;
        QString kept;
        bool servedListed = false; // the editor offers the gateway's models, not only those in entries
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (!editor || !problems.isEmpty() || editor->problemText().isEmpty())
                return;
            problems << editor->problemText();
            servedListed =
                editor->modelField()->findText("other") >= 0 && editor->modelField()->findText("chat") >= 0;
            kept = editor->answerField()->toPlainText();
            editor->modelField()->setCurrentText("chat");
            editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        connect(page.get(), &ui::CachePage::faqEditorOpened, this, [&](ui::FaqAnswerDialog* d) {
            editor = d;
            QTimer::singleShot(90000, d, [d] { d->reject(); });
            QTimer::singleShot(0, d, [d, &poll] {
                d->modelField()->setCurrentText("no-such-model");
                d->questionField()->setPlainText("Как сменить тариф?");
                d->answerField()->setPlainText("Откройте «Настройки» → «Тариф».");
                d->parametersField()->setText("{\"temperature\": 0}");
                d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
                poll.start();
            });
        });
        page->addFaqAnswer();
        poll.stop();
        QVERIFY(editor.isNull()); // closed after the second, successful store
        QCOMPARE(problems.size(), 1);
        QCOMPARE(kept, QStringLiteral("Откройте «Настройки» → «Тариф»."));
        QVERIFY(servedListed);
        QVERIFY2(problems.first().contains("no-such-model"), qPrintable(problems.first()));
        QTRY_VERIFY_WITH_TIMEOUT(page->statusText().startsWith("Stored the FAQ answer"), 30000);

        const test::HttpResult hit =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat", "Как сменить тариф?"));
        QCOMPARE(hit.status, 200);
        QCOMPARE(hit.headers.value("x-gatehouse-cache"), QByteArray("HIT"));
        QVERIFY2(hit.body.contains("Откройте «Настройки» → «Тариф»."), hit.body);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPrompt(*page, "Как сменить тариф?") >= 0 && !page->model()->isLoading(),
                                 30000);
        const int faqRow = rowOfPrompt(*page, "Как сменить тариф?");
        QCOMPARE(page->model()->data(page->model()->index(faqRow, ui::CacheEntryTableModel::Kind)).toString(),
                 QStringLiteral("FAQ answer"));

        // The kind filter shows curated entries only.
        page->kindFilter()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->filter().pinned == std::optional<bool>(true) &&
                                     !page->model()->isLoading() && page->model()->rowCount() == 1,
                                 30000);
        page->kindFilter()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->filter().pinned && !page->model()->isLoading(), 30000);

        // Flush (confirmed) keeps the FAQ answer unless asked to delete pinned entries too.
        answerNextModal<QMessageBox>([](QMessageBox* box) {
            QVERIFY2(box->text().startsWith("Flush the cache of Edge?"), qPrintable(box->text()));
            QVERIFY(!box->checkBox()->isChecked());
            clickButton(box, "Flush");
        });
        int count = int(finished.count());
        page->flush();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 30000);
        QCOMPARE(gatewayEntries().size(), 1);
        QVERIFY(gatewayEntries().first().toObject().value("faq").toBool());

        answerNextModal<QMessageBox>([](QMessageBox* box) {
            box->checkBox()->setChecked(true);
            clickButton(box, "Flush");
        });
        count = int(finished.count());
        page->flush();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 30000);
        QVERIFY(gatewayEntries().isEmpty());
    }

    void aTagGroupShowsASharedRedisOnce()
    {
        test::RedisServerProcess redis;
        QVERIFY2(redis.start(), qPrintable(redis.problem()));
        const QByteArray shared = "backend = \"redis\"\nredis_url = \"" + redis.url().toUtf8() + "\"\n";
        quint16 portA = 0;
        quint16 portB = 0;
        auto a = startGateway("shared-a", portA, shared);
        auto b = startGateway("shared-b", portB, shared);
        QVERIFY2(portA && portB, qPrintable(a->log() + b->log()));
        registerGateway("Shared A", portA, {"prod"});
        registerGateway("Shared B", portB, {"prod"});
        registerGateway("Edge again", m_port, {"prod"}); // the SQLite gateway, under a second name
        registerGateway("Lonely", portA, {"staging"});   // a tag of one gateway is no group
        for (const char* q : {"shared one", "shared two", "shared three"})
            QCOMPARE(ask(q, "chat", portA), 200);
        QCOMPARE(ask("shared four", "chat", portB), 200); // lands in the same Redis
        QCOMPARE(ask("shared one", "chat", portB), 200);  // a hit through the other gateway
        QCOMPARE(ask("local one"), 200);
        QCOMPARE(ask("local two"), 200);

        ui::CachePage page(m_console->registry(), m_console->secrets());
        page.resize(1200, 700);
        page.show();
        QVERIFY(page.gatewayPicker()->findText("Tag \"staging\" (1 gateways)") < 0);
        const int group = page.gatewayPicker()->findText("Tag \"prod\" (3 gateways)");
        QVERIFY(group >= 0);
        page.gatewayPicker()->setCurrentIndex(group);
        QTRY_COMPARE_WITH_TIMEOUT(page.groupStores().size(), 2, 30000);
        QVERIFY(page.storesTable()->isVisible());
        const int redisRow = page.groupStores().at(0).stats.backend == "redis" ? 0 : 1;
        const SharedCache& inRedis = page.groupStores().at(redisRow);
        QStringList gateways = inRedis.gateways;
        gateways.sort();
        QCOMPARE(gateways, (QStringList{"Shared A", "Shared B"}));
        QCOMPARE(inRedis.stats.entries, 4);
        QCOMPARE(page.groupStores().at(1 - redisRow).gateways, QStringList{"Edge again"});
        QVERIFY2(page.storesTable()->item(redisRow, 0)->text().startsWith("Redis 127.0.0.1:"),
                 qPrintable(page.storesTable()->item(redisRow, 0)->text()));
        // Totals count the shared store once: 4 in Redis + 2 in SQLite, not 4 + 4 + 2.
        QTRY_VERIFY2_WITH_TIMEOUT(page.statsBar()->text().startsWith("Entries: 6;"),
                                  qPrintable(page.statsBar()->text()), 30000);
        QVERIFY2(page.problemText().isEmpty(), qPrintable(page.problemText()));

        // Browsing a store lists its entries; picking the other lists those.
        page.storesTable()->selectRow(redisRow);
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() == 4, 30000);
        QVERIFY(rowOfPrompt(page, "shared four") >= 0);
        page.storesTable()->selectRow(1 - redisRow);
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && rowOfPrompt(page, "local one") >= 0, 30000);
        QCOMPARE(page.model()->rowCount(), 2);

        // A member that cannot be reached is named, and the others still count.
        b.reset();
        page.refresh();
        QTRY_VERIFY2_WITH_TIMEOUT(page.problemText().startsWith("Not counted: Shared B: "),
                                  qPrintable(page.problemText()), 30000);
        QCOMPARE(page.groupStores().size(), 2);

        for (const char* name : {"Shared A", "Shared B", "Edge again", "Lonely"})
            QVERIFY(m_console->registry().remove(m_console->registry().findByName(name)->id).ok());
        QCOMPARE(admin("POST", "cache/flush?include_pinned=true", "{}").status, 200);
    }

    void theDeletionRunnerCountsEveryOutcome()
    {
        for (int i = 0; i < 30; ++i)
            QCOMPARE(ask(QStringLiteral("runner %1").arg(i)), 200);
        QStringList ids;
        for (const QJsonValue e : gatewayEntries())
            ids << e.toObject().value("id").toString();
        QCOMPARE(ids.size(), 30);
        AdminEndpoint endpoint;
        endpoint.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/admin/v1").arg(m_port));
        endpoint.token = adminToken;
        CacheClient client(endpoint);

        // An entry already gone (here: named twice) counts as deleted.
        CacheDeletion run(client, ids.mid(0, 10) + QStringList{ids.at(0)});
        QSignalSpy done(&run, &CacheDeletion::finished);
        QSignalSpy progress(&run, &CacheDeletion::progressed);
        run.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(run.deleted().size(), 11);
        QVERIFY(run.failed().isEmpty());
        QCOMPARE(progress.count(), 11);
        QCOMPARE(gatewayEntries().size(), 20);

        // What the gateway refuses is a failure, with its reason.
        AdminEndpoint wrong = endpoint;
        wrong.token = "not-the-admin-token";
        CacheClient refused(wrong);
        CacheDeletion denied(refused, ids.mid(10, 3));
        QSignalSpy deniedDone(&denied, &CacheDeletion::finished);
        denied.start();
        QVERIFY(deniedDone.wait(60000));
        QStringList failed = denied.failed();
        QStringList expected = ids.mid(10, 3);
        failed.sort();
        expected.sort();
        QCOMPARE(failed, expected);
        QVERIFY(denied.deleted().isEmpty());
        QVERIFY2(denied.lastError().contains("401"), qPrintable(denied.lastError()));
        QCOMPARE(gatewayEntries().size(), 20);

        // Cancel stops sending: what was sent finishes, the rest is reported untried.
        CacheDeletion cancelled(client, ids.mid(10));
        QSignalSpy cancelDone(&cancelled, &CacheDeletion::finished);
        connect(&cancelled, &CacheDeletion::progressed, &cancelled, &CacheDeletion::cancel);
        cancelled.start();
        QVERIFY(cancelDone.wait(60000));
        QVERIFY(cancelled.isCancelled());
        QVERIFY(cancelled.deleted().size() <= CacheDeletion::parallel);
        QCOMPARE(cancelled.deleted().size() + cancelled.failed().size() + cancelled.untried().size(), 20);
        QCOMPARE(gatewayEntries().size(), 20 - cancelled.deleted().size());
        QCOMPARE(cancelDone.count(), 1);
    }
};

QTEST_MAIN(TestCachePage)
#include "tst_cachepage.moc"
