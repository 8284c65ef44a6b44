#include "ui/cache/CacheStatsBar.h"

#include "ui/common/DataSize.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QString duration(double seconds)
{
    const QLocale locale;
    if (seconds < 120)
        return CacheStatsBar::tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    if (seconds < 2 * 3600)
        return CacheStatsBar::tr("%1 min").arg(locale.toString(seconds / 60, 'f', 1));
    return CacheStatsBar::tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
}

QString byteSize(qint64 bytes)
{
    return dataSizeText(bytes);
}

} // namespace

CacheStatsBar::CacheStatsBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(28);
    m_entries = figure(tr("Entries"));
    m_size = figure(tr("Size"));
    m_hitRatio = figure(tr("Hit ratio"));
    m_saved = figure(tr("Saved"));
    m_backend = figure(tr("Backend"));
    layout->addStretch(1);
    clear();
}

QLabel* CacheStatsBar::figure(const QString& caption)
{
    auto* box = new QVBoxLayout;
    box->setSpacing(0);
    auto* title = new QLabel(caption, this);
    title->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(this);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    value->setFont(font);
    value->setAccessibleName(caption);
    box->addWidget(title);
    box->addWidget(value);
    static_cast<QHBoxLayout*>(layout())->addLayout(box);
    m_captions << caption;
    return value;
}

void CacheStatsBar::showStats(const CacheStats& s)
{
    const QLocale locale;
    m_entries->setText(locale.toString(s.entries));
    m_size->setText(s.maxBytes > 0 ? tr("%1 of %2").arg(byteSize(s.bytes), byteSize(s.maxBytes))
                                   : byteSize(s.bytes));
    const qint64 lookups = s.hits + s.misses;
    m_hitRatio->setText(lookups == 0 ? tr("no lookups yet")
                                     : tr("%1 %").arg(locale.toString(s.hitRatio * 100, 'f', 1)));
    m_hitRatio->setToolTip(tr("%1 hits, %2 misses since the gateway started")
                               .arg(locale.toString(s.hits), locale.toString(s.misses)));
    m_saved->setText(tr("%1 tokens, %2").arg(locale.toString(s.savedTokens), duration(s.savedSeconds)));
    m_saved->setToolTip(tr("Tokens the upstream did not have to generate, and the upstream time hits saved"));
    m_backend->setText(s.backend == QLatin1String("redis")    ? tr("Redis (shared)")
                       : s.backend == QLatin1String("sqlite") ? tr("SQLite")
                                                              : s.backend);
}

void CacheStatsBar::clear()
{
    for (QLabel* l : {m_entries, m_size, m_hitRatio, m_saved, m_backend}) {
        l->setText(QStringLiteral("–"));
        l->setToolTip({});
    }
}

QString CacheStatsBar::text() const
{
    QStringList parts;
    const QList<QLabel*> values{m_entries, m_size, m_hitRatio, m_saved, m_backend};
    for (int i = 0; i < values.size(); ++i)
        parts << m_captions.at(i) + QStringLiteral(": ") + values.at(i)->text();
    return parts.join(QStringLiteral("; "));
}

} // namespace gatehouse::ui
