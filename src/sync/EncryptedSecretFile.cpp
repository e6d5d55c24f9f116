#include "EncryptedSecretFile.h"

#include "SyncLog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {
const QByteArray Magic = QByteArrayLiteral("OWSECRET1");
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;
constexpr int KeyBytes = 32;
constexpr int SaltBytes = 32;
constexpr qint64 MaxFileBytes = 1024 * 1024;

Error ioError(const QString &message)
{
    return Error{u"secrets.io"_s, message, {}};
}

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

EncryptedSecretFile::EncryptedSecretFile(QString directory, QByteArray machineSecret, int log2N)
    : m_dir(std::move(directory)),
      m_machineSecret(machineSecret.isEmpty() ? defaultMachineSecret() : std::move(machineSecret)),
      m_log2N(log2N)
{}

QByteArray EncryptedSecretFile::defaultMachineSecret()
{
    // /etc/machine-id on Linux (the registry key MachineGuid on Windows).
    QByteArray id = QSysInfo::machineUniqueId();
    if (id.isEmpty()) {
        QFile file(u"/etc/machine-id"_s);
        if (file.open(QIODevice::ReadOnly))
            id = file.readAll().trimmed();
    }
    if (id.isEmpty())
        qCWarning(lcSyncSecrets) << "no machine id; the secrets file is bound to its salt only";
    return QByteArrayLiteral("OneWindow secrets v1|") + id;
}

QString EncryptedSecretFile::filePath() const
{
    return QDir(m_dir).filePath(u"secrets.enc"_s);
}

QString EncryptedSecretFile::saltPath() const
{
    return QDir(m_dir).filePath(u"secrets.salt"_s);
}

Result<QByteArray> EncryptedSecretFile::derivedKey(bool create) const
{
    QByteArray salt;
    QFile saltFile(saltPath());
    if (saltFile.open(QIODevice::ReadOnly)) {
        salt = saltFile.read(SaltBytes + 1);
        saltFile.close();
        if (salt.size() != SaltBytes) {
            return Error{u"secrets.unreadable"_s,
                         tr("The key file of the stored secrets (%1) is damaged; enter the secrets again.")
                             .arg(QDir::toNativeSeparators(saltPath())),
                         {}};
        }
    } else if (!create) {
        return Error{u"secrets.unreadable"_s,
                     tr("The key file of the stored secrets (%1) is missing; enter the secrets again.")
                         .arg(QDir::toNativeSeparators(saltPath())),
                     {}};
    } else {
        salt.resize(SaltBytes);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
            return ioError(tr("No random numbers are available to protect the stored secrets."));
        if (!QDir().mkpath(m_dir))
            return ioError(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_dir)));
        QSaveFile out(saltPath());
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(OwnerOnly) ||
            out.write(salt) != SaltBytes || !out.commit()) {
            return ioError(tr("The key file %1 cannot be written: %2")
                               .arg(QDir::toNativeSeparators(saltPath()), out.errorString()));
        }
    }
    QByteArray key(KeyBytes, '\0');
    if (EVP_PBE_scrypt(m_machineSecret.constData(), size_t(m_machineSecret.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()),
                       uint64_t(1) << m_log2N, 8, 1, 64ull * 1024 * 1024,
                       reinterpret_cast<unsigned char *>(key.data()), size_t(key.size())) != 1) {
        return ioError(tr("The key of the stored secrets cannot be derived."));
    }
    return key;
}

Result<QMap<QString, QByteArray>> EncryptedSecretFile::loadAll() const
{
    QMap<QString, QByteArray> secrets;
    QFile file(filePath());
    if (!file.exists())
        return secrets;
    if (!file.open(QIODevice::ReadOnly))
        return ioError(tr("The secrets file %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(filePath()), file.errorString()));
    const QByteArray data = file.read(MaxFileBytes + 1);
    const Error unreadable{u"secrets.unreadable"_s,
                           tr("The stored secrets cannot be decrypted: the file was changed, damaged, or "
                              "copied from another computer. Enter the secrets again."),
                           {}};
    if (data.size() > MaxFileBytes || data.size() < Magic.size() + NonceBytes + TagBytes ||
        !data.startsWith(Magic))
        return unreadable;
    auto key = derivedKey(false);
    if (!key)
        return key.error();

    const auto *nonce = reinterpret_cast<const unsigned char *>(data.constData() + Magic.size());
    const qsizetype cipherStart = Magic.size() + NonceBytes;
    const qsizetype cipherSize = data.size() - cipherStart - TagBytes;
    QByteArray tag = data.right(TagBytes);
    QByteArray plain(cipherSize, '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceBytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(key.value().constData()), nonce) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char *>(Magic.constData()),
                          int(Magic.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len,
                          reinterpret_cast<const unsigned char *>(data.constData() + cipherStart),
                          int(cipherSize)) == 1;
    total = len;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) == 1 &&
         EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + total, &len) == 1;
    if (!ok) {
        qCWarning(lcSyncSecrets) << "secrets file failed authentication";
        return unreadable;
    }
    const QJsonObject object = QJsonDocument::fromJson(plain).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        secrets.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return secrets;
}

Result<void> EncryptedSecretFile::saveAll(const QMap<QString, QByteArray> &secrets)
{
    auto key = derivedKey(true);
    if (!key)
        return key.error();
    QJsonObject object;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        object.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QByteArray plain = QJsonDocument(object).toJson(QJsonDocument::Compact);

    QByteArray nonce(NonceBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), NonceBytes) != 1)
        return ioError(tr("No random numbers are available to protect the stored secrets."));
    QByteArray cipher(plain.size(), '\0');
    QByteArray tag(TagBytes, '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceBytes, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(key.value().constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                          reinterpret_cast<const unsigned char *>(Magic.constData()),
                          int(Magic.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()), &len,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          int(plain.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(cipher.data()) + len, &len) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, tag.data()) == 1;
    if (!ok)
        return ioError(tr("The secrets could not be encrypted."));

    QSaveFile out(filePath());
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(OwnerOnly) ||
        out.write(Magic + nonce + cipher + tag) < 0 || !out.commit()) {
        return ioError(tr("The secrets file %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(filePath()), out.errorString()));
    }
    return {};
}

Result<std::optional<QByteArray>> EncryptedSecretFile::read(const QString &key) const
{
    auto all = loadAll();
    if (!all)
        return all.error();
    if (!all.value().contains(key))
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(all.value().value(key));
}

Result<void> EncryptedSecretFile::write(const QString &key, const QByteArray &value)
{
    auto all = loadAll();
    QMap<QString, QByteArray> secrets;
    if (all)
        secrets = all.value();
    else if (all.error().code != u"secrets.unreadable"_s)
        return all.error();
    else
        qCWarning(lcSyncSecrets) << "unreadable secrets file replaced:" << all.error().message;
    secrets.insert(key, value);
    return saveAll(secrets);
}

Result<void> EncryptedSecretFile::remove(const QString &key)
{
    auto all = loadAll();
    if (!all)
        return all.error();
    QMap<QString, QByteArray> secrets = all.value();
    if (secrets.remove(key) == 0)
        return {};
    return saveAll(secrets);
}

} // namespace ow::sync
