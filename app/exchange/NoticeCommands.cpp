// notice object: an objection to a simplified deregistration's public notice (简易注销公告异议),
// recorded at the exchange while the notice runs.
#include "CommandLine.h"
#include "Commands.h"
#include "exchange/LicenceAdmin.h"

namespace ow::exchange::cli {

int noticeObject(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString code = options.required(QStringLiteral("code"));
    const QString by = options.required(QStringLiteral("by"));
    const QString text = options.required(QStringLiteral("text"));
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    const auto notice = LicenceAdmin::object(dir, code, by, text);
    if (!notice) {
        return fail(notice.error());
    }
    out() << "Objection recorded on the notice of " << notice.value().code << " (" << notice.value().name
          << ", until " << notice.value().until.toString(Qt::ISODate)
          << "): " << notice.value().objections.size()
          << " objection(s); the authority's workstations learn it with their next sync.\n";
    return 0;
}

} // namespace ow::exchange::cli
