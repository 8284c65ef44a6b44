#include "core/metrics/ScrapeReport.h"

namespace gatehouse::metrics {

QString scrapeFailureName(ScrapeFailure failure)
{
    switch (failure) {
    case ScrapeFailure::None:
        return QStringLiteral("up");
    case ScrapeFailure::Dns:
        return QStringLiteral("DNS");
    case ScrapeFailure::Refused:
        return QStringLiteral("refused");
    case ScrapeFailure::Timeout:
        return QStringLiteral("timeout");
    case ScrapeFailure::Tls:
        return QStringLiteral("TLS");
    case ScrapeFailure::Http:
        return QStringLiteral("HTTP");
    case ScrapeFailure::Parse:
        return QStringLiteral("parse error");
    case ScrapeFailure::Credential:
        return QStringLiteral("key");
    case ScrapeFailure::Network:
        break;
    }
    return QStringLiteral("network");
}

} // namespace gatehouse::metrics
