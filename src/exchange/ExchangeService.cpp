#include "ExchangeService.h"

#include "protocol/Endpoints.h"
#include "protocol/WireKeys.h"

namespace ow::exchange {

ExchangeService::ExchangeService(ExchangeStore &store, std::mutex &writeLock, const LicenceSigner *signer,
                                 PushOrder *pushOrder)
    : m_sessions(store, writeLock), m_events(store, writeLock, signer, pushOrder), m_feed(store),
      m_intake(store, writeLock), m_admin(store), m_attachments(store, writeLock),
      m_codeBlocks(store, writeLock), m_sheets(store, writeLock), m_credit(store, writeLock),
      m_departments(store, writeLock), m_statistics(store), m_store(store)
{}

Result<core::Department> ExchangeService::department(const CertificateRecord &certificate)
{
    const auto found = m_store.departments().find(certificate.code);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error{QString(protocol::errors::TlsCertificateUnknown),
                     QStringLiteral("No department is enrolled for this certificate."),
                     {}};
    }
    return *found.value();
}

ApiResponse ExchangeService::health() const
{
    return ApiResponse::ok(
        {{protocol::keys::health::Status, QStringLiteral("ok")},
         {protocol::keys::health::Version, QStringLiteral("0.1.0")},
         {protocol::keys::health::Api, protocol::ApiVersion},
         {protocol::keys::health::ServerTime, ExchangeDatabase::timeText(QDateTime::currentDateTimeUtc())}});
}

} // namespace ow::exchange
