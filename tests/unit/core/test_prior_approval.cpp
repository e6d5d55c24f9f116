// Issue 12: the rules of the one form that look beyond its investors. Business-scope items that
// need approval before registration (前置审批) require their approval document among the
// materials, on their own and at acceptance; the domicile lies in the registration authority's
// jurisdiction (or the acceptance gives a reason); and the form's new data keeps to the one
// serialiser, old stored forms reading as before.
#include "RuleForms.h"
#include "core/CaseWorkflow.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/PriorApproval.h"

#include <QJsonDocument>
#include <QTest>

using namespace ow::core;
using ow::Result;
using namespace ow::test::rules;
using namespace Qt::StringLiterals;

namespace {

OneForm limitedCompany()
{
    return validForm(u"llc_natural_multi"_s, u"太原市鑫源商贸有限公司"_s, 2);
}

// The type's checklist with every item seen, but the prior approval's marked `approval`.
QList<MaterialItem> checklist(MaterialStatus approval)
{
    QList<MaterialItem> items =
        OneFormValidator::checklistFor(*EntityTypeCatalog::instance().find(u"llc_natural_multi"_s));
    for (MaterialItem &item : items)
        item.status =
            item.id == QLatin1String(PriorApproval::MaterialId) ? approval : MaterialStatus::OriginalSeen;
    return items;
}

Result<void> accept(const OneForm &form, const QList<MaterialItem> &materials, const QString &reason = {})
{
    CaseRecord record;
    record.id = u"c0ffee00-0000-4000-8000-000000000012"_s;
    record.form = form;
    record.materials = materials;
    TransitionRequest request;
    request.action = CaseAction::Accept;
    request.actor = {u"clerk01"_s, Role::Clerk, u"W01"_s};
    request.receiptNumber = u"140105-20261202-W01-0001"_s;
    request.reason = reason;
    request.at = QDateTime(ApplicationDay, QTime(9, 30), Qt::UTC);
    return CaseWorkflow::check(record, request);
}

} // namespace

class TestPriorApproval : public QObject
{
    Q_OBJECT

private slots:
    void priorApproval_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("approval"); // MaterialStatus of the approval document
        QTest::addColumn<QStringList>("expected");
        const int missing = int(MaterialStatus::Missing);
        const int seen = int(MaterialStatus::OriginalSeen);
        const int scanned = int(MaterialStatus::Scanned);
        const QString row = u"materials[7] scope.prior_approval_missing"_s;
        QTest::newRow("no licensed item") << u"日用百货销售；五金产品零售"_s << missing << QStringList();
        QTest::newRow("licence after registration only")
            << u"食品销售；酒类零售；道路货物运输"_s << missing << QStringList();
        QTest::newRow("tobacco retail, approval missing")
            << u"日用百货销售；烟草制品零售"_s << missing << QStringList{row};
        QTest::newRow("tobacco retail, approval seen")
            << u"日用百货销售；烟草制品零售"_s << seen << QStringList();
        QTest::newRow("tobacco retail, approval scanned") << u"烟草制品零售"_s << scanned << QStringList();
        QTest::newRow("pawnbroking and security services, approval missing")
            << u"典当；保安服务"_s << missing << QStringList{row, row};
        QTest::newRow("civil explosives") << u"民用爆炸物品销售"_s << missing << QStringList{row};
        QTest::newRow("coal mining") << u"煤炭开采；煤炭洗选"_s << missing << QStringList{row};
        QTest::newRow("pre-school education") << u"学前教育"_s << missing << QStringList{row};
        QTest::newRow("mixed: food after, tobacco before")
            << u"食品销售；卷烟零售"_s << missing << QStringList{row};
    }

    void priorApproval()
    {
        QFETCH(QString, scope);
        QFETCH(int, approval);
        QFETCH(QStringList, expected);
        OneForm form = limitedCompany();
        form.businessScope = scope;
        QCOMPARE(issueKeys(PriorApproval::check(form, checklist(MaterialStatus(approval)))), expected);

        // Acceptance refuses the same, at the same field.
        const Result<void> accepted = accept(form, checklist(MaterialStatus(approval)));
        QCOMPARE(accepted.ok(), expected.isEmpty());
        if (!accepted.ok()) {
            QCOMPARE(accepted.error().code, u"workflow.prior_approval_missing"_s);
            QCOMPARE(accepted.error().field, u"materials[7]"_s);
        }
    }

    // The correction notice lists the approval document with the required materials missing, in
    // checklist order, when the scope needs it.
    void correctionNoticeListsTheApproval()
    {
        OneForm form = limitedCompany();
        QList<MaterialItem> items = checklist(MaterialStatus::Missing);
        items[1].status = MaterialStatus::Missing; // 公司章程
        const auto ids = [&] {
            QStringList list;
            for (const MaterialItem &item : PriorApproval::missingMaterials(form, items))
                list.append(item.id);
            return list;
        };
        QCOMPARE(ids(), QStringList{u"articles_of_association"_s});
        form.businessScope = u"日用百货销售；烟草制品零售"_s;
        QCOMPARE(ids(), (QStringList{u"articles_of_association"_s, u"prior_approval"_s}));
        items[7].status = MaterialStatus::CopyKept;
        QCOMPARE(ids(), QStringList{u"articles_of_association"_s});
    }

    // A checklist without the document (an old case's): the issue is at the scope.
    void noApprovalRowInTheChecklist()
    {
        OneForm form = limitedCompany();
        form.businessScope = u"保安服务"_s;
        QList<MaterialItem> items = checklist(MaterialStatus::OriginalSeen);
        items.removeAt(7);
        QCOMPARE(issueKeys(PriorApproval::check(form, items)),
                 QStringList{u"entity.scope scope.prior_approval_missing"_s});
        const FieldIssues issues = PriorApproval::check(form, items);
        QVERIFY2(issues.first().message.contains(u"公安机关"_s), qPrintable(issues.first().message));
    }

    // domicileDivision within authorityDivision: the same county, or a city's or a province's
    // authority over its counties. Outside it the acceptance needs a reason.
    void jurisdiction_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("domicile");
        QTest::addColumn<QString>("code"); // of the acceptance without a reason; empty: accepted
        QTest::addColumn<QString>("name");
        const QString outside = u"workflow.outside_jurisdiction"_s;
        const QString taiyuan = u"太原市鑫源商贸有限公司"_s;
        const QString datong = u"大同市鑫源商贸有限公司"_s;
        QTest::newRow("小店区 at 小店区") << u"140105"_s << u"140105"_s << QString() << taiyuan;
        QTest::newRow("迎泽区 at 小店区") << u"140105"_s << u"140106"_s << outside << taiyuan;
        QTest::newRow("迎泽区 at 太原市") << u"140100"_s << u"140106"_s << QString() << taiyuan;
        QTest::newRow("清徐县 at 太原市") << u"140100"_s << u"140121"_s << QString() << taiyuan;
        QTest::newRow("平城区 of 大同 at 太原市") << u"140100"_s << u"140213"_s << outside << datong;
        QTest::newRow("平城区 of 大同 at 山西省") << u"140000"_s << u"140213"_s << QString() << datong;
        QTest::newRow("东城区 of 北京 at 山西省")
            << u"140000"_s << u"110101"_s << outside << u"北京市鑫源商贸有限公司"_s;
    }

    void jurisdiction()
    {
        QFETCH(QString, authority);
        QFETCH(QString, domicile);
        QFETCH(QString, code);
        QFETCH(QString, name);
        OneForm form = limitedCompany();
        form.proposedName = name;
        form.authorityDivision = authority;
        form.domicileDivision = domicile;
        QCOMPARE(CaseWorkflow::outsideJurisdiction(form), !code.isEmpty());
        const QList<MaterialItem> materials = checklist(MaterialStatus::Missing);
        const Result<void> accepted = accept(form, materials);
        QVERIFY2(accepted.ok() || accepted.error().code != u"workflow.form_invalid"_s,
                 qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(accepted.ok() ? QString() : accepted.error().code, code);
        QVERIFY(accept(form, materials, u"市局指定管辖"_s).ok());
    }

    // The new data through the one serialiser, and a form stored before it reads as before.
    void newDataRoundTrips()
    {
        OneForm form = limitedCompany();
        form.legalRepOffice = LegalRepOffice::Manager;
        form.investors[0].idType = IdType::TaiwanPermit;
        form.investors[0].partner = PartnerKind::Limited;
        form.investors[0].farmer = true;
        form.investors[0].domiciledInChina = false;
        form.personnel = {{u"陈明"_s, u"H12345678"_s, u"经理"_s, IdType::HkMacaoPermit}};
        const QByteArray text = form.toJsonText();
        QCOMPARE(OneForm::fromJson(QJsonDocument::fromJson(text).object()), form);
        QCOMPARE(QJsonDocument(form.toJson()).toJson(QJsonDocument::Compact), text);
        QVERIFY(text.contains(R"("legalRepOffice":"manager")"));
        QVERIFY(text.contains(R"("domiciledInChina":false,"farmer":true)"));
        QVERIFY(text.contains(R"("idType":"taiwan_permit","kind":"natural")"));
        QVERIFY(text.contains(R"("partner":"limited")"));
        QVERIFY(text.contains(R"({"idNumber":"H12345678","idType":"hk_macao_permit","name")"));
    }

    void oldFormsKeepTheirText()
    {
        const QByteArray old =
            R"({"authorityDivision":"140105","capital":"20000","domicile":"太原市小店区长治路1号","domicileDivision":"140105",)"
            R"("entityType":"llc_natural_multi","financialOfficer":{"idNumber":"","idType":"resident_id","name":"赵六","phone":"13712345678","position":""},)"
            R"("investors":[{"contributionForm":"货币","deadline":"2046-12-31","idNumber":"140105197704151326","kind":"natural","name":"石洋涛","subscribed":"20000"}],)"
            R"("legalRep":{"idNumber":"140105197704151326","idType":"resident_id","name":"石洋涛","phone":"13975590169","position":"执行董事"},)"
            R"("liaison":{"idNumber":"","idType":"resident_id","name":"白娟","phone":"13803510000","position":""},"name":"太原市华兆商贸有限公司",)"
            R"("personnel":[{"idNumber":"140105197704151326","name":"石洋涛","position":"执行董事"}],"phone":"0351-7526756",)"
            R"("postalCode":"030006","scope":"日用百货销售","termYears":0})";
        const OneForm form = OneForm::fromJson(QJsonDocument::fromJson(old).object());
        QCOMPARE(form.legalRepOffice, LegalRepOffice::Unspecified);
        QCOMPARE(form.investors.first().idType, IdType::ResidentId);
        QCOMPARE(form.investors.first().partner, PartnerKind::Unspecified);
        QVERIFY(!form.investors.first().farmer);
        QVERIFY(form.investors.first().domiciledInChina);
        QCOMPARE(form.personnel.first().idType, IdType::ResidentId);
        QCOMPARE(form.toJsonText(), old);
    }
};

QTEST_GUILESS_MAIN(TestPriorApproval)
#include "test_prior_approval.moc"
