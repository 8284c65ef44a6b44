// The Rules page against a real gatehoused: list, live checking in the editor with the engine's
// own errors, save, on/off, a stale ETag refused without overwriting, "try a text" with the
// matches highlighted, export, import (a bad file refused before anything is sent), delete, the
// hits column, search and filters — each checked on the gateway itself. The form of each rule
// kind: tst_ruleform. Runs inside tests/support/private-session (the admin token is in the real
// keychain).
#include "tests/ui/RulesPageRig.h"

using namespace gatehouse;
using namespace gatehouse::test;

class TestRulesPage : public RulesPageRig
{
    Q_OBJECT

private slots:
    void initTestCase() { startRig(); }

    void listEditSaveToggleTestExportImportDelete()
    {
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        QVERIFY(showLoaded(page, finished, {1200, 700}));
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
        QVERIFY(showLoaded(page, finished, {1200, 700}));
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
        QVERIFY(showLoaded(page, finished, {1200, 700}, true)); // active: shortcuts work
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
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
