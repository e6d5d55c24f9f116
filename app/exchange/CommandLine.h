#pragma once

// The command line of onewindow-exchange: its options, its output and how it fails.
#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ow::exchange::cli {

QTextStream &out();
QTextStream &err();
// Prints the error with its code; exit status 1.
int fail(const ow::Error &error);
// Prints what is wrong with the command line and where the help is; exit status 2.
int usageError(const QStringList &errors);

// "--name value" options after the command words; a repeated option keeps every value. Other
// arguments are an error unless the command takes them (positionals()).
class Options
{
public:
    Options(const QStringList &args, int from);
    std::optional<QString> value(const QString &name);
    QStringList values(const QString &name);
    QString required(const QString &name);
    // The arguments that are not options, for a command that takes some (verify-licence TEXT).
    QStringList positionals();
    // Errors, including options the command does not know (call after reading them all).
    QStringList errors() const;

private:
    QList<QPair<QString, QString>> m_values;
    QStringList m_positionals;
    bool m_positionalsTaken = false;
    QStringList m_known;
    QStringList m_errors;
};

} // namespace ow::exchange::cli
