#include "core/admin/RuleSetPush.h"

#include "core/admin/AdminClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse {

QString ruleSetWriteFailure(int status, const QJsonDocument& body, const QString& error)
{
    const QJsonArray problems = body.object().value(QStringLiteral("rule_errors")).toArray();
    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return first.value(QStringLiteral("path")).toString() + QStringLiteral(": ") +
               first.value(QStringLiteral("message")).toString();
    }
    if (status == 412)
        return RuleSetPush::tr("its rules changed since they were read; nothing was replaced. Check "
                               "again, then push.");
    return error;
}

RuleSetPush::RuleSetPush(QJsonDocument set, QList<FleetTarget> targets, QObject* parent)
    : FleetOperation(targets, parent)
    , m_set(std::move(set))
    , m_results(resultsFor<RuleSetPushResult>(targets))
{}

RuleSetPush::~RuleSetPush() = default;

void RuleSetPush::send(int index)
{
    auto& client = m_clients[index];
    if (!client)
        client = std::make_unique<AdminClient>(*target(index).endpoint);
    AdminReply* reply = client->put(QStringLiteral("rules"), m_set, target(index).expectedEtag);
    connect(reply, &AdminReply::finished, this, [this, index, reply] {
        if (!reply->ok())
            return fail(index, ruleSetWriteFailure(reply->status(), reply->json(), reply->errorString()));
        m_results[index].etag = reply->header("etag");
        succeed(index);
    });
}

} // namespace gatehouse
