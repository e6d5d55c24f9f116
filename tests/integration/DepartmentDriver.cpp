#include "DepartmentDriver.h"

#include "core/CaseWorkflow.h"
#include "exchange/DepartmentAdmin.h"
#include "exchange/ExchangeStore.h"
#include "protocol/WireKeys.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::test {
namespace {

const QString Passphrase = u"department-pass-2026"_s;

} // namespace

bool DepartmentDriver::signIn()
{
    m_clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
    m_super = m_exchange.signIn(u"W02"_s, u"super01"_s);
    return !m_clerk.isEmpty() && !m_super.isEmpty();
}

QString DepartmentDriver::licensed(const QString &scope)
{
    core::CaseRecord record;
    const core::DomainEvent accepted = m_cases.accepted(
        record, u"clerk01"_s, u"W01"_s, {}, [&](core::OneForm &form) { form.businessScope = scope; });
    core::CaseRecord view = record;
    const QJsonObject take = test::CounterCases::advance(view, core::CaseAction::TakeForReview, u"super01"_s,
                                                         core::Role::Supervisor, u"W02"_s);
    const QJsonObject approve = test::CounterCases::advance(view, core::CaseAction::Approve, u"super01"_s,
                                                            core::Role::Supervisor, u"W02"_s, u"材料齐全"_s);
    const QJsonObject issue = test::CounterCases::advance(view, core::CaseAction::IssueLicence, u"clerk01"_s,
                                                          core::Role::Clerk, u"W01"_s);
    for (const auto &[workstation, token, event] :
         {std::tuple{u"W01"_s, m_clerk, accepted.toJson()}, std::tuple{u"W02"_s, m_super, take},
          std::tuple{u"W02"_s, m_super, approve}, std::tuple{u"W01"_s, m_clerk, issue}}) {
        if (m_exchange.pushOne(workstation, token, event).value(u"status").toString() != u"applied")
            return {};
    }
    auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"department-driver"_s);
    if (!store)
        return {};
    const auto licence = store.value()->licences().byCase(record.id);
    return licence && licence.value() ? licence.value()->entity.code : QString();
}

core::Department DepartmentDriver::department(const QString &code, const QString &authority,
                                              QList<core::DepartmentKind> kinds, const QStringList &licences)
{
    return {code, u"测试部门 "_s + code, kinds, licences, authority};
}

bool DepartmentDriver::enrol(const core::Department &department, QString *error)
{
    const auto enrolled = exchange::DepartmentAdmin::enrol(
        m_exchange.dir(), department, m_files.filePath(department.code + u".p12"_s), Passphrase);
    if (!enrolled && error)
        *error = enrolled.error().message;
    return bool(enrolled);
}

bool DepartmentDriver::enrolTaxAndFood(QString *error)
{
    using K = core::DepartmentKind;
    return enrol(department(u"TAX"_s, u"140000"_s, {K::Tax}), error) &&
           enrol(department(u"FOOD"_s, u"140000"_s, {K::Licensing}, {u"餐饮服务"_s}), error);
}

QSslConfiguration DepartmentDriver::sslOf(const QString &department) const
{
    return ExchangeFixture::sslFromPkcs12(m_files.filePath(department + u".p12"_s), Passphrase,
                                          m_exchange.caBundlePath());
}

DepartmentDriver::Reply DepartmentDriver::registrations(const QString &department, const QString &query) const
{
    return m_exchange.request(sslOf(department), protocol::Endpoint::DepartmentRegistrations, {}, {}, query);
}

DepartmentDriver::Reply DepartmentDriver::acknowledge(const QString &department, qint64 cursor) const
{
    return m_exchange.request(sslOf(department), protocol::Endpoint::DepartmentAcknowledge,
                              {{protocol::keys::department::Cursor, cursor}});
}

DepartmentDriver::Reply DepartmentDriver::claims(const QString &department, const QStringList &codes) const
{
    QJsonArray list;
    for (const QString &code : codes)
        list.append(QJsonObject{{protocol::keys::department::CreditCode, code}});
    return m_exchange.request(sslOf(department), protocol::Endpoint::DepartmentClaims,
                              {{protocol::keys::department::Claims, list}});
}

DepartmentDriver::Reply DepartmentDriver::records(const QString &department, const QJsonArray &records,
                                                  const QJsonArray &entries) const
{
    QJsonObject body{{protocol::keys::department::Records, records}};
    if (!entries.isEmpty())
        body.insert(protocol::keys::department::ListEntries, entries);
    return m_exchange.request(sslOf(department), protocol::Endpoint::DepartmentRecords, body);
}

QStringList DepartmentDriver::codesOf(const Reply &reply)
{
    QStringList codes;
    for (const QJsonValue &v : reply.json.value(protocol::keys::department::Registrations).toArray())
        codes.append(
            v.toObject().value(protocol::keys::department::Entity).toObject().value(u"code").toString());
    return codes;
}

QList<qint64> DepartmentDriver::cursorsOf(const Reply &reply)
{
    QList<qint64> cursors;
    for (const QJsonValue &v : reply.json.value(protocol::keys::department::Registrations).toArray())
        cursors.append(v.toObject().value(protocol::keys::department::Cursor).toInteger());
    return cursors;
}

QStringList DepartmentDriver::outcomes(const Reply &reply)
{
    QStringList list;
    for (const QJsonValue &v : reply.json.value(protocol::keys::department::Results).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(u"error").toObject().value(u"code").toString();
        list << (code.isEmpty() ? o.value(u"status").toString()
                                : o.value(u"status").toString() + u' ' + code);
    }
    return list;
}

QList<QJsonObject> DepartmentDriver::feedOf(QLatin1StringView kind) const
{
    QList<QJsonObject> found;
    qint64 cursor = 0;
    for (int page = 0; page < 50; ++page) {
        const Reply reply = m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::Changes, {},
                                               m_clerk, u"cursor=%1&limit=500"_s.arg(cursor));
        for (const QJsonValue &change : reply.json.value(u"changes").toArray()) {
            if (change.toObject().value(u"kind").toString() == kind)
                found.append(change.toObject().value(u"case").toObject());
        }
        cursor = reply.json.value(u"nextCursor").toInteger();
        if (!reply.json.value(u"hasMore").toBool())
            break;
    }
    return found;
}

qint64 DepartmentDriver::count(const QString &table) const
{
    auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"department-counter"_s);
    if (!store)
        return -1;
    QSqlQuery query(QSqlDatabase::database(u"department-counter"_s));
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace ow::test
