#include "core/rules/Redaction.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace gatehouse::rules {
namespace {

struct Piece
{
    std::size_t end = 0;
    std::size_t owner = 0; // index of the span the piece came from
};

} // namespace

std::string redact(std::string_view text, std::vector<RedactionSpan> spans)
{
    std::erase_if(spans, [&](const RedactionSpan& s) { return s.begin >= s.end || s.end > text.size(); });
    if (spans.empty()) {
        return std::string(text);
    }
    std::stable_sort(spans.begin(), spans.end(), [](const RedactionSpan& a, const RedactionSpan& b) {
        if (a.priority != b.priority) {
            return a.priority > b.priority;
        }
        if (a.begin != b.begin) {
            return a.begin < b.begin;
        }
        return a.end > b.end;
    });

    // Pieces keyed by begin; they never overlap. Each span claims what earlier spans left free.
    std::map<std::size_t, Piece> pieces;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        std::size_t cursor = spans[i].begin;
        const std::size_t end = spans[i].end;
        auto it = pieces.upper_bound(cursor);
        if (it != pieces.begin()) {
            const auto before = std::prev(it);
            if (before->second.end > cursor) {
                cursor = before->second.end;
            }
        }
        while (cursor < end) {
            if (it == pieces.end() || it->first >= end) {
                pieces.emplace(cursor, Piece{end, i});
                break;
            }
            if (it->first > cursor) {
                pieces.emplace(cursor, Piece{it->first, i});
            }
            cursor = std::max(cursor, it->second.end);
            ++it;
        }
    }

    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    std::size_t lastOwner = spans.size();
    for (const auto& [begin, piece] : pieces) {
        const bool continues = begin == pos && piece.owner == lastOwner;
        out.append(text.substr(pos, begin - pos));
        if (!continues) {
            out += '[';
            out += spans[piece.owner].label;
            out += ']';
        }
        pos = piece.end;
        lastOwner = piece.owner;
    }
    out.append(text.substr(pos));
    return out;
}

} // namespace gatehouse::rules
