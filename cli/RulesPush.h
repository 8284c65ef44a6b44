#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl rules push --group TAG FILE: replaces the rule set of every registry gateway tagged
// TAG with FILE, all at once. Each gateway applies the set atomically or not at all; one that is
// down or refuses is reported on its own line and the others keep the new set. Exit 1 when any
// failed.
int pushRuleSet(CtlContext& context, const QString& group, const QString& file);

} // namespace gatehouse::cli
