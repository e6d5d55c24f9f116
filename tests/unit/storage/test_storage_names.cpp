// The counter's sources of the name check (EnterpriseDirectory::nameHolders / findNameClash,
// core::NameClash): registered enterprises, deregistered ones with their date, former names with the day they
// changed (client schema 13), and the local cases still pending or reserved, this workstation's unsent ones
// included. Each clash says which entity or case and why.

#include "StorageTestSupport.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::storage;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 12, 2);

EnterpriseRecord enterprise(const QString &code, const QString &name, const QString &authority = u"140105"_s)
{
    const core::NameParts parts = core::EnterpriseName::parse(name);
    EnterpriseRecord e;
    e.code = code;
    e.name = name;
    e.tradeName = parts.tradeName;
    e.industry = parts.industry;
    e.authorityDivision = authority;
    e.entityTypeId = u"llc_natural_multi"_s;
    e.legalRep = u"王建国"_s;
    e.established = QDate(2015, 10, 18);
    return e;
}

} // namespace

class TestStorageNames : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    // 晋昌 registered; 晋隆 deregistered 2026-03-10; 晋华 deregistered 2025-06-01 (over a year);
    // 晋泰, formerly 太原市晋盛商贸有限公司 until 2026-08-20 and 太原市晋恒商贸有限公司 until 2024-05-01;
    // 晋达 of another authority; 晋丰 revoked (吊销: still registered).
    void seed()
    {
        EnterpriseDirectory directory(m_db);
        EnterpriseRecord deregistered = enterprise(u"91140105MA0K0002B5"_s, u"太原市晋隆商贸有限公司"_s);
        deregistered.status = core::RegisteredEntity::StatusDeregistered;
        deregistered.statusSince = QDate(2026, 3, 10);
        EnterpriseRecord longGone = enterprise(u"91140105MA0K0003C6"_s, u"太原市晋华商贸有限公司"_s);
        longGone.status = core::RegisteredEntity::StatusDeregistered;
        longGone.statusSince = QDate(2025, 6, 1);
        EnterpriseRecord renamed = enterprise(u"91140105MA0K0004D7"_s, u"太原市晋泰商贸有限公司"_s);
        renamed.formerNames = {{u"太原市晋盛商贸有限公司"_s, QDate(2026, 8, 20)},
                               {u"太原市晋恒商贸有限公司"_s, QDate(2024, 5, 1)}};
        EnterpriseRecord revoked = enterprise(u"91140105MA0K0005E8"_s, u"太原市晋丰商贸有限公司"_s);
        revoked.status = core::RegisteredEntity::StatusRevoked;
        revoked.statusSince = QDate(2026, 1, 1);
        QVERIFY(directory
                    .upsert({enterprise(u"91140105MA0K1234X1"_s, u"太原市晋昌商贸有限公司"_s), deregistered,
                             longGone, renamed, revoked,
                             enterprise(u"91140106MA0K0006F9"_s, u"太原市晋达商贸有限公司"_s, u"140106"_s)})
                    .ok());
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = Database::open(m_dir.filePath(u"names-%1/cases.db"_s.arg(++n))).value();
        seed();
    }
    void cleanup() { m_db.reset(); }

    void directory_data()
    {
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<QStringList>("mentions"); // empty: no clash

        QTest::newRow("registered, same industry")
            << u"太原市晋昌商贸有限公司"_s
            << QStringList{u"太原市晋昌商贸有限公司"_s, u"91140105MA0K1234X1"_s, u"registered"_s};
        QTest::newRow("registered, the province as division")
            << u"山西晋昌商贸有限公司"_s << QStringList{u"91140105MA0K1234X1"_s};
        QTest::newRow("registered, no industry on the proposed name")
            << u"山西晋昌有限公司"_s << QStringList{u"91140105MA0K1234X1"_s, u"no industry"_s};
        QTest::newRow("near miss: registered, another industry")
            << u"太原市晋昌科技有限公司"_s << QStringList{};
        QTest::newRow("near miss: 晋昌隆") << u"太原市晋昌隆商贸有限公司"_s << QStringList{};
        QTest::newRow("deregistered 9 months ago")
            << u"太原市晋隆商贸有限公司"_s
            << QStringList{u"91140105MA0K0002B5"_s, u"deregistered on 2026-03-10"_s, u"2027-03-10"_s};
        QTest::newRow("deregistered 18 months ago") << u"太原市晋华商贸有限公司"_s << QStringList{};
        QTest::newRow("former name changed 3 months ago")
            << u"太原市晋盛商贸有限公司"_s
            << QStringList{u"former name of 太原市晋泰商贸有限公司"_s, u"91140105MA0K0004D7"_s,
                           u"2026-08-20"_s};
        QTest::newRow("former name changed 2½ years ago") << u"太原市晋恒商贸有限公司"_s << QStringList{};
        QTest::newRow("revoked still holds its name")
            << u"太原市晋丰商贸有限公司"_s << QStringList{u"91140105MA0K0005E8"_s};
        QTest::newRow("another authority's") << u"太原市晋达商贸有限公司"_s << QStringList{};
    }

    void directory()
    {
        QFETCH(QString, proposed);
        QFETCH(QStringList, mentions);
        const auto clash = EnterpriseDirectory(m_db).findNameClash(proposed, u"140105"_s, {}, {}, Today);
        QCOMPARE(clash.has_value(), !mentions.isEmpty());
        for (const QString &phrase : mentions)
            QVERIFY2(clash->reason.contains(phrase), qPrintable(clash->reason + u" lacks "_s + phrase));
    }

    void investorOrParentExceptsIt()
    {
        EnterpriseDirectory directory(m_db);
        QVERIFY(!directory
                     .findNameClash(u"太原市晋昌商贸有限公司小店分公司"_s, u"140105"_s,
                                    {u"91140105MA0K1234X1"_s}, {}, Today)
                     .has_value());
        QVERIFY(directory.findNameClash(u"太原市晋昌商贸有限公司小店分公司"_s, u"140105"_s, {}, {}, Today));
    }

    void formerNamesReplacedAndKept()
    {
        EnterpriseDirectory directory(m_db);
        // The entity again without former names (an older feed): what was kept stays.
        QVERIFY(directory.upsert({enterprise(u"91140105MA0K0004D7"_s, u"太原市晋泰商贸有限公司"_s)}).ok());
        QVERIFY(directory.findNameClash(u"太原市晋盛商贸有限公司"_s, u"140105"_s, {}, {}, Today));
        // With a list, the list replaces it.
        EnterpriseRecord renamed = enterprise(u"91140105MA0K0004D7"_s, u"太原市晋泰商贸有限公司"_s);
        renamed.formerNames = {{u"太原市晋恒商贸有限公司"_s, QDate(2026, 10, 1)}};
        QVERIFY(directory.upsert({renamed}).ok());
        QVERIFY(!directory.findNameClash(u"太原市晋盛商贸有限公司"_s, u"140105"_s, {}, {}, Today));
        QVERIFY(directory.findNameClash(u"太原市晋恒商贸有限公司"_s, u"140105"_s, {}, {}, Today));
    }

    void pendingCases()
    {
        CaseStore store(m_db, u"W01"_s, u"140105"_s);
        core::CaseRecord draft = test::newCase(0);
        draft.form.proposedName = u"太原市晋祥商贸有限公司"_s;
        auto saved = store.perform(draft, test::request(core::CaseAction::SaveDraft, test::clerk()));
        QVERIFY(saved.ok());
        EnterpriseDirectory directory(m_db);
        auto clash = directory.findNameClash(u"太原市晋祥商贸有限公司"_s, u"140105"_s, {}, {}, Today);
        QVERIFY(clash);
        QVERIFY2(clash->reason.contains(saved.value().id) && clash->reason.contains(u"draft"_s),
                 qPrintable(clash->reason));
        QCOMPARE(clash->holder.kind, core::NameHolder::Kind::Case);
        // Not against itself, nor in another authority.
        QVERIFY(
            !directory.findNameClash(u"太原市晋祥商贸有限公司"_s, u"140105"_s, {}, saved.value().id, Today));
        QVERIFY(!directory.findNameClash(u"太原市晋祥商贸有限公司"_s, u"140106"_s, {}, {}, Today));

        // Accepted here and not sent yet (in the outbox): held, with its receipt number.
        auto accepted = store.perform(saved.value(), test::request(core::CaseAction::Accept, test::clerk()));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        clash = directory.findNameClash(u"山西晋祥商贸有限公司"_s, u"140105"_s, {}, {}, Today);
        QVERIFY(clash);
        QVERIFY2(clash->reason.contains(accepted.value().receiptNumber), qPrintable(clash->reason));

        // Withdrawn, it holds nothing.
        auto withdrawn =
            store.perform(accepted.value(), test::request(core::CaseAction::Withdraw, test::clerk()));
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.ok() ? QString() : withdrawn.error().message));
        QVERIFY(!directory.findNameClash(u"太原市晋祥商贸有限公司"_s, u"140105"_s, {}, {}, Today));
    }
};

QTEST_GUILESS_MAIN(TestStorageNames)
#include "test_storage_names.moc"
