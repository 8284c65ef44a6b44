#include "gateway/pipeline/OutputFilter.h"

namespace gatehouse::gateway {

std::string OutputFilter::filterBody(const ChatExchange&, std::string body) const
{
    return body;
}

std::string OutputFilter::filterEvent(const ChatExchange&, std::string event) const
{
    return event;
}

} // namespace gatehouse::gateway
