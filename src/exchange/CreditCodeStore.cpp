#include "CreditCodeStore.h"

#include "ExchangeDatabase.h"
#include "ExchangeLog.h"
#include "core/UsccCode.h"
#include "protocol/ErrorCodes.h"

namespace ow::exchange {
namespace {

QString firstText(const QSqlQuery &q)
{
    return q.value(0).toString();
}

qint64 firstNumber(const QSqlQuery &q)
{
    return q.value(0).toLongLong();
}

} // namespace

Result<quint64> CreditCodeStore::nextSerial()
{
    const Result<int> bumped = m_db.changed(
        QStringLiteral("UPDATE code_serials SET next_serial = next_serial + 1 WHERE name = 'uscc'"));
    if (!bumped) {
        return bumped.error();
    }
    const auto drawn = m_db.one(
        QStringLiteral("SELECT next_serial - 1 FROM code_serials WHERE name = 'uscc'"), {}, firstNumber);
    if (!drawn) {
        return drawn.error();
    }
    if (bumped.value() != 1 || !drawn.value() || *drawn.value() < 1) {
        return Error{protocol::errors::ServerInternal,
                     QStringLiteral("The store's credit-code counter is missing."),
                     {}};
    }
    return quint64(*drawn.value());
}

Result<QString> CreditCodeStore::assign(const QString &caseId, QChar category, const QString &division,
                                        const QDateTime &at)
{
    if (const Result<QString> held = codeOf(caseId); !held || !held.value().isEmpty()) {
        return held;
    }
    const Result<quint64> serial = nextSerial();
    if (!serial) {
        return serial.error();
    }
    const QString body = core::UsccCode::serialBody(serial.value());
    const QString code = core::UsccCode::compose(QLatin1Char('9'), category, division, body);
    if (body.isEmpty() || code.isEmpty()) {
        return Error{protocol::errors::LicenceNoCode,
                     QStringLiteral("No credit code can be made for division %1, category %2 and serial %3.")
                         .arg(division, QString(category))
                         .arg(serial.value()),
                     {}};
    }
    if (auto stored =
            m_db.run(QStringLiteral("INSERT INTO credit_codes (code, serial, case_id, authority, "
                                    "state, assigned_at) VALUES (?, ?, ?, ?, 'assigned', ?)"),
                     {code, qint64(serial.value()), caseId, division, ExchangeDatabase::timeText(at)});
        !stored) {
        return stored.error();
    }
    qCInfo(lcExchangeIngest) << "credit code" << code << "assigned to case" << caseId;
    return code;
}

Result<QList<quint64>> CreditCodeStore::reserve(const QString &workstation, const QString &authority,
                                                int count, int maxUnused, const QDateTime &at)
{
    const Result<QList<quint64>> unused = unusedReserved(workstation);
    if (!unused) {
        return unused.error();
    }
    QList<quint64> drawn;
    for (qsizetype held = unused.value().size(); held < maxUnused && drawn.size() < count; ++held) {
        const Result<quint64> serial = nextSerial();
        if (!serial) {
            return serial.error();
        }
        if (auto stored =
                m_db.run(QStringLiteral("INSERT INTO reserved_serials (serial, workstation, authority, "
                                        "reserved_at, case_id) VALUES (?, ?, ?, ?, '')"),
                         {qint64(serial.value()), workstation, authority, ExchangeDatabase::timeText(at)});
            !stored) {
            return stored.error();
        }
        drawn.append(serial.value());
    }
    if (!drawn.isEmpty()) {
        qCInfo(lcExchangeIngest) << drawn.size() << "credit-code serials reserved for" << workstation;
    }
    return drawn;
}

Result<QList<quint64>> CreditCodeStore::unusedReserved(const QString &workstation)
{
    const auto serials =
        m_db.all(QStringLiteral("SELECT serial FROM reserved_serials WHERE workstation = ? AND "
                                "case_id = '' ORDER BY serial"),
                 {workstation}, firstNumber);
    if (!serials) {
        return serials.error();
    }
    QList<quint64> list;
    for (qint64 serial : serials.value()) {
        list.append(quint64(serial));
    }
    return list;
}

Result<QString> CreditCodeStore::assignReserved(const QString &caseId, QChar category,
                                                const QString &division, quint64 serial, const QString &code,
                                                const QString &workstation, const QDateTime &at)
{
    const auto invalid = [&](const QString &why) {
        return Error{
            protocol::errors::LicenceReservedCodeInvalid,
            QStringLiteral("The credit code %1 issued offline cannot be confirmed: %2").arg(code, why),
            QStringLiteral("payload.provisionalCode")};
    };
    if (const Result<QString> held = codeOf(caseId); !held || held.value() == code) {
        return held;
    } else if (!held.value().isEmpty()) {
        return invalid(QStringLiteral("the case holds code %1 already.").arg(held.value()));
    }
    if (core::UsccCode::compose(QLatin1Char('9'), category, division, core::UsccCode::serialBody(serial)) !=
        code) {
        return invalid(QStringLiteral("it is not the code of serial %1 for this entity type and authority.")
                           .arg(serial));
    }
    const Result<int> taken = m_db.changed(
        QStringLiteral("UPDATE reserved_serials SET case_id = ? WHERE serial = ? AND workstation = ? "
                       "AND case_id = ''"),
        {caseId, qint64(serial), workstation});
    if (!taken) {
        return taken.error();
    }
    if (taken.value() != 1) {
        return invalid(QStringLiteral("serial %1 is not reserved for workstation %2, or is used.")
                           .arg(serial)
                           .arg(workstation));
    }
    if (auto stored = m_db.run(QStringLiteral("INSERT INTO credit_codes (code, serial, case_id, authority, "
                                              "state, assigned_at) VALUES (?, ?, ?, ?, 'assigned', ?)"),
                               {code, qint64(serial), caseId, division, ExchangeDatabase::timeText(at)});
        !stored) {
        return stored.error();
    }
    qCInfo(lcExchangeIngest) << "credit code" << code << "issued offline by" << workstation
                             << "confirmed for case" << caseId;
    return code;
}

Result<QString> CreditCodeStore::codeOf(const QString &caseId)
{
    const auto code =
        m_db.one(QStringLiteral("SELECT code FROM credit_codes WHERE case_id = ? AND state = 'assigned'"),
                 {caseId}, firstText);
    if (!code) {
        return code.error();
    }
    return code.value().value_or(QString());
}

Result<QStringList> CreditCodeStore::allCodes()
{
    const auto codes =
        m_db.all(QStringLiteral("SELECT code FROM credit_codes ORDER BY serial"), {}, firstText);
    if (!codes) {
        return codes.error();
    }
    return QStringList(codes.value());
}

Result<int> CreditCodeStore::count()
{
    return m_db.count(QStringLiteral("SELECT COUNT(*) FROM credit_codes"));
}

} // namespace ow::exchange
