#include "SecretStore.h"

#include "SyncLog.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {
constexpr int KeychainTimeoutMs = 10000;

// Runs a QtKeychain job to its end in a local event loop (bounded by a timeout).
bool runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    return finished;
}
} // namespace

SecretStore::SecretStore(QString service, QString dataDirectory, Backend backend)
    : m_service(std::move(service)), m_backend(backend), m_file(std::move(dataDirectory))
{
    if (qEnvironmentVariable("OW_SECRET_BACKEND") == u"file"_s)
        m_backend = Backend::FileOnly;
#if defined(Q_OS_LINUX)
    // QtKeychain talks to the Secret Service over the D-Bus session bus; without one (a
    // headless machine, a service account) it can only fail, sometimes after a long timeout.
    if (m_backend == Backend::Automatic && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        fallBack(u"no D-Bus session bus"_s);
#endif
    if (m_backend == Backend::FileOnly)
        m_useFile = true;
}

Result<void> SecretStore::fallBackOrFail(const QString &why)
{
    if (m_backend == Backend::KeychainOnly)
        return Error{u"secrets.no_keychain"_s, tr("No keychain service is running: %1").arg(why), {}};
    fallBack(why);
    return {};
}

void SecretStore::fallBack(const QString &why)
{
    if (!m_useFile)
        qCInfo(lcSyncSecrets) << "no OS keychain (" << why << "); using the encrypted secrets file";
    m_useFile = true;
}

QString SecretStore::backendName() const
{
    return m_useFile ? u"encrypted file"_s : u"keychain"_s;
}

// Runs a keychain job for `key` (never QtKeychain's plain-text fallback) and says how it went.
template <typename Job>
SecretStore::KeychainStatus SecretStore::runKeychainJob(Job &job, const QString &key, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(&job))
        return SecretStore::KeychainStatus::Unavailable;
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretStore::KeychainStatus::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::KeychainStatus::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        *error = job.errorString();
        return SecretStore::KeychainStatus::Unavailable;
    default:
        *error = job.errorString();
        return SecretStore::KeychainStatus::Failed;
    }
}

SecretStore::KeychainStatus SecretStore::keychainRead(const QString &key, QByteArray *value, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    const KeychainStatus status = runKeychainJob(job, key, error);
    if (status == KeychainStatus::Ok)
        *value = job.binaryData();
    return status;
}

SecretStore::KeychainStatus SecretStore::keychainWrite(const QString &key, const QByteArray &value,
                                                       QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setBinaryData(value);
    const KeychainStatus status = runKeychainJob(job, key, error);
    if (status == KeychainStatus::NotFound) {
        *error = job.errorString(); // nothing to find when writing: a failure like any other
        return KeychainStatus::Failed;
    }
    return status;
}

SecretStore::KeychainStatus SecretStore::keychainRemove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    return runKeychainJob(job, key, error);
}

Result<std::optional<QByteArray>> SecretStore::read(const QString &key)
{
    if (!m_useFile) {
        QByteArray value;
        QString error;
        switch (keychainRead(key, &value, &error)) {
        case KeychainStatus::Ok:
            return std::optional<QByteArray>(value);
        case KeychainStatus::NotFound:
            break; // it may have been kept in the file while no keychain ran
        case KeychainStatus::Unavailable:
            if (auto fallen = fallBackOrFail(error); !fallen)
                return fallen.error();
            break;
        case KeychainStatus::Failed:
            return Error{
                u"secrets.keychain"_s, tr("The keychain refused to give the secret: %1").arg(error), {}};
        }
        if (m_backend == Backend::KeychainOnly)
            return std::optional<QByteArray>();
    }
    return m_file.read(key);
}

Result<void> SecretStore::write(const QString &key, const QByteArray &value)
{
    if (!m_useFile) {
        QString error;
        switch (keychainWrite(key, value, &error)) {
        case KeychainStatus::Ok:
            // No second copy in the file once the keychain holds it.
            if (QFile::exists(m_file.filePath()))
                (void)m_file.remove(key);
            return {};
        case KeychainStatus::Unavailable:
            if (auto fallen = fallBackOrFail(error); !fallen)
                return fallen;
            break;
        case KeychainStatus::NotFound:
        case KeychainStatus::Failed:
            return Error{
                u"secrets.keychain"_s, tr("The keychain refused to keep the secret: %1").arg(error), {}};
        }
    }
    return m_file.write(key, value);
}

Result<void> SecretStore::remove(const QString &key)
{
    if (!m_useFile) {
        QString error;
        const KeychainStatus status = keychainRemove(key, &error);
        if (status == KeychainStatus::Failed)
            return Error{
                u"secrets.keychain"_s, tr("The keychain refused to remove the secret: %1").arg(error), {}};
        if (status == KeychainStatus::Unavailable)
            fallBack(error);
    }
    if (QFile::exists(m_file.filePath()))
        return m_file.remove(key);
    return {};
}

} // namespace ow::sync
