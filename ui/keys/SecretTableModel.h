#pragma once

#include "core/secrets/SecretCatalog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gatehouse::ui {

// The keychain entries Gatehouse knows by name: name, kind, value (masked unless revealed),
// last change. Revealed values live only in this model's memory and are wiped when hidden.
class SecretTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Value,
        Updated,
        ColumnCount
    };

    explicit SecretTableModel(QObject* parent = nullptr);
    ~SecretTableModel() override;

    void setSecrets(const QList<SecretInfo>& secrets);
    SecretInfo secretAt(int row) const;
    int rowOf(const QString& name) const;

    void reveal(const QString& name, const QByteArray& value);
    void hide(const QString& name);
    void hideAll();
    bool isRevealed(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SecretInfo> m_secrets;
    QHash<QString, QByteArray> m_revealed;
};

} // namespace gatehouse::ui
