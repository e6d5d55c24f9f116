#pragma once

#include "core/Materials.h"
#include "core/OneForm.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace ow::exchange {

// Realistic online applications (limited companies in Taiyuan with two natural-person investors)
// that pass the same src/core rules the counter uses. Demo and test data only.
class DemoApplications
{
public:
    static core::OneForm form(QRandomGenerator &random);
    // The entity type's checklist with every item scanned (uploaded through the portal).
    static QList<core::MaterialItem> materials(const core::OneForm &form);
    // The intake request body: {"application": {"form": …, "materials": […]}}.
    static QJsonObject intakeBody(QRandomGenerator &random);

    // Submits `count` applications through the intake path (ExchangeService::submitApplication)
    // into the store of the exchange directory `dir`; returns the case ids.
    static Result<QStringList> submit(const QString &dir, int count, quint32 seed);
};

} // namespace ow::exchange
