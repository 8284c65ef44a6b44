#include "core/admin/RuleSetPush.h"

#include "core/admin/AdminClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

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

RuleSetPush::RuleSetPush(QJsonDocument set, QList<RuleSetTarget> targets, QObject* parent)
    : QObject(parent)
    , m_set(std::move(set))
    , m_targets(std::move(targets))
{
    for (const RuleSetTarget& target : m_targets)
        m_results.append({target.gateway, false, false, {}, {}});
}

RuleSetPush::~RuleSetPush() = default;

int RuleSetPush::failedCount() const
{
    int failed = 0;
    for (const RuleSetPushResult& result : m_results)
        failed += result.done && !result.ok ? 1 : 0;
    return failed;
}

void RuleSetPush::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &RuleSetPush::finished);
        return;
    }
    for (int i = 0; i < m_targets.size(); ++i) {
        const RuleSetTarget& target = m_targets.at(i);
        if (!target.endpoint) {
            m_results[i].error = target.problem;
            QTimer::singleShot(0, this, [this, i] { settle(i); });
            continue;
        }
        m_clients.push_back(std::make_unique<AdminClient>(*target.endpoint));
        AdminReply* reply = m_clients.back()->put(QStringLiteral("rules"), m_set, target.expectedEtag);
        connect(reply, &AdminReply::finished, this, [this, i, reply] {
            RuleSetPushResult& result = m_results[i];
            result.ok = reply->ok();
            if (result.ok)
                result.etag = reply->header("etag");
            else
                result.error = ruleSetWriteFailure(reply->status(), reply->json(), reply->errorString());
            settle(i);
        });
    }
}

void RuleSetPush::settle(int index)
{
    m_results[index].done = true;
    ++m_finished;
    emit targetFinished(index);
    emit progressed(m_finished, total());
    if (m_finished == total())
        emit finished();
}

} // namespace gatehouse
