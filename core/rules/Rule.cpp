#include "core/rules/Rule.h"

#include <array>
#include <utility>

namespace gatehouse::rules {
namespace {

template <typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value) {
            return name;
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parseName(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view name)
{
    for (const auto& [e, n] : table) {
        if (n == name) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<RuleKind, std::string_view>, 4> kinds{{
    {RuleKind::Regex, "regex"},
    {RuleKind::Keywords, "keywords"},
    {RuleKind::Pii, "pii"},
    {RuleKind::Limit, "limit"},
}};

constexpr std::array<std::pair<Action, std::string_view>, 3> actions{{
    {Action::Flag, "flag"},
    {Action::Redact, "redact"},
    {Action::Block, "block"},
}};

constexpr std::array<std::pair<FailMode, std::string_view>, 2> failModes{{
    {FailMode::Closed, "closed"},
    {FailMode::Open, "open"},
}};

constexpr std::array<std::pair<MessageSpan, std::string_view>, 2> spans{{
    {MessageSpan::Last, "last"},
    {MessageSpan::All, "all"},
}};

constexpr std::array<std::pair<PiiDetector, std::string_view>, 10> detectors{{
    {PiiDetector::Email, "email"},
    {PiiDetector::Phone, "phone"},
    {PiiDetector::PaymentCard, "payment_card"},
    {PiiDetector::Iban, "iban"},
    {PiiDetector::Ipv4, "ipv4"},
    {PiiDetector::Ipv6, "ipv6"},
    {PiiDetector::OpenAiKey, "openai_key"},
    {PiiDetector::AwsAccessKey, "aws_access_key"},
    {PiiDetector::Jwt, "jwt"},
    {PiiDetector::ApiKeyAssignment, "api_key_assignment"},
}};

} // namespace

std::string_view kindName(RuleKind kind)
{
    return nameOf(kinds, kind);
}
std::optional<RuleKind> parseKind(std::string_view name)
{
    return parseName(kinds, name);
}
std::string_view actionName(Action action)
{
    return nameOf(actions, action);
}
std::optional<Action> parseAction(std::string_view name)
{
    return parseName(actions, name);
}
std::string_view failModeName(FailMode mode)
{
    return nameOf(failModes, mode);
}
std::optional<FailMode> parseFailMode(std::string_view name)
{
    return parseName(failModes, name);
}
std::string_view messageSpanName(MessageSpan span)
{
    return nameOf(spans, span);
}
std::optional<MessageSpan> parseMessageSpan(std::string_view name)
{
    return parseName(spans, name);
}
std::string_view detectorName(PiiDetector detector)
{
    return nameOf(detectors, detector);
}
std::optional<PiiDetector> parseDetector(std::string_view name)
{
    return parseName(detectors, name);
}

const std::vector<PiiDetector>& allDetectors()
{
    static const std::vector<PiiDetector> all = [] {
        std::vector<PiiDetector> v;
        for (const auto& entry : detectors) {
            v.push_back(entry.first);
        }
        return v;
    }();
    return all;
}

} // namespace gatehouse::rules
