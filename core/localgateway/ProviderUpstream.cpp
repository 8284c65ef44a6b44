#include "core/localgateway/ProviderUpstream.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ProviderUpstream)
};

} // namespace

QString ProviderUpstream::problem() const
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!validName.match(name).hasMatch())
        return Text::tr("The provider name \"%1\" must start with a letter or digit and use only letters, "
                        "digits, '.', '_' and '-' (at most 64).")
            .arg(name);
    if (name == QLatin1String("demo"))
        return Text::tr("The name \"demo\" belongs to the built-in demo provider; choose another.");
    if (!baseUrl.isValid() ||
        (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https")) ||
        baseUrl.host().isEmpty())
        return Text::
            tr("The provider \"%1\" needs an http:// or https:// address, e.g. https://api.openai.com/v1.")
                .arg(name);
    if (models.isEmpty())
        return Text::tr("The provider \"%1\" needs at least one model name.").arg(name);
    for (const QString& model : models) {
        if (model.trimmed().isEmpty() || model.contains(QLatin1Char('"')) ||
            model.contains(QLatin1Char('\\')))
            return Text::tr("The provider \"%1\" has an invalid model name \"%2\".").arg(name, model);
    }
    return {};
}

std::optional<QList<ProviderUpstream>> loadProviders(const QString& file, QString* error)
{
    QFile in(file);
    if (!in.exists())
        return QList<ProviderUpstream>{};
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                Text::tr("%1: cannot read the local gateway's providers: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!json.isObject()) {
        if (error)
            *error = Text::tr("%1: the local gateway's providers are not valid JSON (%2 at byte %3)")
                         .arg(file, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    QList<ProviderUpstream> providers;
    for (const QJsonValue& value : json.object().value(QLatin1String("providers")).toArray()) {
        const QJsonObject object = value.toObject();
        ProviderUpstream p;
        p.name = object.value(QLatin1String("name")).toString();
        p.baseUrl = QUrl(object.value(QLatin1String("base_url")).toString());
        p.secretName = object.value(QLatin1String("secret")).toString();
        for (const QJsonValue& model : object.value(QLatin1String("models")).toArray())
            p.models << model.toString();
        p.auth = object.value(QLatin1String("auth")).toString() == QLatin1String("api-key")
                     ? ProviderUpstream::Auth::ApiKey
                     : ProviderUpstream::Auth::Bearer;
        if (const QString problem = p.problem(); !problem.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(file, problem);
            return std::nullopt;
        }
        providers << p;
    }
    return providers;
}

QString saveProviders(const QString& file, const QList<ProviderUpstream>& providers)
{
    QJsonArray array;
    for (const ProviderUpstream& p : providers) {
        array.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("base_url"), p.baseUrl.toString()},
            {QStringLiteral("secret"), p.secretName},
            {QStringLiteral("models"), QJsonArray::fromStringList(p.models)},
            {QStringLiteral("auth"),
             p.auth == ProviderUpstream::Auth::ApiKey ? QStringLiteral("api-key") : QStringLiteral("bearer")},
        });
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Text::tr("%1: cannot save the local gateway's providers: %2").arg(file, out.errorString());
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("providers"), array}}).toJson());
    if (!out.commit())
        return Text::tr("%1: cannot save the local gateway's providers: %2").arg(file, out.errorString());
    return {};
}

} // namespace gatehouse
