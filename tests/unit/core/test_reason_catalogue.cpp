// The registry's standard reasons (issue 9 §12): data the counter offers and both sides check.
#include "core/CaseWorkflow.h"
#include "core/ReasonCatalogue.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestReasonCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void everyActionWithAReasonHasStandardOnes()
    {
        QSet<QString> codes;
        for (const CaseAction action :
             {CaseAction::RequestCorrection, CaseAction::Refuse, CaseAction::Reject}) {
            const QList<StandardReason> reasons = ReasonCatalogue::instance().forAction(action);
            QVERIFY2(reasons.size() >= 3, qPrintable(CaseWorkflow::actionLabel(action)));
            for (const StandardReason &reason : reasons) {
                QVERIFY2(!codes.contains(reason.code), qPrintable(reason.code + u" twice"_s));
                codes.insert(reason.code);
                QVERIFY(reason.code.size() <= 16); // core::Limits payload.reasonCodes[]
                QVERIFY(!reason.text.isEmpty());
            }
        }
        QVERIFY(ReasonCatalogue::instance().forAction(CaseAction::Accept).isEmpty());
    }

    void unknownCodesAreNamed()
    {
        const ReasonCatalogue &catalogue = ReasonCatalogue::instance();
        QVERIFY(catalogue.unknownCode(CaseAction::Refuse, {u"R01"_s, u"R04"_s}).isEmpty());
        QCOMPARE(catalogue.unknownCode(CaseAction::Refuse, {u"R01"_s, u"B01"_s}), u"B01"_s); // correction's
        QCOMPARE(catalogue.unknownCode(CaseAction::Accept, {u"R01"_s}), u"R01"_s);
        QCOMPARE(catalogue.unknownCode(CaseAction::Reject, {QString()}), u"\"\""_s);
        QVERIFY(catalogue.find(CaseAction::RequestCorrection, u"B01"_s));
        QVERIFY(!catalogue.find(CaseAction::RequestCorrection, u"b01"_s));
    }

    void composePrintsEachPickedReasonThenOwnWords()
    {
        const QList<StandardReason> picked{{u"B01"_s, u"申请材料不齐全"_s}, {u"B10"_s, u"签字或盖章不全"_s}};
        QCOMPARE(ReasonCatalogue::compose(picked, u"  章程第 5 页缺签字 "_s),
                 u"申请材料不齐全\n签字或盖章不全\n章程第 5 页缺签字"_s);
        QCOMPARE(ReasonCatalogue::compose({}, u"只有自己的话"_s), u"只有自己的话"_s);
        QCOMPARE(ReasonCatalogue::compose(picked.mid(0, 1), u"  "_s), u"申请材料不齐全"_s);
    }

    void aBrokenCatalogueSaysSo()
    {
        QString error;
        const ReasonCatalogue broken = ReasonCatalogue::fromJson("{\"actions\": [", &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(broken.forAction(CaseAction::Refuse).isEmpty());
    }

    // The codes picked travel in the event; a code the catalogue does not know is refused.
    void theWorkflowChecksAndCarriesTheCodes()
    {
        CaseRecord record;
        record.id = u"c0ffee00-0000-4000-8000-000000000002"_s;
        record.version = 2;
        record.state = CaseState::Draft;
        TransitionRequest refuse;
        refuse.action = CaseAction::Refuse;
        refuse.actor = {u"clerk01"_s, Role::Clerk, u"W01"_s};
        refuse.reason = u"申请事项不属于本机关登记管辖范围"_s;
        refuse.reasonCodes = {u"R09"_s};
        CaseRecord copy = record;
        const ow::Result<DomainEvent> unknown = CaseWorkflow::apply(copy, refuse);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"workflow.unknown_reason"_s);
        QCOMPARE(copy.state, CaseState::Draft);

        refuse.reasonCodes = {u"R01"_s};
        const ow::Result<DomainEvent> known = CaseWorkflow::apply(record, refuse);
        QVERIFY2(known.ok(), known.ok() ? "" : qPrintable(known.error().message));
        QCOMPARE(known.value().payload.value(u"reasonCodes").toArray(), QJsonArray{u"R01"_s});
    }
};

QTEST_GUILESS_MAIN(TestReasonCatalogue)
#include "test_reason_catalogue.moc"
