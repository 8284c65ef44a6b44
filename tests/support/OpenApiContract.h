#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace gatehouse::test {

// The response contract of an OpenAPI 3.0 document (docs/openapi.yaml), for tests that check
// what a real server answered against what the document promises. It validates a JSON body
// against the schema of one operation's response with: type, required, properties,
// additionalProperties, items, enum, nullable, format date-time, $ref (local), allOf,
// minimum/maximum, minLength/maxLength. A keyword it does not know is reported as a problem
// rather than skipped, so a schema never looks checked when it was not.
class OpenApiContract
{
public:
    // Loads a YAML (or JSON) OpenAPI document. On failure isValid() is false and loadError() says why.
    explicit OpenApiContract(const QString& file);

    // The project's own docs/openapi.yaml (found through GATEHOUSE_SOURCE_DIR, set by ctest).
    static QString projectDocument();

    bool isValid() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }

    // Problems with `body` as the answer to `method` on `pathTemplate` (as written in the
    // document, e.g. "/admin/v1/keys/{id}") with `status`; empty when it conforms. A status the
    // operation does not document, or a body on a response documented without content (204), is
    // a problem too. Each problem names the JSON path: "$.keys[0].rpm: expected integer, got string".
    QStringList check(const QByteArray& method, const QString& pathTemplate, int status,
                      const QByteArray& body) const;

    // Problems with `value` against the named schema in components/schemas.
    QStringList checkSchema(const QString& schemaName, const QJsonValue& value) const;

    // Every operation in the document as "METHOD /path/template" (method upper-case).
    QStringList operations() const;

    // Other spellings an operation's description says it is also served as ("Also served as POST
    // /admin/v1/rules:test."), each mapped to the operation: "POST /admin/v1/rules:test" ->
    // "POST /admin/v1/rules/test".
    QMap<QString, QString> aliases() const;

    // Every local $ref that points nowhere, every operation without responses, and every schema
    // keyword the checker does not support.
    QStringList documentProblems() const;

    const QJsonObject& document() const { return m_document; }

private:
    QJsonObject resolve(const QJsonObject& maybeRef, QStringList& problems, const QString& where) const;
    void validate(const QJsonObject& schema, const QJsonValue& value, const QString& path,
                  QStringList& problems, int depth) const;

    QJsonObject m_document;
    QString m_loadError;
};

} // namespace gatehouse::test
