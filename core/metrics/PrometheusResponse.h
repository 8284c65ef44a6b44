#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the Prometheus HTTP API answers to /api/v1/query and /api/v1/query_range (specs.md §5):
//   {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[ts,"v"],…]}]}}
//   {"status":"error","errorType":"bad_data","error":"…"}   (400 bad_data, 422 execution, 503 timeout)
// Sample values are strings so that NaN, +Inf and -Inf survive JSON; they are read back as doubles.
namespace gatehouse::metrics {

struct PrometheusPoint
{
    qint64 ms = 0; // Unix milliseconds (the API sends fractional seconds)
    double value = 0;

    bool operator==(const PrometheusPoint&) const = default;
};

struct PrometheusSeries
{
    QMap<QString, QString> labels; // "metric": job, instance, and whatever the query kept
    std::vector<PrometheusPoint> points;

    QString label(const QString& name) const { return labels.value(name); }
    // The one label that is neither job nor instance nor __name__ (a signal broken down by status
    // code names it code, status_code or error_type, depending on the gateway's kind); "" if none.
    QString breakdown() const;
};

struct PrometheusResult
{
    enum class Type
    {
        Matrix, // range queries: series with many points
        Vector, // instant queries: series with one point each
        Scalar, // one series without labels, one point
        String, // likewise, with the string in `text`
    };
    Type type = Type::Matrix;
    std::vector<PrometheusSeries> series;
    QString text;         // Type::String only
    QStringList warnings; // "warnings" of a successful answer (e.g. a PromQL info on Prometheus 3)
};

// The API's own error: errorType ("bad_data", "execution", "timeout", "canceled", "internal",
// "unavailable", "not_found") and its message, with the HTTP status it came with.
struct PrometheusApiError
{
    int httpStatus = 0;
    QString errorType;
    QString message;
};

struct PrometheusResponse
{
    std::optional<PrometheusResult> result;  // on success
    std::optional<PrometheusApiError> error; // the API refused the query
    // Neither: the body is not the API's JSON; says where ("$.data.result[3].values[7][1]: expected
    // a number as a string") or what the JSON parser found ("… at byte 120").
    QString malformed;
};

// Reads one answer of the API. `httpStatus` is the HTTP status it came with (an error body may
// also come with 200 from proxies; the body decides).
PrometheusResponse parsePrometheusResponse(const QByteArray& body, int httpStatus);

// A sample value as the API writes it: Go's strconv.ParseFloat accepts decimal and exponent forms
// and "NaN", "Inf", "+Inf", "-Inf", "Infinity" in any letter case. nullopt when it is none of these.
std::optional<double> parsePrometheusValue(const QString& text);

} // namespace gatehouse::metrics
