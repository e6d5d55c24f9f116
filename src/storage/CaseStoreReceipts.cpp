// CaseStore's receipt numbers: one file of its own, the class's translation context kept.
#include "CaseStore.h"
#include "SqlSupport.h"
#include "core/ReceiptNumber.h"
#include "core/WorkstationCode.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

Result<QString> CaseStore::allocateReceiptNumber(QSqlDatabase &db, const QDateTime &at) const
{
    static const QRegularExpression authorityPattern(u"^\\d{6}$"_s);
    if (!authorityPattern.match(m_authority).hasMatch() || !core::WorkstationCode::isValid(m_workstation)) {
        return StorageErrors::make(
            u"receipt.config"_s,
            tr("No receipt number can be issued: this workstation has no valid authority "
               "code (six digits) or workstation code (2 to 8 capital letters or digits). Ask IT "
               "to set them."));
    }
    core::ReceiptNumber number;
    number.authority = m_authority;
    number.day = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    number.workstation = m_workstation;
    const QString day = number.day.toString(u"yyyyMMdd"_s);
    sql::Statement select = sql::cached(
        db, u"SELECT last FROM receipt_sequence WHERE authority = ? AND day = ? AND workstation = ?"_s);
    if (auto r = sql::exec(select, {m_authority, day, m_workstation}); !r)
        return r.error();
    int next = (select.next() ? select.value(0).toInt() : 0) + 1;
    select.finish();
    // Never a number a local case holds already: after the cache was set up again, the feed
    // brings back the cases this workstation numbered before, and the count goes on after them.
    const QString prefix = number.prefix();
    sql::Statement highest = sql::cached(
        db, u"SELECT max(receipt_number) FROM cases WHERE receipt_number >= ? AND receipt_number < ?"_s);
    if (auto r = sql::exec(highest, {prefix, QString(prefix + u'~')}); !r)
        return r.error();
    if (highest.next() && !highest.value(0).isNull()) {
        bool ok = false;
        const int used = highest.value(0).toString().mid(prefix.size()).toInt(&ok);
        if (ok && used >= next)
            next = used + 1;
    }
    highest.finish();
    if (next > core::ReceiptNumber::MaxSequence) {
        return StorageErrors::make(
            u"receipt.exhausted"_s,
            tr("This workstation has issued %1 receipt numbers today, the most a day allows. "
               "Accept the case at another workstation.")
                .arg(core::ReceiptNumber::MaxSequence));
    }
    sql::Statement upsert =
        sql::cached(db, u"INSERT INTO receipt_sequence(authority, day, workstation, last) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT(authority, day, workstation) "
                        "DO UPDATE SET last = excluded.last"_s);
    if (auto r = sql::exec(upsert, {m_authority, day, m_workstation, next}); !r)
        return r.error();
    upsert.finish();
    number.sequence = next;
    return number.toString();
}

} // namespace ow::storage
