#pragma once

#include "CaseKind.h"
#include "CaseState.h"
#include "Materials.h"
#include "OneForm.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ow::core {

enum class CaseOrigin
{
    Counter,
    Online
};

// One registration application (案件) with everything the counter knows about it.
struct CaseRecord
{
    QString id;            // UUID without braces, made when the case is created
    QString receiptNumber; // issued on acceptance
    CaseState state = CaseState::Draft;
    CaseOrigin origin = CaseOrigin::Counter;
    int version = 0; // incremented by every stored change
    OneForm form;
    QList<MaterialItem> materials;

    QString createdBy;
    QString acceptedBy;
    QString reviewer; // supervisor holding the review lock
    QDateTime reviewLockUntil;
    QString lastReason;  // reason of the last refusal, correction request or rejection
    QString workstation; // where it was created
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acceptedAt;
    int decisionExtension =
        0; // working days a supervisor added to the decision's limit (once, with a reason)
    // The unified social credit code the exchange assigned when it confirmed the licence (empty
    // until then), and when the licence was issued (by the exchange's clock once it has it).
    QString creditCode;
    QDateTime licensedAt;
    // What the case registers (establishment unless said), and for a change or a deregistration the
    // entity's code and its one form as registered before the case: what a change is measured
    // against (core::ChangeRegistration) and what a deregistration ends.
    CaseKind kind = CaseKind::Establishment;
    QString subjectCode;
    OneForm registered;
    QDate established;       // the entity's 成立日期, which a new licence of a change prints again
    bool simplified = false; // a deregistration by the simplified procedure (简易注销, with its notice)

    // What the licence's QR code carries: the essentials signed by the registration authority when
    // the exchange confirmed the licence (security::LicenceSeal), empty until then.
    QString licenceSeal;

    // A change or a deregistration: a case about an entity registered before.
    bool isAboutEntity() const { return kind != CaseKind::Establishment; }

    // What a case about an entity adds (kind, subjectCode, registered, established, simplified) as
    // the case's JSON has it: an empty text for an establishment. The counter's cache keeps it in a
    // column of its own; readAboutEntity() reads it back (an empty or unreadable text: establishment).
    QByteArray aboutEntityText() const;
    void readAboutEntity(const QJsonObject &json);

    // One serialiser: toJson() parses what writeJson() writes.
    // `formText`, when given, is `form`'s own compact text (OneForm::toJsonText), written in its
    // place: the exchange makes it for an acceptance's form before it takes the writers' lock.
    void writeJson(JsonWriter &writer, QByteArrayView formText = {}) const;
    QByteArray toJsonText(QByteArrayView formText = {}) const;
    QJsonObject toJson() const;
    static CaseRecord fromJson(const QJsonObject &json);
    static CaseRecord fromJson(const JsonText::Object &json);
    // From a case's JSON text: read in place when JsonText takes it, through Qt's reader else.
    static CaseRecord fromJsonText(const QByteArray &text);
};

} // namespace ow::core
