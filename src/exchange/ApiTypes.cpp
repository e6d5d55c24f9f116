#include "ApiTypes.h"

#include "core/Authority.h"
#include "core/IsoTime.h"

#include <QUuid>

namespace ow::exchange::api {

int statusFor(const Error &error)
{
    if (error.code.startsWith(u"auth.") || error.code.startsWith(u"tls.")) {
        return error.code == protocol::errors::AuthForbidden ||
                       error.code == protocol::errors::AuthServiceOnly ||
                       error.code == protocol::errors::AuthOtherAuthority
                   ? 403
                   : 401;
    }
    if (error.code == protocol::errors::DepartmentOnly) {
        return 403;
    }
    if (error.code == protocol::errors::ServerUnavailable) {
        return 503;
    }
    return 500;
}

ApiResponse storeFailure(const Error &error)
{
    return ApiResponse::fail(error.code == protocol::errors::ServerUnavailable ? 503 : 500, error.code,
                             error.message);
}

QJsonObject errorJson(const Error &error)
{
    QJsonObject json{{protocol::keys::error::Code, error.code},
                     {protocol::keys::error::Message, error.message}};
    if (!error.field.isEmpty()) {
        json.insert(protocol::keys::error::Field, error.field);
    }
    return json;
}

QJsonObject userJson(const UserRecord &user)
{
    namespace k = protocol::keys::session;
    return {{k::UserId, user.id},
            {k::UserDisplayName, user.displayName},
            {k::UserRole, core::CaseStates::roleKey(user.role)},
            {k::UserAuthority, user.authority},
            {k::UserProvincial, core::Authority::isProvincial(user.authority)}};
}

bool isUuid(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces).compare(id, Qt::CaseInsensitive) == 0;
}

QDate registryDay(const QDateTime &at)
{
    return core::isotime::chinaDate(at);
}

ApiResponse forbidden(const QString &message)
{
    return ApiResponse::fail(403, protocol::errors::AuthForbidden, message);
}

std::optional<Error> otherAuthority(const QString &userAuthority, const QString &workstationAuthority)
{
    if (core::Authority::covers(userAuthority, workstationAuthority)) {
        return std::nullopt;
    }
    return Error{protocol::errors::AuthOtherAuthority,
                 QStringLiteral("This account belongs to registration authority %1 and may not work at a "
                                "workstation of authority %2.")
                     .arg(userAuthority.isEmpty() ? QStringLiteral("(none)") : userAuthority,
                          workstationAuthority.isEmpty() ? QStringLiteral("(none)") : workstationAuthority),
                 {}};
}

} // namespace ow::exchange::api
