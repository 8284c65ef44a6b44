#include "core/chat/ChatClient.h"
#include "core/localgateway/DirectProvider.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/chat/TargetPicker.h"

#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

// The chat's target picker offers the local gateway's providers directly besides the registry's
// entries: here a real gatehoused stands in for the provider (the cloud is out of reach), its key
// read from the real keychain on the way.
class TestTargetPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::GatehousedProcess> m_gateway;
    std::unique_ptr<test::ConsoleFixture> m_console;
    QString m_providers;
    QString m_url;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gateway = std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_url = m_gateway->baseUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_gateway->log()));
        m_console = std::make_unique<test::ConsoleFixture>(m_dir.path());
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
        bool written = false;
        m_console->secrets().write(QStringLiteral("lab-key"), QByteArray("sk-lab-direct-test"),
                                   SecretKind::ProviderKey, [&](const SecretError& error) {
                                       QVERIFY2(!error, qPrintable(error.message));
                                       written = true;
                                   });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

        ProviderUpstream lab;
        lab.name = QStringLiteral("lab");
        lab.baseUrl = QUrl(m_url); // the gatehoused API root, ".../v1"
        lab.secretName = QStringLiteral("lab-key");
        lab.models = {QStringLiteral("gatehouse-demo")};
        ProviderUpstream azure;
        azure.name = QStringLiteral("azure-east");
        azure.baseUrl = QUrl(QStringLiteral("https://east.openai.azure.example/openai/deployments/gpt4o"));
        azure.secretName = QStringLiteral("azure-key");
        azure.models = {QStringLiteral("gpt-4o")};
        azure.auth = ProviderUpstream::Auth::ApiKey;
        m_providers = m_dir.filePath(QStringLiteral("providers.json"));
        QCOMPARE(saveProviders(m_providers, {lab, azure}), QString());
    }

    void cleanupTestCase() { QCOMPARE(m_gateway->stop(), 0); }

    void aProviderIsOfferedDirectlyAndAnswersWithItsKey()
    {
        ChatClient client;
        ui::TargetPicker picker(m_console->registry(), m_console->secrets(), client,
                                ui::TargetPicker::Arrangement::Row);
        QSignalSpy models(&picker, &ui::TargetPicker::modelsLoaded);
        picker.setProvidersFile(m_providers);
        const int lab = picker.targetBox()->findText(QStringLiteral("lab — provider, directly"));
        QVERIFY2(lab >= 0, qPrintable(picker.targetBox()->itemText(0)));
        QVERIFY(picker.targetBox()->findText(QStringLiteral("azure-east — provider, directly")) >= 0);
        picker.targetBox()->setCurrentIndex(lab);

        const std::optional<GatewayProfile> profile = picker.currentProfile();
        QVERIFY(profile);
        QCOMPARE(profile->id, qint64(0)); // not a registry entry
        QCOMPARE(profile->kind, GatewayKind::OpenAiCompatible);
        QCOMPARE(profile->baseUrl, QUrl(m_url));
        QCOMPARE(profile->apiKeySecret, QStringLiteral("lab-key"));
        QCOMPARE(profile->name, QStringLiteral("lab (provider, direct)"));

        // Its models come from the provider itself, with the key read from the keychain.
        picker.refreshModels();
        QTRY_VERIFY2_WITH_TIMEOUT(picker.modelBox()->findText(QStringLiteral("gatehouse-demo")) >= 0,
                                  qPrintable(picker.modelBox()->toolTip()), 20000);
    }

    void anAzureStyleProvidersKeyGoesInApiKey()
    {
        ProviderUpstream azure;
        azure.name = QStringLiteral("azure-east");
        azure.baseUrl = QUrl(QStringLiteral("https://east.openai.azure.example/openai/deployments/gpt4o"));
        azure.secretName = QStringLiteral("azure-key");
        azure.auth = ProviderUpstream::Auth::ApiKey;
        const GatewayProfile p = directProviderProfile(azure);
        QVERIFY(p.apiKeySecret.isEmpty());
        QCOMPARE(p.chat.extraHeaders,
                 (QList<QPair<QString, QString>>{
                     {QStringLiteral("api-key"), QStringLiteral("{secret:azure-key}")}}));
    }

    void anUnreadableProvidersFileOffersNone()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        ChatClient client;
        ui::TargetPicker picker(m_console->registry(), m_console->secrets(), client,
                                ui::TargetPicker::Arrangement::Row);
        picker.setProvidersFile(broken);
        QCOMPARE(picker.targetBox()->findText(QStringLiteral("lab — provider, directly")), -1);
    }
};

QTEST_MAIN(TestTargetPicker)
#include "tst_targetpicker.moc"
