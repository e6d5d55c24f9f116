#pragma once

#include <QByteArray>
#include <QString>

namespace ow::security {

// Salted, slow password verifiers (scrypt through OpenSSL 3). The same format serves the
// offline sign-in at the counter and the exchange's user store:
//   scrypt$<log2 N>$<r>$<p>$<salt base64>$<key base64>
class PasswordHash
{
public:
    struct Cost
    {
        int log2N = 15; // 32 MiB with r = 8
        int r = 8;
        int p = 1;
    };

    static QString make(const QString &password, const Cost &cost);
    static QString make(const QString &password) { return make(password, Cost{}); }
    // Constant-time comparison; false for a malformed verifier.
    static bool verify(const QString &password, const QString &verifier);
};

} // namespace ow::security
