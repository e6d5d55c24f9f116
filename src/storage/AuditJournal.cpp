#include "AuditJournal.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {

const QString HeadSequenceKey = u"audit_head_sequence"_s;
const QString HeadHashKey = u"audit_head_hash"_s;

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.caseId = query.value(1).toString();
    entry.action = query.value(2).toString();
    entry.actor = query.value(3).toString();
    entry.workstation = query.value(4).toString();
    entry.at = sql::fromDbTime(query.value(5));
    entry.reason = query.value(6).toString();
    entry.detail = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    entry.previousHash = query.value(8).toString();
    entry.hash = query.value(9).toString();
    return entry;
}

const QString Columns = u"seq, case_id, action, actor, workstation, at, reason, detail, prev_hash, hash"_s;

Result<void> setMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    sql::Statement query = sql::cached(
        db,
        u"INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    auto result = sql::exec(query, {key, value});
    query.finish();
    return result;
}

} // namespace

AuditJournal::AuditJournal(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

QByteArray AuditJournal::canonicalJson(const AuditEntry &entry)
{
    const QJsonObject object{
        {u"sequence"_s, entry.sequence},       {u"caseId"_s, entry.caseId},
        {u"action"_s, entry.action},           {u"actor"_s, entry.actor},
        {u"workstation"_s, entry.workstation}, {u"at"_s, sql::toDbTime(entry.at)},
        {u"reason"_s, entry.reason},           {u"detail"_s, entry.detail},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AuditJournal::computeHash(const QString &previousHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toUtf8());
    hash.addData(canonicalJson(entry));
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> AuditJournal::append(QSqlDatabase &connection, AuditEntry entry)
{
    sql::Statement last = sql::cached(connection, u"SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"_s);
    if (auto r = sql::exec(last); !r)
        return r;
    entry.sequence = 1;
    entry.previousHash.clear();
    if (last.next()) {
        entry.sequence = last.value(0).toLongLong() + 1;
        entry.previousHash = last.value(1).toString();
    }
    last.finish();
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Milliseconds are what the stored text keeps; hash what will be read back.
    entry.at = sql::fromDbTime(sql::toDbTime(entry.at));
    entry.hash = computeHash(entry.previousHash, entry);

    sql::Statement insert = sql::cached(connection, u"INSERT INTO audit("_s + Columns +
                                                        u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    auto inserted =
        sql::exec(insert, {entry.sequence, entry.caseId, entry.action, entry.actor, entry.workstation,
                           sql::toDbTime(entry.at), entry.reason,
                           QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)),
                           entry.previousHash, entry.hash});
    insert.finish();
    if (!inserted)
        return inserted;
    if (auto r = setMeta(connection, HeadSequenceKey, QString::number(entry.sequence)); !r)
        return r;
    return setMeta(connection, HeadHashKey, entry.hash);
}

QList<AuditEntry> AuditJournal::forCase(const QString &caseId) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query =
        sql::cached(db, u"SELECT "_s + Columns + u" FROM audit WHERE case_id = ? ORDER BY seq"_s);
    QList<AuditEntry> entries;
    if (!sql::exec(query, {caseId}))
        return entries;
    while (query.next())
        entries.append(entryFrom(query.query()));
    query.finish();
    return entries;
}

int AuditJournal::count() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM audit"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> AuditJournal::verify() const
{
    QSqlDatabase db = m_db->connection();
    enum class Damage
    {
        Removed,
        Unlinked,
        Changed,
        HeadMismatch
    };
    auto broken = [](qint64 sequence, Damage damage) {
        qCCritical(lcStorageAudit) << "audit chain broken at" << sequence << int(damage);
        QString message;
        switch (damage) {
        case Damage::Removed:
            message = tr("The audit journal was altered: entry %1 was removed.");
            break;
        case Damage::Unlinked:
            message = tr("The audit journal was altered: entry %1 does not follow the entry before it.");
            break;
        case Damage::Changed:
            message = tr("The audit journal was altered: entry %1 was changed.");
            break;
        case Damage::HeadMismatch:
            message =
                tr("The audit journal was altered: entry %1 does not match the recorded end of the journal.");
            break;
        }
        return StorageErrors::make(u"audit.broken"_s, message.arg(sequence));
    };
    // One read transaction, so the chain and its head are seen as of one moment.
    if (auto r = sql::exec(db, u"BEGIN"_s); !r)
        return r;
    auto finish = [&db](Result<void> result) {
        QSqlQuery end(db);
        end.exec(u"COMMIT"_s);
        return result;
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + Columns + u" FROM audit ORDER BY seq"_s))
        return finish(StorageErrors::fromSql(query.lastError()));
    qint64 expected = 1;
    QString previousHash;
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        if (entry.sequence != expected)
            return finish(broken(expected, Damage::Removed));
        if (entry.previousHash != previousHash)
            return finish(broken(entry.sequence, Damage::Unlinked));
        if (computeHash(previousHash, entry) != entry.hash)
            return finish(broken(entry.sequence, Damage::Changed));
        previousHash = entry.hash;
        ++expected;
    }
    if (query.lastError().isValid())
        return finish(StorageErrors::fromSql(query.lastError()));
    query.finish();

    QSqlQuery head(db);
    qint64 headSequence = 0;
    QString headHash;
    if (!head.exec(u"SELECT key, value FROM meta WHERE key IN ('audit_head_sequence', 'audit_head_hash')"_s))
        return finish(StorageErrors::fromSql(head.lastError()));
    while (head.next()) {
        if (head.value(0).toString() == HeadSequenceKey)
            headSequence = head.value(1).toLongLong();
        else
            headHash = head.value(1).toString();
    }
    head.finish();
    if (headSequence != expected - 1 || headHash != previousHash) {
        if (headSequence >= expected)
            return finish(broken(expected, Damage::Removed));
        return finish(broken(headSequence, Damage::HeadMismatch));
    }
    return finish({});
}

} // namespace ow::storage
