#pragma once

#include <QString>

class QCoreApplication;

namespace ow::i18n {

// Installs the application's and Qt's own translations (the client and onewindow-sync) for `language`: "auto"
// follows the system locale (simplified Chinese on the counters; also when no locale is configured at all),
// "zh_CN" or "en" force one.
// Returns the language in effect ("zh_CN" or "en").
QString install(QCoreApplication &app, const QString &language);

} // namespace ow::i18n
