#pragma once

#include "core/OneForm.h"
#include "core/Result.h"
#include "ui/common/WorkbenchTypes.h"

#include <QList>
#include <QRandomGenerator>

namespace ow::storage {
struct EnterpriseRecord;
}

namespace ow::ui {

// Demo content for the README's first command and for screenshots: the demo accounts, a few
// thousand registered enterprises in the cache, and some cases in different states.
class DemoData
{
public:
    struct Account
    {
        const char *userId;
        const char *displayName;
        const char *password;
        const char *role;
    };
    static const QList<Account> &accounts();

    // Idempotent: seeds only what is missing (accounts by id, enterprises and cases when empty).
    static ow::Result<void> seed(Workbench &wb, int enterprises = 3000);

    // A valid resident ID number for a person born on `birth` in `division`.
    static QString residentId(const QString &division, const QDate &birth, int sequence);
    // A complete, valid one form of a limited company with two natural-person investors.
    static core::OneForm sampleLimitedCompany(QRandomGenerator &random);
    static QList<storage::EnterpriseRecord> enterprises(int count, quint32 seed);
};

} // namespace ow::ui
