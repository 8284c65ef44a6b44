#pragma once

#include "core/history/ChatExchange.h"

namespace gatehouse::test {

// The chat exchange number `n` that fault_historywriter appends and tst_faultkill expects back:
// its question and answer say their number, so each can be checked after decryption.
inline QString numberedQuestion(int n)
{
    return QStringLiteral("Question %1: where did the invoice go?").arg(n);
}

inline QString numberedAnswer(int n)
{
    // A few kilobytes, so that a write takes long enough to be interrupted now and then.
    return QStringLiteral("Answer %1. ").arg(n) + QString(3000, QLatin1Char('x'));
}

inline ChatExchange numberedExchange(int n)
{
    ChatExchange exchange;
    exchange.target = QStringLiteral("Fault test");
    exchange.request.model = QStringLiteral("demo-fast");
    exchange.request.messages = {{QStringLiteral("user"), numberedQuestion(n)}};
    exchange.outcome.content = numberedAnswer(n);
    exchange.outcome.figures.totalMs = n;
    return exchange;
}

} // namespace gatehouse::test
