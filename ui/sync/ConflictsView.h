#pragma once

#include "core/CaseState.h"
#include "storage/ConflictResolver.h"
#include "storage/ConflictStore.h"

#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QVBoxLayout;

namespace ow::storage {
class Database;
}

namespace ow::ui {

// The conflicts the sync engine could not settle by itself (storage::ConflictStore): a list of
// the open ones, and for the selected one both sides side by side — this counter's case and the
// exchange's — with the differences marked, what this counter tried to send, the exchange's
// error code and request id.
//
// A supervisor (or admin) decides, with a required note and after a confirmation, through
// storage::ConflictResolver: keep the exchange's version (this counter's unsent changes to the
// case are dropped, with a trace in the audit journal), send this counter's change again on top
// of the exchange's version, or mark it resolved (dealt with by hand; neither case changes).
// Only the choices that make sense for the conflict are enabled. Clerks see the list read-only.
class ConflictsView : public QWidget
{
    Q_OBJECT
public:
    ConflictsView(std::shared_ptr<storage::Database> db, const storage::CaseStore &cases, core::Role role,
                  QString userId, QWidget *parent = nullptr);

    bool canResolve() const { return m_canResolve; }
    int openCount() const { return m_openCount; }
    // The conflict shown in the details, if any.
    std::optional<storage::SyncConflict> currentConflict() const;
    // Selects the conflict with this id in the list; false if it is not listed.
    bool select(qint64 conflictId);

    // A translated reason for the exchange's per-event error codes (docs/protocol.md), or "".
    static QString reasonFor(const QString &code);

public slots:
    // Reads the list again, keeping the selection (connect SyncEngine::conflictCountChanged).
    void reload();
    // Carries out `choice` for the selected conflict with the note, after asking. False when the
    // note is missing, the choice does not apply, the user declined, the role may not, or the
    // store refused (the message is shown).
    bool resolveSelected(ow::storage::ConflictChoice choice = ow::storage::ConflictChoice::MarkResolved);

signals:
    void resolved(qint64 conflictId);
    void openCountChanged(int count);

private:
    // ConflictsView.cpp: the list and the decisions.
    void buildList(QVBoxLayout *layout);
    QVBoxLayout *buildDetails();
    void buildResolveBox(QVBoxLayout *details);
    // ConflictDetails.cpp: the selected conflict's details and which decisions it offers.
    void showDetails();
    void showComparison(const storage::SyncConflict &c);
    void showExchangeAnswer(const storage::SyncConflict &c);
    void showResolution(const storage::SyncConflict &c);
    void updateResolveControls();

    std::unique_ptr<storage::ConflictStore> m_store;
    std::unique_ptr<storage::ConflictResolver> m_resolver;
    bool m_canResolve;
    core::Role m_role;
    QString m_userId;
    QList<storage::SyncConflict> m_conflicts;
    int m_openCount = -1;

    QLabel *m_heading;
    QCheckBox *m_showResolved;
    QPushButton *m_refresh;
    QTreeWidget *m_list;
    QWidget *m_details;
    QWidget *m_detailsScroll;
    QLabel *m_title;
    QLabel *m_explanation;
    QTableWidget *m_compare;
    QLabel *m_ourChange;
    QLabel *m_error;
    QLabel *m_resolution;
    QLineEdit *m_note;
    QPushButton *m_keepExchange;
    QPushButton *m_sendAgain;
    QPushButton *m_resolve;
    QLabel *m_resolveHint;
    QLabel *m_empty;
};

} // namespace ow::ui
