// SyncEngine: the ledger of numbered blank stock, sent after the events (docs/protocol.md,
// POST /api/v1/sheets). An entry leaves the pending ones only with the exchange's answer: recorded
// (applied, or duplicate after a lost answer) or refused with its reason, which the case shows.
#include "SyncEngine.h"
#include "SyncLog.h"
#include "storage/SheetLedger.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {
class SheetText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};
} // namespace

void SyncEngine::pushSheets()
{
    const QList<storage::SheetEntry> pending =
        m_session.userId.isEmpty() ? QList<storage::SheetEntry>()
                                   : m_sheets->pending(m_session.userId, core::BlankStock::MaxUsesPerRequest);
    if (pending.isEmpty()) {
        pullDirectory();
        return;
    }
    QList<core::SheetUse> uses;
    for (const storage::SheetEntry &entry : pending)
        uses << entry.use;
    qCDebug(lcSyncPush) << "sending" << uses.size() << "licence sheet entries";
    m_client->recordSheets(uses, [this, run = m_run](Result<QList<SheetResult>, SyncError> result) {
        if (run != m_run || !m_running)
            return;
        if (!result) {
            if (retryAfterRefresh(result.error(), [this] { pushSheets(); }))
                return;
            fail(result.error());
            return;
        }
        QList<storage::SheetAnswer> answers;
        QString refusedCode;
        int refused = 0;
        for (const SheetResult &r : result.value()) {
            const bool recorded = r.status != PushStatus::Rejected;
            answers.append(storage::SheetAnswer{r.id, recorded, recorded ? QString() : r.errorCode,
                                                recorded ? QString() : r.errorMessage});
            if (!recorded) {
                ++refused;
                refusedCode = r.errorCode;
            }
        }
        if (auto settled = m_sheets->settle(answers); !settled) {
            fail(SyncErrors::storage(settled.error().message));
            return;
        }
        if (refused > 0) {
            log(SyncLogEntry::Level::Warning,
                SheetText::tr(
                    "The exchange refused %n licence sheet record(s); the case's licence sheets show why.",
                    "", refused),
                refusedCode);
        }
        pushSheets();
    });
}

} // namespace ow::sync
