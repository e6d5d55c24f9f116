// Issue 12: the identity documents of investors and personnel who are not PRC residents, each
// with its own rule: numbers that pass and numbers that fail with their code, on their own and
// through the one form (legal representative, investor, key person).
#include "RuleForms.h"
#include "core/EntityType.h"
#include "core/ForeignIds.h"
#include "core/OneFormValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace ow::core;
using namespace ow::test::rules;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ow::core::IdType)

class TestForeignIds : public QObject
{
    Q_OBJECT

private slots:
    void documents_data()
    {
        QTest::addColumn<IdType>("type");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code"); // empty: valid
        const auto row = [](const char *name, IdType type, const QString &number, const QString &code) {
            QTest::newRow(name) << type << number << code;
        };
        const QString ok;
        // 港澳居民来往内地通行证
        row("HK permit", IdType::HkMacaoPermit, u"H12345678"_s, ok);
        row("Macao permit", IdType::HkMacaoPermit, u"M01234567"_s, ok);
        row("HK permit typed in lower case", IdType::HkMacaoPermit, u"h12345678"_s, ok);
        row("older HK permit, 10 digits", IdType::HkMacaoPermit, u"H0123456789"_s, ok);
        row("HK permit, 9 digits", IdType::HkMacaoPermit, u"H123456789"_s, u"id.hk_macao_permit"_s);
        row("HK permit, letter K", IdType::HkMacaoPermit, u"K12345678"_s, u"id.hk_macao_permit"_s);
        row("HK permit without letter", IdType::HkMacaoPermit, u"12345678"_s, u"id.hk_macao_permit"_s);
        row("HK permit empty", IdType::HkMacaoPermit, QString(), u"id.missing"_s);
        // 台湾居民来往大陆通行证
        row("Taiwan permit", IdType::TaiwanPermit, u"03201234"_s, ok);
        row("Taiwan permit, 7 digits", IdType::TaiwanPermit, u"0320123"_s, u"id.taiwan_permit"_s);
        row("Taiwan permit, 10 characters", IdType::TaiwanPermit, u"0320123401"_s, u"id.taiwan_permit"_s);
        row("Taiwan permit, full-width digits", IdType::TaiwanPermit, u"０３２０１２３４"_s,
            u"id.taiwan_permit"_s);
        row("Taiwan permit, trailing newline", IdType::TaiwanPermit, u"03201234\n"_s, u"id.taiwan_permit"_s);
        row("Taiwan permit empty", IdType::TaiwanPermit, QString(), u"id.missing"_s);
        // 外国人永久居留身份证
        row("permanent residence 2017", IdType::ForeignPermanentResident, u"USA110090031250"_s, ok);
        row("permanent residence 2017, lower case", IdType::ForeignPermanentResident, u"usa110090031250"_s,
            u"id.foreign_permanent_resident"_s);
        row("permanent residence 2017, 11 digits", IdType::ForeignPermanentResident, u"USA11009003125"_s,
            u"id.foreign_permanent_resident"_s);
        row("permanent residence 2023", IdType::ForeignPermanentResident, u"911840198506120015"_s, ok);
        row("permanent residence 2023, another", IdType::ForeignPermanentResident, u"911840198506120023"_s,
            ok);
        row("permanent residence 2023, digit mistyped", IdType::ForeignPermanentResident,
            u"911840198506120016"_s, u"id.foreign_permanent_resident.checksum"_s);
        row("permanent residence 2023, not starting with 9", IdType::ForeignPermanentResident,
            u"110105194912310029"_s, u"id.foreign_permanent_resident"_s);
        row("permanent residence 2023, month 13", IdType::ForeignPermanentResident, u"911840198513120015"_s,
            u"id.foreign_permanent_resident"_s);
        row("permanent residence empty", IdType::ForeignPermanentResident, QString(), u"id.missing"_s);
        // 港澳台居民居住证
        row("residence permit, Hong Kong", IdType::ResidencePermit, u"810000199001010019"_s, ok);
        row("residence permit, Macao", IdType::ResidencePermit, u"820000198812310020"_s, ok);
        row("residence permit, Taiwan", IdType::ResidencePermit, u"83000019750520003X"_s, ok);
        row("residence permit, digit mistyped", IdType::ResidencePermit, u"810000199001010018"_s,
            u"id.residence_permit"_s);
        row("residence permit, a Beijing resident ID", IdType::ResidencePermit, u"11010519491231002X"_s,
            u"id.residence_permit"_s);
        row("residence permit, 17 characters", IdType::ResidencePermit, u"81000019900101001"_s,
            u"id.residence_permit"_s);
        row("residence permit empty", IdType::ResidencePermit, QString(), u"id.missing"_s);
    }

    void documents()
    {
        QFETCH(IdType, type);
        QFETCH(QString, number);
        QFETCH(QString, code);
        const RuleResult result = ForeignIds::validate(type, number, ApplicationDay);
        QCOMPARE(result.valid, code.isEmpty());
        QCOMPARE(result.code, code);
        QCOMPARE(result.reason.isEmpty(), code.isEmpty());
    }

    // The same rules where the form names a person: the field path and the code.
    void onTheForm_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("representative from Hong Kong") << Mutation([](OneForm &f) {
            f.legalRep.idType = IdType::HkMacaoPermit;
            f.legalRep.idNumber = u"H12345678"_s;
        }) << QStringList();
        QTest::newRow("representative's residence permit mistyped") << Mutation([](OneForm &f) {
            f.legalRep.idType = IdType::ResidencePermit;
            f.legalRep.idNumber = u"810000199001010018"_s;
        }) << QStringList{u"legalRep.idNumber id.residence_permit"_s};
        QTest::newRow("investor from Taiwan") << Mutation([](OneForm &f) {
            f.investors[1].idType = IdType::TaiwanPermit;
            f.investors[1].idNumber = u"03201234"_s;
        }) << QStringList();
        QTest::newRow("investor's Taiwan permit too long") << Mutation([](OneForm &f) {
            f.investors[1].idType = IdType::TaiwanPermit;
            f.investors[1].idNumber = u"032012345"_s;
        }) << QStringList{u"investors[1].idNumber id.taiwan_permit"_s};
        QTest::newRow("a legal investor's ID type is not looked at") << Mutation([](OneForm &f) {
            f.investors[1] = legalInvestor(f.investors[1].subscribed);
            f.investors[1].idType = IdType::TaiwanPermit;
        }) << QStringList();
        QTest::newRow("supervisor with a permanent residence ID") << Mutation([](OneForm &f) {
            f.personnel[1].idType = IdType::ForeignPermanentResident;
            f.personnel[1].idNumber = u"911840198506120015"_s;
        }) << QStringList();
        QTest::newRow("supervisor's permanent residence ID mistyped") << Mutation([](OneForm &f) {
            f.personnel[1].idType = IdType::ForeignPermanentResident;
            f.personnel[1].idNumber = u"911840198506120051"_s;
        }) << QStringList{u"personnel[1].idNumber id.foreign_permanent_resident.checksum"_s};
    }

    void onTheForm()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        OneForm form = validForm(u"llc_natural_multi"_s, u"太原市鑫源商贸有限公司"_s, 2);
        form.personnel = {{personName(1), residentId(1), u"执行董事"_s},
                          {personName(2), residentId(2), u"监事"_s}};
        mutate(form);
        const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
        QCOMPARE(issueKeys(OneFormValidator::validate(form, *type, ApplicationDay)), expected);
    }

    // The new ID types keep their keys through the one serialiser; old keys keep their meaning and
    // an unknown one reads as a resident ID, as before.
    void idTypeKeys()
    {
        for (IdType type : {IdType::ResidentId, IdType::Passport, IdType::Other, IdType::HkMacaoPermit,
                            IdType::TaiwanPermit, IdType::ForeignPermanentResident, IdType::ResidencePermit})
            QCOMPARE(idTypeFromKey(idTypeKey(type)), type);
        QCOMPARE(idTypeKey(IdType::ResidentId), u"resident_id"_s);
        QCOMPARE(idTypeKey(IdType::Passport), u"passport"_s);
        QCOMPARE(idTypeKey(IdType::Other), u"other"_s);
        QCOMPARE(idTypeFromKey(u"visa"_s), IdType::ResidentId);
    }
};

QTEST_GUILESS_MAIN(TestForeignIds)
#include "test_foreign_ids.moc"
