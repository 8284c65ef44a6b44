#include "ui/cache/CacheEntryTableModel.h"

#include "core/admin/CacheClient.h"
#include "ui/common/DataSize.h"

#include <QLocale>

#include <algorithm>

namespace gatehouse::ui {

namespace {

// "45 s", "12 min", "5 h", "3 d" from `from` to `to`.
QString timeSpan(const QDateTime& from, const QDateTime& to)
{
    const qint64 s = std::max<qint64>(0, from.secsTo(to));
    if (s < 120)
        return CacheEntryTableModel::tr("%1 s").arg(s);
    if (s < 2 * 3600)
        return CacheEntryTableModel::tr("%1 min").arg(s / 60);
    if (s < 2 * 86400)
        return CacheEntryTableModel::tr("%1 h").arg(s / 3600);
    return CacheEntryTableModel::tr("%1 d").arg(s / 86400);
}

// The list's prompt is one "role: text" line per message; the question people recognise is the
// last user message, so the column shows that (the tooltip has them all).
QString question(const QString& prompt)
{
    const QStringList lines = prompt.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith(QLatin1String("user: ")))
            return it->mid(6);
    }
    return prompt;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral("  ⏎  "));
    return text.size() > 300 ? text.left(299) + QStringLiteral("…") : text;
}

} // namespace

CacheEntryTableModel::CacheEntryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CacheEntryTableModel::setSource(CacheClient* client, const CacheFilter& filter)
{
    beginResetModel();
    m_client = client;
    m_filter = filter;
    m_entries.clear();
    m_rows.clear();
    m_cursor.clear();
    m_loading = false;
    ++m_generation;
    endResetModel();
    if (m_client)
        load();
}

void CacheEntryTableModel::load()
{
    if (!m_client || m_loading)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    QPointer<CacheEntryTableModel> self(this);
    m_client->list(m_filter, m_cursor, pageSize, [self, generation](CacheAnswer<CachePage> answer) {
        if (!self || generation != self->m_generation)
            return;
        self->m_loading = false;
        if (!answer) {
            emit self->loadFailed(answer.error);
            return;
        }
        // A cursor is stable under concurrent writes, but an entry rewritten between two pages may
        // come again: keep the first.
        QList<CacheEntry> fresh;
        for (CacheEntry& e : answer.value->entries) {
            if (!self->m_rows.contains(e.id))
                fresh << std::move(e);
        }
        self->m_cursor = answer.value->nextCursor;
        if (!fresh.isEmpty()) {
            const int first = int(self->m_entries.size());
            self->beginInsertRows({}, first, first + int(fresh.size()) - 1);
            self->m_entries.append(std::move(fresh));
            self->reindex(first);
            self->endInsertRows();
        }
        emit self->pageLoaded(int(self->m_entries.size()));
    });
}

void CacheEntryTableModel::reindex(int from)
{
    for (int i = from; i < m_entries.size(); ++i)
        m_rows.insert(m_entries.at(i).id, i);
}

const CacheEntry* CacheEntryTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CacheEntryTableModel::rowOf(const QString& id) const
{
    return m_rows.value(id, -1);
}

QStringList CacheEntryTableModel::models() const
{
    QStringList names;
    for (const CacheEntry& e : m_entries)
        names << e.model;
    names.removeDuplicates();
    names.sort();
    return names;
}

void CacheEntryTableModel::replace(const CacheEntry& entry)
{
    const int row = rowOf(entry.id);
    if (row < 0)
        return;
    CacheEntry& held = m_entries[row];
    const QJsonObject request = entry.request.isEmpty() ? held.request : entry.request;
    const QJsonObject answer = entry.answer.isEmpty() ? held.answer : entry.answer;
    held = entry;
    held.request = request;
    held.answer = answer;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CacheEntryTableModel::removeId(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_rows.remove(id);
    reindex(row);
    endRemoveRows();
}

int CacheEntryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CacheEntryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CacheEntryTableModel::data(const QModelIndex& index, int role) const
{
    const CacheEntry* e = entryAt(index.row());
    if (!e)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Prompt:
            return oneLine(question(e->prompt));
        case Model:
            return e->model;
        case Hits:
            return QLocale().toString(e->hits);
        case LastHit:
            return e->lastHitAt.isValid() ? tr("%1 ago").arg(timeSpan(e->lastHitAt, now)) : tr("never");
        case Age:
            return timeSpan(e->createdAt, now);
        case Expires:
            if (!e->expiresAt.isValid())
                return tr("never");
            return e->expiresAt <= now ? tr("expired") : tr("in %1").arg(timeSpan(now, e->expiresAt));
        case Size:
            return dataSizeText(e->bytes);
        case Kind:
            return e->faq ? tr("FAQ answer") : e->pinned ? tr("Pinned") : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Prompt)
        return e->prompt;
    if (role == Qt::ToolTipRole &&
        (index.column() == LastHit || index.column() == Age || index.column() == Expires)) {
        const QDateTime t = index.column() == LastHit ? e->lastHitAt
                            : index.column() == Age   ? e->createdAt
                                                      : e->expiresAt;
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Hits || index.column() == Size))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return e->id;
    return {};
}

QVariant CacheEntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        // The titles are short (and shorter still in translations); these say what they count.
        if (section == Hits)
            return tr("How many times the cache served this answer");
        if (section == LastHit)
            return tr("When the cache last served this answer");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Prompt:
        return tr("Prompt");
    case Model:
        return tr("Model");
    case Hits:
        return tr("Hits");
    case LastHit:
        return tr("Last hit");
    case Age:
        return tr("Age");
    case Expires:
        return tr("Expires");
    case Size:
        return tr("Size");
    case Kind:
        return tr("Kind");
    default:
        return {};
    }
}

bool CacheEntryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_client && !m_loading && !m_cursor.isEmpty();
}

void CacheEntryTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        load();
}

} // namespace gatehouse::ui
