#pragma once

#include "core/suites/SuiteRunner.h"

#include <QByteArray>

namespace gatehouse {

// The results of a suite run as JUnit XML, which CI systems (GitLab, Jenkins, GitHub actions)
// read: one <testsuite> named after the suite, one <testcase> per case with its time, a <failure>
// listing the checks that failed, <skipped/> for cases cancelled before they ran, and the answer
// and figures in <system-out>.
QByteArray junitReport(const PromptSuite& suite, const QList<CaseResult>& results);

} // namespace gatehouse
