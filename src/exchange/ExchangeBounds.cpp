#include "ExchangeBounds.h"

#include "ExchangeDatabase.h"
#include "core/Limits.h"
#include "protocol/ChangesWire.h"
#include "protocol/ErrorCodes.h"
#include "protocol/WireKeys.h"

#include <QJsonDocument>

#include <algorithm>

namespace ow::exchange {
namespace {

std::optional<Error> firstOf(const core::LimitIssues &issues, const QString &what)
{
    if (issues.isEmpty())
        return std::nullopt;
    const core::LimitIssue &first = issues.first();
    QString message = QStringLiteral("%1: %2 (%3)").arg(what, first.message, first.field);
    if (issues.size() > 1)
        message += QStringLiteral("; %1 more field(s) over the limits").arg(issues.size() - 1);
    return Error{first.code, message, first.field};
}

} // namespace

std::optional<Error> ExchangeBounds::event(const core::DomainEvent &event, const core::CaseRecord *carried)
{
    return firstOf(core::Limits::check(event, carried),
                   QStringLiteral("The event is over the exchange's limits"));
}

std::optional<Error> ExchangeBounds::application(const core::OneForm &form,
                                                 const QList<core::MaterialItem> &materials)
{
    return firstOf(core::Limits::check(form) + core::Limits::check(materials),
                   QStringLiteral("The application is over the exchange's limits"));
}

Result<QByteArray> ExchangeBounds::storedCase(const core::CaseRecord &record, QByteArrayView formText)
{
    if (auto over =
            firstOf(core::Limits::check(record), QStringLiteral("The case is over the exchange's limits")))
        return *over;
    QByteArray json = record.toJsonText(formText);
    const qint64 bytes = json.size();
    if (bytes > core::Limits::maxCaseJsonBytes) {
        return Error{protocol::errors::CaseTooLarge,
                     QStringLiteral("The case would take %1 bytes; at most %2 are allowed.")
                         .arg(bytes)
                         .arg(core::Limits::maxCaseJsonBytes),
                     {}};
    }
    return json;
}

bool ExchangeBounds::isViolation(const Error &error)
{
    return error.code == protocol::errors::FieldTooLong || error.code == protocol::errors::ListTooLong ||
           error.code == protocol::errors::FieldInvalidText || error.code == protocol::errors::CaseTooLarge;
}

QByteArray ExchangeBounds::changeJson(const ChangeRecord &c)
{
    // The frame through QJsonDocument (it escapes what it holds), the case spliced in front.
    namespace k = protocol::keys::changes;
    const QByteArray frame =
        QJsonDocument(QJsonObject{{k::Seq, c.seq},
                                  {k::Kind, c.kind},
                                  {k::CaseId, c.caseId},
                                  {k::ServerTime, ExchangeDatabase::timeText(c.serverTime)},
                                  {k::Origin, c.origin}})
            .toJson(QJsonDocument::Compact);
    const QByteArray caseJson = c.caseJson.isEmpty() ? QByteArrayLiteral("{}") : c.caseJson.toUtf8();
    return QByteArrayLiteral("{\"case\":") + caseJson + ',' + QByteArrayView(frame).sliced(1);
}

ExchangeBounds::Page ExchangeBounds::feedPage(const QList<ChangeRecord> &rows, qint64 cursor, int limit,
                                              qint64 budgetBytes, qint64 scannedTo)
{
    Page page;
    page.nextCursor = cursor;
    QByteArray changes;
    qsizetype used = 0;
    for (; used < rows.size() && used < limit; ++used) {
        const QByteArray change = changeJson(rows.at(used));
        // The change's bytes in the page, with the comma before it.
        const qint64 size = change.size() + 1;
        if (used > 0 && changes.size() + size > budgetBytes)
            break;
        if (used > 0)
            changes += ',';
        changes += change;
        page.nextCursor = rows.at(used).seq;
    }
    page.count = used;
    page.hasMore = used < rows.size();
    if (!page.hasMore) {
        page.nextCursor = std::max(page.nextCursor, scannedTo);
    }
    page.json = protocol::changes::pageText(changes, page.hasMore, page.nextCursor);
    return page;
}

} // namespace ow::exchange
