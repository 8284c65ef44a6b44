#pragma once

#include <string_view>

// What every program prints for --version; plain C++ so gatehoused can use it too.
namespace gatehouse::buildinfo {

std::string_view version();
std::string_view productName();

} // namespace gatehouse::buildinfo
