#pragma once

#include "CaseRecord.h"
#include "DomainEvent.h"
#include "Materials.h"
#include "OneForm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <string_view>

namespace ow::core {

// Where a path of the table lives: the one form (the validator's paths), the case record around
// it, an event sent to the exchange, or a text that stays at the counter.
enum class LimitScope
{
    Form,
    Case,
    Event,
    Local
};

enum class LimitKind
{
    Text, // at most `max` characters (UTF-16 code units, QString::size())
    List  // at most `max` entries
};

struct Limit
{
    LimitScope scope;
    std::string_view path; // as reported: "investors[].name" stands for "investors[2].name"
    LimitKind kind;
    int max;
    // A list's entries: the JSON bytes of one entry beyond its texts (braces, numbers, dates, flags).
    int entryBytes = 0;
};

// One violation: `code` is field.too_long, list.too_long or field.invalid_text, `field` the concrete path
// ("investors[2].name", "payload.case.materials[0].title"), `message` in the user's language.
struct LimitIssue
{
    QString code;
    QString field;
    QString message;
};
using LimitIssues = QList<LimitIssue>;

namespace limits {

using S = LimitScope;
constexpr LimitKind T = LimitKind::Text;
constexpr LimitKind L = LimitKind::List;

// Issue 8: bounds everywhere. One table of the longest text of every field and the most entries
// of every list of a case, its one form, its materials and the events that carry it. The counter's
// editors take their maximum lengths from it, the validator reports a text over it, and the
// exchange refuses anything over it before storing a byte. Generous for real data; what it buys is
// a known largest case, and so a change feed whose pages a client can always read.
// clang-format off
inline constexpr std::array table = std::to_array<Limit>({
    // scope     path                                  kind  max   entry bytes
    // The one form (DOMAIN §4); the validator's field paths.
    {S::Form,  "entity.type",                          T,    64},
    {S::Form,  "entity.name",                          T,    200},
    {S::Form,  "entity.domicile",                      T,    500},
    {S::Form,  "entity.domicileDivision",              T,    12},
    {S::Form,  "entity.authorityDivision",             T,    12},
    {S::Form,  "entity.scope",                         T,    5000},
    {S::Form,  "entity.phone",                         T,    32},
    {S::Form,  "entity.postalCode",                    T,    16},
    {S::Form,  "entity.parentCode",                    T,    18},
    {S::Form,  "legalRep.name",                        T,    100},
    {S::Form,  "legalRep.idNumber",                    T,    64},
    {S::Form,  "legalRep.phone",                       T,    32},
    {S::Form,  "legalRep.position",                    T,    100},
    {S::Form,  "investors",                            L,    500,  260},
    {S::Form,  "investors[].name",                     T,    200},
    {S::Form,  "investors[].idNumber",                 T,    64},
    {S::Form,  "investors[].contributionForm",         T,    50},
    {S::Form,  "personnel",                            L,    200,  56},
    {S::Form,  "personnel[].name",                     T,    100},
    {S::Form,  "personnel[].idNumber",                 T,    64},
    {S::Form,  "personnel[].position",                 T,    100},
    {S::Form,  "liaison.name",                         T,    100},
    {S::Form,  "liaison.idNumber",                     T,    64},
    {S::Form,  "liaison.phone",                        T,    32},
    {S::Form,  "liaison.position",                     T,    100},
    {S::Form,  "financialOfficer.name",                T,    100},
    {S::Form,  "financialOfficer.idNumber",            T,    64},
    {S::Form,  "financialOfficer.phone",               T,    32},
    {S::Form,  "financialOfficer.position",            T,    100},
    // The case record around the form; its JSON keys. Identifiers fit the exchange's VARCHAR(64).
    {S::Case,  "id",                                   T,    64},
    {S::Case,  "receiptNumber",                        T,    64},
    {S::Case,  "creditCode",                           T,    18},
    {S::Case,  "subjectCode",                          T,    18},
    {S::Case,  "licenceSeal",                          T,  4000},
    {S::Case,  "createdBy",                            T,    64},
    {S::Case,  "acceptedBy",                           T,    64},
    {S::Case,  "reviewer",                             T,    64},
    {S::Case,  "workstation",                          T,    64},
    {S::Case,  "lastReason",                           T,    2000},
    {S::Case,  "materials",                            L,    100,  128},
    {S::Case,  "materials[].id",                       T,    64},
    {S::Case,  "materials[].title",                    T,    200},
    {S::Case,  "materials[].attachments",              L,    20,   0},
    {S::Case,  "materials[].attachments[]",            T,    64},   // SHA-256 hex
    // An event (protocol: POST /events); its case, when it carries one, is checked as "payload.case.…".
    {S::Event, "id",                                   T,    64},
    {S::Event, "type",                                 T,    64},
    {S::Event, "caseId",                               T,    64},
    {S::Event, "actor",                                T,    64},
    {S::Event, "workstation",                          T,    64},
    {S::Event, "payload.from",                         T,    32},
    {S::Event, "payload.to",                           T,    32},
    {S::Event, "payload.reason",                       T,    2000},
    {S::Event, "payload.reasonCodes",                  L,    20,   0},
    {S::Event, "payload.reasonCodes[]",                T,    16},   // core::ReasonCatalogue codes
    // Texts that stay at the counter.
    {S::Local, "conflict.note",                        T,    500},
});
// clang-format on

// The limit of `path` in `scope` of kind `kind`, or -1.
constexpr int find(LimitScope scope, std::string_view path, LimitKind kind)
{
    for (const Limit &limit : table) {
        if (limit.scope == scope && limit.kind == kind && limit.path == path)
            return limit.max;
    }
    return -1;
}

// How many times a row can occur: the product of the sizes of the lists around it.
constexpr qint64 multiplicity(const Limit &limit)
{
    qint64 times = 1;
    for (std::size_t at = limit.path.find("[]"); at != std::string_view::npos;
         at = limit.path.find("[]", at + 2)) {
        times *= find(limit.scope, limit.path.substr(0, at), L);
    }
    return times;
}

// Every character of a text takes at most 6 bytes in JSON ("\u0001"; a lone surrogate "\ud800").
constexpr qint64 JsonBytesPerChar = 6;
// A text field's key, quotes, colon and comma.
constexpr qint64 TextFieldBytes = 32;

// The JSON bytes of one occurrence of a row: a text's characters, or a list's entry frames.
constexpr qint64 rowBytes(const Limit &limit)
{
    return limit.kind == T ? JsonBytesPerChar * limit.max + TextFieldBytes
                           : qint64(limit.max) * limit.entryBytes + TextFieldBytes;
}

// The JSON bytes of every row of these scopes at its limit.
constexpr qint64 tableBytes(LimitScope a, LimitScope b)
{
    qint64 bytes = 0;
    for (const Limit &limit : table) {
        if (limit.scope == a || limit.scope == b)
            bytes += rowBytes(limit) * multiplicity(limit);
    }
    return bytes;
}

constexpr bool wellFormed()
{
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].max <= 0 || multiplicity(table[i]) <= 0)
            return false;
        for (std::size_t j = i + 1; j < table.size(); ++j) {
            if (table[i].scope == table[j].scope && table[i].path == table[j].path)
                return false;
        }
    }
    return true;
}
static_assert(wellFormed(), "every [] of a path needs its list in the table, and no path twice");

} // namespace limits

// The table at work: the sizes it implies, and the checks.
class Limits
{
    Q_DECLARE_TR_FUNCTIONS(Limits)
public:
    // The case's and the form's fields that are not texts (state, version, times, amounts, term,
    // ID types) and their keys and braces.
    static constexpr qint64 CaseFrameBytes = 2048;
    // An event beyond its texts and its case: keys, braces, caseVersion, deviceTime.
    static constexpr qint64 EventFrameBytes = 512;
    // A change of the feed beyond its case: seq, kind, caseId, serverTime, origin, keys, comma.
    static constexpr qint64 ChangeFrameBytes = 1024;
    // A feed page beyond its changes: {"changes":[…],"nextCursor":…,"hasMore":…}.
    static constexpr qint64 PageFrameBytes = 256;

    // The longest text at `path` of `scope` ("investors[].name"; -1 when the table has no such text).
    static constexpr int maxLength(LimitScope scope, std::string_view path)
    {
        return limits::find(scope, path, LimitKind::Text);
    }
    // The most entries of the list at `path` of `scope` (-1 when the table has no such list).
    static constexpr int maxCount(LimitScope scope, std::string_view path)
    {
        return limits::find(scope, path, LimitKind::List);
    }
    // The same for a path as the validator reports it ("investors[2].name", "materials[1].title"),
    // looked up in the form, then the case, then the counter's own texts: what the editors use.
    // -1 when the table has no such text.
    static int maxLength(const QString &path);

    // The JSON bytes (compact, as the exchange stores and sends it) of the largest case the table
    // allows: every text at its limit in characters of 6 JSON bytes, every list full. A change or a
    // deregistration carries a second form, the one as registered.
    static constexpr qint64 maxCaseJsonBytes = CaseFrameBytes +
                                               limits::tableBytes(LimitScope::Form, LimitScope::Case) +
                                               limits::tableBytes(LimitScope::Form, LimitScope::Form);
    // The largest event: its own texts, its frame and the case it may carry.
    static constexpr qint64 maxEventJsonBytes =
        EventFrameBytes + maxCaseJsonBytes + limits::tableBytes(LimitScope::Event, LimitScope::Event);
    // The largest change of the feed (GET /changes), as the exchange sends it.
    static constexpr qint64 maxChangeJsonBytes = maxCaseJsonBytes + ChangeFrameBytes;
    // A feed page stops before the change that would take its changes past this many bytes, but
    // always carries at least one change.
    static constexpr qint64 feedPageBudgetBytes = 4 * 1024 * 1024;
    // So no page of the feed is larger than this.
    static constexpr qint64 maxFeedPageBytes =
        std::max(feedPageBudgetBytes, maxChangeJsonBytes) + PageFrameBytes;
    // The largest answer a client reads (protocol: responses ≤ 16 MiB). Every page of the feed
    // fits, so a client never meets a change it cannot read.
    static constexpr qint64 maxResponseBytes = 16 * 1024 * 1024;
    static_assert(maxResponseBytes >= maxFeedPageBytes, "a feed page must fit in a client's answer");
    // The highest version a case may reach: each action is one version, so no real case comes
    // near it, and no event can set a case where the next version would not fit.
    static constexpr int maxCaseVersion = 1000000;
    // The most working days a decision's time limit may be extended by (core::StatutoryClock).
    static constexpr int maxDecisionExtension = 60;
    // A push batch stops before the event that would take it past this many bytes, but always
    // carries at least one event.
    static constexpr qint64 pushBudgetBytes = 4 * 1024 * 1024;
    // The largest body the exchange reads for the endpoints that take cases (events, intake).
    // Every push batch fits, so a counter never holds an event it cannot send.
    static constexpr qint64 maxRequestBytes = 8 * 1024 * 1024;
    static_assert(maxRequestBytes >= std::max(pushBudgetBytes, maxEventJsonBytes) + PageFrameBytes,
                  "a push batch must fit in a request the exchange reads");

    // Whether a text is Unicode that stores and reads back as it is: no UTF-16 surrogate without
    // its pair (UTF-8 cannot hold one) and no NUL (PostgreSQL's text cannot). Every text the
    // table checks must be well formed (field.invalid_text).
    static bool isWellFormed(const QString &text);

    // Every violation of the table, with its concrete path. A form is reported with the
    // validator's paths; a case with its JSON keys and its form's paths; an event with its JSON
    // paths and the case it carries under "payload.case.".
    static LimitIssues check(const OneForm &form);
    static LimitIssues check(const QList<MaterialItem> &materials, const QString &prefix = {});
    static LimitIssues check(const CaseRecord &record, const QString &prefix = {});
    static LimitIssues check(const DomainEvent &event);
    // The same with the case the payload carries already decoded (nullptr: it carries none), for a
    // caller that needs the case anyway and decodes it once.
    static LimitIssues check(const DomainEvent &event, const CaseRecord *carried);
};

} // namespace ow::core
