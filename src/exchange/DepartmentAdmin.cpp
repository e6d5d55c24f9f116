#include "DepartmentAdmin.h"

#include "ExchangeLog.h"
#include "ExchangePaths.h"
#include "Pki.h"

#include <QFile>

namespace ow::exchange {
namespace {

using core::CreditRecords;

Error invalid(const QString &message)
{
    return Error{QStringLiteral("admin.invalid"), message, {}};
}

} // namespace

Result<void> DepartmentAdmin::parseKinds(const QString &text, core::Department *department)
{
    static const QString Licensing = QStringLiteral("licensing:");
    bool afterLicensing = false;
    for (QString word : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        word = word.trimmed();
        if (word.startsWith(Licensing)) {
            if (!department->kinds.contains(core::DepartmentKind::Licensing))
                department->kinds.append(core::DepartmentKind::Licensing);
            department->licences.append(word.mid(Licensing.size()).trimmed());
            afterLicensing = true;
            continue;
        }
        const std::optional<core::DepartmentKind> kind = CreditRecords::departmentKindFromKey(word);
        if (kind && kind != core::DepartmentKind::Licensing) {
            if (!department->kinds.contains(*kind))
                department->kinds.append(*kind);
            afterLicensing = false;
            continue;
        }
        if (!afterLicensing)
            return invalid(QStringLiteral("--kinds: \"%1\" is none of tax, social_security, statistics, "
                                          "licensing:<licence of the scope catalogue>.")
                               .arg(word));
        department->licences.append(word);
    }
    department->licences.removeDuplicates();
    return {};
}

Result<ExchangeAdmin::Enrolment> DepartmentAdmin::enrol(const QString &dir,
                                                        const core::Department &department,
                                                        const QString &outPath, const QString &passphrase)
{
    if (const QString problem = CreditRecords::departmentProblem(department); !problem.isEmpty())
        return invalid(problem);
    if (passphrase.size() < 8)
        return invalid(QStringLiteral("The PKCS#12 passphrase must have at least 8 characters."));
    auto store = ExchangeAdmin::openStore(dir);
    if (!store)
        return store.error();
    const auto existing = store.value()->departments().find(department.code);
    if (!existing)
        return existing.error();
    const ExchangePaths paths(dir);
    const Result<IssuedCertificate> issued =
        Pki::issueClient(paths, department.code, CertificateKind::Department);
    if (!issued)
        return issued.error();
    QFile caFile(paths.caCert());
    if (!caFile.open(QIODevice::ReadOnly))
        return invalid(QStringLiteral("Cannot read %1").arg(paths.caCert()));
    const Result<QByteArray> p12 =
        Pki::toPkcs12(issued.value(), caFile.readAll(), passphrase, department.code);
    if (!p12)
        return p12.error();
    if (auto written = Pki::writeSecretFile(outPath, p12.value()); !written)
        return written.error();
    CertificateRecord record;
    record.fingerprint = issued.value().fingerprint;
    record.code = department.code;
    record.kind = QStringLiteral("department");
    record.serial = issued.value().serial;
    record.issuedAt = QDateTime::currentDateTimeUtc();
    record.notAfter = issued.value().notAfter;
    record.authority = department.authority;
    Result<void> added = store.value()->begin();
    if (added && !existing.value())
        added = store.value()->departments().add(department, record.issuedAt);
    if (added)
        added = store.value()->workstations().add(record);
    if (added)
        added = store.value()->commit();
    if (!added) {
        store.value()->rollback();
        QFile::remove(outPath);
        return added.error();
    }
    qCInfo(lcExchangeDepartment) << "enrolled department" << department.code << describe(department)
                                 << record.fingerprint;
    return ExchangeAdmin::Enrolment{record.fingerprint, record.serial, record.notAfter};
}

Result<QList<core::Department>> DepartmentAdmin::departments(const QString &dir)
{
    auto store = ExchangeAdmin::openStore(dir);
    if (!store)
        return store.error();
    return store.value()->departments().all();
}

QString DepartmentAdmin::describe(const core::Department &department)
{
    QStringList kinds;
    for (core::DepartmentKind kind : department.kinds) {
        kinds.append(kind == core::DepartmentKind::Licensing
                         ? QStringLiteral("licensing:") + department.licences.join(QLatin1Char(','))
                         : CreditRecords::departmentKindKey(kind));
    }
    return department.code + QLatin1Char(' ') + department.name + QStringLiteral(" (") +
           kinds.join(QLatin1Char(' ')) + QStringLiteral(", authority ") + department.authority +
           QLatin1Char(')');
}

} // namespace ow::exchange
