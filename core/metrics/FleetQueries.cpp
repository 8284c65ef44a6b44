#include "core/metrics/FleetQueries.h"

#include "core/metrics/CanonicalSignal.h"

#include <QLocale>

#include <algorithm>

namespace gatehouse::metrics {

namespace {

// A piece of PromQL and whether it can be an operand without parentheses (a function call or an
// aggregation is; `a or b` and `a / b` are not).
struct Piece
{
    QString text;
    bool atomic = true;
};

QString wrapped(const Piece& p)
{
    return p.atomic ? p.text : QLatin1Char('(') + p.text + QLatin1Char(')');
}

QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// A PromQL string literal: double quotes, with \ " and newlines escaped as in Go.
QString quoted(const std::string& value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : QString::fromStdString(value)) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
            continue;
        }
        out += c;
    }
    return out + QLatin1Char('"');
}

QString matcherText(const LabelMatcher& m)
{
    static const char* const ops[] = {"=", "!=", "=~", "!~"};
    return QString::fromStdString(m.label) + QLatin1String(ops[int(m.op)]) + quoted(m.value);
}

bool isMetricName(const QString& name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
               c == QLatin1Char(':');
    });
}

// A series selector. Names are folded as exporters translate them for Prometheus (`.` → `_`, what
// the OpenTelemetry exporters do). A counter named without `_total` (the profile's folding lets it
// match either spelling) is selected under both names, as the direct path would find it.
QString selector(const std::string& family, const std::string& suffix, bool counter,
                 const std::vector<LabelMatcher>& matchers, const std::vector<LabelMatcher>& extra)
{
    QString name = QString::fromStdString(family + suffix);
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    QStringList inside;
    QString head;
    if (counter && suffix.empty() && !name.endsWith(QLatin1String("_total")) && isMetricName(name))
        inside << QStringLiteral("__name__=~\"%1(_total)?\"").arg(name);
    else if (isMetricName(name))
        head = name;
    else
        inside << QStringLiteral("__name__=") + quoted(name.toStdString());
    for (const LabelMatcher& m : matchers)
        inside << matcherText(m);
    for (const LabelMatcher& m : extra)
        inside << matcherText(m);
    if (inside.isEmpty())
        return head;
    return head + QLatin1Char('{') + inside.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString grouping(const Expression& e, bool withLe = false)
{
    QString g = QStringLiteral("job, instance");
    if (!e.by.empty() && !withLe)
        g += QStringLiteral(", ") + QString::fromStdString(e.by);
    if (withLe)
        g += QStringLiteral(", le");
    return g;
}

QString window(qint64 seconds)
{
    return QStringLiteral("[%1s]").arg(std::max<qint64>(seconds, 1));
}

Piece alternatives(const QStringList& parts, bool eachAtomic)
{
    return {parts.join(QStringLiteral(" or ")), eachAtomic && parts.size() == 1};
}

Piece ratePiece(const Expression& e, qint64 w, const std::vector<LabelMatcher>& extra)
{
    QStringList parts;
    // A family that is there but has no matching series is a rate of 0 on the direct path (nothing
    // happened), not a missing value: `or 0 * (the whole family's rate)` gives that 0 per instance.
    const bool zeroWhenNoMatch = !e.matchers.empty() && e.by.empty();
    for (const std::string& f : e.families) {
        const QString g = grouping(e);
        parts << QStringLiteral("sum by (%1) (rate(%2%3))")
                     .arg(g, selector(f, e.sampleSuffix, true, e.matchers, extra), window(w));
        if (zeroWhenNoMatch)
            parts << QStringLiteral("0 * sum by (%1) (rate(%2%3))")
                         .arg(g, selector(f, e.sampleSuffix, true, {}, extra), window(w));
    }
    return alternatives(parts, true);
}

Piece gaugePiece(const Expression& e, const std::vector<LabelMatcher>& extra)
{
    static const char* const aggregations[] = {"sum", "avg", "min", "max"};
    QStringList parts;
    for (const std::string& f : e.families) {
        QString inner = selector(f, e.sampleSuffix, false, e.matchers, extra);
        if (e.equals)
            inner += QStringLiteral(" == bool ") + number(*e.equals);
        parts << QStringLiteral("%1 by (%2) (%3)")
                     .arg(QLatin1String(aggregations[int(e.aggregate)]), grouping(e), inner);
    }
    return alternatives(parts, true);
}

Piece quantilePiece(const Expression& e, qint64 w, const std::vector<LabelMatcher>& extra)
{
    QStringList parts;
    for (const std::string& f : e.families) {
        parts << QStringLiteral("histogram_quantile(%1, sum by (%2) (rate(%3%4)))")
                     .arg(number(e.quantile), grouping(e, true),
                          selector(f, "_bucket", false, e.matchers, extra), window(w));
    }
    return alternatives(parts, true);
}

Piece piece(const Expression& e, qint64 w, const std::vector<LabelMatcher>& extra)
{
    Piece p;
    switch (e.kind) {
    case Expression::Kind::Rate:
        p = ratePiece(e, w, extra);
        break;
    case Expression::Kind::Gauge:
        p = gaugePiece(e, extra);
        break;
    case Expression::Kind::Quantile:
        p = quantilePiece(e, w, extra);
        break;
    case Expression::Kind::Ratio:
        p = {wrapped(piece(e.terms.at(0), w, extra)) + QStringLiteral(" / ") +
                 wrapped(piece(e.terms.at(1), w, extra)),
             false};
        break;
    case Expression::Kind::Sum: {
        QStringList terms;
        for (const Expression& t : e.terms)
            terms << wrapped(piece(t, w, extra));
        p = {terms.join(QStringLiteral(" + ")), terms.size() == 1};
        break;
    }
    }
    if (e.scale != 1)
        p = {wrapped(p) + QStringLiteral(" * ") + number(e.scale), false};
    return p;
}

} // namespace

QString fleetPromql(const Expression& expression, qint64 rateWindowSeconds,
                    const std::vector<LabelMatcher>& extra)
{
    return piece(expression, rateWindowSeconds, extra).text;
}

std::optional<QString> fleetSignalPromql(std::span<const MetricProfile> profiles, const QString& signalId,
                                         qint64 rateWindowSeconds, const std::vector<LabelMatcher>& extra)
{
    if (signalId == QLatin1String(fleetUpSignal))
        return QStringLiteral("max by (job, instance) (%1)").arg(selector("up", {}, false, {}, extra));
    std::vector<const MetricProfile*> ordered;
    for (const MetricProfile& p : profiles) {
        if (p.expressions.count(signalId))
            ordered.push_back(&p);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const MetricProfile* a, const MetricProfile* b) {
        return a->priority != b->priority ? a->priority > b->priority : a->id < b->id;
    });
    std::vector<Piece> pieces;
    for (const MetricProfile* p : ordered) {
        Piece one = piece(p->expressions.at(signalId), rateWindowSeconds, extra);
        if (std::none_of(pieces.begin(), pieces.end(), [&](const Piece& x) { return x.text == one.text; }))
            pieces.push_back(std::move(one));
    }
    if (pieces.empty())
        return std::nullopt;
    if (pieces.size() == 1)
        return pieces.front().text;
    QStringList parts;
    for (const Piece& p : pieces)
        parts << wrapped(p);
    return parts.join(QStringLiteral(" or "));
}

QStringList fleetSignalIds(std::span<const MetricProfile> profiles)
{
    QStringList ids;
    for (const CanonicalSignal& s : canonicalSignals()) {
        const QString id = QLatin1String(s.id);
        if (std::any_of(profiles.begin(), profiles.end(),
                        [&](const MetricProfile& p) { return p.expressions.count(id) > 0; }))
            ids << id;
    }
    ids << QLatin1String(fleetUpSignal);
    return ids;
}

QStringList allFleetSignalIds()
{
    QStringList ids;
    for (const CanonicalSignal& s : canonicalSignals())
        ids << QLatin1String(s.id);
    ids << QLatin1String(fleetUpSignal);
    return ids;
}

LabelMatcher jobMatcher(const QString& job)
{
    LabelMatcher m;
    m.label = "job";
    m.op = LabelMatcher::Op::Equal;
    m.value = job.toStdString();
    return m;
}

LabelMatcher instanceMatcher(const QString& instance)
{
    LabelMatcher m;
    m.label = "instance";
    m.op = LabelMatcher::Op::Equal;
    m.value = instance.toStdString();
    return m;
}

} // namespace gatehouse::metrics
