#pragma once

namespace gatehouse::gateway {

class AdminAuthenticator;
class LiveRuleSet;
class Router;

// POST /admin/v1/rules/test (also spelt /admin/v1/rules:test), behind the admin token:
//   {"text": "...", "stage": "input" | "output", "role": "user", "rules": {rule set}?}
// evaluates the text against the set in force, or against the given set (checked and compiled
// on the rule set's thread, never stored), as one message of `role` (input) or one whole answer
// (output). The answer: the verdict, every match with its rule id, action and byte offsets into
// the UTF-8 text, the hits per rule, the redacted text, and what a client would get.
void addAdminRulesTestRoute(Router& router, LiveRuleSet& rules, const AdminAuthenticator& authenticator);

} // namespace gatehouse::gateway
