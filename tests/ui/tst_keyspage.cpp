#include "tests/support/ModalAnswer.h"
#include "tests/support/ScratchScan.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/common/SecretClipboard.h"
#include "ui/keys/KeysPage.h"
#include "ui/keys/SecretDialog.h"
#include "ui/keys/SecretTableModel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gatehouse;
using gatehouse::test::answerNextModal;

// Runs against the real Secret Service (gnome-keyring in tests/support/private-session).
class TestKeysPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ConsoleFixture> m_console;
    const QByteArray m_value =
        QByteArrayLiteral("sk-test-") + QByteArray::number(QRandomGenerator::global()->generate64(), 36);

    void addThroughDialog(ui::KeysPage& page, const QString& name, const QByteArray& value)
    {
        QSignalSpy done(&page, &ui::KeysPage::operationFinished);
        answerNextModal<ui::SecretDialog>([&](ui::SecretDialog* d) {
            for (QLineEdit* e : d->findChildren<QLineEdit*>()) {
                if (e->accessibleName() == QLatin1String("Name"))
                    e->setText(name);
                if (e->accessibleName() == QLatin1String("Value"))
                    e->setText(QString::fromUtf8(value));
            }
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
        page.addSecret();
        QVERIFY(done.wait(30000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session (./dev test does): this test needs the real Secret "
                 "Service");
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        m_console->settings().setValue(Settings::Key::ClipboardClearSeconds, 5);
    }

    void addRevealCopyDelete()
    {
        ui::KeysPage page(m_console->secrets(), m_console->settings());
        page.show();
        QVERIFY(page.showsEmptyState());

        addThroughDialog(page, QStringLiteral("openai-prod"), m_value);
        QCOMPARE(page.problemText(), QString());
        QVERIFY(!page.showsEmptyState());
        const int row = page.model()->rowOf(QStringLiteral("openai-prod"));
        QVERIFY(row >= 0);
        const QModelIndex value = page.model()->index(row, ui::SecretTableModel::Value);
        QVERIFY2(!value.data().toString().contains(QString::fromUtf8(m_value)), "masked until revealed");

        // Reveal reads the keychain and shows the value; hiding masks it again.
        page.table()->selectRow(row);
        QSignalSpy done(&page, &ui::KeysPage::operationFinished);
        page.toggleRevealSelected();
        QVERIFY(done.wait(30000));
        QCOMPARE(value.data().toString(), QString::fromUtf8(m_value));
        page.toggleRevealSelected();
        QVERIFY(!value.data().toString().contains(QString::fromUtf8(m_value)));

        // Copy puts it on the clipboard and clears it after the configured delay (5 s here).
        page.copySelected();
        QVERIFY(done.wait(30000));
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(m_value));
        QVERIFY(page.clipboard()->isHoldingSecret());
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 15000);

        // Delete after confirming.
        answerNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        page.deleteSelected();
        QVERIFY(done.wait(30000));
        QVERIFY(page.showsEmptyState());
        QVERIFY(m_console->secrets().list().isEmpty());
    }

    void clipboardIsLeftAloneWhenTheUserCopiedSomethingElse()
    {
        ui::SecretClipboard clipboard;
        clipboard.copy(m_value, 5);
        QGuiApplication::clipboard()->setText(QStringLiteral("something the user copied"));
        clipboard.clear();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something the user copied"));
    }

    void refusesABadNameInTheDialog()
    {
        ui::SecretDialog dialog(QString(), SecretKind::ProviderKey, {});
        for (QLineEdit* e : dialog.findChildren<QLineEdit*>()) {
            if (e->accessibleName() == QLatin1String("Name"))
                e->setText(QStringLiteral("bad name with spaces"));
            if (e->accessibleName() == QLatin1String("Value"))
                e->setText(QStringLiteral("x"));
        }
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("Name:")));
    }

    void nothingWrittenOutsideTheKeychain()
    {
        // Everything this test wrote is under its scratch HOME (the keyring itself lives elsewhere).
        const QStringList hits = gatehouse::test::filesContaining({m_value});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
