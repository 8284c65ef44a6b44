#include "core/registry/ProfileValidation.h"

#include "core/secrets/SecretCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>

namespace gatehouse {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidation)
};

FieldError fieldError(const QString& field, const QString& problem)
{
    return {field, profileFieldLabel(field) + QStringLiteral(": ") + problem, problem};
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

bool hasOuterSpace(const QString& text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

void checkName(const GatewayProfile& p, QList<FieldError>& errors)
{
    const QString f = QStringLiteral("name");
    if (p.name.trimmed().isEmpty())
        errors << fieldError(f, Text::tr("enter a name, e.g. \"production\""));
    else if (p.name.size() > maxProfileNameLength)
        errors << fieldError(f, Text::tr("use at most %1 characters (this one has %2)")
                                    .arg(maxProfileNameLength)
                                    .arg(p.name.size()));
    else if (hasControlCharacters(p.name))
        errors << fieldError(f, Text::tr("remove the line breaks and other control characters"));
    else if (hasOuterSpace(p.name))
        errors << fieldError(f, Text::tr("remove the spaces at the start or the end"));
}

void checkUrls(const GatewayProfile& p, QList<FieldError>& errors)
{
    errors << validateProfileUrl(QStringLiteral("baseUrl"), p.baseUrl);
    errors << validateProfileUrl(QStringLiteral("metricsUrl"), p.metricsUrl);
    errors << validateProfileUrl(QStringLiteral("adminUrl"), p.adminUrl);

    const bool noBase = p.baseUrl.isEmpty();
    const bool noMetrics = p.metricsUrl.isEmpty();
    switch (p.kind) {
    case GatewayKind::PrometheusServer:
        if (noMetrics)
            errors << fieldError(
                QStringLiteral("metricsUrl"),
                Text::tr("enter the Prometheus server's address, e.g. http://prometheus.example.com:9090"));
        break;
    case GatewayKind::Ollama:
        if (noBase)
            errors << fieldError(
                QStringLiteral("baseUrl"),
                Text::tr("enter the API root, e.g. http://localhost:11434/v1 (Ollama has no metrics URL)"));
        break;
    default:
        if (noBase && noMetrics)
            errors << fieldError(
                QStringLiteral("baseUrl"),
                Text::tr("enter the API root, e.g. %1, or a metrics URL").arg(exampleBaseUrl(p.kind)));
        break;
    }
    if (!p.adminUrl.isEmpty() && !kindHasAdminApi(p.kind))
        errors << fieldError(QStringLiteral("adminUrl"),
                             Text::tr("only a Gatehouse gateway has an admin API; leave it empty "
                                      "for a %1")
                                 .arg(gatewayKindDisplayName(p.kind)));
}

void checkSecrets(const GatewayProfile& p, QList<FieldError>& errors)
{
    const QString problem =
        Text::tr("use the name of a secret in the keychain (letters, digits and . _ - : /, "
                 "starting with a letter or digit, at most 128), not the secret itself");
    if (!p.apiKeySecret.isEmpty() && !SecretCatalog::isValidName(p.apiKeySecret))
        errors << fieldError(QStringLiteral("apiKeySecret"), problem);
    if (!p.adminTokenSecret.isEmpty() && !SecretCatalog::isValidName(p.adminTokenSecret))
        errors << fieldError(QStringLiteral("adminTokenSecret"), problem);
    if (!p.adminTokenSecret.isEmpty() && !kindHasAdminApi(p.kind))
        errors << fieldError(QStringLiteral("adminTokenSecret"),
                             Text::tr("only a Gatehouse gateway has an admin API; leave it empty for a %1")
                                 .arg(gatewayKindDisplayName(p.kind)));
}

void checkTls(const GatewayProfile& p, QList<FieldError>& errors)
{
    const QString& caFile = p.tls.caFile;
    if (!caFile.isEmpty()) {
        const QString f = QStringLiteral("tls.caFile");
        const QFileInfo info(caFile);
        QFile file(caFile);
        if (info.isRelative())
            errors << fieldError(f, Text::tr("give the full path of the file, e.g. /etc/ssl/gateway-ca.pem"));
        else if (!info.exists())
            errors << fieldError(f, Text::tr("%1 does not exist; check the path").arg(caFile));
        else if (!info.isFile())
            errors << fieldError(
                f, Text::tr("%1 is not a file; choose the PEM file with the CA certificate").arg(caFile));
        else if (info.size() > qint64(1024) * 1024 || !file.open(QIODevice::ReadOnly))
            errors << fieldError(f, Text::tr("cannot read %1; check its permissions").arg(caFile));
        else if (QSslCertificate::fromData(file.readAll(), QSsl::Pem).isEmpty())
            errors << fieldError(f, Text::tr("%1 holds no PEM certificate; export the CA certificate as PEM "
                                             "(a text file starting with -----BEGIN CERTIFICATE-----)")
                                        .arg(caFile));
    }
    if (!p.tls.pinSha256.isEmpty() && decodePin(p.tls.pinSha256).isEmpty())
        errors << fieldError(
            QStringLiteral("tls.pinSha256"),
            Text::tr("use the base64 SHA-256 of the certificate's public key, 44 characters, optionally "
                     "after \"sha256//\" (as in curl --pinnedpubkey)"));
}

void checkPollInterval(const GatewayProfile& p, QList<FieldError>& errors)
{
    if (p.pollIntervalSeconds < minPollIntervalSeconds || p.pollIntervalSeconds > maxPollIntervalSeconds)
        errors << fieldError(QStringLiteral("pollIntervalSeconds"), Text::tr("use %1 to %2 seconds (not %3)")
                                                                        .arg(minPollIntervalSeconds)
                                                                        .arg(maxPollIntervalSeconds)
                                                                        .arg(p.pollIntervalSeconds));
}

void checkTags(const GatewayProfile& p, QList<FieldError>& errors)
{
    const QString f = QStringLiteral("tags");
    if (p.tags.size() > maxTags) {
        errors << fieldError(f,
                             Text::tr("use at most %1 tags (there are %2)").arg(maxTags).arg(p.tags.size()));
        return;
    }
    QSet<QString> seen;
    for (const QString& tag : p.tags) {
        if (tag.trimmed().isEmpty()) {
            errors << fieldError(f, Text::tr("remove the empty tag"));
            return;
        }
        if (tag.size() > maxTagLength || hasControlCharacters(tag) || hasOuterSpace(tag) ||
            tag.contains(QLatin1Char(','))) {
            errors << fieldError(
                f, Text::tr("\"%1\" is not a tag: use at most %2 characters, no commas, line breaks or "
                            "spaces at either end")
                       .arg(tag.left(maxTagLength))
                       .arg(maxTagLength));
            return;
        }
        if (seen.contains(tag.toCaseFolded())) {
            errors << fieldError(f, Text::tr("\"%1\" is there twice; remove one").arg(tag));
            return;
        }
        seen.insert(tag.toCaseFolded());
    }
}

} // namespace

QString profileFieldLabel(const QString& field)
{
    static const struct
    {
        const char* field;
        const char* label;
    } labels[] = {
        {"name", QT_TRANSLATE_NOOP("ProfileValidation", "Name")},
        {"kind", QT_TRANSLATE_NOOP("ProfileValidation", "Kind")},
        {"baseUrl", QT_TRANSLATE_NOOP("ProfileValidation", "Base URL")},
        {"metricsUrl", QT_TRANSLATE_NOOP("ProfileValidation", "Metrics URL")},
        {"adminUrl", QT_TRANSLATE_NOOP("ProfileValidation", "Admin URL")},
        {"apiKeySecret", QT_TRANSLATE_NOOP("ProfileValidation", "API key secret")},
        {"adminTokenSecret", QT_TRANSLATE_NOOP("ProfileValidation", "Admin token secret")},
        {"tls.caFile", QT_TRANSLATE_NOOP("ProfileValidation", "CA file")},
        {"tls.pinSha256", QT_TRANSLATE_NOOP("ProfileValidation", "Certificate pin")},
        {"pollIntervalSeconds", QT_TRANSLATE_NOOP("ProfileValidation", "Poll interval")},
        {"tags", QT_TRANSLATE_NOOP("ProfileValidation", "Tags")},
        {"chat.headers", QT_TRANSLATE_NOOP("ProfileValidation", "Extra headers")},
        {"chat.tokenLimitField", QT_TRANSLATE_NOOP("ProfileValidation", "Token limit field")},
    };
    for (const auto& l : labels) {
        if (field == QLatin1String(l.field))
            return Text::tr(l.label);
    }
    return field;
}

QList<FieldError> validateProfileUrl(const QString& field, const QUrl& url)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid())
        // Not QUrl::errorString(): it quotes the input, which may hold a password.
        return {fieldError(field, Text::tr("not a valid URL; use the form https://host:port/path"))};
    // Checked before anything that could echo the URL back, so a password never lands in a message.
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return {fieldError(
            field, Text::tr("remove the user name and password from the URL; store credentials in the "
                            "keychain and name them in the profile"))};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {fieldError(field, Text::tr("use http:// or https://"))};
    if (url.host().isEmpty())
        return {fieldError(field, Text::tr("add the host name, e.g. https://gateway.example.com/v1"))};
    if (url.hasFragment())
        return {fieldError(field, Text::tr("remove the #fragment; the server never sees it"))};
    return {};
}

QByteArray decodePin(const QString& pin)
{
    QString text = pin;
    if (text.startsWith(QLatin1String("sha256//")))
        text = text.mid(8);
    if (text.size() != 44)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return {};
    return decoded.decoded;
}

void checkChatOptions(const GatewayProfile& p, QList<FieldError>& errors)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    static const QRegularExpression reference(QStringLiteral("\\{secret:([^}]*)\\}"));
    const QString f = QStringLiteral("chat.headers");
    for (const auto& [name, value] : p.chat.extraHeaders) {
        if (!token.match(name).hasMatch()) {
            errors << fieldError(
                f, Text::tr("\"%1\" is not a header name (letters, digits and - only, no spaces)").arg(name));
            return;
        }
        if (hasControlCharacters(value)) {
            errors << fieldError(f,
                                 Text::tr("the value of %1 has a line break or control character").arg(name));
            return;
        }
        for (auto it = reference.globalMatch(value); it.hasNext();) {
            const QString secret = it.next().captured(1);
            if (!SecretCatalog::isValidName(secret)) {
                errors << fieldError(f,
                                     Text::tr("%1 names the secret \"%2\", which is not a valid secret name")
                                         .arg(name, secret));
                return;
            }
        }
    }
    const QString& field = p.chat.tokenLimitField;
    if (!field.isEmpty() && field != QLatin1String("max_tokens") &&
        field != QLatin1String("max_completion_tokens"))
        errors << fieldError(QStringLiteral("chat.tokenLimitField"),
                             Text::tr("use max_tokens or max_completion_tokens (or leave it empty)"));
}

QList<FieldError> validateProfile(const GatewayProfile& profile)
{
    QList<FieldError> errors;
    checkName(profile, errors);
    checkUrls(profile, errors);
    checkSecrets(profile, errors);
    checkTls(profile, errors);
    checkPollInterval(profile, errors);
    checkTags(profile, errors);
    checkChatOptions(profile, errors);
    return errors;
}

} // namespace gatehouse
