#include "core/metrics/FleetLatest.h"

#include "core/metrics/FleetQueries.h"
#include "core/metrics/FleetSource.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace gatehouse::metrics {

namespace {

const char* const tileSignals[] = {fleetUpSignal, "request_rate", "latency_p95", "error_ratio",
                                   "cache_hit_ratio"};

std::optional<double>* figureOf(FleetInstanceFigures& f, const QString& signalId)
{
    if (signalId == QLatin1String("request_rate"))
        return &f.requestRate;
    if (signalId == QLatin1String("latency_p95"))
        return &f.latencyP95;
    if (signalId == QLatin1String("error_ratio"))
        return &f.errorRatio;
    if (signalId == QLatin1String("cache_hit_ratio"))
        return &f.cacheHitRatio;
    return nullptr;
}

} // namespace

FleetLatest::FleetLatest(FleetSource& source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{}

FleetLatest::~FleetLatest()
{
    cancelAll();
}

void FleetLatest::cancelAll()
{
    for (const Answer& answer : std::as_const(m_answers)) {
        if (answer.reply) {
            disconnect(answer.reply, nullptr, this, nullptr);
            answer.reply->cancel();
        }
    }
    m_answers.clear();
    m_waiting = 0;
}

void FleetLatest::read(qint64 atMs)
{
    cancelAll();
    for (const char* id : tileSignals) {
        PrometheusReply* reply = m_source.readLatest(QLatin1String(id), atMs);
        if (!reply)
            continue; // no profile of the fleet defines it
        const qsizetype at = m_answers.size();
        m_answers.append({QLatin1String(id), reply, false, {}, {}});
        ++m_waiting;
        connect(reply, &PrometheusReply::finished, this, [this, reply, at] {
            Answer& answer = m_answers[at];
            answer.ok = reply->ok();
            answer.error = reply->reason();
            if (answer.ok)
                answer.result = reply->takeResult();
            answer.reply = nullptr; // it deletes itself
            if (--m_waiting == 0)
                complete();
        });
    }
    if (m_answers.isEmpty())
        emit finished({}, tr("No metric profile defines the tiles' figures."));
}

void FleetLatest::complete()
{
    QMap<QString, FleetInstanceFigures> byInstance;
    QString error;
    for (const Answer& answer : std::as_const(m_answers)) {
        const bool isUp = answer.signalId == QLatin1String(fleetUpSignal);
        if (!answer.ok) {
            if (isUp)
                error = answer.error;
            continue;
        }
        for (const PrometheusSeries& s : answer.result.series) {
            const QString instance = s.label(QStringLiteral("instance"));
            if (instance.isEmpty() || s.points.empty())
                continue;
            FleetInstanceFigures& f = byInstance[instance];
            f.instance = instance;
            if (f.job.isEmpty())
                f.job = s.label(QStringLiteral("job"));
            const double value = s.points.back().value;
            if (isUp) {
                f.up = f.up || value >= 1;
                continue;
            }
            if (!std::isfinite(value))
                continue; // no traffic in the window: 0/0
            std::optional<double>* figure = figureOf(f, answer.signalId);
            if (!figure)
                continue;
            if (!*figure)
                *figure = value;
            else if (answer.signalId == QLatin1String("request_rate"))
                **figure += value;
            else
                **figure = std::max(**figure, value);
        }
    }
    m_answers.clear();
    emit finished(byInstance.values(), error);
}

} // namespace gatehouse::metrics
