#pragma once

#include "core/admin/FleetOperation.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <map>
#include <memory>

namespace gatehouse {

class AdminClient;

// What one gateway answered to a push: the revision now in force, or why nothing changed.
struct RuleSetPushResult : FleetOutcome
{
    QByteArray etag;
};

// Replaces the rule set of several gatehoused (PUT /admin/v1/rules), all at once. Each gateway
// compiles and stores the set atomically or not at all, so a gateway that is down or refuses
// keeps its previous set and the others keep the new one; each outcome is reported on its own.
// Used by `gatehousectl rules push` and the console's Rules page.
class RuleSetPush : public FleetOperation
{
    Q_OBJECT
public:
    RuleSetPush(QJsonDocument set, QList<FleetTarget> targets, QObject* parent = nullptr);
    ~RuleSetPush() override;

    const QList<RuleSetPushResult>& results() const { return m_results; }

protected:
    FleetOutcome& outcomeOf(int index) override { return m_results[index]; }
    const FleetOutcome& outcomeOf(int index) const override { return m_results.at(index); }
    void send(int index) override;

private:
    QJsonDocument m_set;
    QList<RuleSetPushResult> m_results;
    std::map<int, std::unique_ptr<AdminClient>> m_clients; // by target, once sent to
};

// A refused write's sentence: the first of a 400 invalid_rule answer's rule_errors as
// "rules[1].pattern: message", a 412's stale revision, or the answer's own error sentence.
QString ruleSetWriteFailure(int status, const QJsonDocument& body, const QString& error);

} // namespace gatehouse
