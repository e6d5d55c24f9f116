#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace ow::sync {

// The fallback of SecretStore where no OS keychain runs (a headless machine): small secrets
// (the PKCS#12 passphrase, the refresh token) in one file, encrypted with AES-256-GCM under a
// key derived by scrypt from a machine-bound secret (/etc/machine-id) and a random salt kept
// beside the file (mode 0600). Never plain text.
//
// Threat model, honestly: this protects against casual copying of the data folder (a backup,
// a USB stick, another machine): without this machine's id the file cannot be decrypted, and
// any change to it is detected (GCM tag). It does NOT protect against root, or against
// anyone who can run code as this user on this machine: they can read the machine id and the
// salt just as this program does. Where that matters, run a keychain service.
//
// File layout: "OWSECRET1" | 12-byte nonce | ciphertext | 16-byte tag; the magic is the
// associated data; the plain text is a compact JSON object {key: base64(value)}.
class EncryptedSecretFile
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedSecretFile)
public:
    // `machineSecret` empty = defaultMachineSecret(). `log2N` is the scrypt cost (tests lower it).
    EncryptedSecretFile(QString directory, QByteArray machineSecret = {}, int log2N = 15);

    static QByteArray defaultMachineSecret();
    QString filePath() const;
    QString saltPath() const;

    // Errors: "secrets.unreadable" (wrong machine, changed or damaged file), "secrets.io".
    ow::Result<std::optional<QByteArray>> read(const QString &key) const;
    ow::Result<void> write(const QString &key, const QByteArray &value);
    ow::Result<void> remove(const QString &key);

private:
    ow::Result<QByteArray> derivedKey(bool create) const;
    ow::Result<QMap<QString, QByteArray>> loadAll() const;
    ow::Result<void> saveAll(const QMap<QString, QByteArray> &secrets);

    QString m_dir;
    QByteArray m_machineSecret;
    int m_log2N;
};

} // namespace ow::sync
