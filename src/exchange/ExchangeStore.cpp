#include "ExchangeStore.h"

namespace ow::exchange {

ExchangeStore::ExchangeStore(std::unique_ptr<ExchangeDatabase> db)
    : m_db(std::move(db)), m_users(*m_db), m_workstations(*m_db), m_sessions(*m_db), m_cases(*m_db),
      m_feed(*m_db), m_creditCodes(*m_db), m_licences(*m_db), m_requestLog(*m_db), m_attachments(*m_db),
      m_stock(*m_db), m_creditLists(*m_db), m_creditProposals(*m_db), m_departments(*m_db), m_notices(*m_db),
      m_statistics(*m_db)
{}

Result<std::unique_ptr<ExchangeStore>> ExchangeStore::open(const QString &path, const QString &connectionName)
{
    return open(StoreLocation::sqlite(path), connectionName);
}

Result<std::unique_ptr<ExchangeStore>> ExchangeStore::open(const StoreLocation &location,
                                                           const QString &connectionName)
{
    auto db = ExchangeDatabase::open(location, connectionName);
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<ExchangeStore>(new ExchangeStore(std::move(db).value()));
}

Result<std::unique_ptr<ExchangeStore>> ExchangeStore::openDirectory(const QString &dir,
                                                                    const QString &connectionName)
{
    const Result<StoreLocation> location = StoreLocation::forDirectory(dir);
    if (!location) {
        return location.error();
    }
    return open(location.value(), connectionName);
}

Result<void> ExchangeStore::writeCase(const core::CaseRecord &record, const QByteArray &json,
                                      std::optional<int> expectedVersion, const CaseChange &change)
{
    // The feed keeps the case's text; the case's row names that change (stored once).
    const Result<qint64> seq = m_feed.append(QStringLiteral("case"), record.id, QString::fromUtf8(json),
                                             change.origin, change.at, record.form.authorityDivision);
    if (!seq) {
        return seq.error();
    }
    if (auto put = m_cases.putAt(record, seq.value(), expectedVersion); !put) {
        return put;
    }
    if (auto named = m_attachments.setReferences(record, expectedVersion.has_value()); !named) {
        return named;
    }
    if (change.answerKey.isEmpty()) {
        return {};
    }
    return m_cases.recordApplied(change.answerKey, record.id, change.answer, change.actor, change.workstation,
                                 change.at);
}

} // namespace ow::exchange
