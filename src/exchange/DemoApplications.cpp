#include "DemoApplications.h"

#include "ExchangePaths.h"
#include "ExchangeStore.h"
#include "IntakeService.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/SampleApplications.h"
#include "protocol/Endpoints.h"
#include "protocol/WireKeys.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUuid>

#include <mutex>

namespace ow::exchange {

core::OneForm DemoApplications::form(QRandomGenerator &random)
{
    return core::samples::limitedCompany(random);
}

QList<core::MaterialItem> DemoApplications::materials(const core::OneForm &form)
{
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(form.entityTypeId);
    QList<core::MaterialItem> items =
        type ? core::OneFormValidator::checklistFor(*type) : QList<core::MaterialItem>{};
    for (core::MaterialItem &item : items) {
        item.status = core::MaterialStatus::Scanned;
    }
    return items;
}

QJsonObject DemoApplications::intakeBody(QRandomGenerator &random)
{
    const core::OneForm f = form(random);
    namespace keys = protocol::keys::intake;
    return {{keys::Application,
             QJsonObject{{keys::Form, f.toJson()}, {keys::Materials, core::materialsToJson(materials(f))}}}};
}

Result<QStringList> DemoApplications::submit(const QString &dir, const QUrl &url, int count, quint32 seed)
{
    const ExchangePaths paths(dir);
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QList<QSslCertificate> ca = QSslCertificate::fromData(read(paths.caCert()), QSsl::Pem);
    const QSslCertificate cert(read(paths.portalCert()), QSsl::Pem);
    const QSslKey key(read(paths.portalKey()), QSsl::Ec, QSsl::Pem);
    if (ca.isEmpty() || cert.isNull() || key.isNull()) {
        return Error{QStringLiteral("demo.configuration"),
                     QStringLiteral("Cannot read ca.crt, portal.crt and portal.key in %1.").arg(dir),
                     {}};
    }
    if (url.scheme() != u"https" || url.host().isEmpty()) {
        return Error{
            QStringLiteral("demo.configuration"),
            QStringLiteral("The exchange address must be https://HOST:PORT, not %1.").arg(url.toString()),
            {}};
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(ca);
    ssl.setLocalCertificate(cert);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    QUrl intake = url;
    intake.setPath(protocol::path(protocol::Endpoint::Intake));
    QNetworkRequest request(intake);
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);

    QNetworkAccessManager manager;
    QRandomGenerator random(seed);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        QJsonObject application = intakeBody(random);
        // The portal's own id of the submission: a resend after a lost answer creates nothing twice.
        application.insert(protocol::keys::intake::SubmissionId,
                           QUuid::createUuid().toString(QUuid::WithoutBraces));
        QNetworkReply *reply =
            manager.post(request, QJsonDocument(application).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->read(1024 * 1024);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
        const QString networkError = reply->errorString();
        const bool failed = reply->error() != QNetworkReply::NoError;
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (failed || (status != 200 && status != 201) || !json.value(u"caseId").isString()) {
            const QJsonObject error = json.value(protocol::keys::error::Error).toObject();
            return Error{
                error.value(protocol::keys::error::Code).toString(QStringLiteral("demo.intake_failed")),
                status == 0
                    ? QStringLiteral("The exchange at %1 did not answer: %2. Is it running "
                                     "(onewindow-exchange serve)?")
                          .arg(url.toString(), networkError)
                    : QStringLiteral("The exchange refused application %1 (HTTP %2): %3 [request %4]")
                          .arg(i + 1)
                          .arg(status)
                          .arg(error.value(protocol::keys::error::Message).toString(networkError), requestId),
                {}};
        }
        ids.append(json.value(u"caseId").toString());
    }
    return ids;
}

Result<QStringList> DemoApplications::submitToStore(const QString &dir, int count, quint32 seed)
{
    auto store = ExchangeStore::openDirectory(dir, QStringLiteral("onewindow-exchange-demo"));
    if (!store) {
        return store.error();
    }
    std::mutex writeLock;
    IntakeService intake(*store.value(), writeLock);
    QRandomGenerator random(seed);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const core::OneForm f = form(random);
        const auto receipt = intake.submitApplication(f, materials(f));
        if (!receipt) {
            return receipt.error();
        }
        ids.append(receipt.value().caseId);
    }
    return ids;
}

} // namespace ow::exchange
