#include "core/buildinfo/BuildInfo.h"

namespace gatehouse::buildinfo {

std::string_view version()
{
    return GATEHOUSE_VERSION;
}

std::string_view productName()
{
    return GATEHOUSE_NAME;
}

} // namespace gatehouse::buildinfo
