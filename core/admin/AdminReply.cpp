#include "core/admin/AdminReply.h"

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
    // ChatError's advice speaks of API keys and models; here the credential is the admin token.
    QString message = m_error.message();
    message.replace(QStringLiteral("Check the API key stored for this gateway."),
                    QStringLiteral("Check the admin token stored for this gateway."));
    message.replace(QStringLiteral(" The key is valid but may not use this model or route."), QString());
    // A 404 from the admin API names what is missing itself; models are not involved.
    message.replace(QStringLiteral(" Check the model name and the gateway's address."), QString());
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
