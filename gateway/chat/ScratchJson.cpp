#include "gateway/chat/ScratchJson.h"

#include <boost/json/parse.hpp>

namespace gatehouse::gateway {

ScratchJson::ScratchJson(std::string_view text)
    : m_arena(m_firstBlock, sizeof m_firstBlock)
    , m_value(boost::json::storage_ptr(&m_arena))
{
    boost::system::error_code ec;
    boost::json::value parsed = boost::json::parse(text, ec, boost::json::storage_ptr(&m_arena));
    m_valid = !ec;
    if (m_valid)
        m_value = std::move(parsed);
}

} // namespace gatehouse::gateway
