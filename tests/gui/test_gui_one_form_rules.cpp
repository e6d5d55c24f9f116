// Issue 12 at the counter: the one form hands back what it does not show yet (an investor's
// deadline, ID type, partner kind, farmer and domicile flags, a key person's ID type), asks which
// office the articles make the legal representative (companies only) and validates every
// identity document by its own type.
#include "core/EntityType.h"
#include "core/OneForm.h"
#include "core/SampleApplications.h"
#include "support/GuiTyping.h"
#include "ui/counter/OneFormWidget.h"
#include "unit/core/RuleForms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace ow;
using ow::test::child;

class TestGuiOneFormRules : public QObject
{
    Q_OBJECT
private slots:
    // Issue 12: what the one form does not show yet (an investor's deadline, ID type, partner kind,
    // farmer and domicile flags, a key person's ID type, the legal representative's office) goes
    // back out as it came in, and the representative's ID type offers the documents of people
    // who are not PRC residents.
    void formKeepsWhatItDoesNotShow()
    {
        ui::OneFormWidget widget;
        QRandomGenerator random(12);
        core::OneForm form = core::samples::limitedCompany(random);
        form.legalRepOffice = core::LegalRepOffice::Director;
        form.legalRep.idType = core::IdType::TaiwanPermit;
        form.legalRep.idNumber = QStringLiteral("03201234");
        core::Investor &investor = form.investors[1];
        investor.idType = core::IdType::HkMacaoPermit;
        investor.idNumber = QStringLiteral("H12345678");
        investor.deadline = QDate(2029, 6, 30);
        investor.partner = core::PartnerKind::General;
        investor.farmer = true;
        investor.domiciledInChina = false;
        form.personnel = {{form.legalRep.name, form.legalRep.idNumber, QStringLiteral("执行董事"),
                           core::IdType::TaiwanPermit},
                          {QStringLiteral("陈明"), QStringLiteral("911840198506120015"),
                           QStringLiteral("监事"), core::IdType::ForeignPermanentResident}};
        widget.setContent(form, {});

        const core::OneForm back = widget.form();
        QCOMPARE(back.legalRepOffice, core::LegalRepOffice::Director);
        QCOMPARE(back.legalRep.idType, core::IdType::TaiwanPermit);
        QCOMPARE(back.investors.size(), form.investors.size());
        const core::Investor &kept = back.investors.at(1);
        QCOMPARE(kept.idType, core::IdType::HkMacaoPermit);
        QCOMPARE(kept.deadline, QDate(2029, 6, 30));
        QCOMPARE(kept.partner, core::PartnerKind::General);
        QVERIFY(kept.farmer);
        QVERIFY(!kept.domiciledInChina);
        QCOMPARE(back.investors.at(0).deadline, form.investors.at(0).deadline);
        QCOMPARE(back.personnel, form.personnel);
        const core::FieldIssues issues = widget.issues();
        QVERIFY2(std::none_of(issues.cbegin(), issues.cend(),
                              [](const core::FieldIssue &i) { return i.field.contains(u"idNumber"); }),
                 "every document validates by its own type");

        // The office the articles choose: shown for companies, checked against the key personnel.
        auto *office = child<QComboBox>(&widget, QStringLiteral("legalRepOffice"));
        QVERIFY(office);
        QVERIFY(office->isVisibleTo(&widget));
        QCOMPARE(office->currentData().toInt(), int(core::LegalRepOffice::Director));
        office->setCurrentIndex(office->findData(int(core::LegalRepOffice::Manager)));
        QCOMPARE(widget.form().legalRepOffice, core::LegalRepOffice::Manager);
        auto *error = child<QLabel>(&widget, QStringLiteral("error:legalRep.office"));
        QVERIFY(error);
        const core::FieldIssues managerIssues = widget.issues();
        QVERIFY(std::any_of(managerIssues.cbegin(), managerIssues.cend(), [](const core::FieldIssue &i) {
            return i.field == u"legalRep.office" && i.code == u"legalRep.not_manager";
        }));
        core::OneForm partnership = form;
        partnership.entityTypeId = QStringLiteral("general_partnership");
        widget.setContent(partnership, {});
        QVERIFY(!office->isVisibleTo(&widget));
        QCOMPARE(widget.form().legalRepOffice, core::LegalRepOffice::Unspecified);
    }

    // Each investor's details show as the type's rules ask: a co-operative's members are marked
    // farmers on the form and the rule hears it.
    void cooperativeMembersMarkedFarmers()
    {
        ui::OneFormWidget widget;
        core::OneForm form =
            test::rules::validForm(QStringLiteral("cooperative"), QStringLiteral("清徐县鑫源种植专业合作社"),
                                   5, QStringLiteral("140121"));
        widget.setContent(form, {});
        const auto hasCode = [&](const QString &code) {
            const core::FieldIssues issues = widget.issues();
            return std::any_of(issues.cbegin(), issues.cend(),
                               [&](const core::FieldIssue &i) { return i.code == code; });
        };
        QVERIFY(hasCode(QStringLiteral("cooperative.too_few_farmers")));
        for (int i = 0; i < 5; ++i) {
            auto *farmer = child<QCheckBox>(&widget, QStringLiteral("investorFarmer%1").arg(i));
            QVERIFY(farmer && farmer->isVisibleTo(&widget));
            QVERIFY(
                !child<QComboBox>(&widget, QStringLiteral("investorPartner%1").arg(i))->isVisibleTo(&widget));
            farmer->click();
        }
        QVERIFY(!hasCode(QStringLiteral("cooperative.too_few_farmers")));
        const core::OneForm back = widget.form();
        QVERIFY(std::all_of(back.investors.cbegin(), back.investors.cend(),
                            [](const core::Investor &i) { return i.farmer; }));
    }

    // A limited partnership asks each partner's kind; a joint-stock company each promoter's payment
    // date and domicile.
    void partnersAndPromoters()
    {
        ui::OneFormWidget widget;
        core::OneForm form =
            test::rules::validForm(QStringLiteral("limited_partnership"),
                                   QStringLiteral("太原市鑫源投资管理合伙企业（有限合伙）"), 2);
        widget.setContent(form, {});
        auto *partner = child<QComboBox>(&widget, QStringLiteral("investorPartner1"));
        QVERIFY(partner && partner->isVisibleTo(&widget));
        partner->setCurrentIndex(partner->findData(int(core::PartnerKind::Limited)));
        QCOMPARE(widget.form().investors.at(1).partner, core::PartnerKind::Limited);

        form = test::rules::validForm(QStringLiteral("joint_stock"),
                                      QStringLiteral("太原市鑫源商贸股份有限公司"), 2);
        form.investors[0].deadline = QDate(2026, 11, 30);
        widget.setContent(form, {});
        auto *abroad = child<QCheckBox>(&widget, QStringLiteral("investorAbroad1"));
        QVERIFY(abroad && abroad->isVisibleTo(&widget));
        QVERIFY(!partner->isVisibleTo(&widget) ||
                !child<QComboBox>(&widget, QStringLiteral("investorPartner1"))->isVisibleTo(&widget));
        abroad->click();
        auto *deadline = child<QDateEdit>(&widget, QStringLiteral("investorDeadline1"));
        QVERIFY(deadline);
        QCOMPARE(deadline->text(), QStringLiteral("no deadline"));
        deadline->setDate(QDate(2026, 12, 1));
        const core::OneForm back = widget.form();
        QCOMPARE(back.investors.at(0).deadline, QDate(2026, 11, 30));
        QCOMPARE(back.investors.at(1).deadline, QDate(2026, 12, 1));
        QVERIFY(!back.investors.at(1).domiciledInChina);
        QVERIFY(back.investors.at(0).domiciledInChina);
    }

    // A key person's document is chosen on the row and validated by its type.
    void keyPersonDocument()
    {
        ui::OneFormWidget widget;
        core::OneForm form = test::rules::validForm(QStringLiteral("llc_natural_multi"),
                                                    QStringLiteral("太原市鑫源商贸有限公司"), 2);
        form.personnel = {{QStringLiteral("陈明"), QStringLiteral("03201234"), QStringLiteral("监事")}};
        widget.setContent(form, {});
        const auto idIssue = [&] {
            const core::FieldIssues issues = widget.issues();
            return std::any_of(issues.cbegin(), issues.cend(),
                               [](const core::FieldIssue &i) { return i.field == u"personnel[0].idNumber"; });
        };
        QVERIFY(idIssue()); // a Taiwan permit's number is no resident ID
        auto *type = child<QComboBox>(&widget, QStringLiteral("keyPersonIdType0"));
        QVERIFY(type);
        type->setCurrentIndex(type->findData(int(core::IdType::TaiwanPermit)));
        QVERIFY(!idIssue());
        QCOMPARE(widget.form().personnel.first().idType, core::IdType::TaiwanPermit);
    }
};

QTEST_MAIN(TestGuiOneFormRules)
#include "test_gui_one_form_rules.moc"
