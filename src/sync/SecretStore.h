#pragma once

#include "EncryptedSecretFile.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::sync {

// Secrets of this workstation (the PKCS#12 passphrase, the refresh token): in the OS keychain
// through QtKeychain; where no keychain service runs (QtKeychain reports NoBackendAvailable or
// OtherError, or there is no D-Bus session on Linux), in the EncryptedSecretFile of the data
// folder. Never in plain text, never in QSettings.
//
// The calls wait for QtKeychain's job in a local event loop; call them at start-up or from a
// settings dialog, not from within a running sync.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    enum class Backend
    {
        Automatic,    // keychain, falling back to the encrypted file
        KeychainOnly, // fail when no keychain runs
        FileOnly,     // the encrypted file only (headless runners, tests)
    };

    // `service` names the keychain entries ("OneWindow"); `dataDirectory` holds the fallback file.
    // OW_SECRET_BACKEND=file in the environment forces the encrypted file.
    SecretStore(QString service, QString dataDirectory, Backend backend = Backend::Automatic);

    static inline const QString Pkcs12Passphrase = QStringLiteral("pkcs12-passphrase");
    static inline const QString RefreshToken = QStringLiteral("refresh-token");

    ow::Result<std::optional<QByteArray>> read(const QString &key);
    ow::Result<void> write(const QString &key, const QByteArray &value);
    ow::Result<void> remove(const QString &key);

    // "keychain" or "encrypted file": where the last successful call kept the secret.
    QString backendName() const;
    bool usingFile() const { return m_useFile; }

private:
    enum class KeychainStatus
    {
        Ok,
        NotFound,
        Unavailable,
        Failed
    };
    template <typename Job>
    static KeychainStatus runKeychainJob(Job &job, const QString &key, QString *error);
    KeychainStatus keychainRead(const QString &key, QByteArray *value, QString *error);
    KeychainStatus keychainWrite(const QString &key, const QByteArray &value, QString *error);
    KeychainStatus keychainRemove(const QString &key, QString *error);
    void fallBack(const QString &why);
    // Keychain-only stores fail (no keychain service); the others move to the encrypted file.
    ow::Result<void> fallBackOrFail(const QString &why);

    QString m_service;
    Backend m_backend;
    bool m_useFile = false;
    EncryptedSecretFile m_file;
};

} // namespace ow::sync
