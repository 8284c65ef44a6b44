#include "ui/cache/CacheEntryEdits.h"

#include "core/admin/CacheClient.h"

#include <QInputDialog>
#include <QLineEdit>

#include <memory>
#include <optional>

namespace gatehouse::ui {

CacheEntryEdits::CacheEntryEdits(CacheClient& client, QWidget* dialogs)
    : QObject(dialogs)
    , m_client(&client)
    , m_dialogs(dialogs)
{}

void CacheEntryEdits::finish()
{
    emit finished();
    deleteLater();
}

void CacheEntryEdits::togglePin(const CacheEntry& entry)
{
    if (!m_client)
        return finish();
    const bool pin = !entry.pinned;
    m_client->setPinned(entry.id, pin, [this, pin](CacheAnswer<CacheEntry> answer) {
        if (!answer) {
            emit problem(tr("Could not %1 the entry: %2").arg(pin ? tr("pin") : tr("unpin"), answer.error));
        } else {
            emit problem({});
            emit entryChanged(*answer.value);
            emit status(pin ? tr("Pinned: the entry never expires and is never evicted.")
                            : tr("Unpinned: the entry expires and may be evicted again."));
        }
        emit answered();
        finish();
    });
}

void CacheEntryEdits::askAndSetTtl(const QList<const CacheEntry*>& entries)
{
    if (!m_client || entries.isEmpty())
        return finish();
    bool ok = false;
    const QString text = QInputDialog::getText(
        m_dialogs, tr("Change time to live"),
        tr("New time to live from now for %n entry(s) — e.g. 30m, 2h, 7d, or \"never\":", nullptr,
           int(entries.size())),
        QLineEdit::Normal, QStringLiteral("1d"), &ok);
    if (!ok || !m_client)
        return finish();
    const bool never = text.trimmed() == QLatin1String("never");
    const std::optional<qint64> seconds = never ? std::nullopt : parseCacheAge(text);
    if (!never && (!seconds || *seconds < 1)) {
        emit problem(tr("\"%1\" is not a time to live; write e.g. 90s, 30m, 2h, 7d or never.").arg(text));
        return finish();
    }
    auto remaining = std::make_shared<int>(int(entries.size()));
    auto failures = std::make_shared<QStringList>();
    for (const CacheEntry* e : entries) {
        m_client->setTtl(e->id, seconds, [this, remaining, failures](CacheAnswer<CacheEntry> answer) {
            if (answer)
                emit entryChanged(*answer.value);
            else
                *failures << answer.error;
            if (--*remaining > 0)
                return;
            if (failures->isEmpty()) {
                emit problem({});
                emit status(tr("Changed the time to live."));
            } else {
                emit problem(
                    tr("Could not change the time to live of %n entry(s): %1", nullptr, int(failures->size()))
                        .arg(failures->constLast()));
            }
            emit answered();
            finish();
        });
    }
}

} // namespace gatehouse::ui
