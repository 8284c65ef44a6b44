#pragma once

#include "core/chat/ChatRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// What one answer must look like for its case to pass. Unset expectations are not checked; a case
// that expects neither a status nor an error code must answer without error.
struct SuiteExpectations
{
    QStringList contains;    // each must appear in the answer
    QStringList notContains; // none may appear
    QString regex;           // RE2, must match somewhere in the answer
    bool isJson = false;     // the answer parses as JSON (a ```json fence around it is allowed)
    std::optional<qint64> maxTtftMs;
    std::optional<qint64> maxTotalMs;
    std::optional<int> status; // the HTTP status the gateway must answer with (200 for success)
    QString errorCode;         // the OpenAI error.code it must fail with
    QString cache;             // the cache verdict it must carry, e.g. "HIT"
    QString filter;            // the filter verdict it must carry, e.g. "block", "redact"

    bool expectsFailure() const { return (status && *status >= 400) || !errorCode.isEmpty(); }
};

struct SuiteCase
{
    QString name;
    QString target; // registry entry name; "" = the suite's
    QString model;  // "" = the suite's
    QString system; // "" = the suite's
    QString prompt;
    ChatParameters parameters; // the suite's, overridden field by field by the case's
    SuiteExpectations expect;
};

// A file of prompts that must keep working (docs/prompt-suites.md): defaults for the whole suite
// and the cases, each with its own expectations.
struct PromptSuite
{
    QString name;
    QString target;
    QString model;
    QString system;
    int concurrency = 1;
    QList<SuiteCase> cases;

    // Parses the JSON format; on bad input returns nullopt and sets `error` to one sentence naming
    // where (e.g. "cases[2].expect.regex: missing ) at end of pattern").
    static std::optional<PromptSuite> fromJson(const QByteArray& json, QString& error);
    static std::optional<PromptSuite> fromFile(const QString& path, QString& error);
};

} // namespace gatehouse
