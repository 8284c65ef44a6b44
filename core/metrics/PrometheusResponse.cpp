#include "core/metrics/PrometheusResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace gatehouse::metrics {

namespace {

// Thrown inside this file only; becomes PrometheusResponse::malformed.
struct Malformed
{
    QString path;
    QString expected;
};

qint64 timestampMs(const QJsonValue& v, const QString& path)
{
    // The API writes times as numbers of seconds with up to three decimals (1435781451.781).
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        throw Malformed{path, QStringLiteral("a time in seconds")};
    return qint64(std::llround(v.toDouble() * 1000));
}

double sampleValue(const QJsonValue& v, const QString& path)
{
    const std::optional<double> value = v.isString() ? parsePrometheusValue(v.toString()) : std::nullopt;
    if (!value)
        throw Malformed{path, QStringLiteral("a number as a string (\"1.5\", \"NaN\", \"+Inf\")")};
    return *value;
}

PrometheusPoint point(const QJsonValue& v, const QString& path)
{
    const QJsonArray pair = v.toArray();
    if (!v.isArray() || pair.size() != 2)
        throw Malformed{path, QStringLiteral("[time, \"value\"]")};
    return {timestampMs(pair.at(0), path + QStringLiteral("[0]")),
            sampleValue(pair.at(1), path + QStringLiteral("[1]"))};
}

QMap<QString, QString> labels(const QJsonValue& v, const QString& path)
{
    if (!v.isObject())
        throw Malformed{path, QStringLiteral("an object of label names and values")};
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            throw Malformed{path + QLatin1Char('.') + it.key(), QStringLiteral("a string")};
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

PrometheusSeries series(const QJsonValue& v, const QString& path, bool matrix)
{
    if (!v.isObject())
        throw Malformed{path, QStringLiteral("an object with \"metric\"")};
    const QJsonObject o = v.toObject();
    PrometheusSeries s;
    s.labels = labels(o.value(QLatin1String("metric")), path + QStringLiteral(".metric"));
    if (matrix) {
        const QString valuesPath = path + QStringLiteral(".values");
        if (!o.value(QLatin1String("values")).isArray())
            throw Malformed{valuesPath, QStringLiteral("an array of [time, \"value\"]")};
        const QJsonArray values = o.value(QLatin1String("values")).toArray();
        s.points.reserve(size_t(values.size()));
        for (qsizetype i = 0; i < values.size(); ++i)
            s.points.push_back(point(values.at(i), valuesPath + QStringLiteral("[%1]").arg(i)));
    } else {
        s.points.push_back(point(o.value(QLatin1String("value")), path + QStringLiteral(".value")));
    }
    return s;
}

PrometheusResult result(const QJsonObject& data)
{
    PrometheusResult r;
    const QString type = data.value(QLatin1String("resultType")).toString();
    const QJsonValue resultValue = data.value(QLatin1String("result"));
    const QString path = QStringLiteral("$.data.result");
    if (type == QLatin1String("matrix") || type == QLatin1String("vector")) {
        r.type =
            type == QLatin1String("matrix") ? PrometheusResult::Type::Matrix : PrometheusResult::Type::Vector;
        if (!resultValue.isArray())
            throw Malformed{path, QStringLiteral("an array of series")};
        const QJsonArray all = resultValue.toArray();
        r.series.reserve(size_t(all.size()));
        for (qsizetype i = 0; i < all.size(); ++i)
            r.series.push_back(series(all.at(i), path + QStringLiteral("[%1]").arg(i),
                                      r.type == PrometheusResult::Type::Matrix));
    } else if (type == QLatin1String("scalar")) {
        r.type = PrometheusResult::Type::Scalar;
        r.series.push_back({{}, {point(resultValue, path)}});
    } else if (type == QLatin1String("string")) {
        r.type = PrometheusResult::Type::String;
        const QJsonArray pair = resultValue.toArray();
        if (!resultValue.isArray() || pair.size() != 2 || !pair.at(1).isString())
            throw Malformed{path, QStringLiteral("[time, \"text\"]")};
        r.text = pair.at(1).toString();
        r.series.push_back({{},
                            {{timestampMs(pair.at(0), path + QStringLiteral("[0]")),
                              std::numeric_limits<double>::quiet_NaN()}}});
    } else {
        throw Malformed{QStringLiteral("$.data.resultType"),
                        QStringLiteral("\"matrix\", \"vector\", \"scalar\" or \"string\"")};
    }
    return r;
}

} // namespace

QString PrometheusSeries::breakdown() const
{
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key() != QLatin1String("job") && it.key() != QLatin1String("instance") &&
            it.key() != QLatin1String("__name__"))
            return it.value();
    }
    return {};
}

std::optional<double> parsePrometheusValue(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t != text)
        return std::nullopt;
    const QString lower = t.toLower();
    if (lower == QLatin1String("nan") || lower == QLatin1String("+nan") || lower == QLatin1String("-nan"))
        return std::numeric_limits<double>::quiet_NaN();
    for (const char* inf : {"inf", "+inf", "infinity", "+infinity"}) {
        if (lower == QLatin1String(inf))
            return std::numeric_limits<double>::infinity();
    }
    for (const char* inf : {"-inf", "-infinity"}) {
        if (lower == QLatin1String(inf))
            return -std::numeric_limits<double>::infinity();
    }
    // Plain decimal and exponent forms only: no hex floats, no digit separators.
    for (const QChar c : t) {
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('e') || c == QLatin1Char('E') ||
              c == QLatin1Char('+') || c == QLatin1Char('-')))
            return std::nullopt;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

PrometheusResponse parsePrometheusResponse(const QByteArray& body, int httpStatus)
{
    PrometheusResponse response;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        response.malformed = parseError.error != QJsonParseError::NoError
                                 ? QStringLiteral("not JSON (%1 at byte %2)")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset)
                                 : QStringLiteral("$: expected an object with \"status\"");
        return response;
    }
    const QJsonObject o = doc.object();
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error")) {
        response.error = PrometheusApiError{httpStatus, o.value(QLatin1String("errorType")).toString(),
                                            o.value(QLatin1String("error")).toString()};
        return response;
    }
    if (status != QLatin1String("success")) {
        response.malformed = QStringLiteral("$.status: expected \"success\" or \"error\"");
        return response;
    }
    try {
        if (!o.value(QLatin1String("data")).isObject())
            throw Malformed{QStringLiteral("$.data"), QStringLiteral("an object with \"resultType\"")};
        PrometheusResult r = result(o.value(QLatin1String("data")).toObject());
        for (const QJsonValue w : o.value(QLatin1String("warnings")).toArray())
            r.warnings << w.toString();
        for (const QJsonValue w : o.value(QLatin1String("infos")).toArray())
            r.warnings << w.toString();
        response.result = std::move(r);
    } catch (const Malformed& m) {
        response.malformed = QStringLiteral("%1: expected %2").arg(m.path, m.expected);
    }
    return response;
}

} // namespace gatehouse::metrics
