#include "AttachmentStore.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {

constexpr qint64 ChunkSize = 1 << 20;

bool isSha256(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString storedPath(const QString &dir, const QString &sha256)
{
    return dir + u'/' + sha256.left(2) + u'/' + sha256;
}

// Makes a rename durable: the directory entry is on disk, not only the file's bytes.
void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

} // namespace

AttachmentStore::AttachmentStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<QString> AttachmentStore::add(const QString &filePath, const QString &caseId)
{
    const QString name = QFileInfo(filePath).fileName();
    auto cannotRead = [&]() {
        return StorageErrors::make(u"attachment.read"_s,
                                   tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(filePath)));
    };
    QFile source(filePath);
    if (!source.open(QIODevice::ReadOnly))
        return cannotRead();
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    if (!hasher.addData(&source))
        return cannotRead();
    const QString sha256 = QString::fromLatin1(hasher.result().toHex());
    const qint64 size = source.size();

    const QString dir = m_db->attachmentsDir() + u'/' + sha256.left(2);
    const QString target = storedPath(m_db->attachmentsDir(), sha256);
    if (QFileInfo(target).size() != size || !QFileInfo::exists(target)) {
        if (!QDir().mkpath(dir)) {
            return StorageErrors::make(
                u"attachment.write"_s,
                tr("The attachments folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
        }
        // QSaveFile writes a temporary file beside the target, syncs it to disk and renames
        // it over the target on commit(): never a half-written attachment under its hash.
        QSaveFile copy(target);
        if (!copy.open(QIODevice::WriteOnly) || !source.seek(0))
            return StorageErrors::make(
                u"attachment.write"_s,
                tr("The attachment cannot be written to %1.").arg(QDir::toNativeSeparators(dir)));
        QCryptographicHash check(QCryptographicHash::Sha256);
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(ChunkSize);
            if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
                copy.cancelWriting();
                return cannotRead();
            }
            check.addData(chunk);
            if (copy.write(chunk) != chunk.size()) {
                copy.cancelWriting();
                return StorageErrors::make(u"storage.full"_s,
                                           tr("The attachment could not be copied: the disk may be full."));
            }
        }
        if (QString::fromLatin1(check.result().toHex()) != sha256) {
            copy.cancelWriting();
            return StorageErrors::make(u"attachment.changed"_s,
                                       tr("The file %1 changed while it was being copied; add it again.")
                                           .arg(QDir::toNativeSeparators(filePath)));
        }
        if (!copy.commit()) {
            return StorageErrors::make(u"attachment.write"_s,
                                       tr("The attachment could not be saved: %1").arg(copy.errorString()));
        }
        syncDirectory(dir);
        qCDebug(lcStorage) << "attachment stored" << sha256 << size << "bytes";
    }

    auto recorded = m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        sql::Statement insert =
            sql::cached(db, u"INSERT OR IGNORE INTO attachments(sha256, case_id, original_name, size, "
                            "added_at) VALUES (?, ?, ?, ?, ?)"_s);
        auto result =
            sql::exec(insert, {sha256, caseId, name, size, sql::toDbTime(QDateTime::currentDateTimeUtc())});
        insert.finish();
        return result;
    });
    if (!recorded)
        return recorded.error();
    return sha256;
}

QString AttachmentStore::pathFor(const QString &sha256) const
{
    if (!isSha256(sha256))
        return {};
    const QString path = storedPath(m_db->attachmentsDir(), sha256);
    return QFileInfo::exists(path) ? path : QString();
}

QString AttachmentStore::originalName(const QString &sha256) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(
        db, u"SELECT original_name FROM attachments WHERE sha256 = ? ORDER BY added_at LIMIT 1"_s);
    QString name;
    if (sql::exec(query, {sha256}) && query.next())
        name = query.value(0).toString();
    query.finish();
    return name;
}

QStringList AttachmentStore::forCase(const QString &caseId) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query =
        sql::cached(db, u"SELECT sha256 FROM attachments WHERE case_id = ? ORDER BY added_at, sha256"_s);
    QStringList hashes;
    if (sql::exec(query, {caseId})) {
        while (query.next())
            hashes << query.value(0).toString();
    }
    query.finish();
    return hashes;
}

Result<QString> AttachmentStore::addBytes(const QByteArray &bytes, const QString &sha256,
                                          const QString &caseId)
{
    if (!isSha256(sha256) ||
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256) {
        return StorageErrors::make(u"attachment.changed"_s,
                                   tr("A scan did not match its name; it was not kept."));
    }
    const QString dir = m_db->attachmentsDir() + u'/' + sha256.left(2);
    const QString target = storedPath(m_db->attachmentsDir(), sha256);
    if (QFileInfo(target).size() != bytes.size()) {
        QSaveFile copy(target);
        if (!QDir().mkpath(dir) || !copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() ||
            !copy.commit()) {
            return StorageErrors::make(
                u"attachment.write"_s,
                tr("The scan cannot be written to %1.").arg(QDir::toNativeSeparators(dir)));
        }
        syncDirectory(dir);
    }
    auto recorded = m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        sql::Statement insert =
            sql::cached(db, u"INSERT OR IGNORE INTO attachments(sha256, case_id, original_name, size, "
                            "added_at) VALUES (?, ?, ?, ?, ?)"_s);
        const QString now = sql::toDbTime(QDateTime::currentDateTimeUtc());
        auto result = sql::exec(insert, {sha256, caseId, sha256.left(12), qint64(bytes.size()), now});
        insert.finish();
        if (!result)
            return result;
        sql::Statement held = sql::cached(
            db, u"INSERT OR IGNORE INTO attachment_transfers(sha256, at_exchange_since) VALUES (?, ?)"_s);
        result = sql::exec(held, {sha256, now});
        held.finish();
        return result;
    });
    if (!recorded)
        return recorded.error();
    return sha256;
}

QList<AttachmentStore::Pending> AttachmentStore::notAtExchange() const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(
        db, u"SELECT sha256, MAX(size), MIN(added_at) AS first FROM attachments WHERE sha256 NOT IN "
            "(SELECT sha256 FROM attachment_transfers) GROUP BY sha256 ORDER BY first, sha256"_s);
    QList<Pending> pending;
    if (sql::exec(query)) {
        while (query.next())
            pending.append({query.value(0).toString(), query.value(1).toLongLong()});
    }
    query.finish();
    return pending;
}

Result<void> AttachmentStore::markAtExchange(const QString &sha256)
{
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        sql::Statement insert = sql::cached(
            db, u"INSERT OR IGNORE INTO attachment_transfers(sha256, at_exchange_since) VALUES (?, ?)"_s);
        auto result = sql::exec(insert, {sha256, sql::toDbTime(QDateTime::currentDateTimeUtc())});
        insert.finish();
        return result;
    });
}

bool AttachmentStore::isAtExchange(const QString &sha256) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(db, u"SELECT 1 FROM attachment_transfers WHERE sha256 = ?"_s);
    const bool held = sql::exec(query, {sha256}) && query.next();
    query.finish();
    return held;
}

} // namespace ow::storage
