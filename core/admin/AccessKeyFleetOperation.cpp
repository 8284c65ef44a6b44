#include "core/admin/AccessKeyFleetOperation.h"

#include "core/admin/AccessKeysClient.h"

#include <QTimer>

namespace gatehouse {

AccessKeyFleetOperation::AccessKeyFleetOperation(QList<RuleSetTarget> targets, QObject* parent)
    : QObject(parent)
    , m_targets(std::move(targets))
{
    for (const RuleSetTarget& target : m_targets)
        m_results.append({target.gateway, false, false, {}, {}});
}

AccessKeyFleetOperation::~AccessKeyFleetOperation() = default;

int AccessKeyFleetOperation::succeededCount() const
{
    int succeeded = 0;
    for (const AccessKeyFleetResult& result : m_results)
        succeeded += result.done && result.ok ? 1 : 0;
    return succeeded;
}

void AccessKeyFleetOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &AccessKeyFleetOperation::finished);
        return;
    }
    for (int i = 0; i < m_targets.size(); ++i) {
        const RuleSetTarget& target = m_targets.at(i);
        if (!target.endpoint) {
            m_clients.push_back(nullptr);
            m_results[i].error = target.problem;
            QTimer::singleShot(0, this, [this, i] { settle(i); });
            continue;
        }
        m_clients.push_back(std::make_unique<AccessKeysClient>(*target.endpoint));
        AccessKeysClient& client = *m_clients.back();
        connect(&client, &AccessKeysClient::failed, this,
                [this, i](const QString&, const QString& message) { fail(i, message); });
        prepare(i, client);
        send(i, client);
    }
}

bool AccessKeyFleetOperation::retryFailed()
{
    if (!isFinished())
        return false;
    QList<int> again;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).done && !m_results.at(i).ok && m_clients.at(std::size_t(i)))
            again << i;
    }
    for (const int i : again) {
        m_results[i].done = false;
        m_results[i].error.clear();
        --m_finished;
    }
    for (const int i : again)
        send(i, *m_clients.at(std::size_t(i)));
    return !again.isEmpty();
}

void AccessKeyFleetOperation::succeed(int index, const AccessKey& key)
{
    m_results[index].ok = true;
    m_results[index].key = key;
    settle(index);
}

void AccessKeyFleetOperation::fail(int index, const QString& error)
{
    m_results[index].ok = false;
    m_results[index].error = error;
    settle(index);
}

void AccessKeyFleetOperation::settle(int index)
{
    if (m_results.at(index).done)
        return; // answered already
    m_results[index].done = true;
    ++m_finished;
    emit targetFinished(index);
    emit progressed(m_finished, total());
    if (m_finished == total())
        emit finished();
}

} // namespace gatehouse
