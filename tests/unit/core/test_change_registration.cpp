// Issue 12 §1 and §5, change registration (变更登记): what a change changes item by item, which
// items need a new licence, the materials of each item, what a change case must satisfy, the
// workflow of a change case (acceptance, prior approval, credit, licence), and its JSON.
#include "core/CaseWorkflow.h"
#include "core/ChangeRegistration.h"
#include "core/CreditCheck.h"
#include "core/PriorApproval.h"
#include "core/SampleApplications.h"
#include "support/CaseForms.h"

#include <QJsonDocument>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {

const QString Code = u"91140105MA0K3XQ2XX"_s; // only carried, never validated by the core
const QDate Established(2020, 5, 18);

OneForm registeredForm()
{
    return ow::test::forms::limitedCompany(3);
}

// The registered form with one kind of edit, by key (the data rows name them).
OneForm edited(const QString &edit)
{
    OneForm f = registeredForm();
    if (edit == u"name")
        f.proposedName = u"太原市鑫瑞商贸有限公司"_s;
    else if (edit == u"name padded")
        f.proposedName = u"  "_s + f.proposedName + u" "_s;
    else if (edit == u"domicile text")
        f.domicile = u"太原市小店区长治路399号"_s;
    else if (edit == u"domicile division")
        f.domicileDivision = u"140106"_s;
    else if (edit == u"rep name")
        f.legalRep.name = u"赵建华"_s;
    else if (edit == u"rep id")
        f.legalRep.idNumber = samples::residentId(u"140105"_s, QDate(1970, 2, 2), 7);
    else if (edit == u"rep id lower case")
        f.legalRep.idNumber = f.legalRep.idNumber.toLower();
    else if (edit == u"rep office")
        f.legalRepOffice = LegalRepOffice::Manager;
    else if (edit == u"rep position")
        f.legalRep.position = u"经理"_s;
    else if (edit == u"rep phone")
        f.legalRep.phone = u"13900000000"_s;
    else if (edit == u"capital")
        f.capital += 50 * 10000;
    else if (edit == u"scope")
        f.businessScope += u"；文具用品零售"_s;
    else if (edit == u"scope whitespace")
        f.businessScope = u"  "_s + f.businessScope.replace(u"；"_s, u"；\n "_s) + u"\t"_s;
    else if (edit == u"term")
        f.termYears = 30;
    else if (edit == u"investor share")
        f.investors[1].subscribed += 10000;
    else if (edit == u"investor blank row")
        f.investors.append(Investor{});
    else if (edit == u"personnel")
        f.personnel[1].name = u"钱敏"_s;
    else if (edit == u"personnel blank row")
        f.personnel.append(KeyPerson{});
    else if (edit == u"liaison name")
        f.liaison.name = u"孙丽"_s;
    else if (edit == u"liaison id")
        f.liaison.idNumber = samples::residentId(u"140105"_s, QDate(1990, 3, 3), 9);
    else if (edit == u"phone")
        f.phone = u"0351-5550000"_s;
    else if (edit == u"financial officer")
        f.financialOfficer.phone = u"13600000000"_s;
    else if (edit == u"name and capital")
        f = [f]() mutable {
            f.proposedName = u"太原市鑫瑞商贸有限公司"_s;
            f.capital *= 2;
            return f;
        }();
    return f;
}

QStringList keysOf(const QList<ChangedItem> &changes)
{
    QStringList keys;
    for (const ChangedItem &c : changes)
        keys.append(ChangeRegistration::itemKey(c.item));
    return keys;
}

QStringList idsOf(const QList<MaterialItem> &items)
{
    QStringList ids;
    for (const MaterialItem &m : items)
        ids.append(m.id);
    return ids;
}

QList<MaterialItem> marked(QList<MaterialItem> items)
{
    for (MaterialItem &m : items)
        m.status = MaterialStatus::OriginalSeen;
    return items;
}

// A change case of the registered form, its form edited by `edit`, its materials all seen.
CaseRecord changeCase(const QString &edit)
{
    CaseRecord record = ChangeRegistration::start(Code, registeredForm(), Established);
    record.id = u"c0ffee00-0000-4000-8000-0000000000c1"_s;
    record.version = 1;
    record.form = edited(edit);
    record.materials =
        marked(ChangeRegistration::checklist(ChangeRegistration::changes(record.registered, record.form)));
    return record;
}

TransitionRequest acceptance()
{
    TransitionRequest r;
    r.action = CaseAction::Accept;
    r.actor = {u"clerk01"_s, Role::Clerk, u"W01"_s};
    r.at = QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
    r.receiptNumber = u"140105-20261202-W01-0001"_s;
    return r;
}

const QStringList Common{u"change_application"_s};
const QStringList Printed{u"change_application"_s, u"change_resolution"_s, u"licence_originals"_s};

} // namespace

class TestChangeRegistration : public QObject
{
    Q_OBJECT

private slots:
    void changes_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<bool>("newLicence");

        QTest::newRow("nothing") << u"none"_s << QStringList{} << false;
        QTest::newRow("name") << u"name"_s << QStringList{u"name"_s} << true;
        QTest::newRow("name padded with spaces") << u"name padded"_s << QStringList{} << false;
        QTest::newRow("domicile text") << u"domicile text"_s << QStringList{u"domicile"_s} << true;
        QTest::newRow("domicile division") << u"domicile division"_s << QStringList{u"domicile"_s} << true;
        QTest::newRow("legal rep name") << u"rep name"_s << QStringList{u"legal_rep"_s} << true;
        QTest::newRow("legal rep ID") << u"rep id"_s << QStringList{u"legal_rep"_s} << true;
        QTest::newRow("legal rep ID in lower case") << u"rep id lower case"_s << QStringList{} << false;
        QTest::newRow("legal rep office") << u"rep office"_s << QStringList{u"legal_rep"_s} << true;
        QTest::newRow("legal rep position") << u"rep position"_s << QStringList{u"legal_rep"_s} << true;
        QTest::newRow("legal rep phone only") << u"rep phone"_s << QStringList{u"contacts"_s} << false;
        QTest::newRow("capital") << u"capital"_s << QStringList{u"capital"_s} << true;
        QTest::newRow("scope") << u"scope"_s << QStringList{u"scope"_s} << true;
        QTest::newRow("scope whitespace only") << u"scope whitespace"_s << QStringList{} << false;
        QTest::newRow("term") << u"term"_s << QStringList{u"term"_s} << true;
        QTest::newRow("investor's share") << u"investor share"_s << QStringList{u"investors"_s} << false;
        QTest::newRow("blank investor row added") << u"investor blank row"_s << QStringList{} << false;
        QTest::newRow("personnel") << u"personnel"_s << QStringList{u"personnel"_s} << false;
        QTest::newRow("blank personnel row added") << u"personnel blank row"_s << QStringList{} << false;
        QTest::newRow("liaison name") << u"liaison name"_s << QStringList{u"contacts"_s} << false;
        QTest::newRow("liaison ID only") << u"liaison id"_s << QStringList{u"contacts"_s} << false;
        QTest::newRow("phone") << u"phone"_s << QStringList{u"contacts"_s} << false;
        QTest::newRow("financial officer") << u"financial officer"_s << QStringList{u"contacts"_s} << false;
        QTest::newRow("name and capital, in order")
            << u"name and capital"_s << QStringList{u"name"_s, u"capital"_s} << true;
    }
    void changes()
    {
        QFETCH(QString, edit);
        QFETCH(QStringList, items);
        QFETCH(bool, newLicence);

        const OneForm before = registeredForm();
        const OneForm after = edited(edit);
        const QList<ChangedItem> changed = ChangeRegistration::changes(before, after);
        QCOMPARE(keysOf(changed), items);
        QCOMPARE(ChangeRegistration::needsNewLicence(changed), newLicence);
        for (const ChangedItem &c : changed) {
            QVERIFY2(c.before != c.after || c.item == ChangeItem::LegalRep || c.item == ChangeItem::Contacts,
                     qPrintable(c.field + u": "_s + c.before));
            QVERIFY(!c.field.isEmpty());
        }
        // Nothing changes against itself, and the case says the same as the list.
        QVERIFY(ChangeRegistration::changes(after, after).isEmpty());
        CaseRecord record = ChangeRegistration::start(Code, before, Established);
        record.form = after;
        QCOMPARE(ChangeRegistration::needsNewLicence(record), newLicence);
    }

    // A change typed on a stale copy (or licensed after another change) moved onto the registration
    // as it is now: what it asked to change is its own, nothing the other change did is undone.
    void aChangeIsRebasedOntoTheCurrentRegistration()
    {
        const OneForm base = registeredForm();
        OneForm current = base; // another change licensed since: a new name and a new phone
        current.proposedName = u"太原市鑫瑞商贸有限公司"_s;
        current.legalRep.phone = u"13900000000"_s;

        // Ours: the term only. Theirs stays, ours is added.
        OneForm ours = base;
        ours.termYears = 30;
        OneForm rebased = ChangeRegistration::rebase(base, ours, current);
        QCOMPARE(rebased.proposedName, current.proposedName);
        QCOMPARE(rebased.legalRep.phone, current.legalRep.phone);
        QCOMPARE(rebased.termYears, 30);
        QCOMPARE(keysOf(ChangeRegistration::changes(current, rebased)), QStringList{u"term"_s});

        // Ours: the legal representative (another person, the old phone): the person is ours, the
        // phone (a contact, not changed by us) theirs.
        ours = base;
        ours.legalRep.name = u"赵建华"_s;
        ours.legalRep.idNumber = samples::residentId(u"140105"_s, QDate(1970, 2, 2), 7);
        rebased = ChangeRegistration::rebase(base, ours, current);
        QCOMPARE(rebased.legalRep.name, u"赵建华"_s);
        QCOMPARE(rebased.legalRep.phone, current.legalRep.phone);
        QCOMPARE(rebased.proposedName, current.proposedName);

        // Both changed the name: the later licence's (ours) stands.
        ours = base;
        ours.proposedName = u"太原市鑫德商贸有限公司"_s;
        QCOMPARE(ChangeRegistration::rebase(base, ours, current).proposedName, ours.proposedName);

        // Nothing moved under it: the form as it is; nothing asked: the registration as it is.
        QCOMPARE(ChangeRegistration::rebase(base, ours, base), ours);
        QCOMPARE(ChangeRegistration::rebase(base, base, current), current);
        // Every item at once comes over whole.
        const OneForm all = edited(u"name and capital"_s);
        QCOMPARE(ChangeRegistration::rebase(base, all, base), all);
    }

    void beforeAndAfterLines()
    {
        const QList<ChangedItem> name = ChangeRegistration::changes(registeredForm(), edited(u"name"_s));
        QCOMPARE(name.size(), 1);
        QCOMPARE(name.first().field, u"proposedName"_s);
        QCOMPARE(name.first().before, registeredForm().proposedName);
        QCOMPARE(name.first().after, u"太原市鑫瑞商贸有限公司"_s);
        const QList<ChangedItem> division =
            ChangeRegistration::changes(registeredForm(), edited(u"domicile division"_s));
        QVERIFY2(division.first().after.contains(u"迎泽区"_s), qPrintable(division.first().after));
        QVERIFY2(division.first().before.contains(u"小店区"_s), qPrintable(division.first().before));
    }

    void aStartedCaseChangesNothing()
    {
        const CaseRecord record =
            ChangeRegistration::start(u" 91140105ma0k3xq2xx "_s, registeredForm(), Established);
        QCOMPARE(record.kind, CaseKind::Change);
        QCOMPARE(record.subjectCode, Code);
        QCOMPARE(record.form, record.registered);
        QCOMPARE(record.established, Established);
        QCOMPARE(idsOf(record.materials), Common);
        QVERIFY(!ChangeRegistration::needsNewLicence(record));
        // An establishment never needs a "new" licence of a change.
        CaseRecord establishment;
        establishment.form = edited(u"name"_s);
        QVERIFY(!ChangeRegistration::needsNewLicence(establishment));
    }

    void checklist_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QStringList>("ids");

        QTest::newRow("nothing") << u"none"_s << Common;
        QTest::newRow("name") << u"name"_s << Printed + QStringList{u"name_declaration"_s};
        QTest::newRow("domicile") << u"domicile text"_s << Printed + QStringList{u"domicile_proof"_s};
        QTest::newRow("legal rep") << u"rep name"_s
                                   << Printed + QStringList{u"appointment_document"_s, u"rep_id_copy"_s};
        QTest::newRow("capital") << u"capital"_s << Printed + QStringList{u"articles_amendment"_s};
        QTest::newRow("scope") << u"scope"_s
                               << Printed + QStringList{u"articles_amendment"_s, u"prior_approval"_s};
        QTest::newRow("term") << u"term"_s << Printed + QStringList{u"articles_amendment"_s};
        QTest::newRow("investors") << u"investor share"_s
                                   << QStringList{u"change_application"_s, u"change_resolution"_s,
                                                  u"articles_amendment"_s, u"transfer_agreement"_s};
        QTest::newRow("personnel") << u"personnel"_s
                                   << QStringList{u"change_application"_s, u"change_resolution"_s,
                                                  u"appointment_document"_s};
        QTest::newRow("contacts") << u"phone"_s << Common;
        QTest::newRow("name and capital: each document once")
            << u"name and capital"_s << Printed + QStringList{u"name_declaration"_s, u"articles_amendment"_s};
    }
    void checklist()
    {
        QFETCH(QString, edit);
        QFETCH(QStringList, ids);
        const QList<MaterialItem> items =
            ChangeRegistration::checklist(ChangeRegistration::changes(registeredForm(), edited(edit)));
        QCOMPARE(idsOf(items), ids);
        for (const MaterialItem &m : items) {
            QVERIFY(!m.title.isEmpty());
            QCOMPARE(m.status, MaterialStatus::Missing);
            // The approval document is PriorApproval's to ask for, when the new scope needs one.
            QCOMPARE(m.required, m.id != QLatin1String(PriorApproval::MaterialId));
        }
    }

    void theChecklistKeepsThePreviousMarks()
    {
        QList<MaterialItem> previous =
            ChangeRegistration::checklist(ChangeRegistration::changes(registeredForm(), edited(u"name"_s)));
        previous[0].status = MaterialStatus::Scanned;
        previous[0].attachments = {QString(64, u'a')};
        previous[3].status = MaterialStatus::CopyKept; // name_declaration
        // The name is changed back and the capital changed instead: the application keeps its scan, the
        // name's declaration goes, the articles' amendment comes unmarked.
        const QList<MaterialItem> items = ChangeRegistration::checklist(
            ChangeRegistration::changes(registeredForm(), edited(u"capital"_s)), previous);
        QCOMPARE(idsOf(items), Printed + QStringList{u"articles_amendment"_s});
        QCOMPARE(items[0].status, MaterialStatus::Scanned);
        QCOMPARE(items[0].attachments, previous[0].attachments);
        QCOMPARE(items[1].status, MaterialStatus::Missing);
        QCOMPARE(items[3].status, MaterialStatus::Missing);
    }

    void check_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QStringList>("codes");

        QTest::newRow("a change") << u"name"_s << QString() << QString() << QStringList{};
        QTest::newRow("nothing changed")
            << u"none"_s << QString() << QString() << QStringList{u"change.nothing"_s};
        QTest::newRow("type changed")
            << u"name"_s << u"llc_natural_single"_s << QString() << QStringList{u"change.type"_s};
        QTest::newRow("authority changed")
            << u"name"_s << QString() << u"140106"_s << QStringList{u"change.authority"_s};
        // Neither the type nor the authority is an item a change may change: nothing changed either.
        QTest::newRow("type and authority only")
            << u"none"_s << u"llc_natural_single"_s << u"140106"_s
            << QStringList{u"change.type"_s, u"change.authority"_s, u"change.nothing"_s};
    }
    void check()
    {
        QFETCH(QString, edit);
        QFETCH(QString, type);
        QFETCH(QString, authority);
        QFETCH(QStringList, codes);
        CaseRecord record = changeCase(edit);
        if (!type.isEmpty())
            record.form.entityTypeId = type;
        if (!authority.isEmpty())
            record.form.authorityDivision = authority;
        QStringList found;
        for (const FieldIssue &issue : ChangeRegistration::check(record)) {
            QVERIFY(!issue.message.isEmpty());
            QVERIFY(!issue.field.isEmpty());
            found.append(issue.code);
        }
        QCOMPARE(found, codes);
        // An establishment has no change rules.
        record.kind = CaseKind::Establishment;
        QVERIFY(ChangeRegistration::check(record).isEmpty());
    }

    void acceptanceNeedsAChange()
    {
        CaseRecord record = changeCase(u"none"_s);
        const ow::Result<DomainEvent> refused = CaseWorkflow::apply(record, acceptance());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"workflow.form_invalid"_s);
        QCOMPARE(refused.error().field, u"proposedName"_s);
        QCOMPARE(ChangeRegistration::check(record).first().code, u"change.nothing"_s);
        QCOMPARE(record.state, CaseState::Draft);
    }

    void aChangeWithItsMaterialsIsAccepted()
    {
        CaseRecord record = changeCase(u"name"_s);
        const ow::Result<DomainEvent> accepted = CaseWorkflow::apply(record, acceptance());
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QCOMPARE(record.state, CaseState::Accepted);
        // The event carries the case with its kind, its entity and its registered form.
        const CaseRecord carried = CaseRecord::fromJson(accepted.value().payload.value(u"case"_s).toObject());
        QCOMPARE(carried.kind, CaseKind::Change);
        QCOMPARE(carried.subjectCode, Code);
        QCOMPARE(carried.registered, registeredForm());

        // Without the name's declaration it is not.
        CaseRecord missing = changeCase(u"name"_s);
        missing.materials[3].status = MaterialStatus::Missing;
        QCOMPARE(CaseWorkflow::apply(missing, acceptance()).error().code, u"workflow.materials_missing"_s);
    }

    void aScopeChangedToOneNeedingApprovalNeedsIt()
    {
        // 烟草制品零售 needs the tobacco monopoly's licence (test_prior_approval).
        CaseRecord record = changeCase(u"scope"_s);
        record.form.businessScope = u"日用百货销售；烟草制品零售"_s;
        record.materials = marked(
            ChangeRegistration::checklist(ChangeRegistration::changes(record.registered, record.form)));
        for (MaterialItem &m : record.materials) {
            if (m.id == QLatin1String(PriorApproval::MaterialId))
                m.status = MaterialStatus::Missing;
        }
        const ow::Result<DomainEvent> refused = CaseWorkflow::apply(record, acceptance());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"workflow.prior_approval_missing"_s);

        for (MaterialItem &m : record.materials)
            m.status = MaterialStatus::OriginalSeen;
        const ow::Result<DomainEvent> accepted = CaseWorkflow::apply(record, acceptance());
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
    }

    void anUnchangedScopeNeedingApprovalDoesNotAskForIt()
    {
        // Registered with the approval once; now only its name changes: no approval asked again.
        CaseRecord record = ChangeRegistration::start(Code, registeredForm(), Established);
        record.registered.businessScope = u"日用百货销售；烟草制品零售"_s;
        record.form = record.registered;
        record.form.proposedName = u"太原市鑫瑞商贸有限公司"_s;
        record.materials = marked(
            ChangeRegistration::checklist(ChangeRegistration::changes(record.registered, record.form)));
        QVERIFY(!idsOf(record.materials).contains(QLatin1String(PriorApproval::MaterialId)));
        QVERIFY(!PriorApproval::check(record.form, record.materials).isEmpty()); // as an establishment would
        const ow::Result<DomainEvent> accepted = CaseWorkflow::apply(record, acceptance());
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
    }

    // 一处违法、处处受限: the new legal representative is a dishonest debtor.
    void aBlockedNewLegalRepIsRefused()
    {
        CaseRecord record = changeCase(u"rep id"_s);
        CreditEntry entry;
        entry.id = u"e0000000-0000-4000-8000-000000000001"_s;
        entry.list = CreditListKind::DishonestDebtor;
        entry.subjectKind = CreditSubjectKind::Person;
        entry.subject = record.form.legalRep.idNumber;
        entry.subjectName = record.form.legalRep.name;
        entry.reason = u"有履行能力而拒不履行生效法律文书确定义务"_s;
        entry.authority = u"太原市小店区人民法院"_s;
        entry.basis = u"(2026)晋0105执123号"_s;
        entry.from = QDate(2026, 1, 1);
        const CreditLookup lookup = [entry](CreditSubjectKind kind, const QString &subject) {
            return kind == entry.subjectKind && subject == entry.subject ? QList<CreditEntry>{entry}
                                                                         : QList<CreditEntry>{};
        };
        TransitionRequest request = acceptance();
        request.credit = CreditCheck::check(record.form, lookup, QDate(2026, 12, 2));
        QVERIFY(request.credit->blocks());
        const ow::Result<DomainEvent> refused = CaseWorkflow::apply(record, request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"credit.restricted"_s);
        QCOMPARE(refused.error().field, u"legalRep.idNumber"_s);

        // The registered legal representative, unchanged, is not listed: the same check passes.
        CaseRecord other = changeCase(u"term"_s);
        request.credit = CreditCheck::check(other.form, lookup, QDate(2026, 12, 2));
        QVERIFY(!request.credit->blocks());
        const ow::Result<DomainEvent> accepted = CaseWorkflow::apply(other, request);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
    }

    void aChangeIsLicensed()
    {
        CaseRecord record = changeCase(u"name"_s);
        record.state = CaseState::Approved;
        const Actor clerk{u"clerk01"_s, Role::Clerk, u"W01"_s};
        QVERIFY(CaseWorkflow::available(record, clerk).contains(CaseAction::IssueLicence));
        TransitionRequest issue;
        issue.action = CaseAction::IssueLicence;
        issue.actor = clerk;
        QVERIFY(CaseWorkflow::apply(record, issue).ok());
        QCOMPARE(record.state, CaseState::Licensed);
        record.state = CaseState::Licensed;
        const Actor admin{u"exchange"_s, Role::Admin, {}};
        QVERIFY(CaseWorkflow::available(record, admin).contains(CaseAction::Publish));
    }

    void jsonRoundTrip()
    {
        CaseRecord record = changeCase(u"name"_s);
        const QJsonObject json = record.toJson();
        for (const char *key : {"kind", "subjectCode", "registered", "established"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QVERIFY(!json.contains(u"simplified"_s)); // a deregistration's only
        QCOMPARE(json.value(u"kind"_s).toString(), u"change"_s);
        QCOMPARE(json.value(u"established"_s).toString(), u"2020-05-18"_s);
        const CaseRecord back = CaseRecord::fromJson(json);
        QCOMPARE(back.kind, CaseKind::Change);
        QCOMPARE(back.subjectCode, Code);
        QCOMPARE(back.registered, record.registered);
        QCOMPARE(back.established, Established);
        QCOMPARE(back.form, record.form);
        QCOMPARE(back.toJsonText(), record.toJsonText());

        // An establishment writes none of those keys (its JSON as before change registrations).
        CaseRecord establishment = record;
        establishment.kind = CaseKind::Establishment;
        const QJsonObject plain = establishment.toJson();
        for (const char *key : {"kind", "subjectCode", "registered", "established", "simplified"})
            QVERIFY2(!plain.contains(QLatin1String(key)), key);
        const CaseRecord plainBack = CaseRecord::fromJson(plain);
        QCOMPARE(plainBack.kind, CaseKind::Establishment);
        QVERIFY(plainBack.subjectCode.isEmpty());
        QVERIFY(!plainBack.established.isValid());
        QCOMPARE(plainBack.registered, OneForm{});

        // An unknown kind is not read as a change; an establishment's JSON naming a subject keeps none.
        QJsonObject unknown = json;
        unknown.insert(u"kind"_s, u"merger"_s);
        QCOMPARE(CaseRecord::fromJson(unknown).kind, CaseKind::Establishment);
        QVERIFY(CaseRecord::fromJson(unknown).subjectCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChangeRegistration)
#include "test_change_registration.moc"
