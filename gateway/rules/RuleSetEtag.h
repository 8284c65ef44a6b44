#pragma once

#include "core/rules/Rule.h"

#include <string>
#include <string_view>

namespace gatehouse::gateway {

// The ETag of a rule set: a strong entity tag over its options and rules (their JSON form), but
// not the createdAt/updatedAt stamps the gateway sets itself. Two gateways holding the same
// rules therefore show the same tag — what a fleet push and a drift view compare — and any
// change of a rule's meaning, order or options changes it.
std::string ruleSetEtag(const rules::RuleSet& ruleSet);

// Whether an If-Match header value (one tag, a list, or "*") admits `etag`. Weak tags (W/"…")
// never match: If-Match uses the strong comparison (RFC 9110 §13.1.1).
bool ifMatchAdmits(std::string_view ifMatch, std::string_view etag);

} // namespace gatehouse::gateway
