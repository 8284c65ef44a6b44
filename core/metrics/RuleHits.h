#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// How often each content-filter rule of a gatehoused hit, read from its /metrics:
// gatehouse_filter_verdicts_total{stage, action, rule} summed per rule over stage and action. The
// samples without a rule (action "pass" or "error") are not any rule's hits.
namespace gatehouse::metrics {

struct RuleHitPart
{
    QString stage;  // input, output
    QString action; // block, redact, flag
    double count = 0;
};

struct RuleHitCount
{
    double total = 0;
    QList<RuleHitPart> parts; // in the order of the scrape
};

struct RuleHits
{
    QHash<QString, RuleHitCount> byRule;
    bool counterSeen = false; // the scrape has the family at all (a gatehoused that filtered something)
    QString error;            // one sentence when the scrape could not be read (line and column)

    bool ok() const { return error.isEmpty(); }
};

// Parses a scrape with core/promtext; `contentType` picks 0.0.4 or OpenMetrics.
RuleHits ruleHitsFromScrape(const QByteArray& text, const QByteArray& contentType);

} // namespace gatehouse::metrics
