#pragma once

#include "core/history/ChatExchange.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// A conversation from the history as a file a person can read or a program can load: every
// message up to the question, the answer, its parameters, figures and the gateway's verdicts.
// The history keeps each exchange with the whole conversation it was asked in, so exporting the
// last exchange of a conversation exports all of it.
namespace ConversationExport {

// Markdown: a title (model, target, time), the parameters, a section per message, the answer with
// its reasoning quoted and a line of figures; an error is said instead of an answer.
QString markdown(const ChatExchange& exchange);

// JSON (format "gatehouse.conversation/1"): messages in OpenAI's shape with the answer last, plus
// "parameters", "figures", "verdicts" and, when it failed, "error". Indented, UTF-8.
QByteArray json(const ChatExchange& exchange);

// A file name for it: "conversation-20261207-0812.md" (UTC), `extension` without the dot.
QString suggestedFileName(const ChatExchange& exchange, const QString& extension);

} // namespace ConversationExport

} // namespace gatehouse
