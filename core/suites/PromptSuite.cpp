#include "core/suites/PromptSuite.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <re2/re2.h>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::PromptSuite)
};

// Reads one JSON object field by field, remembering the first problem with its path.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path, QString& error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    QString where(const QString& key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    bool fail(const QString& key, const QString& problem)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(where(key), problem);
        return false;
    }

    bool rejectUnknown(const QStringList& known)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(it.key(),
                            Text::tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));
        }
        return true;
    }

    void string(const QString& key, QString& out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            fail(key, Text::tr("must be a string"));
            return;
        }
        out = v.toString();
    }

    void strings(const QString& key, QStringList& out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (v.isString()) {
            out << v.toString();
            return;
        }
        if (!v.isArray()) {
            fail(key, Text::tr("must be a string or a list of strings"));
            return;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString()) {
                fail(key, Text::tr("must list strings only"));
                return;
            }
            out << item.toString();
        }
    }

    template <typename T> void number(const QString& key, std::optional<T>& out, double min, double max)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(key, Text::tr("must be a number from %1 to %2").arg(min).arg(max));
            return;
        }
        out = T(v.toDouble());
    }

    void boolean(const QString& key, bool& out)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool()) {
            fail(key, Text::tr("must be true or false"));
            return;
        }
        out = v.toBool();
    }

    std::optional<QJsonObject> object(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return QJsonObject();
        if (!v.isObject()) {
            fail(key, Text::tr("must be an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString& m_error;
};

void readParameters(const QJsonObject& object, const QString& path, ChatParameters& p, QString& error)
{
    Reader r(object, path, error);
    r.rejectUnknown({QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("max_tokens"),
                     QStringLiteral("seed"), QStringLiteral("stop")});
    r.number(QStringLiteral("temperature"), p.temperature, 0, 2);
    r.number(QStringLiteral("top_p"), p.topP, 0, 1);
    r.number(QStringLiteral("max_tokens"), p.maxTokens, 1, 1e7);
    r.number(QStringLiteral("seed"), p.seed, -9e15, 9e15);
    QStringList stop;
    r.strings(QStringLiteral("stop"), stop);
    if (!stop.isEmpty())
        p.stop = stop;
}

void readExpectations(const QJsonObject& object, const QString& path, SuiteExpectations& e, QString& error)
{
    Reader r(object, path, error);
    r.rejectUnknown({QStringLiteral("contains"), QStringLiteral("not_contains"), QStringLiteral("regex"),
                     QStringLiteral("json"), QStringLiteral("max_ttft_ms"), QStringLiteral("max_total_ms"),
                     QStringLiteral("status"), QStringLiteral("error_code"), QStringLiteral("cache"),
                     QStringLiteral("filter")});
    r.strings(QStringLiteral("contains"), e.contains);
    r.strings(QStringLiteral("not_contains"), e.notContains);
    r.string(QStringLiteral("regex"), e.regex);
    r.boolean(QStringLiteral("json"), e.isJson);
    r.number(QStringLiteral("max_ttft_ms"), e.maxTtftMs, 0, 1e9);
    r.number(QStringLiteral("max_total_ms"), e.maxTotalMs, 0, 1e9);
    r.number(QStringLiteral("status"), e.status, 100, 599);
    r.string(QStringLiteral("error_code"), e.errorCode);
    r.string(QStringLiteral("cache"), e.cache);
    r.string(QStringLiteral("filter"), e.filter);
    if (!e.regex.isEmpty() && error.isEmpty()) {
        const RE2 re(e.regex.toStdString(), RE2::Quiet);
        if (!re.ok())
            r.fail(QStringLiteral("regex"), QString::fromStdString(re.error()));
    }
}

} // namespace

std::optional<PromptSuite> PromptSuite::fromJson(const QByteArray& json, QString& error)
{
    error.clear();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        error = Text::tr("not valid JSON at byte %1: %2").arg(parse.offset).arg(parse.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = Text::tr("a suite is a JSON object with \"cases\"");
        return std::nullopt;
    }
    PromptSuite suite;
    ChatParameters defaults;
    Reader r(doc.object(), {}, error);
    r.rejectUnknown({QStringLiteral("name"), QStringLiteral("target"), QStringLiteral("model"),
                     QStringLiteral("system"), QStringLiteral("parameters"), QStringLiteral("concurrency"),
                     QStringLiteral("cases")});
    r.string(QStringLiteral("name"), suite.name);
    r.string(QStringLiteral("target"), suite.target);
    r.string(QStringLiteral("model"), suite.model);
    r.string(QStringLiteral("system"), suite.system);
    std::optional<int> concurrency;
    r.number(QStringLiteral("concurrency"), concurrency, 1, 16);
    suite.concurrency = concurrency.value_or(1);
    if (const auto parameters = r.object(QStringLiteral("parameters")))
        readParameters(*parameters, QStringLiteral("parameters"), defaults, error);

    const QJsonValue cases = doc.object().value(QStringLiteral("cases"));
    if (error.isEmpty() && (!cases.isArray() || cases.toArray().isEmpty()))
        error = Text::tr("cases: list at least one case");
    int index = 0;
    for (const QJsonValue& value : cases.toArray()) {
        if (!error.isEmpty())
            break;
        const QString path = QStringLiteral("cases[%1]").arg(index++);
        if (!value.isObject()) {
            error = Text::tr("%1: must be an object").arg(path);
            break;
        }
        SuiteCase c;
        c.parameters = defaults;
        Reader cr(value.toObject(), path, error);
        cr.rejectUnknown({QStringLiteral("name"), QStringLiteral("target"), QStringLiteral("model"),
                          QStringLiteral("system"), QStringLiteral("prompt"), QStringLiteral("parameters"),
                          QStringLiteral("expect")});
        cr.string(QStringLiteral("name"), c.name);
        cr.string(QStringLiteral("target"), c.target);
        cr.string(QStringLiteral("model"), c.model);
        cr.string(QStringLiteral("system"), c.system);
        cr.string(QStringLiteral("prompt"), c.prompt);
        if (const auto parameters = cr.object(QStringLiteral("parameters")))
            readParameters(*parameters, cr.where(QStringLiteral("parameters")), c.parameters, error);
        if (const auto expect = cr.object(QStringLiteral("expect")))
            readExpectations(*expect, cr.where(QStringLiteral("expect")), c.expect, error);
        if (c.name.isEmpty())
            c.name = QStringLiteral("case %1").arg(index);
        if (c.prompt.trimmed().isEmpty())
            cr.fail(QStringLiteral("prompt"), Text::tr("give the prompt to send"));
        if (c.model.isEmpty())
            c.model = suite.model;
        if (c.model.isEmpty())
            cr.fail(QStringLiteral("model"), Text::tr("give a model here or for the whole suite"));
        if (c.system.isEmpty())
            c.system = suite.system;
        suite.cases << c;
    }
    if (!error.isEmpty())
        return std::nullopt;
    return suite;
}

std::optional<PromptSuite> PromptSuite::fromFile(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto suite = fromJson(file.readAll(), error);
    if (!suite)
        error = QStringLiteral("%1: %2").arg(path, error);
    return suite;
}

} // namespace gatehouse
