#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;

    bool operator==(const ChatMessage&) const = default;
};

// What a user can set for one answer; unset values are left out of the request so the server's
// defaults apply.
struct ChatParameters
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    std::optional<qint64> seed;
    QStringList stop;
};

struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    ChatParameters parameters;
    bool stream = true;
};

} // namespace gatehouse
