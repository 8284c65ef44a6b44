#include "core/rules/PiiDetectors.h"

#include "core/rules/Checksums.h"
#include "core/rules/IpAddress.h"
#include "core/rules/SecretToken.h"

#include <array>
#include <string>

namespace gatehouse::rules {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::size_t acceptWhole(bool ok, std::string_view candidate)
{
    return ok ? candidate.size() : 0;
}

std::size_t acceptEmail(std::string_view c)
{
    return acceptWhole(emailValid(c), c);
}
std::size_t acceptPhone(std::string_view c)
{
    return acceptWhole(phoneValid(c), c);
}
std::size_t acceptIpv4(std::string_view c)
{
    return acceptWhole(ipv4Valid(c), c);
}
std::size_t acceptIpv6(std::string_view c)
{
    return acceptWhole(c != "::" && ipv6Valid(c), c);
}
std::size_t acceptOpenAi(std::string_view c)
{
    return acceptWhole(openAiKeyValid(c), c);
}
std::size_t acceptAws(std::string_view c)
{
    return acceptWhole(awsAccessKeyValid(c), c);
}
std::size_t acceptJwt(std::string_view c)
{
    return acceptWhole(jwtValid(c), c);
}
std::size_t acceptSecretValue(std::string_view c)
{
    return acceptWhole(secretValueValid(c), c);
}

// The candidate pattern is greedy and may run on into a following number ("4111 ... 1111 12/26"):
// try the longest prefix that ends at a group boundary and is a valid card.
std::size_t acceptCard(std::string_view candidate)
{
    for (std::size_t end = candidate.size(); end > 0; --end) {
        const bool boundary = end == candidate.size() || candidate[end] == ' ' || candidate[end] == '-';
        if (boundary && isDigit(candidate[end - 1]) && paymentCardValid(candidate.substr(0, end))) {
            return end;
        }
    }
    return 0;
}

// The candidate pattern is greedy and may run into a following upper-case word ("DE89 ... 00 OK"),
// so try the prefix that has the length the country code asks for.
std::size_t acceptIban(std::string_view candidate)
{
    std::size_t significant = 0;
    for (std::size_t i = 0; i < candidate.size(); ++i) {
        if (candidate[i] == ' ') {
            continue;
        }
        ++significant;
        if (significant >= 15 && (i + 1 == candidate.size() || candidate[i + 1] == ' ') &&
            ibanValid(candidate.substr(0, i + 1))) {
            return i + 1;
        }
    }
    return 0;
}

// Word-ish neighbours that must not touch a number or token on either side.
#define GH_NOT_BEFORE "(?:^|[^0-9A-Za-z_])"
#define GH_NOT_AFTER "(?:[^0-9A-Za-z_]|$)"

constexpr std::array<PiiDetectorSpec, 10> specs{{
    {PiiDetector::Email, "EMAIL", R"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}))",
     1, acceptEmail, true},
    {PiiDetector::Phone, "PHONE", R"((?:^|[^0-9A-Za-z_+.\-])(\+?[0-9(][0-9 ().\-]{6,22}[0-9]))" GH_NOT_AFTER,
     1, acceptPhone, false},
    {PiiDetector::PaymentCard, "CARD", GH_NOT_BEFORE R"(([0-9](?:[ \-]?[0-9]){12,18}))" GH_NOT_AFTER, 1,
     acceptCard, true},
    {PiiDetector::Iban, "IBAN", GH_NOT_BEFORE R"(([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,34}))" GH_NOT_AFTER, 1,
     acceptIban, true},
    {PiiDetector::Ipv4, "IP",
     R"((?:^|[^0-9A-Za-z_.])((?:[0-9]{1,3}\.){3}[0-9]{1,3})(?:[^0-9A-Za-z_.]|\.(?:[^0-9]|$)|$))", 1,
     acceptIpv4, true},
    {PiiDetector::Ipv6, "IP",
     R"((?:^|[^0-9A-Za-z_:.])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|[0-9]{1,3}(?:\.[0-9]{1,3}){3})?))"
     R"((?:[^0-9A-Za-z_:.]|\.(?:[^0-9]|$)|$))",
     1, acceptIpv6, true},
    {PiiDetector::OpenAiKey, "SECRET", R"((?:^|[^0-9A-Za-z_\-])(sk-[A-Za-z0-9_\-]{20,}))", 1, acceptOpenAi,
     true},
    {PiiDetector::AwsAccessKey, "SECRET", GH_NOT_BEFORE R"(((?:AKIA|ASIA)[A-Z0-9]{16}))" GH_NOT_AFTER, 1,
     acceptAws, true},
    {PiiDetector::Jwt, "SECRET",
     R"((?:^|[^0-9A-Za-z_\-])(eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*))", 1, acceptJwt,
     true},
    {PiiDetector::ApiKeyAssignment, "SECRET",
     R"((?i)(?:^|[^0-9A-Za-z])(?:api[_\-]?key|access[_\-]?token|auth[_\-]?token|secret[_\-]?key|)"
     R"(client[_\-]?secret|password|passwd|secret|token)["']?\s*[:=]\s*["']?([A-Za-z0-9_\-./+=~!@#%^*]{8,200}))",
     1, acceptSecretValue, true},
}};

#undef GH_NOT_BEFORE
#undef GH_NOT_AFTER

} // namespace

const PiiDetectorSpec& detectorSpec(PiiDetector detector)
{
    for (const PiiDetectorSpec& spec : specs) {
        if (spec.detector == detector) {
            return spec;
        }
    }
    return specs[0]; // unreachable: every enumerator has a spec (tested)
}

bool emailValid(std::string_view text)
{
    const std::size_t at = text.rfind('@');
    if (at == std::string_view::npos || at == 0 || at > 64) {
        return false;
    }
    const std::string_view local = text.substr(0, at);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
        return false;
    }
    const std::string_view domain = text.substr(at + 1);
    if (domain.size() > 253) {
        return false;
    }
    std::size_t start = 0;
    std::string_view tld;
    while (start <= domain.size()) {
        std::size_t dot = domain.find('.', start);
        if (dot == std::string_view::npos) {
            dot = domain.size();
        }
        const std::string_view label = domain.substr(start, dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
            return false;
        }
        tld = label;
        start = dot + 1;
    }
    for (char c : tld) {
        if (!isAlpha(c)) {
            return false;
        }
    }
    return tld.size() >= 2 && domain.find('.') != std::string_view::npos;
}

bool phoneValid(std::string_view text)
{
    std::string digits;
    int separators = 0;
    int openParens = 0;
    int parenPairs = 0;
    int dotGroups = 0;
    bool dots = false;
    bool otherSeparators = false;
    std::size_t group = 0;
    std::size_t longestGroup = 0;
    const bool plus = !text.empty() && text.front() == '+';
    for (std::size_t i = plus ? 1 : 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            digits += c;
            ++group;
            longestGroup = std::max(longestGroup, group);
            continue;
        }
        group = 0;
        ++separators;
        if (c == '(') {
            if (openParens > 0 || parenPairs > 0) {
                return false;
            }
            ++openParens;
        } else if (c == ')') {
            if (openParens == 0) {
                return false;
            }
            --openParens;
            ++parenPairs;
        } else if (c == '.') {
            dots = true;
            ++dotGroups;
        } else {
            otherSeparators = true;
        }
        if (i + 1 < text.size() && !isDigit(text[i + 1]) && text[i + 1] != '(' && c != ')') {
            return false; // two separators in a row, except ") " and " ("
        }
    }
    if (openParens != 0) {
        return false;
    }
    const std::size_t n = digits.size();
    if (plus ? (n < 8 || n > 15) : (n < 10 || n > 15 || separators == 0)) {
        return false;
    }
    if (dots && (otherSeparators || dotGroups == 3) && !plus) {
        return false; // 192.168.100.200 and 1.2-3 style mixtures are not phone numbers
    }
    if (longestGroup > 10 || digits.find_first_not_of(digits.front()) == std::string::npos) {
        return false;
    }
    return !paymentCardValid(text);
}

} // namespace gatehouse::rules
