#include "tests/support/MetricSum.h"

#include "tests/support/RawHttp.h"

namespace gatehouse::test {

double metricSum(quint16 port, const QByteArray& family, const QList<QByteArray>& labels)
{
    const HttpResult result = request(port, "GET", "/metrics");
    double sum = 0;
    for (const QByteArray& line : result.body.split('\n')) {
        if (!line.startsWith(family + "{") && !line.startsWith(family + " "))
            continue;
        bool all = true;
        for (const QByteArray& label : labels)
            all = all && line.contains(label);
        if (all)
            sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return sum;
}

} // namespace gatehouse::test
