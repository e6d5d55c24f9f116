#pragma once

#include "core/CreditRecord.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace ow::exchange {

// A few departments of Shanxi played over HTTPS with their own certificates (demo and tests): tax,
// social security, statistics, and the food and transport licensing departments (双告知). Each reads
// its queue, claims every new entity, pushes back a licence for each scope item needing one of its
// licences and, for some entities, a penalty, then acknowledges what it read.
class DemoDepartments
{
public:
    static QList<core::Department> departments();

    struct Report
    {
        int registrations = 0; // read from the queues, all departments together
        int claims = 0;        // applied
        int licences = 0;
        int penalties = 0;
    };
    // Enrols the demo departments that `dir` has no certificate of yet (their PKCS#12 files under
    // D/departments/), then plays each once against the exchange at `url`.
    static Result<Report> play(const QString &dir, const QUrl &url);
    // Whether the demo gives the entity of `creditCode` a penalty (about one in four).
    static bool penalised(const QString &creditCode);
};

} // namespace ow::exchange
