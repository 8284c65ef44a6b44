// The tests' OpenAPI response checker: every keyword it claims to check can fail a body, a
// keyword it does not know is reported instead of skipped, and the project's docs/openapi.yaml
// loads with every $ref resolving.

#include "tests/support/OpenApiContract.h"
#include "tests/support/RawHttp.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using gatehouse::test::OpenApiContract;

namespace {

// Plain string literals: Qt 6.4's moc chokes on raw strings with unbalanced parentheses.
const QByteArray fixture = "openapi: 3.0.3\n"
                           "info: {title: t, version: \"1\"}\n"
                           "paths:\n"
                           "  /things/{id}:\n"
                           "    get:\n"
                           "      responses:\n"
                           "        \"200\":\n"
                           "          description: ok\n"
                           "          content:\n"
                           "            application/json:\n"
                           "              schema: {$ref: \"#/components/schemas/Thing\"}\n"
                           "        \"404\": {$ref: \"#/components/responses/Problem\"}\n"
                           "    delete:\n"
                           "      responses:\n"
                           "        \"204\": {description: gone}\n"
                           "        4XX: {$ref: \"#/components/responses/Problem\"}\n"
                           "components:\n"
                           "  responses:\n"
                           "    Problem:\n"
                           "      description: an error\n"
                           "      content:\n"
                           "        application/json:\n"
                           "          schema:\n"
                           "            type: object\n"
                           "            required: [message]\n"
                           "            properties: {message: {type: string}}\n"
                           "  schemas:\n"
                           "    Thing:\n"
                           "      type: object\n"
                           "      additionalProperties: false\n"
                           "      required: [id, count, state, tags, when, ratio, owner]\n"
                           "      properties:\n"
                           "        id: {type: string, minLength: 2}\n"
                           "        count: {type: integer, minimum: 0, nullable: true}\n"
                           "        state: {type: string, enum: [open, closed, \"yes\"]}\n"
                           "        tags: {type: array, items: {type: string}}\n"
                           "        when: {type: string, format: date-time, nullable: true}\n"
                           "        ratio: {type: number, maximum: 1}\n"
                           "        owner: {$ref: \"#/components/schemas/Owner\"}\n"
                           "        extra: {type: object, additionalProperties: {type: boolean}}\n"
                           "    Owner:\n"
                           "      allOf:\n"
                           "        - type: object\n"
                           "          required: [name]\n"
                           "          properties: {name: {type: string}}\n"
                           "    Odd:\n"
                           "      type: string\n"
                           "      pattern: \"^a\"\n";

const QByteArray goodThing = "{\"id\":\"ab\",\"count\":3,\"state\":\"yes\",\"tags\":[\"x\"],"
                             "\"when\":\"2026-11-26T14:56:58Z\",\"ratio\":0.5,\"owner\":{\"name\":\"n\"},"
                             "\"extra\":{\"a\":true}}";

QByteArray replaced(QByteArray body, const QByteArray& from, const QByteArray& to)
{
    return body.replace(from, to);
}

} // namespace

class TestOpenApiContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_contract =
            std::make_unique<OpenApiContract>(gatehouse::test::writeFile(m_dir, "api.yaml", fixture));
        QVERIFY2(m_contract->isValid(), qPrintable(m_contract->loadError()));
    }

    void acceptsAConformingBody()
    {
        QCOMPARE(m_contract->check("GET", "/things/{id}", 200, goodThing), QStringList());
        // nullable properties may be null; a quoted "yes" stays a string (not a YAML boolean).
        const QByteArray nulls = replaced(replaced(goodThing, "\"count\":3", "\"count\":null"),
                                          "\"2026-11-26T14:56:58Z\"", "null");
        QCOMPARE(m_contract->check("GET", "/things/{id}", 200, nulls), QStringList());
        // Offsets and fractions are RFC 3339 too.
        QCOMPARE(m_contract->check("GET", "/things/{id}", 200,
                                   replaced(goodThing, "14:56:58Z", "14:56:58.125+03:00")),
                 QStringList());
    }

    void eachKeywordCanFail_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("type") << replaced(goodThing, "\"count\":3", "\"count\":\"3\"")
                              << "$.count: expected integer";
        QTest::newRow("integer") << replaced(goodThing, "\"count\":3", "\"count\":3.5")
                                 << "$.count: expected integer";
        QTest::newRow("required") << replaced(goodThing, "\"ratio\":0.5,", "") << "'ratio' is missing";
        QTest::newRow("additionalProperties false")
            << replaced(goodThing, "\"id\":\"ab\"", "\"id\":\"ab\",\"secret\":\"s\"") << "$.secret";
        QTest::newRow("additionalProperties schema")
            << replaced(goodThing, "\"a\":true", "\"a\":1") << "$.extra.a: expected boolean";
        QTest::newRow("items") << replaced(goodThing, "[\"x\"]", "[\"x\",2]") << "$.tags[1]: expected string";
        QTest::newRow("enum") << replaced(goodThing, "\"yes\"", "\"maybe\"") << "is not one of";
        QTest::newRow("not nullable")
            << replaced(goodThing, "\"ab\"", "null") << "$.id: expected string, got null";
        QTest::newRow("date-time shape")
            << replaced(goodThing, "2026-11-26T14:56:58Z", "2026-11-26 14:56:58") << "not an RFC 3339";
        QTest::newRow("date-time calendar")
            << replaced(goodThing, "2026-11-26T14:56:58Z", "2026-02-30T14:56:58Z") << "not an RFC 3339";
        QTest::newRow("date-time needs an offset")
            << replaced(goodThing, "14:56:58Z", "14:56:58") << "not an RFC 3339";
        QTest::newRow("$ref and allOf")
            << replaced(goodThing, "{\"name\":\"n\"}", "{}") << "$.owner: the required";
        QTest::newRow("minimum") << replaced(goodThing, "\"count\":3", "\"count\":-1") << "below the minimum";
        QTest::newRow("maximum") << replaced(goodThing, "0.5", "1.5") << "above the maximum";
        QTest::newRow("minLength") << replaced(goodThing, "\"ab\"", "\"a\"") << "$.id: shorter than 2";
        QTest::newRow("not JSON") << QByteArray("{\"id\":") << "not JSON";
    }

    void eachKeywordCanFail()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QStringList problems = m_contract->check("GET", "/things/{id}", 200, body);
        QVERIFY2(!problems.isEmpty(), "the body was accepted");
        QVERIFY2(problems.join('\n').contains(expected), qPrintable(problems.join('\n')));
        QVERIFY2(problems.first().startsWith("GET /things/{id} 200"), qPrintable(problems.first()));
    }

    void findsTheDocumentedResponse()
    {
        // A $ref response, a status range, a response documented without a body.
        QCOMPARE(m_contract->check("GET", "/things/{id}", 404, "{\"message\":\"no\"}"), QStringList());
        QVERIFY(!m_contract->check("GET", "/things/{id}", 404, "{}").isEmpty());
        QCOMPARE(m_contract->check("DELETE", "/things/{id}", 409, "{\"message\":\"busy\"}"), QStringList());
        QCOMPARE(m_contract->check("delete", "/things/{id}", 204, ""), QStringList());
        QVERIFY(m_contract->check("DELETE", "/things/{id}", 204, "{}").join(' ').contains("without a body"));
        QVERIFY(m_contract->check("GET", "/things/{id}", 500, "{}").join(' ').contains("not documented"));
        QVERIFY(m_contract->check("PUT", "/things/{id}", 200, "{}").join(' ').contains("no such operation"));
        QVERIFY(m_contract->check("GET", "/nothing", 200, "{}").join(' ').contains("no path"));
    }

    void reportsWhatItCannotCheck()
    {
        const QStringList problems = m_contract->checkSchema("Odd", QJsonValue("abc"));
        QVERIFY2(problems.join(' ').contains("'pattern'"), qPrintable(problems.join('\n')));
    }

    void listsOperations()
    {
        QCOMPARE(m_contract->operations(), (QStringList{"GET /things/{id}", "DELETE /things/{id}"}));
        // The fixture's one problem is on purpose: Odd uses 'pattern'.
        const QStringList problems = m_contract->documentProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith("#/components/schemas/Odd: the schema uses 'pattern'"),
                 qPrintable(problems.first()));
    }

    void reportsUnloadableDocuments()
    {
        const OpenApiContract missing(m_dir.filePath("none.yaml"));
        QVERIFY(!missing.isValid());
        QVERIFY(missing.loadError().contains("none.yaml"));
        const OpenApiContract broken(gatehouse::test::writeFile(m_dir, "broken.yaml", "openapi: [\n"));
        QVERIFY(!broken.isValid());
        const OpenApiContract swagger(
            gatehouse::test::writeFile(m_dir, "swagger.yaml", "swagger: \"2.0\"\n"));
        QVERIFY(swagger.loadError().contains("not an OpenAPI 3.0"));
        const OpenApiContract dangling(gatehouse::test::writeFile(
            m_dir, "dangling.yaml",
            "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n"
            "        \"200\": {$ref: \"#/components/responses/Gone\"}\n  /b:\n    post: {}\n"));
        QVERIFY(dangling.isValid());
        const QStringList problems = dangling.documentProblems();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join('\n').contains("points nowhere"));
        QVERIFY(problems.join('\n').contains("POST /b: no responses"));
    }

    void projectDocumentIsWhole()
    {
        const OpenApiContract project(OpenApiContract::projectDocument());
        QVERIFY2(project.isValid(), qPrintable(project.loadError()));
        // Every $ref resolves and every schema uses only keywords the checker understands.
        QCOMPARE(project.documentProblems(), QStringList());
        QVERIFY(project.operations().contains("GET /admin/v1/info"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OpenApiContract> m_contract;
};

QTEST_GUILESS_MAIN(TestOpenApiContract)
#include "tst_openapicontract.moc"
