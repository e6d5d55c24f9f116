#pragma once

#include "core/CreditList.h"
#include "sync/ExchangeClient.h"
#include "ui/common/WorkbenchTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::ui {

class CreditRemovalTab;

// The registry's own credit list entries, entered at the counter by a supervisor (DOMAIN §7): one
// supervisor enters an entry, another one of the office confirms it (four eyes), and only then does
// the exchange record it and send it to every counter of the province. Needs the exchange: the
// dialog says so while it cannot be reached.
class CreditEntriesDialog : public QDialog
{
    Q_OBJECT
public:
    CreditEntriesDialog(Workbench &wb, const QString &userId, QWidget *parent = nullptr);

    QTableWidget *pendingTable() const { return m_pending; }
    QLabel *statusLabel() const { return m_status; }
    // The entry as typed (for tests and for the check before it is sent).
    core::CreditEntry typedEntry() const;

    CreditRemovalTab *removalTab() const { return m_removal; }

public slots:
    void propose();
    // Sends a removal the removal tab checked, for another supervisor to confirm.
    void proposeRemoval(const core::CreditEntry &entry, const QDate &removedOn, const QString &reason);
    void confirmSelected();
    void refresh();

private:
    // The proposals waiting, shown in the table; `announce`: their number in the status line.
    void reload(bool announce);
    QWidget *buildEntryTab();
    QWidget *buildPendingTab();
    void say(const QString &text, bool failure = false);
    sync::ExchangeClient *onlineClient();

    Workbench &m_wb;
    QString m_userId;
    QComboBox *m_list;
    QComboBox *m_subjectKind;
    QLineEdit *m_subject;
    QLineEdit *m_subjectName;
    QLineEdit *m_reason;
    QLineEdit *m_authority;
    QLineEdit *m_basis;
    QDateEdit *m_from;
    QPushButton *m_proposeButton;
    QTableWidget *m_pending;
    QPushButton *m_confirmButton;
    CreditRemovalTab *m_removal;
    QLabel *m_status;
    QList<sync::CreditProposalInfo> m_proposals;
};

} // namespace ow::ui
