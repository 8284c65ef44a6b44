#pragma once

namespace gatehouse::gateway {

class AdminAuthenticator;
class LiveRuleSet;
class Router;

// The rule set routes of the admin API, behind the admin token (docs/admin-api.md):
//   GET    /admin/v1/rules        the whole set (rules_json export form) with its ETag
//   PUT    /admin/v1/rules        replace the whole set; If-Match refuses a lost update (412)
//   GET    /admin/v1/rules/{id}   one rule
//   PUT    /admin/v1/rules/{id}   create (201) or replace (200) one rule
//   DELETE /admin/v1/rules/{id}   remove one rule
// Every change is checked and compiled before it is stored and swapped in: an invalid rule is
// a 400 naming its id, field and position, and the set in force stays as it was. Changes run on
// the rule set's own thread, so compiling never stalls a worker.
void addAdminRulesRoutes(Router& router, LiveRuleSet& rules, const AdminAuthenticator& authenticator);

} // namespace gatehouse::gateway
