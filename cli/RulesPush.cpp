#include "cli/RulesPush.h"

#include "cli/AdminTarget.h"
#include "cli/RuleSetFile.h"
#include "core/admin/RuleSetPush.h"

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
    Q_DECLARE_TR_FUNCTIONS(RulesPush)
};

} // namespace

int pushRuleSet(CtlContext& context, const QString& group, const QString& file)
{
    const std::optional<QJsonDocument> set = readRuleSetFile(context, file);
    if (!set)
        return 1;
    const std::optional<QList<FleetTarget>> targets = adminTargetsTagged(context, group);
    if (!targets)
        return 1;
    RuleSetPush push(*set, *targets);
    QEventLoop loop;
    QObject::connect(&push, &RuleSetPush::finished, &loop, &QEventLoop::quit);
    push.start();
    loop.exec();

    QJsonArray results;
    int width = 0;
    for (const RuleSetPushResult& result : push.results())
        width = std::max(width, int(result.gateway.size()));
    for (const RuleSetPushResult& result : push.results()) {
        const QString etag = QString::fromLatin1(result.etag);
        if (context.json()) {
            results.append(
                QJsonObject{{QStringLiteral("gateway"), result.gateway},
                            {QStringLiteral("ok"), result.ok},
                            {QStringLiteral("etag"), result.ok ? QJsonValue(etag) : QJsonValue()},
                            {QStringLiteral("error"), result.ok ? QJsonValue() : QJsonValue(result.error)}});
        } else if (result.ok) { // "applied" and "failed" stay as they are, for scripts
            context.out() << result.gateway.leftJustified(width + 2) << "applied  ETag " << etag << '\n';
        } else {
            context.out() << result.gateway.leftJustified(width + 2) << "failed   " << result.error << '\n';
        }
    }
    if (context.json())
        context.out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << '\n';
    context.out().flush();
    const int failed = push.failedCount();
    if (failed > 0)
        return context.fail(Text::tr("the rule set reached %1 of %n gateways tagged '%2'; the others keep "
                                     "their previous set",
                                     nullptr, push.total())
                                .arg(QString::number(push.total() - failed), group));
    return 0;
}

} // namespace gatehouse::cli
