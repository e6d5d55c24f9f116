#include "ExchangeAttachmentStore.h"

#include "ExchangeDatabase.h"

#include <QSet>

namespace ow::exchange {
namespace {

ExchangeAttachmentStore::State stateFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() != 0};
}

QString firstText(const QSqlQuery &q)
{
    return q.value(0).toString();
}

QString now()
{
    return ExchangeDatabase::timeText(QDateTime::currentDateTimeUtc());
}

} // namespace

Result<std::optional<ExchangeAttachmentStore::State>> ExchangeAttachmentStore::state(const QString &sha256)
{
    return m_db.one(QStringLiteral("SELECT size, received, complete FROM attachments WHERE sha256 = ?"),
                    {sha256}, stateFrom);
}

Result<QStringList> ExchangeAttachmentStore::authorities(const QString &sha256)
{
    auto list = m_db.all(QStringLiteral("SELECT authority FROM attachment_refs WHERE sha256 = ?"), {sha256},
                         firstText);
    if (!list) {
        return list.error();
    }
    return QStringList(list.value());
}

Result<void> ExchangeAttachmentStore::setReferences(const core::CaseRecord &record, bool replacing)
{
    if (replacing) {
        if (auto cleared =
                m_db.run(QStringLiteral("DELETE FROM attachment_refs WHERE case_id = ?"), {record.id});
            !cleared) {
            return cleared;
        }
    }
    QSet<QString> seen;
    for (const core::MaterialItem &material : record.materials) {
        for (const QString &hash : material.attachments) {
            if (seen.contains(hash)) {
                continue;
            }
            seen.insert(hash);
            if (auto added =
                    m_db.run(QStringLiteral(
                                 "INSERT INTO attachment_refs (sha256, case_id, authority) VALUES (?, ?, ?)"),
                             {hash, record.id, record.form.authorityDivision});
                !added) {
                return added;
            }
        }
    }
    return {};
}

Result<void> ExchangeAttachmentStore::start(const QString &sha256, qint64 size)
{
    return m_db.run(QStringLiteral("INSERT INTO attachments (sha256, size, received, complete, updated_at) "
                                   "VALUES (?, ?, 0, 0, ?)"),
                    {sha256, size, now()});
}

Result<bool> ExchangeAttachmentStore::append(const QString &sha256, qint64 offset, const QByteArray &part)
{
    // The count moves first and only from `offset`: a second writer of the same part finds it moved.
    auto moved =
        m_db.changedAny(QStringLiteral("UPDATE attachments SET received = received + ?, updated_at = ? "
                                       "WHERE sha256 = ? AND received = ? AND complete = 0"),
                        {qint64(part.size()), now(), sha256, offset});
    if (!moved || !moved.value()) {
        return moved;
    }
    if (auto stored =
            m_db.run(QStringLiteral("INSERT INTO attachment_parts (sha256, start, data) VALUES (?, ?, ?)"),
                     {sha256, offset, part});
        !stored) {
        return stored.error();
    }
    return true;
}

Result<void> ExchangeAttachmentStore::markComplete(const QString &sha256)
{
    return m_db.run(QStringLiteral("UPDATE attachments SET complete = 1, updated_at = ? WHERE sha256 = ?"),
                    {now(), sha256});
}

Result<void> ExchangeAttachmentStore::drop(const QString &sha256)
{
    if (auto parts = m_db.run(QStringLiteral("DELETE FROM attachment_parts WHERE sha256 = ?"), {sha256});
        !parts) {
        return parts;
    }
    return m_db.run(QStringLiteral("DELETE FROM attachments WHERE sha256 = ?"), {sha256});
}

Result<QByteArray> ExchangeAttachmentStore::content(const QString &sha256)
{
    auto rows = m_db.exec(QStringLiteral("SELECT data FROM attachment_parts WHERE sha256 = ? ORDER BY start"),
                          {sha256});
    if (!rows) {
        return rows.error();
    }
    QByteArray whole;
    while (rows.value().next()) {
        whole.append(rows.value().row().value(0).toByteArray());
    }
    return whole;
}

} // namespace ow::exchange
