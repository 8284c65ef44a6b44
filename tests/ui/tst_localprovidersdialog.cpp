// The local gateway's providers editor: adding, editing and removing providers, keys picked by
// their keychain name, and invalid entries held back with the sentence that says what to fix.
#include "ui/gateways/LocalProvidersDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace gatehouse;
using gatehouse::ui::LocalProvidersDialog;

class TestLocalProvidersDialog : public QObject
{
    Q_OBJECT

private slots:
    void addsAProviderWithAKeyFromTheKeychain()
    {
        LocalProvidersDialog dialog({}, {"openai", "azure"});
        QCOMPARE(dialog.list()->count(), 0);
        QVERIFY(!dialog.nameField()->isEnabled());
        dialog.addProvider();
        QCOMPARE(dialog.list()->count(), 1);
        dialog.nameField()->setText("openai");
        dialog.urlField()->setText("https://api.openai.com/v1");
        dialog.keyField()->setCurrentIndex(dialog.keyField()->findData(QStringLiteral("openai")));
        dialog.modelsField()->setText(" gpt-4o-mini, gpt-4o ,");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.providers().size(), 1);
        const ProviderUpstream p = dialog.providers().first();
        QCOMPARE(p.name, QStringLiteral("openai"));
        QCOMPARE(p.baseUrl, QUrl("https://api.openai.com/v1"));
        QCOMPARE(p.secretName, QStringLiteral("openai"));
        QCOMPARE(p.models, (QStringList{"gpt-4o-mini", "gpt-4o"}));
        QCOMPARE(p.auth, ProviderUpstream::Auth::Bearer);
    }

    void anInvalidEntryIsHeldBack()
    {
        LocalProvidersDialog dialog({}, {});
        dialog.addProvider();
        dialog.nameField()->setText("ollama");
        dialog.urlField()->setText("localhost:11434"); // no scheme
        dialog.modelsField()->setText("llama3.2");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY2(dialog.errorText().contains("http://"), qPrintable(dialog.errorText()));
        // Moving to another entry is refused too: the form stays on the one to fix.
        dialog.addProvider();
        QCOMPARE(dialog.list()->count(), 1);
        dialog.urlField()->setText("http://127.0.0.1:11434/v1");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.providers().first().secretName.isEmpty()); // a local server without key
    }

    void duplicateNamesAreRefused()
    {
        ProviderUpstream a;
        a.name = "a";
        a.baseUrl = QUrl("https://a.example/v1");
        a.models = {"m"};
        LocalProvidersDialog dialog({a}, {});
        dialog.addProvider();
        dialog.nameField()->setText("A");
        dialog.urlField()->setText("https://b.example/v1");
        dialog.modelsField()->setText("m2");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains("already"), qPrintable(dialog.errorText()));
    }

    void aKeyMissingFromTheKeychainStaysVisibleAndRemovalWorks()
    {
        ProviderUpstream a;
        a.name = "azure";
        a.baseUrl = QUrl("https://a.example/v1");
        a.models = {"gpt-4o"};
        a.secretName = "gone";
        a.auth = ProviderUpstream::Auth::ApiKey;
        ProviderUpstream b = a;
        b.name = "second";
        b.secretName.clear();
        LocalProvidersDialog dialog({a, b}, {"openai"});
        QVERIFY(dialog.keyField()->currentText().contains("not in the keychain"));
        dialog.removeSelected();
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.nameField()->text(), QStringLiteral("second"));
        dialog.accept();
        QCOMPARE(dialog.providers().size(), 1);
        QCOMPARE(dialog.providers().first().name, QStringLiteral("second"));
        QCOMPARE(dialog.providers().first().auth, ProviderUpstream::Auth::ApiKey);
    }
};

QTEST_MAIN(TestLocalProvidersDialog)
#include "tst_localprovidersdialog.moc"
