#pragma once

#include "SoakOptions.h"
#include "SoakTraffic.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace gatehouse::bench {

// The gatehoused under soak: state and the SQLite cache in DIR/state (entries live a day, so none
// expires during the run), the admin API with the token in `tokenFile`, and model "chat" on the
// demo provider paced by the options. Returns the config file written.
std::filesystem::path writeSoakConfig(const std::filesystem::path& dir, const SoakOptions& options,
                                      const std::filesystem::path& tokenFile);

// Puts SoakTraffic::ruleSet() in force through PUT /admin/v1/rules and checks that a blocked
// question is refused. Throws std::runtime_error with what went wrong.
void applySoakRules(std::uint16_t port, const std::string& token);

// Sends each repeated question until gatehoused answers it from the cache; throws after 10 s.
void primeRepeatedQuestions(std::uint16_t port, const SoakTraffic& traffic);

} // namespace gatehouse::bench
