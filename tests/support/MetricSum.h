#pragma once

#include <QByteArray>
#include <QList>

namespace gatehouse::test {

// The sum of the samples of `family` in a gatehoused's GET /metrics whose labels contain every one
// of `labels` (written as in the exposition: `code="503"`); 0 when there are none.
double metricSum(quint16 port, const QByteArray& family, const QList<QByteArray>& labels = {});

} // namespace gatehouse::test
