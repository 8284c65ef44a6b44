#pragma once

#include "core/chat/AnswerFigures.h"
#include "core/chat/ChatError.h"
#include "core/chat/ResponseVerdicts.h"

#include <QString>

namespace gatehouse {

// Everything one finished answer left behind: the text, the figures and verdicts, or the error.
// A copy that outlives the ChatReply it came from (replies are deleted once done).
struct ChatOutcome
{
    QString content;
    QString reasoning;
    QString model;
    QString finishReason;
    ChatError error;
    AnswerFigures figures;
    ResponseVerdicts verdicts;

    bool succeeded() const { return !error; }
};

} // namespace gatehouse
