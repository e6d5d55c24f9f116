#include "ApiTypes.h"

#include "core/Authority.h"

namespace ow::exchange::api {

int statusFor(const Error &error)
{
    if (error.code.startsWith(u"auth.") || error.code.startsWith(u"tls.")) {
        return error.code == u"auth.forbidden" || error.code == u"auth.service_only" ||
                       error.code == u"auth.other_authority"
                   ? 403
                   : 401;
    }
    if (error.code == u"server.unavailable") {
        return 503;
    }
    return 500;
}

ApiResponse storeFailure(const Error &error)
{
    return ApiResponse::fail(error.code == u"server.unavailable" ? 503 : 500, error.code, error.message);
}

QJsonObject errorJson(const Error &error)
{
    QJsonObject json{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty()) {
        json.insert(QStringLiteral("field"), error.field);
    }
    return json;
}

QJsonObject userJson(const UserRecord &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("role"), core::CaseStates::roleKey(user.role)},
            {QStringLiteral("authority"), user.authority},
            {QStringLiteral("provincial"), core::Authority::isProvincial(user.authority)}};
}

ApiResponse forbidden(const QString &message)
{
    return ApiResponse::fail(403, QStringLiteral("auth.forbidden"), message);
}

std::optional<Error> otherAuthority(const QString &userAuthority, const QString &workstationAuthority)
{
    if (core::Authority::covers(userAuthority, workstationAuthority)) {
        return std::nullopt;
    }
    return Error{QStringLiteral("auth.other_authority"),
                 QStringLiteral("This account belongs to registration authority %1 and may not work at a "
                                "workstation of authority %2.")
                     .arg(userAuthority.isEmpty() ? QStringLiteral("(none)") : userAuthority,
                          workstationAuthority.isEmpty() ? QStringLiteral("(none)") : workstationAuthority),
                 {}};
}

} // namespace ow::exchange::api
