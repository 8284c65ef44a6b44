#include "ui/charts/ChartExport.h"

#include <QDateTime>

namespace gatehouse::ui {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString chartCsv(const QList<ChartSeries>& series, qint64 fromMs, qint64 toMs)
{
    QString csv = QStringLiteral("time,series,value\n");
    for (const ChartSeries& s : series) {
        const QString name = csvField(s.title);
        for (const auto& p : s.points) {
            if (p.x < double(fromMs) || p.x > double(toMs))
                continue;
            csv += QDateTime::fromMSecsSinceEpoch(qint64(p.x)).toUTC().toString(Qt::ISODateWithMs) +
                   QLatin1Char(',') + name + QLatin1Char(',') + QString::number(p.y, 'g', 17) +
                   QLatin1Char('\n');
        }
    }
    return csv;
}

} // namespace gatehouse::ui
