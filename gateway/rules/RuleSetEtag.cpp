#include "gateway/rules/RuleSetEtag.h"

#include "core/rules/RuleSetJson.h"

#include <array>
#include <openssl/evp.h>

namespace gatehouse::gateway {

std::string ruleSetEtag(const rules::RuleSet& ruleSet)
{
    rules::RuleSet unstamped = ruleSet;
    for (rules::Rule& rule : unstamped.rules) {
        rule.createdAt.clear();
        rule.updatedAt.clear();
    }
    const std::string json = rules::ruleSetToJson(unstamped);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_Digest(json.data(), json.size(), digest.data(), &length, EVP_sha256(), nullptr);
    static constexpr char hex[] = "0123456789abcdef";
    std::string tag = "\"";
    // 128 bits are plenty to tell rule sets apart.
    for (unsigned int i = 0; i < 16 && i < length; ++i) {
        tag += hex[digest[i] >> 4];
        tag += hex[digest[i] & 0xf];
    }
    return tag + "\"";
}

bool ifMatchAdmits(std::string_view ifMatch, std::string_view etag)
{
    std::size_t start = 0;
    while (start <= ifMatch.size()) {
        const std::size_t comma = ifMatch.find(',', start);
        std::string_view item =
            ifMatch.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
            item.remove_suffix(1);
        if (item == "*" || item == etag)
            return true;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return false;
}

} // namespace gatehouse::gateway
