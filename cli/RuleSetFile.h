#pragma once

#include "cli/CtlContext.h"

#include <QJsonDocument>
#include <QString>

#include <optional>

namespace gatehouse::cli {

// A rule set file for `rules apply` and `rules push` (FILE, or - for standard input), checked
// here with the same code the gateway uses, so a mistake is reported once, with its JSON path and
// pattern offset, before any gateway is touched. nullopt after printing every problem.
std::optional<QJsonDocument> readRuleSetFile(CtlContext& context, const QString& file);

// One stderr line per problem of a 400 invalid_rule answer ("rules[1].pattern (rule "x"), offset
// 2: ..."), prefixed with `where`; or the answer's one-sentence error. Returns 1.
int reportRuleErrors(CtlContext& context, const QString& where, const QJsonDocument& body,
                     const QString& error);

} // namespace gatehouse::cli
