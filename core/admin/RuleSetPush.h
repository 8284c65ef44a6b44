#pragma once

#include "core/admin/AdminEndpoint.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace gatehouse {

class AdminClient;

// One gateway of a fleet operation: where its admin API is, or why it cannot be reached (no
// admin address, token unreadable). `expectedEtag`, when set, is the rules revision the gateway
// must still hold for a push to apply (If-Match): a gateway changed since it was read refuses.
struct RuleSetTarget
{
    QString gateway;
    std::optional<AdminEndpoint> endpoint;
    QString problem;
    QByteArray expectedEtag;
};

// What one gateway answered to a push: the revision now in force, or why nothing changed.
struct RuleSetPushResult
{
    QString gateway;
    bool done = false;
    bool ok = false;
    QByteArray etag;
    QString error; // one sentence when done && !ok
};

// Replaces the rule set of several gatehoused (PUT /admin/v1/rules), all at once. Each gateway
// compiles and stores the set atomically or not at all, so a gateway that is down or refuses
// keeps its previous set and the others keep the new one; each outcome is reported on its own.
// Used by `gatehousectl rules push` and the console's Rules page.
class RuleSetPush : public QObject
{
    Q_OBJECT
public:
    RuleSetPush(QJsonDocument set, QList<RuleSetTarget> targets, QObject* parent = nullptr);
    ~RuleSetPush() override;

    void start();

    int total() const { return int(m_results.size()); }
    int finishedCount() const { return m_finished; }
    int failedCount() const;
    bool isFinished() const { return m_started && m_finished == total(); }
    const QList<RuleSetPushResult>& results() const { return m_results; }

signals:
    void progressed(int finished, int total);
    void targetFinished(int index);
    void finished();

private:
    void settle(int index);

    QJsonDocument m_set;
    QList<RuleSetTarget> m_targets;
    QList<RuleSetPushResult> m_results;
    std::vector<std::unique_ptr<AdminClient>> m_clients;
    int m_finished = 0;
    bool m_started = false;
};

// A refused write's sentence: the first of a 400 invalid_rule answer's rule_errors as
// "rules[1].pattern: message", a 412's stale revision, or the answer's own error sentence.
QString ruleSetWriteFailure(int status, const QJsonDocument& body, const QString& error);

} // namespace gatehouse
