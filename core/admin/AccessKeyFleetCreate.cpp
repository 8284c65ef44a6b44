#include "core/admin/AccessKeyFleetCreate.h"

#include "core/admin/AccessKeysClient.h"

#include <QTimer>

namespace gatehouse {

AccessKeyFleetCreate::AccessKeyFleetCreate(AccessKeyChanges key, QList<RuleSetTarget> targets,
                                           QObject* parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_targets(std::move(targets))
    , m_secret(AccessKeySecret::generate())
{
    for (const RuleSetTarget& target : m_targets)
        m_results.append({target.gateway, false, false, {}, {}});
}

AccessKeyFleetCreate::~AccessKeyFleetCreate() = default;

int AccessKeyFleetCreate::createdCount() const
{
    int created = 0;
    for (const AccessKeyFleetResult& result : m_results)
        created += result.done && result.ok ? 1 : 0;
    return created;
}

void AccessKeyFleetCreate::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &AccessKeyFleetCreate::finished);
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
        connect(&client, &AccessKeysClient::created, this,
                [this, i](const AccessKey& key, const QByteArray&) {
                    m_results[i].ok = true;
                    m_results[i].key = key;
                    settle(i);
                });
        connect(&client, &AccessKeysClient::failed, this, [this, i](const QString&, const QString& message) {
            m_results[i].error = message;
            settle(i);
        });
        send(i);
    }
}

bool AccessKeyFleetCreate::retryFailed()
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
        send(i);
    return !again.isEmpty();
}

void AccessKeyFleetCreate::send(int index)
{
    m_clients.at(std::size_t(index))->create(m_key, &m_secret);
}

void AccessKeyFleetCreate::settle(int index)
{
    m_results[index].done = true;
    ++m_finished;
    emit targetFinished(index);
    emit progressed(m_finished, total());
    if (m_finished == total())
        emit finished();
}

} // namespace gatehouse
