// Issue 11, the credit lists at the real exchange over loopback TLS (SQLite and PostgreSQL):
// `credit import` through the real command reports every refused row with its line and why and adds
// nothing twice; the entries reach every counter of the province through the feed; an acceptance of
// a case naming a barred legal representative, made against an older copy of the lists, is a
// conflict (credit.restricted) with nothing stored, while a clean one is applied; `credit remove`
// keeps the entry with its dated removal, lifts the bar and tells the counters.
#include "core/CreditCheck.h"
#include "core/CreditList.h"
#include "core/ResidentId.h"
#include "core/UsccCode.h"
#include "exchange/CreditListAdmin.h"
#include "exchange/ExchangeStore.h"
#include "protocol/WireKeys.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

const QString Xiaodian = u"140105"_s;
const QString Yingze = Fixture::OtherAuthority;

QString residentId(const QString &birth, const QString &sequence)
{
    const QString first17 = u"140105"_s + birth + sequence;
    return first17 + core::ResidentId::checkCharacter(first17);
}

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

class ExchangeCreditTest : public QObject
{
    Q_OBJECT

    Fixture m_exchange;
    test::CounterCases m_cases{20261202};
    QTemporaryDir m_files;
    QString m_clerk;   // clerk01 on W01 (140105)
    QString m_clerk11; // clerk11 on W11 (140106)
    const QDate m_today = core::ResidentId::chinaToday();
    const QString m_barred = residentId(u"19800101"_s, u"123"_s); // 严重违法失信 legal representative
    const QString m_debtor = residentId(u"19750505"_s, u"456"_s); // 失信被执行人
    const QString m_clean = residentId(u"19900909"_s, u"789"_s);
    QString m_barredEntry;

    // A case accepted at W01 whose legal representative is `idNumber`.
    QJsonObject acceptWithRepresentative(const QString &idNumber, core::CaseRecord &record)
    {
        const core::DomainEvent event =
            m_cases.accepted(record, u"clerk01"_s, u"W01"_s, {}, [&](core::OneForm &form) {
                form.legalRep.name = u"张晋生"_s;
                form.legalRep.idNumber = idNumber;
            });
        return m_exchange.pushOne(u"W01"_s, m_clerk, event.toJson());
    }

    QList<core::CreditEntry> listFeed(const QString &workstation, const QString &token)
    {
        QList<core::CreditEntry> found;
        for (const QJsonObject &record :
             m_exchange.feedOf(workstation, token, protocol::keys::changes::KindList)) {
            if (const auto entry = core::CreditList::fromJson(record))
                found.append(*entry);
        }
        return found;
    }

    static test::CommandRun command(const QStringList &args)
    {
        return test::runCommand(QStringLiteral(OW_EXCHANGE_BINARY), args);
    }

    QString writeFile(const QString &name, const QString &text)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
        return file.fileName();
    }

    qint64 storedEntries()
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"credit-reader"_s);
        if (!store)
            return -1;
        const auto count = store.value()->creditLists().count();
        return count ? count.value() : -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY2(m_exchange.addOtherAuthority(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
        m_clerk11 = m_exchange.signIn(u"W11"_s, u"clerk11"_s);
        QVERIFY(!m_clerk.isEmpty() && !m_clerk11.isEmpty());
    }

    void anAcceptanceBeforeAnyEntryIsApplied()
    {
        core::CaseRecord record;
        const QJsonObject answer = acceptWithRepresentative(m_barred, record);
        QCOMPARE(answer.value(u"status").toString(), u"applied"_s);
    }

    void importReportsEveryRefusedRowAndAddsNothingTwice()
    {
        const QString listed = dateText(m_today.addDays(-100));
        const QString company = core::UsccCode::compose(u'9', u'1', Xiaodian, u"MA0K3XQ2"_s);
        const QString csv =
            u"list,subject_kind,subject,subject_name,reason,authority,basis,from\n"_s
            // 2: good, the barred legal representative
            u"serious,person,%1,张晋生,\"法定代表人所在企业被列入严重违法失信企业名单\",太原市市场监督管理局,并市监严〔2026〕3号,%2\n"_s
                .arg(m_barred, listed) +
            // 3: good, a judgement debtor (typed in lower case: normalised)
            u"dishonest_debtor,person,%1,李债务,拒不履行生效判决,太原市小店区人民法院,（2026）晋0105执123号,%2\n"_s
                .arg(m_debtor.toLower(), listed) +
            // 4: a wrong check character
            u"serious,person,%1,王五,原因,太原市市场监督管理局,并市监严〔2026〕4号,%2\n"_s.arg(
                m_clean.left(17) + (m_clean.at(17) == u'1' ? u'2' : u'1'), listed) +
            // 5: no such list
            u"grey,person,%1,王五,原因,机关,依据,%2\n"_s.arg(m_clean, listed) +
            // 6: no reason
            u"abnormal,entity,%1,山西晋昌商贸有限公司,,太原市市场监督管理局,依据,%2\n"_s.arg(company,
                                                                                             listed) +
            // 7: listed from tomorrow
            u"abnormal,entity,%1,山西晋昌商贸有限公司,未按期公示年报,太原市市场监督管理局,依据,%2\n"_s.arg(
                company, dateText(m_today.addDays(1))) +
            // 8: one field short
            u"abnormal,entity,%1,山西晋昌商贸有限公司,未按期公示年报,太原市市场监督管理局,依据\n"_s.arg(
                company);
        const QString path = writeFile(u"lists.csv"_s, csv);
        const QStringList args = {u"credit"_s, u"import"_s, u"--dir"_s, m_exchange.dir(), u"--authority"_s,
                                  u"140100"_s, u"--file"_s, path,       u"--by"_s,        u"admin01"_s};

        // A dry run checks and writes nothing.
        const test::CommandRun dry = command(args + QStringList{u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 3, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(u"7 row(s): 2 added"_s), qPrintable(dry.out));
        QCOMPARE(storedEntries(), 0);

        const test::CommandRun run = command(args);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            run.out.contains(u"Imported 7 row(s): 2 added, 0 removal(s), 0 already imported, 5 rejected."_s),
            qPrintable(run.out));
        for (const QString &expected :
             {u"line 4: The listed person's ID number"_s, u"line 5: list grey is not"_s,
              u"line 6: The reason for listing is missing."_s, u"line 7: The entry cannot take effect on"_s,
              u"line 8: 7 fields where the header has 8"_s})
            QVERIFY2(run.out.contains(expected), qPrintable(expected + u" in:\n"_s + run.out));
        QCOMPARE(storedEntries(), 2);

        // The same file again: nothing twice.
        const test::CommandRun again = command(args);
        QVERIFY2(again.out.contains(u"0 added, 0 removal(s), 2 already imported"_s), qPrintable(again.out));
        QCOMPARE(storedEntries(), 2);

        // Not a file to import at all: refused whole, nothing written.
        const test::CommandRun broken =
            command({u"credit"_s, u"import"_s, u"--dir"_s, m_exchange.dir(), u"--authority"_s, u"140100"_s,
                     u"--file"_s, writeFile(u"broken.csv"_s, u"list,subject\n\"open"_s)});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"not CSV"_s), qPrintable(broken.err));
        const test::CommandRun header =
            command({u"credit"_s, u"import"_s, u"--dir"_s, m_exchange.dir(), u"--authority"_s, u"140100"_s,
                     u"--file"_s, writeFile(u"header.csv"_s, u"list,subject,colour\n"_s)});
        QCOMPARE(header.exitCode, 1);
        QVERIFY2(header.err.contains(u"colour"_s), qPrintable(header.err));
        QCOMPARE(storedEntries(), 2);
    }

    void entriesReachEveryCounterOfTheProvince()
    {
        for (const auto &[workstation, token] :
             {std::pair{u"W01"_s, m_clerk}, std::pair{u"W11"_s, m_clerk11}}) {
            const QList<core::CreditEntry> entries = listFeed(workstation, token);
            QCOMPARE(entries.size(), 2);
            QStringList subjects;
            for (const core::CreditEntry &e : entries) {
                subjects << e.subject;
                QCOMPARE(e.source, u"import"_s);
                QCOMPARE(e.recordedBy, u"admin01"_s);
                if (e.subject == m_barred)
                    m_barredEntry = e.id;
            }
            subjects.sort();
            QStringList expected{m_barred, m_debtor};
            expected.sort();
            QCOMPARE(subjects, expected);
        }
        QVERIFY(!m_barredEntry.isEmpty());
    }

    void anAcceptanceAgainstAnOlderListIsAConflict()
    {
        for (const QString &id : {m_barred, m_debtor}) {
            core::CaseRecord record;
            const QJsonObject answer = acceptWithRepresentative(id, record);
            QCOMPARE(answer.value(u"status").toString(), u"conflict"_s);
            const QJsonObject error = answer.value(u"error").toObject();
            QCOMPARE(error.value(u"code").toString(), u"credit.restricted"_s);
            QCOMPARE(error.value(u"field").toString(), u"legalRep.idNumber"_s);
            const QString message = error.value(u"message").toString();
            QVERIFY2(message.contains(id == m_barred ? u"并市监严〔2026〕3号"_s : u"（2026）晋0105执123号"_s),
                     qPrintable(message));
            QVERIFY2(!message.contains(id), "the ID number is masked");
            QVERIFY(!answer.contains(u"current"_s));
            // Nothing stored: the case is not at the exchange.
            auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"credit-cases"_s);
            QVERIFY(store);
            const auto stored = store.value()->cases().byId(record.id);
            QVERIFY(stored);
            QVERIFY(!stored.value().has_value());
        }
        core::CaseRecord clean;
        QCOMPARE(acceptWithRepresentative(m_clean, clean).value(u"status").toString(), u"applied"_s);
    }

    void aRemovalIsDatedKeepsTheEntryAndLiftsTheBar()
    {
        const test::CommandRun badDate =
            command({u"credit"_s, u"remove"_s, u"--dir"_s, m_exchange.dir(), u"--id"_s, m_barredEntry,
                     u"--reason"_s, u"信用修复"_s, u"--on"_s, u"2026-13-01"_s});
        QCOMPARE(badDate.exitCode, 2);
        const test::CommandRun before =
            command({u"credit"_s, u"remove"_s, u"--dir"_s, m_exchange.dir(), u"--id"_s, m_barredEntry,
                     u"--reason"_s, u"信用修复"_s, u"--on"_s, dateText(m_today.addDays(-200))});
        QCOMPARE(before.exitCode, 1);
        QVERIFY2(before.err.contains(u"before it took effect"_s), qPrintable(before.err));

        const test::CommandRun removed =
            command({u"credit"_s, u"remove"_s, u"--dir"_s, m_exchange.dir(), u"--id"_s, m_barredEntry,
                     u"--reason"_s, u"信用修复，决定撤销"_s, u"--by"_s, u"admin01"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        const test::CommandRun twice = command({u"credit"_s, u"remove"_s, u"--dir"_s, m_exchange.dir(),
                                                u"--id"_s, m_barredEntry, u"--reason"_s, u"again"_s});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(u"removed on"_s), qPrintable(twice.err));
        QCOMPARE(storedEntries(), 2);

        // Listed in force: the debtor only; all: both, the removal dated.
        const test::CommandRun inForce = command({u"credit"_s, u"list"_s, u"--dir"_s, m_exchange.dir(),
                                                  u"--in-force-on"_s, u"today"_s, u"--csv"_s});
        QCOMPARE(inForce.exitCode, 0);
        QVERIFY(inForce.out.contains(m_debtor) && !inForce.out.contains(m_barred));
        const test::CommandRun all =
            command({u"credit"_s, u"list"_s, u"--dir"_s, m_exchange.dir(), u"--list"_s, u"serious"_s});
        QVERIFY2(all.out.contains(dateText(m_today)) && all.out.contains(u"1401**********"_s),
                 qPrintable(all.out));

        // The counters learn the removal; the feed's last word on the entry carries it.
        core::CreditEntry last;
        for (const core::CreditEntry &e : listFeed(u"W11"_s, m_clerk11)) {
            if (e.id == m_barredEntry)
                last = e;
        }
        QCOMPARE(last.removedOn, m_today);
        QVERIFY(last.removalReason.contains(u"信用修复"_s));

        core::CaseRecord record;
        QCOMPARE(acceptWithRepresentative(m_barred, record).value(u"status").toString(), u"applied"_s);
    }

    // The registry's own entry, entered at a counter by one supervisor and recorded only when another
    // confirms it (four eyes); clerks, the proposer, another authority and broken entries are refused
    // with nothing recorded.
    void aSupervisorsEntryIsRecordedWhenAnotherConfirmsIt()
    {
        const QString super01 = m_exchange.signIn(u"W02"_s, u"super01"_s);
        const QString super02 = m_exchange.signIn(u"W01"_s, u"super02"_s);
        QVERIFY(!super01.isEmpty() && !super02.isEmpty());
        core::CreditEntry entry;
        entry.list = core::CreditListKind::Abnormal;
        entry.subjectKind = core::CreditSubjectKind::Entity;
        entry.subject = core::UsccCode::compose(u'9', u'1', Xiaodian, u"MA0K3XQ7"_s);
        entry.subjectName = u"太原市鑫源商贸有限公司"_s;
        entry.reason = u"通过登记的住所无法联系"_s;
        entry.authority = u"太原市小店区市场监督管理局"_s;
        entry.basis = u"小市监异〔2026〕21号"_s;
        entry.from = m_today.addDays(-3);
        const QString proposal = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body{{u"proposal"_s, proposal}, {u"entry"_s, core::CreditList::toJson(entry)}};
        const auto post = [&](const QString &workstation, const QString &token, protocol::Endpoint endpoint,
                              const QJsonObject &json) {
            return m_exchange.request(m_exchange.sslFor(workstation), endpoint, json, token);
        };
        const qint64 before = storedEntries();

        QCOMPARE(post(u"W01"_s, m_clerk, protocol::Endpoint::CreditPropose, body).status, 403);
        const Fixture::Reply proposed = post(u"W02"_s, super01, protocol::Endpoint::CreditPropose, body);
        QVERIFY2(proposed.status == 201,
                 qPrintable(proposed.errorCode() + u' ' +
                            proposed.json.value(u"error"_s).toObject().value(u"message"_s).toString()));
        QCOMPARE(post(u"W02"_s, super01, protocol::Endpoint::CreditPropose, body).status, 200); // a resend
        QCOMPARE(storedEntries(), before); // proposed, not recorded

        // Broken entries: refused, nothing kept.
        core::CreditEntry broken = entry;
        broken.reason.clear();
        const Fixture::Reply noReason =
            post(u"W02"_s, super01, protocol::Endpoint::CreditPropose,
                 {{u"proposal"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {u"entry"_s, core::CreditList::toJson(broken)}});
        QCOMPARE(noReason.status, 422);
        QCOMPARE(noReason.errorCode(), u"credit.entry_invalid"_s);
        QCOMPARE(post(u"W02"_s, super01, protocol::Endpoint::CreditPropose,
                      {{u"proposal"_s, u"not-a-uuid"_s}, {u"entry"_s, core::CreditList::toJson(entry)}})
                     .status,
                 400);

        // What waits: for the other supervisor, not for a clerk nor another authority.
        const Fixture::Reply pending =
            m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::CreditPending, {}, super02);
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.json.value(u"proposals"_s).toArray().size(), 1);
        QCOMPARE(
            pending.json.value(u"proposals"_s).toArray().at(0).toObject().value(u"proposedBy"_s).toString(),
            u"super01"_s);
        QCOMPARE(
            m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::CreditPending, {}, m_clerk)
                .status,
            403);

        // Four eyes: not the proposer.
        const QJsonObject confirmBody{{u"proposal"_s, proposal}};
        const Fixture::Reply own = post(u"W02"_s, super01, protocol::Endpoint::CreditConfirm, confirmBody);
        QCOMPARE(own.status, 403);
        QCOMPARE(own.errorCode(), u"credit.four_eyes"_s);
        QCOMPARE(post(u"W01"_s, m_clerk, protocol::Endpoint::CreditConfirm, confirmBody).status, 403);
        QCOMPARE(storedEntries(), before);

        const Fixture::Reply confirmed =
            post(u"W01"_s, super02, protocol::Endpoint::CreditConfirm, confirmBody);
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(storedEntries(), before + 1);
        const auto recorded = core::CreditList::fromJson(confirmed.json.value(u"entry"_s).toObject());
        QVERIFY(recorded);
        QCOMPARE(recorded->source, u"registry"_s);
        QCOMPARE(recorded->recordedBy, u"super01, super02"_s);
        QCOMPARE(recorded->authorityCode, Xiaodian);
        QCOMPARE(post(u"W01"_s, super02, protocol::Endpoint::CreditConfirm, confirmBody).status, 409);
        bool fed = false;
        for (const core::CreditEntry &e : listFeed(u"W11"_s, m_clerk11))
            fed = fed || e.id == proposal;
        QVERIFY2(fed, "every counter of the province gets it");

        // Its removal, the same way.
        const QString removal = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject remove{{u"proposal"_s, removal},
                                 {u"remove"_s, QJsonObject{{u"id"_s, proposal},
                                                           {u"removedOn"_s, dateText(m_today)},
                                                           {u"removalReason"_s, u"已恢复正常记载状态"_s}}}};
        QCOMPARE(post(u"W01"_s, super02, protocol::Endpoint::CreditPropose, remove).status, 201);
        QCOMPARE(
            post(u"W02"_s, super01, protocol::Endpoint::CreditConfirm, {{u"proposal"_s, removal}}).status,
            200);
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"credit-removal"_s);
        QVERIFY(store);
        const auto removed = store.value()->creditLists().byId(proposal);
        QVERIFY(removed && removed.value());
        QCOMPARE(removed.value()->removedOn, m_today);
        QCOMPARE(storedEntries(), before + 1); // kept, with its removal
    }
};

QTEST_GUILESS_MAIN(ExchangeCreditTest)
#include "test_exchange_credit.moc"
