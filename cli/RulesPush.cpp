#include "cli/RulesPush.h"

#include "cli/AdminTarget.h"
#include "cli/RuleSetFile.h"
#include "core/admin/AdminClient.h"
#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RulesPush)
};

struct Push
{
    QString gateway;
    std::unique_ptr<AdminClient> client;
    std::optional<AdminAnswer> answer;
    QString problem; // set when the push could not even start
};

QString failureOf(const Push& push)
{
    if (!push.problem.isEmpty())
        return push.problem;
    if (!push.answer || push.answer->ok)
        return {};
    const QJsonArray problems = push.answer->json.object().value(QStringLiteral("rule_errors")).toArray();
    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return first.value(QStringLiteral("path")).toString() + QStringLiteral(": ") +
               first.value(QStringLiteral("message")).toString();
    }
    return push.answer->error;
}

} // namespace

int pushRuleSet(CtlContext& context, const QString& group, const QString& file)
{
    const std::optional<QJsonDocument> set = readRuleSetFile(context, file);
    if (!set)
        return 1;
    ConsoleDatabase* db = context.database();
    if (!db)
        return 1;
    std::vector<Push> pushes;
    for (const GatewayProfile& profile : GatewayRegistry(*db).list()) {
        if (profile.tags.contains(group))
            pushes.push_back({profile.name, nullptr, std::nullopt, {}});
    }
    if (pushes.empty())
        return context.fail(Text::tr("no gateway is tagged '%1' (see gatehousectl gateway list)").arg(group));

    // Tokens first (the keychain answers one at a time), then every gateway at once.
    for (Push& push : pushes) {
        QString message;
        QTextStream captured(&message);
        CtlContext local(context.out(), captured, false);
        const std::optional<AdminEndpoint> endpoint = adminTargetByName(local, push.gateway);
        if (!endpoint) {
            push.problem = message.trimmed().remove(QStringLiteral("gatehousectl: "));
            continue;
        }
        push.client = std::make_unique<AdminClient>(*endpoint);
    }
    QEventLoop loop;
    int waiting = 0;
    for (Push& push : pushes) {
        if (!push.client)
            continue;
        ++waiting;
        AdminReply* reply = push.client->put(QStringLiteral("rules"), *set);
        QObject::connect(reply, &AdminReply::finished, &loop, [&push, reply, &waiting, &loop] {
            push.answer = answerOf(*reply);
            if (--waiting == 0)
                loop.quit();
        });
    }
    if (waiting > 0)
        loop.exec();

    int failed = 0;
    QJsonArray results;
    int width = 0;
    for (const Push& push : pushes)
        width = std::max(width, int(push.gateway.size()));
    for (const Push& push : pushes) {
        const QString failure = failureOf(push);
        failed += failure.isEmpty() ? 0 : 1;
        const QString etag = push.answer ? QString::fromLatin1(push.answer->etag) : QString();
        if (context.json()) {
            results.append(QJsonObject{
                {QStringLiteral("gateway"), push.gateway},
                {QStringLiteral("ok"), failure.isEmpty()},
                {QStringLiteral("etag"), failure.isEmpty() ? QJsonValue(etag) : QJsonValue()},
                {QStringLiteral("error"), failure.isEmpty() ? QJsonValue() : QJsonValue(failure)}});
        } else if (failure.isEmpty()) { // "applied" and "failed" stay as they are, for scripts
            context.out() << push.gateway.leftJustified(width + 2) << "applied  ETag " << etag << '\n';
        } else {
            context.out() << push.gateway.leftJustified(width + 2) << "failed   " << failure << '\n';
        }
    }
    if (context.json())
        context.out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << '\n';
    context.out().flush();
    if (failed > 0)
        return context.fail(Text::tr("the rule set reached %1 of %n gateways tagged '%2'; the others keep "
                                     "their previous set",
                                     nullptr, int(pushes.size()))
                                .arg(QString::number(int(pushes.size()) - failed), group));
    return 0;
}

} // namespace gatehouse::cli
