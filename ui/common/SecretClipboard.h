#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace gatehouse::ui {

// Puts a secret on the clipboard marked so that clipboard managers skip it (KDE's
// x-kde-passwordManagerHint, macOS's ConcealedType, Windows' monitoring exclusion), and clears it
// after a delay — unless the user has copied something else meanwhile.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    void copy(const QByteArray& secret, int clearAfterSeconds);
    bool isHoldingSecret() const;
    int remainingSeconds() const;

    // Clears now if the clipboard still holds what we put there.
    void clear();

signals:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_fingerprint; // hash of what we copied, never the secret itself
};

} // namespace gatehouse::ui
