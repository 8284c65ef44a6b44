// "New key on a group" on the Keys page against two real gatehoused and a third that is not
// running yet: one key created on each gateway of the tag with a result per gateway (the one
// down reported), its secret — made by the console, only its SHA-256 sent — shown once and
// accepted by every gateway that holds the key; "Retry the failed" puts the same key on the
// third once it runs; "Revoke on a group" then revokes it everywhere (a key of the same name with
// another secret left alone). Runs inside tests/support/private-session.
#include "tests/support/DemoGatewayConfig.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/keys/AccessKeyTableModel.h"
#include "ui/keys/AccessKeysPanel.h"
#include "ui/keys/KeyFleetDialog.h"
#include "ui/keys/NewAccessKeyDialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace gatehouse;
using gatehouse::test::request;

namespace {

const QByteArray adminToken = "gh-admin-fleet-keys-5Tm9";

QStringList column(const QTreeWidget* list, int col)
{
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts << list->topLevelItem(i)->text(col);
    return texts;
}

} // namespace

class TestKeyFleet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tokenFile;
    std::unique_ptr<test::GatehousedProcess> m_a, m_b, m_c;
    quint16 m_portA = 0, m_portB = 0, m_portC = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

    std::unique_ptr<test::GatehousedProcess> start(const QString& name, quint16 port = 0)
    {
        const QString config = test::writeDemoGatewayConfig(m_dir, name, m_tokenFile);
        return std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{"--config", config, "--listen", QStringLiteral("127.0.0.1:%1").arg(port)});
    }

    void add(const QString& name, quint16 port)
    {
        GatewayProfile profile = test::gatehouseProfile(name, port, "fleet-admin", {"prod"});
        QCOMPARE(m_console->addGateway(profile), QString());
    }

    static int chat(quint16 port, const QByteArray& key)
    {
        return request(port, "POST", "/v1/chat/completions",
                       "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                       "Authorization: Bearer " + key + "\r\n")
            .status;
    }

    static int keyCount(quint16 port)
    {
        return int(request(port, "GET", "/admin/v1/keys", {}, "Authorization: Bearer " + adminToken + "\r\n")
                       .json()
                       .value("keys")
                       .toArray()
                       .size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session");
        m_tokenFile = test::writeFile(m_dir, "admin-token", adminToken);
        m_a = start("a-edge");
        m_b = start("b-edge");
        m_portA = m_a->waitForPort();
        m_portB = m_b->waitForPort();
        QVERIFY2(m_portA && m_portB, qPrintable(m_a->log() + m_b->log()));
        m_portC = test::deadPort(); // c-edge starts later

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        QCOMPARE(m_console->writeSecret("fleet-admin", adminToken, SecretKind::AdminToken), QString());
        add("a-edge", m_portA);
        add("b-edge", m_portB);
        add("c-edge", m_portC);
    }

    void oneKeyOnEveryGatewayOfTheGroup()
    {
        ui::AccessKeysPanel panel(m_console->registry(), m_console->secrets(), m_console->settings());
        QSignalSpy finished(&panel, &ui::AccessKeysPanel::operationFinished);
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() >= 1; }, 60000));
        QCOMPARE(panel.gatewayPicker()->currentText(), QStringLiteral("a-edge"));

        QSignalSpy fleetShown(&panel, &ui::AccessKeysPanel::fleetDialogShown);
        QSignalSpy secretShown(&panel, &ui::AccessKeysPanel::newKeyShown);
        AccessKeyChanges key;
        key.name = QStringLiteral("shop");
        key.models = QStringList{"chat"};
        key.rpm = std::optional<qint64>(600);
        panel.createKeyOnGroup(key);
        QCOMPARE(fleetShown.count(), 1);
        QPointer<ui::KeyFleetDialog> dialog = panel.findChild<ui::KeyFleetDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->tagField()->currentText(), QStringLiteral("prod")); // a-edge's group
        QCOMPARE(column(dialog->gatewayList(), ui::KeyFleetDialog::Gateway),
                 (QStringList{"a-edge", "b-edge", "c-edge"}));

        QSignalSpy done(dialog.data(), &ui::KeyFleetDialog::operationFinished);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(!dialog->runButton()->isEnabled()); // one creation at a time
        QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 60000));
        QCOMPARE(dialog->progressBar()->value(), 3);
        const QStringList results = column(dialog->gatewayList(), ui::KeyFleetDialog::Result);
        QVERIFY2(results.at(0).startsWith("Created: key_") && results.at(1).startsWith("Created: key_"),
                 qPrintable(results.join(" | ")));
        QVERIFY2(results.at(2).startsWith("Failed: ") && results.at(2).contains("refused"),
                 qPrintable(results.at(2)));
        QVERIFY2(dialog->summaryText().startsWith("2 of 3 gateway(s) hold the key."),
                 qPrintable(dialog->summaryText()));

        const QString shots =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        QTest::qWait(100); // the new summary and button text laid out
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/keys-fleet.png")));
        QVERIFY(panel.grab().save(shots + QStringLiteral("/keys-panel.png")));

        // The secret, shown once, works on both; the gateways never saw it (only its hash).
        QCOMPARE(secretShown.count(), 1);
        QPointer<ui::NewAccessKeyDialog> shown = panel.findChild<ui::NewAccessKeyDialog*>();
        QVERIFY(shown);
        const QByteArray secret = shown->findChild<QLineEdit*>()->text().toLatin1();
        QVERIFY2(secret.startsWith("gk-") && secret.size() == 46, secret.constData());
        QCOMPARE(shown->keychainName(), QStringLiteral("access-prod-shop"));
        QCOMPARE(chat(m_portA, secret), 200);
        QCOMPARE(chat(m_portB, secret), 200);
        QCOMPARE(chat(m_portA, "gk-" + QByteArray(43, 'x')), 401);
        QVERIFY(!m_a->log().contains(QString::fromLatin1(secret)));
        // The page's own gateway lists it.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const AccessKey& k : panel.model()->keys())
                    if (k.name == "shop" && k.prefix == QString::fromLatin1(secret.mid(3, 8)) &&
                        k.rpm == std::optional<qint64>(600))
                        return true;
                return false;
            },
            30000));
        shown->close();

        // c-edge comes up: the failed one again, with the same secret.
        m_c = start("c-edge", m_portC);
        QCOMPARE(m_c->waitForPort(), m_portC);
        QCOMPARE(dialog->runButton()->text(), QStringLiteral("&Retry the failed"));
        QVERIFY(dialog->runButton()->isEnabled());
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return done.count() == 2; }, 60000));
        QCOMPARE(dialog->summaryText(), QStringLiteral("All 3 gateway(s) hold the key now."));
        QVERIFY(!dialog->runButton()->isEnabled()); // done: nothing more to create
        QCOMPARE(secretShown.count(), 1);           // shown once only
        QCOMPARE(chat(m_portC, secret), 200);
        QCOMPARE(keyCount(m_portA), 1); // not twice on the ones that had it
        QCOMPARE(keyCount(m_portC), 1);
        dialog->close();
        QTRY_VERIFY(dialog.isNull()); // deleted on close, and the secret with it

        // Revoked on the group: on c-edge, "shop" was meanwhile replaced by a key with another
        // secret — that one is not the group's key and stays.
        const QByteArray auth = "Authorization: Bearer " + adminToken + "\r\n";
        const QJsonArray cKeys =
            request(m_portC, "GET", "/admin/v1/keys", {}, auth).json().value("keys").toArray();
        QCOMPARE(request(m_portC, "DELETE",
                         "/admin/v1/keys/" + cKeys.at(0).toObject().value("id").toString().toUtf8(), {}, auth)
                     .status,
                 204);
        const test::HttpResult other =
            request(m_portC, "POST", "/admin/v1/keys", "{\"name\":\"shop\"}", auth);
        QCOMPARE(other.status, 201);
        const QByteArray otherSecret = other.json().value("secret").toString().toLatin1();

        const int row = [&] {
            for (int r = 0; r < panel.model()->rowCount(); ++r)
                if (panel.model()->keyAt(r)->name == "shop")
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        panel.table()->selectRow(row);
        panel.revokeSelectedOnGroup();
        QCOMPARE(fleetShown.count(), 2);
        QPointer<ui::KeyFleetDialog> revoke = panel.findChild<ui::KeyFleetDialog*>();
        QVERIFY(revoke && revoke->isVisible());
        QCOMPARE(revoke->runButton()->text(), QStringLiteral("Re&voke on all"));
        QSignalSpy revoked(revoke.data(), &ui::KeyFleetDialog::operationFinished);
        QTest::mouseClick(revoke->runButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return revoked.count() == 1; }, 60000));
        const QStringList revokeResults = column(revoke->gatewayList(), ui::KeyFleetDialog::Result);
        QVERIFY2(revokeResults.at(0).startsWith("Revoked: key_") &&
                     revokeResults.at(1).startsWith("Revoked: key_"),
                 qPrintable(revokeResults.join(" | ")));
        QCOMPARE(revokeResults.at(2), QStringLiteral("Did not hold it"));
        QCOMPARE(revoke->summaryText(), QStringLiteral("No gateway of the 3 holds the key any more."));
        QCOMPARE(chat(m_portA, secret), 401);
        QCOMPARE(chat(m_portB, secret), 401);
        QCOMPARE(chat(m_portC, otherSecret), 200); // the other "shop" is untouched
        QCOMPARE(keyCount(m_portA), 0);
        QCOMPARE(keyCount(m_portC), 1);
        revoke->close();
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
        m_c.reset();
    }
};

QTEST_MAIN(TestKeyFleet)
#include "tst_keyfleet.moc"
