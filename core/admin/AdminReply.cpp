#include "core/admin/AdminReply.h"

#include <QCoreApplication>

namespace gatehouse {

const QByteArray& AdminReply::header(const QByteArray& name) const
{
    static const QByteArray none;
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return none;
}

QString AdminReply::errorString() const
{
    if (!m_error)
        return {};
    if (m_error.kind == ChatError::Kind::Stream) // a 2xx whose body could not be read
        return m_error.detail;
    // ChatError's advice speaks of API keys and models; here the credential is the admin token. The
    // advice is looked up in ChatError's context, so it matches in the language ChatError wrote it in.
    const QString apiKeyAdvice =
        QCoreApplication::translate("gatehouse::ChatError", "Check the API key stored for this gateway.");
    const QString routeAdvice = QCoreApplication::translate(
        "gatehouse::ChatError", "The key is valid but may not use this model or route.");
    // A 404 from the admin API names what is missing itself; models are not involved.
    const QString modelAdvice = QCoreApplication::translate(
        "gatehouse::ChatError", "Check the model name and the gateway's address.");
    const QString adminTokenAdvice = tr("Check the admin token stored for this gateway.");
    QString message = m_error.message();
    message.replace(apiKeyAdvice, adminTokenAdvice);
    message.replace(QLatin1Char(' ') + routeAdvice, QString());
    message.replace(QLatin1Char(' ') + modelAdvice, QString());
    return message;
}

void AdminReply::finish(int status, QJsonDocument json, QList<QPair<QByteArray, QByteArray>> headers,
                        ChatError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_json = std::move(json);
    m_headers = std::move(headers);
    m_error = std::move(error);
    emit finished();
    deleteLater();
}

} // namespace gatehouse
