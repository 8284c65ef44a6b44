#include "core/metrics/RuleHits.h"

#include "core/promtext/Escapes.h"
#include "core/promtext/Scrape.h"

#include <QCoreApplication>

namespace gatehouse::metrics {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RuleHits)
};

constexpr std::string_view counterName = "gatehouse_filter_verdicts_total";

} // namespace

RuleHits ruleHitsFromScrape(const QByteArray& text, const QByteArray& contentType)
{
    using namespace promtext;
    RuleHits hits;
    const Format format =
        formatFromContentType(std::string_view(contentType.constData(), std::size_t(contentType.size())));
    const ScrapeResult parsed =
        parseScrape(std::string_view(text.constData(), std::size_t(text.size())), format);
    if (!parsed.ok()) {
        hits.error =
            Text::tr("the metrics do not parse (%1)").arg(QString::fromStdString(parsed.error->toString()));
        return hits;
    }
    for (const ScrapeSample& sample : parsed.scrape.samples) {
        if (sample.name != counterName)
            continue;
        hits.counterSeen = true;
        RuleHitPart part;
        QString rule;
        for (const Label& label : parsed.scrape.labelsOf(sample)) {
            const QString value = QString::fromStdString(unescapeLabelValue(label.rawValue, format));
            if (label.name == "rule")
                rule = value;
            else if (label.name == "stage")
                part.stage = value;
            else if (label.name == "action")
                part.action = value;
        }
        if (rule.isEmpty())
            continue;
        part.count = sample.value;
        RuleHitCount& count = hits.byRule[rule];
        count.total += sample.value;
        count.parts << part;
    }
    return hits;
}

} // namespace gatehouse::metrics
