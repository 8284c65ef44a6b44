#include "core/admin/FleetOperation.h"

#include <QTimer>

namespace gatehouse {

FleetOperation::FleetOperation(QList<FleetTarget> targets, QObject* parent)
    : QObject(parent)
    , m_targets(std::move(targets))
{}

FleetOperation::~FleetOperation() = default;

int FleetOperation::succeededCount() const
{
    int succeeded = 0;
    for (int i = 0; i < total(); ++i) {
        const FleetOutcome& outcome = outcomeOf(i);
        succeeded += outcome.done && outcome.ok ? 1 : 0;
    }
    return succeeded;
}

void FleetOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_targets.isEmpty()) {
        QTimer::singleShot(0, this, &FleetOperation::finished);
        return;
    }
    for (int i = 0; i < total(); ++i) {
        if (!m_targets.at(i).endpoint) {
            outcomeOf(i).error = m_targets.at(i).problem;
            QTimer::singleShot(0, this, [this, i] { settle(i); });
            continue;
        }
        send(i);
    }
}

bool FleetOperation::retryFailed()
{
    if (!isFinished())
        return false;
    QList<int> again;
    for (int i = 0; i < total(); ++i) {
        const FleetOutcome& outcome = outcomeOf(i);
        if (outcome.done && !outcome.ok && m_targets.at(i).endpoint)
            again << i;
    }
    for (const int i : again) {
        outcomeOf(i).done = false;
        outcomeOf(i).error.clear();
        --m_finished;
    }
    for (const int i : again)
        send(i);
    return !again.isEmpty();
}

void FleetOperation::succeed(int index)
{
    outcomeOf(index).ok = true;
    settle(index);
}

void FleetOperation::fail(int index, const QString& error)
{
    outcomeOf(index).ok = false;
    outcomeOf(index).error = error;
    settle(index);
}

void FleetOperation::settle(int index)
{
    FleetOutcome& outcome = outcomeOf(index);
    if (outcome.done)
        return; // answered already
    outcome.done = true;
    ++m_finished;
    emit targetFinished(index);
    emit progressed(m_finished, total());
    if (m_finished == total())
        emit finished();
}

} // namespace gatehouse
