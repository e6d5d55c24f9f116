#include "CreditListStore.h"

#include "ExchangeDatabase.h"
#include "core/CreditList.h"

#include <QJsonDocument>

namespace ow::exchange {
namespace {

using core::CreditList;

const QString Columns = QStringLiteral("SELECT entry_json FROM credit_entries ");
const QString Order = QStringLiteral(" ORDER BY from_date, id");

core::CreditEntry entryFrom(const QSqlQuery &q)
{
    return core::CreditList::fromJson(ExchangeDatabase::jsonObject(q.value(0))).value_or(core::CreditEntry{});
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

Result<bool> CreditListStore::add(const core::CreditEntry &entry)
{
    const auto existing =
        m_db.number(QStringLiteral("SELECT COUNT(*) FROM credit_entries WHERE id = ?"), {entry.id});
    if (!existing) {
        return existing.error();
    }
    if (existing.value() > 0) {
        return false;
    }
    const auto inserted = m_db.run(
        QStringLiteral("INSERT INTO credit_entries (id, list, subject_kind, subject, from_date, removed_on, "
                       "authority_code, recorded_at, entry_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.id, CreditList::key(entry.list), CreditList::subjectKey(entry.subjectKind), entry.subject,
         dateText(entry.from), dateText(entry.removedOn), entry.authorityCode,
         ExchangeDatabase::timeText(entry.recordedAt),
         ExchangeDatabase::jsonText(core::CreditList::toJson(entry))});
    if (!inserted) {
        return inserted.error();
    }
    return true;
}

Result<void> CreditListStore::update(const core::CreditEntry &entry)
{
    return m_db.run(
        QStringLiteral("UPDATE credit_entries SET removed_on = ?, entry_json = ? WHERE id = ?"),
        {dateText(entry.removedOn), ExchangeDatabase::jsonText(core::CreditList::toJson(entry)), entry.id});
}

Result<std::optional<core::CreditEntry>> CreditListStore::byId(const QString &id)
{
    return m_db.one(Columns + QStringLiteral("WHERE id = ?"), {id}, entryFrom);
}

Result<QList<core::CreditEntry>> CreditListStore::bySubject(core::CreditSubjectKind kind,
                                                            const QString &subject)
{
    return m_db.all(Columns + QStringLiteral("WHERE subject_kind = ? AND subject = ?") + Order,
                    {CreditList::subjectKey(kind), CreditList::normalisedSubject(subject)}, entryFrom);
}

Result<QList<core::CreditEntry>> CreditListStore::bySubjects(const QStringList &subjects)
{
    if (subjects.isEmpty()) {
        return QList<core::CreditEntry>();
    }
    QStringList marks;
    QVariantList values;
    for (const QString &subject : subjects) {
        marks.append(QStringLiteral("?"));
        values.append(CreditList::normalisedSubject(subject));
    }
    // Read on SQLite's own statements: every acceptance asks, and the answer is mostly none.
    const auto texts = m_db.texts(
        Columns + QStringLiteral("WHERE subject IN (%1)").arg(marks.join(QLatin1Char(','))) + Order, values);
    if (!texts) {
        return texts.error();
    }
    QList<core::CreditEntry> found;
    for (const QByteArray &text : texts.value()) {
        found.append(
            CreditList::fromJson(QJsonDocument::fromJson(text).object()).value_or(core::CreditEntry{}));
    }
    return found;
}

Result<QList<core::CreditEntry>> CreditListStore::entries(std::optional<core::CreditListKind> list,
                                                          const QDate &on)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (list) {
        where += QStringLiteral(" AND list = ?");
        values.append(CreditList::key(*list));
    }
    if (on.isValid()) {
        where += QStringLiteral(" AND from_date <= ? AND (removed_on = '' OR removed_on > ?)");
        values.append(dateText(on));
        values.append(dateText(on));
    }
    return m_db.all(Columns + where + Order, values, entryFrom);
}

Result<qint64> CreditListStore::count()
{
    return m_db.number(QStringLiteral("SELECT COUNT(*) FROM credit_entries"));
}

} // namespace ow::exchange
