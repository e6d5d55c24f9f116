// Issue 11 §2: what the feed's `licence` change brings for the counter's name check (sync::enterpriseOfChange
// into storage::EnterpriseDirectory, a real SQLite cache): a deregistered entity with its date, and an
// entity's former names with the day each changed, each then a clash for a year with who and why.
#include "core/RegisteredEntity.h"
#include "core/UsccCode.h"
#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"
#include "sync/ChangeFeed.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;

namespace {

core::RegisteredEntity entity(int serial, const QString &name, const QString &tradeName)
{
    core::RegisteredEntity e;
    e.code = core::UsccCode::compose(u'9', u'1', u"140105"_s, core::UsccCode::serialBody(quint64(serial)));
    e.name = name;
    e.tradeName = tradeName;
    e.industry = u"科技"_s;
    e.authorityDivision = u"140105"_s;
    e.entityTypeId = u"llc_natural_multi"_s;
    e.legalRep = u"魏华"_s;
    e.established = QDate(2020, 5, 1);
    e.status = core::RegisteredEntity::StatusRegistered;
    return e;
}

sync::Change licenceChange(const core::RegisteredEntity &e)
{
    sync::Change change;
    change.kind = u"licence"_s;
    change.caseId = u"c0ffee00-0000-4000-8000-000000000002"_s;
    change.record = e.toJson();
    return change;
}

} // namespace

class TestSyncNameChanges : public QObject
{
    Q_OBJECT

private slots:
    void deregisteredAndFormerNamesReachTheNameCheck()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = storage::Database::open(dir.filePath(u"cache.sqlite"_s));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        storage::EnterpriseDirectory enterprises(db.value());

        core::RegisteredEntity gone = entity(21, u"太原市祥瑞科技有限公司"_s, u"祥瑞"_s);
        gone.status = core::RegisteredEntity::StatusDeregistered;
        gone.statusSince = QDate(2026, 6, 30);
        core::RegisteredEntity renamed = entity(22, u"太原市祥泰科技有限公司"_s, u"祥泰"_s);
        renamed.formerNames = {{u"太原市祥盛科技有限公司"_s, QDate(2026, 10, 8)}};
        // The JSON keeps them, bounded and only when valid.
        QCOMPARE(core::RegisteredEntity::fromJson(renamed.toJson())->formerNames, renamed.formerNames);
        QVERIFY(!entity(23, u"太原市祥和科技有限公司"_s, u"祥和"_s).toJson().contains(u"formerNames"_s));

        for (const core::RegisteredEntity &e : {gone, renamed}) {
            const auto record = sync::enterpriseOfChange(licenceChange(e));
            QVERIFY(record);
            QVERIFY(enterprises.upsert({*record}).ok());
        }
        QCOMPARE(enterprises.find(gone.code)->status, core::RegisteredEntity::StatusDeregistered);
        QCOMPARE(core::RegisteredEntity::statusLabel(core::RegisteredEntity::StatusDeregistered), u"注销"_s);

        const QDate today(2026, 12, 2);
        const auto deregistered =
            enterprises.findNameClash(u"山西祥瑞科技有限公司"_s, u"140105"_s, {}, {}, today);
        QVERIFY(deregistered);
        QVERIFY2(deregistered->reason.contains(gone.code) && deregistered->reason.contains(u"2026-06-30"_s),
                 qPrintable(deregistered->reason));
        QVERIFY(
            !enterprises.findNameClash(u"山西祥瑞科技有限公司"_s, u"140105"_s, {}, {}, QDate(2027, 6, 30)));

        const auto former =
            enterprises.findNameClash(u"太原市祥盛科技有限公司"_s, u"140105"_s, {}, {}, today);
        QVERIFY(former);
        QVERIFY2(former->reason.contains(renamed.name) && former->reason.contains(renamed.code),
                 qPrintable(former->reason));
    }
};

QTEST_GUILESS_MAIN(TestSyncNameChanges)
#include "test_sync_name_changes.moc"
