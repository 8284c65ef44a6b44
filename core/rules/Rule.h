#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The editable form of content-filter rules: plain values that the console edits, the admin API
// stores and RuleCompiler turns into a CompiledRuleSet. Nothing here is checked; the compiler is
// the one place that says whether a rule is valid.
namespace gatehouse::rules {

enum class RuleKind
{
    Regex,
    Keywords,
    Pii,
    Limit
};

// Ordered by severity: when several rules hit, the most severe action decides the verdict.
enum class Action
{
    Flag,
    Redact,
    Block
};

// Fail mode of a rule set: what an evaluation does when the engine itself fails.
enum class FailMode
{
    Closed,
    Open
};

// Which input messages a rule reads: the last one whose role it covers, or all of them.
enum class MessageSpan
{
    Last,
    All
};

enum class PiiDetector
{
    Email,
    Phone,
    PaymentCard,
    Iban,
    Ipv4,
    Ipv6,
    OpenAiKey,
    AwsAccessKey,
    Jwt,
    ApiKeyAssignment,
};

struct Scope
{
    bool input = true;
    bool output = false;
    std::vector<std::string> roles; // empty: every role
    MessageSpan messages = MessageSpan::All;
};

// Zero means "no limit". Token counts are estimates (see TokenEstimate.h).
struct Limits
{
    std::uint64_t maxCharacters = 0;
    std::uint64_t maxTokens = 0;
    std::uint64_t maxMessages = 0;
};

struct Rule
{
    std::string id;
    std::string name;
    std::string description;
    bool enabled = true;
    int priority = 0; // larger wins when rules compete for the same text or the verdict
    std::vector<std::string> tags;
    std::string createdAt; // ISO 8601, kept as the admin API wrote it
    std::string updatedAt;

    RuleKind kind = RuleKind::Regex;
    std::string pattern;               // Regex: RE2 syntax
    std::vector<std::string> keywords; // Keywords: words or phrases
    bool wholeWords = true;            // Keywords: only at word boundaries of any script
    std::vector<PiiDetector> detectors;
    Limits limits;

    Action action = Action::Block;
    std::string label; // redaction label without brackets; empty: the kind's default
    Scope scope;
    std::string publicMessage; // what a blocked client is told; empty: RuleSet's default
};

struct RuleSetOptions
{
    FailMode failMode = FailMode::Closed;
    // Memory RE2 may use for each compiled RE2::Set (program and DFA cache). RE2's own default
    // (8 MiB) cannot compile about 20,000 patterns; 256 MiB holds well over that. Memory is taken
    // as the DFA needs it, not up front.
    std::int64_t memoryBudgetBytes = std::int64_t{256} << 20;
    // Longest text, in bytes, that one match may span. StreamFilter holds back this much output
    // so that a match split across chunks is still found whole.
    std::size_t maxMatchLength = 1024;
};

struct RuleSet
{
    RuleSetOptions options;
    std::vector<Rule> rules;
};

inline constexpr std::string_view defaultInputBlockMessage =
    "This request was blocked by the gateway's content policy.";
inline constexpr std::string_view defaultOutputBlockMessage =
    "The response was blocked by the gateway's content policy.";

std::string_view kindName(RuleKind kind);
std::optional<RuleKind> parseKind(std::string_view name);
std::string_view actionName(Action action);
std::optional<Action> parseAction(std::string_view name);
std::string_view failModeName(FailMode mode);
std::optional<FailMode> parseFailMode(std::string_view name);
std::string_view messageSpanName(MessageSpan span);
std::optional<MessageSpan> parseMessageSpan(std::string_view name);
std::string_view detectorName(PiiDetector detector);
std::optional<PiiDetector> parseDetector(std::string_view name);
const std::vector<PiiDetector>& allDetectors();

} // namespace gatehouse::rules
