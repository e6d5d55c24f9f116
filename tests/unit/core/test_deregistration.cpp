// Issue 12 §1 and §5, deregistration (注销登记): the checklists of the general and the simplified
// procedure, the 20-day public notice (its days, JSON and what is not a notice), when a simplified
// deregistration may be decided, its decision's clock counted from the notice's end, and the
// workflow of a deregistration case (no licence, no form rules, no credit check at acceptance, the
// notice at approval), and which entities admit which case (a revoked one only a general one).
#include "core/CaseWorkflow.h"
#include "core/CreditCheck.h"
#include "core/Deregistration.h"
#include "core/StatutoryClock.h"
#include "core/UsccCode.h"
#include "support/CaseForms.h"

#include <QJsonArray>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {

const QString Code = u"91140105MA0K3XQ2XX"_s;
const QDate Day(2026, 12, 2);

QString validCode()
{
    // 91 140105 MA0K3XQ2 and its check character.
    return UsccCode::compose(u'9', u'1', u"140105"_s, u"MA0K3XQ2"_s);
}

QStringList idsOf(const QList<MaterialItem> &items)
{
    QStringList ids;
    for (const MaterialItem &m : items)
        ids.append(m.id);
    return ids;
}

CaseRecord deregistrationCase(bool simplified)
{
    CaseRecord record = Deregistration::start(validCode(), ow::test::forms::limitedCompany(4), simplified);
    record.id = u"c0ffee00-0000-4000-8000-0000000000d1"_s;
    record.version = 1;
    for (MaterialItem &m : record.materials)
        m.status = MaterialStatus::OriginalSeen;
    return record;
}

DeregistrationNotice noticeOf(const CaseRecord &record, const QDate &from, int objections = 0)
{
    DeregistrationNotice notice = DeregistrationNotice::begin(record, from);
    for (int i = 0; i < objections; ++i)
        notice.objections.append(
            {u"山西某银行股份有限公司"_s, u"尚有未清偿贷款"_s, QDateTime(from, QTime(10, 0), Qt::UTC)});
    return notice;
}

TransitionRequest request(CaseAction action, const QDate &day, const QString &user = u"super02"_s)
{
    TransitionRequest r;
    r.action = action;
    r.actor = {user, user.startsWith(u"super") ? Role::Supervisor : Role::Clerk, u"W02"_s};
    r.at = QDateTime(day, QTime(9, 30), Qt::UTC);
    return r;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<ow::core::DeregistrationNotice>)
Q_DECLARE_METATYPE(ow::core::CaseKind)

class TestDeregistration : public QObject
{
    Q_OBJECT

private slots:
    void checklist()
    {
        QCOMPARE(idsOf(Deregistration::checklist(false)),
                 (QStringList{u"deregistration_application"_s, u"dissolution_resolution"_s,
                              u"liquidation_report"_s, u"tax_clearance"_s, u"licence_originals"_s}));
        QCOMPARE(idsOf(Deregistration::checklist(true)),
                 (QStringList{u"deregistration_application"_s, u"investors_commitment"_s,
                              u"licence_originals"_s}));
        for (const MaterialItem &m : Deregistration::checklist(true) + Deregistration::checklist(false)) {
            QVERIFY(m.required);
            QVERIFY(!m.title.isEmpty());
            QCOMPARE(m.status, MaterialStatus::Missing);
        }
        // Switching the procedure keeps the marks of what both ask for.
        QList<MaterialItem> general = Deregistration::checklist(false);
        general[0].status = MaterialStatus::Scanned;
        general[4].status = MaterialStatus::CopyKept;
        const QList<MaterialItem> simplified = Deregistration::checklist(true, general);
        QCOMPARE(simplified[0].status, MaterialStatus::Scanned);
        QCOMPARE(simplified[1].status, MaterialStatus::Missing);
        QCOMPARE(simplified[2].status, MaterialStatus::CopyKept);
    }

    void start()
    {
        const CaseRecord record =
            Deregistration::start(u" "_s + validCode().toLower(), ow::test::forms::limitedCompany(4), true);
        QCOMPARE(record.kind, CaseKind::Deregistration);
        QCOMPARE(record.subjectCode, validCode());
        QVERIFY(record.simplified);
        QCOMPARE(record.form, record.registered);
        QCOMPARE(idsOf(record.materials), idsOf(Deregistration::checklist(true)));
    }

    void noticeDays()
    {
        const CaseRecord record = deregistrationCase(true);
        const DeregistrationNotice notice = DeregistrationNotice::begin(record, Day);
        QCOMPARE(notice.caseId, record.id);
        QCOMPARE(notice.code, validCode());
        QCOMPARE(notice.name, record.registered.proposedName);
        QCOMPARE(notice.authority, u"140105"_s);
        QCOMPARE(notice.from, Day);
        QCOMPARE(notice.until, Day.addDays(19)); // 20 days, the first and the last counted
        QCOMPARE(notice.from.daysTo(notice.until) + 1, qint64(DeregistrationNotice::NoticeDays));
        QVERIFY(!notice.isOver(Day));
        QVERIFY(!notice.isOver(Day.addDays(19)));
        QVERIFY(notice.isOver(Day.addDays(20)));
        QVERIFY(notice.objections.isEmpty());
    }

    void noticeJson()
    {
        const DeregistrationNotice notice = noticeOf(deregistrationCase(true), Day, 2);
        const std::optional<DeregistrationNotice> back = DeregistrationNotice::fromJson(notice.toJson());
        QVERIFY(back);
        QCOMPARE(back->caseId, notice.caseId);
        QCOMPARE(back->code, notice.code);
        QCOMPARE(back->name, notice.name);
        QCOMPARE(back->authority, notice.authority);
        QCOMPARE(back->from, notice.from);
        QCOMPARE(back->until, notice.until);
        QCOMPARE(back->objections, notice.objections);
    }

    void notANotice_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");

        QTest::newRow("bad code") << u"code"_s << QJsonValue(Code);
        QTest::newRow("no code") << u"code"_s << QJsonValue();
        QTest::newRow("no case id") << u"caseId"_s << QJsonValue(u""_s);
        QTest::newRow("case id too long") << u"caseId"_s << QJsonValue(QString(65, u'a'));
        QTest::newRow("no from") << u"from"_s << QJsonValue(u"2026-13-01"_s);
        QTest::newRow("no until") << u"until"_s << QJsonValue();
        QTest::newRow("until before from") << u"until"_s << QJsonValue(Day.addDays(-1).toString(Qt::ISODate));
        QJsonArray many;
        for (int i = 0; i <= DeregistrationNotice::MaxObjections; ++i)
            many.append(QJsonObject{
                {u"by"_s, u"甲"_s}, {u"text"_s, u"异议"_s}, {u"at"_s, u"2026-12-02T10:00:00Z"_s}});
        QTest::newRow("too many objections") << u"objections"_s << QJsonValue(many);
        QTest::newRow("objection without text")
            << u"objections"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"by"_s, u"甲"_s}, {u"text"_s, u"  "_s}}});
        QTest::newRow("objection without who")
            << u"objections"_s << QJsonValue(QJsonArray{QJsonObject{{u"text"_s, u"异议"_s}}});
    }
    void notANotice()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = noticeOf(deregistrationCase(true), Day).toJson();
        QVERIFY(DeregistrationNotice::fromJson(json));
        if (value.isUndefined() || value.isNull())
            json.remove(key);
        else
            json.insert(key, value);
        QVERIFY(!DeregistrationNotice::fromJson(json));
    }

    void checkDecision_data()
    {
        QTest::addColumn<bool>("simplified");
        QTest::addColumn<std::optional<DeregistrationNotice>>("notice");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("error");

        const CaseRecord record = deregistrationCase(true);
        const auto notice = [&record](int objections) {
            return std::optional<DeregistrationNotice>(noticeOf(record, Day, objections));
        };
        QTest::newRow("general: no notice needed")
            << false << std::optional<DeregistrationNotice>() << Day << QString();
        QTest::newRow("no notice") << true << std::optional<DeregistrationNotice>() << Day
                                   << u"deregistration.no_notice"_s;
        QTest::newRow("first day") << true << notice(0) << Day << u"deregistration.notice_running"_s;
        QTest::newRow("last day") << true << notice(0) << Day.addDays(19)
                                  << u"deregistration.notice_running"_s;
        QTest::newRow("over, no objection") << true << notice(0) << Day.addDays(20) << QString();
        QTest::newRow("over with an objection")
            << true << notice(1) << Day.addDays(20) << u"deregistration.objected"_s;
        QTest::newRow("running with an objection")
            << true << notice(1) << Day.addDays(3) << u"deregistration.notice_running"_s;
    }
    void checkDecision()
    {
        QFETCH(bool, simplified);
        QFETCH(std::optional<DeregistrationNotice>, notice);
        QFETCH(QDate, today);
        QFETCH(QString, error);
        const ow::Result<void> decided =
            Deregistration::checkDecision(deregistrationCase(simplified), notice, today);
        QCOMPARE(decided.ok() ? QString() : decided.error().code, error);
        if (!decided.ok())
            QVERIFY(!decided.error().message.isEmpty());
        QVERIFY(!Deregistration::noticeStatus(notice, today).isEmpty());
    }

    // Which cases an entity admits by its status: a revoked one only a general deregistration.
    void checkSubject_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<bool>("simplified");
        QTest::addColumn<QString>("error");
        const QString registered = RegisteredEntity::StatusRegistered;
        const QString revoked = RegisteredEntity::StatusRevoked;
        const QString deregistered = RegisteredEntity::StatusDeregistered;
        const QString ended = u"case.subject_ended"_s;
        QTest::newRow("registered: change") << registered << CaseKind::Change << false << QString();
        QTest::newRow("registered: general") << registered << CaseKind::Deregistration << false << QString();
        QTest::newRow("registered: simplified")
            << registered << CaseKind::Deregistration << true << QString();
        QTest::newRow("revoked: change") << revoked << CaseKind::Change << false << ended;
        QTest::newRow("revoked: general") << revoked << CaseKind::Deregistration << false << QString();
        QTest::newRow("revoked: simplified")
            << revoked << CaseKind::Deregistration << true << u"deregistration.general_only"_s;
        QTest::newRow("deregistered: change") << deregistered << CaseKind::Change << false << ended;
        QTest::newRow("deregistered: general") << deregistered << CaseKind::Deregistration << false << ended;
        QTest::newRow("deregistered: simplified")
            << deregistered << CaseKind::Deregistration << true << ended;
    }
    void checkSubject()
    {
        QFETCH(QString, status);
        QFETCH(CaseKind, kind);
        QFETCH(bool, simplified);
        QFETCH(QString, error);
        RegisteredEntity entity;
        entity.name = u"太原市晋味餐饮有限公司"_s;
        entity.status = status;
        entity.statusSince = Day;
        const ow::Result<void> open = Deregistration::checkSubject(kind, simplified, entity);
        QCOMPARE(open.ok() ? QString() : open.error().code, error);
        if (!open.ok()) {
            QVERIFY(open.error().message.contains(entity.name));
            QVERIFY(open.error().message.contains(u"2026-12-02"_s));
        }
    }

    // 2026-12-02 is a Wednesday; no holiday until 2027-01-01. The office's limit is 3 working days.
    void decisionClock_data()
    {
        QTest::addColumn<bool>("simplified");
        QTest::addColumn<QDate>("noticeFrom"); // invalid: no notice synced yet
        QTest::addColumn<int>("extended");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("noticeUntil"); // invalid: the clock waits for no notice
        QTest::addColumn<bool>("expected");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("overdue"); // -1: not overdue

        const QDate none;
        QTest::newRow("general: 3 working days from acceptance")
            << false << none << 0 << Day.addDays(1) << QDate(2026, 12, 7) << none << false << 2 << -1;
        QTest::newRow("simplified, notice running: 3 working days after its last day")
            << true << Day << 0 << Day.addDays(1) << QDate(2026, 12, 24) << QDate(2026, 12, 21) << false << 15
            << -1;
        QTest::newRow("simplified, notice's last day")
            << true << Day << 0 << QDate(2026, 12, 21) << QDate(2026, 12, 24) << QDate(2026, 12, 21) << false
            << 3 << -1;
        QTest::newRow("simplified, notice over")
            << true << Day << 0 << QDate(2026, 12, 23) << QDate(2026, 12, 24) << QDate(2026, 12, 21) << false
            << 1 << -1;
        QTest::newRow("simplified, decision overdue")
            << true << Day << 0 << QDate(2026, 12, 28) << QDate(2026, 12, 24) << QDate(2026, 12, 21) << false
            << 0 << 2;
        QTest::newRow("simplified, begun two days after acceptance (offline counter)")
            << true << Day.addDays(2) << 0 << Day.addDays(3) << QDate(2026, 12, 28) << QDate(2026, 12, 23)
            << false << 16 << -1;
        QTest::newRow("simplified, not synced yet: the notice as from acceptance")
            << true << none << 0 << Day << QDate(2026, 12, 24) << QDate(2026, 12, 21) << true << 16 << -1;
        QTest::newRow("simplified, extended by 3")
            << true << Day << 3 << QDate(2026, 12, 22) << QDate(2026, 12, 29) << QDate(2026, 12, 21) << false
            << 5 << -1;
    }
    void decisionClock()
    {
        QFETCH(bool, simplified);
        QFETCH(QDate, noticeFrom);
        QFETCH(int, extended);
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(QDate, noticeUntil);
        QFETCH(bool, expected);
        QFETCH(int, left);
        QFETCH(int, overdue);
        CaseRecord record = deregistrationCase(simplified);
        record.state = CaseState::UnderReview;
        record.acceptedAt = QDateTime(Day, QTime(2, 30), Qt::UTC);
        record.decisionExtension = extended;
        std::optional<DeregistrationNotice> notice;
        if (noticeFrom.isValid())
            notice = noticeOf(record, noticeFrom);
        const auto reading = StatutoryClock::builtIn().withDecisionDays(3).read(
            StatutoryClock::inputOf(record, notice), today, WorkingCalendar::builtIn());
        QVERIFY(reading);
        QCOMPARE(reading->kind, ClockKind::Decision);
        QCOMPARE(reading->due, due);
        QCOMPARE(reading->noticeUntil, noticeUntil);
        QCOMPARE(reading->noticeExpected, expected);
        QCOMPARE(reading->noticeRunning, noticeUntil.isValid() && today <= noticeUntil);
        QCOMPARE(reading->daysLeft, left);
        QCOMPARE(reading->overdue, overdue >= 0);
        QCOMPARE(reading->overdueDays, std::max(overdue, 0));

        // What the case's header and the list say: the notice's last day and the decision's.
        const QString longText = StatutoryClock::longText(*reading);
        QVERIFY2(longText.contains(QLocale().toString(due, QLocale::LongFormat)), qPrintable(longText));
        const QString shortText = StatutoryClock::shortText(*reading);
        if (noticeUntil.isValid()) {
            QVERIFY2(longText.contains(QLocale().toString(noticeUntil, QLocale::LongFormat)),
                     qPrintable(longText));
            QVERIFY2(!longText.contains(u"of acceptance"_s), qPrintable(longText));
        }
        if (reading->noticeRunning)
            QVERIFY2(shortText.contains(QLocale().toString(noticeUntil, QLocale::ShortFormat)),
                     qPrintable(shortText));
        else
            QVERIFY2(!shortText.contains(u"notice"_s), qPrintable(shortText));
    }

    void noticeOfACase()
    {
        CaseRecord record = deregistrationCase(true);
        bool expected = true;
        QVERIFY(!Deregistration::noticeOf(record, std::nullopt, &expected)); // not accepted yet
        QVERIFY(!expected);
        // The registry's day is China's (UTC+8): 16:30 UTC is already the next day there.
        record.acceptedAt = QDateTime(Day.addDays(-1), QTime(16, 30), Qt::UTC);
        QCOMPARE(Deregistration::noticeOf(record, std::nullopt, &expected)->from, Day);
        record.acceptedAt = QDateTime(Day, QTime(15, 30), Qt::UTC); // 23:30 in China
        std::optional<DeregistrationNotice> notice =
            Deregistration::noticeOf(record, std::nullopt, &expected);
        QVERIFY(notice && expected);
        QCOMPARE(notice->from, Day);
        QCOMPARE(notice->until, QDate(2026, 12, 21));
        DeregistrationNotice begun = noticeOf(record, Day.addDays(1));
        notice = Deregistration::noticeOf(record, begun, &expected);
        QVERIFY(notice && !expected);
        QCOMPARE(notice->until, QDate(2026, 12, 22));
        begun.caseId = u"another"_s; // another case's notice says nothing of this one
        QCOMPARE(Deregistration::noticeOf(record, begun, &expected)->until, QDate(2026, 12, 21));
        QVERIFY(expected);
        QVERIFY(!Deregistration::noticeOf(deregistrationCase(false), begun));
    }

    void noLicenceForADeregistration()
    {
        CaseRecord record = deregistrationCase(false);
        record.state = CaseState::Approved;
        const Actor clerk{u"clerk01"_s, Role::Clerk, u"W01"_s};
        QVERIFY(!CaseWorkflow::available(record, clerk).contains(CaseAction::IssueLicence));
        const ow::Result<DomainEvent> refused =
            CaseWorkflow::apply(record, request(CaseAction::IssueLicence, Day, u"clerk01"_s));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().code == u"workflow.wrong_kind"_s ||
                     refused.error().code == u"workflow.wrong_state"_s,
                 qPrintable(refused.error().code));
        QCOMPARE(record.state, CaseState::Approved);

        // The exchange publishes it from its decision; an establishment is not published unlicensed.
        const Actor admin{u"exchange"_s, Role::Admin, {}};
        QVERIFY(CaseWorkflow::available(record, admin).contains(CaseAction::Publish));
        TransitionRequest publish = request(CaseAction::Publish, Day);
        publish.actor = admin;
        QVERIFY(CaseWorkflow::apply(record, publish).ok());
        QCOMPARE(record.state, CaseState::Published);
        CaseRecord establishment;
        establishment.state = CaseState::Approved;
        QVERIFY(!CaseWorkflow::available(establishment, admin).contains(CaseAction::Publish));
        QCOMPARE(CaseWorkflow::check(establishment, publish).error().code, u"workflow.wrong_state"_s);
    }

    void aSimplifiedDeregistrationWaitsForItsNotice()
    {
        CaseRecord record = deregistrationCase(true);
        record.state = CaseState::UnderReview;
        record.acceptedBy = u"clerk01"_s;
        const ow::Result<DomainEvent> early =
            CaseWorkflow::apply(record, request(CaseAction::Approve, Day, u"super02"_s));
        QVERIFY(!early.ok()); // no reason and no notice: the reason first
        TransitionRequest approve = request(CaseAction::Approve, Day.addDays(20));
        approve.reason = u"公告期满无异议"_s;
        QCOMPARE(CaseWorkflow::apply(record, approve).error().code, u"deregistration.no_notice"_s);
        approve.notice = noticeOf(record, Day);
        approve.at = QDateTime(Day.addDays(19), QTime(15, 0), Qt::UTC); // 23:00 in China, its last day
        QCOMPARE(CaseWorkflow::apply(record, approve).error().code, u"deregistration.notice_running"_s);
        approve.at = QDateTime(Day.addDays(19), QTime(16, 30), Qt::UTC); // 00:30 the day after, in China
        const ow::Result<DomainEvent> approved = CaseWorkflow::apply(record, approve);
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QCOMPARE(record.state, CaseState::Approved);
    }

    void acceptanceChecksMaterialsOnly()
    {
        // The form as registered has problems today (a rule came since): a deregistration still ends it.
        CaseRecord record = deregistrationCase(false);
        record.form.phone = u"not a phone"_s;
        record.form.legalRep.idNumber = u"123"_s;
        CreditEntry entry;
        entry.id = u"e0000000-0000-4000-8000-000000000002"_s;
        entry.list = CreditListKind::Serious;
        entry.subjectKind = CreditSubjectKind::Entity;
        entry.subject = validCode();
        entry.subjectName = record.registered.proposedName;
        entry.reason = u"提交虚假材料取得登记"_s;
        entry.authority = u"太原市市场监督管理局"_s;
        entry.basis = u"并市监严〔2026〕1号"_s;
        entry.from = QDate(2026, 1, 1);
        TransitionRequest accept = request(CaseAction::Accept, Day, u"clerk01"_s);
        accept.receiptNumber = u"140105-20261202-W01-0007"_s;
        CreditReport report;
        report.findings.append(CreditFinding{});
        report.findings.first().outcome = CreditOutcome::Block;
        report.findings.first().entry = entry;
        accept.credit = report;
        QVERIFY(accept.credit->blocks());
        const ow::Result<DomainEvent> accepted = CaseWorkflow::apply(record, accept);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        QCOMPARE(record.state, CaseState::Accepted);

        // Its materials are checked.
        CaseRecord missing = deregistrationCase(true);
        missing.materials[1].status = MaterialStatus::Missing;
        QCOMPARE(CaseWorkflow::apply(missing, accept).error().code, u"workflow.materials_missing"_s);
    }

    void json()
    {
        CaseRecord record = deregistrationCase(true);
        const QJsonObject json = record.toJson();
        QCOMPARE(json.value(u"kind"_s).toString(), u"deregistration"_s);
        QCOMPARE(json.value(u"simplified"_s).toBool(), true);
        const CaseRecord back = CaseRecord::fromJson(json);
        QCOMPARE(back.kind, CaseKind::Deregistration);
        QVERIFY(back.simplified);
        QCOMPARE(back.subjectCode, validCode());
        QCOMPARE(back.registered, record.registered);
        QCOMPARE(back.toJsonText(), record.toJsonText());
        // "simplified" means nothing on a change.
        QJsonObject change = json;
        change.insert(u"kind"_s, u"change"_s);
        QVERIFY(!CaseRecord::fromJson(change).simplified);
    }
};

QTEST_GUILESS_MAIN(TestDeregistration)
#include "test_deregistration.moc"
