#include "gateway/admin/Rfc3339.h"

#include <chrono>
#include <cstdio>

namespace gatehouse::gateway {

namespace {

using namespace std::chrono;

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value)
{
    if (at + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

namespace {

// "2026-11-26T14:56:58" then `fraction` and "Z".
std::string formatUtc(sys_seconds time, const char* fraction)
{
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d%sZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()), fraction);
    return text;
}

} // namespace

std::string formatRfc3339(std::int64_t unixSeconds)
{
    return formatUtc(sys_seconds{seconds(unixSeconds)}, "");
}

std::string formatRfc3339Millis(std::int64_t unixMs)
{
    const sys_time<milliseconds> time{milliseconds(unixMs)};
    const sys_seconds whole = floor<seconds>(time);
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>((time - whole).count()));
    return formatUtc(whole, fraction);
}

std::optional<std::int64_t> parseRfc3339(std::string_view text)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(text, 0, 4, y) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2, mo) ||
        text[7] != '-' || !digits(text, 8, 2, d) || (text[10] != 'T' && text[10] != 't') ||
        !digits(text, 11, 2, h) || text[13] != ':' || !digits(text, 14, 2, mi) || text[16] != ':' ||
        !digits(text, 17, 2, s))
        return std::nullopt;
    std::size_t at = 19;
    if (text[at] == '.') {
        std::size_t end = at + 1;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        if (end == at + 1)
            return std::nullopt;
        at = end;
    }
    int offsetMinutes = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int oh = 0, om = 0;
        if (!digits(text, at + 1, 2, oh) || at + 3 >= text.size() || text[at + 3] != ':' ||
            !digits(text, at + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (text[at] == '+' ? 1 : -1) * (oh * 60 + om);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    const year_month_day date{year(y), month(static_cast<unsigned>(mo)), day(static_cast<unsigned>(d))};
    // A leap second (:60) is read as the next second's start, as most systems do.
    if (!date.ok() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    const std::int64_t value = sys_days(date).time_since_epoch().count() * std::int64_t{86400} + h * 3600 +
                               mi * 60 + s - std::int64_t{offsetMinutes} * 60;
    if (value < 0)
        return std::nullopt;
    return value;
}

std::int64_t unixNow()
{
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace gatehouse::gateway
