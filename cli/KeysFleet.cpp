#include "cli/KeysFleet.h"

#include "cli/AdminTarget.h"
#include "cli/SecretReading.h"
#include "core/admin/AccessKeyFleetCreate.h"
#include "core/admin/AccessKeyFleetRevoke.h"
#include "core/database/ConsoleDatabase.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeysFleet)
};

void runToTheEnd(AccessKeyFleetOperation& operation)
{
    QEventLoop loop;
    QObject::connect(&operation, &AccessKeyFleetOperation::finished, &loop, &QEventLoop::quit);
    operation.start();
    loop.exec();
}

// One line per gateway ("created", "revoked", "absent", "failed" stay as they are, for scripts),
// or one JSON array; `secret` joins the JSON when set.
void report(CtlContext& context, const AccessKeyFleetOperation& operation, bool creates,
            const QByteArray& secret)
{
    QJsonArray results;
    int width = 0;
    for (const AccessKeyFleetResult& result : operation.results())
        width = std::max(width, int(result.gateway.size()));
    for (const AccessKeyFleetResult& result : operation.results()) {
        const QString what = !result.ok                ? QStringLiteral("failed")
                             : creates                 ? QStringLiteral("created")
                             : result.key.id.isEmpty() ? QStringLiteral("absent")
                                                       : QStringLiteral("revoked");
        if (context.json()) {
            results.append(QJsonObject{
                {QStringLiteral("gateway"), result.gateway},
                {QStringLiteral("result"), what},
                {QStringLiteral("id"), result.key.id.isEmpty() ? QJsonValue() : QJsonValue(result.key.id)},
                {QStringLiteral("error"), result.ok ? QJsonValue() : QJsonValue(result.error)}});
            continue;
        }
        context.out() << result.gateway.leftJustified(width + 2) << what.leftJustified(9)
                      << (result.ok ? result.key.id : result.error) << '\n';
    }
    if (context.json()) {
        QJsonObject all{{QStringLiteral("gateways"), results}};
        if (!secret.isEmpty())
            all.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
    }
    context.out().flush();
}

} // namespace

int handOverSecret(CtlContext& context, const QByteArray& secret, const QString& keychainName)
{
    if (keychainName.isEmpty()) {
        context.out() << QString::fromLatin1(secret) << Qt::endl;
        return 0;
    }
    ConsoleDatabase* db = context.database();
    if (!db)
        return 1;
    if (const SecretError error = writeSecretNow(*db, keychainName, secret, SecretKind::AccessKey))
        return context.fail(Text::tr("the key was created but its secret could not be stored as '%1': %2; "
                                     "revoke the key and create it again")
                                .arg(keychainName, error.message));
    context.err() << Text::tr("Stored the key's secret in the keychain as '%1'.").arg(keychainName)
                  << Qt::endl;
    return 0;
}

int createKeyOnGroup(CtlContext& context, const QString& group, const AccessKeyChanges& key,
                     const QString& keychainName)
{
    const std::optional<QList<FleetTarget>> targets = adminTargetsTagged(context, group);
    if (!targets)
        return 1;
    AccessKeyFleetCreate create(key, *targets);
    runToTheEnd(create);
    const int created = create.succeededCount();
    const bool printed = created > 0 && keychainName.isEmpty();
    report(context, create, true, printed && context.json() ? create.secret() : QByteArray());
    int status = 0;
    if (created > 0 && !(printed && context.json()))
        status = handOverSecret(context, create.secret(), keychainName);
    if (created < create.total())
        return context.fail(Text::tr("the key reached %1 of %n gateways tagged '%2'; the others hold no key",
                                     nullptr, create.total())
                                .arg(QString::number(created), group));
    return status;
}

int revokeKeyOnGroup(CtlContext& context, const QString& group, const QString& name, const QString& prefix)
{
    const std::optional<QList<FleetTarget>> targets = adminTargetsTagged(context, group);
    if (!targets)
        return 1;
    AccessKeyFleetRevoke revoke(name, prefix, *targets);
    runToTheEnd(revoke);
    report(context, revoke, false, {});
    if (revoke.failedCount() > 0)
        return context.fail(Text::tr("the key is revoked on %1 of %n gateways tagged '%2'; it still works "
                                     "on the others",
                                     nullptr, revoke.total())
                                .arg(QString::number(revoke.succeededCount()), group));
    return 0;
}

} // namespace gatehouse::cli
