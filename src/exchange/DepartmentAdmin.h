#pragma once

#include "ExchangeAdmin.h"
#include "core/CreditRecord.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace ow::exchange {

// The administrator's side of departments (`onewindow-exchange enrol --department …`, `department
// list`): a department is enrolled with its service certificate (OU=department, CN=its code), the
// kinds of registrations it gets and the authority whose registrations those are.
class DepartmentAdmin
{
public:
    // `--kinds` as typed: tax, social_security, statistics, licensing:<licence>; comma-separated,
    // and the licences of one licensing kind may follow it (licensing:食品经营,餐饮服务). Fills the
    // department's kinds and licences; admin.invalid on a word that is neither.
    static Result<void> parseKinds(const QString &text, core::Department *department);

    // Registers the department (core::CreditRecords::departmentProblem) and issues its certificate,
    // written as PKCS#12 (0600) to `outPath` with `passphrase`. A department enrolled before keeps
    // its kinds and gets another certificate (a renewal).
    static Result<ExchangeAdmin::Enrolment> enrol(const QString &dir, const core::Department &department,
                                                  const QString &outPath, const QString &passphrase);
    static Result<QList<core::Department>> departments(const QString &dir);
    static QString describe(const core::Department &department);
};

} // namespace ow::exchange
