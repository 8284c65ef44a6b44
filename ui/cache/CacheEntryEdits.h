#pragma once

#include "core/admin/CacheEntry.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gatehouse {
class CacheClient;
} // namespace gatehouse

namespace gatehouse::ui {

// Changing entries of one gateway's cache, as the Cache page offers it: pinning or unpinning one
// entry, and a new time to live for several (asked for in a dialog, checked before anything is
// sent). One object per operation; it deletes itself when finished() is emitted.
class CacheEntryEdits : public QObject
{
    Q_OBJECT
public:
    // `dialogs` parents the question for a time to live.
    CacheEntryEdits(CacheClient& client, QWidget* dialogs);

    // Pins `entry`, or unpins it if it is pinned.
    void togglePin(const CacheEntry& entry);
    // Asks for a time to live ("30m", "7d", "never"), then sets it on every one of `entries`.
    void askAndSetTtl(const QList<const CacheEntry*>& entries);

signals:
    void entryChanged(const gatehouse::CacheEntry& entry); // as the gateway now holds it
    void problem(const QString& text);                     // empty: the operation went well
    void status(const QString& text);
    void answered(); // the gateway answered (the page's operationFinished)
    void finished();

private:
    void finish();

    QPointer<CacheClient> m_client;
    QWidget* m_dialogs;
};

} // namespace gatehouse::ui
