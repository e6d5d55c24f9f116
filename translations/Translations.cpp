#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "onewindow.i18n")

namespace ow::i18n {

QString install(QCoreApplication &app, const QString &language)
{
    QLocale locale = QLocale::system();
    // A machine with no locale configured (C/POSIX) is not a choice of English: the offices that use
    // OneWindow write simplified Chinese, so that is the default there.
    const bool unconfigured = locale.language() == QLocale::C;
    if (language == u"zh_CN" || (language != u"en" && unconfigured)) {
        locale = QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    } else if (language == u"en") {
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    }
    if (locale.language() != QLocale::Chinese) {
        QLocale::setDefault(locale);
        return QStringLiteral("en");
    }
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/onewindow/i18n/onewindow_zh_CN.qm"))) {
        QCoreApplication::installTranslator(own);
    } else {
        qCWarning(lcTranslations) << "the zh_CN translation is missing from the resources";
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return QStringLiteral("zh_CN");
}

} // namespace ow::i18n
