#include "CaseRows.h"

#include "SearchIndex.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "core/JsonWriter.h"
#include "core/Limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage::caserows {

using sql::StorageErrors;

namespace {

const QString CaseColumns =
    u"id, receipt_number, state, origin, version, created_by, accepted_by, reviewer, review_lock_until, "
    "last_reason, workstation, created_at, updated_at, accepted_at, form, materials, decision_extension, credit_code, licensed_at, licence_seal, about"_s;

QString originKey(core::CaseOrigin origin)
{
    return origin == core::CaseOrigin::Online ? u"online"_s : u"counter"_s;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(sql::toDbTime(time)) : QVariant();
}

QString materialsText(const QList<core::MaterialItem> &items)
{
    core::JsonWriter w;
    core::writeMaterials(w, items);
    return QString::fromUtf8(w.take());
}

} // namespace

std::optional<core::CaseRecord> load(QSqlDatabase &db, const QString &caseId)
{
    sql::Statement query = sql::cached(db, u"SELECT "_s + CaseColumns + u" FROM cases WHERE id = ?"_s);
    if (!sql::exec(query, {caseId})) {
        qCWarning(lcStorage) << "cannot read case" << caseId << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    core::CaseRecord record;
    record.id = query.value(0).toString();
    record.receiptNumber = query.value(1).toString();
    record.state = core::CaseStates::fromKey(query.value(2).toString()).value_or(core::CaseState::Draft);
    record.origin =
        query.value(3).toString() == u"online"_s ? core::CaseOrigin::Online : core::CaseOrigin::Counter;
    record.version = query.value(4).toInt();
    record.createdBy = query.value(5).toString();
    record.acceptedBy = query.value(6).toString();
    record.reviewer = query.value(7).toString();
    record.reviewLockUntil = sql::fromDbTime(query.value(8));
    record.lastReason = query.value(9).toString();
    record.workstation = query.value(10).toString();
    record.createdAt = sql::fromDbTime(query.value(11));
    record.updatedAt = sql::fromDbTime(query.value(12));
    record.acceptedAt = sql::fromDbTime(query.value(13));
    record.form =
        core::OneForm::fromJson(QJsonDocument::fromJson(query.value(14).toString().toUtf8()).object());
    record.materials =
        core::materialsFromJson(QJsonDocument::fromJson(query.value(15).toString().toUtf8()).array());
    record.decisionExtension = query.value(16).toInt();
    record.creditCode = query.value(17).toString();
    record.licensedAt = sql::fromDbTime(query.value(18));
    record.licenceSeal = query.value(19).toString();
    if (const QString about = query.value(20).toString(); !about.isEmpty())
        record.readAboutEntity(QJsonDocument::fromJson(about.toUtf8()).object());
    query.finish();
    return record;
}

// The stored version of a case, nullopt if it is not stored, or an error.
Result<std::optional<int>> storedVersion(QSqlDatabase &db, const QString &caseId)
{
    sql::Statement query = sql::cached(db, u"SELECT version FROM cases WHERE id = ?"_s);
    if (auto r = sql::exec(query, {caseId}); !r)
        return r.error();
    std::optional<int> version;
    if (query.next())
        version = query.value(0).toInt();
    query.finish();
    return version;
}

// The case's entry in the search index: its name, legal representative and receipt number.
SearchEntry searchEntryOf(const core::CaseRecord &record)
{
    SearchEntry search;
    search.kind = SearchKind::Case;
    search.refId = record.id;
    search.name = record.form.proposedName;
    search.person = record.form.legalRep.name;
    search.receipt = record.receiptNumber;
    search.code = record.creditCode;
    return search;
}

Result<void> indexCase(QSqlDatabase &db, const core::CaseRecord &record)
{
    return SearchIndex::store(db, searchEntryOf(record));
}

namespace {

// The case row with the texts made for it, inserted (previousVersion 0) or updated.
Result<void> writeRow(QSqlDatabase &db, const core::CaseRecord &record, const CaseRowTexts &texts,
                      int previousVersion, const QString &authority)
{
    QVariantList values{textOrNull(record.receiptNumber),
                        core::CaseStates::toKey(record.state),
                        originKey(record.origin),
                        record.form.entityTypeId,
                        record.form.proposedName,
                        record.form.legalRep.name,
                        record.form.authorityDivision.isEmpty() ? authority : record.form.authorityDivision,
                        record.version,
                        record.createdBy,
                        record.acceptedBy,
                        record.reviewer,
                        timeOrNull(record.reviewLockUntil),
                        record.lastReason,
                        record.workstation,
                        sql::toDbTime(record.createdAt),
                        sql::toDbTime(record.updatedAt),
                        timeOrNull(record.acceptedAt),
                        texts.form,
                        texts.materials,
                        record.decisionExtension,
                        record.creditCode,
                        timeOrNull(record.licensedAt),
                        record.licenceSeal,
                        texts.about.isEmpty() ? QVariant() : QVariant(texts.about)};
    values.append(record.id);
    if (previousVersion != 0)
        values.append(previousVersion);
    const Result<int> changed = sql::write(
        db,
        previousVersion == 0
            ? u"INSERT INTO cases(receipt_number, state, origin, entity_type, name, legal_rep, "
              "authority, version, created_by, accepted_by, reviewer, review_lock_until, "
              "last_reason, workstation, created_at, updated_at, accepted_at, form, materials, "
              "decision_extension, credit_code, licensed_at, licence_seal, about, id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            : u"UPDATE cases SET receipt_number = ?, state = ?, origin = ?, entity_type = ?, "
              "name = ?, legal_rep = ?, authority = ?, version = ?, created_by = ?, "
              "accepted_by = ?, reviewer = ?, review_lock_until = ?, last_reason = ?, "
              "workstation = ?, created_at = ?, updated_at = ?, accepted_at = ?, form = ?, "
              "materials = ?, "
              "decision_extension = ?, credit_code = ?, licensed_at = ?, licence_seal = ?, about = ? "
              "WHERE id = ? AND version = ?"_s,
        values);
    if (!changed)
        return changed.error();
    if (changed.value() != 1)
        return StorageErrors::internal(u"case row not written"_s);
    return {};
}

} // namespace

Result<void> writeCase(QSqlDatabase &db, const core::CaseRecord &record, int previousVersion,
                       const QString &authority)
{
    return writeRow(db, record, CaseRowTexts::of(record), previousVersion, authority);
}

Result<void> writeCase(QSqlDatabase &db, const RemoteCase &remote, int previousVersion,
                       const QString &authority)
{
    return writeRow(db, remote.record, remote.texts, previousVersion, authority);
}

} // namespace ow::storage::caserows

namespace ow::storage {

CaseRowTexts CaseRowTexts::of(const core::CaseRecord &record)
{
    CaseRowTexts texts;
    texts.form = QString::fromUtf8(record.form.toJsonText());
    texts.materials = caserows::materialsText(record.materials);
    if (record.isAboutEntity())
        texts.about = QString::fromUtf8(record.aboutEntityText());
    return texts;
}

RemoteCase RemoteCase::of(core::CaseRecord record)
{
    RemoteCase remote;
    for (const core::LimitIssue &issue : core::Limits::check(record)) {
        if (issue.code == u"field.invalid_text")
            remote.wellFormed = false;
    }
    remote.texts = CaseRowTexts::of(record);
    remote.record = std::move(record);
    return remote;
}

} // namespace ow::storage
