#pragma once

#include "ExchangeRecords.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// The client certificates the exchange's CA issued (workstations' and the portal's), by
// fingerprint, and their revocation.
class WorkstationStore
{
public:
    explicit WorkstationStore(ExchangeDatabase &db) : m_db(db) {}

    Result<void> add(const CertificateRecord &certificate);
    Result<std::optional<CertificateRecord>> find(const QString &fingerprint);
    Result<QList<CertificateRecord>> list();
    Result<int> revoke(const QString &code, const QDateTime &at); // certificates revoked

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
