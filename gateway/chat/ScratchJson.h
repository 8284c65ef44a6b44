#pragma once

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <string_view>

namespace gatehouse::gateway {

// JSON read only to look at it for a moment — whether an answer is whole, its token usage, its
// text, a chunk's finish_reason: parsed into an arena that starts on the stack and is let go in
// one piece, instead of one allocation per string, object and array of the tree (a typical
// answer then costs none at all). Edits through value() allocate from the same arena; serialize
// what should outlive the object.
class ScratchJson
{
public:
    explicit ScratchJson(std::string_view text);
    ScratchJson(const ScratchJson&) = delete;
    ScratchJson& operator=(const ScratchJson&) = delete;

    bool valid() const { return m_valid; }          // the text was one whole JSON value
    boost::json::value& value() { return m_value; } // null when not valid
    const boost::json::value& value() const { return m_value; }
    // value()'s object, or null when it is none.
    const boost::json::object* object() const { return m_value.if_object(); }

private:
    alignas(std::max_align_t) unsigned char m_firstBlock[4096];
    boost::json::monotonic_resource m_arena;
    boost::json::value m_value;
    bool m_valid = false;
};

} // namespace gatehouse::gateway
