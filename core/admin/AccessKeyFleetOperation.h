#pragma once

#include "core/admin/AccessKey.h"
#include "core/admin/RuleSetPush.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace gatehouse {

class AccessKeysClient;

// What one gateway answered: the key it holds (created) or held (revoked), or why not.
struct AccessKeyFleetResult
{
    QString gateway;
    bool done = false;
    bool ok = false;
    AccessKey key; // empty id on a revoke: the gateway had no such key, nothing to do
    QString error; // one sentence when done && !ok
};

// One access-key change made on several gatehoused at once — the gateways of a fleet behind one
// address — each reported on its own: a gateway that is down or refuses is left as it was, the
// others are changed. The failed ones can be tried again. Subclasses say what is sent.
class AccessKeyFleetOperation : public QObject
{
    Q_OBJECT
public:
    ~AccessKeyFleetOperation() override;

    void start();
    // Tries the gateways that failed (and could be reached at all) again; false when there is none.
    bool retryFailed();

    int total() const { return int(m_results.size()); }
    int finishedCount() const { return m_finished; }
    int succeededCount() const;
    int failedCount() const { return m_finished - succeededCount(); }
    bool isFinished() const { return m_started && m_finished == total(); }
    const QList<AccessKeyFleetResult>& results() const { return m_results; }

signals:
    void progressed(int finished, int total);
    void targetFinished(int index);
    void finished();

protected:
    AccessKeyFleetOperation(QList<RuleSetTarget> targets, QObject* parent);

    // Once per reachable gateway, before its first send(): connect the client's answers, ending in
    // succeed() or fail() (the client's failed() already ends in fail()).
    virtual void prepare(int index, AccessKeysClient& client) = 0;
    // The call to make on that gateway; again on a retry.
    virtual void send(int index, AccessKeysClient& client) = 0;
    void succeed(int index, const AccessKey& key);
    void fail(int index, const QString& error);

private:
    void settle(int index);

    QList<RuleSetTarget> m_targets;
    QList<AccessKeyFleetResult> m_results;
    std::vector<std::unique_ptr<AccessKeysClient>> m_clients; // one per target, null when unreachable
    int m_finished = 0;
    bool m_started = false;
};

} // namespace gatehouse
