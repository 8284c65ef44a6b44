#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/ModalAnswer.h"
#include "ui/gateways/GatewayDialog.h"
#include "ui/gateways/GatewayTableModel.h"
#include "ui/gateways/GatewaysPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using gatehouse::test::answerNextModal;

namespace {

QLineEdit* editorNamed(QWidget* dialog, const QString& accessibleName)
{
    for (QLineEdit* e : dialog->findChildren<QLineEdit*>()) {
        if (e->accessibleName() == accessibleName)
            return e;
    }
    return nullptr;
}

void clickSave(QDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
}

} // namespace

class TestGatewaysPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<GatewayRegistry> m_registry;

private slots:
    void init()
    {
        m_db = std::make_unique<ConsoleDatabase>(
            m_dir.filePath(QStringLiteral("console-%1.sqlite").arg(++m_round)));
        QVERIFY(m_db->open());
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_secrets = std::make_unique<SecretStore>(*m_catalog);
        m_registry = std::make_unique<GatewayRegistry>(*m_db);
    }

    void cleanup()
    {
        m_registry.reset();
        m_secrets.reset();
        m_catalog.reset();
        m_db.reset();
    }

    void advancedChatSettingsAreEditedAndStored()
    {
        GatewayProfile start;
        start.name = QStringLiteral("Portkey");
        start.kind = GatewayKind::OpenAiCompatible;
        start.baseUrl = QUrl(QStringLiteral("https://api.portkey.ai/v1"));
        start.chat.extraHeaders = {{QStringLiteral("x-portkey-api-key"), QStringLiteral("{secret:portkey}")}};
        ui::GatewayDialog dialog(start, {}, [this](GatewayProfile& p) { return m_registry->add(p); });
        QCOMPARE(dialog.profile().chat, start.chat); // shown as it is stored
        auto* headers = dialog.findChild<QPlainTextEdit*>();
        QVERIFY(headers);
        headers->setPlainText(
            QStringLiteral("x-portkey-api-key: {secret:portkey}\n\nx-portkey-config: pc-7 "));
        const GatewayProfile edited = dialog.profile();
        QCOMPARE(edited.chat.extraHeaders.size(), 2);
        QCOMPARE(edited.chat.extraHeaders.at(1).first, QStringLiteral("x-portkey-config"));
        QCOMPARE(edited.chat.extraHeaders.at(1).second, QStringLiteral("pc-7"));

        headers->setPlainText(QStringLiteral("not a header line"));
        dialog.accept();
        QVERIFY2(dialog.fieldError(QStringLiteral("chat.headers")).contains(QStringLiteral("not a header")),
                 qPrintable(dialog.fieldError(QStringLiteral("chat.headers"))));
        QVERIFY(!m_registry->findByName(QStringLiteral("Portkey")));

        headers->setPlainText(QStringLiteral("x-portkey-config: pc-7"));
        dialog.accept();
        const auto stored = m_registry->findByName(QStringLiteral("Portkey"));
        QVERIFY(stored);
        QCOMPARE(stored->chat.extraHeaders.size(), 1);
        QCOMPARE(stored->chat.extraHeaders.first().second, QStringLiteral("pc-7"));
    }

    void showsEmptyStateUntilAGatewayIsAdded()
    {
        ui::GatewaysPage page(*m_registry, *m_secrets);
        page.show();
        QVERIFY(page.showsEmptyState());

        answerNextModal<ui::GatewayDialog>([](ui::GatewayDialog* d) {
            editorNamed(d, QStringLiteral("Name"))->setText(QStringLiteral("Local vLLM"));
            auto* kind = d->findChild<QComboBox*>();
            kind->setCurrentIndex(kind->findData(QStringLiteral("vllm")));
            editorNamed(d, QStringLiteral("Address"))->setText(QStringLiteral("http://127.0.0.1:8000/v1"));
            clickSave(d);
        });
        page.addGateway();

        QVERIFY(!page.showsEmptyState());
        QCOMPARE(page.model()->rowCount(), 1);
        const auto stored = m_registry->findByName(QStringLiteral("Local vLLM"));
        QVERIFY(stored);
        QCOMPARE(stored->kind, GatewayKind::Vllm);
        QCOMPARE(stored->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8000/v1")));
    }

    void badInputKeepsTheDialogOpenAndStoresNothing()
    {
        ui::GatewaysPage page(*m_registry, *m_secrets);
        page.show();
        QString shownError;
        bool stillOpen = false;
        answerNextModal<ui::GatewayDialog>([&](ui::GatewayDialog* d) {
            editorNamed(d, QStringLiteral("Name"))->setText(QStringLiteral("Broken"));
            editorNamed(d, QStringLiteral("Address"))->setText(QStringLiteral("ftp://example.com"));
            clickSave(d);
            stillOpen = d->isVisible();
            shownError = d->fieldError(QStringLiteral("baseUrl"));
            d->reject();
        });
        page.addGateway();
        QVERIFY(stillOpen);
        QVERIFY2(!shownError.isEmpty(), "the Address field shows why it was refused");
        QVERIFY(m_registry->list().isEmpty());
        QVERIFY(page.showsEmptyState());
    }

    void duplicateAndRemove()
    {
        GatewayProfile p;
        p.name = QStringLiteral("Prod");
        p.kind = GatewayKind::OpenAiCompatible;
        p.baseUrl = QUrl(QStringLiteral("https://gw.example.com/v1"));
        QVERIFY(m_registry->add(p).ok());

        ui::GatewaysPage page(*m_registry, *m_secrets);
        page.show();
        page.table()->selectRow(0);
        page.duplicateSelected();
        QCOMPARE(m_registry->list().size(), 2);
        QVERIFY(m_registry->findByName(QStringLiteral("Prod (copy)")));

        // The copy is selected now; the user confirms the removal.
        answerNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        page.removeSelected();
        QCOMPARE(m_registry->list().size(), 1);
        QVERIFY(m_registry->findByName(QStringLiteral("Prod")));

        // Cancel leaves it alone.
        page.table()->selectRow(0);
        answerNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        page.removeSelected();
        QCOMPARE(m_registry->list().size(), 1);
    }

    void filterNarrowsTheList()
    {
        for (const char* name : {"alpha", "beta", "gamma"}) {
            GatewayProfile p;
            p.name = QString::fromLatin1(name);
            p.kind = GatewayKind::OpenAiCompatible;
            p.baseUrl = QUrl(QStringLiteral("https://%1.example.com/v1").arg(p.name));
            QVERIFY(m_registry->add(p).ok());
        }
        ui::GatewaysPage page(*m_registry, *m_secrets);
        page.show();
        QCOMPARE(page.table()->model()->rowCount(), 3);
        auto* filter = page.findChild<QLineEdit*>();
        QTest::keyClicks(filter, QStringLiteral("bet"));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.table()->model()->index(0, 0).data().toString(), QStringLiteral("beta"));
    }
};

QTEST_MAIN(TestGatewaysPage)
#include "tst_gatewayspage.moc"
