#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace ow::fuzz {
namespace {

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void initialise()
{
    static const bool done = [] {
        static int argc = 1;
        static char name[] = "onewindow-fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication *application = new QCoreApplication(argc, argv);
        Q_UNUSED(application);
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        qInstallMessageHandler(quiet);
        return true;
    }();
    Q_UNUSED(done);
}

void trace(const QString &line)
{
    static const bool enabled = qEnvironmentVariableIsSet("OW_FUZZ_TRACE");
    if (enabled)
        std::fprintf(stderr, "%s\n", qPrintable(line));
}

void fail(const char *file, int line, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "\n%s:%d: property broken: %s\n  %s\n", file, line, condition, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace ow::fuzz
