#pragma once

// A page of the change feed as text (GET /api/v1/changes, docs/protocol.md): the exchange writes its
// end with pageText, and a client reads the next cursor off that end with peekNextCursor as soon as
// the answer is in, before it parses the page, to ask for the next page while it stores this one.

#include <QByteArray>

#include <optional>

namespace ow::protocol::changes {

// Changes a page holds at most (a client asks for up to this many), and when it does not say.
inline constexpr int MaxPerPage = 500;
inline constexpr int DefaultPerPage = 100;

// {"changes":[<changeTexts joined by commas>],"hasMore":…,"nextCursor":…}
QByteArray pageText(const QByteArray &changeTexts, bool hasMore, qint64 nextCursor);

// The next cursor of a page with more after it, read off the end of its text; none when the page
// says no more or its end is not pageText's. Only a hint: the parsed page decides.
std::optional<qint64> peekNextCursor(const QByteArray &text);

} // namespace ow::protocol::changes
