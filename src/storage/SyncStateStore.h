#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class Database;

// Small key/value state of the sync engine (table sync_state): the change-feed cursor and the
// time of the last successful sync. The cursor is written with setCursor() inside the same
// transaction as the page of changes it covers, so a crash never skips or repeats a page.
class SyncStateStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateStore)
public:
    explicit SyncStateStore(std::shared_ptr<Database> db);

    static inline const QString ChangesFeed = QStringLiteral("changes");

    // The last change-feed seq applied (0 before the first pull).
    qint64 cursor(const QString &feed = ChangesFeed) const;
    // Inside an open transaction on `connection`.
    static ow::Result<void> setCursor(QSqlDatabase &connection, qint64 cursor,
                                      const QString &feed = ChangesFeed);

    std::optional<QDateTime> lastSuccessfulSync() const;
    ow::Result<void> setLastSuccessfulSync(const QDateTime &at);

    std::optional<QString> value(const QString &key) const;
    ow::Result<void> setValue(const QString &key, const QString &value);
    static ow::Result<void> setValue(QSqlDatabase &connection, const QString &key, const QString &value);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
