#pragma once

#include "core/admin/RuleSetPush.h"

#include <QObject>

#include <memory>
#include <vector>

namespace gatehouse {

// One gateway's rules revision (the ETag of GET /admin/v1/rules: a hash of its options and rules,
// equal on gateways holding the same rules), or why it could not be read.
struct RuleSetRevision
{
    QString gateway;
    bool done = false;
    QByteArray etag;
    int ruleCount = -1;
    QString error; // one sentence when done and the revision is unknown
};

// Reads the rules revision of several gatehoused at once, for the Rules page's drift view: which
// gateways of a group hold rules other than a reference gateway's.
class RuleSetRevisions : public QObject
{
    Q_OBJECT
public:
    explicit RuleSetRevisions(QList<RuleSetTarget> targets, QObject* parent = nullptr);
    ~RuleSetRevisions() override;

    void start();
    const QList<RuleSetRevision>& revisions() const { return m_revisions; }

signals:
    void progressed(int finished, int total);
    void finished();

private:
    void settle(int index);

    QList<RuleSetTarget> m_targets;
    QList<RuleSetRevision> m_revisions;
    std::vector<std::unique_ptr<AdminClient>> m_clients;
    int m_finished = 0;
    bool m_started = false;
};

} // namespace gatehouse
