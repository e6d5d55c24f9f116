#include "PasswordHash.h"

#include <QList>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcPasswordHash, "onewindow.security.password")

namespace ow::security {
namespace {

constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
constexpr quint64 MaxMemory = 256ull * 1024 * 1024;

QByteArray derive(const QByteArray &password, const QByteArray &salt, int log2N, int r, int p)
{
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const quint64 n = quint64(1) << log2N;
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), n,
                       quint64(r), quint64(p), MaxMemory, reinterpret_cast<unsigned char *>(key.data()),
                       size_t(key.size())) != 1) {
        qCWarning(lcPasswordHash) << "scrypt failed with N=2^" << log2N << "r=" << r << "p=" << p;
        return {};
    }
    return key;
}

} // namespace

QString PasswordHash::make(const QString &password, const Cost &cost)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1) {
        return {};
    }
    const QByteArray key = derive(password.toUtf8(), salt, cost.log2N, cost.r, cost.p);
    if (key.isEmpty()) {
        return {};
    }
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(cost.log2N)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &verifier)
{
    const QList<QStringView> parts = QStringView(verifier).split(u'$');
    if (parts.size() != 6 || parts[0] != u"scrypt") {
        return false;
    }
    bool okN = false, okR = false, okP = false;
    const int log2N = parts[1].toInt(&okN);
    const int r = parts[2].toInt(&okR);
    const int p = parts[3].toInt(&okP);
    if (!okN || !okR || !okP || log2N < 10 || log2N > 20 || r < 1 || r > 32 || p < 1 || p > 16) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (salt.size() < 8 || expected.size() != KeyBytes) {
        return false;
    }
    const QByteArray actual = derive(password.toUtf8(), salt, log2N, r, p);
    return actual.size() == expected.size() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

} // namespace ow::security
