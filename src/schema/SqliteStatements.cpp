#include "SqliteStatements.h"

#include "SchemaLog.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDriver>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace ow::schema {

namespace {

// The sqlite3 handle behind a Qt SQL connection (QSqlDriver::handle() names its type), or null.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError errorOf(sqlite3 *db, const QString &what)
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

// Binds `value` at `position` (1-based) as Qt SQL would (see the header); the UTF-8 of a text is
// kept in `texts` until the statement has run.
int bind(sqlite3_stmt *statement, int position, const QVariant &value, QVarLengthArray<QByteArray, 32> &texts)
{
    if (!value.isValid())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        if (value.toByteArray().isNull())
            return sqlite3_bind_null(statement, position);
        texts.append(value.toByteArray());
        const QByteArray &blob = texts.last();
        return sqlite3_bind_blob64(statement, position, blob.constData(), sqlite3_uint64(blob.size()),
                                   SQLITE_STATIC);
    }
    default: {
        // A null QString as '' (not NULL); its UTF-8 is empty but not null.
        texts.append(value.toString().toUtf8());
        const QByteArray &text = texts.last();
        return sqlite3_bind_text64(statement, position, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_STATIC, SQLITE_UTF8);
    }
    }
}

} // namespace

struct SqliteStatements::Private
{
    sqlite3 *db = nullptr;
    QHash<QString, sqlite3_stmt *> statements;

    Result<sqlite3_stmt *, QSqlError> prepared(const QString &sql)
    {
        if (sqlite3_stmt *kept = statements.value(sql))
            return kept;
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                               nullptr) != SQLITE_OK) {
            return errorOf(db, QStringLiteral("prepare ") + sql);
        }
        statements.insert(sql, statement);
        return statement;
    }

    // `sql` prepared with `values` bound; their texts are kept in `texts` until it has run.
    Result<sqlite3_stmt *, QSqlError> bound(const QString &sql, const QVariantList &values,
                                            QVarLengthArray<QByteArray, 32> &texts);
};

SqliteStatements::SqliteStatements(const QSqlDatabase &db) : d(std::make_unique<Private>())
{
    d->db = handleOf(db);
}

SqliteStatements::~SqliteStatements()
{
    for (sqlite3_stmt *statement : std::as_const(d->statements))
        sqlite3_finalize(statement);
}

bool SqliteStatements::usable() const
{
    return d->db != nullptr;
}

Result<sqlite3_stmt *, QSqlError> SqliteStatements::Private::bound(const QString &sql,
                                                                   const QVariantList &values,
                                                                   QVarLengthArray<QByteArray, 32> &texts)
{
    if (!db)
        return QSqlError(QStringLiteral("no SQLite connection"), {}, QSqlError::ConnectionError);
    auto made = prepared(sql);
    if (!made)
        return made.error();
    sqlite3_stmt *statement = made.value();
    if (sqlite3_bind_parameter_count(statement) != int(values.size())) {
        qCWarning(lcSchemaSqlite) << "statement takes" << sqlite3_bind_parameter_count(statement)
                                  << "values, given" << values.size() << ":" << sql;
        return QSqlError(QStringLiteral("wrong number of values for ") + sql, {}, QSqlError::StatementError);
    }
    texts.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (bind(statement, int(i) + 1, values.at(i), texts) != SQLITE_OK) {
            const QSqlError error = errorOf(db, sql);
            sqlite3_clear_bindings(statement);
            return error;
        }
    }
    return statement;
}

qint64 SqliteStatements::Row::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatements::Row::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

Result<qsizetype, QSqlError> SqliteStatements::select(const QString &sql, const QVariantList &values,
                                                      const std::function<void(const Row &)> &each)
{
    QVarLengthArray<QByteArray, 32> texts;
    auto bound = d->bound(sql, values, texts);
    if (!bound)
        return bound.error();
    sqlite3_stmt *statement = bound.value();
    qsizetype rows = 0;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        each(Row(statement));
        ++rows;
    }
    const QSqlError error = stepped == SQLITE_DONE ? QSqlError() : errorOf(d->db, sql);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (error.type() != QSqlError::NoError)
        return error;
    return rows;
}

Result<int, QSqlError> SqliteStatements::run(const QString &sql, const QVariantList &values)
{
    QVarLengthArray<QByteArray, 32> texts;
    auto bound = d->bound(sql, values, texts);
    if (!bound)
        return bound.error();
    sqlite3_stmt *statement = bound.value();
    const int stepped = sqlite3_step(statement);
    const QSqlError error =
        stepped == SQLITE_DONE || stepped == SQLITE_ROW ? QSqlError() : errorOf(d->db, sql);
    const int changed = sqlite3_changes(d->db);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (error.type() != QSqlError::NoError)
        return error;
    return changed;
}

} // namespace ow::schema
