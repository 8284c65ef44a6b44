// The Rules page's fleet actions against three real gatehoused and one address where nothing
// listens: "Push to group…" replaces the rules of a tag's gateways with the page gateway's set or a
// file, with a progress bar and a result per gateway (the one down reported, the others applied);
// the drift view lists the gateways whose revision differs and pushes to just those, each only if
// it still holds the revision the view saw. Runs inside tests/support/private-session.
#include "tests/support/DemoGatewayConfig.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/rules/RuleDriftDialog.h"
#include "ui/rules/RuleFleet.h"
#include "ui/rules/RulePushDialog.h"
#include "ui/rules/RulesPage.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace gatehouse;
using gatehouse::test::request;

namespace {

struct Gateway
{
    QString name;
    QByteArray token;
    std::unique_ptr<test::GatehousedProcess> process;
    quint16 port = 0;
};

const QByteArray referenceSet = "{\"rules\":["
                                "{\"id\":\"no-secrets\",\"kind\":\"keywords\",\"keywords\":[\"совершенно "
                                "секретно\"],\"action\":\"block\"},"
                                "{\"id\":\"cards\",\"kind\":\"pii\",\"detectors\":[\"payment_card\"],"
                                "\"action\":\"redact\"}]}";
const QByteArray otherSet =
    "{\"rules\":[{\"id\":\"old\",\"kind\":\"keywords\",\"keywords\":[\"legacy\"],\"action\":\"flag\"}]}";

QStringList column(const QTreeWidget* list, int col)
{
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts << list->topLevelItem(i)->text(col);
    return texts;
}

} // namespace

class TestRuleFleet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Gateway*> m_gateways; // a-edge (the page's), b-edge, c-edge
    Gateway m_a{"a-edge", "gh-admin-fleet-a-7Qp2", nullptr, 0};
    Gateway m_b{"b-edge", "gh-admin-fleet-b-9Wx4", nullptr, 0};
    Gateway m_c{"c-edge", "gh-admin-fleet-c-3Zr8", nullptr, 0};
    std::unique_ptr<test::ConsoleFixture> m_console;

    test::HttpResult admin(const Gateway& g, const QByteArray& method, const QByteArray& body = {},
                           const QByteArray& extra = {})
    {
        return request(g.port, method, "/admin/v1/rules", body,
                       "Authorization: Bearer " + g.token + "\r\n" + extra);
    }

    QByteArray etagOf(const Gateway& g) { return admin(g, "GET").headers.value("etag"); }

    void add(const QString& name, quint16 port, const QString& tokenSecret, const QStringList& tags)
    {
        GatewayProfile profile = test::gatehouseProfile(name, port, tokenSecret, tags);
        profile.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        QCOMPARE(m_console->addGateway(profile), QString());
    }

    // The page on a-edge, with its rules read.
    std::unique_ptr<ui::RulesPage> openPage()
    {
        auto page = std::make_unique<ui::RulesPage>(m_console->registry(), m_console->secrets());
        QSignalSpy finished(page.get(), &ui::RulesPage::operationFinished);
        page->resize(1200, 700);
        page->show();
        if (!QTest::qWaitFor([&] { return finished.count() >= 1; }, 60000))
            return nullptr;
        if (page->gatewayPicker()->currentText() != m_a.name || page->etag().isEmpty())
            return nullptr;
        return page;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_SECRET_SERVICE"),
                 "run under tests/support/private-session");
        m_gateways = {&m_a, &m_b, &m_c};
        for (Gateway* g : m_gateways) {
            const QString token = test::writeFile(m_dir, g->name + ".token", g->token);
            const QString config = test::writeDemoGatewayConfig(m_dir, g->name, token);
            g->process = std::make_unique<test::GatehousedProcess>(
                QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
            g->port = g->process->waitForPort();
            QVERIFY2(g->port != 0, qPrintable(g->process->log()));
        }

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        for (Gateway* g : m_gateways)
            QCOMPARE(m_console->writeSecret(g->name + "-admin", g->token, SecretKind::AdminToken), QString());
        add(m_a.name, m_a.port, "a-edge-admin", {"prod"});
        add(m_b.name, m_b.port, "b-edge-admin", {"prod"});
        add(m_c.name, m_c.port, "c-edge-admin", {"prod", "lab"});
        add("d-down", test::deadPort(), "a-edge-admin", {"prod"});
    }

    void cleanupTestCase()
    {
        for (Gateway* g : m_gateways)
            g->process.reset();
    }

    void pushToGroupReportsEachGatewayAndTheOneDown()
    {
        QCOMPARE(admin(m_a, "PUT", referenceSet).status, 200);
        QCOMPARE(admin(m_b, "PUT", "{\"rules\":[]}").status, 200);
        QCOMPARE(admin(m_c, "PUT", otherSet).status, 200);
        const std::unique_ptr<ui::RulesPage> page = openPage();
        QVERIFY(page);

        page->pushToGroup();
        ui::RulePushDialog* dialog = page->fleet()->pushDialog();
        QVERIFY(dialog && dialog->isVisible());
        QStringList tags;
        for (int i = 0; i < dialog->tagField()->count(); ++i)
            tags << dialog->tagField()->itemText(i);
        QCOMPARE(tags, (QStringList{"lab", "prod"})); // every tag, also one on a single gateway
        dialog->setTag("prod");
        QCOMPARE(column(dialog->gatewayList(), ui::RulePushDialog::Gateway),
                 (QStringList{"a-edge", "b-edge", "c-edge", "d-down"}));
        QVERIFY(dialog->pushButton()->isEnabled());

        QSignalSpy done(dialog, &ui::RulePushDialog::pushFinished);
        QSignalSpy progress(dialog->progressBar(), &QProgressBar::valueChanged);
        QSignalSpy refreshed(page.get(), &ui::RulesPage::operationFinished);
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(!dialog->pushButton()->isEnabled()); // one push at a time
        QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 60000));
        QCOMPARE(dialog->progressBar()->maximum(), 4);
        QCOMPARE(dialog->progressBar()->value(), 4);
        QVERIFY2(progress.count() >= 4, "the bar moved once per gateway");

        const QByteArray revision = etagOf(m_a);
        const QStringList results = column(dialog->gatewayList(), ui::RulePushDialog::Result);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(results.at(i),
                     QStringLiteral("Applied: revision %1").arg(QString::fromLatin1(revision)));
        QVERIFY2(results.at(3).startsWith("Failed: ") && results.at(3).contains("refused"),
                 qPrintable(results.at(3)));
        QVERIFY2(dialog->summaryText() ==
                     "The rule set reached 3 of 4 gateway(s); the others keep their previous set.",
                 qPrintable(dialog->summaryText()));
        QCOMPARE(etagOf(m_b), revision);
        QCOMPARE(etagOf(m_c), revision);
        QCOMPARE(admin(m_c, "GET").json().value("rules").toArray().size(), 2);
        // …and they enforce it.
        const QByteArray chat = "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":"
                                "\"это СОВЕРШЕННО секретно\"}]}";
        QCOMPARE(request(m_c.port, "POST", "/v1/chat/completions", chat).status, 400);
        QVERIFY(QTest::qWaitFor([&] { return refreshed.count() >= 1; }, 30000)); // the page read again

        // A broken file is refused before anything is sent; a good one goes to the lab.
        const QString bad = test::writeFile(
            m_dir, "bad.json", "{\"rules\":[{\"id\":\"x\",\"kind\":\"regex\",\"pattern\":\"a(b\"}]}");
        QVERIFY(!dialog->useFile(bad));
        QVERIFY2(dialog->problemText().contains("rules[0].pattern") &&
                     dialog->problemText().contains("nothing was sent"),
                 qPrintable(dialog->problemText()));
        const QString good = test::writeFile(m_dir, "lab.json", otherSet);
        QVERIFY(dialog->useFile(good));
        dialog->setTag("lab");
        QCOMPARE(column(dialog->gatewayList(), ui::RulePushDialog::Gateway), QStringList{"c-edge"});
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return done.count() == 2; }, 60000));
        QCOMPARE(dialog->summaryText(), QStringLiteral("All 1 gateway(s) hold the rule set now."));
        QCOMPARE(admin(m_c, "GET").json().value("rules").toArray().first().toObject().value("id").toString(),
                 QStringLiteral("old"));
        QCOMPARE(etagOf(m_b), revision); // not in the lab: untouched
        dialog->close();
    }

    void driftListsTheGatewaysThatDifferAndPushesToJustThose()
    {
        QCOMPARE(admin(m_a, "PUT", referenceSet).status, 200);
        QCOMPARE(admin(m_b, "PUT", referenceSet).status, 200);
        QCOMPARE(admin(m_c, "PUT", otherSet).status, 200);
        const QByteArray revision = etagOf(m_a);
        QCOMPARE(etagOf(m_b), revision);
        const std::unique_ptr<ui::RulesPage> page = openPage();
        QVERIFY(page);

        page->showDrift();
        ui::RuleDriftDialog* drift = page->fleet()->driftDialog();
        QVERIFY(drift && drift->isVisible());
        QSignalSpy checked(drift, &ui::RuleDriftDialog::checked);
        drift->setTag("prod");
        QVERIFY(QTest::qWaitFor([&] { return checked.count() >= 1 && !drift->isChecking(); }, 60000));
        QTreeWidget* list = drift->driftList();
        // b-edge holds the same rules and a-edge is the reference: neither is listed.
        QCOMPARE(column(list, ui::RuleDriftDialog::Gateway), (QStringList{"c-edge", "d-down"}));
        QCOMPARE(list->topLevelItem(0)->text(ui::RuleDriftDialog::Revision),
                 QString::fromLatin1(etagOf(m_c)));
        QCOMPARE(list->topLevelItem(0)->text(ui::RuleDriftDialog::Rules), QStringLiteral("1"));
        QCOMPARE(list->topLevelItem(0)->text(ui::RuleDriftDialog::State),
                 QStringLiteral("holds other rules"));
        QVERIFY2(list->topLevelItem(1)->text(ui::RuleDriftDialog::State).startsWith("unknown: "),
                 qPrintable(list->topLevelItem(1)->text(ui::RuleDriftDialog::State)));
        QVERIFY2(drift->summaryText() ==
                     "1 of 3 other gateway(s) hold rules other than a-edge's. 1 could not be asked.",
                 qPrintable(drift->summaryText()));
        QVERIFY(drift->pushButton()->isEnabled());
        QCOMPARE(drift->pushButton()->text(), QStringLiteral("&Push a-edge's rules to these 1"));

        // Pushing to those only: c-edge gets a-edge's set.
        QTest::mouseClick(drift->pushButton(), Qt::LeftButton);
        ui::RulePushDialog* push = page->fleet()->pushDialog();
        QVERIFY(push);
        QCOMPARE(column(push->gatewayList(), ui::RulePushDialog::Gateway), QStringList{"c-edge"});
        QSignalSpy pushed(push, &ui::RulePushDialog::pushFinished);
        QVERIFY(QTest::qWaitFor([&] { return pushed.count() == 1; }, 60000));
        QCOMPARE(etagOf(m_c), revision);
        // The view checks again by itself: only the one it could not ask is left.
        QVERIFY(QTest::qWaitFor([&] { return checked.count() >= 2 && !drift->isChecking(); }, 60000));
        QCOMPARE(column(list, ui::RuleDriftDialog::Gateway), QStringList{"d-down"});
        QVERIFY(!drift->pushButton()->isEnabled());
        push->close();

        // A gateway changed between the check and the push keeps its change (If-Match → 412).
        QCOMPARE(admin(m_b, "PUT", otherSet).status, 200);
        drift->checkButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return checked.count() >= 3 && !drift->isChecking(); }, 60000));
        QCOMPARE(column(list, ui::RuleDriftDialog::Gateway), (QStringList{"b-edge", "d-down"}));
        const QByteArray changed =
            "{\"rules\":[{\"id\":\"mine\",\"kind\":\"keywords\",\"keywords\":[\"x\"],\"action\":\"flag\"}]}";
        QCOMPARE(admin(m_b, "PUT", changed).status, 200); // someone else, meanwhile
        const QByteArray theirs = etagOf(m_b);
        QTest::mouseClick(drift->pushButton(), Qt::LeftButton);
        push = page->fleet()->pushDialog();
        QSignalSpy pushedAgain(push, &ui::RulePushDialog::pushFinished);
        QVERIFY(QTest::qWaitFor([&] { return pushedAgain.count() == 1; }, 60000));
        const QString result = push->gatewayList()->topLevelItem(0)->text(ui::RulePushDialog::Result);
        QVERIFY2(result.startsWith("Failed: ") && result.contains("changed since they were read"),
                 qPrintable(result));
        QCOMPARE(etagOf(m_b), theirs);
        QCOMPARE(admin(m_b, "GET").json().value("rules").toArray().first().toObject().value("id").toString(),
                 QStringLiteral("mine"));
        push->close();
        drift->close();
    }
};

QTEST_MAIN(TestRuleFleet)
#include "tst_rulefleet.moc"
