#pragma once

#include "core/CaseRecord.h"
#include "ui/common/WorkbenchTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::ui {

// The start of a case about a registered enterprise at this counter (change or deregistration,
// issue 12 §1): the enterprise found in the cache, still registered (or revoked, for a general
// deregistration) and of this counter's
// authority, and its one form as registered — from the case that registered it here when this
// counter has it, else the public data the enterprise cache holds (the rest is typed from the
// applicant's licence and documents; the exchange measures the change against its own record).
class EntityCaseStart
{
    Q_DECLARE_TR_FUNCTIONS(EntityCaseStart)
public:
    struct Started
    {
        std::optional<core::CaseRecord> record; // none: `problem` says why
        QString problem;
        QString note; // what the clerk should know (only the public data was known)
    };
    static Started change(const Workbench &workbench, const QString &code);
    static Started deregistration(const Workbench &workbench, const QString &code, bool simplified);

private:
    struct Registered
    {
        core::OneForm form;
        QDate established;
        bool complete = false; // the whole form, from the case that registered it here
    };
    // The enterprise `code` as registered, when a case of `kind` may be about it (a revoked one
    // only by a general deregistration: core::Deregistration::checkSubject); else `problem` says why.
    static std::optional<Registered> registered(const Workbench &workbench, const QString &code,
                                                core::CaseKind kind, bool simplified, QString *problem);
};

} // namespace ow::ui
