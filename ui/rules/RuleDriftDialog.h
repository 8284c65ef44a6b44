#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace gatehouse {
class RuleSetRevisions;
}

namespace gatehouse::ui {

class AdminGatewayPicker;

// The drift view: for a registry tag, reads every gateway's rules revision (the ETag of GET
// /admin/v1/rules, equal on gateways holding the same rules) and lists the ones whose revision
// differs from the page's gateway, and those that could not be asked, with a button that pushes
// the page's set to just the ones that differ.
class RuleDriftDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Gateway,
        Revision,
        Rules,
        State,
    };

    RuleDriftDialog(AdminGatewayPicker& gateways, QWidget* parent = nullptr);

    // The gateway to compare with and its revision as the page last read it.
    void setReference(const QString& gateway, const QByteArray& etag);
    void setTag(const QString& tag);
    void check();

    QComboBox* tagField() const { return m_tag; }
    QTreeWidget* driftList() const { return m_list; }
    QPushButton* pushButton() const { return m_pushButton; }
    QPushButton* checkButton() const { return m_checkButton; }
    QString summaryText() const;
    bool isChecking() const;

signals:
    void checked();
    // Push the reference's set to these gateways, each only while it holds the revision seen.
    void pushRequested(const QStringList& gateways, const QHash<QString, QByteArray>& revisions);

private:
    void showRevisions();

    AdminGatewayPicker& m_gateways;
    QString m_reference;
    QByteArray m_referenceEtag;
    QComboBox* m_tag;
    QLabel* m_against;
    QTreeWidget* m_list;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_checkButton;
    QPushButton* m_pushButton;
    QPointer<RuleSetRevisions> m_check;
    quint64 m_generation = 0;
    bool m_checking = false; // from check() until its answers are shown
    QStringList m_differing;
    QHash<QString, QByteArray> m_seen;
};

} // namespace gatehouse::ui
