#include "core/metrics/ProfileLoader.h"

#include "core/metrics/CanonicalSignal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <re2/re2.h>

#include <algorithm>
#include <cmath>

namespace gatehouse::metrics {

namespace {

// Thrown inside this file only; becomes ProfileLoadResult::error.
struct JsonError
{
    QString path;
    QString message;
};

std::string utf8(const QString& s)
{
    return s.toStdString();
}

std::vector<std::string> familyNames(const QJsonValue& v, const QString& path)
{
    std::vector<std::string> names;
    if (v.isString()) {
        names.push_back(utf8(v.toString()));
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().isEmpty())
                throw JsonError{path + QStringLiteral("[%1]").arg(i),
                                QStringLiteral("expected a family name")};
            names.push_back(utf8(a.at(i).toString()));
        }
    }
    if (names.empty() || names.front().empty())
        throw JsonError{path, QStringLiteral("expected a family name or an array of alternative names")};
    return names;
}

LabelMatcher labelMatcher(const QString& label, const QJsonValue& v, const QString& path)
{
    if (!v.isString())
        throw JsonError{path, QStringLiteral("expected a string such as \"=~5..\"")};
    const QString text = v.toString();
    LabelMatcher m;
    m.label = utf8(label);
    QString operand = text;
    if (text.startsWith(QLatin1String("=~"))) {
        m.op = LabelMatcher::Op::Matches;
        operand = text.mid(2);
    } else if (text.startsWith(QLatin1String("!~"))) {
        m.op = LabelMatcher::Op::NotMatches;
        operand = text.mid(2);
    } else if (text.startsWith(QLatin1String("!="))) {
        m.op = LabelMatcher::Op::NotEqual;
        operand = text.mid(2);
    } else if (text.startsWith(QLatin1Char('='))) {
        operand = text.mid(1);
    }
    m.value = utf8(operand);
    if (m.op == LabelMatcher::Op::Matches || m.op == LabelMatcher::Op::NotMatches) {
        RE2::Options options;
        options.set_log_errors(false);
        auto regex = std::make_shared<RE2>(m.value, options);
        if (!regex->ok())
            throw JsonError{path,
                            QStringLiteral("invalid regex: %1").arg(QString::fromStdString(regex->error()))};
        m.regex = std::move(regex);
    }
    return m;
}

double number(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        throw JsonError{path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("expected a number")};
    return v.toDouble();
}

Expression expression(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        throw JsonError{path, QStringLiteral("expected an object")};
    const QJsonObject o = value.toObject();
    static const QStringList kinds = {QStringLiteral("rate"), QStringLiteral("gauge"),
                                      QStringLiteral("histogram"), QStringLiteral("ratio"),
                                      QStringLiteral("sum")};
    static const QStringList options = {
        QStringLiteral("quantile"),  QStringLiteral("suffix"), QStringLiteral("match"), QStringLiteral("by"),
        QStringLiteral("aggregate"), QStringLiteral("equals"), QStringLiteral("scale")};
    QString kind;
    for (const QString& key : o.keys()) {
        if (kinds.contains(key)) {
            if (!kind.isEmpty())
                throw JsonError{path, QStringLiteral("has both \"%1\" and \"%2\"").arg(kind, key)};
            kind = key;
        } else if (!options.contains(key)) {
            throw JsonError{path + QLatin1Char('.') + key, QStringLiteral("unknown key")};
        }
    }
    if (kind.isEmpty())
        throw JsonError{
            path, QStringLiteral("expected one of \"rate\", \"gauge\", \"histogram\", \"ratio\", \"sum\"")};

    Expression e;
    const QString kindPath = path + QLatin1Char('.') + kind;
    if (kind == QLatin1String("ratio") || kind == QLatin1String("sum")) {
        e.kind = kind == QLatin1String("ratio") ? Expression::Kind::Ratio : Expression::Kind::Sum;
        const QJsonArray terms = o.value(kind).toArray();
        if (!o.value(kind).isArray() || (e.kind == Expression::Kind::Ratio && terms.size() != 2) ||
            terms.isEmpty())
            throw JsonError{kindPath, e.kind == Expression::Kind::Ratio
                                          ? QStringLiteral("expected [numerator, denominator]")
                                          : QStringLiteral("expected an array of expressions")};
        for (qsizetype i = 0; i < terms.size(); ++i)
            e.terms.push_back(expression(terms.at(i), kindPath + QStringLiteral("[%1]").arg(i)));
    } else {
        e.kind = kind == QLatin1String("rate")    ? Expression::Kind::Rate
                 : kind == QLatin1String("gauge") ? Expression::Kind::Gauge
                                                  : Expression::Kind::Quantile;
        e.families = familyNames(o.value(kind), kindPath);
    }
    if (e.kind == Expression::Kind::Quantile) {
        e.quantile = number(o, "quantile", path);
        if (!(e.quantile >= 0 && e.quantile <= 1))
            throw JsonError{path + QStringLiteral(".quantile"),
                            QStringLiteral("expected a number between 0 and 1")};
    }
    if (o.contains(QLatin1String("suffix")))
        e.sampleSuffix = utf8(o.value(QLatin1String("suffix")).toString());
    if (o.contains(QLatin1String("match"))) {
        if (!o.value(QLatin1String("match")).isObject())
            throw JsonError{path + QStringLiteral(".match"),
                            QStringLiteral("expected an object of label: condition")};
        const QJsonObject match = o.value(QLatin1String("match")).toObject();
        for (auto it = match.begin(); it != match.end(); ++it)
            e.matchers.push_back(
                labelMatcher(it.key(), it.value(), path + QStringLiteral(".match.") + it.key()));
    }
    if (o.contains(QLatin1String("by")))
        e.by = utf8(o.value(QLatin1String("by")).toString());
    if (o.contains(QLatin1String("aggregate"))) {
        const QString a = o.value(QLatin1String("aggregate")).toString();
        if (a == QLatin1String("sum"))
            e.aggregate = Expression::Aggregate::Sum;
        else if (a == QLatin1String("avg"))
            e.aggregate = Expression::Aggregate::Avg;
        else if (a == QLatin1String("min"))
            e.aggregate = Expression::Aggregate::Min;
        else if (a == QLatin1String("max"))
            e.aggregate = Expression::Aggregate::Max;
        else
            throw JsonError{path + QStringLiteral(".aggregate"),
                            QStringLiteral("expected sum, avg, min or max")};
    }
    if (o.contains(QLatin1String("equals")))
        e.equals = number(o, "equals", path);
    if (o.contains(QLatin1String("scale"))) {
        e.scale = number(o, "scale", path);
        if (!std::isfinite(e.scale) || e.scale == 0)
            throw JsonError{path + QStringLiteral(".scale"),
                            QStringLiteral("expected a finite non-zero number")};
    }
    return e;
}

void collectFamilies(const Expression& e, std::vector<std::string>& out)
{
    for (const std::string& f : e.families) {
        if (std::find(out.begin(), out.end(), f) == out.end())
            out.push_back(f);
    }
    for (const Expression& t : e.terms)
        collectFamilies(t, out);
}

std::vector<std::string> stringList(const QJsonObject& o, const char* key)
{
    const QString path = QStringLiteral("$.") + QLatin1String(key);
    if (!o.contains(QLatin1String(key)))
        return {};
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        throw JsonError{path, QStringLiteral("expected an array of strings")};
    std::vector<std::string> out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || a.at(i).toString().isEmpty())
            throw JsonError{path + QStringLiteral("[%1]").arg(i),
                            QStringLiteral("expected a non-empty string")};
        out.push_back(utf8(a.at(i).toString()));
    }
    return out;
}

MetricProfile profile(const QJsonDocument& doc)
{
    if (!doc.isObject())
        throw JsonError{QStringLiteral("$"), QStringLiteral("expected an object")};
    const QJsonObject o = doc.object();
    MetricProfile p;
    p.id = o.value(QLatin1String("id")).toString();
    if (p.id.isEmpty())
        throw JsonError{QStringLiteral("$.id"), QStringLiteral("expected a non-empty string")};
    if (p.id == QLatin1String("raw"))
        throw JsonError{QStringLiteral("$.id"),
                        QStringLiteral("\"raw\" is reserved for scrapes no profile fits")};
    p.name = o.value(QLatin1String("name")).toString(p.id);
    if (o.contains(QLatin1String("priority"))) {
        if (!o.value(QLatin1String("priority")).isDouble())
            throw JsonError{QStringLiteral("$.priority"), QStringLiteral("expected a number")};
        p.priority = o.value(QLatin1String("priority")).toInt();
    }
    p.detect = stringList(o, "detect");
    p.prefixes = stringList(o, "prefixes");
    if (!o.value(QLatin1String("signals")).isObject())
        throw JsonError{QStringLiteral("$.signals"),
                        QStringLiteral("expected an object of signal: expression")};
    const QJsonObject signalsObject = o.value(QLatin1String("signals")).toObject();
    for (auto it = signalsObject.begin(); it != signalsObject.end(); ++it) {
        const QString path = QStringLiteral("$.signals.") + it.key();
        if (!findCanonicalSignal(it.key()))
            throw JsonError{
                path, QStringLiteral("unknown signal (known: request_rate, error_ratio, latency_p95, …)")};
        p.expressions.emplace(it.key(), expression(it.value(), path));
    }
    if (p.detect.empty() && p.prefixes.empty()) {
        for (const auto& [id, e] : p.expressions)
            collectFamilies(e, p.detect);
    }
    return p;
}

} // namespace

ProfileLoadResult parseProfile(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt, QStringLiteral("%1: offset %2: %3")
                                  .arg(source)
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString())};
    }
    try {
        MetricProfile p = profile(doc);
        p.source = source;
        return {std::move(p), {}};
    } catch (const JsonError& e) {
        return {std::nullopt, QStringLiteral("%1: %2: %3").arg(source, e.path, e.message)};
    }
}

ProfileLoadResult loadProfileFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString())};
    return parseProfile(file.readAll(), path);
}

ProfileSet loadProfiles(const QString& userFolder)
{
    ProfileSet set;
    auto addFolder = [&set](const QString& folder) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            ProfileLoadResult r = loadProfileFile(dir.filePath(name));
            if (!r.profile) {
                set.errors << r.error;
                continue;
            }
            auto same = std::find_if(set.profiles.begin(), set.profiles.end(),
                                     [&r](const MetricProfile& p) { return p.id == r.profile->id; });
            if (same != set.profiles.end())
                *same = std::move(*r.profile);
            else
                set.profiles.push_back(std::move(*r.profile));
        }
    };
    addFolder(QStringLiteral(":/profiles"));
    if (!userFolder.isEmpty())
        addFolder(userFolder);
    std::sort(set.profiles.begin(), set.profiles.end(),
              [](const MetricProfile& a, const MetricProfile& b) { return a.id < b.id; });
    return set;
}

QString userProfileFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
}

} // namespace gatehouse::metrics
