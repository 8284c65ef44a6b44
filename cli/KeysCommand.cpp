#include "cli/KeysCommand.h"

#include "cli/AdminTarget.h"
#include "cli/KeysFleet.h"
#include "core/admin/AdminClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)
};

struct Options
{
    QStringList positional;
    QString target;
    QString url;
    QString tokenEnv;
    QString group;
    QString keychain;
    QString prefix;
    QStringList models;
    std::optional<qint64> rpm;
    std::optional<qint64> tpm;
    QDateTime expires;
    bool disabled = false;
};

QString parse(CtlContext& context, QStringList args, Options& o)
{
    const QHash<QString, QString*> values = {
        {QStringLiteral("--target"), &o.target},      {QStringLiteral("--url"), &o.url},
        {QStringLiteral("--token-env"), &o.tokenEnv}, {QStringLiteral("--group"), &o.group},
        {QStringLiteral("--keychain"), &o.keychain},  {QStringLiteral("--prefix"), &o.prefix},
    };
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json")) {
            context.setJson(true);
        } else if (a == QLatin1String("--disabled")) {
            o.disabled = true;
        } else if (values.contains(a) || a == QLatin1String("--model") || a == QLatin1String("--rpm") ||
                   a == QLatin1String("--tpm") || a == QLatin1String("--expires")) {
            if (args.isEmpty())
                return Text::tr("%1 needs a value").arg(a);
            const QString value = args.takeFirst();
            if (values.contains(a)) {
                *values.value(a) = value;
            } else if (a == QLatin1String("--model")) {
                o.models << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            } else if (a == QLatin1String("--expires")) {
                o.expires = QDateTime::fromString(value, Qt::ISODate);
                if (!o.expires.isValid() || o.expires.timeSpec() == Qt::LocalTime)
                    return Text::tr("--expires: '%1' is not a time such as 2027-01-31T18:00:00Z").arg(value);
            } else {
                bool ok = false;
                const qint64 limit = value.toLongLong(&ok);
                if (!ok || limit < 1)
                    return Text::tr("%1: '%2' is not a whole number from 1 (per minute)").arg(a, value);
                (a == QLatin1String("--rpm") ? o.rpm : o.tpm) = limit;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            return Text::tr("keys: unknown option '%1'").arg(a);
        } else {
            o.positional << a;
        }
    }
    return {};
}

AccessKeyChanges changesOf(const QString& name, const Options& o)
{
    AccessKeyChanges key;
    key.name = name;
    if (!o.models.isEmpty())
        key.models = o.models;
    if (o.rpm)
        key.rpm = o.rpm;
    if (o.tpm)
        key.tpm = o.tpm;
    if (o.expires.isValid())
        key.expiresAt = o.expires;
    if (o.disabled)
        key.enabled = false;
    return key;
}

QString limitText(const std::optional<qint64>& limit)
{
    return limit ? QString::number(*limit) : QStringLiteral("-");
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

int list(CtlContext& context, AdminClient& client)
{
    const AdminAnswer answer = await(client.get(QStringLiteral("keys")));
    if (!answer.ok)
        return context.fail(answer.error);
    if (context.json()) {
        context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    QList<AccessKey> keys;
    for (const QJsonValue value : answer.json.object().value(QStringLiteral("keys")).toArray()) {
        QString error;
        if (auto key = AccessKey::fromJson(value.toObject(), &error))
            keys << *key;
        else
            return context.fail(Text::tr("the gateway's answer could not be read: %1").arg(error));
    }
    int nameWidth = int(Text::tr("NAME").size());
    for (const AccessKey& key : keys)
        nameWidth = std::max(nameWidth, int(key.name.size()));
    context.out() << Text::tr("ID").leftJustified(22) << Text::tr("NAME").leftJustified(nameWidth + 2)
                  << Text::tr("PREFIX").leftJustified(11) << Text::tr("RPM").leftJustified(8)
                  << Text::tr("TPM").leftJustified(10) << Text::tr("ENABLED").leftJustified(9)
                  << Text::tr("EXPIRES").leftJustified(22) << Text::tr("MODELS") << '\n';
    for (const AccessKey& key : keys) {
        context.out() << key.id.leftJustified(22) << key.name.leftJustified(nameWidth + 2)
                      << (key.prefix + QStringLiteral("…")).leftJustified(11)
                      << limitText(key.rpm).leftJustified(8) << limitText(key.tpm).leftJustified(10)
                      << (key.enabled ? QStringLiteral("yes") : QStringLiteral("no")).leftJustified(9)
                      << timeText(key.expiresAt).leftJustified(22)
                      << (key.models.isEmpty() ? QStringLiteral("*") : key.models.join(QLatin1Char(',')))
                      << '\n';
    }
    context.out() << Text::tr("%n access key(s)", nullptr, int(keys.size())) << Qt::endl;
    return 0;
}

int create(CtlContext& context, AdminClient& client, const AccessKeyChanges& key, const QString& keychain)
{
    const AdminAnswer answer = await(client.post(QStringLiteral("keys"), QJsonDocument(key.toJson())));
    if (!answer.ok)
        return context.fail(answer.error);
    const QJsonObject body = answer.json.object();
    QString error;
    const auto created = AccessKey::fromJson(body.value(QStringLiteral("key")).toObject(), &error);
    QByteArray secret = body.value(QStringLiteral("secret")).toString().toLatin1();
    if (!created || secret.isEmpty())
        return context.fail(Text::tr("the gateway's answer could not be read: %1")
                                .arg(created ? Text::tr("it holds no secret") : error));
    context.err() << Text::tr("Created the access key '%1' (%2, gk-%3…).")
                         .arg(created->name, created->id, created->prefix)
                  << Qt::endl;
    int status = 0;
    if (context.json() && keychain.isEmpty())
        context.out() << QJsonDocument(body).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        status = handOverSecret(context, secret, keychain);
    secret.fill('\0');
    return status;
}

int revoke(CtlContext& context, AdminClient& client, const QString& nameOrId, const QString& prefix)
{
    const AdminAnswer listed = await(client.get(QStringLiteral("keys")));
    if (!listed.ok)
        return context.fail(listed.error);
    QString id;
    for (const QJsonValue value : listed.json.object().value(QStringLiteral("keys")).toArray()) {
        const QJsonObject key = value.toObject();
        const bool named = key.value(QStringLiteral("id")).toString() == nameOrId ||
                           key.value(QStringLiteral("name")).toString() == nameOrId;
        if (named && (prefix.isEmpty() || key.value(QStringLiteral("prefix")).toString() == prefix))
            id = key.value(QStringLiteral("id")).toString();
    }
    if (id.isEmpty())
        return context.fail(
            Text::tr("no access key is named '%1' there (see gatehousectl keys list)").arg(nameOrId));
    const AdminAnswer answer =
        await(client.remove(QStringLiteral("keys/") + QString::fromLatin1(QUrl::toPercentEncoding(id))));
    if (!answer.ok)
        return context.fail(answer.error);
    context.out() << Text::tr("Revoked the access key '%1' (%2).").arg(nameOrId, id) << Qt::endl;
    return 0;
}

} // namespace

QString keysCommandHelp()
{
    //: Keep the command, sub-command and option names and the placeholders (NAME, ADMIN_URL, VAR,
    //: TAG, M, N, TIME, SECRET, P) as they are; the descriptions start in column 43.
    return Text::tr(
        "  keys list|create NAME|revoke NAME (--target NAME | --url ADMIN_URL [--token-env VAR])\n"
        "                                          a gatehoused's client access keys: list them; create one\n"
        "                                          (--model M, repeatable; --rpm N; --tpm N; --expires "
        "TIME;\n"
        "                                          --disabled) and print its secret once, or store it with\n"
        "                                          --keychain SECRET instead; revoke one by name or id\n"
        "  keys create|revoke NAME --group TAG     the same key on every gateway tagged TAG (one secret,\n"
        "                                          only its SHA-256 sent), or revoked on each (--prefix P:\n"
        "                                          only the key with that prefix); one line per gateway,\n"
        "                                          exit 1 when any failed\n");
}

int runKeysCommand(CtlContext& context, const QStringList& args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));
    Options o;
    if (const QString problem = parse(context, args, o); !problem.isEmpty())
        return context.usageError(problem);
    if (o.positional.isEmpty())
        return context.usageError(Text::tr("keys: say list, create or revoke"));
    const QString sub = o.positional.takeFirst();
    if (sub != QLatin1String("list") && sub != QLatin1String("create") && sub != QLatin1String("revoke"))
        return context.usageError(Text::tr("keys: unknown sub-command '%1'").arg(sub));
    const qsizetype wanted = sub == QLatin1String("list") ? 0 : 1;
    if (o.positional.size() != wanted)
        return context.usageError(wanted == 0 ? Text::tr("keys list takes no arguments")
                                              : Text::tr("keys %1 takes the key's name").arg(sub));
    const bool creates = sub == QLatin1String("create");
    if (!creates &&
        (!o.models.isEmpty() || o.rpm || o.tpm || o.expires.isValid() || o.disabled || !o.keychain.isEmpty()))
        return context.usageError(
            Text::tr("--model, --rpm, --tpm, --expires, --disabled and --keychain belong to 'keys create'"));
    if (!o.prefix.isEmpty() && sub != QLatin1String("revoke"))
        return context.usageError(Text::tr("--prefix belongs to 'keys revoke'"));

    if (!o.group.isEmpty()) {
        if (sub == QLatin1String("list"))
            return context.usageError(Text::tr("keys list shows one gateway: name it with --target"));
        if (!o.target.isEmpty() || !o.url.isEmpty())
            return context.usageError(
                Text::tr("keys %1 goes to a --group, or to --target or --url, not both").arg(sub));
        return creates ? createKeyOnGroup(context, o.group, changesOf(o.positional.first(), o), o.keychain)
                       : revokeKeyOnGroup(context, o.group, o.positional.first(), o.prefix);
    }
    if (o.target.isEmpty() == o.url.isEmpty())
        return context.usageError(
            Text::tr("keys %1: name either --target NAME (a registry entry), --url ADMIN_URL or --group TAG")
                .arg(sub));
    const std::optional<AdminEndpoint> endpoint = o.target.isEmpty()
                                                      ? adminTargetByUrl(context, o.url, o.tokenEnv)
                                                      : adminTargetByName(context, o.target);
    if (!endpoint)
        return 1;
    AdminClient client(*endpoint);
    if (sub == QLatin1String("list"))
        return list(context, client);
    if (creates)
        return create(context, client, changesOf(o.positional.first(), o), o.keychain);
    return revoke(context, client, o.positional.first(), o.prefix);
}

} // namespace gatehouse::cli
