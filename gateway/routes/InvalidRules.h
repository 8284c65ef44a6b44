#pragma once

#include "core/rules/RuleError.h"
#include "gateway/http/HttpMessage.h"

#include <optional>
#include <string>
#include <vector>

namespace gatehouse::gateway {

class AdminAuthenticator;

// The refusal when the request does not carry the admin token (with WWW-Authenticate on 401).
std::optional<http::Response> adminRefusal(const AdminAuthenticator& authenticator,
                                           const http::Request& request);

// 400 invalid_rule: the message lists every problem ("rules[3].pattern (rule "x"), offset 4: ..."),
// param names the first one's JSON path, and "rule_errors" gives each as
// {path, rule_index, rule_id, field, offset, message}. With `ruleId` (a single-rule request) the
// paths of that rule's errors are relative to the rule.
http::Response invalidRules(std::vector<rules::RuleError> errors, const std::optional<std::string>& ruleId);

} // namespace gatehouse::gateway
