#pragma once

#include "core/chat/ChatOutcome.h"
#include "core/suites/PromptSuite.h"
#include "core/suites/SuiteChecks.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace gatehouse {

class ChatClient;
class ChatReply;
class GatewayRegistry;
class SecretStore;

struct CaseResult
{
    enum class State
    {
        Waiting,
        Running,
        Passed,
        Failed,
        Skipped // cancelled before it ran
    };

    State state = State::Waiting;
    int caseIndex = 0; // into the suite's cases (a case has one result per target)
    QString target;    // the registry entry it ran against
    QString model;
    ChatOutcome outcome;
    QList<CheckResult> checks;
    QString problem; // why it could not be sent (unknown target, unreadable key)

    bool done() const { return state == State::Passed || state == State::Failed || state == State::Skipped; }
};

// Runs a prompt suite: up to `concurrency` cases at once, each streamed from its target (a registry
// entry by name), then checked. Given several targets, every case runs once against each, and
// results() holds them case by case in the targets' order (result index = case × targets + target).
// caseFinished() fires once per result, finished() once at the end — also after cancel(), which
// stops running cases and skips the rest.
class SuiteRunner : public QObject
{
    Q_OBJECT
public:
    SuiteRunner(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client,
                QObject* parent = nullptr);

    // `targets` (registry entry names), when given, replace every case's target: each case runs
    // against each of them. Empty: each case against the one it or the suite names.
    void start(const PromptSuite& suite, const QStringList& targets = {}, int concurrency = 0);
    int targetCount() const { return int(qMax<qsizetype>(1, m_targets.size())); }
    // The result of the same case on the first target, when this one ran on another (else -1).
    int firstTargetResultOf(int index) const;
    void cancel();
    bool isRunning() const { return m_running; }

    const PromptSuite& suite() const { return m_suite; }
    const QList<CaseResult>& results() const { return m_results; }
    int passedCount() const;
    int failedCount() const; // failed or could not run
    int skippedCount() const;

signals:
    void caseStarted(int index);
    void caseFinished(int index);
    void finished();

private:
    void startNext();
    void runCase(int index);
    void endCase(int index, const ChatOutcome& outcome, const QString& problem);

    GatewayRegistry& m_registry;
    SecretStore& m_secrets;
    ChatClient& m_client;
    PromptSuite m_suite;
    QStringList m_targets;
    int m_concurrency = 1;
    int m_next = 0;
    int m_active = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QList<CaseResult> m_results;
    QList<QPointer<ChatReply>> m_replies;
};

} // namespace gatehouse
