// The smaller stores: the registered-enterprise cache (its name clashes: test_storage_names), local accounts
// with their lock, and attachments kept once by SHA-256.

#include "StorageTestSupport.h"
#include "security/PasswordHash.h"
#include "storage/AccountStore.h"
#include "storage/AttachmentStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/SearchIndex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::storage;

namespace {

EnterpriseRecord enterprise(const QString &code, const QString &trade, const QString &industry,
                            const QString &authority)
{
    EnterpriseRecord e;
    e.code = code;
    e.tradeName = trade;
    e.industry = industry;
    e.authorityDivision = authority;
    e.name = QStringLiteral("太原市") + trade + industry + QStringLiteral("有限公司");
    e.entityTypeId = QStringLiteral("llc_natural_multi");
    e.legalRep = QStringLiteral("王建国");
    e.established = QDate(2015, 10, 18);
    return e;
}

} // namespace

class TestStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

private slots:
    void init()
    {
        static int n = 0;
        m_db = Database::open(m_dir.filePath(QStringLiteral("stores-%1/cases.db").arg(++n))).value();
    }
    void cleanup() { m_db.reset(); }

    void enterprisesUpsertAndFind()
    {
        EnterpriseDirectory directory(m_db);
        QList<EnterpriseRecord> batch;
        for (int i = 0; i < 300; ++i)
            batch.append(enterprise(QStringLiteral("9114010500000%1X").arg(i, 4, 10, QLatin1Char('0')),
                                    QStringLiteral("鑫源"), QStringLiteral("商贸%1").arg(i),
                                    QStringLiteral("140105")));
        QVERIFY(directory.upsert(batch).ok());
        QCOMPARE(directory.count(), 300);
        auto found = directory.find(QStringLiteral("91140105000000007x"));
        QVERIFY(found.has_value());
        QCOMPARE(found->industry, QStringLiteral("商贸7"));
        QCOMPARE(found->established, QDate(2015, 10, 18));

        // Upsert replaces, also in the search index.
        batch[7].name = QStringLiteral("太原市改名商贸有限公司");
        QVERIFY(directory.upsert({batch[7]}).ok());
        QCOMPARE(directory.count(), 300);
        QCOMPARE(directory.find(batch[7].code)->name, QStringLiteral("太原市改名商贸有限公司"));
        QCOMPARE(SearchIndex(m_db).search(QStringLiteral("改名")).value(0).refId, batch[7].code);

        // A bad record fails the whole batch.
        QList<EnterpriseRecord> bad{enterprise(QStringLiteral("91140105000009999X"), QStringLiteral("甲乙"),
                                               QStringLiteral("商贸"), QStringLiteral("140105")),
                                    EnterpriseRecord{}};
        QVERIFY(!directory.upsert(bad).ok());
        QCOMPARE(directory.count(), 300);
    }

    void accountsVerifyAndLock()
    {
        AccountStore accounts(m_db);
        LocalAccount account;
        account.userId = QStringLiteral("clerk01");
        account.displayName = QStringLiteral("张丽");
        account.role = core::Role::Supervisor;
        account.verifier = security::PasswordHash::make(QStringLiteral("Counter#2026"), {10, 8, 1});
        QVERIFY(accounts.upsert(account).ok());
        QCOMPARE(accounts.count(), 1);
        QCOMPARE(accounts.find(QStringLiteral("clerk01"))->role, core::Role::Supervisor);
        QVERIFY(!accounts.find(QStringLiteral("nobody")).has_value());

        const QDateTime t0(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
        auto ok = accounts.verify(QStringLiteral("clerk01"), QStringLiteral("Counter#2026"), t0);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().displayName, QStringLiteral("张丽"));

        auto unknown = accounts.verify(QStringLiteral("nobody"), QStringLiteral("x"), t0);
        auto wrong = accounts.verify(QStringLiteral("clerk01"), QStringLiteral("wrong"), t0);
        QCOMPARE(unknown.error().code, QStringLiteral("auth.unknown_or_wrong"));
        QCOMPARE(wrong.error().code, QStringLiteral("auth.unknown_or_wrong"));
        QCOMPARE(unknown.error().message, wrong.error().message); // names cannot be probed

        for (int i = 2; i < AccountStore::MaxFailures; ++i)
            QCOMPARE(accounts.verify(QStringLiteral("clerk01"), QStringLiteral("wrong"), t0).error().code,
                     QStringLiteral("auth.unknown_or_wrong"));
        auto locking = accounts.verify(QStringLiteral("clerk01"), QStringLiteral("wrong"), t0);
        QCOMPARE(locking.error().code, QStringLiteral("auth.locked"));
        const QString until = QLocale().toString(t0.addSecs(AccountStore::LockMinutes * 60).toLocalTime(),
                                                 QLocale::ShortFormat);
        QVERIFY2(locking.error().message.contains(until), qPrintable(locking.error().message));

        // Locked: even the right password is refused until the lock runs out.
        auto locked =
            accounts.verify(QStringLiteral("clerk01"), QStringLiteral("Counter#2026"), t0.addSecs(14 * 60));
        QCOMPARE(locked.error().code, QStringLiteral("auth.locked"));
        QVERIFY(locked.error().message.contains(until));
        auto after =
            accounts.verify(QStringLiteral("clerk01"), QStringLiteral("Counter#2026"), t0.addSecs(16 * 60));
        QVERIFY(after.ok());
        // A success resets the count.
        for (int i = 1; i < AccountStore::MaxFailures; ++i)
            QVERIFY(
                !accounts.verify(QStringLiteral("clerk01"), QStringLiteral("wrong"), t0.addSecs(3600)).ok());
        QVERIFY(accounts.verify(QStringLiteral("clerk01"), QStringLiteral("Counter#2026"), t0.addSecs(3600))
                    .ok());
        QCOMPARE(accounts.verify(QStringLiteral("clerk01"), QStringLiteral("wrong"), t0.addSecs(3600))
                     .error()
                     .code,
                 QStringLiteral("auth.unknown_or_wrong"));
    }

    void attachmentsAreStoredOnceByHash()
    {
        AttachmentStore attachments(m_db);
        const QString source = m_dir.filePath(QStringLiteral("营业执照扫描.pdf"));
        QByteArray content;
        for (int i = 0; i < 300000; ++i)
            content.append(char(i % 253));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        auto added = attachments.add(source, QStringLiteral("case-1"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QCOMPARE(added.value(), expected);
        const QString stored = attachments.pathFor(expected);
        QVERIFY(stored.startsWith(m_db->attachmentsDir()));
        QFile storedFile(stored);
        QVERIFY(storedFile.open(QIODevice::ReadOnly));
        QCOMPARE(storedFile.readAll(), content);
        QCOMPARE(attachments.originalName(expected), QStringLiteral("营业执照扫描.pdf"));

        // The same content under another name and case: one file, two records.
        const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
        QVERIFY(QFile::copy(source, copy));
        QCOMPARE(attachments.add(copy, QStringLiteral("case-2")).value(), expected);
        QCOMPARE(attachments.add(copy, QStringLiteral("case-2")).value(), expected);
        QCOMPARE(attachments.forCase(QStringLiteral("case-2")), QStringList{expected});
        QCOMPARE(attachments.forCase(QStringLiteral("case-1")), QStringList{expected});
        int files = 0;
        QDirIterator it(m_db->attachmentsDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++files;
        }
        QCOMPARE(files, 1); // no temporary files left behind either

        QVERIFY(attachments.pathFor(QStringLiteral("../../etc/passwd")).isEmpty());
        QVERIFY(attachments.pathFor(QStringLiteral("00").repeated(32)).isEmpty());
        auto missing =
            attachments.add(m_dir.filePath(QStringLiteral("missing.pdf")), QStringLiteral("case-1"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("attachment.read"));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "test_storage_stores.moc"
