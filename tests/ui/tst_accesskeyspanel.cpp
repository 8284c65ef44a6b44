// The Keys page's gateway access keys against a real gatehoused: list, create (the secret shown
// once, saved to the real keychain), edit, disable, revoke — each checked on the gateway itself by
// calling it with the key. Runs inside tests/support/private-session.
#include "tests/support/GatehousedProcess.h"
#include "tests/support/ModalAnswer.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/keys/AccessKeyDialog.h"
#include "ui/keys/AccessKeyTableModel.h"
#include "ui/keys/AccessKeysPanel.h"
#include "ui/keys/NewAccessKeyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using gatehouse::test::answerNextModal;

namespace {

const QByteArray adminToken = "gh-admin-Kp3vR8sW2qL6";

} // namespace

class TestAccessKeysPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

    // The status of a chat completion sent with `key` (0 when nothing answered).
    int chatWith(const QByteArray& key)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply* reply = network.post(
            request, "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    static bool waitFor(QSignalSpy& spy, int count = 1)
    {
        return QTest::qWaitFor([&] { return spy.count() >= count; }, 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session");
        QFile token(m_dir.filePath("admin-token"));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(adminToken);
        token.close();
        QFile config(m_dir.filePath("gateway.toml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[admin]\ntoken_file = \"" + token.fileName().toUtf8() + "\"\n\n[state]\ndir = \"" +
                     m_dir.filePath("state").toUtf8() +
                     "\"\n\n[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nfirst_token_ms = 0\n\n"
                     "[[models]]\nname = \"chat\"\nupstreams = [\"d\"]\n\n"
                     "[[models]]\nname = \"other\"\nupstreams = [\"d\"]\n");
        config.close();
        m_gateway = std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{"--config", config.fileName(), "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log()));

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));

        QCOMPARE(m_console->writeSecret("gw-admin", adminToken, SecretKind::AdminToken), QString());
        GatewayProfile profile = test::gatehouseProfile("Edge", m_port, "gw-admin");
        QCOMPARE(m_console->addGateway(profile), QString());
    }

    void createUseEditDisableRevoke()
    {
        ui::AccessKeysPanel panel(m_console->registry(), m_console->secrets(), m_console->settings());
        QSignalSpy finished(&panel, &ui::AccessKeysPanel::operationFinished);
        panel.show();
        QCOMPARE(panel.gatewayPicker()->currentText(), QStringLiteral("Edge"));
        QVERIFY(waitFor(finished));
        QVERIFY2(panel.problemText().isEmpty(), qPrintable(panel.problemText()));
        const int before = panel.model()->rowCount();

        // Create: only model "chat", 100 requests per minute.
        answerNextModal<ui::AccessKeyDialog>([](ui::AccessKeyDialog* d) {
            d->nameField()->setText("web shop");
            d->modelsField()->setText("chat");
            d->rpmField()->setValue(100);
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QSignalSpy shown(&panel, &ui::AccessKeysPanel::newKeyShown);
        const int done = int(finished.count());
        panel.createKey();
        QVERIFY(waitFor(finished, done + 1));
        QVERIFY2(panel.problemText().isEmpty(), qPrintable(panel.problemText()));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(panel.model()->rowCount(), before + 1);
        const int row = panel.model()->rowOf(panel.model()->keys().last().id);
        const AccessKey created = *panel.model()->keyAt(row);
        QCOMPARE(created.name, QStringLiteral("web shop"));
        QCOMPARE(created.models, QStringList{"chat"});
        QCOMPARE(created.rpm, std::optional<qint64>(100));

        // The secret is shown once; save it to the keychain, then use it on the gateway.
        QPointer<ui::NewAccessKeyDialog> dialog = panel.findChild<ui::NewAccessKeyDialog*>();
        QVERIFY(dialog);
        const QByteArray secret = dialog->findChild<QLineEdit*>()->text().toLatin1();
        QVERIFY2(secret.startsWith("gk-"), secret.constData());
        QCOMPARE(dialog->keychainName(), QStringLiteral("access-edge-web-shop"));
        dialog->saveToKeychain();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->saved(), 45000);
        QByteArray stored;
        std::optional<SecretError> read;
        m_console->secrets().read("access-edge-web-shop", [&](const SecretError& e, const QByteArray& v) {
            read = e;
            stored = QByteArray(v.constData(), v.size());
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 45000);
        QCOMPARE(stored, secret);
        dialog->close();
        QTRY_VERIFY(dialog.isNull()); // deleted on close: the secret is wiped with it
        QVERIFY(!m_gateway->log().contains(QString::fromLatin1(secret)));

        QCOMPARE(chatWith(secret), 200);

        // Edit: allow only "other" now — "chat" is refused with 403.
        panel.table()->selectRow(row);
        answerNextModal<ui::AccessKeyDialog>([](ui::AccessKeyDialog* d) {
            QCOMPARE(d->nameField()->text(), QStringLiteral("web shop"));
            d->modelsField()->setText("other");
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        int count = int(finished.count());
        panel.editSelected();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY2(panel.problemText().isEmpty(), qPrintable(panel.problemText()));
        QCOMPARE(panel.model()->keyAt(row)->models, QStringList{"other"});
        QCOMPARE(chatWith(secret), 403);

        // Disable, then enable again.
        panel.table()->selectRow(row);
        count = int(finished.count());
        panel.toggleSelected();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY(!panel.model()->keyAt(row)->enabled);
        QCOMPARE(ui::AccessKeyTableModel::statusOf(*panel.model()->keyAt(row)), QStringLiteral("Disabled"));
        QCOMPARE(chatWith(secret), 401);
        panel.table()->selectRow(row);
        count = int(finished.count());
        panel.toggleSelected();
        QVERIFY(waitFor(finished, count + 1));
        QVERIFY(panel.model()->keyAt(row)->enabled);

        // Revoke (confirmed): gone from the list and refused at once.
        panel.table()->selectRow(row);
        answerNextModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        count = int(finished.count());
        panel.revokeSelected();
        QVERIFY(waitFor(finished, count + 1));
        QCOMPARE(panel.model()->rowCount(), before);
        QCOMPARE(chatWith(secret), 401);

        // A fresh list agrees with what the panel shows.
        count = int(finished.count());
        panel.refresh();
        QVERIFY(waitFor(finished, count + 1));
        QCOMPARE(panel.model()->rowCount(), before);
    }

    void aWrongAdminTokenIsExplained()
    {
        QCOMPARE(m_console->writeSecret("gw-admin-wrong", "not-it", SecretKind::AdminToken), QString());
        GatewayProfile profile = *m_console->registry().findByName("Edge");
        profile.id = 0;
        profile.name = "Edge wrong token";
        profile.adminTokenSecret = "gw-admin-wrong";
        QCOMPARE(m_console->addGateway(profile), QString());

        ui::AccessKeysPanel panel(m_console->registry(), m_console->secrets(), m_console->settings());
        QSignalSpy finished(&panel, &ui::AccessKeysPanel::operationFinished);
        panel.gatewayPicker()->setCurrentText("Edge wrong token"); // while "Edge" is still being asked
        QVERIFY(waitFor(finished, 2));
        QTRY_VERIFY_WITH_TIMEOUT(panel.problemText().contains("401"), 30000);
        QVERIFY2(panel.problemText().contains("admin token"), qPrintable(panel.problemText()));
    }
};

QTEST_MAIN(TestAccessKeysPanel)
#include "tst_accesskeyspanel.moc"
