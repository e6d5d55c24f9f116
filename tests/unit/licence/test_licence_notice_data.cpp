// NoticeData::fromCase: what a notice takes from a case and the entity type catalogue, and the
// acceptance of a simplified deregistration with its public notice (golden files).
#include "core/EntityType.h"
#include "licence/Notice.h"
#include "support/GoldenFile.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using ow::core::CaseRecord;
using ow::core::DeregistrationNotice;
using ow::core::MaterialItem;
using ow::core::MaterialStatus;
using ow::licence::NoticeData;
using ow::licence::NoticeKind;
using ow::licence::NoticeRenderer;

namespace {

MaterialItem item(const QString &id, const QString &title, bool required, MaterialStatus status)
{
    MaterialItem m;
    m.id = id;
    m.title = title;
    m.required = required;
    m.status = status;
    return m;
}

CaseRecord sampleCase(const QString &entityTypeId)
{
    CaseRecord record;
    record.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    record.receiptNumber = u"SL140105-20240315-0007"_s;
    record.form.entityTypeId = entityTypeId;
    record.form.proposedName = u"  太原市鑫源商贸有限公司 "_s;
    record.form.legalRep.name = u"张伟 "_s;
    record.lastReason = u" 股东认缴出资额合计与注册资本不一致 "_s;
    return record;
}

// A catalogue type with at least two materials, or null when the catalogue is not filled yet.
const ow::core::EntityType *typeWithMaterials()
{
    for (const ow::core::EntityType &type : ow::core::EntityTypeCatalog::instance().types()) {
        if (type.materials.size() >= 2 && !type.name.isEmpty())
            return &type;
    }
    return nullptr;
}

// A simplified deregistration accepted on 2026-12-02 (a Wednesday), as the counter has it.
CaseRecord simplifiedDeregistration()
{
    CaseRecord record = sampleCase(u"llc_natural_multi"_s);
    record.kind = ow::core::CaseKind::Deregistration;
    record.simplified = true;
    record.subjectCode = u"91140105MA0K3XQ25W"_s;
    record.receiptNumber = u"140105-20261202-W01-0003"_s;
    record.acceptedAt = QDateTime(QDate(2026, 12, 2), QTime(2, 30), Qt::UTC);
    return record;
}

} // namespace

class TestLicenceNoticeData : public QObject
{
    Q_OBJECT

private slots:
    void copiesTheCase();
    void correctionListsRequiredMissingItems();
    void unknownTypeFallsBackToItsId();
    void catalogueGivesNameRepresentativeAndChineseTitles();
    void refusalPrintsTheReason();
    void simplifiedDeregistrationAcceptance_data();
    void simplifiedDeregistrationAcceptance();
};

void TestLicenceNoticeData::copiesTheCase()
{
    const QDate date(2024, 3, 15);
    const NoticeData data = NoticeData::fromCase(sampleCase(u"no_such_type"_s), NoticeKind::Acceptance,
                                                 u"太原市小店区市场监督管理局"_s, u"李娜"_s, date);
    QCOMPARE(data.kind, NoticeKind::Acceptance);
    QCOMPARE(data.authorityName, u"太原市小店区市场监督管理局"_s);
    QCOMPARE(data.receiptNumber, u"SL140105-20240315-0007"_s);
    QCOMPARE(data.applicantName, u"太原市鑫源商贸有限公司"_s);
    QCOMPARE(data.legalRep, u"张伟"_s);
    QCOMPARE(data.clerk, u"李娜"_s);
    QCOMPARE(data.date, date);
    QCOMPARE(data.reason, u"股东认缴出资额合计与注册资本不一致"_s);
    QCOMPARE(data.timeLimitWorkingDays, 3); // the office's setting is the caller's to set
    QVERIFY(data.items.isEmpty());
    QVERIFY(NoticeRenderer::validate(data).isEmpty());
}

void TestLicenceNoticeData::correctionListsRequiredMissingItems()
{
    CaseRecord record = sampleCase(u"no_such_type"_s);
    record.materials = {
        item(u"a"_s, u"材料甲"_s, true, MaterialStatus::Missing),
        item(u"b"_s, u"材料乙"_s, true, MaterialStatus::Scanned),
        item(u"c"_s, u"材料丙"_s, false, MaterialStatus::Missing), // optional: not asked for
        item(u"d"_s, u"材料丁"_s, true, MaterialStatus::OriginalSeen),
        item(u"e"_s, u"材料戊"_s, true, MaterialStatus::Missing),
        item(u"f"_s, u"材料己"_s, true, MaterialStatus::CopyKept),
    };
    const NoticeData correction =
        NoticeData::fromCase(record, NoticeKind::Correction, u"局"_s, u"李娜"_s, QDate(2024, 3, 15));
    QCOMPARE(correction.items, (QStringList{u"材料甲"_s, u"材料戊"_s}));

    // Only a correction lists materials.
    const NoticeData acceptance =
        NoticeData::fromCase(record, NoticeKind::Acceptance, u"局"_s, u"李娜"_s, QDate(2024, 3, 15));
    QVERIFY(acceptance.items.isEmpty());

    // Everything at once: both items and the reason, numbered on the notice.
    const QStringList lines = NoticeRenderer::lines(correction);
    QVERIFY(lines.contains(u"1．材料甲"_s));
    QVERIFY(lines.contains(u"2．材料戊"_s));
    QVERIFY(lines.contains(u"3．股东认缴出资额合计与注册资本不一致"_s));
    QVERIFY(!lines.join(u'\n').contains(u"材料丙"_s));
}

void TestLicenceNoticeData::unknownTypeFallsBackToItsId()
{
    CaseRecord record = sampleCase(u"no_such_type"_s);
    record.materials = {item(u"untitled_item"_s, QString(), true, MaterialStatus::Missing)};
    const NoticeData data =
        NoticeData::fromCase(record, NoticeKind::Correction, u"局"_s, u"李娜"_s, QDate(2024, 3, 15));
    QCOMPARE(data.entityTypeName, u"no_such_type"_s);
    QVERIFY(data.legalRepTitle.isEmpty());
    QCOMPARE(data.items, QStringList{u"untitled_item"_s}); // never an empty line on the notice
    QVERIFY(NoticeRenderer::lines(data).contains(u"法定代表人：张伟"_s));
}

void TestLicenceNoticeData::catalogueGivesNameRepresentativeAndChineseTitles()
{
    const ow::core::EntityType *type = typeWithMaterials();
    if (!type)
        QSKIP("the entity type catalogue has no type with materials yet");
    CaseRecord record = sampleCase(type->id);
    // The checklist shows translated titles; the notice prints the catalogue's Chinese ones.
    record.materials = {
        item(type->materials.at(0).id, u"Application form (translated)"_s, true, MaterialStatus::Missing),
        item(type->materials.at(1).id, u"Second item (translated)"_s, true, MaterialStatus::Missing),
    };
    const NoticeData data =
        NoticeData::fromCase(record, NoticeKind::Correction, u"局"_s, u"李娜"_s, QDate(2024, 3, 15));
    QCOMPARE(data.entityTypeName, type->name);
    QCOMPARE(data.legalRepTitle, type->representativeTitle);
    QCOMPARE(data.items, (QStringList{type->materials.at(0).title, type->materials.at(1).title}));
    if (!type->representativeTitle.isEmpty())
        QVERIFY(NoticeRenderer::lines(data).contains(type->representativeTitle + u"：张伟"_s));
}

void TestLicenceNoticeData::refusalPrintsTheReason()
{
    CaseRecord record = sampleCase(u"no_such_type"_s);
    record.lastReason = u"申请事项不属于本机关登记管辖范围\n申请登记的企业名称与已登记的企业名称相同"_s;
    record.materials = {item(u"a"_s, u"材料甲"_s, true, MaterialStatus::Missing)};
    const NoticeData data =
        NoticeData::fromCase(record, NoticeKind::Refusal, u"局"_s, u"李娜"_s, QDate(2024, 3, 15));
    QVERIFY(data.items.isEmpty()); // missing materials are not a refusal's reasons
    QVERIFY(NoticeRenderer::validate(data).isEmpty());
    const QStringList lines = NoticeRenderer::lines(data);
    QVERIFY(lines.contains(u"1．申请事项不属于本机关登记管辖范围"_s));
    QVERIFY(lines.contains(u"2．申请登记的企业名称与已登记的企业名称相同"_s));
    QVERIFY(!lines.join(u'\n').contains(u"材料甲"_s));
}

// Issue 12: the acceptance of a simplified deregistration says when its 20-day public notice runs
// (the exchange's days once synced, else as it would run from acceptance) and that the decision's
// working days count after it; the general procedure's says the plain limit.
void TestLicenceNoticeData::simplifiedDeregistrationAcceptance_data()
{
    QTest::addColumn<bool>("simplified");
    QTest::addColumn<QDate>("noticeFrom"); // invalid: not synced yet
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("says");
    QTest::newRow("notice begun") << true << QDate(2026, 12, 3) << u"acceptance-simplified-deregistration"_s
                                  << u"自2026年12月3日起至2026年12月22日止"_s;
    QTest::newRow("notice not synced yet")
        << true << QDate() << u"acceptance-simplified-deregistration-expected"_s
        << u"预计至2026年12月21日止"_s;
    QTest::newRow("general procedure") << false << QDate() << QString() << u"本机关将在5个工作日内作出"_s;
}

void TestLicenceNoticeData::simplifiedDeregistrationAcceptance()
{
    QFETCH(bool, simplified);
    QFETCH(QDate, noticeFrom);
    QFETCH(QString, golden);
    QFETCH(QString, says);
    CaseRecord record = simplifiedDeregistration();
    record.simplified = simplified;
    std::optional<DeregistrationNotice> notice;
    if (noticeFrom.isValid())
        notice = DeregistrationNotice::begin(record, noticeFrom);
    NoticeData data = NoticeData::fromCase(record, NoticeKind::Acceptance, u"太原市小店区市场监督管理局"_s,
                                           u"李娜"_s, QDate(2026, 12, 2), notice);
    data.timeLimitWorkingDays = 5;
    QCOMPARE(data.noticeUntil.isValid(), simplified);
    QCOMPARE(data.noticeExpected, simplified && !noticeFrom.isValid());
    const QStringList lines = NoticeRenderer::lines(data);
    const QString text = lines.join(u'\n');
    QVERIFY2(text.contains(says), qPrintable(text));
    if (simplified) {
        QVERIFY2(text.contains(u"公告期满后5个工作日内作出是否准予注销登记的决定"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"本机关将在5个工作日内"_s), qPrintable(text));
        const QString mismatch = ow::test::goldenMismatch(u"licence/%1.golden.txt"_s.arg(golden), lines);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
    // Only the acceptance speaks of the notice.
    const NoticeData approval =
        NoticeData::fromCase(record, NoticeKind::Approval, u"局"_s, u"王建国"_s, QDate(2026, 12, 28), notice);
    QVERIFY(!approval.noticeUntil.isValid());
}

QTEST_MAIN(TestLicenceNoticeData)
#include "test_licence_notice_data.moc"
