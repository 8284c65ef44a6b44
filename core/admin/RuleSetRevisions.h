#pragma once

#include "core/admin/FleetOperation.h"

#include <QList>

#include <map>
#include <memory>

namespace gatehouse {

class AdminClient;

// One gateway's rules revision (the ETag of GET /admin/v1/rules: a hash of its options and rules,
// equal on gateways holding the same rules), or why it could not be read.
struct RuleSetRevision : FleetOutcome
{
    QByteArray etag;
    int ruleCount = -1;
};

// Reads the rules revision of several gatehoused at once, for the Rules page's drift view: which
// gateways of a group hold rules other than a reference gateway's.
class RuleSetRevisions : public FleetOperation
{
    Q_OBJECT
public:
    explicit RuleSetRevisions(QList<FleetTarget> targets, QObject* parent = nullptr);
    ~RuleSetRevisions() override;

    const QList<RuleSetRevision>& revisions() const { return m_revisions; }

protected:
    FleetOutcome& outcomeOf(int index) override { return m_revisions[index]; }
    const FleetOutcome& outcomeOf(int index) const override { return m_revisions.at(index); }
    void send(int index) override;

private:
    QList<RuleSetRevision> m_revisions;
    std::map<int, std::unique_ptr<AdminClient>> m_clients; // by target, once read
};

} // namespace gatehouse
