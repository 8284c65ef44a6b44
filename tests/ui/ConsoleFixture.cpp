#include "tests/ui/ConsoleFixture.h"

#include <QTest>
#include <QUrl>

#include <optional>

namespace gatehouse::test {

ConsoleFixture::ConsoleFixture(const QString& dir)
    : m_database(std::make_unique<ConsoleDatabase>(QDir(dir).filePath(QStringLiteral("console.sqlite"))))
{
    if (!m_database->open())
        m_problem =
            QStringLiteral("cannot open %1").arg(QDir(dir).filePath(QStringLiteral("console.sqlite")));
    m_settings = std::make_unique<Settings>(QDir(dir).filePath(QStringLiteral("settings.ini")));
    m_catalog = std::make_unique<SecretCatalog>(*m_database);
    m_secrets = std::make_unique<SecretStore>(*m_catalog);
    m_registry = std::make_unique<GatewayRegistry>(*m_database);
}

QString ConsoleFixture::writeSecret(const QString& name, const QByteArray& value, SecretKind kind)
{
    std::optional<SecretError> written;
    m_secrets->write(name, value, kind, [&](const SecretError& e) { written = e; });
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 45000))
        return QStringLiteral("the keychain did not answer within 45 s storing %1").arg(name);
    return *written ? written->message : QString();
}

QString ConsoleFixture::addGateway(GatewayProfile profile)
{
    return m_registry->add(profile).summary();
}

GatewayProfile gatehouseProfile(const QString& name, quint16 port, const QString& adminTokenSecret,
                                const QStringList& tags)
{
    GatewayProfile profile;
    profile.name = name;
    profile.kind = GatewayKind::Gatehouse;
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    profile.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/admin/v1").arg(port));
    profile.adminTokenSecret = adminTokenSecret;
    profile.tags = tags;
    return profile;
}

} // namespace gatehouse::test
