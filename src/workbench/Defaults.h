#pragma once

#include <QString>

namespace ow::workbench {

// The one set of defaults of a counter's settings, for the client (AppSettings) and the
// headless sync tool (onewindow-sync) alike. The demo office: Xiaodian district, Taiyuan.
struct Defaults
{
    // The registration authority's 6-digit division (太原市小店区).
    static QString authorityDivision() { return QStringLiteral("140105"); }
    // Printed on notices as is.
    static QString authorityName() { return QStringLiteral("太原市小店区市场监督管理局"); }
    static QString workstationCode() { return QStringLiteral("W01"); }
    static QString language() { return QStringLiteral("auto"); }
    static constexpr int timeLimitWorkingDays = 3;
    // The name under which secrets are kept (OS keychain service, encrypted file).
    static QString secretService() { return QStringLiteral("OneWindow"); }
    // The case cache's file in the data folder.
    static QString cacheFileName() { return QStringLiteral("cases.sqlite"); }
};

} // namespace ow::workbench
