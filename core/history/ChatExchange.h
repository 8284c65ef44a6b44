#pragma once

#include "core/chat/ChatOutcome.h"
#include "core/chat/ChatRequest.h"

#include <QDateTime>
#include <QString>

namespace gatehouse {

// One question and its answer as the history keeps it: where it went, what was sent (the whole
// conversation up to the question, with the parameters) and what came back with its figures.
struct ChatExchange
{
    qint64 id = 0;
    QDateTime created; // UTC
    QString target;    // registry entry name
    ChatRequest request;
    ChatOutcome outcome;

    QString question() const; // the last user message
};

} // namespace gatehouse
