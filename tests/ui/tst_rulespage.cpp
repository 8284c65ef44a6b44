// The Rules page against a real gatehoused: list, live checking in the editor with the engine's
// own errors, save, on/off, a stale ETag refused without overwriting, "try a text", export, import
// (a bad file refused before anything is sent) and delete — each checked on the gateway itself.
// Runs inside tests/support/private-session (the admin token is in the real keychain).
#include "tests/support/ClippedText.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/RawHttp.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/rules/MatchHighlight.h"
#include "ui/rules/RuleEditor.h"
#include "ui/rules/RuleFilterBar.h"
#include "ui/rules/RuleFilterProxy.h"
#include "ui/rules/RuleForm.h"
#include "ui/rules/RuleTableModel.h"
#include "ui/rules/RuleTestPanel.h"
#include "ui/rules/RulesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <cmath>
#include <memory>

using namespace gatehouse;
using gatehouse::test::answerNextModal;
using gatehouse::test::request;

namespace {

const QByteArray adminToken = "gh-admin-rulespage-Hn4s8Qa";

const QByteArray ruleSet = "{\"version\":1,\"rules\":[ "
                           "{\"id\":\"no-secrets\",\"name\":\"Classified\",\"kind\":\"keywords\","
                           "\"keywords\":[\"top secret\"],\"action\":\"block\"}, "
                           "{\"id\":\"cards\",\"name\":\"Cards\",\"kind\":\"pii\",\"detectors\":[\"payment_"
                           "card\"],\"action\":\"redact\",  \"scope\":{\"input\":true,\"output\":true}}]}";

// Four rules of three kinds, two tags, one off: what the search and the filters narrow down.
const QByteArray filterSet =
    "{\"rules\":["
    "{\"id\":\"no-secrets\",\"name\":\"Classified\",\"kind\":\"keywords\",\"keywords\":[\"top "
    "secret\"],\"action\":\"block\",\"tags\":[\"compliance\"]},"
    "{\"id\":\"cards\",\"name\":\"Cards\",\"kind\":\"pii\",\"detectors\":[\"payment_card\"],"
    "\"action\":\"redact\",\"tags\":[\"pii\",\"compliance\"]},"
    "{\"id\":\"emails\",\"name\":\"Mail addresses\",\"kind\":\"pii\",\"detectors\":[\"email\"],"
    "\"action\":\"flag\",\"enabled\":false,\"tags\":[\"pii\"]},"
    "{\"id\":\"ticket-ids\",\"name\":\"Tickets\",\"description\":\"Internal ticket numbers\","
    "\"kind\":\"regex\",\"pattern\":\"TCK-[0-9]{4}\",\"action\":\"flag\"}]}";

QStringList shownIds(const ui::RulesPage& page)
{
    QStringList ids;
    const QAbstractItemModel* shown = page.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        ids << shown->index(row, ui::RuleTableModel::Id).data().toString();
    return ids;
}

void pick(QComboBox* box, const QString& text)
{
    const int at = box->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    box->setCurrentIndex(at);
}

// WCAG 2 contrast ratio of two colours (1 to 21); 4.5 is what normal text needs.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return std::max(x, y) / std::min(x, y);
}

} // namespace

class TestRulesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

    test::HttpResult admin(const QByteArray& method, const QByteArray& path, const QByteArray& body = {})
    {
        return request(m_port, method, "/admin/v1/" + path, body,
                       "Authorization: Bearer " + adminToken + "\r\n");
    }

    QJsonArray gatewayRules() { return admin("GET", "rules").json().value("rules").toArray(); }

    int chat(const QString& text)
    {
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{"model", "chat"},
                            {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}})
                .toJson(QJsonDocument::Compact);
        return request(m_port, "POST", "/v1/chat/completions", body).status;
    }

    void setMetricsUrl(const QUrl& url)
    {
        std::optional<GatewayProfile> profile = m_console->registry().findByName("Edge");
        QVERIFY(profile);
        profile->metricsUrl = url;
        QVERIFY(m_console->registry().update(*profile).ok());
    }

    static QString hitsOf(const ui::RulesPage& page, const QString& id, int role = Qt::DisplayRole)
    {
        const QAbstractItemModel* shown = page.table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, ui::RuleTableModel::Id).data().toString() == id)
                return shown->index(row, ui::RuleTableModel::Hits).data(role).toString();
        }
        return QStringLiteral("(no row %1)").arg(id);
    }

    static bool waitFor(QSignalSpy& spy, int count)
    {
        return QTest::qWaitFor([&] { return spy.count() >= count; }, 60000);
    }

    // What a user does to change a field: select what is there and type over it.
    static void retype(QLineEdit* field, const QString& text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

    static void retype(QSpinBox* field, const QString& text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
    }

    static void clickTab(ui::RuleEditor* editor, ui::RuleEditor::View view)
    {
        QTabBar* tabs = editor->viewTabs();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(view).center());
    }

    static void clickBox(QCheckBox* box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }

    static QJsonObject shownJson(ui::RuleEditor* editor)
    {
        return QJsonDocument::fromJson(editor->textField()->toPlainText().toUtf8()).object();
    }

    static void saveScreenshot(QWidget* widget, const QString& name)
    {
        const QString dir =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // lay out what the last keystroke changed
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session");
        const QString token = test::writeFile(m_dir, "token", adminToken);
        const QString config = test::writeFile(
            m_dir, "gw.toml",
            "[admin]\ntoken_file = \"" + token.toUtf8() + "\"\n\n[state]\ndir = \"" +
                m_dir.filePath("state").toUtf8() +
                "\"\n\n[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
                "[[models]]\nname = \"chat\"\nupstreams = [\"d\"]\n");
        m_gateway = std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log()));
        QCOMPARE(admin("PUT", "rules", ruleSet).status, 200);

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        QCOMPARE(m_console->writeSecret("rules-admin", adminToken, SecretKind::AdminToken), QString());
        GatewayProfile profile = test::gatehouseProfile("Edge", m_port, "rules-admin");
        profile.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port));
        QCOMPARE(m_console->addGateway(profile), QString());
    }

    void listEditSaveToggleTestExportImportDelete()
    {
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        page.resize(1200, 700);
        page.show();
        QVERIFY(waitFor(finished, 1));
        QVERIFY2(page.problemText().isEmpty(), qPrintable(page.problemText()));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->data(page.model()->index(1, ui::RuleTableModel::Scope)).toString(),
                 QStringLiteral("input, output"));
        QCOMPARE(page.etag(), admin("GET", "rules").headers.value("etag"));

        // Select → the editor shows it; a broken pattern is caught as typed, with RE2's offset.
        QVERIFY(page.selectRule("no-secrets"));
        QVERIFY(page.editor()->textField()->toPlainText().contains("\"top secret\""));
        QVERIFY(!page.editor()->saveButton()->isEnabled()); // nothing changed yet
        QJsonObject rule =
            QJsonDocument::fromJson(page.editor()->textField()->toPlainText().toUtf8()).object();
        rule.insert("kind", "regex");
        rule.remove("keywords");
        rule.insert("pattern", "ab[c");
        page.editor()->textField()->setPlainText(QString::fromUtf8(QJsonDocument(rule).toJson()));
        QVERIFY2(page.editor()->problem().contains("offset 2"), qPrintable(page.editor()->problem()));
        QVERIFY(!page.editor()->saveButton()->isEnabled());
        rule.insert("pattern", "(?i)top\\s+secret");
        page.editor()->textField()->setPlainText(QString::fromUtf8(QJsonDocument(rule).toJson()));
        QVERIFY2(page.editor()->problem().isEmpty(), qPrintable(page.editor()->problem()));
        QVERIFY(page.editor()->saveButton()->isEnabled());
        int count = int(finished.count());
        page.editor()->saveButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_VERIFY2_WITH_TIMEOUT(page.statusText().startsWith("Saved \"no-secrets\""),
                                  qPrintable(page.statusText()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page.etag(), admin("GET", "rules").headers.value("etag"), 30000);
        QCOMPARE(admin("GET", "rules/no-secrets").json().value("pattern").toString(),
                 QStringLiteral("(?i)top\\s+secret"));

        // Try a text against the rules in force.
        page.testPanel()->textField()->setPlainText("card 4111 1111 1111 1111 is TOP  secret");
        count = int(finished.count());
        page.testPanel()->testButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY2(page.testPanel()->verdictText().startsWith("Blocked by no-secrets. The client gets 400"),
                 qPrintable(page.testPanel()->verdictText()));
        QCOMPARE(page.testPanel()->matches()->topLevelItemCount(), 2);

        // Off: the checkbox asks the gateway; the row follows what it stored.
        const int cards = page.model()->rowOf("cards");
        QVERIFY2(cards >= 0, admin("GET", "rules").body.constData());
        QSignalSpy toggles(page.model(), &ui::RuleTableModel::toggleRequested);
        count = int(finished.count());
        page.model()->setData(page.model()->index(cards, ui::RuleTableModel::Enabled), Qt::Unchecked,
                              Qt::CheckStateRole);
        QCOMPARE(toggles.count(), 1);
        QVERIFY(waitFor(finished, count + 1));
        QTRY_VERIFY2_WITH_TIMEOUT(!admin("GET", "rules/cards").json().value("enabled").toBool(true),
                                  qPrintable(page.problemText() + " / " + page.statusText()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model()
                ->data(page.model()->index(page.model()->rowOf("cards"), ui::RuleTableModel::Enabled),
                       Qt::CheckStateRole)
                .toInt(),
            int(Qt::Unchecked), 30000);

        // Someone else changes the set: a save from the stale page is refused, nothing overwritten.
        QTRY_VERIFY_WITH_TIMEOUT(!page.etag().isEmpty(), 30000);
        QJsonObject other = admin("GET", "rules/cards").json();
        other.remove("createdAt");
        other.remove("updatedAt");
        other.insert("name", "Changed elsewhere");
        QCOMPARE(admin("PUT", "rules/cards", QJsonDocument(other).toJson()).status, 200);
        QVERIFY(page.selectRule("cards"));
        QJsonObject mine =
            QJsonDocument::fromJson(page.editor()->textField()->toPlainText().toUtf8()).object();
        mine.insert("name", "Mine");
        page.editor()->textField()->setPlainText(QString::fromUtf8(QJsonDocument(mine).toJson()));
        count = int(finished.count());
        page.editor()->saveButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY2(page.problemText().contains("changed since they were read"), qPrintable(page.problemText()));
        QCOMPARE(admin("GET", "rules/cards").json().value("name").toString(),
                 QStringLiteral("Changed elsewhere"));
        QVERIFY(page.editor()->isModified()); // the edit is still there to redo
        page.editor()->textField()->setPlainText(QString::fromUtf8(QJsonDocument(other).toJson()));
        count = int(finished.count());
        page.refresh();
        QVERIFY(waitFor(finished, count + 1));

        // Export writes the set as the gateway holds it; a bad file is refused before sending.
        const QString exported = m_dir.filePath("export.json");
        page.exportFile(exported);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("rules").toArray().size(), 2);
        const QByteArray before = admin("GET", "rules").headers.value("etag");
        const QString bad = test::writeFile(
            m_dir, "bad.json", "{\"rules\":[{\"id\":\"x\",\"kind\":\"regex\",\"pattern\":\"a(b\"}]}");
        page.importFile(bad);
        QVERIFY2(page.problemText().contains("rules[0].pattern") &&
                     page.problemText().contains("nothing was sent"),
                 qPrintable(page.problemText()));
        QCOMPARE(admin("GET", "rules").headers.value("etag"), before);

        const QString good = test::writeFile(
            m_dir, "good.json",
            "{\"rules\":[{\"id\":\"only\",\"kind\":\"keywords\",\"keywords\":[\"x\"],\"action\":\"flag\"}]}");
        answerNextModal<QMessageBox>([](QMessageBox* box) {
            QVERIFY2(box->text().startsWith("Replace the 2 rules of Edge with the 1 rules"),
                     qPrintable(box->text()));
            box->button(QMessageBox::Yes)->click();
        });
        count = int(finished.count());
        page.importFile(good);
        QVERIFY(waitFor(finished, count + 1));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 30000);
        QCOMPARE(gatewayRules().size(), 1);

        // Delete (confirmed).
        page.table()->selectRow(0);
        answerNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        count = int(finished.count());
        page.deleteSelected();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, 30000);
        QVERIFY(gatewayRules().isEmpty());
    }

    void matchesAreHighlightedInTheSampleTextAtTheirCharacters()
    {
        const QByteArray set =
            "{\"rules\":["
            "{\"id\":\"no-secrets\",\"kind\":\"keywords\",\"keywords\":[\"top "
            "secret\"],\"action\":\"block\"},"
            "{\"id\":\"cards\",\"kind\":\"pii\",\"detectors\":[\"payment_card\"],\"action\":\"redact\"},"
            "{\"id\":\"hedgehog\",\"kind\":\"keywords\",\"keywords\":[\"проект ёж\"],\"action\":\"flag\"}]}";
        QCOMPARE(admin("PUT", "rules", set).status, 200);
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        page.resize(1200, 700);
        page.show();
        QVERIFY(waitFor(finished, 1));
        ui::RuleTestPanel* panel = page.testPanel();
        QPlainTextEdit* text = panel->textField();

        // An emoji (4 bytes, 2 UTF-16 units) and Cyrillic (2 bytes, 1 unit) before the matches:
        // byte offsets used as QString positions would land beside them.
        const QString sample =
            QStringLiteral("🙂🙂 Карта 4111 1111 1111 1111, проект Ёж — TOP secret 🙂");
        text->setPlainText(sample);
        int count = int(finished.count());
        panel->testButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY2(panel->verdictText().startsWith("Blocked by no-secrets"), qPrintable(panel->verdictText()));
        QCOMPARE(panel->matches()->topLevelItemCount(), 3);
        QVERIFY(panel->hasHighlights());

        QMap<QString, QString> highlighted; // the text under each highlight → its colour
        QSet<QRgb> colours;
        for (const QTextEdit::ExtraSelection& s : text->extraSelections()) {
            highlighted.insert(s.cursor.selectedText(), s.format.background().color().name());
            colours.insert(s.format.background().color().rgb());
        }
        const QPalette palette = text->palette();
        QCOMPARE(highlighted.value("4111 1111 1111 1111"), ui::matchBackground(palette, "redact").name());
        QCOMPARE(highlighted.value("проект Ёж"), ui::matchBackground(palette, "flag").name());
        QCOMPARE(highlighted.value("TOP secret"), ui::matchBackground(palette, "block").name());
        QCOMPARE(highlighted.size(), 3);
        QCOMPARE(colours.size(), 3); // one colour per action

        // Picking a match in the list selects its characters in the text.
        for (int i = 0; i < panel->matches()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = panel->matches()->topLevelItem(i);
            const QRect at = panel->matches()->visualItemRect(item);
            QTest::mouseClick(panel->matches()->viewport(), Qt::LeftButton, {}, at.center());
            QCOMPARE(panel->matches()->currentItem(), item);
            QCOMPARE(text->textCursor().selectedText(), item->text(3)); // the "Matched" column
        }
        QCOMPARE(text->textCursor().selectedText().isEmpty(), false);

        // Editing the text clears the highlights that no longer point at the right characters.
        text->moveCursor(QTextCursor::Start);
        QTest::keyClicks(text, "x");
        QVERIFY(!panel->hasHighlights());
        QVERIFY(text->extraSelections().isEmpty());
        QTest::mouseClick(panel->matches()->viewport(), Qt::LeftButton, {},
                          panel->matches()->visualItemRect(panel->matches()->topLevelItem(0)).center());
        QVERIFY(text->textCursor().selectedText().isEmpty());

        // The colours keep the text readable in a light and in a dark palette.
        QPalette light;
        light.setColor(QPalette::Base, QColor(0xFF, 0xFF, 0xFF));
        light.setColor(QPalette::Text, QColor(0x1E, 0x1E, 0x1E));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        for (const QPalette& p : {light, dark}) {
            for (const char* action : {"block", "redact", "flag"}) {
                const QColor background = ui::matchBackground(p, action);
                QVERIFY2(contrast(background, p.color(QPalette::Text)) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2").arg(action, background.name())));
                QVERIFY2(contrast(background, p.color(QPalette::Base)) >= 1.15, action); // visible
            }
        }
    }

    void hitsColumnCountsWhatTheGatewayFilteredAndSaysWhenItCannot()
    {
        const QByteArray set =
            "{\"rules\":["
            "{\"id\":\"hits-block\",\"kind\":\"keywords\",\"keywords\":[\"top "
            "secret\"],\"action\":\"block\"},"
            "{\"id\":\"hits-redact\",\"kind\":\"pii\",\"detectors\":[\"payment_card\"],\"action\":\"redact\"}"
            ","
            "{\"id\":\"hits-flag\",\"kind\":\"keywords\",\"keywords\":[\"проект ёж\"],\"action\":\"flag\","
            "\"scope\":{\"input\":true,\"output\":true}},"
            "{\"id\":\"hits-unused\",\"kind\":\"regex\",\"pattern\":\"never-[0-9]{9}\",\"action\":\"flag\"}]"
            "}";
        QCOMPARE(admin("PUT", "rules", set).status, 200);
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        QSignalSpy hits(&page, &ui::RulesPage::hitsUpdated);
        page.resize(1200, 700);
        page.show();
        QVERIFY(waitFor(hits, 1));
        QVERIFY2(!page.table()->isColumnHidden(ui::RuleTableModel::Hits), "the Hits column is shown");
        for (const char* id : {"hits-block", "hits-redact", "hits-flag", "hits-unused"})
            QCOMPARE(hitsOf(page, id), QStringLiteral("0"));
        QVERIFY2(!page.statusText().contains("unknown"), qPrintable(page.statusText()));

        // Real requests through the gateway: blocked twice on input, redacted once, flagged on the
        // way in and again in the demo model's answer, which quotes the prompt.
        QCOMPARE(chat("this is top secret"), 400);
        QCOMPARE(chat("TOP SECRET again"), 400);
        QCOMPARE(chat("my card is 4111 1111 1111 1111"), 200);
        QCOMPARE(chat("про проект ёж"), 200);
        page.refresh();
        QVERIFY(waitFor(hits, 2));
        QCOMPARE(hitsOf(page, "hits-block"), QStringLiteral("2"));
        QCOMPARE(hitsOf(page, "hits-redact"), QStringLiteral("1"));
        QCOMPARE(hitsOf(page, "hits-flag"), QStringLiteral("2"));
        QCOMPARE(hitsOf(page, "hits-unused"), QStringLiteral("0"));
        const QString blockTip = hitsOf(page, "hits-block", Qt::ToolTipRole);
        QVERIFY2(blockTip.contains("input · block: 2"), qPrintable(blockTip));
        const QString flagTip = hitsOf(page, "hits-flag", Qt::ToolTipRole);
        QVERIFY2(flagTip.contains("input · flag: 1") && flagTip.contains("output · flag: 1"),
                 qPrintable(flagTip));
        QVERIFY2(hitsOf(page, "hits-unused", Qt::ToolTipRole).contains("No hits."),
                 qPrintable(hitsOf(page, "hits-unused", Qt::ToolTipRole)));

        // Sorted by hits, most first, as numbers.
        page.table()->horizontalHeader()->setSortIndicator(ui::RuleTableModel::Hits, Qt::DescendingOrder);
        QCOMPARE(shownIds(page).last(), QStringLiteral("hits-unused"));

        // A write reads them again too.
        QCOMPARE(chat("top secret once more"), 400);
        QVERIFY(page.selectRule("hits-unused"));
        QJsonObject rule =
            QJsonDocument::fromJson(page.editor()->textField()->toPlainText().toUtf8()).object();
        rule.insert("name", "Never");
        page.editor()->textField()->setPlainText(QString::fromUtf8(QJsonDocument(rule).toJson()));
        const int before = int(hits.count());
        page.editor()->saveButton()->click();
        QVERIFY(waitFor(hits, before + 1));
        QCOMPARE(hitsOf(page, "hits-block"), QStringLiteral("3"));

        // Metrics that cannot be read: "—" and the reason, never a silent 0.
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost));
        const quint16 deadPort = gone.serverPort();
        gone.close();
        setMetricsUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(deadPort)));
        page.refresh();
        QVERIFY(waitFor(hits, before + 2));
        for (const char* id : {"hits-block", "hits-unused"})
            QCOMPARE(hitsOf(page, id), QStringLiteral("—"));
        QVERIFY2(page.statusText().contains("Hit counts are unknown") &&
                     page.statusText().contains("refused the connection"),
                 qPrintable(page.statusText()));
        QVERIFY(hitsOf(page, "hits-block", Qt::ToolTipRole).contains("refused the connection"));

        // Something that answers, but not with metrics: the parser's position is the reason.
        setMetricsUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(m_port)));
        page.refresh();
        QVERIFY(waitFor(hits, before + 3));
        QCOMPARE(hitsOf(page, "hits-block"), QStringLiteral("—"));
        QVERIFY2(page.statusText().contains("do not parse (line 1"), qPrintable(page.statusText()));

        // No metrics URL at all.
        setMetricsUrl(QUrl());
        page.refresh();
        QVERIFY(waitFor(hits, before + 4));
        QVERIFY2(page.statusText().contains("Edge has no metrics URL"), qPrintable(page.statusText()));

        setMetricsUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port)));
        page.refresh();
        QVERIFY(waitFor(hits, before + 5));
        QCOMPARE(hitsOf(page, "hits-block"), QStringLiteral("3"));
        QVERIFY2(!page.statusText().contains("unknown"), qPrintable(page.statusText()));
    }

    void searchAndFiltersNarrowTheTableAndTheEditorFollowsTheRowShown()
    {
        QCOMPARE(admin("PUT", "rules", filterSet).status, 200);
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        page.resize(1200, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // shortcuts work in the active window
        QVERIFY(waitFor(finished, 1));
        QVERIFY2(page.problemText().isEmpty(), qPrintable(page.problemText()));
        const QStringList all{"no-secrets", "cards", "emails", "ticket-ids"};
        QCOMPARE(shownIds(page), all); // the gateway's order until a column is clicked
        ui::RuleFilterBar* bar = page.filterBar();
        QCOMPARE(bar->countText(), QStringLiteral("4 rule(s)"));

        // Ctrl+F goes to the search; it finds ids, names, descriptions, tags, patterns, keywords.
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->searchField()->hasFocus());
        QTest::keyClicks(bar->searchField(), "ticket numerals");
        QCOMPARE(shownIds(page), QStringList{}); // in no rule
        QCOMPARE(bar->countText(), QStringLiteral("0 of 4 rule(s)"));
        bar->searchField()->clear();
        QTest::keyClicks(bar->searchField(), "TICKET NUM");
        QCOMPARE(shownIds(page), QStringList{"ticket-ids"}); // its description, whatever the case
        QCOMPARE(bar->countText(), QStringLiteral("1 of 4 rule(s)"));
        const QList<QPair<QString, QStringList>> searches{
            {"TOP SECRET", {"no-secrets"}},          // a keyword
            {"tck-[0-9]", {"ticket-ids"}},           // the pattern's text, not a regex
            {"compliance", {"no-secrets", "cards"}}, // a tag
            {"mail addr", {"emails"}},               // the name
            {"payment_card", {"cards"}},             // a detector
        };
        for (const auto& [text, ids] : searches) {
            bar->searchField()->clear();
            QTest::keyClicks(bar->searchField(), text);
            QCOMPARE(shownIds(page), ids);
        }
        bar->searchField()->clear();
        QCOMPARE(shownIds(page), all);

        // Kind, tag (the tags the set has) and on/off combine.
        QStringList tags;
        for (int i = 0; i < bar->tagFilter()->count(); ++i)
            tags << bar->tagFilter()->itemText(i);
        QCOMPARE(tags, (QStringList{"Every tag", "compliance", "pii"}));
        pick(bar->kindFilter(), "PII");
        QCOMPARE(shownIds(page), (QStringList{"cards", "emails"}));
        pick(bar->enabledFilter(), "Only off");
        QCOMPARE(shownIds(page), QStringList{"emails"});
        QCOMPARE(bar->countText(), QStringLiteral("1 of 4 rule(s)"));
        pick(bar->enabledFilter(), "Only on");
        QCOMPARE(shownIds(page), QStringList{"cards"});
        pick(bar->kindFilter(), "Every kind");
        pick(bar->tagFilter(), "compliance");
        QCOMPARE(shownIds(page), (QStringList{"no-secrets", "cards"}));
        pick(bar->enabledFilter(), "On and off");
        pick(bar->tagFilter(), "pii");
        QCOMPARE(shownIds(page), (QStringList{"cards", "emails"}));
        pick(bar->kindFilter(), "Regex");
        QCOMPARE(shownIds(page), QStringList{});
        QCOMPARE(bar->countText(), QStringLiteral("0 of 4 rule(s)"));
        pick(bar->kindFilter(), "Every kind");
        pick(bar->tagFilter(), "Every tag");
        QCOMPARE(shownIds(page), all);

        // Sorted by a column, a click on a row opens that row's rule, not the model's row.
        page.table()->horizontalHeader()->setSortIndicator(ui::RuleTableModel::Id, Qt::DescendingOrder);
        QCOMPARE(shownIds(page), (QStringList{"ticket-ids", "no-secrets", "emails", "cards"}));
        const QRect first =
            page.table()->visualRect(page.table()->model()->index(0, ui::RuleTableModel::Name));
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY2(page.editor()->textField()->toPlainText().contains("\"id\": \"ticket-ids\""),
                 qPrintable(page.editor()->textField()->toPlainText()));
        page.table()->horizontalHeader()->setSortIndicator(ui::RuleTableModel::Priority, Qt::AscendingOrder);
        page.table()->horizontalHeader()->setSortIndicator(ui::RuleTableModel::Enabled, Qt::AscendingOrder);
        QCOMPARE(shownIds(page).first(), QStringLiteral("emails")); // off sorts before on

        // A filter that hides the rule being edited leaves it in the editor, unsaved edit and all.
        QJsonObject edited =
            QJsonDocument::fromJson(page.editor()->textField()->toPlainText().toUtf8()).object();
        edited.insert("name", "Tickets, edited");
        page.editor()->textField()->setPlainText(QString::fromUtf8(QJsonDocument(edited).toJson()));
        QVERIFY(page.editor()->isModified());
        QTest::keyClicks(bar->searchField(), "cards");
        QCOMPARE(shownIds(page), QStringList{"cards"});
        QVERIFY(page.editor()->isModified());
        QVERIFY(page.editor()->textField()->toPlainText().contains("Tickets, edited"));
        bar->searchField()->clear();
        QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 1); // selected again
        QCOMPARE(
            page.table()->selectionModel()->selectedRows(ui::RuleTableModel::Id).first().data().toString(),
            QStringLiteral("ticket-ids"));
        int count = int(finished.count());
        page.editor()->saveButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_COMPARE_WITH_TIMEOUT(admin("GET", "rules/ticket-ids").json().value("name").toString(),
                                  QStringLiteral("Tickets, edited"), 30000);

        // The on/off box of a sorted, filtered row switches that rule on the gateway.
        pick(bar->kindFilter(), "PII");
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(page), (QStringList{"emails", "cards"}), 30000);
        count = int(finished.count());
        QVERIFY(page.table()->model()->setData(page.table()->model()->index(0, ui::RuleTableModel::Enabled),
                                               Qt::Checked, Qt::CheckStateRole) == false);
        QVERIFY(waitFor(finished, count + 1));
        QTRY_VERIFY_WITH_TIMEOUT(admin("GET", "rules/emails").json().value("enabled").toBool(), 30000);
        QVERIFY(admin("GET", "rules/cards").json().value("enabled").toBool(true));
    }

    void aRegexRuleMadeInTheFormIsCheckedAsTypedAndSaved()
    {
        QCOMPARE(admin("PUT", "rules", ruleSet).status, 200);
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        page.resize(1200, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(waitFor(finished, 1));
        ui::RuleEditor* editor = page.editor();
        ui::RuleForm* form = editor->form();
        QCOMPARE(editor->view(), ui::RuleEditor::FormView); // administrators start with the form
        QVERIFY(!form->isEnabled());                        // nothing chosen yet

        page.newRule();
        QVERIFY(form->isEnabled());
        QVERIFY(form->idField()->hasFocus());
        QVERIFY(!form->idField()->isReadOnly()); // a new rule takes any id
        QCOMPARE(form->kindBox()->currentText(), QStringLiteral("Regex"));
        QVERIFY(form->patternField()->isVisible());
        // Tab runs from the view tabs through the fields in reading order to the buttons.
        editor->viewTabs()->setFocus();
        QTest::keyClick(editor->viewTabs(), Qt::Key_Tab);
        QVERIFY2(form->idField()->hasFocus(), qPrintable(QApplication::focusWidget()->accessibleName()));
        QTest::keyClick(form->idField(), Qt::Key_Tab);
        QVERIFY(form->nameField()->hasFocus());
        form->spanBox()->setFocus();
        QTest::keyClick(form->spanBox(), Qt::Key_Tab);
        QVERIFY2(editor->saveButton()->hasFocus() || QApplication::focusWidget()->inherits("QPushButton"),
                 QApplication::focusWidget()->metaObject()->className());
        retype(form->idField(), "ticket-numbers");
        retype(form->nameField(), "Ticket numbers");
        retype(form->tagsField(), "support,  tickets ");
        retype(form->priorityField(), "7");
        QCOMPARE(shownJson(editor).value("id").toString(), QStringLiteral("ticket-numbers"));

        // Alt+P is the pattern's mnemonic; a half-typed group is refused with RE2's offset.
        QTest::keyClick(&page, Qt::Key_P, Qt::AltModifier);
        QVERIFY(form->patternField()->hasFocus());
        form->patternField()->selectAll();
        QTest::keyClick(form->patternField(), Qt::Key_Delete);
        QTest::keyClicks(form->patternField(), "TCK-a(b");
        QVERIFY(!editor->saveButton()->isEnabled());
        const QString problem = form->problemOf("pattern");
        QVERIFY2(problem.contains("offset 5") && problem.contains("missing )"), qPrintable(problem));
        QVERIFY2(editor->problem().contains("pattern") && editor->problem().contains("offset 5"),
                 qPrintable(editor->problem()));
        QCOMPARE(shownJson(editor).value("pattern").toString(), QStringLiteral("TCK-a(b"));
        saveScreenshot(&page, "rules-form"); // docs/screenshots/rules-form.png
        QTest::keyClick(form->patternField(), Qt::Key_Backspace);
        QTest::keyClick(form->patternField(), Qt::Key_Backspace);
        QTest::keyClick(form->patternField(), Qt::Key_Backspace);
        QTest::keyClicks(form->patternField(), "[0-9]{4}");
        QVERIFY2(form->problemOf("pattern").isEmpty(), qPrintable(form->problemOf("pattern")));
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));

        // Redact: the label is offered, the public message (of a block) is not.
        QVERIFY(!form->labelField()->isEnabled());
        QVERIFY(form->publicMessageField()->isEnabled());
        pick(form->actionBox(), "Redact");
        QVERIFY(form->labelField()->isEnabled());
        QVERIFY(!form->publicMessageField()->isEnabled());
        retype(form->labelField(), "TICKET");
        clickBox(form->outputBox());
        QVERIFY(form->outputBox()->isChecked());
        QVERIFY(editor->saveButton()->isEnabled());

        // The JSON view shows what the form holds; an edit there comes back to the form.
        clickTab(editor, ui::RuleEditor::JsonView);
        QCOMPARE(editor->view(), ui::RuleEditor::JsonView);
        QVERIFY(editor->textField()->isVisible());
        QJsonObject json = shownJson(editor);
        QCOMPARE(json.value("pattern").toString(), QStringLiteral("TCK-[0-9]{4}"));
        QCOMPARE(json.value("action").toString(), QStringLiteral("redact"));
        QCOMPARE(json.value("label").toString(), QStringLiteral("TICKET"));
        QCOMPARE(json.value("priority").toInt(), 7);
        QCOMPARE(json.value("tags").toArray(), (QJsonArray{"support", "tickets"}));
        QCOMPARE(json.value("scope").toObject().value("output").toBool(), true);
        json.insert("description", "Support ticket ids");
        editor->textField()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
        clickTab(editor, ui::RuleEditor::FormView);
        QCOMPARE(editor->view(), ui::RuleEditor::FormView);
        QCOMPARE(form->descriptionField()->text(), QStringLiteral("Support ticket ids"));
        QCOMPARE(form->patternField()->text(), QStringLiteral("TCK-[0-9]{4}"));
        QCOMPARE(form->tagsField()->text(), QStringLiteral("support, tickets"));

        // A rule the form cannot hold opens in the JSON view, even from the form.
        QJsonObject twoLines = json;
        twoLines.insert("description", "two\nlines");
        editor->textField()->setPlainText(QString::fromUtf8(QJsonDocument(twoLines).toJson()));
        QCOMPARE(editor->view(), ui::RuleEditor::JsonView);
        QVERIFY2(editor->formNote().contains("line break"), qPrintable(editor->formNote()));
        editor->textField()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
        clickTab(editor, ui::RuleEditor::FormView);
        QCOMPARE(editor->view(), ui::RuleEditor::FormView);

        // A text the form cannot hold keeps the JSON view and says why, until it is fixed.
        clickTab(editor, ui::RuleEditor::JsonView);
        QJsonObject commaTag = json;
        commaTag.insert("tags", QJsonArray{"a,b"});
        editor->textField()->setPlainText(QString::fromUtf8(QJsonDocument(commaTag).toJson()));
        QVERIFY2(editor->formNote().contains("comma"), qPrintable(editor->formNote()));
        QVERIFY(!editor->viewTabs()->isTabEnabled(ui::RuleEditor::FormView));
        editor->setView(ui::RuleEditor::FormView);
        QCOMPARE(editor->view(), ui::RuleEditor::JsonView);
        QCOMPARE(form->tagsField()->text(), QStringLiteral("support, tickets")); // as it was
        editor->textField()->setPlainText(QStringLiteral("{\"id\": \"x\","));
        QVERIFY2(editor->formNote().contains("not valid JSON"), qPrintable(editor->formNote()));
        QVERIFY(!editor->saveButton()->isEnabled());
        editor->textField()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
        QVERIFY(editor->formNote().isEmpty());
        QVERIFY(editor->viewTabs()->isTabEnabled(ui::RuleEditor::FormView));
        clickTab(editor, ui::RuleEditor::FormView);
        QCOMPARE(editor->view(), ui::RuleEditor::FormView);

        int count = int(finished.count());
        QVERIFY(editor->saveButton()->isEnabled());
        editor->saveButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_VERIFY2_WITH_TIMEOUT(page.statusText().startsWith("Saved \"ticket-numbers\""),
                                  qPrintable(page.problemText() + " / " + page.statusText()), 30000);
        const QJsonObject stored = admin("GET", "rules/ticket-numbers").json();
        QCOMPARE(stored.value("name").toString(), QStringLiteral("Ticket numbers"));
        QCOMPARE(stored.value("description").toString(), QStringLiteral("Support ticket ids"));
        QCOMPARE(stored.value("kind").toString(), QStringLiteral("regex"));
        QCOMPARE(stored.value("pattern").toString(), QStringLiteral("TCK-[0-9]{4}"));
        QCOMPARE(stored.value("action").toString(), QStringLiteral("redact"));
        QCOMPARE(stored.value("label").toString(), QStringLiteral("TICKET"));
        QCOMPARE(stored.value("priority").toInt(), 7);
        QCOMPARE(stored.value("tags").toArray(), (QJsonArray{"support", "tickets"}));
        QCOMPARE(stored.value("scope").toObject().value("input").toBool(), true);
        QCOMPARE(stored.value("scope").toObject().value("output").toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf("ticket-numbers") >= 0, 30000);
        QVERIFY(form->idField()->isReadOnly()); // saved: its id stays
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(!editor->isModified());
        QCOMPARE(form->nameField()->text(), QStringLiteral("Ticket numbers"));
    }

    void aPiiRulesDetectorsAreCheckBoxes()
    {
        QCOMPARE(admin("PUT", "rules", ruleSet).status, 200);
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        page.resize(1200, 800);
        page.show();
        QVERIFY(waitFor(finished, 1));
        ui::RuleEditor* editor = page.editor();
        ui::RuleForm* form = editor->form();
        QVERIFY(page.selectRule("cards"));
        QCOMPARE(form->kindBox()->currentText(), QStringLiteral("PII"));
        QVERIFY(form->idField()->isReadOnly());
        QCOMPARE(form->idField()->text(), QStringLiteral("cards"));
        QCheckBox* card = form->detectorBox(rules::PiiDetector::PaymentCard);
        QCheckBox* email = form->detectorBox(rules::PiiDetector::Email);
        QCheckBox* iban = form->detectorBox(rules::PiiDetector::Iban);
        QVERIFY(card->isVisible());
        QVERIFY(card->isChecked());
        QVERIFY(!email->isChecked());
        QVERIFY(form->labelField()->isEnabled()); // the rule redacts

        // None chosen: refused under the detectors.
        clickBox(card);
        QVERIFY(!card->isChecked());
        QVERIFY2(form->problemOf("detectors").contains("at least one detector"),
                 qPrintable(form->problemOf("detectors")));
        QVERIFY(!editor->saveButton()->isEnabled());
        clickBox(email);
        clickBox(iban);
        QVERIFY(form->problemOf("detectors").isEmpty());
        QCOMPARE(shownJson(editor).value("detectors").toArray(), (QJsonArray{"email", "iban"}));
        saveScreenshot(&page, "rules-form-pii");

        // Problems stay readable on a light and on a dark palette.
        retype(form->labelField(), "[PII]");
        QVERIFY2(form->problemOf("label").contains("without brackets"), qPrintable(form->problemOf("label")));
        QVERIFY(!editor->saveButton()->isEnabled());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x1E, 0x1E, 0x1E));
        dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
        dark.setColor(QPalette::Base, QColor(0x2B, 0x2B, 0x2B));
        dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::ButtonText, QColor(0xEE, 0xEE, 0xEE));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
        const QPalette light = page.palette();
        for (const QPalette& p : {light, dark}) {
            page.setPalette(p);
            QCoreApplication::processEvents();
            int checked = 0;
            for (QLabel* shown : form->findChildren<QLabel*>()) {
                if (shown->accessibleName() != "Redaction label problem")
                    continue;
                ++checked;
                QVERIFY(shown->isVisible());
                const double ratio =
                    contrast(shown->palette().color(QPalette::WindowText), p.color(QPalette::Window));
                QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
            }
            QCOMPARE(checked, 1);
        }
        saveScreenshot(&page, "rules-form-dark");
        page.setPalette(light);
        retype(form->labelField(), "PERSONAL");
        QVERIFY(editor->saveButton()->isEnabled());

        int count = int(finished.count());
        editor->saveButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_COMPARE_WITH_TIMEOUT(admin("GET", "rules/cards").json().value("detectors").toArray(),
                                  (QJsonArray{"email", "iban"}), 30000);
        QCOMPARE(admin("GET", "rules/cards").json().value("label").toString(), QStringLiteral("PERSONAL"));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified() && !editor->saveButton()->isEnabled(), 30000);
        QVERIFY(email->isChecked() && iban->isChecked() && !card->isChecked());
    }

    void aLimitsRuleNeedsALimitAndCannotRedact()
    {
        QCOMPARE(admin("PUT", "rules", ruleSet).status, 200);
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        page.resize(1200, 800);
        page.show();
        QVERIFY(waitFor(finished, 1));
        ui::RuleEditor* editor = page.editor();
        ui::RuleForm* form = editor->form();
        page.newRule();
        retype(form->idField(), "size-cap");
        pick(form->kindBox(), "Limits");
        QVERIFY(form->maxCharactersField()->isVisible());
        QVERIFY(!form->patternField()->isVisible());
        QCOMPARE(form->maxCharactersField()->text(), QStringLiteral("No limit")); // 0: none
        QVERIFY2(form->problemOf("limits").contains("above 0"), qPrintable(form->problemOf("limits")));
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(!shownJson(editor).contains("pattern")); // only the kind's own fields

        retype(form->maxCharactersField(), "5000");
        QVERIFY(form->problemOf("limits").isEmpty());
        pick(form->actionBox(), "Redact");
        QVERIFY2(form->problemOf("action").contains("cannot redact"), qPrintable(form->problemOf("action")));
        QVERIFY(!editor->saveButton()->isEnabled());
        pick(form->actionBox(), "Flag");
        retype(form->maxMessagesField(), "40");
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        const QJsonObject limits = shownJson(editor).value("limits").toObject();
        QCOMPARE(limits.value("maxCharacters").toInt(), 5000);
        QCOMPARE(limits.value("maxTokens").toInt(), 0);
        QCOMPARE(limits.value("maxMessages").toInt(), 40);

        // Each kind's page fits the side panel: no label, box or field text cut off.
        for (const char* kind : {"Regex", "Keywords", "PII", "Limits"}) {
            pick(form->kindBox(), kind);
            QCoreApplication::processEvents();
            const QStringList clipped = test::clippedTexts(editor);
            QVERIFY2(clipped.isEmpty(), qPrintable(QString(kind) + ": " + clipped.join("; ")));
        }

        // Kinds switched back and forth keep what was typed on each page.
        pick(form->kindBox(), "Regex");
        QCOMPARE(form->patternField()->text(), QStringLiteral("(?i)confidential"));
        pick(form->kindBox(), "Limits");
        QCOMPARE(form->maxCharactersField()->value(), 5000);

        int count = int(finished.count());
        editor->saveButton()->click();
        QVERIFY(waitFor(finished, count + 1));
        QTRY_VERIFY_WITH_TIMEOUT(admin("GET", "rules/size-cap").status == 200, 30000);
        const QJsonObject stored = admin("GET", "rules/size-cap").json();
        QCOMPARE(stored.value("kind").toString(), QStringLiteral("limit"));
        QCOMPARE(stored.value("action").toString(), QStringLiteral("flag"));
        QCOMPARE(stored.value("limits").toObject().value("maxCharacters").toInt(), 5000);
        QCOMPARE(stored.value("limits").toObject().value("maxMessages").toInt(), 40);
        QCOMPARE(stored.value("limits").toObject().value("maxTokens").toInt(), 0);
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
