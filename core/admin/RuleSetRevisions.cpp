#include "core/admin/RuleSetRevisions.h"

#include "core/admin/AdminClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace gatehouse {

RuleSetRevisions::RuleSetRevisions(QList<RuleSetTarget> targets, QObject* parent)
    : QObject(parent)
    , m_targets(std::move(targets))
{
    for (const RuleSetTarget& target : m_targets)
        m_revisions.append({target.gateway, false, {}, -1, {}});
}

RuleSetRevisions::~RuleSetRevisions() = default;

void RuleSetRevisions::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &RuleSetRevisions::finished);
        return;
    }
    for (int i = 0; i < m_targets.size(); ++i) {
        const RuleSetTarget& target = m_targets.at(i);
        if (!target.endpoint) {
            m_revisions[i].error = target.problem;
            QTimer::singleShot(0, this, [this, i] { settle(i); });
            continue;
        }
        m_clients.push_back(std::make_unique<AdminClient>(*target.endpoint));
        AdminReply* reply = m_clients.back()->get(QStringLiteral("rules"));
        connect(reply, &AdminReply::finished, this, [this, i, reply] {
            RuleSetRevision& revision = m_revisions[i];
            if (reply->ok()) {
                revision.etag = reply->header("etag");
                revision.ruleCount =
                    int(reply->json().object().value(QStringLiteral("rules")).toArray().size());
            } else {
                revision.error = reply->errorString();
            }
            settle(i);
        });
    }
}

void RuleSetRevisions::settle(int index)
{
    m_revisions[index].done = true;
    ++m_finished;
    emit progressed(m_finished, int(m_revisions.size()));
    if (m_finished == int(m_revisions.size()))
        emit finished();
}

} // namespace gatehouse
