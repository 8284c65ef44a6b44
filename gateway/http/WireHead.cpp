#include "gateway/http/WireHead.h"

namespace gatehouse::gateway::http {

namespace {

void appendFields(std::string& out, const boost::beast::http::fields& fields)
{
    for (const auto& field : fields) {
        out += field.name_string();
        out += ": ";
        out += field.value();
        out += "\r\n";
    }
    out += "\r\n";
}

const char* versionText(unsigned version)
{
    return version == 10 ? "HTTP/1.0" : "HTTP/1.1";
}

} // namespace

std::string wireHead(const boost::beast::http::response_header<>& head)
{
    std::string out;
    out.reserve(512);
    out += versionText(head.version());
    out += ' ';
    out += std::to_string(head.result_int());
    out += ' ';
    out += head.reason();
    out += "\r\n";
    appendFields(out, head);
    return out;
}

std::string wireHead(const boost::beast::http::request_header<>& head)
{
    std::string out;
    out.reserve(512);
    out += head.method_string();
    out += ' ';
    out += head.target();
    out += ' ';
    out += versionText(head.version());
    out += "\r\n";
    appendFields(out, head);
    return out;
}

} // namespace gatehouse::gateway::http
