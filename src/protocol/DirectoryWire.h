#pragma once

#include "core/RegisteredEntity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The registered-entity directory's snapshot on the wire (docs/protocol.md, GET /api/v1/directory):
// one writer for the exchange and one reader for the counter.
//
//   GET /api/v1/directory?after=<credit code>&limit=<n> →
//   {"asOf", "total"?, "next", "hasMore", "entities": [core::RegisteredEntity…]}
//
// Pages go in credit-code order after `after` (keyset: a page is found by the index, never by an
// offset, and a resumed download asks for the page after the last code it stored). `asOf` is the
// change feed's last seq when the page was read: the counter keeps the first page's and asks the feed
// to leave out the `licence` changes up to it (query::SkipLicencesTo), which the snapshot holds at
// least as new; every later one comes through the feed. `total` (the first page only) is how many
// entities the snapshot has, for the progress bar.
namespace ow::protocol::directory {

inline constexpr int MaxPerPage = 5000;
inline constexpr int DefaultPerPage = 2000;

struct PageHead
{
    qint64 asOf = 0;
    qint64 total = -1; // -1: not counted (a page after the first)
    QString next;      // the last code of the page: the next page's `after`
    bool hasMore = false;
};

// The exchange's answer from its entities' JSON texts as it stores them (each a compact
// core::RegisteredEntity::toJson object), spliced in without being parsed again.
QByteArray pageText(const PageHead &head, const QList<QByteArray> &entityTexts);

struct Page
{
    PageHead head;
    QList<core::RegisteredEntity> entities;
    int unreadable = 0; // entities skipped: not an entity (core::RegisteredEntity::fromJson)
};
// A page as the counter reads it; nothing when it is not one: keys missing or of the wrong kind,
// `next` not a credit code's characters, `hasMore` without `next`, counts below zero.
std::optional<Page> pageFromJson(const QJsonObject &json);

// The page's `next` read off the end of its text as pageText writes it, before the whole page is
// parsed, so that the counter asks for the next page while it reads this one; nothing when the text
// does not end as pageText ends a page with more after it (the counter then asks once it has read
// the page, whose own `next` is what counts).
std::optional<QString> peekNext(const QByteArray &pageText);

// Whether `code` can be a page's `after` or `next`: empty (the first page) or up to 18 of 0-9 A-Z.
bool isCursor(const QString &code);

} // namespace ow::protocol::directory
