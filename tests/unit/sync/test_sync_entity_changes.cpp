// What a `licence` change of the feed becomes in the enterprise cache (sync::enterpriseOfChange and
// storage::EnterpriseDirectory, a real SQLite cache): a published entity as registered, a revoked one
// with the date and decision of its revocation (what the verify dialog then says), the same code
// revoked after it was registered overwriting it, and what is not an entity stored as nothing.
#include "core/RegisteredEntity.h"
#include "core/UsccCode.h"
#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"
#include "sync/ChangeFeed.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

core::RegisteredEntity entity()
{
    core::RegisteredEntity e;
    e.code = core::UsccCode::compose(u'9', u'1', QStringLiteral("140105"), core::UsccCode::serialBody(15));
    e.name = QStringLiteral("太原市祥达科技有限公司");
    e.tradeName = QStringLiteral("祥达");
    e.industry = QStringLiteral("科技");
    e.authorityDivision = QStringLiteral("140105");
    e.entityTypeId = QStringLiteral("llc_natural");
    e.legalRep = QStringLiteral("魏华");
    e.established = QDate(2026, 12, 1);
    e.status = core::RegisteredEntity::StatusRegistered;
    return e;
}

sync::Change licenceChange(const core::RegisteredEntity &e)
{
    sync::Change change;
    change.kind = QStringLiteral("licence");
    change.caseId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    change.record = e.toJson();
    return change;
}

} // namespace

class TestSyncEntityChanges : public QObject
{
    Q_OBJECT

private slots:
    void notEntitiesAreNothing()
    {
        sync::Change caseChange = licenceChange(entity());
        caseChange.kind = QStringLiteral("case");
        QVERIFY(!sync::enterpriseOfChange(caseChange));
        core::RegisteredEntity noCode = entity();
        noCode.code.back() = noCode.code.back() == u'0' ? u'1' : u'0'; // its check character is wrong
        QVERIFY(!sync::enterpriseOfChange(licenceChange(noCode)));
        core::RegisteredEntity noName = entity();
        noName.name = QStringLiteral("  ");
        QVERIFY(!sync::enterpriseOfChange(licenceChange(noName)));
    }

    void registeredThenRevokedInTheCache()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = storage::Database::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        storage::EnterpriseDirectory enterprises(db.value());

        const auto registered = sync::enterpriseOfChange(licenceChange(entity()));
        QVERIFY(registered);
        QVERIFY(enterprises.upsert({*registered}).ok());
        QVERIFY(!enterprises.find(entity().code)->isRevoked());

        core::RegisteredEntity revoked = entity();
        revoked.status = core::RegisteredEntity::StatusRevoked;
        revoked.statusSince = QDate(2026, 11, 30);
        revoked.statusDecision = QStringLiteral("晋市监罚〔2026〕17号");
        const auto record = sync::enterpriseOfChange(licenceChange(revoked));
        QVERIFY(record && record->isRevoked());
        QVERIFY(enterprises.upsert({*record}).ok());
        const std::optional<storage::EnterpriseRecord> stored = enterprises.find(entity().code.toLower());
        QVERIFY(stored);
        QVERIFY(stored->isRevoked());
        QCOMPARE(stored->statusSince, QDate(2026, 11, 30));
        QCOMPARE(stored->statusDecision, QStringLiteral("晋市监罚〔2026〕17号"));
        QCOMPARE(stored->name, entity().name);
        QCOMPARE(enterprises.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEntityChanges)
#include "test_sync_entity_changes.moc"
