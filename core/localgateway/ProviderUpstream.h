#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gatehouse {

// A provider the local gateway forwards to besides its offline demo model: an OpenAI-compatible
// API root, the keychain secret holding its key (only the name is kept here; the value travels to
// gatehoused through a pipe at start), and the models it serves.
struct ProviderUpstream
{
    enum class Auth
    {
        Bearer, // Authorization: Bearer KEY
        ApiKey, // api-key: KEY (Azure OpenAI)
    };

    QString name;       // letters, digits, '-', '_' and '.'; unique; not "demo"
    QUrl baseUrl;       // e.g. https://api.openai.com/v1
    QString secretName; // the key's name in the keychain; empty: no key (a local model server)
    QStringList models; // the model names clients ask for
    Auth auth = Auth::Bearer;

    bool operator==(const ProviderUpstream&) const = default;

    // One sentence on what is wrong, or empty when the provider can be used.
    QString problem() const;
};

// The providers of the local gateway, kept as JSON (no secrets) in its data directory.
// load() returns an empty list when the file does not exist; nullopt with `error` set when it
// exists but cannot be read. save() writes atomically and returns an error sentence or empty.
std::optional<QList<ProviderUpstream>> loadProviders(const QString& file, QString* error);
QString saveProviders(const QString& file, const QList<ProviderUpstream>& providers);

} // namespace gatehouse
