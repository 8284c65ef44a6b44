#include "cli/RuleSetFile.h"

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetFile)
};

} // namespace

std::optional<QJsonDocument> readRuleSetFile(CtlContext& context, const QString& file)
{
    QFile in(file == QLatin1String("-") ? QString() : file);
    const bool opened =
        file == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly) : in.open(QIODevice::ReadOnly);
    if (!opened) {
        context.fail(Text::tr("cannot read %1: %2").arg(file, in.errorString()));
        return std::nullopt;
    }
    const QByteArray text = in.readAll();
    const QString where = file == QLatin1String("-") ? Text::tr("standard input") : file;
    const rules::RuleSetImport import =
        rules::ruleSetFromJson(std::string_view(text.constData(), text.size()));
    std::vector<rules::RuleError> errors = import.errors;
    if (import.ruleSet)
        errors = rules::RuleCompiler::validate(*import.ruleSet);
    if (!errors.empty()) {
        for (const rules::RuleError& e : errors)
            context.fail(where + QStringLiteral(": ") + QString::fromStdString(e.text()));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(text);
}

int reportRuleErrors(CtlContext& context, const QString& where, const QJsonDocument& body,
                     const QString& error)
{
    const QJsonArray problems = body.object().value(QStringLiteral("rule_errors")).toArray();
    if (problems.isEmpty())
        return context.fail(where + QStringLiteral(": ") + error);
    for (const QJsonValue value : problems) {
        const QJsonObject p = value.toObject();
        QString line = p.value(QStringLiteral("path")).toString();
        const QString id = p.value(QStringLiteral("rule_id")).toString();
        if (!id.isEmpty())
            //: %1 is a JSON path in the rule set, %2 a rule's id.
            line = Text::tr("%1 (rule \"%2\")").arg(line, id);
        if (!p.value(QStringLiteral("offset")).isNull())
            //: %1 is where in the rule set (a JSON path and rule), %2 a byte offset in its pattern.
            line = Text::tr("%1, offset %2")
                       .arg(line, QString::number(p.value(QStringLiteral("offset")).toInt()));
        context.fail(
            QStringLiteral("%1: %2: %3").arg(where, line, p.value(QStringLiteral("message")).toString()));
    }
    return 1;
}

} // namespace gatehouse::cli
