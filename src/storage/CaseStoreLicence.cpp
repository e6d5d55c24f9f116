// CaseStore: a licence issued during an outage (DOMAIN §5), from a serial the exchange reserved for
// this workstation, signed by the workstation as provisional until the exchange confirms it.
#include "CaseStore.h"
#include "ReservedSerials.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/EntityType.h"
#include "core/UsccCode.h"
#include "protocol/WireKeys.h"
#include "security/LicenceEssentials.h"
#include "security/LicenceSeal.h"

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

Result<void> CaseStore::issueProvisional(QSqlDatabase &db, core::CaseRecord &record, core::DomainEvent &event,
                                         const ProvisionalIssuer &issuer) const
{
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(record.form.entityTypeId);
    if (!type || type->codeCategory.isNull())
        return StorageErrors::make(
            u"storage.unsigned"_s,
            tr("The entity type has no credit-code category; the licence was not issued."));
    const Result<std::optional<quint64>> serial = ReservedSerials::take(db, record.id);
    if (!serial)
        return serial.error();
    if (!serial.value())
        return StorageErrors::make(u"storage.no_reserved_code"_s,
                                   tr("This workstation holds no reserved credit code for issuing licences "
                                      "offline. Issue the licence when the exchange can be reached again; "
                                      "nothing was changed."));
    record.creditCode =
        core::UsccCode::compose(QLatin1Char('9'), type->codeCategory, record.form.authorityDivision,
                                core::UsccCode::serialBody(*serial.value()));
    security::LicenceEssentials essentials = security::essentialsOfCase(record);
    essentials.provisional = true;
    const Result<QByteArray> sealed =
        security::LicenceSeal::seal(essentials, issuer.keyPem, issuer.certificatePem, issuer.lookupPrefix);
    if (!sealed)
        return StorageErrors::make(
            u"storage.unsigned"_s,
            tr("The provisional licence could not be signed with this workstation's "
               "certificate (%1); nothing was changed. Issue it when the exchange can be "
               "reached again.")
                .arg(sealed.error().message));
    record.licenceSeal = QString::fromUtf8(sealed.value());
    event.payload.insert(protocol::keys::licence::ProvisionalCode, record.creditCode);
    event.payload.insert(protocol::keys::licence::ReservedSerial, qint64(*serial.value()));
    qCInfo(lcStorage) << "licence of case" << record.id << "issued offline, provisional code"
                      << record.creditCode;
    return {};
}

} // namespace ow::storage
