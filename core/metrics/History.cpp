#include "core/metrics/History.h"

#include "core/database/ConsoleDatabase.h"
#include "core/metrics/HistoryWriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThreadPool>

namespace gatehouse::metrics {

History::History(ConsoleDatabase& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(new HistoryWriter(database))
{
    qRegisterMetaType<ScrapeReport>();
    m_thread.setObjectName(QStringLiteral("metrics-history"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::failed, this, [this](const QString& error) {
        m_lastError = error;
        emit failed(error);
    });
    connect(
        m_writer, &HistoryWriter::rawSamplesKeptFrom, this, [this](qint64 ms) { m_rawKeptFromMs.store(ms); },
        Qt::DirectConnection);
    m_thread.start();
    m_retentionTimer.setInterval(int(10 * minuteMs)); // so that the disk budget is overrun by little
    connect(&m_retentionTimer, &QTimer::timeout, this,
            [this] { applyRetention(QDateTime::currentMSecsSinceEpoch()); });
    m_retentionTimer.start();
}

History::~History()
{
    // Dashboards read on the global pool with this database; let them finish before it goes.
    QThreadPool::globalInstance()->waitForDone();
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::closeConnection, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void History::record(const ScrapeReport& report)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, report] { w->append(report); });
}

void History::setRetention(const HistoryRetention& retention)
{
    m_retention = retention;
    QMetaObject::invokeMethod(m_writer, [w = m_writer, retention] {
        w->applyRetention(retention, QDateTime::currentMSecsSinceEpoch());
    });
}

void History::setBatching(int reportsPerCommit, int maxDelayMs)
{
    QMetaObject::invokeMethod(m_writer, [w = m_writer, reportsPerCommit, maxDelayMs] {
        w->setBatching(reportsPerCommit, maxDelayMs);
    });
}

bool History::flush()
{
    bool ok = false;
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, &ok] { ok = w->flush(); }, Qt::BlockingQueuedConnection);
    return ok;
}

void History::applyRetention(qint64 nowMs)
{
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, r = m_retention, nowMs] { w->applyRetention(r, nowMs); },
        Qt::BlockingQueuedConnection);
}

qint64 History::databaseBytes() const
{
    const QString path = m_database.path();
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace gatehouse::metrics
