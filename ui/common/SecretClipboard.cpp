#include "ui/common/SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace gatehouse::ui {

namespace {

QByteArray fingerprintOf(const QByteArray& text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clear);
}

SecretClipboard::~SecretClipboard()
{
    clear();
}

void SecretClipboard::copy(const QByteArray& secret, int clearAfterSeconds)
{
    auto* mime = new QMimeData;
    mime->setText(QString::fromUtf8(secret));
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret);
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprintOf(secret);
    m_timer.start(clearAfterSeconds * 1000);
}

bool SecretClipboard::isHoldingSecret() const
{
    if (m_fingerprint.isEmpty())
        return false;
    return fingerprintOf(QGuiApplication::clipboard()->text().toUtf8()) == m_fingerprint;
}

int SecretClipboard::remainingSeconds() const
{
    return m_timer.isActive() ? (m_timer.remainingTime() + 999) / 1000 : 0;
}

void SecretClipboard::clear()
{
    m_timer.stop();
    if (isHoldingSecret()) {
        QGuiApplication::clipboard()->clear();
        emit cleared();
    }
    m_fingerprint.clear();
}

} // namespace gatehouse::ui
