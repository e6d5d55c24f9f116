#include "DepartmentStore.h"

#include "ExchangeDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ow::exchange {
namespace {

using core::CreditRecords;

const QString Columns = QStringLiteral("code, name, kinds, licences, authority");

core::Department departmentFrom(const QSqlQuery &q)
{
    core::Department d;
    d.code = q.value(0).toString();
    d.name = q.value(1).toString();
    for (const QString &key : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto kind = CreditRecords::departmentKindFromKey(key))
            d.kinds.append(*kind);
    }
    d.licences = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.authority = q.value(4).toString();
    return d;
}

DepartmentDelivery deliveryFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), ExchangeDatabase::jsonObject(q.value(2)),
            ExchangeDatabase::timeFromText(q.value(3).toString())};
}

core::DepartmentClaim claimFrom(const QSqlQuery &q)
{
    return CreditRecords::claimFromJson(ExchangeDatabase::jsonObject(q.value(0)))
        .value_or(core::DepartmentClaim{});
}

core::CreditRecord recordFrom(const QSqlQuery &q)
{
    return CreditRecords::fromJson(ExchangeDatabase::jsonObject(q.value(0))).value_or(core::CreditRecord{});
}

} // namespace

Result<void> DepartmentStore::add(const core::Department &d, const QDateTime &at)
{
    QStringList kinds;
    for (core::DepartmentKind kind : d.kinds)
        kinds.append(CreditRecords::departmentKindKey(kind));
    return m_db.run(QStringLiteral("INSERT INTO departments (") + Columns +
                        QStringLiteral(", acknowledged, enrolled_at) VALUES (?, ?, ?, ?, ?, 0, ?)"),
                    {d.code, d.name, kinds.join(QLatin1Char(',')), d.licences.join(QLatin1Char(',')),
                     d.authority, ExchangeDatabase::timeText(at)});
}

Result<std::optional<core::Department>> DepartmentStore::find(const QString &code)
{
    return m_db.one(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM departments WHERE code = ?"),
                    {code}, departmentFrom);
}

Result<QList<core::Department>> DepartmentStore::all()
{
    return m_db.all(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM departments ORDER BY code"),
                    {}, departmentFrom);
}

Result<bool> DepartmentStore::enqueue(const QString &department, const QString &creditCode,
                                      const QString &occasion, const QJsonObject &item, const QDateTime &at)
{
    const Result<qint64> queued =
        m_db.number(QStringLiteral("SELECT COUNT(*) FROM department_queue WHERE "
                                   "department = ? AND credit_code = ? AND occasion = ?"),
                    {department, creditCode, occasion});
    if (!queued)
        return queued.error();
    if (queued.value() > 0)
        return false;
    const Result<qint64> last = lastQueued(department);
    if (!last)
        return last.error();
    if (auto added =
            m_db.run(QStringLiteral("INSERT INTO department_queue (department, seq, credit_code, occasion, "
                                    "item, queued_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {department, last.value() + 1, creditCode, occasion, ExchangeDatabase::jsonText(item),
                      ExchangeDatabase::timeText(at)});
        !added)
        return added.error();
    return true;
}

Result<QList<DepartmentDelivery>> DepartmentStore::deliveries(const QString &department, qint64 after,
                                                              int limit)
{
    return m_db.all(QStringLiteral("SELECT seq, credit_code, item, queued_at FROM department_queue WHERE "
                                   "department = ? AND seq > ? ORDER BY seq LIMIT ?"),
                    {department, after, limit}, deliveryFrom);
}

Result<qint64> DepartmentStore::lastQueued(const QString &department)
{
    return m_db.number(
        QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM department_queue WHERE department = ?"),
        {department});
}

Result<qint64> DepartmentStore::acknowledged(const QString &department)
{
    return m_db.number(QStringLiteral("SELECT acknowledged FROM departments WHERE code = ?"), {department});
}

Result<void> DepartmentStore::acknowledge(const QString &department, qint64 seq)
{
    return m_db.run(
        QStringLiteral("UPDATE departments SET acknowledged = ? WHERE code = ? AND acknowledged < ?"),
        {seq, department, seq});
}

Result<bool> DepartmentStore::addClaim(const core::DepartmentClaim &claim)
{
    const Result<qint64> found = m_db.number(
        QStringLiteral("SELECT COUNT(*) FROM department_claims WHERE department = ? AND credit_code = ?"),
        {claim.department, claim.creditCode});
    if (!found)
        return found.error();
    if (found.value() > 0)
        return false;
    if (auto added =
            m_db.run(QStringLiteral("INSERT INTO department_claims (department, credit_code, claim_json, "
                                    "claimed_at) VALUES (?, ?, ?, ?)"),
                     {claim.department, claim.creditCode,
                      ExchangeDatabase::jsonText(CreditRecords::claimToJson(claim)),
                      ExchangeDatabase::timeText(claim.claimedAt)});
        !added)
        return added.error();
    return true;
}

Result<QList<core::DepartmentClaim>> DepartmentStore::claimsOf(const QString &creditCode)
{
    return m_db.all(QStringLiteral("SELECT claim_json FROM department_claims WHERE credit_code = ? ORDER BY "
                                   "claimed_at, department"),
                    {creditCode}, claimFrom);
}

Result<bool> DepartmentStore::addRecord(const core::CreditRecord &record)
{
    const Result<qint64> found =
        m_db.number(QStringLiteral("SELECT COUNT(*) FROM credit_records WHERE department = ? AND id = ?"),
                    {record.department, record.id});
    if (!found)
        return found.error();
    if (found.value() > 0)
        return false;
    if (auto added =
            m_db.run(QStringLiteral("INSERT INTO credit_records (department, id, credit_code, kind, "
                                    "record_json, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {record.department, record.id, record.creditCode, CreditRecords::kindKey(record.kind),
                      ExchangeDatabase::jsonText(CreditRecords::toJson(record)),
                      ExchangeDatabase::timeText(record.recordedAt)});
        !added)
        return added.error();
    return true;
}

Result<QList<core::CreditRecord>> DepartmentStore::recordsOf(const QString &creditCode)
{
    return m_db.all(QStringLiteral("SELECT record_json FROM credit_records WHERE credit_code = ? ORDER BY "
                                   "recorded_at, department, id"),
                    {creditCode}, recordFrom);
}

Result<qint64> DepartmentStore::countRecords()
{
    return m_db.number(QStringLiteral("SELECT COUNT(*) FROM credit_records"));
}

} // namespace ow::exchange
