#pragma once

#include "core/admin/CacheEntry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace gatehouse {
class CacheClient;
class CacheDeletion;
} // namespace gatehouse

namespace gatehouse::ui {

// Deleting from one gateway's cache, as the Cache page offers it: chosen entries (with progress,
// cancel, and a retry of the ones that failed), every entry a filter keeps after a dry-run count,
// or a flush. Each is confirmed first in words that say how many and which. One object per
// operation; it deletes itself when finished() is emitted.
class CacheRemoval : public QObject
{
    Q_OBJECT
public:
    // `dialogs` parents the confirmations and the progress dialog; `gateway` names the cache in them.
    CacheRemoval(CacheClient& client, QString gateway, QWidget* dialogs);

    // Asks, then deletes `entries` (nothing happens when the answer is no).
    void removeEntries(const QList<const CacheEntry*>& entries);
    // Deletes `ids` at once, without asking (a retry of failures asks itself).
    void removeIds(const QStringList& ids);
    // Counts what `filter` keeps, asks, then deletes those. `filter` must not be empty.
    void removeMatching(const CacheFilter& filter);
    // Asks (with the option to take pinned entries and FAQ answers too), then flushes;
    // `entries` is the cache's size for the question, -1 unknown.
    void flush(qint64 entries);

    // "prompts containing "refund", model gpt-4o, pinned" — what a filter keeps.
    static QString describe(const CacheFilter& filter);

signals:
    void deletionStarted(gatehouse::CacheDeletion* deletion);
    void entryDeleted(const QString& id);
    void problem(const QString& text); // empty: the operation went well
    void status(const QString& text);
    // Entries were deleted: `everything` means the list is out of date, else only the figures.
    void removed(bool everything);
    void answered(); // a call to the gateway finished (the page's operationFinished)
    void finished();

private:
    void finish();

    QPointer<CacheClient> m_client;
    QString m_gateway;
    QWidget* m_dialogs;
};

} // namespace gatehouse::ui
