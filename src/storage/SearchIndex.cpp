#include "SearchIndex.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace ow::storage {

namespace {

constexpr int GramShift = 21; // a code point has at most 21 bits
const QString PrefixEnd = QString::fromUcs4(U"\U0010FFFF", 1);

qint64 gramOf(char32_t first, char32_t second)
{
    return (qint64(first) << GramShift) | qint64(second);
}

// The bigrams of a text (Latin letters folded to upper case), plus a terminal bigram for the
// last character so that every character starts at least one bigram.
void addGrams(const QString &text, std::vector<qint64> &grams)
{
    const QList<uint> codePoints = text.toUpper().toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t next = i + 1 < codePoints.size() ? char32_t(codePoints[i + 1]) : 0;
        grams.push_back(gramOf(char32_t(codePoints[i]), next));
    }
}

QString gramsJson(const QString &name, const QString &person)
{
    std::vector<qint64> grams;
    addGrams(name, grams);
    addGrams(person, grams);
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    QString json = u"["_s;
    for (size_t i = 0; i < grams.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(grams[i]);
    }
    return json + u']';
}

bool isCodeLike(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'-';
    });
}

Result<void> run(sql::Statement query, std::initializer_list<QVariant> values)
{
    auto result = sql::exec(query, values);
    if (!result)
        qCWarning(lcStorageSearch) << "statement failed:" << query.lastQuery();
    return result;
}

const QString EntryColumns = u"e.id, e.kind, e.ref_id, e.name, e.code, e.person, e.receipt"_s;

class Collector
{
public:
    Collector(int limit) : m_limit(limit) {}

    bool full() const { return m_hits.size() >= m_limit; }
    int wanted() const { return m_limit - int(m_hits.size()) + int(m_seen.size()); }

    void collect(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values,
                 MatchRank rank)
    {
        if (full())
            return;
        sql::Statement query = sql::cached(db, statement);
        if (!sql::exec(query, values)) {
            qCWarning(lcStorageSearch) << "search failed:" << query.lastError().text() << statement;
            query.finish();
            return;
        }
        while (!full() && query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (m_seen.contains(id))
                continue;
            m_seen.insert(id);
            SearchHit hit;
            hit.kind = query.value(1).toInt() == int(SearchKind::Enterprise) ? SearchKind::Enterprise
                                                                             : SearchKind::Case;
            hit.refId = query.value(2).toString();
            hit.name = query.value(3).toString();
            hit.code = query.value(4).toString();
            hit.person = query.value(5).toString();
            hit.receipt = query.value(6).toString();
            hit.rank = rank;
            m_hits.append(std::move(hit));
        }
        query.finish();
    }

    QList<SearchHit> take() { return std::move(m_hits); }

private:
    int m_limit;
    QList<SearchHit> m_hits;
    QSet<qint64> m_seen;
};

} // namespace

SearchIndex::SearchIndex(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

bool SearchIndex::upsert(QSqlDatabase &connection, const SearchEntry &entry)
{
    return store(connection, entry).ok();
}

Result<void> SearchIndex::store(QSqlDatabase &connection, const SearchEntry &entry)
{
    const QString code = entry.code.trimmed().toUpper();
    const QString receipt = entry.receipt.trimmed().toUpper();
    const QString insertGrams =
        u"INSERT OR IGNORE INTO search_gram(gram, entry_id) SELECT value, ? FROM json_each(?)"_s;
    const QString deleteGrams =
        u"DELETE FROM search_gram WHERE entry_id = ? AND gram IN (SELECT value FROM json_each(?))"_s;
    sql::Statement find = sql::cached(
        connection,
        u"SELECT id, name, code, person, receipt FROM search_entry WHERE kind = ? AND ref_id = ?"_s);
    if (auto r = sql::exec(find, {int(entry.kind), entry.refId}); !r)
        return r;
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        const QString oldName = find.value(1).toString();
        const QString oldPerson = find.value(3).toString();
        const bool same = oldName == entry.name && find.value(2).toString() == code &&
                          oldPerson == entry.person && find.value(4).toString() == receipt;
        find.finish();
        if (same)
            return {};
        if (auto r = run(
                sql::cached(
                    connection,
                    u"UPDATE search_entry SET name = ?, code = ?, person = ?, receipt = ? WHERE id = ?"_s),
                {entry.name, code, entry.person, receipt, id});
            !r)
            return r;
        if (oldName == entry.name && oldPerson == entry.person)
            return {};
        if (auto r = run(sql::cached(connection, deleteGrams), {id, gramsJson(oldName, oldPerson)}); !r)
            return r;
        return run(sql::cached(connection, insertGrams), {id, gramsJson(entry.name, entry.person)});
    }
    find.finish();
    sql::Statement insert = sql::cached(
        connection,
        u"INSERT INTO search_entry(kind, ref_id, name, code, person, receipt) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (auto r = sql::exec(insert, {int(entry.kind), entry.refId, entry.name, code, entry.person, receipt});
        !r)
        return r;
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    return run(sql::cached(connection, insertGrams), {id, gramsJson(entry.name, entry.person)});
}

bool SearchIndex::remove(QSqlDatabase &connection, SearchKind kind, const QString &refId)
{
    sql::Statement find =
        sql::cached(connection, u"SELECT id, name, person FROM search_entry WHERE kind = ? AND ref_id = ?"_s);
    if (!sql::exec(find, {int(kind), refId}))
        return false;
    if (!find.next()) {
        find.finish();
        return true;
    }
    const qint64 id = find.value(0).toLongLong();
    const QString grams = gramsJson(find.value(1).toString(), find.value(2).toString());
    find.finish();
    return run(sql::cached(connection, u"DELETE FROM search_gram WHERE entry_id = ? AND gram IN "
                                       "(SELECT value FROM json_each(?))"_s),
               {id, grams})
               .ok() &&
           run(sql::cached(connection, u"DELETE FROM search_entry WHERE id = ?"_s), {id}).ok();
}

QList<SearchHit> SearchIndex::search(const QString &text, int limit) const
{
    const QString query = text.trimmed();
    if (query.isEmpty() || limit <= 0)
        return {};
    QSqlDatabase db = m_db->connection();
    const QString upper = query.toUpper();
    const bool codeLike = isCodeLike(query);
    const qsizetype length = query.toUcs4().size();
    Collector hits(limit);

    const QString select = u"SELECT "_s + EntryColumns + u" FROM search_entry e WHERE "_s;
    // Exact.
    hits.collect(db, select + u"e.name = ? LIMIT ?"_s, {query, hits.wanted()}, MatchRank::Exact);
    hits.collect(db, select + u"e.person = ? LIMIT ?"_s, {query, hits.wanted()}, MatchRank::Exact);
    if (codeLike) {
        hits.collect(db, select + u"e.code = ? AND e.code <> '' LIMIT ?"_s, {upper, hits.wanted()},
                     MatchRank::Exact);
        hits.collect(db, select + u"e.receipt = ? AND e.receipt <> '' LIMIT ?"_s, {upper, hits.wanted()},
                     MatchRank::Exact);
    }
    // Prefix: a range on the index (BINARY collation orders UTF-8 by code point).
    hits.collect(db, select + u"e.name > ? AND e.name < ? LIMIT ?"_s,
                 {query, QString(query + PrefixEnd), hits.wanted()}, MatchRank::Prefix);
    hits.collect(db, select + u"e.person > ? AND e.person < ? LIMIT ?"_s,
                 {query, QString(query + PrefixEnd), hits.wanted()}, MatchRank::Prefix);
    if (codeLike) {
        hits.collect(db, select + u"e.code > ? AND e.code < ? AND e.code <> '' LIMIT ?"_s,
                     {upper, QString(upper + PrefixEnd), hits.wanted()}, MatchRank::Prefix);
        hits.collect(db, select + u"e.receipt > ? AND e.receipt < ? AND e.receipt <> '' LIMIT ?"_s,
                     {upper, QString(upper + PrefixEnd), hits.wanted()}, MatchRank::Prefix);
    }
    // Contains.
    if (length >= 3) {
        QString phrase = query;
        phrase.replace(u'"', u"\"\""_s);
        hits.collect(db,
                     u"SELECT "_s + EntryColumns +
                         u" FROM (SELECT rowid AS rid FROM search_fts WHERE search_fts MATCH ? LIMIT ?) f "
                         "JOIN search_entry e ON e.id = f.rid"_s,
                     {QString(u'"' + phrase + u'"'), hits.wanted()}, MatchRank::Contains);
    } else if (length == 2) {
        const QList<uint> cps = upper.toUcs4();
        hits.collect(
            db,
            u"SELECT "_s + EntryColumns +
                u" FROM search_gram g JOIN search_entry e ON e.id = g.entry_id WHERE g.gram = ? LIMIT ?"_s,
            {gramOf(cps[0], cps[1]), hits.wanted()}, MatchRank::Contains);
    } else {
        const char32_t first = upper.toUcs4().constFirst();
        hits.collect(db,
                     u"SELECT "_s + EntryColumns +
                         u" FROM search_entry e WHERE e.id IN (SELECT DISTINCT entry_id FROM search_gram "
                         "WHERE gram BETWEEN ? AND ? LIMIT ?)"_s,
                     {gramOf(first, 0), gramOf(first, 0x1FFFFF), hits.wanted()}, MatchRank::Contains);
    }
    QList<SearchHit> result = hits.take();
    qCDebug(lcStorageSearch) << "search" << query << "->" << result.size() << "hits";
    return result;
}

int SearchIndex::count() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM search_entry"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> SearchIndex::optimize()
{
    return m_db->transaction([this]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        return sql::exec(db, u"INSERT INTO search_fts(search_fts) VALUES ('optimize')"_s);
    });
}

} // namespace ow::storage
