#include "core/chat/ResponseVerdicts.h"

namespace gatehouse {

ResponseVerdicts ResponseVerdicts::fromHeaders(const HeaderLookup& header)
{
    ResponseVerdicts v;
    for (const QByteArray& name :
         {QByteArrayLiteral("x-gatehouse-cache"), QByteArrayLiteral("x-portkey-cache-status"),
          QByteArrayLiteral("cf-aig-cache-status")}) {
        const QByteArray value = header(name).trimmed();
        if (!value.isEmpty()) {
            v.cache = QString::fromLatin1(value).toUpper();
            break;
        }
    }
    v.cacheKey = QString::fromLatin1(header(QByteArrayLiteral("x-litellm-cache-key")).trimmed());
    v.filter = QString::fromLatin1(header(QByteArrayLiteral("x-gatehouse-filter")).trimmed());
    v.upstream = QString::fromLatin1(header(QByteArrayLiteral("x-gatehouse-upstream")).trimmed());
    v.requestId = QString::fromLatin1(header(QByteArrayLiteral("x-request-id")).trimmed());
    return v;
}

} // namespace gatehouse
