#pragma once

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
class SearchIndex
{
public:
    explicit SearchIndex(std::shared_ptr<Database> db);

    // Inside an open transaction on `connection`: insert or replace one entry.
    static bool upsert(QSqlDatabase &connection, const SearchEntry &entry);

    QList<SearchHit> search(const QString &query, int limit = 50) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
