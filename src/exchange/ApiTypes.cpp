#include "ApiTypes.h"

namespace ow::exchange::api {

int statusFor(const Error &error)
{
    if (error.code.startsWith(u"auth.") || error.code.startsWith(u"tls.")) {
        return error.code == u"auth.forbidden" || error.code == u"auth.service_only" ? 403 : 401;
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
            {QStringLiteral("role"), core::CaseStates::roleKey(user.role)}};
}

ApiResponse forbidden(const QString &message)
{
    return ApiResponse::fail(403, QStringLiteral("auth.forbidden"), message);
}

} // namespace ow::exchange::api
