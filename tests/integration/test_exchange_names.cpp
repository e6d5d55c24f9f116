// Issue 11 §2, the name check at the real exchange over loopback TLS (exchange::NameCheck, core::NameClash):
// a licensing event whose name clashes with a name deregistered less than a year ago, or with a former
// name changed less than a year ago, is refused as a conflict with the reason (which entity, its code,
// why and until when); the same name deregistered over a year ago (by the deregister-licence command) is
// free again.
#include "core/CaseWorkflow.h"
#include "core/EnterpriseName.h"
#include "core/RegisteredEntity.h"
#include "exchange/ExchangeStore.h"
#include "exchange/LicenceAdmin.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

class ExchangeNamesTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261211};
    QString m_clerk; // clerk01 on W01 (140105)
    QString m_super; // super01 on W02 (140105)

    // A counter case named `name` (when given) accepted, reviewed and approved at the exchange.
    bool approved(core::CaseRecord &record, const QString &name = {})
    {
        core::DomainEvent accepted = m_cases.accepted(record, u"clerk01"_s);
        if (!name.isEmpty()) {
            record.form.proposedName = name;
            QJsonObject payload = accepted.payload;
            QJsonObject kase = payload.value(u"case").toObject();
            QJsonObject form = kase.value(u"form").toObject();
            form.insert(u"name"_s, name);
            kase.insert(u"form"_s, form);
            payload.insert(u"case"_s, kase);
            accepted.payload = payload;
        }
        core::CaseRecord view = record;
        const QJsonObject take = test::CounterCases::advance(view, core::CaseAction::TakeForReview,
                                                             u"super01"_s, core::Role::Supervisor, u"W02"_s);
        const QJsonObject approve = test::CounterCases::advance(
            view, core::CaseAction::Approve, u"super01"_s, core::Role::Supervisor, u"W02"_s, u"材料齐全"_s);
        for (const auto &[workstation, token, event] :
             {std::tuple{u"W01"_s, m_clerk, accepted.toJson()}, std::tuple{u"W02"_s, m_super, take},
              std::tuple{u"W02"_s, m_super, approve}}) {
            const QJsonObject answer = m_exchange.pushOne(workstation, token, event);
            if (answer.value(u"status").toString() != u"applied") {
                qWarning() << answer;
                return false;
            }
        }
        record = view;
        return true;
    }

    // The answer to the licensing event of `record`, approved first under `name`.
    QJsonObject licence(core::CaseRecord &record, const QString &name = {})
    {
        if (!approved(record, name))
            return {};
        const QJsonObject event = test::CounterCases::advance(record, core::CaseAction::IssueLicence,
                                                              u"clerk01"_s, core::Role::Clerk, u"W01"_s);
        return m_exchange.pushOne(u"W01"_s, m_clerk, event);
    }

    // The credit code the exchange gave case `caseId`'s licence.
    QString codeOf(const QString &caseId)
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"names-reader"_s);
        if (!store)
            return {};
        const auto stored = store.value()->licences().byCase(caseId);
        return stored && stored.value() ? stored.value()->entity.code : QString();
    }

    static QDate today() { return QDateTime::currentDateTimeUtc().date(); }

    // A licensed entity, named `name`: its code.
    QString licensedEntity(const QString &name)
    {
        core::CaseRecord record;
        const QJsonObject answer = licence(record, name);
        if (answer.value(u"status").toString() != u"applied") {
            qWarning() << answer;
            return {};
        }
        return codeOf(record.id);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
        m_super = m_exchange.signIn(u"W02"_s, u"super01"_s);
        QVERIFY(!m_clerk.isEmpty() && !m_super.isEmpty());
    }

    void aNameDeregisteredWithinAYearIsRefused()
    {
        const QString code = licensedEntity(u"太原市晋昌商贸有限公司"_s);
        QVERIFY(!code.isEmpty());
        const QDate on = today().addMonths(-3);
        const Result<bool> done = exchange::LicenceAdmin::deregister(m_exchange.dir(), code, on);
        QVERIFY2(done && done.value(), done ? "" : qPrintable(done.error().message));
        QVERIFY(!exchange::LicenceAdmin::deregister(m_exchange.dir(), code, on).value()); // once

        // The same 字号 and industry under the province's name: the exchange refuses it, saying why.
        core::CaseRecord again;
        const QJsonObject answer = licence(again, u"山西晋昌商贸有限公司"_s);
        QCOMPARE(answer.value(u"status").toString(), u"conflict"_s);
        const QJsonObject error = answer.value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), u"licence.name_taken"_s);
        QCOMPARE(error.value(u"field").toString(), u"form.proposedName"_s);
        const QString message = error.value(u"message").toString();
        for (const QString &phrase : QStringList{u"太原市晋昌商贸有限公司"_s, code,
                                                 QString(u"deregistered on "_s + on.toString(Qt::ISODate)),
                                                 on.addYears(1).toString(Qt::ISODate), u"'晋昌'"_s})
            QVERIFY2(message.contains(phrase), qPrintable(message + u" lacks "_s + phrase));
        QVERIFY(codeOf(again.id).isEmpty()); // nothing licensed
        QCOMPARE(core::CaseRecord::fromJson(answer.value(u"current").toObject()).state,
                 core::CaseState::Approved);

        // A near miss — the same 字号 in another industry — is licensed.
        core::CaseRecord other;
        QCOMPARE(licence(other, u"太原市晋昌科技有限公司"_s).value(u"status").toString(), u"applied"_s);
    }

    // Deregistered through `onewindow-exchange deregister-licence` a year and a day ago: the name is free.
    void aNameDeregisteredOverAYearAgoIsFree()
    {
        const QString code = licensedEntity(u"太原市晋隆商贸有限公司"_s);
        QVERIFY(!code.isEmpty());
        const QDate on = today().addYears(-1).addDays(-1);
        const auto run = [this](const QStringList &args) {
            QProcess process;
            process.start(QStringLiteral(OW_EXCHANGE_BINARY),
                          QStringList{u"deregister-licence"_s, u"--dir"_s, m_exchange.dir()} + args);
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
        };
        QVERIFY(run({u"--code"_s, code, u"--on"_s, u"yesterday"_s}).first != 0); // no date
        const auto [status, output] = run({u"--code"_s, code, u"--on"_s, on.toString(Qt::ISODate)});
        QCOMPARE(status, 0);
        QVERIFY2(output.contains(on.addYears(1).toString(Qt::ISODate)), qPrintable(output));
        core::CaseRecord again;
        const QJsonObject answer = licence(again, u"太原市晋隆商贸有限公司"_s);
        QCOMPARE(answer.value(u"status").toString(), u"applied"_s);
        QVERIFY(!codeOf(again.id).isEmpty());
    }

    void aFormerNameWithinAYearIsRefused()
    {
        const QString code = licensedEntity(u"太原市晋泰商贸有限公司"_s);
        QVERIFY(!code.isEmpty());
        {
            // The entity changed its name two months ago (as a change of registration records it).
            auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"names-writer"_s);
            QVERIFY(store);
            auto stored = store.value()->licences().byCode(code).value();
            QVERIFY(stored);
            core::RegisteredEntity entity = stored->entity;
            entity.formerNames = {{entity.name, today().addMonths(-2)}};
            entity.name = u"太原市晋瑞商贸有限公司"_s;
            entity.tradeName = u"晋瑞"_s;
            QVERIFY(store.value()->begin());
            QVERIFY(store.value()->licences().put(entity, stored->caseId, stored->seal));
            QVERIFY(store.value()->commit());
        }
        core::CaseRecord again;
        const QJsonObject answer = licence(again, u"太原市晋泰商贸有限公司"_s);
        QCOMPARE(answer.value(u"status").toString(), u"conflict"_s);
        const QString message = answer.value(u"error").toObject().value(u"message").toString();
        for (const QString &phrase : QStringList{u"former name of 太原市晋瑞商贸有限公司"_s, code})
            QVERIFY2(message.contains(phrase), qPrintable(message + u" lacks "_s + phrase));
    }
};

QTEST_GUILESS_MAIN(ExchangeNamesTest)
#include "test_exchange_names.moc"
