#pragma once

#include "core/history/ChatExchange.h"
#include "core/history/HistoryCipher.h"

#include <QList>
#include <QString>

namespace gatehouse {

class ConsoleDatabase;

// The chat history in the console's SQLite (table chat_exchanges). Every text a user or model
// wrote — messages, system prompt, stop sequences, answer, reasoning, error detail — is sealed
// with the HistoryCipher before it reaches the database; only the target, model, times, figures
// and verdicts are stored as they are. Search opens the sealed rows in memory.
class ChatHistory
{
public:
    ChatHistory(ConsoleDatabase& db, HistoryCipher cipher);

    // Stores the exchange (its id and, when unset, created are filled in); "" or the error.
    QString add(ChatExchange& exchange);
    // Newest first; `search` (case-insensitive) in the question, the answer, the target or the
    // model; rows the key cannot open are counted in `unreadable` and left out.
    QList<ChatExchange> list(const QString& search = {}, int limit = 500, int* unreadable = nullptr) const;
    bool remove(qint64 id);
    bool clear();
    static bool clearAll(ConsoleDatabase& db);    // needs no key
    int removeOlderThan(const QDateTime& cutoff); // how many went; -1 on a database error
    int count() const;

private:
    ConsoleDatabase& m_db;
    HistoryCipher m_cipher;
};

} // namespace gatehouse
