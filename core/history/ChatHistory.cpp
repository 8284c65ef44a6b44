#include "core/history/ChatHistory.h"

#include "core/chat/ChatParametersJson.h"
#include "core/database/ConsoleDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace gatehouse {

namespace {

// Gives ChatHistory (not a QObject) a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ChatHistory)
};

QJsonObject sealedPart(const ChatExchange& e)
{
    QJsonArray messages;
    for (const ChatMessage& m : e.request.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    const ChatError& error = e.outcome.error;
    return {{QStringLiteral("messages"), messages},
            {QStringLiteral("parameters"), chatParametersJson(e.request.parameters, SeedAs::Digits)},
            {QStringLiteral("answer"), e.outcome.content},
            {QStringLiteral("reasoning"), e.outcome.reasoning},
            {QStringLiteral("finish_reason"), e.outcome.finishReason},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), int(error.kind)},
                                                  {QStringLiteral("status"), error.httpStatus},
                                                  {QStringLiteral("detail"), error.detail},
                                                  {QStringLiteral("type"), error.type},
                                                  {QStringLiteral("code"), error.code},
                                                  {QStringLiteral("request_id"), error.requestId}}}};
}

void readSealedPart(const QJsonObject& o, ChatExchange& e)
{
    for (const QJsonValue& v : o.value(QStringLiteral("messages")).toArray())
        e.request.messages.append(
            {v[QStringLiteral("role")].toString(), v[QStringLiteral("content")].toString()});
    e.request.parameters = chatParametersFromJson(o.value(QStringLiteral("parameters")).toObject());
    e.outcome.content = o.value(QStringLiteral("answer")).toString();
    e.outcome.reasoning = o.value(QStringLiteral("reasoning")).toString();
    e.outcome.finishReason = o.value(QStringLiteral("finish_reason")).toString();
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    e.outcome.error.kind = ChatError::Kind(error.value(QStringLiteral("kind")).toInt());
    e.outcome.error.httpStatus = error.value(QStringLiteral("status")).toInt();
    e.outcome.error.detail = error.value(QStringLiteral("detail")).toString();
    e.outcome.error.type = error.value(QStringLiteral("type")).toString();
    e.outcome.error.code = error.value(QStringLiteral("code")).toString();
    e.outcome.error.requestId = error.value(QStringLiteral("request_id")).toString();
}

// A null QString binds as SQL NULL; the columns hold "" for "none".
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

void wipeText(QByteArray& bytes)
{
    if (bytes.isDetached())
        bytes.fill('\0');
    bytes.clear();
}

} // namespace

QString ChatExchange::question() const
{
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it) {
        if (it->role == QLatin1String("user"))
            return it->content;
    }
    return {};
}

ChatHistory::ChatHistory(ConsoleDatabase& db, HistoryCipher cipher)
    : m_db(db)
    , m_cipher(std::move(cipher))
{}

QString ChatHistory::add(ChatExchange& e)
{
    if (!m_cipher.isUsable())
        return Text::tr("the history key is not usable");
    if (!e.created.isValid())
        e.created = QDateTime::currentDateTimeUtc();
    QByteArray plain = QJsonDocument(sealedPart(e)).toJson(QJsonDocument::Compact);
    const QByteArray sealed = m_cipher.seal(plain);
    wipeText(plain);
    const AnswerFigures& f = e.outcome.figures;
    const ResponseVerdicts& v = e.outcome.verdicts;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO chat_exchanges (created_at, target, model, ttft_ms, total_ms, tokens_per_s, "
        "prompt_tokens, "
        "completion_tokens, tokens_estimated, cache, filter, upstream, request_id, failed, sealed) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(e.created.toMSecsSinceEpoch());
    q.addBindValue(text(e.target));
    q.addBindValue(text(e.request.model));
    q.addBindValue(f.timeToFirstTokenMs);
    q.addBindValue(f.totalMs);
    q.addBindValue(f.tokensPerSecond ? QVariant(*f.tokensPerSecond) : QVariant());
    q.addBindValue(f.promptTokens);
    q.addBindValue(f.completionTokens);
    q.addBindValue(f.tokensEstimated ? 1 : 0);
    q.addBindValue(text(v.cache));
    q.addBindValue(text(v.filter));
    q.addBindValue(text(v.upstream));
    q.addBindValue(text(v.requestId));
    q.addBindValue(e.outcome.error ? 1 : 0);
    q.addBindValue(sealed);
    if (!q.exec())
        return Text::tr("cannot store the chat in the history: %1").arg(q.lastError().text());
    e.id = q.lastInsertId().toLongLong();
    return {};
}

QList<ChatExchange> ChatHistory::list(const QString& search, int limit, int* unreadable) const
{
    QList<ChatExchange> result;
    if (unreadable)
        *unreadable = 0;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, created_at, target, model, ttft_ms, total_ms, tokens_per_s, prompt_tokens, "
            "completion_tokens, tokens_estimated, cache, filter, upstream, request_id, sealed "
            "FROM chat_exchanges ORDER BY created_at DESC, id DESC")))
        return result;
    while (q.next() && result.size() < limit) {
        QByteArray plain = m_cipher.open(q.value(14).toByteArray()).value_or(QByteArray());
        if (plain.isEmpty()) {
            if (unreadable)
                ++*unreadable;
            continue;
        }
        ChatExchange e;
        e.id = q.value(0).toLongLong();
        e.created = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.target = q.value(2).toString();
        e.request.model = q.value(3).toString();
        e.outcome.model = e.request.model;
        AnswerFigures& f = e.outcome.figures;
        f.timeToFirstTokenMs = q.value(4).toLongLong();
        f.totalMs = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            f.tokensPerSecond = q.value(6).toDouble();
        f.promptTokens = q.value(7).toInt();
        f.completionTokens = q.value(8).toInt();
        f.tokensEstimated = q.value(9).toInt() != 0;
        e.outcome.verdicts.cache = q.value(10).toString();
        e.outcome.verdicts.filter = q.value(11).toString();
        e.outcome.verdicts.upstream = q.value(12).toString();
        e.outcome.verdicts.requestId = q.value(13).toString();
        readSealedPart(QJsonDocument::fromJson(plain).object(), e);
        wipeText(plain);
        const bool matches = search.isEmpty() || e.question().contains(search, Qt::CaseInsensitive) ||
                             e.outcome.content.contains(search, Qt::CaseInsensitive) ||
                             e.target.contains(search, Qt::CaseInsensitive) ||
                             e.request.model.contains(search, Qt::CaseInsensitive);
        if (matches)
            result << e;
    }
    return result;
}

bool ChatHistory::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM chat_exchanges WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool ChatHistory::clear()
{
    return clearAll(m_db);
}

bool ChatHistory::clearAll(ConsoleDatabase& db)
{
    QSqlQuery q(db.connection());
    // secure_delete overwrites the freed pages, so the sealed rows do not linger in the file.
    return q.exec(QStringLiteral("PRAGMA secure_delete = ON")) &&
           q.exec(QStringLiteral("DELETE FROM chat_exchanges"));
}

int ChatHistory::removeOlderThan(const QDateTime& cutoff)
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    q.prepare(QStringLiteral("DELETE FROM chat_exchanges WHERE created_at < ?"));
    q.addBindValue(cutoff.toMSecsSinceEpoch());
    return q.exec() ? q.numRowsAffected() : -1;
}

int ChatHistory::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM chat_exchanges")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace gatehouse
