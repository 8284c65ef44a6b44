#pragma once

#include "core/metrics/PrometheusResponse.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace gatehouse::metrics {

class FleetSource;
class PrometheusReply;

// What one gateway a Prometheus server scrapes shows on its overview tile.
struct FleetInstanceFigures
{
    QString instance; // the instance label, e.g. "10.0.0.7:8101"
    QString job;
    bool up = false; // Prometheus's last scrape of it succeeded
    std::optional<double> requestRate, latencyP95, errorRatio, cacheHitRatio;
};

// The latest figures of every instance of a fleet: one instant query per figure — up, request
// rate, p95 latency, error ratio, cache hit ratio — sent together and answered together, sorted by
// instance. An instance is listed when any query names it. A figure no profile of the fleet
// defines, or that an instance does not export, stays unknown; several series of one instance are
// added up for the request rate and the largest is kept for the others (the worst case).
class FleetLatest : public QObject
{
    Q_OBJECT
public:
    explicit FleetLatest(FleetSource& source, QObject* parent = nullptr);
    ~FleetLatest() override;

    // Asks for the values at `atMs`; a read still on its way is cancelled.
    void read(qint64 atMs);
    bool isReading() const { return m_waiting > 0; }

signals:
    // `error`: why the server could not say which instances are up ("" when it could), the reason
    // alone ("127.0.0.1:9090 refused the connection; is Prometheus running there?").
    void finished(QList<gatehouse::metrics::FleetInstanceFigures> instances, QString error);

private:
    // One figure's query. A reply deletes itself once it has finished, so its outcome is kept here.
    struct Answer
    {
        QString signalId;
        QPointer<PrometheusReply> reply;
        bool ok = false;
        QString error;
        PrometheusResult result;
    };
    void cancelAll();
    void complete();

    FleetSource& m_source;
    QList<Answer> m_answers;
    int m_waiting = 0;
};

} // namespace gatehouse::metrics
