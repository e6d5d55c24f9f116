#include "NoticeRegistry.h"

#include "ExchangeLog.h"
#include "ExchangeStore.h"
#include "LicenceRegistry.h"
#include "core/Limits.h"
#include "protocol/WireKeys.h"

namespace ow::exchange {

Result<core::DeregistrationNotice> NoticeRegistry::object(const QString &code, const QString &by,
                                                          const QString &text, const QDateTime &at)
{
    using N = core::DeregistrationNotice;
    const QString who = by.simplified();
    const QString what = text.trimmed();
    if (who.isEmpty() || what.isEmpty() || who.size() > N::MaxObjector || what.size() > N::MaxObjectionText ||
        !core::Limits::isWellFormed(who) || !core::Limits::isWellFormed(what)) {
        return Error{
            QStringLiteral("notice.objection_invalid"),
            QStringLiteral("An objection needs who objects (at most %1 characters) and what (at most %2).")
                .arg(N::MaxObjector)
                .arg(N::MaxObjectionText),
            {}};
    }
    const auto found = m_store.notices().latestOf(code.trimmed().toUpper());
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error{QStringLiteral("notice.unknown"),
                     QStringLiteral("No simplified deregistration of %1 was noticed here.").arg(code),
                     {}};
    }
    N notice = *found.value();
    if (notice.isOver(N::dayOf(at)) || notice.isClosed()) {
        return Error{QStringLiteral("notice.over"),
                     QStringLiteral("The notice of %1 ended on %2; objections are taken while it runs.")
                         .arg(notice.code, notice.until.toString(Qt::ISODate)),
                     {}};
    }
    if (notice.objections.size() >= N::MaxObjections) {
        return Error{QStringLiteral("notice.objection_invalid"),
                     QStringLiteral("The notice holds %1 objections already.").arg(N::MaxObjections),
                     {}};
    }
    notice.objections.append({who, what, at.toUTC()});
    if (auto recorded = record(notice, at); !recorded) {
        return recorded.error();
    }
    qCInfo(lcExchangeIngest) << "objection to the deregistration of" << notice.code << "by" << who;
    return notice;
}

Result<void> NoticeRegistry::record(const core::DeregistrationNotice &notice, const QDateTime &at)
{
    if (auto put = m_store.notices().put(notice); !put) {
        return put;
    }
    if (auto appended =
            m_store.feed().append(QString(protocol::keys::changes::KindNotice), notice.caseId,
                                  notice.toJson(), LicenceRegistry::ExchangeActor, at, notice.authority);
        !appended) {
        return appended.error();
    }
    return {};
}

Result<void> NoticeRegistry::close(const core::CaseRecord &ended, const QDateTime &at)
{
    const auto found = m_store.notices().byCase(ended.id);
    if (!found) {
        return found.error();
    }
    if (!found.value() || found.value()->isClosed()) {
        return {};
    }
    core::DeregistrationNotice notice = *found.value();
    notice.closedOn = core::DeregistrationNotice::dayOf(at);
    qCInfo(lcExchangeIngest) << "deregistration notice of" << notice.code << "closed: case" << ended.id
                             << "ended";
    return record(notice, at);
}

} // namespace ow::exchange
