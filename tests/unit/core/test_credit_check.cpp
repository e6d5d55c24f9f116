// The credit lists' rules (core::CreditRules, core::CreditCheck, core::CreditList), which the counter
// and the exchange both apply: which entry restricts which party of the one form, for how long,
// blocking or warning; who the form names; what an entry needs before it may be recorded.
#include "core/CreditCheck.h"
#include "core/OneForm.h"
#include "core/ResidentId.h"
#include "core/UsccCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace ow::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CreditListKind)
Q_DECLARE_METATYPE(CreditSubjectKind)
Q_DECLARE_METATYPE(CreditRole)
Q_DECLARE_METATYPE(CreditOutcome)
Q_DECLARE_METATYPE(CreditEntry)

namespace {

// A resident ID number with its check character: 140105 (小店区), the birth date, a sequence.
QString residentId(const QString &birth, const QString &sequence = u"123"_s)
{
    const QString first17 = u"140105"_s + birth + sequence;
    return first17 + ResidentId::checkCharacter(first17);
}

QString creditCode(const QString &body8)
{
    return UsccCode::compose(u'9', u'1', u"140105"_s, body8);
}

CreditEntry entry(CreditListKind list, CreditSubjectKind kind, const QString &subject, const QDate &from,
                  const QDate &removedOn = {})
{
    CreditEntry e;
    e.id = QUuid::createUuidV5(QUuid(), subject + from.toString(Qt::ISODate)).toString(QUuid::WithoutBraces);
    e.list = list;
    e.subjectKind = kind;
    e.subject = subject;
    e.subjectName = u"张三"_s;
    e.reason = u"被列入经营异常名录届满3年仍未履行相关义务"_s;
    e.authority = u"太原市市场监督管理局"_s;
    e.basis = u"并市监严〔2025〕12号"_s;
    e.from = from;
    e.removedOn = removedOn;
    if (removedOn.isValid())
        e.removalReason = u"已履行公示义务"_s;
    return e;
}

CreditLookup lookupOf(const QList<CreditEntry> &entries)
{
    return [entries](CreditSubjectKind kind, const QString &subject) {
        QList<CreditEntry> found;
        for (const CreditEntry &e : entries) {
            if (e.subjectKind == kind && e.subject == subject)
                found.append(e);
        }
        return found;
    };
}

const QDate Today(2026, 12, 1);

} // namespace

class TestCreditCheck : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<CreditListKind>("list");
        QTest::addColumn<CreditSubjectKind>("kind");
        QTest::addColumn<CreditRole>("role");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("removedOn");
        QTest::addColumn<CreditOutcome>("outcome");
        QTest::addColumn<QDate>("until");

        using L = CreditListKind;
        using K = CreditSubjectKind;
        using R = CreditRole;
        using O = CreditOutcome;
        const QDate none;
        // 严重违法失信: the legal representative and the person in charge are barred three years.
        QTest::newRow("serious, legal rep, listed last year")
            << L::Serious << K::Person << R::LegalRep << QDate(2025, 6, 1) << none << O::Block
            << QDate(2028, 6, 1);
        QTest::newRow("serious, person in charge of a branch")
            << L::Serious << K::Person << R::PersonInCharge << QDate(2025, 6, 1) << none << O::Block
            << QDate(2028, 6, 1);
        QTest::newRow("serious, legal rep, bar ends tomorrow")
            << L::Serious << K::Person << R::LegalRep << QDate(2023, 12, 2) << none << O::Block
            << QDate(2026, 12, 2);
        QTest::newRow("serious, legal rep, bar ended today")
            << L::Serious << K::Person << R::LegalRep << QDate(2023, 12, 1) << none << O::Clear << none;
        QTest::newRow("serious, legal rep, removed before today")
            << L::Serious << K::Person << R::LegalRep << QDate(2025, 6, 1) << QDate(2026, 1, 5) << O::Clear
            << none;
        QTest::newRow("serious, legal rep, removed today")
            << L::Serious << K::Person << R::LegalRep << QDate(2025, 6, 1) << Today << O::Clear << none;
        QTest::newRow("serious, legal rep, removal dated tomorrow")
            << L::Serious << K::Person << R::LegalRep << QDate(2025, 6, 1) << Today.addDays(1) << O::Block
            << QDate(2028, 6, 1);
        QTest::newRow("serious, legal rep, listed from tomorrow")
            << L::Serious << K::Person << R::LegalRep << Today.addDays(1) << none << O::Clear << none;
        QTest::newRow("serious, director warned")
            << L::Serious << K::Person << R::Director << QDate(2025, 6, 1) << none << O::Warn
            << QDate(2028, 6, 1);
        QTest::newRow("serious, natural investor warned")
            << L::Serious << K::Person << R::Investor << QDate(2025, 6, 1) << none << O::Warn
            << QDate(2028, 6, 1);
        QTest::newRow("serious, liaison not concerned")
            << L::Serious << K::Person << R::Liaison << QDate(2025, 6, 1) << none << O::Clear << none;
        QTest::newRow("serious entity as investing legal person")
            << L::Serious << K::Entity << R::LegalInvestor << QDate(2020, 6, 1) << none << O::Warn << none;
        // 失信被执行人: barred from office while listed, however long.
        QTest::newRow("debtor, legal rep, listed ten years ago")
            << L::DishonestDebtor << K::Person << R::LegalRep << QDate(2016, 3, 1) << none << O::Block
            << none;
        QTest::newRow("debtor, supervisor") << L::DishonestDebtor << K::Person << R::Supervisor
                                            << QDate(2026, 3, 1) << none << O::Block << none;
        QTest::newRow("debtor, manager")
            << L::DishonestDebtor << K::Person << R::Manager << QDate(2026, 3, 1) << none << O::Block << none;
        QTest::newRow("debtor, financial officer warned")
            << L::DishonestDebtor << K::Person << R::FinancialOfficer << QDate(2026, 3, 1) << none << O::Warn
            << none;
        QTest::newRow("debtor, natural investor warned")
            << L::DishonestDebtor << K::Person << R::Investor << QDate(2026, 3, 1) << none << O::Warn << none;
        QTest::newRow("debtor, paid and removed")
            << L::DishonestDebtor << K::Person << R::LegalRep << QDate(2024, 3, 1) << QDate(2026, 11, 30)
            << O::Clear << none;
        // 经营异常名录: a warning.
        QTest::newRow("abnormal entity as investing legal person")
            << L::Abnormal << K::Entity << R::LegalInvestor << QDate(2026, 7, 1) << none << O::Warn << none;
        QTest::newRow("abnormal, legal rep warned")
            << L::Abnormal << K::Person << R::LegalRep << QDate(2026, 7, 1) << none << O::Warn << none;
        QTest::newRow("abnormal, liaison not concerned")
            << L::Abnormal << K::Person << R::Liaison << QDate(2026, 7, 1) << none << O::Clear << none;
    }
    void rules()
    {
        QFETCH(CreditListKind, list);
        QFETCH(CreditSubjectKind, kind);
        QFETCH(CreditRole, role);
        QFETCH(QDate, from);
        QFETCH(QDate, removedOn);
        QFETCH(CreditOutcome, outcome);
        QFETCH(QDate, until);

        const QString subject =
            kind == CreditSubjectKind::Entity ? creditCode(u"MA0K3XQ2"_s) : residentId(u"19800101"_s);
        QVERIFY(!subject.isEmpty());
        const CreditParty party{u"legalRep.idNumber"_s, role, u"张三"_s, kind, subject};
        const CreditReport report =
            CreditCheck::check({party}, lookupOf({entry(list, kind, subject, from, removedOn)}), Today);
        QCOMPARE(report.outcome(), outcome);
        QCOMPARE(report.blocks(), outcome == CreditOutcome::Block);
        if (outcome == CreditOutcome::Clear) {
            QVERIFY(report.findings.isEmpty());
            return;
        }
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().until, until);
        const QString message = report.findings.first().message();
        QVERIFY2(message.contains(u"太原市市场监督管理局"_s) &&
                     message.contains(from.toString(Qt::ISODate)) &&
                     message.contains(u"并市监严〔2025〕12号"_s),
                 qPrintable(message));
        // A person's number is masked in what is shown; an entity's code is public.
        QCOMPARE(message.contains(subject), kind == CreditSubjectKind::Entity);
    }

    void anotherPersonsEntryDoesNotMatter()
    {
        const QString listed = residentId(u"19800101"_s);
        const QString other = residentId(u"19800101"_s, u"124"_s);
        const CreditParty party{u"legalRep.idNumber"_s, CreditRole::LegalRep, u"李四"_s,
                                CreditSubjectKind::Person, other};
        const CreditReport report = CreditCheck::check(
            {party},
            lookupOf({entry(CreditListKind::Serious, CreditSubjectKind::Person, listed, QDate(2026, 1, 1))}),
            Today);
        QCOMPARE(report.outcome(), CreditOutcome::Clear);
        QCOMPARE(report.parties.size(), 1);
    }

    void theStrongestRuleAndEveryEntryCount()
    {
        const QString id = residentId(u"19750505"_s);
        const CreditParty party{u"legalRep.idNumber"_s, CreditRole::LegalRep, u"王五"_s,
                                CreditSubjectKind::Person, id};
        const CreditReport report = CreditCheck::check(
            {party},
            lookupOf(
                {entry(CreditListKind::Abnormal, CreditSubjectKind::Person, id, QDate(2026, 2, 1)),
                 entry(CreditListKind::DishonestDebtor, CreditSubjectKind::Person, id, QDate(2026, 3, 1))}),
            Today);
        QCOMPARE(report.findings.size(), 2);
        QCOMPARE(report.outcome(), CreditOutcome::Block);
        const QString refusal = CreditCheck::refusal(report);
        QVERIFY2(refusal.contains(CreditList::label(CreditListKind::DishonestDebtor)), qPrintable(refusal));
        QVERIFY2(!refusal.contains(CreditList::label(CreditListKind::Abnormal)), qPrintable(refusal));
        const QJsonObject audit = report.toAuditJson();
        QCOMPARE(audit.value(u"outcome").toString(), u"block"_s);
        QCOMPARE(audit.value(u"findings").toArray().size(), 2);
        QVERIFY2(!QString::fromUtf8(QJsonDocument(audit).toJson()).contains(id), "no ID number in the audit");
    }

    void partiesOfTheForm()
    {
        OneForm form;
        form.entityTypeId = u"llc_natural_multi"_s;
        form.legalRep.name = u"张三"_s;
        form.legalRep.idNumber = u" "_s + residentId(u"19800101"_s).toLower() + u" "_s;
        form.investors = {
            Investor{InvestorKind::Natural, u"李四"_s, residentId(u"19810101"_s), 100, u"货币"_s, {}},
            Investor{InvestorKind::Legal,
                     u"山西晋昌商贸有限公司"_s,
                     creditCode(u"MA0K3XQ2"_s),
                     100,
                     u"货币"_s,
                     {}},
            Investor{InvestorKind::Natural, u"赵六"_s, {}, 0, u"货币"_s, {}}};
        form.personnel = {KeyPerson{u"王五"_s, residentId(u"19820101"_s), u"监事会主席"_s},
                          KeyPerson{u"钱七"_s, residentId(u"19830101"_s), u"执行董事"_s},
                          KeyPerson{u"孙八"_s, residentId(u"19840101"_s), u"总经理"_s}};
        form.financialOfficer = Person{u"周九"_s, IdType::ResidentId, residentId(u"19850101"_s), {}, {}};
        const QList<CreditParty> parties = CreditCheck::partiesOf(form);
        QStringList seen;
        for (const CreditParty &p : parties)
            seen.append(p.field + u'=' + CreditRules::roleKey(p.role) + u'/' +
                        CreditList::subjectKey(p.kind));
        QCOMPARE(seen,
                 QStringList(
                     {u"legalRep.idNumber=legalRep/person"_s, u"investors[0].idNumber=investor/person"_s,
                      u"investors[1].idNumber=legalInvestor/entity"_s,
                      u"personnel[0].idNumber=supervisor/person"_s,
                      u"personnel[1].idNumber=director/person"_s, u"personnel[2].idNumber=manager/person"_s,
                      u"financialOfficer.idNumber=financialOfficer/person"_s}));
        // Typed in lower case with spaces: checked as the lists keep it.
        QCOMPARE(parties.first().subject, residentId(u"19800101"_s));

        form.entityTypeId = u"branch"_s;
        QCOMPARE(CreditCheck::partiesOf(form).first().role, CreditRole::PersonInCharge);
    }

    void brokenRulesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON") << "{rules"_ba << u"not a JSON object"_s;
        QTest::newRow("no list of rules") << R"({"rules": {}})"_ba << u"not a JSON object"_s;
        QTest::newRow("unknown list")
            << R"({"rules": [{"list": "grey", "subject": "person", "roles": ["legalRep"], "outcome": "block"}]})"_ba
            << u"rule 1: unknown list grey"_s;
        QTest::newRow("unknown role")
            << R"({"rules": [{"list": "serious", "subject": "person", "roles": ["ceo"], "outcome": "block"}]})"_ba
            << u"rule 1: unknown role ceo"_s;
        QTest::newRow("clear is no outcome")
            << R"({"rules": [{"list": "serious", "subject": "person", "roles": ["legalRep"], "outcome": "clear"}]})"_ba
            << u"rule 1: outcome must be block or warn"_s;
        QTest::newRow("years zero")
            << R"({"rules": [{"list": "serious", "subject": "person", "roles": ["legalRep"], "outcome": "block", "years": 0}]})"_ba
            << u"rule 1: years must be"_s;
        QTest::newRow("no roles")
            << R"({"rules": [{"list": "serious", "subject": "entity", "roles": [], "outcome": "warn"}]})"_ba
            << u"rule 1: no roles"_s;
    }
    void brokenRulesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        QString error;
        const CreditRules rules = CreditRules::fromJson(json, &error);
        QVERIFY2(error.startsWith(why), qPrintable(error));
        QVERIFY(rules.rules().isEmpty());
    }

    void aProvinceChangesTheRules()
    {
        // A province that blocks abnormal-list legal representatives: the file, not the code.
        QString error;
        const CreditRules strict = CreditRules::fromJson(
            R"({"rules": [{"list": "abnormal", "subject": "person", "roles": ["legalRep"], "outcome": "block", "years": 1, "basis": "省规"}]})"_ba,
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString id = residentId(u"19800101"_s);
        const CreditParty party{u"legalRep.idNumber"_s, CreditRole::LegalRep, u"张三"_s,
                                CreditSubjectKind::Person, id};
        const auto lookup =
            lookupOf({entry(CreditListKind::Abnormal, CreditSubjectKind::Person, id, QDate(2026, 7, 1))});
        QCOMPARE(CreditCheck::check({party}, lookup, Today, strict).outcome(), CreditOutcome::Block);
        QCOMPARE(CreditCheck::check({party}, lookup, Today).outcome(), CreditOutcome::Warn);
        QCOMPARE(CreditCheck::check({party}, lookup, QDate(2027, 7, 1), strict).outcome(),
                 CreditOutcome::Clear);
        QVERIFY(!CreditRules::instance().rules().isEmpty());
    }

    void entriesToRecord_data()
    {
        QTest::addColumn<CreditEntry>("e");
        QTest::addColumn<QString>("problem");
        const QString id = residentId(u"19800101"_s);
        const CreditEntry good =
            entry(CreditListKind::Serious, CreditSubjectKind::Person, id, QDate(2026, 1, 1));
        QTest::newRow("good") << good << QString();
        CreditEntry e = good;
        e.subject = id.left(17) + (id.at(17) == u'0' ? u'1' : u'0');
        QTest::newRow("wrong check character") << e << u"The listed person's ID number"_s;
        e = good;
        e.subject = u"E12345678"_s;
        QTest::newRow("passport number") << e << QString();
        e.subject = u"E1"_s;
        QTest::newRow("too short a document") << e << u"is neither a resident ID"_s;
        e = entry(CreditListKind::Abnormal, CreditSubjectKind::Entity, creditCode(u"MA0K3XQ2"_s),
                  QDate(2026, 1, 1));
        QTest::newRow("entity") << e << QString();
        e.subject = e.subject.left(17) + u'0';
        if (e.subject == creditCode(u"MA0K3XQ2"_s))
            e.subject = e.subject.left(17) + u'1';
        QTest::newRow("entity with a wrong code") << e << u"The listed entity's code"_s;
        e = good;
        e.reason.clear();
        QTest::newRow("no reason") << e << u"The reason for listing is missing."_s;
        e = good;
        e.basis = QString(501, u'条');
        QTest::newRow("basis too long") << e << u"The decision and its legal basis has more than 500"_s;
        e = good;
        e.from = Today.addDays(1);
        QTest::newRow("from tomorrow") << e << u"after today"_s;
        e = good;
        e.removedOn = QDate(2025, 12, 31);
        e.removalReason = u"撤销"_s;
        QTest::newRow("removed before listed") << e << u"before it took effect"_s;
        e.removedOn = QDate(2026, 2, 1);
        e.removalReason.clear();
        QTest::newRow("removed without a reason") << e << u"Give the reason for the removal"_s;
        e.removalReason = u"已履行"_s;
        QTest::newRow("removed with a reason") << e << QString();
        e = good;
        e.subject = u" "_s + id.toLower();
        QTest::newRow("subject not normalised") << e << u"is not written as a code"_s;
    }
    void entriesToRecord()
    {
        QFETCH(CreditEntry, e);
        QFETCH(QString, problem);
        const QString found = CreditList::problem(e, Today);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void keysRoundTrip()
    {
        for (const CreditListKind list : CreditList::all())
            QCOMPARE(CreditList::fromKey(CreditList::key(list)), list);
        QCOMPARE(CreditList::fromKey(u"black"_s), std::nullopt);
        QCOMPARE(CreditList::masked(u"140105198001011234"_s), u"1401**********1234"_s);
    }
};

QTEST_GUILESS_MAIN(TestCreditCheck)
#include "test_credit_check.moc"
