#pragma once

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/DomainEvent.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <functional>

namespace ow::test {

// Counter cases as a clerk's counter sends them to the exchange: realistic forms that pass the
// core rules, and receipt numbers that follow core::ReceiptNumber and never repeat.
class CounterCases
{
public:
    explicit CounterCases(quint32 seed) : m_random(seed) {}

    // A draft saved (local), then accepted: the outbox event that carries the whole case.
    // `receipt` empty: the next number of `workstation`. `edit` changes the form before it is saved.
    core::DomainEvent accepted(core::CaseRecord &record, const QString &clerk = QStringLiteral("clerk01"),
                               const QString &workstation = QStringLiteral("W01"),
                               const QString &receipt = {},
                               const std::function<void(core::OneForm &)> &edit = {});
    QString nextReceipt(const QString &workstation);
    // The next event of `view` (updated in place) for `action` by `user` in `role` at `workstation`, as
    // a counter makes it (core::CaseWorkflow), as JSON; empty when the workflow refuses it.
    static QJsonObject advance(core::CaseRecord &view, core::CaseAction action, const QString &user,
                               core::Role role, const QString &workstation, const QString &reason = {});
    QRandomGenerator &random() { return m_random; }

private:
    QRandomGenerator m_random;
    int m_receipts = 0;
};

} // namespace ow::test
