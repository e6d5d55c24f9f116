#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::storage {

class Database;

enum class SearchKind
{
    Case,
    Enterprise
};
enum class MatchRank
{
    Exact = 0,
    Prefix = 1,
    Contains = 2
};

struct SearchHit
{
    SearchKind kind = SearchKind::Case;
    QString refId; // case id or enterprise code
    QString name;
    QString code;    // unified social credit code, if any
    QString person;  // legal representative
    QString receipt; // receipt number, if any
    MatchRank rank = MatchRank::Contains;
};

struct SearchEntry
{
    SearchKind kind = SearchKind::Case;
    QString refId;
    QString name;
    QString code;
    QString person;
    QString receipt;
};

// One index over local cases and the registered-enterprise cache: name, code, legal
// representative and receipt number; ranked exact, then prefix, then contains. Finds one- and
// two-character queries (clerks often type only a two-character 字号).
//
// Exact and prefix matches use b-tree indexes of search_entry; contains-matches the FTS5 table
// search_bigram, whose tokens name a bigram's two code points (see appendToken): a query of two or
// more characters takes the entries with all its bigrams, a one-character query the tokens that start
// with it through the table's prefix index, and each candidate is kept only if its name or person
// contains the query. Bigrams cover name and person of every entry; the FTS5 trigram table the
// cases' four fields (contains-matches in codes and receipt numbers of three or more characters).
// Codes and receipt numbers match case-insensitively (stored in upper case).
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    explicit SearchIndex(std::shared_ptr<Database> db);

    // Inside an open transaction on `connection`: insert or replace one entry.
    static bool upsert(QSqlDatabase &connection, const SearchEntry &entry);
    // The same, with the storage error when it fails (e.g. "storage.full").
    static ow::Result<void> store(QSqlDatabase &connection, const SearchEntry &entry);
    // The same for many entries at once (a page of the change feed, a batch of the enterprise
    // cache): new entries are written with one statement per table, which is many times faster.
    static ow::Result<void> storeAll(QSqlDatabase &connection, const QList<SearchEntry> &entries);
    // Inside an open transaction on `connection`: removes the entry if present.
    static bool remove(QSqlDatabase &connection, SearchKind kind, const QString &refId);
    // Inside an open transaction on `connection`: the bigrams of every entry, into an empty
    // search_bigram (the schema step that made it).
    static ow::Result<void> fillBigrams(QSqlDatabase &connection);
    // Inside an open transaction on `connection`: the bigrams of the entries with ids in [from, end),
    // at most `limit` of them, which were stored without (a bulk load: DirectorySnapshot). Returns
    // the id to go on from, `end` when none is left.
    static ow::Result<qint64> indexBigrams(QSqlDatabase &connection, qint64 from, qint64 end, int limit);

    QList<SearchHit> search(const QString &query, int limit = 50) const;
    int count() const;

    // Merges the trigram index into one segment; worth it after a large bulk load.
    ow::Result<void> optimize();

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
