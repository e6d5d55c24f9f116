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
// Exact and prefix matches use b-tree indexes of search_entry; contains-matches of three or more
// characters the FTS5 trigram table; of one or two characters the FTS5 table search_bigram, whose
// tokens name a bigram's two code points (see appendToken), where a one-character query takes the
// tokens that start with it through the table's prefix index. Codes and receipt numbers match
// case-insensitively (stored in upper case); bigrams cover name and person, trigrams all four fields.
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

    QList<SearchHit> search(const QString &query, int limit = 50) const;
    int count() const;

    // Merges the trigram index into one segment; worth it after a large bulk load.
    ow::Result<void> optimize();

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
