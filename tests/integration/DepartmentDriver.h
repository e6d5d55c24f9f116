#pragma once

// What test_exchange_departments needs of the exchange: licensed cases with a chosen business scope,
// enrolled departments and their HTTPS calls, the feed's changes of a kind, and counts in the store.
#include "core/CaseRecord.h"
#include "core/CreditRecord.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace ow::test {

class DepartmentDriver
{
public:
    using Reply = ExchangeFixture::Reply;

    DepartmentDriver(ExchangeFixture &exchange, quint32 seed) : m_exchange(exchange), m_cases(seed) {}

    // Signs in clerk01 at W01 and super01 at W02.
    bool signIn();
    // A case of authority 140105 with `scope`, accepted, approved, licensed: its credit code, or empty.
    QString licensed(const QString &scope);

    // Enrols the department (its PKCS#12 in a temporary directory); false with `error`.
    bool enrol(const core::Department &department, QString *error = nullptr);
    // The province's tax department "TAX" and a food-licensing one "FOOD" (餐饮服务), as the sync and
    // counter tests of credit records use them.
    bool enrolTaxAndFood(QString *error = nullptr);
    QSslConfiguration sslOf(const QString &department) const;

    Reply registrations(const QString &department, const QString &query = {}) const;
    Reply acknowledge(const QString &department, qint64 cursor) const;
    Reply claims(const QString &department, const QStringList &codes) const;
    Reply records(const QString &department, const QJsonArray &records, const QJsonArray &entries = {}) const;
    // The credit codes of a page of registrations, in order, and their cursors.
    static QStringList codesOf(const Reply &reply);
    static QList<qint64> cursorsOf(const Reply &reply);
    // "applied", "duplicate", "rejected department.unknown_entity" … of each result.
    static QStringList outcomes(const Reply &reply);

    // The "case" of every change of `kind` that W01 reads in its feed.
    QList<QJsonObject> feedOf(QLatin1StringView kind) const;
    // COUNT(*) of a table of the exchange's store (-1 on failure).
    qint64 count(const QString &table) const;

    static core::Department department(const QString &code, const QString &authority,
                                       QList<core::DepartmentKind> kinds, const QStringList &licences = {});

private:
    ExchangeFixture &m_exchange;
    CounterCases m_cases;
    QTemporaryDir m_files;
    QString m_clerk;
    QString m_super;
};

} // namespace ow::test
