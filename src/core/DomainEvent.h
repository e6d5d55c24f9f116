#pragma once

#include "JsonText.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ow::core {

class JsonWriter;

// What a workflow transition produces; written to the outbox in the same transaction as
// the case change, and sent to the exchange keyed by its id.
struct DomainEvent
{
    QString id;   // UUID without braces, made when the event is created
    QString type; // e.g. "case.accepted"
    QString caseId;
    int caseVersion = 0; // the case version this event produces
    QString actor;       // user id
    QString workstation;
    QDateTime deviceTime; // UTC
    QJsonObject payload;
    // True for events recorded in the audit journal only and never sent to the exchange
    // (draft saves: a draft stays at the counter until it is accepted). CaseStore writes an
    // outbox row only for events with local == false.
    bool local = false;

    // One serialiser: toJson() parses what writeJson() writes.
    void writeJson(JsonWriter &writer) const;
    // The same with the payload given as compact JSON text (as the outbox keeps it).
    void writeJson(JsonWriter &writer, QByteArrayView payloadJson) const;
    QByteArray toJsonText() const;
    QJsonObject toJson() const;
    static DomainEvent fromJson(const QJsonObject &json);
    // The same, read in place; the payload without its member `leaveOut` when one is named (the
    // exchange reads a pushed event's case from the text itself, not from a QJsonObject).
    static DomainEvent fromJson(const JsonText::Object &json, QStringView leaveOut = {});
};

} // namespace ow::core
