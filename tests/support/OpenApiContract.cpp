#include "tests/support/OpenApiContract.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <set>
#include <yaml-cpp/yaml.h>

namespace gatehouse::test {

namespace {

const QStringList httpMethods = {"get", "put", "post", "delete", "patch", "head", "options"};

// Keywords that only describe; they cannot make a body wrong.
const std::set<QString> annotations = {"description", "title",     "example",    "examples",     "default",
                                       "readOnly",    "writeOnly", "deprecated", "externalDocs", "xml"};
const std::set<QString> checkedKeywords = {"type",      "required", "properties", "additionalProperties",
                                           "items",     "enum",     "nullable",   "format",
                                           "$ref",      "allOf",    "minimum",    "maximum",
                                           "minLength", "maxLength"};

QJsonValue plainScalar(const std::string& text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    const QString value = QString::fromStdString(text);
    if (value.isEmpty() || value == "~" || value == "null" || value == "Null" || value == "NULL")
        return QJsonValue::Null;
    if (value == "true" || value == "True" || value == "TRUE")
        return true;
    if (value == "false" || value == "False" || value == "FALSE")
        return false;
    if (integer.match(value).hasMatch() || real.match(value).hasMatch())
        return value.toDouble();
    return value;
}

// YAML's core schema as JSON: a quoted scalar is always a string; a plain one may be null, a
// boolean or a number.
QJsonValue toJson(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto& entry : node)
            object.insert(QString::fromStdString(entry.first.Scalar()), toJson(entry.second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto& item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        if (node.Tag() == "!")
            return QString::fromStdString(node.Scalar());
        return plainScalar(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue::Null;
    }
    return QJsonValue::Null;
}

QString typeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "boolean";
    case QJsonValue::Double:
        return std::floor(value.toDouble()) == value.toDouble() ? "integer" : "number";
    case QJsonValue::String:
        return "string";
    case QJsonValue::Array:
        return "array";
    case QJsonValue::Object:
        return "object";
    case QJsonValue::Undefined:
        break;
    }
    return "undefined";
}

bool hasType(const QJsonValue& value, const QString& type)
{
    const QString actual = typeOf(value);
    return actual == type || (type == "number" && actual == "integer");
}

// RFC 3339 date-time: 2026-11-26T14:56:58Z, with optional fraction and numeric offset.
bool isDateTime(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:["
                                                         "0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"));
    if (!shape.match(text).hasMatch())
        return false;
    // Let Qt check the calendar (no 2026-02-30, no 25:00); it wants an upper-case T and Z.
    return QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs).isValid();
}

QString shortJson(const QJsonValue& value)
{
    if (value.isString())
        return '"' + value.toString().left(60) + '"';
    if (value.isObject() || value.isArray())
        return typeOf(value);
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QJsonValue pointer(const QJsonObject& document, const QString& ref)
{
    if (!ref.startsWith("#/"))
        return QJsonValue::Undefined;
    QJsonValue node = document;
    for (QString part : ref.mid(2).split('/')) {
        part.replace("~1", "/").replace("~0", "~");
        if (!node.isObject() || !node.toObject().contains(part))
            return QJsonValue::Undefined;
        node = node.toObject().value(part);
    }
    return node;
}

void collectRefs(const QJsonValue& node, const QString& where, QList<QPair<QString, QString>>& refs)
{
    if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == "$ref" && it.value().isString())
                refs.append({where, it.value().toString()});
            else
                collectRefs(it.value(), where + '/' + it.key(), refs);
        }
    } else if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectRefs(array.at(i), where + '/' + QString::number(i), refs);
    }
}

bool isKnownKeyword(const QString& keyword)
{
    return checkedKeywords.contains(keyword) || annotations.contains(keyword) || keyword.startsWith("x-");
}

void walkSchema(const QJsonObject& schema, const QString& where, QStringList& problems)
{
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!isKnownKeyword(it.key()))
            problems << where + ": the schema uses '" + it.key() +
                            "', which the tests' checker does not support";
    }
    const QJsonObject properties = schema.value("properties").toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        walkSchema(it.value().toObject(), where + "/properties/" + it.key(), problems);
    if (schema.value("items").isObject())
        walkSchema(schema.value("items").toObject(), where + "/items", problems);
    if (schema.value("additionalProperties").isObject())
        walkSchema(schema.value("additionalProperties").toObject(), where + "/additionalProperties",
                   problems);
    const QJsonArray parts = schema.value("allOf").toArray();
    for (qsizetype i = 0; i < parts.size(); ++i)
        walkSchema(parts.at(i).toObject(), where + "/allOf/" + QString::number(i), problems);
}

// Every schema the document holds: components/schemas/* and each "schema" of a media type or parameter.
void walkSchemas(const QJsonValue& node, const QString& where, QStringList& problems)
{
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walkSchemas(array.at(i), where + '/' + QString::number(i), problems);
        return;
    }
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString child = where + '/' + it.key();
        if (it.key() == "schema")
            walkSchema(it.value().toObject(), child, problems);
        else if (where == "#/components" && it.key() == "schemas") {
            const QJsonObject schemas = it.value().toObject();
            for (auto schema = schemas.begin(); schema != schemas.end(); ++schema)
                walkSchema(schema.value().toObject(), child + '/' + schema.key(), problems);
        } else
            walkSchemas(it.value(), child, problems);
    }
}

} // namespace

OpenApiContract::OpenApiContract(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_loadError = file + ": " + in.errorString();
        return;
    }
    try {
        const YAML::Node root = YAML::Load(in.readAll().toStdString());
        const QJsonValue json = toJson(root);
        if (!json.isObject()) {
            m_loadError = file + ": the document is not a mapping";
            return;
        }
        m_document = json.toObject();
    } catch (const YAML::Exception& e) {
        m_loadError = file + ": " + QString::fromStdString(e.what());
        return;
    }
    if (!m_document.value("openapi").toString().startsWith("3.0"))
        m_loadError =
            file + ": not an OpenAPI 3.0 document (openapi: " + shortJson(m_document.value("openapi")) + ")";
    else if (!m_document.value("paths").isObject())
        m_loadError = file + ": the document has no paths";
}

QString OpenApiContract::projectDocument()
{
    return qEnvironmentVariable("GATEHOUSE_SOURCE_DIR") + "/docs/openapi.yaml";
}

QJsonObject OpenApiContract::resolve(const QJsonObject& maybeRef, QStringList& problems,
                                     const QString& where) const
{
    QJsonObject object = maybeRef;
    for (int hops = 0; object.contains("$ref"); ++hops) {
        const QString ref = object.value("$ref").toString();
        const QJsonValue target = pointer(m_document, ref);
        if (!target.isObject() || hops > 16) {
            problems << where + ": $ref " + ref + " does not resolve to an object in the document";
            return {};
        }
        object = target.toObject();
    }
    return object;
}

QStringList OpenApiContract::check(const QByteArray& method, const QString& pathTemplate, int status,
                                   const QByteArray& body) const
{
    QStringList problems;
    const QString operationName = QString::fromLatin1(method).toUpper() + ' ' + pathTemplate;
    if (!isValid())
        return {m_loadError};
    const QJsonValue pathItem = m_document.value("paths").toObject().value(pathTemplate);
    if (!pathItem.isObject())
        return {operationName + ": the document has no path " + pathTemplate};
    const QJsonValue operation = pathItem.toObject().value(QString::fromLatin1(method).toLower());
    if (!operation.isObject())
        return {operationName + ": the document has no such operation"};
    const QJsonObject responses = operation.toObject().value("responses").toObject();
    const QString code = QString::number(status);
    QJsonValue response = responses.value(code);
    if (response.isUndefined())
        response = responses.value(code.left(1) + "XX");
    if (response.isUndefined())
        response = responses.value("default");
    if (!response.isObject())
        return {operationName + ": status " + code +
                " is not documented (documented: " + responses.keys().join(", ") + ")"};
    const QString where = operationName + " " + code;
    const QJsonObject resolved = resolve(response.toObject(), problems, where);
    if (!problems.isEmpty())
        return problems;
    const QJsonObject content = resolved.value("content").toObject();
    if (content.isEmpty()) {
        if (!body.isEmpty())
            problems << where + ": documented without a body, but " + QString::number(body.size()) +
                            " bytes came";
        return problems;
    }
    const QJsonValue media = content.value("application/json");
    if (!media.isObject())
        return {where + ": documented without application/json content (has: " + content.keys().join(", ") +
                ")"};
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {where + ": the body is not JSON (" + error.errorString() + " at byte " +
                QString::number(error.offset) + "): " + QString::fromUtf8(body.left(200))};
    const QJsonValue value = parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(parsed.array());
    const QJsonObject schema = media.toObject().value("schema").toObject();
    QStringList found;
    validate(schema, value, "$", found, 0);
    for (const QString& problem : std::as_const(found))
        problems << where + ": " + problem;
    return problems;
}

QStringList OpenApiContract::checkSchema(const QString& schemaName, const QJsonValue& value) const
{
    QStringList problems;
    const QJsonValue schema =
        m_document.value("components").toObject().value("schemas").toObject().value(schemaName);
    if (!schema.isObject())
        return {"components/schemas has no schema " + schemaName};
    validate(schema.toObject(), value, "$", problems, 0);
    return problems;
}

void OpenApiContract::validate(const QJsonObject& schemaIn, const QJsonValue& value, const QString& path,
                               QStringList& problems, int depth) const
{
    if (depth > 64) {
        problems << path + ": the schema nests more than 64 levels (a $ref cycle?)";
        return;
    }
    if (schemaIn.contains("$ref") && schemaIn.size() > 1)
        problems << path +
                        ": a $ref with sibling keywords (OpenAPI 3.0 ignores them; wrap the $ref in allOf)";
    const QJsonObject schema = resolve(schemaIn, problems, path);
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!isKnownKeyword(it.key()))
            problems << path + ": the schema uses '" + it.key() +
                            "', which the tests' checker does not support";
    }
    if (value.isNull()) {
        if (schema.value("nullable").toBool())
            return;
        if (schema.contains("type")) {
            problems << path + ": expected " + schema.value("type").toString() + ", got null";
            return;
        }
    }
    for (const QJsonValue part : schema.value("allOf").toArray())
        validate(part.toObject(), value, path, problems, depth + 1);
    if (value.isNull())
        return;
    if (schema.contains("type")) {
        const QString type = schema.value("type").toString();
        if (!hasType(value, type)) {
            problems << path + ": expected " + type + ", got " + typeOf(value) + " " + shortJson(value);
            return;
        }
    }
    if (schema.contains("enum")) {
        const QJsonArray allowed = schema.value("enum").toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue option : allowed)
                names << shortJson(option);
            problems << path + ": " + shortJson(value) + " is not one of " + names.join(", ");
        }
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.value("format").toString() == "date-time" && !isDateTime(text))
            problems << path + ": " + shortJson(value) + " is not an RFC 3339 date-time";
        if (schema.contains("minLength") && text.size() < schema.value("minLength").toInt())
            problems << path + ": shorter than " + QString::number(schema.value("minLength").toInt());
        if (schema.contains("maxLength") && text.size() > schema.value("maxLength").toInt())
            problems << path + ": longer than " + QString::number(schema.value("maxLength").toInt());
    }
    if (value.isDouble()) {
        if (schema.contains("minimum") && value.toDouble() < schema.value("minimum").toDouble())
            problems << path + ": " + shortJson(value) + " is below the minimum " +
                            shortJson(schema.value("minimum"));
        if (schema.contains("maximum") && value.toDouble() > schema.value("maximum").toDouble())
            problems << path + ": " + shortJson(value) + " is above the maximum " +
                            shortJson(schema.value("maximum"));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue name : schema.value("required").toArray()) {
            if (!object.contains(name.toString()))
                problems << path + ": the required property '" + name.toString() + "' is missing";
        }
        const QJsonObject properties = schema.value("properties").toObject();
        const QJsonValue additional = schema.value("additionalProperties");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + '.' + it.key();
            if (properties.contains(it.key()))
                validate(properties.value(it.key()).toObject(), it.value(), child, problems, depth + 1);
            else if (additional.isBool() && !additional.toBool())
                problems << child + ": the property is not in the schema (additionalProperties: false)";
            else if (additional.isObject())
                validate(additional.toObject(), it.value(), child, problems, depth + 1);
        }
    }
    if (value.isArray() && schema.contains("items")) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(schema.value("items").toObject(), array.at(i), path + '[' + QString::number(i) + ']',
                     problems, depth + 1);
    }
}

QStringList OpenApiContract::operations() const
{
    QStringList result;
    const QJsonObject paths = m_document.value("paths").toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (const QString& method : httpMethods) {
            if (item.contains(method))
                result << method.toUpper() + ' ' + path.key();
        }
    }
    return result;
}

QMap<QString, QString> OpenApiContract::aliases() const
{
    static const QRegularExpression alsoServed(
        QStringLiteral("Also served as (GET|PUT|POST|PATCH|DELETE) (/[^ ]*[^ .])"));
    QMap<QString, QString> result;
    const QJsonObject paths = m_document.value("paths").toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (const QString& method : httpMethods) {
            const QString description = item.value(method).toObject().value("description").toString();
            for (const auto& match : alsoServed.globalMatch(description))
                result.insert(match.captured(1) + ' ' + match.captured(2),
                              method.toUpper() + ' ' + path.key());
        }
    }
    return result;
}

QStringList OpenApiContract::documentProblems() const
{
    QStringList problems;
    QList<QPair<QString, QString>> refs;
    collectRefs(m_document, "#", refs);
    for (const auto& [where, ref] : std::as_const(refs)) {
        if (!pointer(m_document, ref).isObject())
            problems << where + ": $ref " + ref + " points nowhere";
    }
    walkSchemas(m_document, "#", problems);
    const QJsonObject paths = m_document.value("paths").toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        const QJsonObject item = path.value().toObject();
        for (const QString& method : httpMethods) {
            if (item.contains(method) &&
                item.value(method).toObject().value("responses").toObject().isEmpty())
                problems << method.toUpper() + ' ' + path.key() + ": no responses documented";
        }
    }
    return problems;
}

} // namespace gatehouse::test
