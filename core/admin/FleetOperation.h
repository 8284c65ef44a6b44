#pragma once

#include "core/admin/AdminEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace gatehouse {

// One gateway of a fleet operation: where its admin API is, or why it cannot be reached (no
// admin address, token unreadable). `expectedEtag`, when set, is the rules revision the gateway
// must still hold for a rules push to apply (If-Match): a gateway changed since it was read refuses.
struct FleetTarget
{
    QString gateway;
    std::optional<AdminEndpoint> endpoint;
    QString problem;
    QByteArray expectedEtag;
};

// How one gateway of a fleet operation ended; subclasses' results add what it answered.
struct FleetOutcome
{
    QString gateway;
    bool done = false;
    bool ok = false;
    QString error; // one sentence when done && !ok
};

// One result per target, named after its gateway: what a subclass's result list starts as.
template <typename Result> QList<Result> resultsFor(const QList<FleetTarget>& targets)
{
    QList<Result> results(targets.size());
    for (qsizetype i = 0; i < targets.size(); ++i)
        results[i].gateway = targets.at(i).gateway;
    return results;
}

// One admin call made on several gatehoused at once — the gateways of a tag group — each
// reported on its own as it answers: for a change, a gateway that is down or refuses is left as
// it was and the others are changed. The failed ones that could be reached can be tried again.
// Subclasses hold the results (a FleetOutcome each, in the targets' order: resultsFor()) and say what is
// sent: RuleSetPush, RuleSetRevisions, AccessKeyFleetCreate and AccessKeyFleetRevoke.
class FleetOperation : public QObject
{
    Q_OBJECT
public:
    ~FleetOperation() override;

    void start();
    // Tries the gateways that failed (and could be reached at all) again; false when there is none.
    bool retryFailed();

    int total() const { return int(m_targets.size()); }
    int finishedCount() const { return m_finished; }
    int succeededCount() const;
    int failedCount() const { return m_finished - succeededCount(); }
    bool isFinished() const { return m_started && m_finished == total(); }

signals:
    void progressed(int finished, int total);
    void targetFinished(int index);
    void finished();

protected:
    FleetOperation(QList<FleetTarget> targets, QObject* parent);

    const FleetTarget& target(int index) const { return m_targets.at(index); }
    // The outcome part of result `index`.
    virtual FleetOutcome& outcomeOf(int index) = 0;
    virtual const FleetOutcome& outcomeOf(int index) const = 0;
    // Sends the change to the reachable gateway `index`, at start and again on a retry; its answer
    // ends in succeed() (the subclass's result filled in first) or fail().
    virtual void send(int index) = 0;
    void succeed(int index);
    void fail(int index, const QString& error);

private:
    void settle(int index);

    QList<FleetTarget> m_targets;
    int m_finished = 0;
    bool m_started = false;
};

} // namespace gatehouse
