#include "CaseKind.h"

#include <array>

namespace ow::core {
namespace {

struct KindInfo
{
    CaseKind kind;
    const char *key;
    const char *label; // translated in the CaseKinds context
};

constexpr std::array<KindInfo, 3> KindTable{{
    {CaseKind::Establishment, "establishment", QT_TRANSLATE_NOOP("CaseKinds", "Establishment")},
    {CaseKind::Change, "change", QT_TRANSLATE_NOOP("CaseKinds", "Change registration")},
    {CaseKind::Deregistration, "deregistration", QT_TRANSLATE_NOOP("CaseKinds", "Deregistration")},
}};

} // namespace

QString CaseKinds::toKey(CaseKind kind)
{
    for (const KindInfo &k : KindTable) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<CaseKind> CaseKinds::fromKey(const QString &key)
{
    for (const KindInfo &k : KindTable) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString CaseKinds::label(CaseKind kind)
{
    for (const KindInfo &k : KindTable) {
        if (k.kind == kind)
            return tr(k.label);
    }
    return {};
}

QString CaseKinds::deregistrationLabel(bool simplified)
{
    return simplified ? tr("Simplified deregistration") : tr("General deregistration");
}

} // namespace ow::core
