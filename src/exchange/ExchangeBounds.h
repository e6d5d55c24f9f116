#pragma once

#include "ExchangeStore.h"
#include "core/DomainEvent.h"
#include "core/Materials.h"
#include "core/OneForm.h"
#include "core/Result.h"

#include <QJsonArray>

#include <optional>

namespace ow::exchange {

// Issue 8: what the exchange takes in and sends out stays within core::Limits. The service asks
// here before it stores anything, and builds the feed's pages here.
class ExchangeBounds
{
public:
    // An event over the limits (its own texts, or the case it carries under "payload.case."):
    // the per-event rejection, code field.too_long / list.too_long with the first path in
    // `field`; nothing when it is within them.
    // `carried`: the case the event's payload carries, decoded (nullptr: none).
    static std::optional<Error> event(const core::DomainEvent &event, const core::CaseRecord *carried);
    // An online application over the limits (paths of the form, "materials[i]…").
    static std::optional<Error> application(const core::OneForm &form,
                                            const QList<core::MaterialItem> &materials);
    // The case about to be stored: within the table, and its JSON within maxCaseJsonBytes (so
    // its change fits every page a client reads). Refused as case.too_large; else its compact
    // JSON, as it is stored and sent (serialised once).
    // `formText`: the form's own text when it was made already (CaseRecord::toJsonText).
    static Result<QByteArray> storedCase(const core::CaseRecord &record, QByteArrayView formText = {});
    // True for the codes above: the request is refused (400), not the server failing.
    static bool isViolation(const Error &error);

    // One page of the change feed from `rows` (ascending, read past `cursor`): at most `limit`
    // changes, stopping before the change that would take the page past `budgetBytes`, but
    // always one change when there is one. When every row is used, the cursor moves on to
    // `scannedTo` (ChangeFeedStore::ScopedRows: the changes after the last row are out of scope).
    // The page is written as JSON text: each change's stored case JSON goes in as it is, never
    // parsed and written again.
    struct Page
    {
        QByteArray json; // {"changes":[…],"hasMore":…,"nextCursor":…}
        qsizetype count = 0;
        qint64 nextCursor = 0;
        bool hasMore = false;
    };
    static Page feedPage(const QList<ChangeRecord> &rows, qint64 cursor, int limit, qint64 budgetBytes,
                         qint64 scannedTo = 0);
    // One change as JSON text: {"case":<stored JSON>,"caseId":…,"kind":…,"origin":…,"seq":…,"serverTime":…}.
    static QByteArray changeJson(const ChangeRecord &change);
};

} // namespace ow::exchange
