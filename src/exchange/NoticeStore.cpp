#include "NoticeStore.h"

#include "ExchangeDatabase.h"

#include <algorithm>

namespace ow::exchange {
namespace {

const QString Columns = QStringLiteral("SELECT notice_json FROM deregistration_notices ");

core::DeregistrationNotice noticeFrom(const QSqlQuery &q)
{
    // Written by put() from a notice: it reads back (an unreadable row reads as an empty notice).
    return core::DeregistrationNotice::fromJson(ExchangeDatabase::jsonObject(q.value(0)))
        .value_or(core::DeregistrationNotice{});
}

} // namespace

Result<void> NoticeStore::put(const core::DeregistrationNotice &notice)
{
    // The day columns (the public list's, latestOf's order) always say what the notice's JSON says.
    const QString json = ExchangeDatabase::jsonText(notice.toJson());
    const Result<bool> updated = m_db.changedAny(
        QStringLiteral("UPDATE deregistration_notices SET from_day = ?, until_day = ?, "
                       "notice_json = ? WHERE case_id = ?"),
        {notice.from.toString(Qt::ISODate), notice.until.toString(Qt::ISODate), json, notice.caseId});
    if (!updated || updated.value())
        return updated ? Result<void>() : Result<void>(updated.error());
    return m_db.run(QStringLiteral("INSERT INTO deregistration_notices (case_id, code, authority, from_day, "
                                   "until_day, notice_json) VALUES (?, ?, ?, ?, ?, ?)"),
                    {notice.caseId, notice.code, notice.authority, notice.from.toString(Qt::ISODate),
                     notice.until.toString(Qt::ISODate), json});
}

Result<std::optional<core::DeregistrationNotice>> NoticeStore::byCase(const QString &caseId)
{
    return m_db.one(Columns + QStringLiteral("WHERE case_id = ?"), {caseId}, noticeFrom);
}

Result<std::optional<core::DeregistrationNotice>> NoticeStore::latestOf(const QString &code)
{
    // The newest notice still standing, else the newest: a notice closed when its case ended gives
    // way to the next application's.
    const auto notices =
        m_db.all(Columns + QStringLiteral("WHERE code = ? ORDER BY from_day DESC, case_id LIMIT 100"), {code},
                 noticeFrom);
    if (!notices) {
        return notices.error();
    }
    for (const core::DeregistrationNotice &notice : notices.value()) {
        if (!notice.isClosed())
            return std::optional<core::DeregistrationNotice>(notice);
    }
    return notices.value().isEmpty() ? std::optional<core::DeregistrationNotice>()
                                     : std::optional<core::DeregistrationNotice>(notices.value().first());
}

Result<QList<core::DeregistrationNotice>> NoticeStore::running(const QDate &today, int limit)
{
    // Begun, not over, not closed. A closed notice's JSON has the key "closedOn"
    // (core::DeregistrationNotice::toJson); in JSON text `"closedOn":` can only be that key, since a
    // quote inside a string is escaped.
    const QString day = today.toString(Qt::ISODate);
    return m_db.all(Columns +
                        QStringLiteral("WHERE from_day <= ? AND until_day >= ? AND notice_json NOT LIKE "
                                       "'%\"closedOn\":%' ORDER BY from_day DESC, case_id LIMIT ?"),
                    {day, day, std::clamp(limit, 0, MaxRunning)}, noticeFrom);
}

} // namespace ow::exchange
