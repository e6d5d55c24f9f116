#include "DemoDepartments.h"

#include "DepartmentAdmin.h"
#include "ExchangeLog.h"
#include "ExchangePaths.h"
#include "core/ResidentId.h"
#include "protocol/DepartmentWire.h"
#include "protocol/Endpoints.h"
#include "protocol/WireKeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>

namespace ow::exchange {
namespace {

namespace k = protocol::keys::department;

const QString DemoPassphrase = QStringLiteral("demo-department-2026");

core::Department demoDepartment(const char *code, const char *name, QList<core::DepartmentKind> kinds,
                                QStringList licences = {})
{
    return {QString::fromLatin1(code), QString::fromUtf8(name), kinds, licences, QStringLiteral("140000")};
}

Error demoError(const QString &message)
{
    return Error{QStringLiteral("demo.departments"), message, {}};
}

// One department's HTTPS session with the exchange, on its own certificate.
class Client
{
public:
    Client(const QUrl &url, QSslConfiguration ssl) : m_url(url), m_ssl(std::move(ssl)) {}

    Result<QJsonObject> call(protocol::Endpoint endpoint, const QJsonObject &body = {},
                             const QString &query = {})
    {
        QUrl url = m_url;
        url.setPath(protocol::path(endpoint));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(30000);
        QNetworkReply *reply =
            protocol::method(endpoint) == "GET"
                ? m_manager.get(request)
                : m_manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->read(16 * 1024 * 1024)).object();
        const QString networkError = reply->errorString();
        reply->deleteLater();
        if (status != 200)
            return demoError(QStringLiteral("%1 answered %2: %3")
                                 .arg(protocol::describe(endpoint))
                                 .arg(status)
                                 .arg(json.value(protocol::keys::error::Error)
                                          .toObject()
                                          .value(protocol::keys::error::Message)
                                          .toString(networkError)));
        return json;
    }

private:
    QUrl m_url;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_manager;
};

Result<QSslConfiguration> sslOf(const QString &p12Path, const QString &caPath)
{
    QFile p12(p12Path);
    QFile ca(caPath);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!p12.open(QIODevice::ReadOnly) || !ca.open(QIODevice::ReadOnly) ||
        !QSslCertificate::importPkcs12(&p12, &key, &certificate, &chain, DemoPassphrase.toUtf8()))
        return demoError(QStringLiteral("Cannot read %1 with the CA %2.").arg(p12Path, caPath));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    ssl.setLocalCertificate(certificate);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

// What the department pushes back about one registration it read: a licence per licensed item,
// and sometimes a penalty (the market regulator's food department).
QJsonArray pushBacks(const core::Department &department, const QJsonObject &registration,
                     DemoDepartments::Report &report)
{
    const QString code = registration.value(k::Entity).toObject().value(QStringLiteral("code")).toString();
    const QDate today = core::ResidentId::chinaToday();
    QJsonArray records;
    int n = 0;
    for (const QJsonValue &item : registration.value(k::LicensedItems).toArray()) {
        // One licence per entity and item, whichever delivery names it (a change names it again).
        const QByteArray itemHash =
            QCryptographicHash::hash(item.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
        core::CreditRecord licence;
        ++n;
        licence.id = QStringLiteral("LIC-%1-%2").arg(code, QString::fromLatin1(itemHash));
        licence.kind = core::CreditRecordKind::Licence;
        licence.number = QStringLiteral("%1-%2-%3").arg(department.code, code.right(6)).arg(n);
        licence.item = item.toString().left(core::CreditRecords::MaxItem);
        licence.date = today;
        licence.validTo = today.addYears(5).addDays(-1);
        licence.creditCode = code;
        records.append(core::CreditRecords::toJson(licence));
        ++report.licences;
    }
    if (department.kinds.contains(core::DepartmentKind::Licensing) && n > 0 &&
        DemoDepartments::penalised(code)) {
        core::CreditRecord penalty;
        penalty.id = QStringLiteral("PEN-%1").arg(code);
        penalty.kind = core::CreditRecordKind::Penalty;
        penalty.number = QStringLiteral("晋市监罚〔%1〕%2号").arg(today.year()).arg(code.right(4));
        penalty.facts = QStringLiteral("经营场所未公示许可证件，现场检查时从业人员未持有效健康证明。");
        penalty.basis = QStringLiteral("《中华人民共和国食品安全法》第一百二十六条第一款");
        penalty.penalty = QStringLiteral("警告，罚款人民币五千元");
        penalty.date = today;
        penalty.creditCode = code;
        records.append(core::CreditRecords::toJson(penalty));
        ++report.penalties;
    }
    return records;
}

// Reads the department's whole queue, claims, pushes back and acknowledges each page.
Result<void> playOne(const core::Department &department, Client &client, DemoDepartments::Report &report)
{
    for (int page = 0; page < 10000; ++page) {
        const Result<QJsonObject> read = client.call(protocol::Endpoint::DepartmentRegistrations);
        if (!read)
            return read.error();
        const QJsonArray registrations = read.value().value(k::Registrations).toArray();
        if (registrations.isEmpty())
            return {};
        QJsonArray claims;
        QJsonArray records;
        qint64 last = 0;
        for (const QJsonValue &value : registrations) {
            const QJsonObject registration = value.toObject();
            last = registration.value(k::Cursor).toInteger();
            // A revoked or deregistered entity is only noted: nothing to claim or license.
            const auto occasion =
                protocol::deliveryOccasionFromWire(registration.value(k::Occasion).toString());
            if (occasion != protocol::DeliveryOccasion::Registration &&
                occasion != protocol::DeliveryOccasion::Change)
                continue;
            claims.append(QJsonObject{
                {k::CreditCode,
                 registration.value(k::Entity).toObject().value(QStringLiteral("code")).toString()}});
            for (const QJsonValue &record : pushBacks(department, registration, report))
                records.append(record);
        }
        report.registrations += int(registrations.size());
        const Result<QJsonObject> claimed =
            client.call(protocol::Endpoint::DepartmentClaims, {{k::Claims, claims}});
        if (!claimed)
            return claimed.error();
        for (const QJsonValue &result : claimed.value().value(k::Results).toArray())
            report.claims += result.toObject().value(k::Status).toString() == u"applied" ? 1 : 0;
        for (qsizetype from = 0; from < records.size(); from += 50) {
            QJsonArray part;
            for (qsizetype i = from; i < std::min<qsizetype>(records.size(), from + 50); ++i)
                part.append(records.at(i));
            if (const Result<QJsonObject> pushed =
                    client.call(protocol::Endpoint::DepartmentRecords, {{k::Records, part}});
                !pushed)
                return pushed.error();
        }
        if (const Result<QJsonObject> acked =
                client.call(protocol::Endpoint::DepartmentAcknowledge, {{k::Cursor, last}});
            !acked)
            return acked.error();
    }
    return {};
}

} // namespace

QList<core::Department> DemoDepartments::departments()
{
    using K = core::DepartmentKind;
    return {
        demoDepartment("SX-TAX", "国家税务总局山西省税务局", {K::Tax}),
        demoDepartment("SX-HRSS", "山西省人力资源和社会保障厅", {K::SocialSecurity}),
        demoDepartment("SX-STATS", "山西省统计局", {K::Statistics}),
        demoDepartment("SX-SAMR-FOOD", "山西省市场监督管理局（食品经营许可）", {K::Licensing},
                       {QStringLiteral("食品经营"), QStringLiteral("餐饮服务"), QStringLiteral("食品生产")}),
        demoDepartment("SX-TRANSPORT", "山西省交通运输厅", {K::Licensing},
                       {QStringLiteral("道路货物运输"), QStringLiteral("道路旅客运输"),
                        QStringLiteral("机动车维修经营")}),
    };
}

bool DemoDepartments::penalised(const QString &creditCode)
{
    return quint8(QCryptographicHash::hash(creditCode.toUtf8(), QCryptographicHash::Sha256).at(0)) % 4 == 0;
}

Result<DemoDepartments::Report> DemoDepartments::play(const QString &dir, const QUrl &url)
{
    if (url.scheme() != u"https" || url.host().isEmpty())
        return demoError(
            QStringLiteral("The exchange address must be https://HOST:PORT, not %1.").arg(url.toString()));
    const ExchangePaths paths(dir);
    QDir().mkpath(paths.file(QStringLiteral("departments")));
    Report report;
    for (const core::Department &department : departments()) {
        const QString p12 = paths.file(QStringLiteral("departments/%1.p12").arg(department.code));
        if (!QFile::exists(p12)) {
            if (auto enrolled = DepartmentAdmin::enrol(dir, department, p12, DemoPassphrase); !enrolled)
                return enrolled.error();
        }
        const Result<QSslConfiguration> ssl = sslOf(p12, paths.caCert());
        if (!ssl)
            return ssl.error();
        Client client(url, ssl.value());
        if (auto played = playOne(department, client, report); !played)
            return played.error();
    }
    qCInfo(lcExchangeDepartment) << "demo departments read" << report.registrations
                                 << "registrations, claimed" << report.claims << ", pushed" << report.licences
                                 << "licences and" << report.penalties << "penalties";
    return report;
}

} // namespace ow::exchange
