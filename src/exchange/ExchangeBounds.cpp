#include "ExchangeBounds.h"

#include "ExchangeDatabase.h"
#include "core/Limits.h"

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

std::optional<Error> ExchangeBounds::event(const core::DomainEvent &event)
{
    return firstOf(core::Limits::check(event), QStringLiteral("The event is over the exchange's limits"));
}

std::optional<Error> ExchangeBounds::application(const core::OneForm &form,
                                                 const QList<core::MaterialItem> &materials)
{
    return firstOf(core::Limits::check(form) + core::Limits::check(materials),
                   QStringLiteral("The application is over the exchange's limits"));
}

std::optional<Error> ExchangeBounds::storedCase(const core::CaseRecord &record)
{
    if (auto over =
            firstOf(core::Limits::check(record), QStringLiteral("The case is over the exchange's limits")))
        return over;
    const qint64 bytes = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact).size();
    if (bytes > core::Limits::maxCaseJsonBytes) {
        return Error{QStringLiteral("case.too_large"),
                     QStringLiteral("The case would take %1 bytes; at most %2 are allowed.")
                         .arg(bytes)
                         .arg(core::Limits::maxCaseJsonBytes),
                     {}};
    }
    return std::nullopt;
}

bool ExchangeBounds::isViolation(const Error &error)
{
    return error.code == u"field.too_long" || error.code == u"list.too_long" ||
           error.code == u"field.invalid_text" || error.code == u"case.too_large";
}

QJsonObject ExchangeBounds::changeJson(const ChangeRecord &c)
{
    return {{QStringLiteral("seq"), c.seq},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("caseId"), c.caseId},
            {QStringLiteral("case"), c.caseJson},
            {QStringLiteral("serverTime"), ExchangeDatabase::timeText(c.serverTime)},
            {QStringLiteral("origin"), c.origin}};
}

ExchangeBounds::Page ExchangeBounds::feedPage(const QList<ChangeRecord> &rows, qint64 cursor, int limit,
                                              qint64 budgetBytes, qint64 scannedTo)
{
    Page page;
    page.nextCursor = cursor;
    qint64 bytes = 0;
    qsizetype used = 0;
    for (; used < rows.size() && used < limit; ++used) {
        const QJsonObject change = changeJson(rows.at(used));
        // The change's bytes in the page, with the comma before it.
        const qint64 size = QJsonDocument(change).toJson(QJsonDocument::Compact).size() + 1;
        if (used > 0 && bytes + size > budgetBytes)
            break;
        bytes += size;
        page.changes.append(change);
        page.nextCursor = rows.at(used).seq;
    }
    page.hasMore = used < rows.size();
    if (!page.hasMore) {
        page.nextCursor = std::max(page.nextCursor, scannedTo);
    }
    return page;
}

} // namespace ow::exchange
