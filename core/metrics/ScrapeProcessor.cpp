#include "core/metrics/ScrapeProcessor.h"

#include "core/metrics/ProfileDetector.h"
#include "core/metrics/SignalCalculator.h"

#include <cmath>

namespace gatehouse::metrics {

using namespace gatehouse::promtext;

namespace {

QString viewText(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// "name{a=\"1\",b=\"2\"}" with the label values as written (escapes kept), labels in exposition order.
QString seriesKey(const Scrape& scrape, const ScrapeSample& sample)
{
    QString key = viewText(sample.name);
    const auto labels = scrape.labelsOf(sample);
    if (labels.empty())
        return key;
    key += QLatin1Char('{');
    bool first = true;
    for (const Label& l : labels) {
        if (!first)
            key += QLatin1Char(',');
        first = false;
        key += viewText(l.name) + QStringLiteral("=\"") + viewText(l.rawValue) + QLatin1Char('"');
    }
    key += QLatin1Char('}');
    return key;
}

} // namespace

ScrapeProcessor::ScrapeProcessor(std::vector<MetricProfile> profiles, QObject* parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
{}

ScrapeProcessor::~ScrapeProcessor() = default;

ScrapeReport ScrapeProcessor::process(qint64 gatewayId, qint64 timeMs, int durationMs, const QByteArray& body,
                                      const QByteArray& contentType, int windowMs)
{
    ScrapeReport report;
    report.gatewayId = gatewayId;
    report.timeMs = timeMs;
    report.durationMs = durationMs;
    report.bytes = body.size();

    auto kept = std::make_unique<Kept>();
    kept->timeMs = timeMs;
    kept->body = body;
    const Format format =
        formatFromContentType(std::string_view(contentType.constData(), std::size_t(contentType.size())));
    ScrapeResult parsed =
        parseScrape(std::string_view(kept->body.constData(), std::size_t(kept->body.size())), format);
    if (parsed.error) {
        report.failure = ScrapeFailure::Parse;
        report.reason = QStringLiteral("The exposition does not parse as %1 at line %2, column %3: %4.")
                            .arg(QString::fromLatin1(formatName(format).data()))
                            .arg(parsed.error->line)
                            .arg(parsed.error->column)
                            .arg(QString::fromStdString(parsed.error->message));
        forget(gatewayId);
        return report;
    }
    kept->scrape = std::move(parsed.scrape);
    report.up = true;

    const Scrape& scrape = kept->scrape;
    report.rawSamples.reserve(qsizetype(scrape.samples.size()));
    for (const ScrapeSample& s : scrape.samples)
        report.rawSamples.append({seriesKey(scrape, s), s.value});

    auto& recent = m_recent[gatewayId];
    recent.push_back(std::move(kept));
    while (recent.size() > 2 && recent.back()->timeMs - recent[1]->timeMs >= windowMs)
        recent.pop_front();

    const Detection detection = detectProfile(m_profiles, scrape);
    report.profileId = detection.id();
    if (!detection.profile || recent.size() < 2)
        return report;
    std::vector<TimedScrape> timed;
    timed.reserve(recent.size());
    for (const auto& k : recent)
        timed.push_back({double(k->timeMs) / 1000.0, &k->scrape});
    for (const SignalValue& v : SignalCalculator(*detection.profile).compute(timed)) {
        if (!v.byLabel.empty()) {
            for (const auto& [label, value] : v.byLabel) {
                if (std::isfinite(value))
                    report.signalValues.append({v.id + QLatin1Char('/') + label, value});
            }
        } else if (v.value && std::isfinite(*v.value)) {
            report.signalValues.append({v.id, *v.value});
        }
    }
    return report;
}

void ScrapeProcessor::forget(qint64 gatewayId)
{
    m_recent.erase(gatewayId);
}

} // namespace gatehouse::metrics
