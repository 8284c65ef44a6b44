#pragma once

#include "core/chat/ChatChunk.h"

#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace gatehouse {

// The figures shown under every answer, as LM Studio and the best chat tools show them.
struct AnswerFigures
{
    qint64 timeToFirstTokenMs = -1;        // request sent → first content or reasoning token; -1: none came
    qint64 totalMs = 0;                    // request sent → answer complete
    std::optional<double> tokensPerSecond; // completion tokens over the generation (first → last token)
    int promptTokens = 0;
    int completionTokens = 0;
    bool tokensEstimated = false; // no usage from the server: ≈ 4 characters per token

    // "TTFT 312 ms · 44.3 tok/s · 2.1 s · 25 → 118 tokens" (with "≈" when estimated).
    QString summary() const;
};

// Takes the times of one answer as it arrives and turns them into AnswerFigures.
class AnswerClock
{
public:
    void start();        // the request is sent
    void tokenArrived(); // a chunk with content or reasoning arrived
    AnswerFigures finish(const std::optional<TokenUsage>& usage, int promptCharacters,
                         int answerCharacters) const;

private:
    QElapsedTimer m_timer;
    qint64 m_firstTokenMs = -1;
    qint64 m_lastTokenMs = -1;
};

// ≈ 4 characters of English per token; what is shown (marked "≈") when a server sends no usage.
int estimateTokens(int characters);

} // namespace gatehouse
