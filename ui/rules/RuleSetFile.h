#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace gatehouse::ui {

// A rule set file to import, push or export. Read: a file to import or push, checked with the gateways' own
// engine before anything is sent: either the set (and how many rules it has) or one sentence naming the file
// and the first problem with its JSON path and pattern offset.
struct RuleSetFile
{
    QJsonDocument json;
    int ruleCount = 0;
    QString problem;

    bool ok() const { return problem.isEmpty(); }
    static RuleSetFile read(const QString& path);
    // The set as the gateway holds it, indented, replacing `path` whole; "" or why not.
    static QString write(const QString& path, const QJsonObject& set);
};

} // namespace gatehouse::ui
