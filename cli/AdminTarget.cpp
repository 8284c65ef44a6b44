#include "cli/AdminTarget.h"

#include "cli/SecretReading.h"
#include "core/admin/AdminReply.h"
#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdminTarget)
};

} // namespace

std::optional<AdminEndpoint> adminTargetByName(CtlContext& context, const QString& name)
{
    ConsoleDatabase* db = context.database();
    if (!db)
        return std::nullopt;
    const auto profile = GatewayRegistry(*db).findByName(name);
    if (!profile) {
        context.fail(Text::tr("no gateway named '%1' (see gatehousectl gateway list)").arg(name));
        return std::nullopt;
    }
    if (profile->adminUrl.isEmpty()) {
        context.fail(Text::tr("gateway '%1' has no admin API address; set one with gatehousectl gateway "
                              "edit '%1' --admin-url URL")
                         .arg(name));
        return std::nullopt;
    }
    QByteArray token;
    if (!profile->adminTokenSecret.isEmpty()) {
        const SecretError error = readSecretNow(*db, profile->adminTokenSecret, token);
        if (error) {
            context.fail(Text::tr("cannot read the admin token '%1' of gateway '%2': %3")
                             .arg(profile->adminTokenSecret, name, error.message));
            return std::nullopt;
        }
    }
    AdminEndpoint endpoint = AdminEndpoint::fromProfile(*profile, token);
    wipe(token);
    return endpoint;
}

std::optional<AdminEndpoint> adminTargetByUrl(CtlContext& context, const QString& url,
                                              const QString& tokenEnv)
{
    AdminEndpoint endpoint;
    endpoint.adminUrl = QUrl(url, QUrl::StrictMode);
    if (!endpoint.adminUrl.isValid() || (endpoint.adminUrl.scheme() != QLatin1String("http") &&
                                         endpoint.adminUrl.scheme() != QLatin1String("https"))) {
        context.usageError(Text::tr("--url: use the admin API root, e.g. http://127.0.0.1:8080/admin/v1"));
        return std::nullopt;
    }
    if (!tokenEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(tokenEnv.toLocal8Bit().constData())) {
            context.fail(Text::tr("--token-env: the environment variable %1 is not set").arg(tokenEnv));
            return std::nullopt;
        }
        endpoint.token = qgetenv(tokenEnv.toLocal8Bit().constData());
    }
    return endpoint;
}

AdminAnswer answerOf(const AdminReply& reply)
{
    return {reply.ok(), reply.status(), reply.json(), reply.header("etag"), reply.errorString()};
}

AdminAnswer await(AdminReply* reply)
{
    AdminAnswer answer;
    QEventLoop loop;
    QObject::connect(reply, &AdminReply::finished, &loop, [&] {
        answer = answerOf(*reply);
        loop.quit();
    });
    loop.exec();
    return answer;
}

std::optional<QList<FleetTarget>> adminTargetsTagged(CtlContext& context, const QString& tag)
{
    ConsoleDatabase* db = context.database();
    if (!db)
        return std::nullopt;
    QList<FleetTarget> targets;
    for (const GatewayProfile& profile : GatewayRegistry(*db).list()) {
        if (profile.tags.contains(tag))
            targets.append({profile.name, std::nullopt, {}, {}});
    }
    if (targets.isEmpty()) {
        context.fail(Text::tr("no gateway is tagged '%1' (see gatehousectl gateway list)").arg(tag));
        return std::nullopt;
    }
    // The keychain answers one at a time: every token first, then the calls go out at once.
    for (FleetTarget& target : targets) {
        QString message;
        QTextStream captured(&message);
        CtlContext local(context.out(), captured, false);
        target.endpoint = adminTargetByName(local, target.gateway);
        if (!target.endpoint)
            target.problem = message.trimmed().remove(QStringLiteral("gatehousectl: "));
    }
    return targets;
}

} // namespace gatehouse::cli
