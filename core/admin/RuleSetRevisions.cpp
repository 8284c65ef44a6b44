#include "core/admin/RuleSetRevisions.h"

#include "core/admin/AdminClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse {

RuleSetRevisions::RuleSetRevisions(QList<FleetTarget> targets, QObject* parent)
    : FleetOperation(targets, parent)
    , m_revisions(resultsFor<RuleSetRevision>(targets))
{}

RuleSetRevisions::~RuleSetRevisions() = default;

void RuleSetRevisions::send(int index)
{
    auto& client = m_clients[index];
    if (!client)
        client = std::make_unique<AdminClient>(*target(index).endpoint);
    AdminReply* reply = client->get(QStringLiteral("rules"));
    connect(reply, &AdminReply::finished, this, [this, index, reply] {
        if (!reply->ok())
            return fail(index, reply->errorString());
        m_revisions[index].etag = reply->header("etag");
        m_revisions[index].ruleCount =
            int(reply->json().object().value(QStringLiteral("rules")).toArray().size());
        succeed(index);
    });
}

} // namespace gatehouse
