#include "DirectorySnapshot.h"

#include "Database.h"
#include "EnterpriseRows.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "SyncStateStore.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

namespace {

const QString StepRows = u"rows"_s;
const QString StepSearch = u"search"_s;
// "bigrams:<first id>:<next id>:<end id>": the entries the snapshot added, and where the next
// transaction goes on.
const QString StepBigrams = u"bigrams"_s;
constexpr int BigramsPerTransaction = 50000;

Result<QString> currentStep(QSqlDatabase &connection)
{
    sql::Statement query = sql::cached(connection, u"SELECT value FROM sync_state WHERE key = ?"_s);
    if (auto r = sql::exec(query, {DirectorySnapshot::StepKey}); !r)
        return r.error();
    const QString step = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return step;
}

Result<qint64> nextId(QSqlDatabase &connection)
{
    sql::Statement query = sql::cached(connection, u"SELECT coalesce(max(id), 0) + 1 FROM search_entry"_s);
    if (auto r = sql::exec(query); !r)
        return r.error();
    const qint64 id = query.next() ? query.value(0).toLongLong() : 1;
    query.finish();
    return id;
}

// `work` with the indexes of `table` made by the schema (not those of its keys) dropped first and
// made again after, from their own definitions: for a million rows one sort each instead of a
// million inserts at random places of a b-tree (~37 s of a snapshot's 95 s).
Result<void> withoutIndexes(QSqlDatabase &connection, const QString &table,
                            const std::function<Result<void>()> &work)
{
    QSqlQuery indexes(connection);
    if (!indexes.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                         u"AND sql IS NOT NULL"_s))
        return sql::StorageErrors::fromSql(indexes.lastError());
    indexes.addBindValue(table);
    if (!indexes.exec())
        return sql::StorageErrors::fromSql(indexes.lastError());
    QList<std::pair<QString, QString>> made;
    while (indexes.next())
        made.append({indexes.value(0).toString(), indexes.value(1).toString()});
    indexes.finish();
    for (const auto &[name, definition] : std::as_const(made)) {
        if (auto r = sql::exec(connection, u"DROP INDEX \""_s + name + u'"'); !r)
            return r;
    }
    if (auto r = work(); !r)
        return r;
    for (const auto &[name, definition] : std::as_const(made)) {
        if (auto r = sql::exec(connection, definition); !r)
            return r;
    }
    return {};
}

} // namespace

DirectorySnapshot::DirectorySnapshot(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> DirectorySnapshot::stage(QSqlDatabase &connection, const QList<EnterpriseRecord> &records)
{
    auto normalised = enterprise_rows::normalised(records);
    if (!normalised)
        return normalised.error();
    if (auto r = enterprise_rows::store(connection, normalised.value(), u"directory_staging"_s); !r)
        return r;
    return enterprise_rows::storeFormerNames(connection, normalised.value());
}

Result<void> DirectorySnapshot::markDownloaded(QSqlDatabase &connection)
{
    return SyncStateStore::setValue(connection, StepKey, StepRows);
}

bool DirectorySnapshot::downloaded() const
{
    const SyncStateStore state(m_db);
    return !state.value(StepKey).value_or(QString()).isEmpty() && state.value(DoneKey) != u"1"_s;
}

Result<DirectorySnapshot::Progress> DirectorySnapshot::advance()
{
    EnterpriseDirectory::BulkLoad bulk(m_db);
    QElapsedTimer timer;
    timer.start();
    Result<Progress> progress = Progress{};
    QString step;
    auto done = m_db->transaction([&]() -> Result<void> {
        QSqlDatabase connection = m_db->connection();
        auto current = currentStep(connection);
        if (!current)
            return current.error();
        step = current.value();
        if (step == StepRows)
            progress = storeRows(connection);
        else if (step == StepSearch)
            progress = storeSearchEntries(connection);
        else if (step.startsWith(StepBigrams + u':'))
            progress = storeBigrams(connection, step);
        else
            progress = Progress{.complete = true, .percent = 100};
        return progress ? Result<void>() : Result<void>(progress.error());
    });
    if (!done)
        return done.error();
    qCInfo(lcStorage) << "directory snapshot: step" << step << "in" << timer.elapsed() << "ms";
    return progress;
}

Result<DirectorySnapshot::Progress> DirectorySnapshot::storeRows(QSqlDatabase &connection)
{
    if (auto r =
            withoutIndexes(connection, u"enterprises"_s,
                           [&] { return enterprise_rows::storeFrom(connection, u"directory_staging"_s); });
        !r)
        return r.error();
    if (auto r = SyncStateStore::setValue(connection, StepKey, StepSearch); !r)
        return r.error();
    return Progress{.complete = false, .percent = 20};
}

Result<DirectorySnapshot::Progress> DirectorySnapshot::storeSearchEntries(QSqlDatabase &connection)
{
    // The entries of staged codes this cache already has go with their bigrams (a contentless
    // table forgets a row only when told its tokens); a new workstation has few or none.
    QSqlQuery known(connection);
    known.setForwardOnly(true);
    if (!known.exec(u"SELECT ref_id FROM search_entry WHERE kind = 1 AND ref_id IN "
                    u"(SELECT code FROM directory_staging)"_s))
        return sql::StorageErrors::fromSql(known.lastError());
    QStringList replaced;
    while (known.next())
        replaced.append(known.value(0).toString());
    known.finish();
    for (const QString &code : std::as_const(replaced)) {
        if (!SearchIndex::remove(connection, SearchKind::Enterprise, code))
            return sql::StorageErrors::make(u"storage.write"_s, tr("The search index could not be updated."));
    }
    const auto first = nextId(connection);
    if (!first)
        return first.error();
    if (auto r = withoutIndexes(connection, u"search_entry"_s,
                                [&] {
                                    return sql::exec(connection,
                                                     u"INSERT INTO search_entry(kind, ref_id, name, code, "
                                                     u"person, receipt) SELECT 1, code, name, code, "
                                                     u"legal_rep, '' FROM directory_staging ORDER BY code"_s);
                                });
        !r)
        return r.error();
    const auto end = nextId(connection);
    if (!end)
        return end.error();
    const QString next =
        u"%1:%2:%3:%4"_s.arg(StepBigrams).arg(first.value()).arg(first.value()).arg(end.value());
    if (auto r = SyncStateStore::setValue(connection, StepKey, next); !r)
        return r.error();
    return Progress{.complete = false, .percent = 45};
}

Result<DirectorySnapshot::Progress> DirectorySnapshot::storeBigrams(QSqlDatabase &connection,
                                                                    const QString &step)
{
    const QStringList parts = step.split(u':');
    const qint64 first = parts.value(1).toLongLong();
    const qint64 from = parts.value(2).toLongLong();
    const qint64 end = parts.value(3).toLongLong();
    if (parts.size() != 4 || first <= 0 || from < first || end < from)
        return sql::StorageErrors::make(
            u"storage.invalid"_s, tr("The state of the register's download is not readable: %1").arg(step));
    const auto next = SearchIndex::indexBigrams(connection, from, end, BigramsPerTransaction);
    if (!next)
        return next.error();
    if (next.value() < end) {
        const QString state = u"%1:%2:%3:%4"_s.arg(StepBigrams).arg(first).arg(next.value()).arg(end);
        if (auto r = SyncStateStore::setValue(connection, StepKey, state); !r)
            return r.error();
        return Progress{.complete = false, .percent = int(45 + 55 * (next.value() - first) / (end - first))};
    }
    // The last step: the staged pages go, and the snapshot is complete.
    if (auto r = sql::exec(connection, u"DELETE FROM directory_staging"_s); !r)
        return r.error();
    if (auto r = SyncStateStore::setValue(connection, StepKey, QString()); !r)
        return r.error();
    if (auto r = SyncStateStore::setValue(connection, DoneKey, u"1"_s); !r)
        return r.error();
    return Progress{.complete = true, .percent = 100};
}

} // namespace ow::storage
