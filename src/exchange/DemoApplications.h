#pragma once

#include "core/Materials.h"
#include "core/OneForm.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

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

    // Submits `count` applications as the public portal does: POST /api/v1/intake to the running
    // exchange at `url` over mutual TLS with the portal's service certificate of the exchange
    // directory `dir` (portal.crt, portal.key, trusting ca.crt only). Returns the case ids; stops
    // at the first refusal with the exchange's code, message and request id.
    static Result<QStringList> submit(const QString &dir, const QUrl &url, int count, quint32 seed);
    // The same through the intake code path straight into the store of `dir` (no server needed).
    static Result<QStringList> submitToStore(const QString &dir, int count, quint32 seed);
};

} // namespace ow::exchange
