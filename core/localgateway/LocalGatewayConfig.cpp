#include "core/localgateway/LocalGatewayConfig.h"

namespace gatehouse {

namespace {

// A TOML basic string: quotes, backslashes and control characters escaped.
QByteArray tomlString(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')).toLatin1();
        } else {
            out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

} // namespace

QString localAdminTokenSecretName()
{
    return QStringLiteral("gatehouse-admin-token");
}

QString providerSecretPipeName(const ProviderUpstream& provider)
{
    return QStringLiteral("provider-") + provider.name;
}

QByteArray localGatewayToml(const QList<ProviderUpstream>& providers, const QString& stateDirectory)
{
    QByteArray toml;
    toml += "# Written by the Gatehouse console for its local gateway at every start; edits are lost.\n"
            "# Provider keys and the admin token are not in this file: the console pipes them to\n"
            "# gatehoused (--secrets-stdin) from the system keychain.\n\n";
    toml += "[state]\ndir = " + tomlString(stateDirectory) + "\n\n";
    toml += "[admin]\ntoken_secret = " + tomlString(localAdminTokenSecretName()) + "\n\n";
    toml += "[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\n\n";
    toml += "[[models]]\nname = \"gatehouse-demo\"\nupstreams = [\"demo\"]\n";
    QStringList served{QStringLiteral("gatehouse-demo")};
    for (const ProviderUpstream& p : providers) {
        toml += "\n[[upstreams]]\nname = " + tomlString(p.name) +
                "\nkind = \"openai\"\nbase_url = " + tomlString(p.baseUrl.toString()) + "\n";
        if (p.auth == ProviderUpstream::Auth::ApiKey)
            toml += "auth = \"api-key\"\n";
        if (!p.secretName.isEmpty())
            toml += "api_key_secret = " + tomlString(providerSecretPipeName(p)) + "\n";
    }
    // Each model once; a model two providers serve is balanced over both.
    for (const ProviderUpstream& p : providers) {
        for (const QString& model : p.models) {
            if (served.contains(model))
                continue;
            served << model;
            QByteArray members;
            for (const ProviderUpstream& q : providers) {
                if (q.models.contains(model))
                    members += (members.isEmpty() ? "" : ", ") + tomlString(q.name);
            }
            toml += "\n[[models]]\nname = " + tomlString(model) + "\nupstreams = [" + members + "]\n";
        }
    }
    return toml;
}

} // namespace gatehouse
