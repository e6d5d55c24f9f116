#include "ReservedSerials.h"

#include "SqlSupport.h"
#include "StorageLog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

Result<void> ReservedSerials::store(QSqlDatabase &db, const QList<quint64> &serials, const QDateTime &at)
{
    if (serials.isEmpty())
        return {};
    sql::Statement insert =
        sql::cached(db, u"INSERT OR IGNORE INTO reserved_serials(serial, reserved_at) VALUES (?, ?)"_s);
    for (quint64 serial : serials) {
        if (auto r = sql::exec(insert, {qint64(serial), at.toUTC().toString(Qt::ISODateWithMs)}); !r)
            return r;
    }
    insert.finish();
    qCInfo(lcStorage) << serials.size() << "reserved credit-code serials stored";
    return {};
}

Result<std::optional<quint64>> ReservedSerials::take(QSqlDatabase &db, const QString &caseId)
{
    sql::Statement next = sql::cached(db, u"SELECT MIN(serial) FROM reserved_serials WHERE case_id = ''"_s);
    if (auto r = sql::exec(next, {}); !r)
        return r.error();
    const QVariant found = next.next() ? next.value(0) : QVariant();
    next.finish();
    if (found.isNull())
        return std::optional<quint64>();
    sql::Statement use = sql::cached(db, u"UPDATE reserved_serials SET case_id = ? WHERE serial = ?"_s);
    if (auto r = sql::exec(use, {caseId, found.toLongLong()}); !r)
        return r.error();
    use.finish();
    return std::optional<quint64>(quint64(found.toLongLong()));
}

Result<int> ReservedSerials::unusedCount(QSqlDatabase &db)
{
    sql::Statement count = sql::cached(db, u"SELECT COUNT(*) FROM reserved_serials WHERE case_id = ''"_s);
    if (auto r = sql::exec(count, {}); !r)
        return r.error();
    const int n = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    return n;
}

} // namespace ow::storage
