#include "SearchIndex.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/JsonWriter.h"
#include "core/Limits.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace ow::storage {

namespace {

const QString PrefixEnd = QString::fromUcs4(U"\U0010FFFF", 1);

// A bigram as an FTS5 token: "g", then the first and the second code point in six hex digits each
// (000000 after the last character, so that every character starts at least one bigram). Tokens
// of ASCII letters and digits only, whatever the text: the ascii tokenizer keeps each one whole, and
// the tokens of one character are those with its 7-character prefix (the table's prefix index).
void appendToken(QString &out, char32_t first, char32_t second)
{
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    out += u'g';
    for (const char32_t point : {first, second}) {
        for (int shift = 20; shift >= 0; shift -= 4)
            out += QChar(Hex[(point >> shift) & 0xf]);
    }
}

QString tokenPrefix(char32_t first)
{
    QString token;
    appendToken(token, first, 0);
    return token.left(7);
}

// The bigram tokens of a text (Latin letters folded to upper case), space-separated.
void appendTokens(QString &out, const QString &text)
{
    const QList<uint> codePoints = text.toUpper().toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t next = i + 1 < codePoints.size() ? char32_t(codePoints[i + 1]) : 0;
        if (!out.isEmpty())
            out += u' ';
        appendToken(out, char32_t(codePoints[i]), next);
    }
}

QString bigramTokens(const QString &name, const QString &person)
{
    QString tokens;
    tokens.reserve((name.size() + person.size()) * 14);
    appendTokens(tokens, name);
    appendTokens(tokens, person);
    return tokens;
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

    // The rows of `statement` as hits of `rank`, those `keep` accepts (all when it is empty).
    void collect(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values,
                 MatchRank rank, const std::function<bool(const SearchHit &)> &keep = {})
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
            if (keep && !keep(hit))
                continue;
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
    const QString insertGrams = u"INSERT INTO search_bigram(rowid, grams) VALUES (?, ?)"_s;
    // A contentless table forgets a row only when told its tokens again.
    const QString deleteGrams =
        u"INSERT INTO search_bigram(search_bigram, rowid, grams) VALUES ('delete', ?, ?)"_s;
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
        if (auto r = run(sql::cached(connection, deleteGrams), {id, bigramTokens(oldName, oldPerson)}); !r)
            return r;
        return run(sql::cached(connection, insertGrams), {id, bigramTokens(entry.name, entry.person)});
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
    return run(sql::cached(connection, insertGrams), {id, bigramTokens(entry.name, entry.person)});
}

Result<void> SearchIndex::storeAll(QSqlDatabase &connection, const QList<SearchEntry> &entries)
{
    // The last entry of each key, normalised as store() does; texts JSON cannot carry (a lone
    // surrogate) go one by one.
    QHash<QString, qsizetype> position;
    QList<SearchEntry> unique;
    QList<SearchEntry> oneByOne;
    for (SearchEntry entry : entries) {
        entry.code = entry.code.trimmed().toUpper();
        entry.receipt = entry.receipt.trimmed().toUpper();
        if (!core::Limits::isWellFormed(entry.refId) || !core::Limits::isWellFormed(entry.name) ||
            !core::Limits::isWellFormed(entry.code) || !core::Limits::isWellFormed(entry.person) ||
            !core::Limits::isWellFormed(entry.receipt)) {
            oneByOne.append(entry);
            continue;
        }
        const QString key = QString::number(int(entry.kind)) + u':' + entry.refId;
        if (const auto at = position.constFind(key); at != position.cend()) {
            unique[*at] = entry;
        } else {
            position.insert(key, unique.size());
            unique.append(entry);
        }
    }
    if (unique.isEmpty()) {
        for (const SearchEntry &entry : std::as_const(oneByOne))
            if (auto r = store(connection, entry); !r)
                return r;
        return {};
    }

    // Those the index has already take the single path (it compares and rewrites what changed).
    // The JSON texts are written straight (core::JsonWriter): building QJsonArrays first cost more
    // than the statements when a directory's snapshot stores thousands of entries a page.
    core::JsonWriter keys;
    keys.beginArray();
    for (const SearchEntry &entry : std::as_const(unique))
        keys.beginArray().value(int(entry.kind)).value(entry.refId).endArray();
    keys.endArray();
    sql::Statement known = sql::cached(
        connection, u"SELECT j.key FROM json_each(?) j JOIN search_entry e ON e.kind = "
                    u"json_extract(j.value, '$[0]') AND e.ref_id = json_extract(j.value, '$[1]')"_s);
    if (auto r = sql::exec(known, {QString::fromUtf8(keys.take())}); !r)
        return r;
    QList<bool> exists(unique.size(), false);
    while (known.next())
        exists[known.value(0).toLongLong()] = true;
    known.finish();

    // The new ones in one statement per table: FTS5 flushes its buffered postings at every
    // statement that writes it inside a transaction, so one row per statement made one index segment
    // per entry (most of a pulled case's cost).
    core::JsonWriter rows;
    rows.beginArray();
    qsizetype added = 0;
    for (qsizetype i = 0; i < unique.size(); ++i) {
        const SearchEntry &e = unique.at(i);
        if (exists.at(i)) {
            oneByOne.append(e);
            continue;
        }
        rows.beginArray().value(int(e.kind)).value(e.refId).value(e.name).value(e.code).value(e.person);
        rows.value(e.receipt).value(bigramTokens(e.name, e.person)).endArray();
        ++added;
    }
    rows.endArray();
    if (added > 0) {
        const QString json = QString::fromUtf8(rows.take());
        const QString field = u"json_extract(j.value, '$[%1]')"_s;
        if (auto r = run(
                sql::cached(connection, u"INSERT INTO search_entry(kind, ref_id, name, code, person, "
                                        u"receipt) SELECT "_s +
                                            field.arg(0) + u", "_s + field.arg(1) + u", "_s + field.arg(2) +
                                            u", "_s + field.arg(3) + u", "_s + field.arg(4) + u", "_s +
                                            field.arg(5) + u" FROM json_each(?) j ORDER BY j.key"_s),
                {json});
            !r)
            return r;
        if (auto r =
                run(sql::cached(connection, u"INSERT INTO search_bigram(rowid, grams) SELECT e.id, "_s +
                                                field.arg(6) +
                                                u" FROM json_each(?) j JOIN search_entry e ON e.kind = "_s +
                                                field.arg(0) + u" AND e.ref_id = "_s + field.arg(1)),
                    {json});
            !r)
            return r;
    }
    for (const SearchEntry &entry : std::as_const(oneByOne))
        if (auto r = store(connection, entry); !r)
            return r;
    return {};
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
    const QString grams = bigramTokens(find.value(1).toString(), find.value(2).toString());
    find.finish();
    return run(sql::cached(
                   connection,
                   u"INSERT INTO search_bigram(search_bigram, rowid, grams) VALUES ('delete', ?, ?)"_s),
               {id, grams})
               .ok() &&
           run(sql::cached(connection, u"DELETE FROM search_entry WHERE id = ?"_s), {id}).ok();
}

Result<void> SearchIndex::fillBigrams(QSqlDatabase &connection)
{
    constexpr int Chunk = 50000;
    for (qint64 from = 0; from < std::numeric_limits<qint64>::max();) {
        auto next = indexBigrams(connection, from, std::numeric_limits<qint64>::max(), Chunk);
        if (!next)
            return next.error();
        from = next.value();
    }
    return {};
}

Result<qint64> SearchIndex::indexBigrams(QSqlDatabase &connection, qint64 from, qint64 end, int limit)
{
    sql::Statement entries = sql::cached(
        connection,
        u"SELECT id, name, person FROM search_entry WHERE id >= ? AND id < ? ORDER BY id LIMIT ?"_s);
    if (auto r = sql::exec(entries, {from, end, limit}); !r)
        return r.error();
    // One statement for all of them (FTS5 writes a segment per statement); tokens are ASCII.
    core::JsonWriter rows;
    rows.beginArray();
    int read = 0;
    qint64 next = end;
    while (entries.next()) {
        const qint64 id = entries.value(0).toLongLong();
        rows.beginArray().value(id).value(
            bigramTokens(entries.value(1).toString(), entries.value(2).toString()));
        rows.endArray();
        next = id + 1;
        ++read;
    }
    entries.finish();
    rows.endArray();
    if (read == 0)
        return end;
    if (auto r = run(sql::cached(connection, u"INSERT INTO search_bigram(rowid, grams) SELECT "
                                             u"json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') "
                                             u"FROM json_each(?) j"_s),
                     {QString::fromUtf8(rows.take())});
        !r)
        return r.error();
    return read < limit ? end : next;
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
    // An entity's organisation code (组织机构代码) of its older certificates, with or without its dash.
    if (codeLike) {
        const QString organisation = QString(upper).remove(u'-');
        if (organisation.size() == 9 && (!upper.contains(u'-') || upper.indexOf(u'-') == 8))
            hits.collect(db, select + u"e.kind = 1 AND substr(e.code, 9, 9) = ? LIMIT ?"_s,
                         {organisation, hits.wanted()}, MatchRank::Exact);
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
    // Contains: the cases' codes and receipt numbers through trigrams; every name and person through
    // its bigrams, each candidate checked (a bigram table cannot tell "ABC" from "AB … BC").
    if (length >= 3) {
        QString phrase = query;
        phrase.replace(u'"', u"\"\""_s);
        hits.collect(db,
                     u"SELECT "_s + EntryColumns +
                         u" FROM (SELECT rowid AS rid FROM search_fts WHERE search_fts MATCH ? LIMIT ?) f "
                         "JOIN search_entry e ON e.id = f.rid"_s,
                     {QString(u'"' + phrase + u'"'), hits.wanted()}, MatchRank::Contains);
    }
    const QList<uint> cps = upper.toUcs4();
    QString match;
    if (length == 1) {
        match = tokenPrefix(cps[0]) + u'*';
    } else {
        QSet<QString> seen;
        for (qsizetype i = 0; i + 1 < cps.size(); ++i) {
            QString token;
            appendToken(token, cps[i], cps[i + 1]);
            if (seen.contains(token))
                continue;
            seen.insert(token);
            match += (match.isEmpty() ? QString() : u" "_s) + token;
        }
    }
    hits.collect(
        db,
        u"SELECT "_s + EntryColumns +
            u" FROM search_bigram g JOIN search_entry e ON e.id = g.rowid WHERE search_bigram MATCH ?"_s,
        {match}, MatchRank::Contains, [&query](const SearchHit &hit) {
            return hit.name.contains(query, Qt::CaseInsensitive) ||
                   hit.person.contains(query, Qt::CaseInsensitive);
        });
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
