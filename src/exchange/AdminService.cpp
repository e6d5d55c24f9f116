#include "AdminService.h"

#include <QJsonArray>

namespace ow::exchange {
namespace {

// An administrator's list: the rows `read` gives, each as `toJson` makes it, under `key`.
template <typename T, typename Read, typename ToJson>
ApiResponse adminList(const Caller &caller, Read read, const QString &key, ToJson toJson)
{
    if (caller.user->role != core::Role::Admin) {
        return api::forbidden(QStringLiteral("Administrators only."));
    }
    const Result<QList<T>> rows = read();
    if (!rows) {
        return api::storeFailure(rows.error());
    }
    QJsonArray list;
    for (const T &row : rows.value()) {
        list.append(toJson(row));
    }
    return ApiResponse::ok({{key, list}});
}

} // namespace

AdminService::AdminService(ExchangeStore &store) : m_store(store) {}

ApiResponse AdminService::adminUsers(const Caller &caller)
{
    return adminList<UserRecord>(
        caller, [this] { return m_store.users().list(); }, QStringLiteral("users"),
        [](const UserRecord &u) {
            QJsonObject json = api::userJson(u);
            json.insert(QStringLiteral("disabled"), u.disabled);
            return json;
        });
}

ApiResponse AdminService::adminWorkstations(const Caller &caller)
{
    return adminList<CertificateRecord>(
        caller, [this] { return m_store.workstations().list(); }, QStringLiteral("workstations"),
        [](const CertificateRecord &c) {
            return QJsonObject{{QStringLiteral("code"), c.code},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("fingerprint"), c.fingerprint},
                               {QStringLiteral("notAfter"), ExchangeDatabase::timeText(c.notAfter)},
                               {QStringLiteral("revoked"), c.revoked()},
                               {QStringLiteral("authority"), c.authority}};
        });
}

} // namespace ow::exchange
