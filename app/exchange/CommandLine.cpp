#include "CommandLine.h"

namespace ow::exchange::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const ow::Error &error)
{
    err() << "onewindow-exchange: " << error.message << " (" << error.code << ")\n";
    err().flush();
    return 1;
}

int usageError(const QStringList &errors)
{
    for (const QString &e : errors) {
        err() << "onewindow-exchange: " << e << '\n';
    }
    err() << "Run `onewindow-exchange --help` for the commands.\n";
    err().flush();
    return 2;
}

// Options that take no value.
const QStringList Flags{QStringLiteral("--csv"), QStringLiteral("--dry-run")};

Options::Options(const QStringList &args, int from)
{
    for (int i = from; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(u"--")) {
            m_positionals.append(arg);
            continue;
        }
        if (Flags.contains(arg)) {
            m_values.append({arg.mid(2), QString()});
            continue;
        }
        if (i + 1 >= args.size()) {
            m_errors.append(QStringLiteral("missing value for ") + arg);
            continue;
        }
        m_values.append({arg.mid(2), args.at(++i)});
    }
}

std::optional<QString> Options::value(const QString &name)
{
    m_known.append(name);
    for (const auto &[key, v] : m_values) {
        if (key == name) {
            return v;
        }
    }
    return std::nullopt;
}

QStringList Options::values(const QString &name)
{
    m_known.append(name);
    QStringList list;
    for (const auto &[key, v] : m_values) {
        if (key == name) {
            list.append(v);
        }
    }
    return list;
}

QString Options::required(const QString &name)
{
    const std::optional<QString> v = value(name);
    if (!v) {
        m_errors.append(QStringLiteral("--") + name + QStringLiteral(" is required"));
    }
    return v.value_or(QString());
}

QStringList Options::positionals()
{
    m_positionalsTaken = true;
    return m_positionals;
}

QStringList Options::errors() const
{
    QStringList all;
    if (!m_positionalsTaken) {
        for (const QString &arg : m_positionals) {
            all.append(QStringLiteral("unexpected argument: ") + arg);
        }
    }
    all += m_errors;
    for (const auto &[key, v] : m_values) {
        if (!m_known.contains(key)) {
            all.append(QStringLiteral("unknown option --") + key);
        }
    }
    return all;
}

} // namespace ow::exchange::cli
