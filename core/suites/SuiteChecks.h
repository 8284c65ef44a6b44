#pragma once

#include "core/chat/ChatOutcome.h"
#include "core/suites/PromptSuite.h"

#include <QList>
#include <QString>

namespace gatehouse {

// One expectation checked against one answer: "contains \"gateway\"" passed, or failed and why.
struct CheckResult
{
    QString check; // e.g. "contains \"gateway\"", "max_ttft_ms 2000"
    bool passed = false;
    QString detail; // what was seen, when it failed
};

// Every expectation of a case checked against the answer it got, in the file's order. A case that
// expects no failure first checks that the answer came without error.
QList<CheckResult> checkOutcome(const SuiteExpectations& expect, const ChatOutcome& outcome);

} // namespace gatehouse
