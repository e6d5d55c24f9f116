// The encrypted file behind SecretStore where no keychain runs: round trip, tampering and a
// copy on another machine are detected, and no secret is ever in the file in plain text.

#include "sync/EncryptedSecretFile.h"
#include "sync/SecretStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::sync;

class TestSecrets : public QObject
{
    Q_OBJECT

    // A low scrypt cost keeps the test fast; the format is the same.
    static constexpr int TestCost = 10;

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        EncryptedSecretFile file(dir.path(), QByteArrayLiteral("machine-A"), TestCost);
        QVERIFY(file.read(QStringLiteral("missing")).value() == std::nullopt);
        QVERIFY(file.write(QStringLiteral("pkcs12-passphrase"), QByteArrayLiteral("s3cret-Pass")).ok());
        QVERIFY(file.write(QStringLiteral("refresh-token"), QByteArray("tok\0en", 6)).ok());
        QCOMPARE(file.read(QStringLiteral("pkcs12-passphrase")).value().value(),
                 QByteArrayLiteral("s3cret-Pass"));
        QCOMPARE(file.read(QStringLiteral("refresh-token")).value().value(), QByteArray("tok\0en", 6));

        // Another instance (a restart) reads the same.
        EncryptedSecretFile again(dir.path(), QByteArrayLiteral("machine-A"), TestCost);
        QCOMPARE(again.read(QStringLiteral("pkcs12-passphrase")).value().value(),
                 QByteArrayLiteral("s3cret-Pass"));
        QVERIFY(again.remove(QStringLiteral("pkcs12-passphrase")).ok());
        QVERIFY(again.read(QStringLiteral("pkcs12-passphrase")).value() == std::nullopt);
        QVERIFY(again.read(QStringLiteral("refresh-token")).value().has_value());
    }

    void neverPlainTextAndOwnerOnly()
    {
        QTemporaryDir dir;
        EncryptedSecretFile file(dir.path(), QByteArrayLiteral("machine-A"), TestCost);
        QVERIFY(file.write(QStringLiteral("pkcs12-passphrase"), QByteArrayLiteral("VeryVisibleSecret")).ok());
        QFile raw(file.filePath());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("OWSECRET1"));
        QVERIFY(!bytes.contains("VeryVisibleSecret"));
        QVERIFY(!bytes.contains(QByteArrayLiteral("VeryVisibleSecret").toBase64()));
        QVERIFY(!bytes.contains("pkcs12-passphrase"));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFile(file.filePath()).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 owner);
        QCOMPARE(QFile(file.saltPath()).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 owner);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<int>("offset"); // from the end; covers tag, cipher text, nonce, magic
        QTest::newRow("tag") << 1;
        QTest::newRow("cipher text") << 20;
        QTest::newRow("nonce") << -12;
        QTest::newRow("magic") << -100;
    }

    void tamperingIsDetected()
    {
        QFETCH(int, offset);
        QTemporaryDir dir;
        EncryptedSecretFile file(dir.path(), QByteArrayLiteral("machine-A"), TestCost);
        QVERIFY(file.write(QStringLiteral("refresh-token"), QByteArrayLiteral("a-long-enough-refresh-token"))
                    .ok());
        QFile raw(file.filePath());
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QByteArray bytes = raw.readAll();
        const qsizetype at = offset > 0 ? bytes.size() - offset : (offset == -12 ? 9 + 3 : 2);
        bytes[at] = char(bytes[at] ^ 0x01);
        raw.seek(0);
        raw.write(bytes);
        raw.close();
        auto read = file.read(QStringLiteral("refresh-token"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("secrets.unreadable"));
        QVERIFY(!read.error().message.isEmpty());
    }

    void truncatedFileIsAnError()
    {
        QTemporaryDir dir;
        EncryptedSecretFile file(dir.path(), QByteArrayLiteral("machine-A"), TestCost);
        QVERIFY(file.write(QStringLiteral("k"), QByteArrayLiteral("v")).ok());
        QVERIFY(QFile::resize(file.filePath(), 20));
        QCOMPARE(file.read(QStringLiteral("k")).error().code, QStringLiteral("secrets.unreadable"));
    }

    void anotherMachineCannotRead()
    {
        QTemporaryDir dir;
        QVERIFY(EncryptedSecretFile(dir.path(), QByteArrayLiteral("machine-A"), TestCost)
                    .write(QStringLiteral("k"), QByteArrayLiteral("v"))
                    .ok());
        EncryptedSecretFile copied(dir.path(), QByteArrayLiteral("machine-B"), TestCost);
        auto read = copied.read(QStringLiteral("k"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("secrets.unreadable"));
    }

    void lostSaltIsAnError()
    {
        QTemporaryDir dir;
        EncryptedSecretFile file(dir.path(), QByteArrayLiteral("machine-A"), TestCost);
        QVERIFY(file.write(QStringLiteral("k"), QByteArrayLiteral("v")).ok());
        QVERIFY(QFile::remove(file.saltPath()));
        QCOMPARE(file.read(QStringLiteral("k")).error().code, QStringLiteral("secrets.unreadable"));
    }

    void secretStoreFileBackend()
    {
        QTemporaryDir dir;
        SecretStore store(QStringLiteral("OneWindowTest"), dir.path(), SecretStore::Backend::FileOnly);
        QVERIFY(store.usingFile());
        QVERIFY(store.write(SecretStore::RefreshToken, QByteArrayLiteral("rt-1")).ok());
        QCOMPARE(store.read(SecretStore::RefreshToken).value().value(), QByteArrayLiteral("rt-1"));
        QVERIFY(store.remove(SecretStore::RefreshToken).ok());
        QVERIFY(store.read(SecretStore::RefreshToken).value() == std::nullopt);
    }

    void secretStoreFallsBackWithoutKeychain()
    {
        // This test machine has no D-Bus session: the automatic backend must fall back, not fail.
        QTemporaryDir dir;
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SecretStore store(QStringLiteral("OneWindowTest"), dir.path());
        QVERIFY(store.write(QStringLiteral("probe"), QByteArrayLiteral("x")).ok());
        QCOMPARE(store.read(QStringLiteral("probe")).value().value(), QByteArrayLiteral("x"));
        QVERIFY(store.usingFile());
        if (!saved.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_sync_secrets.moc"
