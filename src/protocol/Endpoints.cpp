#include "Endpoints.h"

#include <array>

namespace ow::protocol {

namespace {

using E = Endpoint;
using A = Auth;

// clang-format off
constexpr std::array table{
    EndpointSpec{E::Health,            "GET",  "/api/v1/health",             A::Certificate},
    EndpointSpec{E::Session,           "POST", "/api/v1/session",            A::Certificate},
    EndpointSpec{E::SessionRefresh,    "POST", "/api/v1/session/refresh",    A::Certificate},
    EndpointSpec{E::Events,            "POST", "/api/v1/events",             A::Bearer},
    EndpointSpec{E::Changes,           "GET",  "/api/v1/changes",            A::Bearer},
    EndpointSpec{E::Intake,            "POST", "/api/v1/intake",             A::Certificate},
    EndpointSpec{E::AdminUsers,        "GET",  "/api/v1/admin/users",        A::Bearer},
    EndpointSpec{E::AdminWorkstations, "GET",  "/api/v1/admin/workstations", A::Bearer},
    EndpointSpec{E::AttachmentState,   "HEAD", "/api/v1/attachments/",       A::Bearer},
    EndpointSpec{E::AttachmentUpload,  "PUT",  "/api/v1/attachments/",       A::Bearer},
    EndpointSpec{E::AttachmentDownload,"GET",  "/api/v1/attachments/",       A::Bearer},
    EndpointSpec{E::CodeBlocks,        "POST", "/api/v1/code-blocks",        A::Bearer},
    EndpointSpec{E::Sheets,            "POST", "/api/v1/sheets",             A::Bearer},
    EndpointSpec{E::CreditPropose,     "POST", "/api/v1/credit-entries",     A::Bearer},
    EndpointSpec{E::CreditConfirm,     "POST", "/api/v1/credit-entries/confirm", A::Bearer},
    EndpointSpec{E::CreditPending,     "GET",  "/api/v1/credit-entries/pending", A::Bearer},
    EndpointSpec{E::Directory,         "GET",  "/api/v1/directory",          A::Bearer},
    EndpointSpec{E::DepartmentRegistrations, "GET",  "/api/v1/department/registrations",    A::Department},
    EndpointSpec{E::DepartmentAcknowledge,   "POST", "/api/v1/department/acknowledgements", A::Department},
    EndpointSpec{E::DepartmentClaims,        "POST", "/api/v1/department/claims",           A::Department},
    EndpointSpec{E::DepartmentRecords,       "POST", "/api/v1/department/records",          A::Department},
    EndpointSpec{E::Statistics,        "GET",  "/api/v1/statistics",         A::Bearer},
};
// clang-format on

constexpr bool inOrder()
{
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (static_cast<std::size_t>(table[i].endpoint) != i)
            return false;
    }
    return true;
}
static_assert(inOrder(), "the table is indexed by Endpoint: one row per value, in its order");

} // namespace

std::span<const EndpointSpec> endpoints()
{
    return table;
}

const EndpointSpec &spec(Endpoint endpoint)
{
    return table.at(static_cast<std::size_t>(endpoint));
}

QByteArray method(Endpoint endpoint)
{
    return spec(endpoint).method.toByteArray();
}

QString path(Endpoint endpoint)
{
    return QString::fromLatin1(spec(endpoint).path);
}

QString describe(Endpoint endpoint)
{
    return QString::fromLatin1(spec(endpoint).method) + u' ' + path(endpoint);
}

bool takesResource(Endpoint endpoint)
{
    return spec(endpoint).path.endsWith('/');
}

QString path(Endpoint endpoint, QStringView resource)
{
    return path(endpoint) + resource;
}

} // namespace ow::protocol
