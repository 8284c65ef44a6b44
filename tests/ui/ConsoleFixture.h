#pragma once

#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayProfile.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>

#include <memory>

namespace gatehouse::test {

// What a console page under test stands on, as the console has it: console.sqlite and
// settings.ini in `dir` (the scratch home of tests/support/scratch-home by default), the secret
// catalog and store over the real keychain (run under tests/support/private-session), and the
// gateway registry. Make it once a QApplication exists.
class ConsoleFixture
{
public:
    explicit ConsoleFixture(const QString& dir = QDir::homePath());

    // Empty when the database opened, else why not.
    const QString& problem() const { return m_problem; }

    ConsoleDatabase& database() { return *m_database; }
    Settings& settings() { return *m_settings; }
    SecretCatalog& catalog() { return *m_catalog; }
    SecretStore& secrets() { return *m_secrets; }
    GatewayRegistry& registry() { return *m_registry; }

    // Stores `value` in the keychain as `name` and waits for it (up to 45 s): the error, or empty.
    QString writeSecret(const QString& name, const QByteArray& value, SecretKind kind);
    // Adds `profile` to the registry: why it was refused, or empty.
    QString addGateway(GatewayProfile profile);

private:
    std::unique_ptr<ConsoleDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<GatewayRegistry> m_registry;
    QString m_problem;
};

// A gatehoused at 127.0.0.1:port as the console registers it: chat and admin URLs, the admin token
// as the keychain secret `adminTokenSecret`, and `tags`. (No metrics URL: set one when wanted.)
GatewayProfile gatehouseProfile(const QString& name, quint16 port, const QString& adminTokenSecret,
                                const QStringList& tags = {});

} // namespace gatehouse::test
