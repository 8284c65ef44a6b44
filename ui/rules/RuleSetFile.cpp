#include "ui/rules/RuleSetFile.h"

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace gatehouse::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ui::RulesPage)
};

} // namespace

RuleSetFile RuleSetFile::read(const QString& path)
{
    RuleSetFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray json = file.readAll();
    const rules::RuleSetImport imported =
        rules::ruleSetFromJson(std::string_view(json.constData(), std::size_t(json.size())));
    std::vector<rules::RuleError> errors = imported.errors;
    if (errors.empty())
        errors = rules::RuleCompiler::validate(*imported.ruleSet);
    if (!errors.empty()) {
        result.problem =
            Text::tr("%1: %2%3 — nothing was sent.")
                .arg(path, QString::fromStdString(errors.front().text()),
                     errors.size() > 1 ? Text::tr(" (and %1 more)").arg(errors.size() - 1) : QString());
        return result;
    }
    result.json = QJsonDocument::fromJson(json);
    result.ruleCount = int(imported.ruleSet->rules.size());
    return result;
}

QString RuleSetFile::write(const QString& path, const QJsonObject& set)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(set).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Text::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace gatehouse::ui
