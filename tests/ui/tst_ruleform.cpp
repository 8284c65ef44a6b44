// The rule form of the Rules page against a real gatehoused, as an administrator uses it: a regex
// rule checked as it is typed (the engine's own errors, the keyboard order) and saved, a PII
// rule's detectors as check boxes, a limits rule that needs a limit and cannot redact. Runs inside
// tests/support/private-session.
#include "tests/ui/RulesPageRig.h"

using namespace gatehouse;
using namespace gatehouse::test;

class TestRuleForm : public RulesPageRig
{
    Q_OBJECT

private slots:
    void initTestCase() { startRig(); }

    void aRegexRuleMadeInTheFormIsCheckedAsTypedAndSaved()
    {
        QCOMPARE(admin("PUT", "rules", ruleSet).status, 200);
        ui::RulesPage page(m_console->registry(), m_console->secrets());
        QSignalSpy finished(&page, &ui::RulesPage::operationFinished);
        QVERIFY(showLoaded(page, finished, {1200, 800}, true)); // active: shortcuts work
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
        QVERIFY(showLoaded(page, finished));
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
        QVERIFY(showLoaded(page, finished));
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

QTEST_MAIN(TestRuleForm)
#include "tst_ruleform.moc"
