// Issue 8: the one table of limits. Every row: at its limit accepted, one over refused with its
// code and path, through the form, the case and the event that carries it; and the largest case
// the table allows serialises within core::Limits::maxCaseJsonBytes.
#include "core/Limits.h"
#include "support/CaseForms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {

// A case and the event that carries it (an acceptance: the case goes in its payload).
struct Sample
{
    CaseRecord record;
    DomainEvent event;
};

using TextSetter = std::function<void(Sample &, const QString &)>;
using ListSizer = std::function<void(Sample &, int)>;

// A small sample with three entries in every list, so entry 2 can be the one that is too long.
Sample sample()
{
    Sample s;
    s.record.id = u"3f2a9c1e-8d44-4c55-9a1b-0e6f3d2c1b00"_s;
    s.record.form.entityTypeId = u"llc_natural_multi"_s;
    s.record.form.proposedName = u"太原市鑫源商贸有限公司"_s;
    s.record.form.investors = QList<Investor>(3);
    s.record.form.personnel = QList<KeyPerson>(3);
    s.record.materials = QList<MaterialItem>(3);
    for (MaterialItem &m : s.record.materials)
        m.attachments = QStringList(3, QString(64, u'a'));
    s.event.id = u"7c1e0f2a-1111-4222-8333-944455556666"_s;
    s.event.type = u"case.accepted"_s;
    s.event.caseId = s.record.id;
    s.event.caseVersion = 2;
    s.event.actor = u"clerk01"_s;
    s.event.workstation = u"W01"_s;
    s.event.deviceTime = QDateTime::currentDateTimeUtc();
    return s;
}

Person &person(Sample &s, const QString &section)
{
    OneForm &f = s.record.form;
    return section == u"legalRep"_s ? f.legalRep : section == u"liaison"_s ? f.liaison : f.financialOfficer;
}

// How to set each text row of the table (on entry 2 of a list), keyed by the row's path.
const QHash<QString, TextSetter> &textSetters()
{
    static const QHash<QString, TextSetter> setters = [] {
        QHash<QString, TextSetter> m{
            {u"entity.type"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.entityTypeId = t;
             }},
            {u"entity.name"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.proposedName = t;
             }},
            {u"entity.domicile"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.domicile = t;
             }},
            {u"entity.domicileDivision"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.domicileDivision = t;
             }},
            {u"entity.authorityDivision"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.authorityDivision = t;
             }},
            {u"entity.scope"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.businessScope = t;
             }},
            {u"entity.phone"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.phone = t;
             }},
            {u"entity.postalCode"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.postalCode = t;
             }},
            {u"entity.parentCode"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.parentCode = t;
             }},
            {u"investors[].name"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.investors[2].name = t;
             }},
            {u"investors[].idNumber"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.investors[2].idNumber = t;
             }},
            {u"investors[].contributionForm"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.investors[2].contributionForm = t;
             }},
            {u"personnel[].name"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.personnel[2].name = t;
             }},
            {u"personnel[].idNumber"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.personnel[2].idNumber = t;
             }},
            {u"personnel[].position"_s,
             [](Sample &s, const QString &t) {
                 s.record.form.personnel[2].position = t;
             }},
            {u"id"_s,
             [](Sample &s, const QString &t) {
                 s.record.id = t;
             }},
            {u"receiptNumber"_s,
             [](Sample &s, const QString &t) {
                 s.record.receiptNumber = t;
             }},
            {u"creditCode"_s,
             [](Sample &s, const QString &t) {
                 s.record.creditCode = t;
             }},
            {u"subjectCode"_s,
             [](Sample &s, const QString &t) {
                 s.record.kind = ow::core::CaseKind::Change;
                 s.record.subjectCode = t;
             }},
            {u"licenceSeal"_s,
             [](Sample &s, const QString &t) {
                 s.record.licenceSeal = t;
             }},
            {u"createdBy"_s,
             [](Sample &s, const QString &t) {
                 s.record.createdBy = t;
             }},
            {u"acceptedBy"_s,
             [](Sample &s, const QString &t) {
                 s.record.acceptedBy = t;
             }},
            {u"reviewer"_s,
             [](Sample &s, const QString &t) {
                 s.record.reviewer = t;
             }},
            {u"workstation"_s,
             [](Sample &s, const QString &t) {
                 s.record.workstation = t;
             }},
            {u"lastReason"_s,
             [](Sample &s, const QString &t) {
                 s.record.lastReason = t;
             }},
            {u"materials[].id"_s,
             [](Sample &s, const QString &t) {
                 s.record.materials[2].id = t;
             }},
            {u"materials[].title"_s,
             [](Sample &s, const QString &t) {
                 s.record.materials[2].title = t;
             }},
            {u"materials[].attachments[]"_s,
             [](Sample &s, const QString &t) {
                 s.record.materials[2].attachments[2] = t;
             }},
            {u"event:id"_s,
             [](Sample &s, const QString &t) {
                 s.event.id = t;
             }},
            {u"event:type"_s,
             [](Sample &s, const QString &t) {
                 s.event.type = t;
             }},
            {u"event:caseId"_s,
             [](Sample &s, const QString &t) {
                 s.event.caseId = t;
             }},
            {u"event:actor"_s,
             [](Sample &s, const QString &t) {
                 s.event.actor = t;
             }},
            {u"event:workstation"_s,
             [](Sample &s, const QString &t) {
                 s.event.workstation = t;
             }},
            {u"event:payload.from"_s,
             [](Sample &s, const QString &t) {
                 s.event.payload[u"from"_s] = t;
             }},
            {u"event:payload.to"_s,
             [](Sample &s, const QString &t) {
                 s.event.payload[u"to"_s] = t;
             }},
            {u"event:payload.reason"_s,
             [](Sample &s, const QString &t) {
                 s.event.payload[u"reason"_s] = t;
             }},
            {u"event:payload.reasonCodes[]"_s,
             [](Sample &s, const QString &t) {
                 s.event.payload[u"reasonCodes"_s] = QJsonArray{u"B01"_s, u"B02"_s, t};
             }},
        };
        for (const char *section : {"legalRep", "liaison", "financialOfficer"}) {
            const QString name = QLatin1String(section);
            m.insert(name + u".name"_s, [name](Sample &s, const QString &t) { person(s, name).name = t; });
            m.insert(name + u".idNumber"_s,
                     [name](Sample &s, const QString &t) { person(s, name).idNumber = t; });
            m.insert(name + u".phone"_s, [name](Sample &s, const QString &t) { person(s, name).phone = t; });
            m.insert(name + u".position"_s,
                     [name](Sample &s, const QString &t) { person(s, name).position = t; });
        }
        return m;
    }();
    return setters;
}

const QHash<QString, ListSizer> &listSizers()
{
    static const QHash<QString, ListSizer> sizers{
        {u"investors"_s,
         [](Sample &s, int n) {
             s.record.form.investors.resize(n);
         }},
        {u"personnel"_s,
         [](Sample &s, int n) {
             s.record.form.personnel.resize(n);
         }},
        {u"materials"_s,
         [](Sample &s, int n) {
             s.record.materials.resize(n);
         }},
        {u"materials[].attachments"_s,
         [](Sample &s, int n) {
             s.record.materials[2].attachments = QStringList(n, QString(64, u'a'));
         }},
        {u"event:payload.reasonCodes"_s,
         [](Sample &s, int n) {
             s.event.payload[u"reasonCodes"_s] = QJsonArray::fromStringList(QStringList(n, u"B01"_s));
         }},
    };
    return sizers;
}

QString key(const Limit &limit)
{
    const QString path = QLatin1String(limit.path);
    return limit.scope == LimitScope::Event ? u"event:"_s + path : path;
}

// The concrete path of a row as the sample reports it: entry 2 of each list.
QString concrete(const Limit &limit)
{
    return QLatin1String(limit.path).toString().replace(u"[]"_s, u"[2]"_s);
}

QString describe(const LimitIssues &issues)
{
    QStringList lines;
    for (const LimitIssue &i : issues)
        lines.append(i.code + u" "_s + i.field + u": "_s + i.message);
    return lines.join(u'\n');
}

// The event's issues with the sample's case in its payload.
LimitIssues eventIssues(Sample &s)
{
    s.event.payload[u"case"_s] = s.record.toJson();
    return Limits::check(s.event);
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

    // The issues of the checks that see the row: form (form rows), case (form and case rows),
    // event (every row; the case's under payload.case.).
    static void verifyChecks(Sample &s, const Limit &limit, const QString &code, bool over)
    {
        const QString path = concrete(limit);
        QList<std::pair<LimitIssues, QString>> seen;
        if (limit.scope == LimitScope::Form)
            seen.append({Limits::check(s.record.form), path});
        if (limit.scope != LimitScope::Event)
            seen.append({Limits::check(s.record), path});
        if (limit.path.starts_with("materials"))
            seen.append({Limits::check(s.record.materials), path});
        seen.append({eventIssues(s), limit.scope == LimitScope::Event ? path : u"payload.case."_s + path});
        for (const auto &[issues, expected] : seen) {
            if (!over) {
                QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
                continue;
            }
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().code, code);
            QCOMPARE(issues.first().field, expected);
            if (code != u"field.invalid_text")
                QVERIFY(issues.first().message.contains(QString::number(limit.max)));
        }
    }

private slots:
    void everyRow_data()
    {
        QTest::addColumn<int>("row");
        for (std::size_t i = 0; i < limits::table.size(); ++i) {
            const Limit &limit = limits::table[i];
            if (limit.scope != LimitScope::Local)
                QTest::newRow(qPrintable(key(limit))) << int(i);
        }
    }

    void everyRow()
    {
        QFETCH(int, row);
        const Limit &limit = limits::table[std::size_t(row)];
        Sample s = sample();
        verifyChecks(s, limit, {}, false);
        if (limit.kind == LimitKind::Text) {
            QVERIFY2(textSetters().contains(key(limit)), "a text row without a setter in this test");
            const TextSetter set = textSetters().value(key(limit));
            set(s, QString(limit.max, u'字'));
            verifyChecks(s, limit, u"field.too_long"_s, false);
            set(s, QString(limit.max + 1, u'字'));
            verifyChecks(s, limit, u"field.too_long"_s, true);
            // Short, but not text that UTF-8 or PostgreSQL can hold: refused as such.
            set(s, u"名"_s + QChar(0xD800) + u"字"_s);
            verifyChecks(s, limit, u"field.invalid_text"_s, true);
            set(s, u"名"_s + QChar(0) + u"字"_s);
            verifyChecks(s, limit, u"field.invalid_text"_s, true);
        } else {
            QVERIFY2(listSizers().contains(key(limit)), "a list row without a sizer in this test");
            const ListSizer size = listSizers().value(key(limit));
            size(s, limit.max);
            verifyChecks(s, limit, u"list.too_long"_s, false);
            size(s, limit.max + 1);
            verifyChecks(s, limit, u"list.too_long"_s, true);
        }
    }

    void wellFormedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("CJK") << u"太原市华兆煤业有限公司"_s << true;
        QTest::newRow("pair (U+20000)") << QString::fromUcs4(U"\U00020000") << true;
        QTest::newRow("newline and tab") << u"一\n二\t三"_s << true;
        QTest::newRow("lone high, then CJK") << u"或"_s + QChar(0xD800) + u"自"_s << false;
        QTest::newRow("lone high at the end") << u"名"_s + QChar(0xDBFF) << false;
        QTest::newRow("lone low") << QString(QChar(0xDC00)) + u"名"_s << false;
        QTest::newRow("low before high") << QString(QChar(0xDC00)) + QChar(0xD800) << false;
        QTest::newRow("NUL") << u"名"_s + QChar(0) << false;
    }

    void wellFormedText()
    {
        QFETCH(QString, text);
        QFETCH(bool, wellFormed);
        QCOMPARE(Limits::isWellFormed(text), wellFormed);
        // What the rule promises: a well-formed text survives UTF-8 (the cache's and the wire's).
        if (wellFormed)
            QCOMPARE(QString::fromUtf8(text.toUtf8()), text);
    }

    void lengthsForTheEditors()
    {
        QCOMPARE(Limits::maxLength(u"entity.name"_s), 200);
        QCOMPARE(Limits::maxLength(u"investors[12].name"_s), 200);
        QCOMPARE(Limits::maxLength(u"personnel[0].position"_s), 100);
        QCOMPARE(Limits::maxLength(u"materials[3].title"_s), 200);
        QCOMPARE(Limits::maxLength(u"lastReason"_s), 2000);
        QCOMPARE(Limits::maxLength(u"conflict.note"_s), 500);
        QCOMPARE(Limits::maxLength(u"entity.capital"_s), -1);
        static_assert(Limits::maxLength(LimitScope::Event, "payload.reason") ==
                      Limits::maxLength(LimitScope::Case, "lastReason"));
        static_assert(Limits::maxCount(LimitScope::Form, "investors") == 500);
    }

    void realCasesAreFarWithinTheLimits()
    {
        Sample s = sample();
        s.record.form.businessScope = QString(4000, u'业'); // the validator's own limit
        s.record.form.domicile = QString(200, u'址');
        QVERIFY(Limits::check(s.record).isEmpty());
    }

    // Every text at its limit in characters of six JSON bytes ("\u0001"), every list full and
    // every other field at its longest: the case, its event and its change of the feed stay within
    // the sizes the exchange and the client rely on.
    void largestCaseWithinMaxCaseJsonBytes()
    {
        Sample s = sample();
        s.record = ow::test::forms::largestCase();
        // The largest case is a change's: it carries the form as registered too.
        s.record.kind = ow::core::CaseKind::Change;
        s.record.registered = s.record.form;
        const QDateTime latest = s.record.updatedAt;
        for (const Limit &limit : limits::table) {
            if (limit.scope == LimitScope::Event && limit.kind == LimitKind::Text)
                textSetters().value(key(limit))(s, QString(limit.max, QChar(1)));
        }
        QVERIFY2(Limits::check(s.record).isEmpty(), qPrintable(describe(Limits::check(s.record))));
        QVERIFY(eventIssues(s).isEmpty());

        const qint64 caseBytes = QJsonDocument(s.record.toJson()).toJson(QJsonDocument::Compact).size();
        s.event.caseVersion = std::numeric_limits<int>::max();
        s.event.deviceTime = latest;
        const qint64 eventBytes = QJsonDocument(s.event.toJson()).toJson(QJsonDocument::Compact).size();
        const QJsonObject change{{u"seq"_s, std::numeric_limits<qint64>::max()},
                                 {u"kind"_s, u"case"_s},
                                 {u"caseId"_s, s.record.id},
                                 {u"case"_s, s.record.toJson()},
                                 {u"serverTime"_s, latest.toString(Qt::ISODateWithMs)},
                                 {u"origin"_s, s.record.workstation}};
        const qint64 changeBytes = QJsonDocument(change).toJson(QJsonDocument::Compact).size() + 1;
        qInfo("largest case %lld of %lld bytes, event %lld of %lld, change %lld of %lld", caseBytes,
              Limits::maxCaseJsonBytes, eventBytes, Limits::maxEventJsonBytes, changeBytes,
              Limits::maxChangeJsonBytes);
        QVERIFY(caseBytes <= Limits::maxCaseJsonBytes);
        QVERIFY(eventBytes <= Limits::maxEventJsonBytes);
        QVERIFY(changeBytes <= Limits::maxChangeJsonBytes);
        // The bound is not loose either: within 10 % of the real largest case.
        QVERIFY(caseBytes * 10 >= Limits::maxCaseJsonBytes * 9);
        QVERIFY(Limits::maxResponseBytes >= Limits::maxFeedPageBytes);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "test_limits.moc"
