#pragma once

#include "core/CreditList.h"
#include "ui/common/WorkbenchTypes.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow::ui {

// The removal of a credit list entry (移出, DOMAIN §7), proposed at the counter by a supervisor and
// recorded once another one confirms it (CreditEntriesDialog's "Awaiting confirmation"): find the
// entries of an ID number or credit code in this counter's copy of the lists, pick the one in force,
// give the day and why. Removal is dated; the entry and its history stay.
class CreditRemovalTab : public QWidget
{
    Q_OBJECT
public:
    explicit CreditRemovalTab(Workbench &wb, QWidget *parent = nullptr);

    QTableWidget *entriesTable() const { return m_entries; }
    // The entry selected (nothing when none), and what would be proposed for it, checked by
    // core::CreditList::removalProblem; empty when it may be proposed.
    std::optional<core::CreditEntry> selectedEntry() const;
    QString problem() const;
    QDate removedOn() const;
    QString reason() const;

signals:
    // The removal as typed and checked: the dialog sends it (it holds the exchange's client).
    void proposeRemoval(const core::CreditEntry &entry, const QDate &removedOn, const QString &reason);
    void message(const QString &text, bool failure);

public slots:
    // The entries of the ID number or code typed (in force first), from the counter's cache.
    void find();
    void propose();

private:
    Workbench &m_wb;
    QLineEdit *m_subject;
    QTableWidget *m_entries;
    QDateEdit *m_on;
    QLineEdit *m_reason;
    QPushButton *m_proposeButton;
    QList<core::CreditEntry> m_found;
};

} // namespace ow::ui
