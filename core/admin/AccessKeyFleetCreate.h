#pragma once

#include "core/admin/AccessKey.h"
#include "core/admin/AccessKeySecret.h"
#include "core/admin/RuleSetPush.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace gatehouse {

class AccessKeysClient;

// What one gateway answered: the key it now holds, or why it holds none.
struct AccessKeyFleetResult
{
    QString gateway;
    bool done = false;
    bool ok = false;
    AccessKey key;
    QString error; // one sentence when done && !ok
};

// Creates one access key on several gatehoused at once — the gateways of a fleet behind one
// address, so that a client's key works on whichever answers. The secret is made here
// (AccessKeySecret) and only its SHA-256 is sent; each gateway counts the key's rpm/tpm on its
// own. A gateway that is down or refuses (a key of that name exists) holds no key; the others
// do, and each outcome is reported on its own.
class AccessKeyFleetCreate : public QObject
{
    Q_OBJECT
public:
    AccessKeyFleetCreate(AccessKeyChanges key, QList<RuleSetTarget> targets, QObject* parent = nullptr);
    ~AccessKeyFleetCreate() override;

    void start();
    // Sends the key again, with the same secret, to the gateways that failed (and could be
    // reached at all); false when there is none to try.
    bool retryFailed();

    // The secret every gateway that succeeded now accepts: show it once, store it or drop it.
    const QByteArray& secret() const { return m_secret.value(); }
    int total() const { return int(m_results.size()); }
    int finishedCount() const { return m_finished; }
    int createdCount() const;
    int failedCount() const { return m_finished - createdCount(); }
    bool isFinished() const { return m_started && m_finished == total(); }
    const QList<AccessKeyFleetResult>& results() const { return m_results; }

signals:
    void progressed(int finished, int total);
    void targetFinished(int index);
    void finished();

private:
    void send(int index);
    void settle(int index);

    AccessKeyChanges m_key;
    QList<RuleSetTarget> m_targets;
    AccessKeySecret m_secret;
    QList<AccessKeyFleetResult> m_results;
    std::vector<std::unique_ptr<AccessKeysClient>> m_clients; // one per target, null when unreachable
    int m_finished = 0;
    bool m_started = false;
};

} // namespace gatehouse
