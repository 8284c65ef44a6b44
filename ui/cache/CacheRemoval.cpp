#include "ui/cache/CacheRemoval.h"

#include "core/admin/CacheClient.h"
#include "core/admin/CacheDeletion.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace gatehouse::ui {

CacheRemoval::CacheRemoval(CacheClient& client, QString gateway, QWidget* dialogs)
    : QObject(dialogs)
    , m_client(&client)
    , m_gateway(std::move(gateway))
    , m_dialogs(dialogs)
{}

QString CacheRemoval::describe(const CacheFilter& f)
{
    QStringList parts;
    if (!f.text.isEmpty())
        parts << tr("prompts containing \"%1\"").arg(f.text);
    if (!f.model.isEmpty())
        parts << tr("model %1").arg(f.model);
    if (f.pinned)
        parts << (*f.pinned ? tr("pinned or FAQ") : tr("not pinned"));
    return parts.join(QStringLiteral(", "));
}

void CacheRemoval::finish()
{
    emit finished();
    deleteLater();
}

void CacheRemoval::removeEntries(const QList<const CacheEntry*>& entries)
{
    QStringList ids;
    int curated = 0;
    for (const CacheEntry* e : entries) {
        ids << e->id;
        curated += e->pinned || e->faq ? 1 : 0;
    }
    QString question = tr("Delete %n cache entry(s) from %1? Clients asking these questions get fresh "
                          "answers from the model again.",
                          nullptr, int(ids.size()))
                           .arg(m_gateway);
    if (curated > 0)
        question += QLatin1Char(' ') + tr("%n of them pinned or FAQ answers.", nullptr, curated);
    QMessageBox box(QMessageBox::Warning, tr("Delete cache entries"), question, QMessageBox::Cancel,
                    m_dialogs);
    QPushButton* yes = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes) {
        finish();
        return;
    }
    removeIds(ids);
}

void CacheRemoval::removeIds(const QStringList& ids)
{
    if (!m_client) {
        finish();
        return;
    }
    auto* deletion = new CacheDeletion(*m_client, ids, this);
    auto* progress =
        new QProgressDialog(tr("Deleting %n entry(s) from %1…", nullptr, int(ids.size())).arg(m_gateway),
                            tr("Cancel"), 0, int(ids.size()), m_dialogs);
    progress->setWindowTitle(tr("Delete cache entries"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(deletion, &CacheDeletion::progressed, progress, &QProgressDialog::setValue);
    connect(deletion, &CacheDeletion::entryDeleted, this, &CacheRemoval::entryDeleted);
    connect(progress, &QProgressDialog::canceled, deletion, &CacheDeletion::cancel);
    connect(deletion, &CacheDeletion::finished, this, [this, deletion, progress] {
        progress->hide();
        progress->deleteLater();
        deletion->deleteLater();
        const int deleted = int(deletion->deleted().size());
        const QStringList untried = deletion->untried();
        QString text = tr("Deleted %n entry(s).", nullptr, deleted);
        if (deletion->isCancelled() && !untried.isEmpty())
            text += QLatin1Char(' ') + tr("Cancelled; %n not tried.", nullptr, int(untried.size()));
        emit status(text);
        if (deleted > 0)
            emit removed(false);
        emit answered();
        if (deletion->failed().isEmpty()) {
            emit problem({});
            finish();
            return;
        }
        const QStringList failed = deletion->failed();
        emit problem(tr("%n entry(s) could not be deleted: %1", nullptr, int(failed.size()))
                         .arg(deletion->lastError()));
        QMessageBox box(QMessageBox::Warning, tr("Delete cache entries"),
                        tr("%1 of %2 entries could not be deleted.\n\n%3")
                            .arg(failed.size())
                            .arg(deletion->total())
                            .arg(deletion->lastError()),
                        QMessageBox::Close, m_dialogs);
        QPushButton* retry = box.addButton(tr("&Retry"), QMessageBox::AcceptRole);
        box.setDefaultButton(retry);
        box.exec();
        if (box.clickedButton() == retry)
            removeIds(failed);
        else
            finish();
    });
    emit deletionStarted(deletion);
    deletion->start();
}

void CacheRemoval::removeMatching(const CacheFilter& filter)
{
    emit status(tr("Counting the entries of %1 that match…").arg(m_gateway));
    m_client->removeMatching(filter, true, [this, filter](CacheAnswer<CacheBulkDeleteCount> count) {
        if (!count) {
            emit problem(tr("Could not count the matching entries: %1").arg(count.error));
            emit answered();
            finish();
            return;
        }
        if (count.value->matched == 0) {
            emit status(tr("No entry of %1 matches %2.").arg(m_gateway, describe(filter)));
            emit answered();
            finish();
            return;
        }
        QMessageBox box(QMessageBox::Warning, tr("Delete matching entries"),
                        tr("Delete the %n entry(s) of %1 matching %2?", nullptr, int(count.value->matched))
                            .arg(m_gateway, describe(filter)),
                        QMessageBox::Cancel, m_dialogs);
        QPushButton* yes =
            box.addButton(tr("&Delete %n", nullptr, int(count.value->matched)), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes || !m_client) {
            emit status(tr("Nothing deleted."));
            emit answered();
            finish();
            return;
        }
        m_client->removeMatching(filter, false, [this](CacheAnswer<CacheBulkDeleteCount> done) {
            if (!done) {
                emit problem(tr("Could not delete the matching entries: %1").arg(done.error));
                emit answered();
            } else {
                emit problem({});
                emit status(tr("Deleted %n matching entry(s).", nullptr, int(done.value->deleted)));
                emit removed(true);
            }
            finish();
        });
    });
}

void CacheRemoval::flush(qint64 entries)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Flush cache"),
        entries >= 0
            ? tr("Flush the cache of %1? Every unpinned entry is deleted (the cache holds %n entry(s) "
                 "now); clients get fresh answers from the model.",
                 nullptr, int(entries))
                  .arg(m_gateway)
            : tr("Flush the cache of %1? Every unpinned entry is deleted; clients get fresh answers "
                 "from the model.")
                  .arg(m_gateway),
        QMessageBox::Cancel, m_dialogs);
    auto* includePinned = new QCheckBox(tr("Also delete pinned entries and FAQ answers"), &box);
    box.setCheckBox(includePinned);
    QPushButton* yes = box.addButton(tr("&Flush"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes || !m_client) {
        finish();
        return;
    }
    const bool all = includePinned->isChecked();
    m_client->flush(all, [this, all](CacheAnswer<qint64> answer) {
        if (!answer) {
            emit problem(tr("Could not flush the cache of %1: %2").arg(m_gateway, answer.error));
            emit answered();
        } else {
            emit problem({});
            emit status(
                all ? tr("Flushed %1: deleted %n entry(s).", nullptr, int(*answer.value)).arg(m_gateway)
                    : tr("Flushed %1: deleted %n entry(s); pinned entries kept.", nullptr, int(*answer.value))
                          .arg(m_gateway));
            emit removed(true);
        }
        finish();
    });
}

} // namespace gatehouse::ui
