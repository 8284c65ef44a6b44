#include "core/suites/SuiteRunner.h"

#include "core/chat/ChatClient.h"
#include "core/chat/ChatReply.h"
#include "core/chat/EndpointResolution.h"
#include "core/registry/GatewayRegistry.h"

#include <QTimer>

namespace gatehouse {

SuiteRunner::SuiteRunner(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client, QObject* parent)
    : QObject(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_client(client)
{}

void SuiteRunner::start(const PromptSuite& suite, const QStringList& targets, int concurrency)
{
    if (m_running)
        return;
    m_suite = suite;
    m_targets = targets;
    m_targets.removeAll(QString());
    m_targets.removeDuplicates();
    m_concurrency = qBound(1, concurrency > 0 ? concurrency : suite.concurrency, 16);
    m_next = 0;
    m_active = 0;
    m_cancelled = false;
    m_running = true;
    const qsizetype count = suite.cases.size() * targetCount();
    m_results = QList<CaseResult>(count);
    for (qsizetype i = 0; i < count; ++i)
        m_results[i].caseIndex = int(i / targetCount());
    m_replies = QList<QPointer<ChatReply>>(count);
    QTimer::singleShot(0, this, &SuiteRunner::startNext);
}

int SuiteRunner::firstTargetResultOf(int index) const
{
    if (targetCount() < 2 || index < 0 || index >= m_results.size() || index % targetCount() == 0)
        return -1;
    return index - index % targetCount();
}

void SuiteRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (const QPointer<ChatReply>& reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
    QTimer::singleShot(0, this, &SuiteRunner::startNext); // skips the rest, then finishes
}

int SuiteRunner::passedCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const CaseResult& r) { return r.state == CaseResult::State::Passed; }));
}

int SuiteRunner::failedCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const CaseResult& r) { return r.state == CaseResult::State::Failed; }));
}

int SuiteRunner::skippedCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const CaseResult& r) { return r.state == CaseResult::State::Skipped; }));
}

void SuiteRunner::startNext()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        while (m_next < m_results.size()) {
            m_results[m_next].state = CaseResult::State::Skipped;
            emit caseFinished(m_next++);
        }
    }
    while (m_active < m_concurrency && m_next < m_results.size())
        runCase(m_next++);
    if (m_active == 0 && m_next >= m_results.size()) {
        m_running = false;
        emit finished();
    }
}

void SuiteRunner::runCase(int index)
{
    CaseResult& result = m_results[index];
    const SuiteCase& c = m_suite.cases.at(result.caseIndex);
    result.state = CaseResult::State::Running;
    result.target = !m_targets.isEmpty()  ? m_targets.at(index % m_targets.size())
                    : !c.target.isEmpty() ? c.target
                                          : m_suite.target;
    result.model = c.model;
    ++m_active;
    emit caseStarted(index);

    const auto profile = result.target.isEmpty() ? std::nullopt : m_registry.findByName(result.target);
    if (!profile) {
        const QString problem = result.target.isEmpty()
                                    ? tr("no target: give one in the suite, the case or with --target")
                                    : tr("no gateway named '%1' in the registry").arg(result.target);
        QTimer::singleShot(0, this, [this, index, problem] { endCase(index, {}, problem); });
        return;
    }
    ChatRequest request;
    request.model = c.model;
    request.parameters = c.parameters;
    if (!c.system.isEmpty())
        request.messages.append({QStringLiteral("system"), c.system});
    request.messages.append({QStringLiteral("user"), c.prompt});
    resolveEndpoint(m_secrets, *profile, this,
                    [this, index, request](const ChatEndpoint& endpoint, const QString& error) {
                        if (!error.isEmpty() || m_cancelled) {
                            ChatOutcome none;
                            none.error.kind = ChatError::Kind::Cancelled;
                            endCase(index, none, error);
                            return;
                        }
                        ChatReply* reply = m_client.send(endpoint, request);
                        m_replies[index] = reply;
                        connect(reply, &ChatReply::finished, this, [this, index, reply] {
                            const ChatOutcome outcome = reply->outcome();
                            reply->deleteLater();
                            endCase(index, outcome, {});
                        });
                    });
}

void SuiteRunner::endCase(int index, const ChatOutcome& outcome, const QString& problem)
{
    CaseResult& result = m_results[index];
    result.outcome = outcome;
    result.problem = problem;
    if (!problem.isEmpty()) {
        result.state = CaseResult::State::Failed;
    } else if (outcome.error.kind == ChatError::Kind::Cancelled) {
        result.state = CaseResult::State::Skipped;
    } else {
        result.checks = checkOutcome(m_suite.cases.at(result.caseIndex).expect, outcome);
        const bool passed = std::all_of(result.checks.begin(), result.checks.end(),
                                        [](const CheckResult& r) { return r.passed; });
        result.state = passed ? CaseResult::State::Passed : CaseResult::State::Failed;
    }
    --m_active;
    emit caseFinished(index);
    startNext();
}

} // namespace gatehouse
