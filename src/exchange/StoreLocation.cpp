#include "StoreLocation.h"

#include "ExchangePaths.h"
#include "protocol/ErrorCodes.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace ow::exchange {

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation location;
    location.sqlitePath = path;
    return location;
}

QString StoreLocation::display() const
{
    if (!isPostgres()) {
        return sqlitePath;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : options) {
            const qsizetype eq = option.indexOf(QLatin1Char('='));
            query.addQueryItem(option.left(eq), option.mid(eq + 1));
        }
        url.setQuery(query);
    }
    return url.toString();
}

Result<StoreLocation> StoreLocation::fromUrl(const QString &text, const QString &passwordFile)
{
    const auto invalid = [&text](const QString &why) {
        return Error{QStringLiteral("store.invalid_url"),
                     QStringLiteral("%1 is not a PostgreSQL URL: %2 (expected "
                                    "postgresql://USER@HOST:PORT/DBNAME).")
                         .arg(text, why),
                     {}};
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        return invalid(QStringLiteral("the scheme must be postgresql://"));
    }
    if (!url.password().isEmpty()) {
        return Error{QStringLiteral("store.password_in_url"),
                     QStringLiteral("Do not put the database password in the URL (it would show in the "
                                    "process list and the logs); give --database-password-file or set "
                                    "PGPASSWORD."),
                     {}};
    }
    // Names and options become libpq "key=value" words: nothing that could start another word.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.:/+-]*$"));
    StoreLocation location;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
        return invalid(QStringLiteral("the database name is missing"));
    }
    for (const QString &value : {location.host, location.user, location.database}) {
        if (!safe.match(value).hasMatch()) {
            return invalid(QStringLiteral("\"%1\" has characters not allowed here").arg(value));
        }
    }
    static const QStringList allowed{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key) || value.isEmpty() || !safe.match(value).hasMatch()) {
            return invalid(QStringLiteral("the option \"%1\" is not supported here").arg(key));
        }
        location.options.append(key + QLatin1Char('=') + value);
    }
    if (!passwordFile.isEmpty()) {
        location.passwordFile = QFileInfo(passwordFile).absoluteFilePath();
    }
    return location;
}

Result<StoreLocation> StoreLocation::forDirectory(const QString &dir)
{
    const ExchangePaths paths(dir);
    QFile file(paths.storeConfig());
    if (!file.exists()) {
        return sqlite(paths.database());
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("Cannot read %1: %2").arg(paths.storeConfig(), file.errorString()),
                     {}};
    }
    QString url;
    QString passwordFile;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (line.startsWith(u"url=")) {
            url = line.mid(4);
        } else if (line.startsWith(u"password-file=")) {
            passwordFile = line.mid(14);
        }
    }
    if (url.isEmpty()) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("%1 has no url= line.").arg(paths.storeConfig()),
                     {}};
    }
    return fromUrl(url, passwordFile);
}

Result<void> StoreLocation::writeForDirectory(const QString &dir, const StoreLocation &location)
{
    const ExchangePaths paths(dir);
    QSaveFile file(paths.storeConfig());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("Cannot write %1: %2").arg(paths.storeConfig(), file.errorString()),
                     {}};
    }
    QByteArray text = "# The exchange's store (onewindow-exchange init --database). No password here.\n";
    text += "url=" + location.display().toUtf8() + '\n';
    if (!location.passwordFile.isEmpty()) {
        text += "password-file=" + location.passwordFile.toUtf8() + '\n';
    }
    file.write(text);
    // Like every file of the data folder: the exchange's alone (0600), whatever the caller's umask.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        return Error{QStringLiteral("store.config"),
                     QStringLiteral("Cannot write %1: %2").arg(paths.storeConfig(), file.errorString()),
                     {}};
    }
    return {};
}

Result<void> StoreLocation::configure(QSqlDatabase &db) const
{
    if (!isPostgres()) {
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        return {};
    }
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    QStringList connectOptions = options;
    if (!connectOptions.join(QLatin1Char(' ')).contains(u"connect_timeout=")) {
        connectOptions.append(QStringLiteral("connect_timeout=10"));
    }
    if (!connectOptions.join(QLatin1Char(' ')).contains(u"application_name=")) {
        connectOptions.append(QStringLiteral("application_name=onewindow-exchange"));
    }
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!passwordFile.isEmpty()) {
        // Otherwise libpq takes PGPASSWORD or ~/.pgpass itself.
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{protocol::errors::ServerInternal,
                         QStringLiteral("Cannot read the database password file %1: %2")
                             .arg(passwordFile, file.errorString()),
                         {}};
        }
        QString password = QString::fromUtf8(file.readLine(4096));
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
            password.chop(1);
        }
        db.setPassword(password);
    }
    return {};
}

} // namespace ow::exchange
